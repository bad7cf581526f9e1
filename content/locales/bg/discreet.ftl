## Дискретен режим. Съобщенията calc-* са думите на калкулатора за прикритие: те трябва
## да останат обикновени думи на калкулатор, които не казват нищо за Lueur.

calc-decimal-separator = { "," }
calc-error = Грешка
calc-unknown-key = Няма клавиш „{ $key }“.
calc-key-clear = C
calc-key-clear-description = Изтрий въведеното
calc-key-all-clear = AC
calc-key-all-clear-description = Изтрий всичко
calc-key-negate = ±
calc-key-negate-description = Смени знака
calc-key-percent = %
calc-key-percent-description = Процент
calc-key-divide = ÷
calc-key-divide-description = Делено на
calc-key-multiply = ×
calc-key-multiply-description = Умножено по
calc-key-subtract = −
calc-key-subtract-description = Минус
calc-key-add = +
calc-key-add-description = Плюс
calc-key-equals = { "=" }
calc-key-equals-description = Равно
calc-key-decimal-description = Десетична запетая

## Настройки на дискретния режим

discreet-title = Дискретен режим
discreet-disguise-label = Как изглежда Lueur на телефона
discreet-disguise-off = Като Lueur
discreet-disguise-calculator = Като калкулатор
discreet-disguise-explanation = Като калкулатор Lueur се отваря с калкулатор, който наистина работи. За да отворите Lueur, напишете кода си за отключване и натиснете =. Всяко друго число просто дава обикновен резултат.
discreet-unlock-code-label = Код за отключване
discreet-duress-code-label = Код за опасност
discreet-code-status-set = Зададен
discreet-code-status-not-set = Още не е зададен
discreet-duress-explanation = Ако някой ви принуждава да отворите Lueur, напишете вместо това кода за опасност. Тогава Lueur се отваря празно: запазените ви отговори и сигнали не се показват.
discreet-duress-wipes-label = Кодът за опасност изтрива и всичко, което Lueur е запазило
discreet-code-rules = Кодът има от { $min } до { $max } цифри. Изберете код, който другите не могат да познаят, а не датата си на раждане.
discreet-code-prompt = Напишете новия си код.
discreet-code-confirm-prompt = Напишете същия код още веднъж.
discreet-guess-delay-note = След { $attempts } грешни кода поред калкулаторът продължава да работи, но проверява код само веднъж на всеки { $seconds } секунди. Ако кодът ви не работи, почакайте малко и опитайте отново.
discreet-limits-title = Какво прикритието не може да скрие
discreet-limit-app-list = Списъкът с приложения в настройките на телефона пак показва Lueur.
discreet-limit-store = Историята на изтеглянията в магазина за приложения показва, че Lueur е инсталирано.
discreet-limit-phone-bill = Сметката за телефона може да показва вашите обаждания и SMS съобщения, например до телефон за помощ.
discreet-limit-backups = Резервните копия на телефона, например в облака, могат да покажат, че Lueur е инсталирано.
discreet-limit-ios-name = На iPhone името под иконата остава „Lueur“. Сменя се само картинката.
discreet-limit-ios-alert = На iPhone системата показва съобщение, когато иконата се смени.
discreet-quick-exit-label = Бърз изход
discreet-quick-exit-explanation = Затваря Lueur веднага и забравя всичко на екрана, което не е запазено.
discreet-wipe-label = Изтрий всичко

## Спешно изтриване

discreet-wipe-title = Да се изтрие ли всичко?
discreet-wipe-body = Това изтрива всичко, което Lueur е запазило на този телефон: запазени отговори, сигнали, настройки и кодове. Не може да бъде върнато. След това Lueur е като току-що инсталирано.
discreet-wipe-unsent = { $count ->
    [one] Един сигнал още не е изпратен. Той няма да бъде изпратен.
   *[other] { $count } сигнала още не са изпратени. Те няма да бъдат изпратени.
}
discreet-wipe-confirm = Изтрий всичко
discreet-wipe-cancel = Отказ
discreet-wipe-done = Всичко, което Lueur беше запазило на този телефон, е изтрито.

## Грешки

error-discreet-code-format = Кодът има от 6 до 8 цифри и нищо друго.
error-discreet-code-mismatch = Двата кода не са еднакви. Моля, започнете отначало.
error-discreet-code-same = Кодът за опасност трябва да е различен от кода за отключване.
error-discreet-code-first = Моля, първо напишете новия код, после го напишете още веднъж, за да го потвърдите.
error-discreet-code-needed = Моля, първо изберете код за отключване. Без него няма да можете да отворите Lueur зад калкулатора.
error-discreet-unlock-first = Моля, изберете код за отключване преди кода за опасност.
error-discreet-disguise-on = Моля, изключете прикритието като калкулатор, преди да махнете кода за отключване.
error-discreet-disguise-unknown = „{ $value }“ не е прикритие. Изберете „off“ (изключено) или „calculator“ (калкулатор).
error-discreet-wipe-not-confirmed = Нищо не е изтрито. За да изтриете всичко, моля, първо потвърдете.
discreet-code-lock-label = Искай кода за отключване при всяко отваряне на Lueur
discreet-code-lock-explanation = Тогава Lueur се отваря с екран за код, и без калкулатора. Запазените ви отговори и сигнали остават скрити, докато не напишете кода.
discreet-current-code-prompt = Напишете сегашния си код за отключване.
discreet-limit-call-list = Обаждане или съобщение до човек, който помага, остава в списъка с обаждания или в приложението за съобщения.

## Обикновено заключване с код (без прикритие)

lock-title = Lueur
lock-prompt = Напишете кода си за отключване.
lock-unlock = Отвори
lock-error-wrong = Този код не отваря Lueur.
lock-error-wait = Твърде много грешни кодове. Почакайте { $seconds } секунди и опитайте отново.
error-discreet-current-code-wrong = Това не е сегашният ви код за отключване.
