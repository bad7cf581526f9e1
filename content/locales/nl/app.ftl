## Startscherm

home-title = Lueur
home-intro = Informatie en hulp tegen mensenhandel in België. De app werkt zonder internet.
home-danger-title = Nu in gevaar?
home-danger-text = Is jouw leven of dat van iemand anders in gevaar? Vraag meteen hulp of ga naar het dichtstbijzijnde politiekantoor.
home-action-help-now = Nu hulp vinden
home-action-help-now-hint = Organisaties en telefoonnummers die je kunnen helpen.
home-action-check-me = Vragen over mijn situatie
home-action-check-me-hint = Een paar vragen over jouw situatie. Je antwoorden blijven op deze telefoon.
home-action-check-other = Vragen over iemand die ik ken
home-action-check-other-hint = Een paar vragen over de situatie van iemand over wie je je zorgen maakt.
home-action-learn = Meer weten
home-action-learn-hint = Wat mensenhandel is, de signalen, en jouw rechten.
home-action-contacts = Contacten
home-action-contacts-hint = Gespecialiseerde centra, hulplijnen en de politie.
home-action-report = Een situatie melden
home-action-report-hint = Schrijf een vertrouwelijke melding. Ze wordt verstuurd zodra er verbinding is.
home-action-search = Zoeken
home-action-outbox = Meldingen die nog verstuurd moeten worden
home-action-calculator = Rekenmachine
home-action-settings = Instellingen
home-notice-data-reset = Lueur kon de gegevens op deze telefoon niet lezen en is opnieuw begonnen zonder gegevens. Je instellingen en meldingen die nog verstuurd moesten worden, zijn misschien weg.
home-notice-storage-unavailable = Lueur kan nu niets bewaren op deze telefoon, bijvoorbeeld omdat het geheugen vol is. Je kunt wel alles lezen en hulp bellen.

## Navigeren (menu's en lijsten)

nav-choose = Typ een nummer en druk op Enter:
nav-back = Terug
nav-quit = Sluiten
nav-invalid-choice = Typ een van de nummers die je ziet.
nav-no-app = Geen app op deze telefoon kan dit doen.

## Meer weten: de lijst met artikels en één artikel

articles-title = Meer weten
articles-intro = Korte teksten om mensenhandel te begrijpen en hulp te vinden.
article-reviewed = Feiten gecontroleerd op { $date }.
article-review-pending = Deze vertaling is nog niet nagelezen door iemand met Nederlands als moedertaal.
article-sources = Bronnen

date-long = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }

## Contacten: lijst, filters en details

contacts-title = Wie kan helpen
contacts-intro = De gespecialiseerde centra gaan vertrouwelijk om met wat je hun vertelt. De politie en 112 zijn er voor noodgevallen.
contacts-filter-city = Stad of gewest
contacts-filter-kind = Soort dienst
contacts-filter-language = Gesproken taal
contacts-filtered-by = Filters: { $filters }
contacts-nationwide = Overal in België bereikbaar
contacts-empty = Geen enkele dienst past bij deze filters. Je kunt een filter weghalen of de hele lijst bekijken.
contacts-empty-place = Op deze plaats is geen dienst gevonden. De diensten hieronder helpen je, waar je ook bent in België.
contacts-languages-not-listed = { $count ->
        [one] Voor één dienst staan de gesproken talen er niet bij. Daarom zie je die dienst niet bij deze taal. Je kunt hem toch contacteren en het vragen.
       *[other] Voor { $count } diensten staan de gesproken talen er niet bij. Daarom zie je die diensten niet bij deze taal. Je kunt ze toch contacteren en het vragen.
    }
contact-for-minors = Voor kinderen en jongeren
contact-languages = Gesproken talen: { $languages }
contact-languages-not-listed = De gesproken talen staan er niet bij.
contact-serves = Actief in: { $regions }
contact-address = Adres
contact-country = België
contact-call-note = Een oproep of sms staat daarna in de geschiedenis van je telefoon. Je kunt die achteraf wissen, maar iemand kan merken dat er iets weg is, en de oproep kan nog op de factuur staan. Gebruik als het kan een telefoon die niemand controleert.

action-call = { $number } bellen
action-sms = Sms sturen naar { $number }
action-email = Mailen naar { $address }
action-website = { $site } openen
action-map = Op een kaart tonen

language-name = { $code ->
        [fr] Frans
        [nl] Nederlands
        [de] Duits
        [en] Engels
        [ar] Arabisch
        [es] Spaans
        [pt] Portugees
        [ro] Roemeens
        [bg] Bulgaars
        [pl] Pools
        [ru] Russisch
        [uk] Oekraïens
        [tr] Turks
        [zh] Chinees
       *[other] { $code }
    }

## Zoeken

search-title = Zoeken
search-placeholder = Zoeken in artikels en contacten
search-hint = Typ een woord om te zoeken, bijvoorbeeld "werk" of "Antwerpen".
search-empty = Er is niets gevonden. Probeer een ander woord, of bekijk de lijst met contacten.
search-results = { $count ->
        [one] Eén resultaat
       *[other] { $count } resultaten
    }
search-kind-article = Artikel
search-kind-contact = Contact

## Instellingen en info

settings-title = Instellingen
settings-language = Taal
settings-locale-own-name = Nederlands
settings-about = Over Lueur
settings-about-text = Lueur geeft informatie over mensenhandel in België en toont waar je hulp vindt. De app werkt zonder internet en verstuurt niets, tenzij je zelf een melding verstuurt.
settings-app-version = Versie van de app
settings-content-version = Versie van de inhoud
settings-content-date = Informatie gecontroleerd op

## Fouten

error-not-found = Deze pagina bestaat niet. Ga terug en kies opnieuw.
error-not-now = Dat kan nu niet. Probeer het later opnieuw.
error-storage = Lueur kan nu geen gegevens lezen of bewaren op deze telefoon. Kijk of er nog vrije ruimte is en probeer het opnieuw.
error-content = De informatie in deze app kan niet gelezen worden. Installeer de app opnieuw.
error-internal = Er ging iets mis in Lueur. Gebeurt het opnieuw, installeer de app dan opnieuw.
error-endpoint-refused = Dit adres kan geen meldingen ontvangen: { $reason }
error-unknown-locale = Deze taal is niet beschikbaar. Je kunt kiezen uit Frans, Nederlands, Duits of Engels.

## What each action leaves in the phone's own apps

action-trace-call = De oproep blijft in de oproeplijst van de telefoon staan.
action-trace-sms = Het bericht blijft in de berichten-app van de telefoon staan.
action-trace-email = De e-mail blijft bij de verzonden mails in de mail-app staan.
action-trace-website = De website opent in Lueur en komt niet in de geschiedenis van de browser.
action-trace-map = Het adres kan in de geschiedenis van de kaarten-app blijven staan.
