## Accueil

home-title = Lueur
home-intro = Des informations et de l'aide contre la traite des êtres humains en Belgique. L'application fonctionne sans internet.
home-danger-title = En danger maintenant ?
home-danger-text = Si votre vie ou celle d'une autre personne est en danger, appelez à l'aide tout de suite ou rendez-vous au poste de police le plus proche.
home-action-help-now = Trouver de l'aide maintenant
home-action-help-now-hint = Les organisations et les numéros qui peuvent vous aider.
home-action-check-me = Des questions sur ma situation
home-action-check-me-hint = Quelques questions sur votre situation. Vos réponses restent sur ce téléphone.
home-action-check-other = Des questions sur une personne que je connais
home-action-check-other-hint = Quelques questions sur la situation d'une personne pour qui vous vous inquiétez.
home-action-learn = Comprendre
home-action-learn-hint = Ce qu'est la traite des êtres humains, les signes, et vos droits.
home-action-contacts = Contacts
home-action-contacts-hint = Centres spécialisés, lignes d'aide et police.
home-action-report = Signaler une situation
home-action-report-hint = Écrivez un signalement confidentiel. Il est envoyé dès qu'il y a une connexion.
home-action-search = Rechercher
home-action-outbox = Signalements en attente d'envoi
home-action-calculator = Calculatrice
home-action-settings = Réglages
home-notice-data-reset = Lueur n'a pas pu lire les données enregistrées sur ce téléphone et a recommencé avec des données vides. Vos réglages et les signalements en attente ont peut-être disparu.
home-notice-storage-unavailable = Lueur ne peut rien enregistrer sur ce téléphone pour le moment, par exemple parce que la mémoire est pleine. Vous pouvez quand même tout lire et appeler à l'aide.

## Se déplacer (menus et listes)

nav-choose = Tapez un numéro puis appuyez sur Entrée :
nav-back = Retour
nav-quit = Fermer
nav-invalid-choice = Veuillez taper un des numéros affichés.
nav-no-app = Aucune application de ce téléphone ne peut faire cela.

## Comprendre : la liste des articles et un article

articles-title = Comprendre
articles-intro = Des textes courts pour comprendre la traite des êtres humains et trouver de l'aide.
article-reviewed = Informations vérifiées le { $date }.
article-review-pending = Cette traduction n'a pas encore été relue par une personne de langue maternelle française.
article-sources = Sources

date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Contacts : liste, filtres et détail

contacts-title = Qui peut aider
contacts-intro = Les centres spécialisés traitent de manière confidentielle ce que vous leur dites. La police et le 112 sont là pour les urgences.
contacts-filter-city = Ville ou région
contacts-filter-kind = Type de service
contacts-filter-language = Langue parlée
contacts-filtered-by = Filtres : { $filters }
contacts-nationwide = Disponibles partout en Belgique
contacts-empty = Aucun service ne correspond à ces filtres. Vous pouvez retirer un filtre ou voir toute la liste.
contacts-empty-place = Aucun service n'a été trouvé à cet endroit. Les services ci-dessous peuvent vous aider où que vous soyez en Belgique.
contacts-languages-not-listed = { $count ->
        [one] Pour un service, les langues parlées ne sont pas indiquées : il n'apparaît donc pas pour cette langue. Vous pouvez quand même le contacter et poser la question.
       *[other] Pour { $count } services, les langues parlées ne sont pas indiquées : ils n'apparaissent donc pas pour cette langue. Vous pouvez quand même les contacter et poser la question.
    }
contact-for-minors = Pour les enfants et les jeunes
contact-languages = Langues parlées : { $languages }
contact-languages-not-listed = Les langues parlées ne sont pas indiquées.
contact-serves = Actif en : { $regions }
contact-address = Adresse
contact-country = Belgique
contact-call-note = Un appel ou un SMS apparaît dans l'historique de votre téléphone. Vous pouvez l'effacer ensuite, mais une ligne effacée peut se remarquer, et l'appel peut rester visible sur la facture. Si possible, utilisez un téléphone que personne ne contrôle.

action-call = Appeler le { $number }
action-sms = Envoyer un SMS au { $number }
action-email = Écrire à { $address }
action-website = Ouvrir { $site }
action-map = Voir sur une carte

language-name = { $code ->
        [fr] français
        [nl] néerlandais
        [de] allemand
        [en] anglais
        [ar] arabe
        [es] espagnol
        [pt] portugais
        [ro] roumain
        [bg] bulgare
        [pl] polonais
        [ru] russe
        [uk] ukrainien
        [tr] turc
        [zh] chinois
       *[other] { $code }
    }

## Recherche

search-title = Rechercher
search-placeholder = Rechercher dans les articles et les contacts
search-hint = Tapez un mot pour chercher, par exemple « travail » ou « Liège ».
search-empty = Rien n'a été trouvé. Essayez un autre mot, ou regardez la liste des contacts.
search-results = { $count ->
        [one] Un résultat
       *[other] { $count } résultats
    }
search-kind-article = Article
search-kind-contact = Contact

## Réglages et à propos

settings-title = Réglages
settings-language = Langue
settings-locale-own-name = Français
settings-about = À propos de Lueur
settings-about-text = Lueur donne des informations sur la traite des êtres humains en Belgique et montre où trouver de l'aide. L'application fonctionne sans internet et n'envoie rien, sauf si vous envoyez vous-même un signalement.
settings-app-version = Version de l'application
settings-content-version = Version du contenu
settings-content-date = Informations vérifiées le

## Erreurs

error-not-found = Cette page n'existe pas. Revenez en arrière et choisissez à nouveau.
error-not-now = Ce n'est pas possible pour le moment. Veuillez réessayer.
error-storage = Lueur ne peut pas lire ou enregistrer ses données sur ce téléphone pour le moment. Vérifiez qu'il reste de la place, puis réessayez.
error-content = Les informations de l'application ne peuvent pas être lues. Veuillez réinstaller l'application.
error-internal = Un problème est survenu dans Lueur. Si cela se reproduit, veuillez réinstaller l'application.
error-endpoint-refused = Cette adresse ne peut pas recevoir de signalements : { $reason }
error-unknown-locale = Cette langue n'est pas disponible. Vous pouvez choisir le français, le néerlandais, l'allemand ou l'anglais.

## What each action leaves in the phone's own apps

action-trace-call = L'appel reste dans l'historique des appels du téléphone.
action-trace-sms = Le message reste dans l'application de messages du téléphone.
action-trace-email = Le courriel reste dans les messages envoyés de l'application de courriel.
action-trace-website = Le site s'ouvre dans Lueur et ne laisse pas de trace dans l'historique du navigateur.
action-trace-map = L'adresse peut rester dans l'historique de l'application de cartes.
