## Поверителен сигнал: формулярът, чакащите сигнали и техните съобщения.

report-form-title = Напишете поверителен сигнал
report-form-intro = Напишете това, което знаете. Това не е жалба в полицията. Задължително е само „Какво се случи“; пропуснете всичко, което не искате да кажете.
report-form-privacy = Сигналът ви се заключва на този телефон, преди да бъде запазен. Само организацията, която го получава, може да го отвори. Сигналът се изпраща, когато има връзка, дори по-късно.
# Казва кой отваря сигнала; приложението подава името на организацията, която го използва.
report-recipient = Сигналът ви отива до { $organisation }. Това не е жалба в полицията и не отива до stoptraite.be. Ако сте в опасност сега, обадете се на 112 или 101.
report-development-key = Тестова версия: сигналите се заключват с публичен тестов ключ. Не пишете истинска информация в тази версия.
report-send = Изпрати сигнала
report-skip-hint = Натиснете Enter, за да пропуснете.
report-choose-one-hint = Напишете едно число.
report-choose-many-hint = Напишете едно или повече числа, разделени с интервали.

report-field-about = За кого става дума?
report-about-me = За мен
report-about-someone-else = За друг човек
report-field-forms = Какво е положението?
    .hint = Можете да изберете повече от едно или „Не знам“.
report-form-sexual = Принудителна проституция или сексуална експлоатация
report-form-labour = Работа при много лоши условия или без заплащане
report-form-begging = Принудително просене
report-form-forced-crime = Принуда за извършване на престъпления
report-form-organ-removal = Отнемане на органи
report-form-other = Нещо друго
report-form-not-sure = Не знам
report-field-municipality = В кой град или община?
report-field-place = Къде точно?
    .hint = Например улица, вид място или името на фирма.
report-field-when = Кога?
    .hint = Например „от миналото лято“ или „всяка нощ“.
report-field-what-happened = Какво се случи?
    .hint = Пишете със свои думи. Можете да пишете на всеки език.
report-field-people = Кой участва?
    .hint = Например имена, прякори, как изглеждат, коли или телефонни номера.
report-field-contact = Може ли организацията да се свърже с вас?
    .hint = Само ако това е безопасно за вас.
report-contact-no-contact = Не, не се свързвайте с мен
report-contact-phone = Да, по телефона
report-contact-email = Да, по имейл
report-field-contact-phone = Телефонен номер
report-field-contact-email = Имейл адрес
report-field-contact-note = Кога и как е безопасно да се свържат с вас?
    .hint = Например „само в делнични дни преди 9“ или „не оставяйте съобщение“.
report-field-language = На какъв език искате да се свържат с вас?
    .hint = Например fr, nl, de, en, ar или ro.
report-field-checklist-summary = Обобщение на отговорите ви на въпросите
    .hint = Само ако искате да го добавите.

report-outbox-title = Сигнали
report-outbox-empty = На този телефон няма сигнали.
report-state-queued = Чака
report-state-sending = Изпраща се
report-state-sent = Изпратен
report-state-failed = Нужно е ваше внимание
report-state-expired = Неизпратен
report-detail-queued = Заключен е и чака връзка. Ще бъде изпратен сам.
report-detail-retrying = Последният опит не успя. Следващият опит е след около { $minutes ->
        [one] една минута
       *[other] { $minutes } минути
    }.
report-detail-sending = Изпраща се сега.
report-detail-sent = Организацията го получи.
report-detail-failed = Организацията не можа да приеме този сигнал. Можете да опитате отново или да го изтриете.
report-detail-expired = Не можа да бъде изпратен навреме и беше махнат от този телефон. Можете да го напишете отново.
report-age = { $days ->
        [0] Днес
        [1] Вчера
       *[other] Преди { $days } дни
    }
report-action-retry = Опитай отново
report-action-delete = Изтрий

report-error-required = Моля, напишете какво се случи.
report-error-too-long = Текстът е твърде дълъг. Моля, напишете по-малко от { $max } знака.
report-error-phone = Това не прилича на телефонен номер. Моля, проверете го, с кода на държавата, ако не е белгийски.
report-error-email = Това не прилича на имейл адрес. Моля, проверете го.
report-error-language = Моля, напишете код на език, например fr, nl, de или en.
report-error-repeated-choice = Един избор се среща два пъти. Моля, изберете всеки само веднъж.
report-error-file = Файлът на сигнала не може да бъде прочетен (ред { $line }, колона { $column }).
report-error-too-large = Сигналът е твърде голям, за да бъде изпратен. Моля, направете някои отговори по-кратки.
report-error-cannot-delete = Този сигнал не може да бъде изтрит сега: в момента се изпраща. Опитайте пак след малко.
report-error-cannot-retry = Само сигнал, който изисква вашето внимание, може да бъде опитан отново.
report-error-choice = Този избор не е в списъка. Моля, изберете отново.
report-error-not-asked = Този въпрос не се отнася за вашите отговори. Тук нищо не беше запазено.
