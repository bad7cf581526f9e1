## Vertrouwelijke melding: het formulier, de verzendlijst en hun berichten.

report-form-title = Een vertrouwelijke melding maken
report-form-intro = Schrijf wat je weet. Dit is geen aangifte bij de politie. Alleen "Wat is er gebeurd?" is nodig; je mag alles overslaan wat je niet wilt zeggen.
report-form-privacy = Je melding wordt op deze telefoon vergrendeld voordat ze wordt bewaard. Alleen de organisatie die ze ontvangt, kan ze openen. Ze wordt verstuurd zodra er verbinding is, ook later.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = Je melding gaat naar { $organisation }. Het is geen aangifte bij de politie, en ze gaat niet naar stopmensenhandel.be. Ben je nu in gevaar? Bel dan 112 of 101.
report-development-key = Testversie: meldingen worden vergrendeld met een openbare testsleutel. Schrijf in deze versie geen echte informatie.
report-send = Melding versturen
report-skip-hint = Druk op Enter om over te slaan.
report-choose-one-hint = Typ één nummer.
report-choose-many-hint = Typ één of meer nummers, gescheiden door spaties.

report-field-about = Over wie gaat het?
report-about-me = Over mij
report-about-someone-else = Over iemand anders
report-field-forms = Om wat voor situatie gaat het?
    .hint = Je mag er meer dan één kiezen, of "Ik weet het niet zeker".
report-form-sexual = Gedwongen prostitutie of seksuele uitbuiting
report-form-labour = Werk in heel slechte omstandigheden of zonder loon
report-form-begging = Gedwongen bedelen
report-form-forced-crime = Gedwongen om misdrijven te plegen
report-form-organ-removal = Wegnemen van organen
report-form-other = Iets anders
report-form-not-sure = Ik weet het niet zeker
report-field-municipality = In welke stad of gemeente?
report-field-place = Waar precies?
    .hint = Bijvoorbeeld een straat, een soort plek of de naam van een bedrijf.
report-field-when = Wanneer?
    .hint = Bijvoorbeeld "sinds vorige zomer" of "elke nacht".
report-field-what-happened = Wat is er gebeurd?
    .hint = Schrijf het in je eigen woorden. Je mag in elke taal schrijven.
report-field-people = Wie is erbij betrokken?
    .hint = Bijvoorbeeld namen, bijnamen, hoe ze eruitzien, auto's of telefoonnummers.
report-field-contact = Mag de organisatie contact met je opnemen?
    .hint = Alleen als dat veilig is voor jou.
report-contact-no-contact = Nee, neem geen contact op
report-contact-phone = Ja, via de telefoon
report-contact-email = Ja, via e-mail
report-field-contact-phone = Telefoonnummer
report-field-contact-email = E-mailadres
report-field-contact-note = Wanneer en hoe kunnen ze je veilig bereiken?
    .hint = Bijvoorbeeld "alleen op weekdagen voor 9 uur" of "laat geen bericht achter".
report-field-language = In welke taal wil je gecontacteerd worden?
    .hint = Bijvoorbeeld fr, nl, de, en, ar of ro.
report-field-checklist-summary = Samenvatting van je antwoorden op de vragenlijst
    .hint = Alleen als je die wilt toevoegen.

report-outbox-title = Meldingen
report-outbox-empty = Er staan geen meldingen op deze telefoon.
report-state-queued = Wacht
report-state-sending = Wordt verstuurd
report-state-sent = Verstuurd
report-state-failed = Vraagt je aandacht
report-state-expired = Niet verstuurd
report-detail-queued = Vergrendeld en wacht op verbinding. Ze wordt vanzelf verstuurd.
report-detail-retrying = De laatste poging is niet gelukt. De volgende poging is over { $minutes ->
        [one] ongeveer een minuut
       *[other] ongeveer { $minutes } minuten
    }.
report-detail-sending = Wordt nu verstuurd.
report-detail-sent = De organisatie heeft ze ontvangen.
report-detail-failed = De organisatie kon deze melding niet aannemen. Je kunt het opnieuw proberen of ze verwijderen.
report-detail-expired = Ze kon niet op tijd worden verstuurd en is van deze telefoon verwijderd. Je kunt ze opnieuw schrijven.
report-age = { $days ->
        [0] Vandaag
        [1] Gisteren
       *[other] { $days } dagen geleden
    }
report-action-retry = Opnieuw proberen
report-action-delete = Verwijderen

report-error-required = Schrijf wat er gebeurd is.
report-error-too-long = Dit is te lang. Houd het onder { $max } tekens.
report-error-phone = Dit lijkt geen telefoonnummer. Kijk het na, met het landnummer als het geen Belgisch nummer is.
report-error-email = Dit lijkt geen e-mailadres. Kijk het na.
report-error-language = Schrijf een taalcode, bijvoorbeeld fr, nl, de of en.
report-error-repeated-choice = Een keuze staat er twee keer. Kies elke keuze maar één keer.
report-error-file = Het bestand met de melding kan niet gelezen worden (regel { $line }, kolom { $column }).
report-error-too-large = De melding is te groot om te versturen. Maak sommige antwoorden korter.
report-error-cannot-delete = Deze melding kan nu niet verwijderd worden: ze wordt verstuurd. Probeer het zo meteen opnieuw.
report-error-cannot-retry = Alleen een melding die je aandacht vraagt, kan opnieuw verstuurd worden.
report-error-choice = Deze keuze staat niet in de lijst. Kies opnieuw.
report-error-not-asked = Deze vraag hoort niet bij je antwoorden. Hier is niets bewaard.
