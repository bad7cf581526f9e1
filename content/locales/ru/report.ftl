## Конфиденциальное сообщение: форма, исходящие и их тексты.

report-form-title = Написать конфиденциальное сообщение
report-form-intro = Напишите, что вы знаете. Это не заявление в полицию. Обязательно только поле «Что произошло»; пропустите всё, о чём не хотите говорить.
report-form-privacy = Ваше сообщение запирается на этом телефоне, прежде чем сохраниться. Открыть его может только организация, которая его получит. Сообщение отправится, когда появится связь, даже позже.
# Называет, кто откроет сообщение; ядро передаёт название организации, которая использует приложение.
report-recipient = Ваше сообщение получит { $organisation }. Это не заявление в полицию, и оно не уходит на stoptraite.be. Если вы сейчас в опасности, звоните 112 или 101.
report-development-key = Тестовая версия: сообщения запираются открытым тестовым ключом. Не пишите в этой версии настоящие сведения.
report-send = Отправить сообщение
report-skip-hint = Нажмите Enter, чтобы пропустить.
report-choose-one-hint = Введите один номер.
report-choose-many-hint = Введите один или несколько номеров через пробел.

report-field-about = О ком идёт речь?
report-about-me = Обо мне
report-about-someone-else = О другом человеке
report-field-forms = Что это за ситуация?
    .hint = Можно выбрать несколько вариантов или «Не уверен(а)».
report-form-sexual = Принудительная проституция или сексуальная эксплуатация
report-form-labour = Работа в очень плохих условиях или без оплаты
report-form-begging = Принуждение к попрошайничеству
report-form-forced-crime = Принуждение к преступлениям
report-form-organ-removal = Изъятие органов
report-form-other = Другое
report-form-not-sure = Не уверен(а)
report-field-municipality = В каком городе или коммуне?
report-field-place = Где именно?
    .hint = Например, улица, тип места или название заведения.
report-field-when = Когда?
    .hint = Например, «с прошлого лета» или «каждую ночь».
report-field-what-happened = Что произошло?
    .hint = Напишите своими словами. Можно писать на любом языке.
report-field-people = Кто в этом участвует?
    .hint = Например, имена, прозвища, как эти люди выглядят, машины или номера телефонов.
report-field-contact = Может ли организация связаться с вами?
    .hint = Только если это для вас безопасно.
report-contact-no-contact = Нет, не связывайтесь со мной
report-contact-phone = Да, по телефону
report-contact-email = Да, по электронной почте
report-field-contact-phone = Номер телефона
report-field-contact-email = Адрес электронной почты
report-field-contact-note = Когда и как с вами безопасно связаться?
    .hint = Например, «только в будни до 9» или «не оставляйте сообщений».
report-field-language = На каком языке с вами лучше связаться?
    .hint = Например, fr, nl, de, en, ar или ro.
report-field-checklist-summary = Краткий итог ваших ответов на вопросы
    .hint = Только если хотите его добавить.

report-outbox-title = Сообщения
report-outbox-empty = На этом телефоне нет сообщений.
report-state-queued = Ждёт
report-state-sending = Отправляется
report-state-sent = Отправлено
report-state-failed = Нужно ваше внимание
report-state-expired = Не отправлено
report-detail-queued = Заперто и ждёт связи. Отправится само.
report-detail-retrying = Последняя попытка не удалась. Следующая попытка примерно через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }.
report-detail-sending = Отправляется сейчас.
report-detail-sent = Организация его получила.
report-detail-failed = Организация не смогла принять это сообщение. Можно попробовать ещё раз или удалить его.
report-detail-expired = Его не удалось отправить вовремя, и оно удалено с этого телефона. Вы можете написать его заново.
report-age = { $days ->
        [0] Сегодня
        [1] Вчера
        [one] { $days } день назад
        [few] { $days } дня назад
        [many] { $days } дней назад
       *[other] { $days } дня назад
    }
report-action-retry = Попробовать ещё раз
report-action-delete = Удалить

report-error-required = Пожалуйста, напишите, что произошло.
report-error-too-long = Слишком длинно. Пожалуйста, уложитесь в { $max } знаков.
report-error-phone = Это не похоже на номер телефона. Проверьте его, с кодом страны, если номер не бельгийский.
report-error-email = Это не похоже на адрес электронной почты. Проверьте его.
report-error-language = Напишите код языка, например fr, nl, de или en.
report-error-repeated-choice = Один вариант выбран дважды. Выберите каждый только один раз.
report-error-file = Не удаётся прочитать файл сообщения (строка { $line }, столбец { $column }).
report-error-too-large = Сообщение слишком большое для отправки. Сделайте некоторые ответы короче.
report-error-cannot-delete = Это сообщение сейчас нельзя удалить: оно отправляется. Попробуйте чуть позже.
report-error-cannot-retry = Повторить можно только сообщение, которому нужно ваше внимание.
report-error-choice = Этого варианта нет в списке. Выберите снова.
report-error-not-asked = Этот вопрос не относится к вашим ответам. Здесь ничего не сохранено.
