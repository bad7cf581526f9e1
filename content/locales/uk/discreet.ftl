## Прихований режим. Повідомлення calc-* — це слова самого калькулятора-маскування:
## це мають бути прості слова калькулятора, які нічого не кажуть про Lueur.

calc-decimal-separator = { "," }
calc-error = Помилка
calc-unknown-key = Клавіші «{ $key }» немає.
calc-key-clear = C
calc-key-clear-description = Стерти введення
calc-key-all-clear = AC
calc-key-all-clear-description = Стерти все
calc-key-negate = ±
calc-key-negate-description = Змінити знак
calc-key-percent = %
calc-key-percent-description = Відсоток
calc-key-divide = ÷
calc-key-divide-description = Поділити на
calc-key-multiply = ×
calc-key-multiply-description = Помножити на
calc-key-subtract = −
calc-key-subtract-description = Мінус
calc-key-add = +
calc-key-add-description = Плюс
calc-key-equals = { "=" }
calc-key-equals-description = Дорівнює
calc-key-decimal-description = Десяткова кома

## Налаштування прихованого режиму

discreet-title = Прихований режим
discreet-disguise-label = Як Lueur виглядає на телефоні
discreet-disguise-off = Як Lueur
discreet-disguise-calculator = Як калькулятор
discreet-disguise-explanation = У вигляді калькулятора Lueur відкривається як справжній робочий калькулятор. Щоб відкрити Lueur, введіть свій код розблокування і натисніть =. Будь-яке інше число просто дає звичайний результат.
discreet-unlock-code-label = Код розблокування
discreet-duress-code-label = Екстрений код
discreet-code-status-set = Задано
discreet-code-status-not-set = Ще не задано
discreet-duress-explanation = Якщо вас змушують відкрити Lueur, введіть замість цього екстрений код. Тоді Lueur відкриється порожнім: ваші збережені відповіді та повідомлення не буде видно.
discreet-duress-wipes-label = Екстрений код також стирає все, що зберігає Lueur
discreet-code-rules = Код має { $min }–{ $max } цифр. Виберіть такий, який інші не зможуть вгадати. Не беріть дату народження.
discreet-code-prompt = Введіть новий код.
discreet-code-confirm-prompt = Введіть той самий код ще раз.
discreet-guess-delay-note = Після { $attempts } неправильних кодів поспіль калькулятор працює далі, але перевіряє код лише раз на { $seconds } с. Якщо ваш код не спрацьовує, зачекайте трохи і спробуйте знову.
discreet-limits-title = Що маскування не може приховати
discreet-limit-app-list = У списку застосунків у налаштуваннях телефону все одно видно Lueur.
discreet-limit-store = Історія завантажень у магазині застосунків показує, що Lueur було встановлено.
discreet-limit-phone-bill = У рахунку за телефон можуть бути видні ваші дзвінки та SMS, наприклад на лінію допомоги.
discreet-limit-backups = Резервні копії телефону, наприклад у хмарі, можуть показати, що Lueur установлено.
discreet-limit-ios-name = На iPhone під значком залишається назва «Lueur». Змінюється лише картинка.
discreet-limit-ios-alert = На iPhone система показує повідомлення, коли значок змінюється.
discreet-quick-exit-label = Швидкий вихід
discreet-quick-exit-explanation = Одразу закриває Lueur і забуває все, що на екрані і не збережено.
discreet-wipe-label = Стерти все

## Екстрене стирання

discreet-wipe-title = Стерти все?
discreet-wipe-body = Буде стерто все, що Lueur зберігає на цьому телефоні: збережені відповіді, повідомлення, налаштування і коди. Скасувати це неможливо. Після цього Lueur буде як щойно встановлений.
discreet-wipe-unsent = { $count ->
    [one] { $count } повідомлення ще не надіслано. Його не буде надіслано.
    [few] { $count } повідомлення ще не надіслано. Їх не буде надіслано.
    [many] { $count } повідомлень ще не надіслано. Їх не буде надіслано.
   *[other] { $count } повідомлення ще не надіслано. Їх не буде надіслано.
}
discreet-wipe-confirm = Стерти все
discreet-wipe-cancel = Скасувати
discreet-wipe-done = Усе, що Lueur зберігав на цьому телефоні, стерто.

## Помилки

error-discreet-code-format = Код має 6–8 цифр і більше нічого.
error-discreet-code-mismatch = Два коди не збігаються. Почніть заново.
error-discreet-code-same = Екстрений код має відрізнятися від коду розблокування.
error-discreet-code-first = Спершу введіть новий код, потім введіть його ще раз для підтвердження.
error-discreet-code-needed = Спершу виберіть код розблокування. Без нього ви не зможете відкрити Lueur за калькулятором.
error-discreet-unlock-first = Виберіть код розблокування раніше за екстрений код.
error-discreet-disguise-on = Вимкніть маскування під калькулятор, перш ніж видаляти код розблокування.
error-discreet-disguise-unknown = «{ $value }» — це не маскування. Виберіть «off» або «calculator».
error-discreet-wipe-not-confirmed = Нічого не стерто. Щоб стерти все, спершу підтвердіть.
discreet-code-lock-label = Питати код розблокування щоразу, коли відкривається Lueur
discreet-code-lock-explanation = Тоді Lueur відкривається з екраном для коду, також і без калькулятора. Ваші збережені відповіді та повідомлення приховані, поки не введено код.
discreet-current-code-prompt = Введіть ваш поточний код розблокування.
discreet-limit-call-list = Дзвінок або SMS тому, хто допомагає, залишається в списку викликів або в застосунку повідомлень телефону.

## Просте блокування кодом (без маскування)

lock-title = Lueur
lock-prompt = Введіть код розблокування.
lock-unlock = Відкрити
lock-error-wrong = Цей код не відкриває Lueur.
lock-error-wait = Забагато неправильних кодів. Зачекайте { $seconds } с і спробуйте знову.
error-discreet-current-code-wrong = Це не ваш поточний код розблокування.
