## Конфіденційне повідомлення: форма, вихідні та їхні тексти.

report-form-title = Написати конфіденційне повідомлення
report-form-intro = Напишіть, що ви знаєте. Це не заява до поліції. Обов'язкове лише поле «Що сталося»; пропустіть усе, про що не хочете говорити.
report-form-privacy = Ваше повідомлення замикається на цьому телефоні, перш ніж зберегтися. Відкрити його може лише організація, яка його отримає. Повідомлення буде надіслано, коли з'явиться зв'язок, навіть пізніше.
# Називає, хто відкриє повідомлення; ядро передає назву організації, яка використовує застосунок.
report-recipient = Ваше повідомлення отримає { $organisation }. Це не заява до поліції, і воно не йде на stoptraite.be. Якщо ви зараз у небезпеці, телефонуйте 112 або 101.
report-development-key = Тестова версія: повідомлення замикаються відкритим тестовим ключем. Не пишіть у цій версії справжніх відомостей.
report-send = Надіслати повідомлення
report-skip-hint = Натисніть Enter, щоб пропустити.
report-choose-one-hint = Введіть один номер.
report-choose-many-hint = Введіть один або кілька номерів через пробіл.

report-field-about = Про кого йдеться?
report-about-me = Про мене
report-about-someone-else = Про іншу людину
report-field-forms = Що це за ситуація?
    .hint = Можна вибрати кілька варіантів або «Не впевнений(а)».
report-form-sexual = Примусова проституція або сексуальна експлуатація
report-form-labour = Робота в дуже поганих умовах або без оплати
report-form-begging = Примус до жебракування
report-form-forced-crime = Примус до злочинів
report-form-organ-removal = Вилучення органів
report-form-other = Інше
report-form-not-sure = Не впевнений(а)
report-field-municipality = У якому місті або громаді?
report-field-place = Де саме?
    .hint = Наприклад, вулиця, тип місця або назва закладу.
report-field-when = Коли?
    .hint = Наприклад, «з минулого літа» або «щоночі».
report-field-what-happened = Що сталося?
    .hint = Напишіть своїми словами. Можна писати будь-якою мовою.
report-field-people = Хто в цьому бере участь?
    .hint = Наприклад, імена, прізвиська, як ці люди виглядають, машини або номери телефонів.
report-field-contact = Чи може організація зв'язатися з вами?
    .hint = Лише якщо це для вас безпечно.
report-contact-no-contact = Ні, не зв'язуйтеся зі мною
report-contact-phone = Так, телефоном
report-contact-email = Так, електронною поштою
report-field-contact-phone = Номер телефону
report-field-contact-email = Адреса електронної пошти
report-field-contact-note = Коли і як з вами безпечно зв'язатися?
    .hint = Наприклад, «лише в будні до 9» або «не залишайте повідомлень».
report-field-language = Якою мовою з вами краще зв'язатися?
    .hint = Наприклад, fr, nl, de, en, ar або ro.
report-field-checklist-summary = Короткий підсумок ваших відповідей на запитання
    .hint = Лише якщо хочете його додати.

report-outbox-title = Повідомлення
report-outbox-empty = На цьому телефоні немає повідомлень.
report-state-queued = Чекає
report-state-sending = Надсилається
report-state-sent = Надіслано
report-state-failed = Потрібна ваша увага
report-state-expired = Не надіслано
report-detail-queued = Замкнено і чекає зв'язку. Надішлеться само.
report-detail-retrying = Остання спроба не вдалася. Наступна спроба приблизно через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.
report-detail-sending = Надсилається зараз.
report-detail-sent = Організація його отримала.
report-detail-failed = Організація не змогла прийняти це повідомлення. Можна спробувати ще раз або видалити його.
report-detail-expired = Його не вдалося надіслати вчасно, і його видалено з цього телефону. Ви можете написати його заново.
report-age = { $days ->
        [0] Сьогодні
        [1] Учора
        [one] { $days } день тому
        [few] { $days } дні тому
        [many] { $days } днів тому
       *[other] { $days } дня тому
    }
report-action-retry = Спробувати ще раз
report-action-delete = Видалити

report-error-required = Будь ласка, напишіть, що сталося.
report-error-too-long = Надто довго. Будь ласка, вкладіться в { $max } знаків.
report-error-phone = Це не схоже на номер телефону. Перевірте його, з кодом країни, якщо номер не бельгійський.
report-error-email = Це не схоже на адресу електронної пошти. Перевірте її.
report-error-language = Напишіть код мови, наприклад fr, nl, de або en.
report-error-repeated-choice = Один варіант вибрано двічі. Виберіть кожен лише один раз.
report-error-file = Не вдається прочитати файл повідомлення (рядок { $line }, стовпець { $column }).
report-error-too-large = Повідомлення завелике для надсилання. Зробіть деякі відповіді коротшими.
report-error-cannot-delete = Це повідомлення зараз не можна видалити: воно надсилається. Спробуйте трохи пізніше.
report-error-cannot-retry = Повторити можна лише повідомлення, якому потрібна ваша увага.
report-error-choice = Цього варіанта немає в списку. Виберіть знову.
report-error-not-asked = Це запитання не стосується ваших відповідей. Тут нічого не збережено.
