## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Цей переклад ще не перевірив носій мови.
text-in-other-language = Ще не перекладено: показано мовою { $language }.
home-action-card = Картка для того, хто допомагає
card-title = Картка для того, хто допомагає
card-intro = Покажіть цей екран тому, хто може вам допомогти. Нічого з нього не зберігається.
card-helper-language = Мова того, хто допомагає
card-add-checklist = Додати підсумок мого опитувальника
card-need-help = Мені може знадобитися допомога.
card-speaks = Моя мова: { $language }.
card-interpreter = Мені може знадобитися перекладач.
card-contact-point = Національний контактний пункт
card-nearest-centre = Найближчий спеціалізований центр
card-checklist = Підсумок мого опитувальника
