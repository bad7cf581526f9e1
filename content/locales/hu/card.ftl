## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Ezt a fordítást anyanyelvi beszélő még nem ellenőrizte.
text-in-other-language = Még nincs lefordítva: { $language } nyelven látható.
home-action-card = Kártya a segítő személynek
card-title = Kártya a segítő személynek
card-intro = Mutasd meg ezt a képernyőt valakinek, aki segíthet. Semmi nem mentődik el belőle.
card-helper-language = A segítő személy nyelve
card-add-checklist = A kérdőívem összefoglalójának hozzáadása
card-need-help = Lehet, hogy segítségre van szükségem.
card-speaks = Ezt a nyelvet beszélem: { $language }.
card-interpreter = Lehet, hogy tolmácsra van szükségem.
card-contact-point = Nemzeti kapcsolattartó pont
card-nearest-centre = A legközelebbi szakosított központ
card-checklist = A kérdőívem összefoglalója
