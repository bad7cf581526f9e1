## Скрытый режим. Сообщения calc-* — это слова самого калькулятора-маскировки:
## это должны быть простые слова калькулятора, которые ничего не говорят о Lueur.

calc-decimal-separator = { "," }
calc-error = Ошибка
calc-unknown-key = Клавиши «{ $key }» нет.
calc-key-clear = C
calc-key-clear-description = Стереть ввод
calc-key-all-clear = AC
calc-key-all-clear-description = Стереть всё
calc-key-negate = ±
calc-key-negate-description = Сменить знак
calc-key-percent = %
calc-key-percent-description = Процент
calc-key-divide = ÷
calc-key-divide-description = Разделить на
calc-key-multiply = ×
calc-key-multiply-description = Умножить на
calc-key-subtract = −
calc-key-subtract-description = Минус
calc-key-add = +
calc-key-add-description = Плюс
calc-key-equals = { "=" }
calc-key-equals-description = Равно
calc-key-decimal-description = Десятичная запятая

## Настройки скрытого режима

discreet-title = Скрытый режим
discreet-disguise-label = Как Lueur выглядит на телефоне
discreet-disguise-off = Как Lueur
discreet-disguise-calculator = Как калькулятор
discreet-disguise-explanation = В виде калькулятора Lueur открывается как настоящий работающий калькулятор. Чтобы открыть Lueur, введите свой код разблокировки и нажмите =. Любое другое число просто даёт обычный результат.
discreet-unlock-code-label = Код разблокировки
discreet-duress-code-label = Экстренный код
discreet-code-status-set = Задан
discreet-code-status-not-set = Ещё не задан
discreet-duress-explanation = Если вас заставляют открыть Lueur, введите вместо этого экстренный код. Тогда Lueur откроется пустым: ваши сохранённые ответы и сообщения не будут видны.
discreet-duress-wipes-label = Экстренный код также стирает всё, что хранит Lueur
discreet-code-rules = Код состоит из { $min }–{ $max } цифр. Выберите такой, который другие не смогут угадать. Не берите дату рождения.
discreet-code-prompt = Введите новый код.
discreet-code-confirm-prompt = Введите тот же код ещё раз.
discreet-guess-delay-note = После { $attempts } неверных кодов подряд калькулятор продолжает работать, но проверяет код только раз в { $seconds } сек. Если ваш код не срабатывает, подождите немного и попробуйте снова.
discreet-limits-title = Что маскировка не может скрыть
discreet-limit-app-list = В списке приложений в настройках телефона всё равно виден Lueur.
discreet-limit-store = История загрузок в магазине приложений показывает, что Lueur был установлен.
discreet-limit-phone-bill = В счёте за телефон могут быть видны ваши звонки и SMS, например на линию помощи.
discreet-limit-backups = Резервные копии телефона, например в облаке, могут показать, что Lueur установлен.
discreet-limit-ios-name = На iPhone под значком остаётся название «Lueur». Меняется только картинка.
discreet-limit-ios-alert = На iPhone система показывает сообщение, когда значок меняется.
discreet-quick-exit-label = Быстрый выход
discreet-quick-exit-explanation = Сразу закрывает Lueur и забывает всё, что на экране и не сохранено.
discreet-wipe-label = Стереть всё

## Экстренное стирание

discreet-wipe-title = Стереть всё?
discreet-wipe-body = Будет стёрто всё, что Lueur хранит на этом телефоне: сохранённые ответы, сообщения, настройки и коды. Отменить это нельзя. После этого Lueur будет как только что установленный.
discreet-wipe-unsent = { $count ->
    [one] { $count } сообщение ещё не отправлено. Оно не будет отправлено.
    [few] { $count } сообщения ещё не отправлены. Они не будут отправлены.
    [many] { $count } сообщений ещё не отправлено. Они не будут отправлены.
   *[other] { $count } сообщения ещё не отправлены. Они не будут отправлены.
}
discreet-wipe-confirm = Стереть всё
discreet-wipe-cancel = Отмена
discreet-wipe-done = Всё, что Lueur хранил на этом телефоне, стёрто.

## Ошибки

error-discreet-code-format = Код состоит из 6–8 цифр и больше ничего не содержит.
error-discreet-code-mismatch = Два кода не совпадают. Начните заново.
error-discreet-code-same = Экстренный код должен отличаться от кода разблокировки.
error-discreet-code-first = Сначала введите новый код, затем введите его ещё раз для подтверждения.
error-discreet-code-needed = Сначала выберите код разблокировки. Без него вы не сможете открыть Lueur за калькулятором.
error-discreet-unlock-first = Выберите код разблокировки раньше экстренного кода.
error-discreet-disguise-on = Выключите маскировку под калькулятор, прежде чем удалять код разблокировки.
error-discreet-disguise-unknown = «{ $value }» — это не маскировка. Выберите «off» или «calculator».
error-discreet-wipe-not-confirmed = Ничего не стёрто. Чтобы стереть всё, сначала подтвердите.
discreet-code-lock-label = Спрашивать код разблокировки при каждом открытии Lueur
discreet-code-lock-explanation = Тогда Lueur открывается с экраном ввода кода, также и без калькулятора. Ваши сохранённые ответы и сообщения скрыты, пока не введён код.
discreet-current-code-prompt = Введите ваш текущий код разблокировки.
discreet-limit-call-list = Звонок или SMS тому, кто помогает, остаётся в списке вызовов или в приложении сообщений телефона.

## Простая блокировка кодом (без маскировки)

lock-title = Lueur
lock-prompt = Введите код разблокировки.
lock-unlock = Открыть
lock-error-wrong = Этот код не открывает Lueur.
lock-error-wait = Слишком много неверных кодов. Подождите { $seconds } сек. и попробуйте снова.
error-discreet-current-code-wrong = Это не ваш текущий код разблокировки.
