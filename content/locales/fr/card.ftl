## La langue de ce pack, et la carte à montrer : un écran que la personne montre à
## quelqu’un qui peut aider, dans la langue du lecteur et celle de l’aidant, côte à côte.

pack-review-pending = Aucune personne de langue maternelle n’a encore relu cette traduction.
text-in-other-language = Pas encore traduit : affiché en { $language }.
home-action-card = Carte à montrer à un aidant
card-title = Carte à montrer à un aidant
card-intro = Montrez cet écran à quelqu’un qui peut vous aider. Rien n’y est enregistré.
card-helper-language = Langue de la personne qui aide
card-add-checklist = Ajouter le résumé de ma liste de signes
card-need-help = J’ai peut-être besoin d’aide.
card-speaks = Je parle { $language }.
card-interpreter = J’ai peut-être besoin d’un interprète.
card-contact-point = Point de contact national
card-nearest-centre = Centre spécialisé le plus proche
card-checklist = Résumé de ma liste de signes
