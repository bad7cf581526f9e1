## Die Sprache dieses Pakets, und die Karte zum Zeigen: ein Bildschirm, den die Person
## jemandem zeigt, der helfen kann, in der Sprache der Leserin und der Helferin nebeneinander.

pack-review-pending = Noch keine Muttersprachlerin und kein Muttersprachler hat diese Übersetzung geprüft.
text-in-other-language = Noch nicht übersetzt: auf { $language } gezeigt.
home-action-card = Karte für eine helfende Person
card-title = Karte für eine helfende Person
card-intro = Zeigen Sie diesen Bildschirm jemandem, der Ihnen helfen kann. Nichts davon wird gespeichert.
card-helper-language = Sprache der helfenden Person
card-add-checklist = Zusammenfassung meiner Checkliste hinzufügen
card-need-help = Ich brauche vielleicht Hilfe.
card-speaks = Ich spreche { $language }.
card-interpreter = Ich brauche vielleicht eine Dolmetscherin oder einen Dolmetscher.
card-contact-point = Nationale Anlaufstelle
card-nearest-centre = Nächstes spezialisiertes Zentrum
card-checklist = Zusammenfassung meiner Checkliste
