## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Tego tłumaczenia nie sprawdził jeszcze rodzimy użytkownik języka.
text-in-other-language = Jeszcze nieprzetłumaczone: pokazane w języku { $language }.
home-action-card = Karta dla osoby, która pomaga
card-title = Karta dla osoby, która pomaga
card-intro = Pokaż ten ekran komuś, kto może ci pomóc. Nic z niego nie jest zapisywane.
card-helper-language = Język osoby, która pomaga
card-add-checklist = Dodaj podsumowanie mojej listy
card-need-help = Mogę potrzebować pomocy.
card-speaks = Mówię w języku: { $language }.
card-interpreter = Mogę potrzebować tłumacza.
card-contact-point = Krajowy punkt kontaktowy
card-nearest-centre = Najbliższy wyspecjalizowany ośrodek
card-checklist = Podsumowanie mojej listy
