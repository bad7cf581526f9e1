## Signalement confidentiel : le formulaire, la boîte d'envoi et leurs messages.

report-form-title = Faire un signalement confidentiel
report-form-intro = Écrivez ce que vous savez. Ce n'est pas une plainte à la police. Seule la case « Ce qui s'est passé » est nécessaire ; vous pouvez passer tout ce que vous ne voulez pas dire.
report-form-privacy = Votre signalement est verrouillé sur ce téléphone avant d'être enregistré. Seule l'organisation qui le reçoit peut l'ouvrir. Il est envoyé dès qu'il y a une connexion, même plus tard.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = Votre signalement est envoyé à { $organisation }. Ce n'est pas une plainte à la police, et il ne va pas à stoptraite.be. Si vous êtes en danger maintenant, appelez le 112 ou le 101.
report-development-key = Version de test : les signalements sont verrouillés avec une clé de test publique. N'écrivez pas de vraies informations dans cette version.
report-send = Envoyer le signalement
report-skip-hint = Appuyez sur Entrée pour passer.
report-choose-one-hint = Tapez un numéro.
report-choose-many-hint = Tapez un ou plusieurs numéros, séparés par des espaces.

report-field-about = De qui s'agit-il ?
report-about-me = De moi
report-about-someone-else = D'une autre personne
report-field-forms = De quel genre de situation s'agit-il ?
    .hint = Vous pouvez en choisir plusieurs, ou « Je ne sais pas ».
report-form-sexual = Prostitution forcée ou exploitation sexuelle
report-form-labour = Travail dans de très mauvaises conditions ou sans salaire
report-form-begging = Mendicité forcée
report-form-forced-crime = Obligé·e de commettre des délits
report-form-organ-removal = Prélèvement d'organes
report-form-other = Autre chose
report-form-not-sure = Je ne sais pas
report-field-municipality = Dans quelle ville ou commune ?
report-field-place = Où exactement ?
    .hint = Par exemple une rue, un type de lieu ou le nom d'une entreprise.
report-field-when = Quand ?
    .hint = Par exemple « depuis l'été dernier » ou « chaque nuit ».
report-field-what-happened = Que s'est-il passé ?
    .hint = Écrivez avec vos mots. Vous pouvez écrire dans n'importe quelle langue.
report-field-people = Qui est impliqué ?
    .hint = Par exemple des noms, des surnoms, une description, des voitures ou des numéros de téléphone.
report-field-contact = L'organisation peut-elle vous contacter ?
    .hint = Seulement si c'est sans danger pour vous.
report-contact-no-contact = Non, ne me contactez pas
report-contact-phone = Oui, par téléphone
report-contact-email = Oui, par e-mail
report-field-contact-phone = Numéro de téléphone
report-field-contact-email = Adresse e-mail
report-field-contact-note = Quand et comment peut-on vous contacter sans danger ?
    .hint = Par exemple « seulement en semaine avant 9 h » ou « ne laissez pas de message ».
report-field-language = Dans quelle langue voulez-vous être contacté·e ?
    .hint = Par exemple fr, nl, de, en, ar ou ro.
report-field-checklist-summary = Résumé de vos réponses à la liste de questions
    .hint = Seulement si vous voulez l'ajouter.

report-outbox-title = Signalements
report-outbox-empty = Il n'y a aucun signalement sur ce téléphone.
report-state-queued = En attente
report-state-sending = Envoi en cours
report-state-sent = Envoyé
report-state-failed = À vérifier
report-state-expired = Non envoyé
report-detail-queued = Verrouillé et en attente d'une connexion. Il sera envoyé tout seul.
report-detail-retrying = Le dernier essai n'a pas marché. Prochain essai dans { $minutes ->
        [one] environ une minute
       *[other] environ { $minutes } minutes
    }.
report-detail-sending = Envoi en cours.
report-detail-sent = L'organisation l'a bien reçu.
report-detail-failed = L'organisation n'a pas pu accepter ce signalement. Vous pouvez réessayer ou le supprimer.
report-detail-expired = Il n'a pas pu être envoyé à temps et a été retiré de ce téléphone. Vous pouvez l'écrire à nouveau.
report-age = { $days ->
        [0] Aujourd'hui
        [1] Hier
       *[other] Il y a { $days } jours
    }
report-action-retry = Réessayer
report-action-delete = Supprimer

report-error-required = Veuillez écrire ce qui s'est passé.
report-error-too-long = C'est trop long. Veuillez rester sous { $max } caractères.
report-error-phone = Ce numéro de téléphone ne semble pas correct. Veuillez le vérifier, avec l'indicatif du pays s'il n'est pas belge.
report-error-email = Cette adresse e-mail ne semble pas correcte. Veuillez la vérifier.
report-error-language = Veuillez écrire un code de langue, par exemple fr, nl, de ou en.
report-error-repeated-choice = Un choix apparaît deux fois. Veuillez choisir chaque réponse une seule fois.
report-error-file = Le fichier du signalement ne peut pas être lu (ligne { $line }, colonne { $column }).
report-error-too-large = Le signalement est trop grand pour être envoyé. Veuillez raccourcir certaines réponses.
report-error-cannot-delete = Ce signalement ne peut pas être supprimé maintenant : il est en cours d'envoi. Réessayez dans un instant.
report-error-cannot-retry = Seul un signalement « À vérifier » peut être envoyé à nouveau.
report-error-choice = Ce choix ne fait pas partie de la liste. Veuillez choisir à nouveau.
report-error-not-asked = Cette question ne s'applique pas à vos réponses. Rien n'a été enregistré ici.
