## Vertrauliche Meldung: das Formular, der Postausgang und ihre Meldungen.

report-form-title = Eine vertrauliche Meldung abgeben
report-form-intro = Schreiben Sie, was Sie wissen. Das ist keine Anzeige bei der Polizei. Nur „Was ist passiert?“ ist nötig; alles, was Sie nicht sagen möchten, können Sie überspringen.
report-form-privacy = Ihre Meldung wird auf diesem Telefon verschlossen, bevor sie gespeichert wird. Nur die Organisation, die sie erhält, kann sie öffnen. Sie wird gesendet, sobald eine Verbindung da ist, auch später.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = Ihre Meldung geht an { $organisation }. Sie ist keine Anzeige bei der Polizei und geht nicht an stoptraite.be. Sind Sie jetzt in Gefahr? Dann rufen Sie die 112 oder die 101 an.
report-development-key = Testversion: Meldungen werden mit einem öffentlichen Testschlüssel verschlossen. Schreiben Sie in dieser Version keine echten Angaben.
report-send = Meldung senden
report-skip-hint = Drücken Sie die Eingabetaste, um zu überspringen.
report-choose-one-hint = Geben Sie eine Zahl ein.
report-choose-many-hint = Geben Sie eine oder mehrere Zahlen ein, getrennt durch Leerzeichen.

report-field-about = Um wen geht es?
report-about-me = Um mich
report-about-someone-else = Um eine andere Person
report-field-forms = Um welche Art von Situation geht es?
    .hint = Sie können mehr als eine Antwort wählen, oder „Ich bin nicht sicher“.
report-form-sexual = Erzwungene Prostitution oder sexuelle Ausbeutung
report-form-labour = Arbeit unter sehr schlechten Bedingungen oder ohne Lohn
report-form-begging = Erzwungenes Betteln
report-form-forced-crime = Zu Straftaten gezwungen
report-form-organ-removal = Entnahme von Organen
report-form-other = Etwas anderes
report-form-not-sure = Ich bin nicht sicher
report-field-municipality = In welcher Stadt oder Gemeinde?
report-field-place = Wo genau?
    .hint = Zum Beispiel eine Straße, eine Art von Ort oder der Name eines Betriebs.
report-field-when = Wann?
    .hint = Zum Beispiel „seit letztem Sommer“ oder „jede Nacht“.
report-field-what-happened = Was ist passiert?
    .hint = Schreiben Sie mit Ihren eigenen Worten. Sie können in jeder Sprache schreiben.
report-field-people = Wer ist beteiligt?
    .hint = Zum Beispiel Namen, Spitznamen, Aussehen, Autos oder Telefonnummern.
report-field-contact = Darf die Organisation Sie kontaktieren?
    .hint = Nur wenn das für Sie sicher ist.
report-contact-no-contact = Nein, bitte nicht kontaktieren
report-contact-phone = Ja, per Telefon
report-contact-email = Ja, per E-Mail
report-field-contact-phone = Telefonnummer
report-field-contact-email = E-Mail-Adresse
report-field-contact-note = Wann und wie kann man Sie sicher erreichen?
    .hint = Zum Beispiel „nur werktags vor 9 Uhr“ oder „keine Nachricht hinterlassen“.
report-field-language = In welcher Sprache möchten Sie kontaktiert werden?
    .hint = Zum Beispiel fr, nl, de, en, ar oder ro.
report-field-checklist-summary = Zusammenfassung Ihrer Antworten auf die Fragenliste
    .hint = Nur wenn Sie sie hinzufügen möchten.

report-outbox-title = Meldungen
report-outbox-empty = Auf diesem Telefon sind keine Meldungen.
report-state-queued = Wartet
report-state-sending = Wird gesendet
report-state-sent = Gesendet
report-state-failed = Braucht Ihre Aufmerksamkeit
report-state-expired = Nicht gesendet
report-detail-queued = Verschlossen und wartet auf eine Verbindung. Sie wird von selbst gesendet.
report-detail-retrying = Der letzte Versuch hat nicht geklappt. Der nächste Versuch ist in { $minutes ->
        [one] etwa einer Minute
       *[other] etwa { $minutes } Minuten
    }.
report-detail-sending = Wird gerade gesendet.
report-detail-sent = Die Organisation hat sie erhalten.
report-detail-failed = Die Organisation konnte diese Meldung nicht annehmen. Sie können es noch einmal versuchen oder sie löschen.
report-detail-expired = Sie konnte nicht rechtzeitig gesendet werden und wurde von diesem Telefon entfernt. Sie können sie neu schreiben.
report-age = { $days ->
        [0] Heute
        [1] Gestern
       *[other] Vor { $days } Tagen
    }
report-action-retry = Noch einmal versuchen
report-action-delete = Löschen

report-error-required = Bitte schreiben Sie, was passiert ist.
report-error-too-long = Das ist zu lang. Bitte bleiben Sie unter { $max } Zeichen.
report-error-phone = Das sieht nicht wie eine Telefonnummer aus. Bitte prüfen Sie sie, mit Landesvorwahl, wenn es keine belgische Nummer ist.
report-error-email = Das sieht nicht wie eine E-Mail-Adresse aus. Bitte prüfen Sie sie.
report-error-language = Bitte schreiben Sie einen Sprachcode, zum Beispiel fr, nl, de oder en.
report-error-repeated-choice = Eine Antwort ist doppelt gewählt. Bitte wählen Sie jede Antwort nur einmal.
report-error-file = Die Datei mit der Meldung kann nicht gelesen werden (Zeile { $line }, Spalte { $column }).
report-error-too-large = Die Meldung ist zu groß zum Senden. Bitte kürzen Sie einige Antworten.
report-error-cannot-delete = Diese Meldung kann jetzt nicht gelöscht werden: Sie wird gerade gesendet. Versuchen Sie es gleich noch einmal.
report-error-cannot-retry = Nur eine Meldung, die Ihre Aufmerksamkeit braucht, kann noch einmal gesendet werden.
report-error-choice = Diese Auswahl steht nicht in der Liste. Bitte wählen Sie noch einmal.
report-error-not-asked = Diese Frage passt nicht zu Ihren Antworten. Hier wurde nichts gespeichert.
