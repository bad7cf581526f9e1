## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Этот перевод ещё не проверил носитель языка.
text-in-other-language = Ещё не переведено: показано на языке { $language }.
home-action-card = Карточка для того, кто помогает
card-title = Карточка для того, кто помогает
card-intro = Покажите этот экран тому, кто может вам помочь. Ничего из него не сохраняется.
card-helper-language = Язык того, кто помогает
card-add-checklist = Добавить итог моего опросника
card-need-help = Мне может понадобиться помощь.
card-speaks = Мой язык: { $language }.
card-interpreter = Мне может понадобиться переводчик.
card-contact-point = Национальный контактный центр
card-nearest-centre = Ближайший специализированный центр
card-checklist = Итог моего опросника
