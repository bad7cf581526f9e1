## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Този превод още не е проверен от носител на езика.
text-in-other-language = Още не е преведено: показано на { $language }.
home-action-card = Карта за човек, който помага
card-title = Карта за човек, който помага
card-intro = Покажете този екран на някого, който може да ви помогне. Нищо от него не се запазва.
card-helper-language = Език на човека, който помага
card-add-checklist = Добави обобщението на моя списък
card-need-help = Може да имам нужда от помощ.
card-speaks = Говоря { $language }.
card-interpreter = Може да имам нужда от преводач.
card-contact-point = Национално звено за контакт
card-nearest-centre = Най-близкият специализиран център
card-checklist = Обобщение на моя списък
