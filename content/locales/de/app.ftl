## Startseite

home-title = Lueur
home-intro = Informationen und Hilfe gegen Menschenhandel in Belgien. Die App funktioniert ohne Internet.
home-danger-title = Jetzt in Gefahr?
home-danger-text = Ist Ihr Leben oder das Leben eines anderen Menschen in Gefahr? Rufen Sie sofort Hilfe oder gehen Sie zur nächsten Polizeidienststelle.
home-action-help-now = Jetzt Hilfe finden
home-action-help-now-hint = Organisationen und Telefonnummern, die Ihnen helfen können.
home-action-check-me = Fragen zu meiner Situation
home-action-check-me-hint = Einige Fragen zu Ihrer Situation. Ihre Antworten bleiben auf diesem Telefon.
home-action-check-other = Fragen zu einer Person, die ich kenne
home-action-check-other-hint = Einige Fragen zur Situation eines Menschen, um den Sie sich Sorgen machen.
home-action-learn = Verstehen
home-action-learn-hint = Was Menschenhandel ist, woran man ihn erkennt und welche Rechte Sie haben.
home-action-contacts = Kontakte
home-action-contacts-hint = Spezialisierte Zentren, Hilfetelefone und die Polizei.
home-action-report = Eine Situation melden
home-action-report-hint = Schreiben Sie eine vertrauliche Meldung. Sie wird gesendet, sobald eine Verbindung besteht.
home-action-search = Suchen
home-action-outbox = Noch nicht gesendete Meldungen
home-action-calculator = Taschenrechner
home-action-settings = Einstellungen
home-notice-data-reset = Lueur konnte die auf diesem Telefon gespeicherten Daten nicht lesen und hat mit leeren Daten neu begonnen. Ihre Einstellungen und wartende Meldungen sind vielleicht verloren.
home-notice-storage-unavailable = Lueur kann auf diesem Telefon gerade nichts speichern, zum Beispiel weil der Speicher voll ist. Sie können trotzdem alles lesen und Hilfe rufen.

## Navigation (Menüs und Listen)

nav-choose = Geben Sie eine Zahl ein und drücken Sie die Eingabetaste:
nav-back = Zurück
nav-quit = Schließen
nav-invalid-choice = Bitte geben Sie eine der angezeigten Zahlen ein.
nav-no-app = Keine App auf diesem Telefon kann das.

## Verstehen: die Liste der Artikel und ein Artikel

articles-title = Verstehen
articles-intro = Kurze Texte, um Menschenhandel zu verstehen und Hilfe zu finden.
article-reviewed = Fakten geprüft am { $date }.
article-review-pending = Diese Übersetzung wurde noch nicht von einem Menschen mit Deutsch als Muttersprache geprüft.
article-sources = Quellen

date-long = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

## Kontakte: Liste, Filter und Einzelheiten

contacts-title = Wer helfen kann
contacts-intro = Die spezialisierten Zentren behandeln vertraulich, was Sie ihnen sagen. Die Polizei und die 112 sind für Notfälle da.
contacts-filter-city = Stadt oder Region
contacts-filter-kind = Art des Dienstes
contacts-filter-language = Gesprochene Sprache
contacts-filtered-by = Filter: { $filters }
contacts-nationwide = Überall in Belgien erreichbar
contacts-empty = Kein Dienst passt zu diesen Filtern. Sie können einen Filter entfernen oder die ganze Liste ansehen.
contacts-empty-place = An diesem Ort wurde kein Dienst gefunden. Die folgenden Dienste helfen Ihnen überall in Belgien.
contacts-languages-not-listed = { $count ->
        [one] Bei einem Dienst sind die gesprochenen Sprachen nicht angegeben. Deshalb erscheint er bei dieser Sprache nicht. Sie können ihn trotzdem kontaktieren und nachfragen.
       *[other] Bei { $count } Diensten sind die gesprochenen Sprachen nicht angegeben. Deshalb erscheinen sie bei dieser Sprache nicht. Sie können sie trotzdem kontaktieren und nachfragen.
    }
contact-for-minors = Für Kinder und Jugendliche
contact-languages = Gesprochene Sprachen: { $languages }
contact-languages-not-listed = Die gesprochenen Sprachen sind nicht angegeben.
contact-serves = Tätig in: { $regions }
contact-address = Adresse
contact-country = Belgien
contact-call-note = Ein Anruf oder eine SMS erscheint im Verlauf Ihres Telefons. Sie können den Eintrag danach löschen, aber ein fehlender Eintrag kann auffallen, und der Anruf kann auf der Telefonrechnung stehen. Nutzen Sie wenn möglich ein Telefon, das niemand kontrolliert.

action-call = { $number } anrufen
action-sms = SMS an { $number } senden
action-email = E-Mail an { $address }
action-website = { $site } öffnen
action-map = Auf einer Karte zeigen

language-name = { $code ->
        [fr] Französisch
        [nl] Niederländisch
        [de] Deutsch
        [en] Englisch
        [ar] Arabisch
        [es] Spanisch
        [pt] Portugiesisch
        [ro] Rumänisch
        [bg] Bulgarisch
        [pl] Polnisch
        [ru] Russisch
        [uk] Ukrainisch
        [tr] Türkisch
        [zh] Chinesisch
       *[other] { $code }
    }

## Suche

search-title = Suchen
search-placeholder = In Artikeln und Kontakten suchen
search-hint = Geben Sie ein Wort ein, zum Beispiel „Arbeit“ oder „Lüttich“.
search-empty = Es wurde nichts gefunden. Versuchen Sie ein anderes Wort oder sehen Sie sich die Liste der Kontakte an.
search-results = { $count ->
        [one] Ein Ergebnis
       *[other] { $count } Ergebnisse
    }
search-kind-article = Artikel
search-kind-contact = Kontakt

## Einstellungen und Info

settings-title = Einstellungen
settings-language = Sprache
settings-locale-own-name = Deutsch
settings-about = Über Lueur
settings-about-text = Lueur informiert über Menschenhandel in Belgien und zeigt, wo Sie Hilfe finden. Die App funktioniert ohne Internet und sendet nichts, außer Sie senden selbst eine Meldung.
settings-app-version = Version der App
settings-content-version = Version der Inhalte
settings-content-date = Informationen geprüft am

## Fehler

error-not-found = Diese Seite gibt es nicht. Bitte gehen Sie zurück und wählen Sie erneut.
error-not-now = Das ist gerade nicht möglich. Bitte versuchen Sie es noch einmal.
error-storage = Lueur kann seine Daten auf diesem Telefon gerade nicht lesen oder speichern. Prüfen Sie, ob noch freier Speicher da ist, und versuchen Sie es dann noch einmal.
error-content = Die Informationen in dieser App können nicht gelesen werden. Bitte installieren Sie die App neu.
error-internal = In Lueur ist etwas schiefgelaufen. Wenn es wieder passiert, installieren Sie die App bitte neu.
error-endpoint-refused = Diese Adresse kann keine Meldungen empfangen: { $reason }
error-unknown-locale = Diese Sprache ist nicht verfügbar. Sie können Französisch, Niederländisch, Deutsch oder Englisch wählen.

## What each action leaves in the phone's own apps

action-trace-call = Der Anruf bleibt in der Anrufliste des Telefons.
action-trace-sms = Die Nachricht bleibt in der Nachrichten-App des Telefons.
action-trace-email = Die E-Mail bleibt bei den gesendeten Mails in der Mail-App.
action-trace-website = Die Website öffnet sich in Lueur und erscheint nicht im Verlauf des Browsers.
action-trace-map = Die Adresse kann im Verlauf der Karten-App bleiben.
