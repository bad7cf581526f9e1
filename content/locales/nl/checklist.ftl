## Checklist: schermen en knoppen

checklist-title = Herken de signalen
checklist-intro = Een paar vragen, met ja, nee of weet niet. Je kunt een vraag overslaan of teruggaan. Je antwoorden blijven in de app en verdwijnen als je ze sluit, tenzij je ervoor kiest ze te bewaren.
checklist-answer-yes = Ja
checklist-answer-no = Nee
checklist-answer-unsure = Weet niet
checklist-skip = Deze vraag overslaan
checklist-back = Terug
checklist-continue = Verder met de vragen
checklist-progress = Vraag { $current } van { $total }
checklist-prompt = Typ een nummer en druk op Enter:
checklist-keep-answers = Mijn antwoorden op deze telefoon bewaren
checklist-keep-answers-hint = Iedereen die Lueur op deze telefoon kan openen, kan ze dan zien. Je kunt ze altijd wissen.
checklist-delete-answers = Mijn antwoorden van deze telefoon wissen
checklist-answers-kept = Je antwoorden zijn op deze telefoon bewaard.
checklist-answers-deleted = Je antwoorden zijn van deze telefoon gewist.
checklist-saved-found = Je hebt eerder antwoorden op deze telefoon bewaard.
checklist-resume = Verder met mijn bewaarde antwoorden
checklist-start-again = Opnieuw beginnen
checklist-signs-heading = Waar de antwoorden op wijzen
checklist-element-present = Meerdere antwoorden wijzen hierop.
checklist-unsure-heading = Antwoorden waarover je twijfelde
checklist-notes-heading = Goed om te weten
checklist-contacts-heading = Wie kan helpen
checklist-steps-heading = Wat je nu kunt doen
checklist-grade-strong = sterk signaal
checklist-grade-medium = signaal
checklist-grade-weak = zwak signaal
checklist-sources = Bronnen: { $sources }
checklist-close = Sluiten
checklist-invalid-choice = Typ een van de getoonde nummers.
checklist-error-about = Zeg over wie het gaat: “me” (mezelf) of “other” (iemand anders).
checklist-ignored = Niet gevraagd met deze antwoorden, dus niet meegeteld: { $questions }

## Checklist: volgende stappen en contacten

checklist-action-call = { $name } bellen: { $number }
checklist-action-talk = Praten met { $name }
checklist-action-report = Een vertrouwelijke melding voorbereiden
checklist-action-report-hint = Lueur vult een korte samenvatting van deze antwoorden in. Je kunt ze aanpassen of weghalen.
checklist-action-read = Lezen: { $title }
checklist-contact-reason-emergency = In een noodgeval
checklist-contact-reason-minors = Voor jongeren onder 18
checklist-contact-reason-region = In je buurt
checklist-contact-reason-language = Spreekt jouw taal
checklist-contact-reason-centre = Advies en steun, gratis en vertrouwelijk
checklist-contact-reason-report = Om een situatie te melden

## Checklist: samenvatting voor een melding

checklist-summary-heading = { $perspective ->
    [me] Checklist van Lueur, over mijn eigen situatie
   *[other] Checklist van Lueur, over iemand die ik ken
}
checklist-summary-level = Resultaat: { $level }
checklist-summary-minor = De persoon is jonger dan 18, of misschien.
checklist-summary-signs = Signalen in de antwoorden:
checklist-summary-unsure = Niet zeker:
checklist-summary-none = Op geen enkel signaal werd ja geantwoord.

## Checklist: fouten

checklist-error-unknown-question = De checklist heeft geen vraag “{ $question }”.
checklist-error-unknown-answer = “{ $answer }” is geen mogelijk antwoord op deze vraag.
checklist-error-not-current = Deze vraag is niet de vraag die nu op het scherm staat.

## Checklist: delen

checklist-module-entry = Eerste vragen
checklist-module-general = De situatie
checklist-module-sexual = Seks, escort en online
checklist-module-labour = Werk
checklist-module-domestic = Werk in een huis
checklist-module-begging = Bedelen
checklist-module-criminality = Misdrijven onder dwang
checklist-module-teen-pimps = Een relatie die niet goed voelt
checklist-module-closing = Laatste vraag

## Checklist: eerste vragen

checklist-q-about = Over wie gaat het?
checklist-q-about-me = Over mezelf
checklist-q-about-other = Over iemand die ik ken
checklist-q-danger-now = { $perspective ->
    [me] Ben je nu in gevaar, of ben je bang dat iemand je heel binnenkort pijn doet?
   *[other] Is de persoon nu in gevaar, of bang dat iemand hem of haar heel binnenkort pijn doet?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Zit je nu ergens opgesloten, of word je ergens vastgehouden tegen je wil?
   *[other] Zit de persoon nu ergens opgesloten, of wordt hij of zij ergens vastgehouden tegen zijn of haar wil?
}
checklist-q-under-18 = { $perspective ->
    [me] Ben je jonger dan 18?
   *[other] Is de persoon jonger dan 18?
}
checklist-q-situation = { $perspective ->
    [me] Waar gaat je situatie vooral over?
   *[other] Waar gaat de situatie van de persoon vooral over?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Seks, escort, seksuele foto's of video's, ook online
   *[other] Seks, escort, seksuele foto's of video's, ook online
}
checklist-q-situation-labour = { $perspective ->
    [me] Werk: bijvoorbeeld in een restaurant, op een bouwwerf, op een boerderij, in een winkel
   *[other] Werk: bijvoorbeeld in een restaurant, op een bouwwerf, op een boerderij, in een winkel
}
checklist-q-situation-domestic = { $perspective ->
    [me] Werk bij iemand thuis: poetsen, koken, voor kinderen zorgen
   *[other] Werk bij iemand thuis: poetsen, koken, voor kinderen zorgen
}
checklist-q-situation-begging = { $perspective ->
    [me] Bedelen op straat
   *[other] Bedelen op straat
}
checklist-q-situation-criminality = { $perspective ->
    [me] Moeten stelen, drugs verkopen of op een andere manier de wet overtreden
   *[other] Moeten stelen, drugs verkopen of op een andere manier de wet overtreden
}
checklist-q-situation-relationship = { $perspective ->
    [me] Een vriend of vriendin die steeds meer vraagt
   *[other] Een vriend of vriendin die steeds meer van de persoon vraagt
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Ik weet het niet, of iets anders
   *[other] Ik weet het niet, of iets anders
}

## Checklist: vragen voor elke situatie

checklist-q-g-promised-other = { $perspective ->
    [me] Is je werk of je situatie heel anders dan wat je beloofd werd?
   *[other] Is het werk of de situatie van de persoon heel anders dan wat beloofd werd?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Werd er tegen je gelogen over het loon, de uren of de woonplaats?
   *[other] Werd er tegen de persoon gelogen over het loon, de uren of de woonplaats?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Werden je papieren of een wettig verblijf beloofd die je niet kreeg?
   *[other] Werden de persoon papieren of een wettig verblijf beloofd die hij of zij niet kreeg?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Werd je gedwongen of bedreigd om hierheen te komen of hiermee te beginnen?
   *[other] Werd de persoon gedwongen of bedreigd om hierheen te komen of hiermee te beginnen?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Zat je in het begin in een heel moeilijke periode, bijvoorbeeld zonder geld, papieren of woonplaats?
   *[other] Zat de persoon in het begin in een heel moeilijke periode, bijvoorbeeld zonder geld, papieren of woonplaats?
}
checklist-q-g-documents = { $perspective ->
    [me] Houdt iemand anders je paspoort of identiteitskaart bij, terwijl je dat niet wilt?
   *[other] Houdt iemand anders het paspoort of de identiteitskaart van de persoon bij, terwijl die dat niet wil?
}
checklist-q-g-free-to-leave = { $perspective ->
    [me] Kun je de plek waar je werkt of woont verlaten wanneer je wilt?
   *[other] Kan de persoon de plek waar hij of zij werkt of woont verlaten wanneer die wil?
}
checklist-q-g-debt = { $perspective ->
    [me] Ben je geld schuldig aan de mensen voor wie je werkt, en lijkt de schuld nooit kleiner te worden?
   *[other] Is de persoon geld schuldig aan de mensen voor wie hij of zij werkt, en lijkt de schuld nooit kleiner te worden?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Begon die schuld met de kosten van je reis, je werk of je woning?
   *[other] Begon die schuld met de kosten van de reis, het werk of de woning van de persoon?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Neemt iemand anders al het geld of het meeste geld dat je verdient?
   *[other] Neemt iemand anders al het geld of het meeste geld dat de persoon verdient?
}
checklist-q-g-threats = { $perspective ->
    [me] Heeft iemand jou of je familie bedreigd?
   *[other] Heeft iemand de persoon of zijn of haar familie bedreigd?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Zeiden ze dat ze je zouden aangeven bij de politie of de Dienst Vreemdelingenzaken als je niet gehoorzaamt?
   *[other] Zeiden ze dat ze de persoon zouden aangeven bij de politie of de Dienst Vreemdelingenzaken als die niet gehoorzaamt?
}
checklist-q-g-violence = { $perspective ->
    [me] Heeft iemand je geslagen, pijn gedaan of tot seksuele handelingen gedwongen?
   *[other] Heeft iemand de persoon geslagen, pijn gedaan of tot seksuele handelingen gedwongen?
}
checklist-q-g-dependent = { $perspective ->
    [me] Hang je voor je werk, je woning en je eten af van dezelfde mensen?
   *[other] Hangt de persoon voor werk, woning en eten af van dezelfde mensen?
}
checklist-q-g-isolated = { $perspective ->
    [me] Word je weggehouden van je familie en vrienden, of mag je niet vrij met anderen praten?
   *[other] Wordt de persoon weggehouden van familie en vrienden, of mag die niet vrij met anderen praten?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Ben je bang om de politie om hulp te vragen, bijvoorbeeld door je papieren?
   *[other] Is de persoon bang om de politie om hulp te vragen, bijvoorbeeld door zijn of haar papieren?
}

## Checklist: seks, escort en online

checklist-q-s-refuse = { $perspective ->
    [me] Kun je nee zeggen tegen een klant of tegen een seksuele handeling?
   *[other] Kan de persoon nee zeggen tegen een klant of tegen een seksuele handeling?
}
checklist-q-s-keep-money = { $perspective ->
    [me] Hou je het grootste deel van het geld dat klanten betalen?
   *[other] Houdt de persoon het grootste deel van het geld dat klanten betalen?
}
checklist-q-s-hours = { $perspective ->
    [me] Moet je veel klanten ontvangen of heel lange uren werken, zonder vrije dag?
   *[other] Moet de persoon veel klanten ontvangen of heel lange uren werken, zonder vrije dag?
}
checklist-q-s-organised = { $perspective ->
    [me] Plaatst iemand anders je advertenties, kiest die je klanten of plant die je escortafspraken?
   *[other] Plaatst iemand anders de advertenties van de persoon, kiest die de klanten of plant die de escortafspraken?
}
checklist-q-s-online = { $perspective ->
    [me] Laat iemand je seksuele foto's of video's maken, of seksuele dingen doen voor een camera, om er zelf aan te verdienen?
   *[other] Laat iemand de persoon seksuele foto's of video's maken, of seksuele dingen doen voor een camera, om er zelf aan te verdienen?
}
checklist-q-s-living = { $perspective ->
    [me] Slaap je waar je werkt, of waar de persoon die alles regelt het beslist?
   *[other] Slaapt de persoon waar hij of zij werkt, of waar de organisator het beslist?
}

## Checklist: werk

checklist-q-l-hours = { $perspective ->
    [me] Werk je vaak heel lange dagen, of zeven dagen per week?
   *[other] Werkt de persoon vaak heel lange dagen, of zeven dagen per week?
}
checklist-q-l-pay = { $perspective ->
    [me] Is je loon veel lager dan afgesproken, of krijg je helemaal geen loon?
   *[other] Is het loon van de persoon veel lager dan afgesproken, of is er helemaal geen loon?
}
checklist-q-l-contract = { $perspective ->
    [me] Werk je zonder contract of zonder aangegeven te zijn?
   *[other] Werkt de persoon zonder contract of zonder aangegeven te zijn?
}
checklist-q-l-hazard = { $perspective ->
    [me] Is het werk gevaarlijk, zonder bescherming of opleiding?
   *[other] Is het werk van de persoon gevaarlijk, zonder bescherming of opleiding?
}
checklist-q-l-housing = { $perspective ->
    [me] Beslist je werkgever waar je woont, en is de woning heel slecht of overvol?
   *[other] Beslist de werkgever waar de persoon woont, en is de woning heel slecht of overvol?
}
checklist-q-l-quit = { $perspective ->
    [me] Zou je met dit werk kunnen stoppen zonder gestraft of bedreigd te worden?
   *[other] Zou de persoon met dit werk kunnen stoppen zonder gestraft of bedreigd te worden?
}
checklist-q-l-live-in = { $perspective ->
    [me] Woon je in het huis van de mensen voor wie je werkt?
   *[other] Woont de persoon in het huis van de mensen voor wie hij of zij werkt?
}

## Checklist: werk in een huis

checklist-q-d-rest = { $perspective ->
    [me] Heb je tijd om te slapen en te rusten, en een vrije dag per week?
   *[other] Heeft de persoon tijd om te slapen en te rusten, en een vrije dag per week?
}
checklist-q-d-room = { $perspective ->
    [me] Heb je een eigen plek om te slapen, waar je alleen kunt zijn?
   *[other] Heeft de persoon een eigen plek om te slapen, waar die alleen kan zijn?
}
checklist-q-d-food = { $perspective ->
    [me] Krijg je genoeg te eten?
   *[other] Krijgt de persoon genoeg te eten?
}
checklist-q-d-out = { $perspective ->
    [me] Mag je alleen naar buiten gaan?
   *[other] Mag de persoon alleen naar buiten gaan?
}
checklist-q-d-pay = { $perspective ->
    [me] Word je voor dit werk betaald, zoals afgesproken?
   *[other] Wordt de persoon voor dit werk betaald, zoals afgesproken?
}
checklist-q-d-phone = { $perspective ->
    [me] Kun je je familie bellen of een telefoon gebruiken wanneer je wilt?
   *[other] Kan de persoon de familie bellen of een telefoon gebruiken wanneer die wil?
}

## Checklist: bedelen

checklist-q-b-quota = { $perspective ->
    [me] Moet je elke dag een vast bedrag aan iemand afgeven?
   *[other] Moet de persoon elke dag een vast bedrag aan iemand afgeven?
}
checklist-q-b-hours = { $perspective ->
    [me] Moet je de hele dag bedelen, elke dag, in elk weer?
   *[other] Moet de persoon de hele dag bedelen, elke dag, in elk weer?
}
checklist-q-b-punished = { $perspective ->
    [me] Word je gestraft of bedreigd als je te weinig meebrengt?
   *[other] Wordt de persoon gestraft of bedreigd als die te weinig meebrengt?
}
checklist-q-b-brought = { $perspective ->
    [me] Brengt iemand je naar de plek waar je bedelt, haalt die je op of houdt die je in de gaten?
   *[other] Brengt iemand de persoon naar de plek waar die bedelt, haalt die hem of haar op of houdt die hem of haar in de gaten?
}
checklist-q-b-school = { $perspective ->
    [me] Bedel je in plaats van naar school te gaan?
   *[other] Bedelt de persoon in plaats van naar school te gaan?
}

## Checklist: misdrijven onder dwang

checklist-q-c-made-to = { $perspective ->
    [me] Moet je voor iemand anders stelen, drugs verkopen of op een andere manier de wet overtreden?
   *[other] Moet de persoon voor iemand anders stelen, drugs verkopen of op een andere manier de wet overtreden?
}
checklist-q-c-kept-in = { $perspective ->
    [me] Moet je in een huis blijven om planten, drugs of gestolen spullen te bewaken?
   *[other] Moet de persoon in een huis blijven om planten, drugs of gestolen spullen te bewaken?
}
checklist-q-c-conditions = { $perspective ->
    [me] Moet je dit heel lange uren doen, voor weinig of geen geld?
   *[other] Moet de persoon dit heel lange uren doen, voor weinig of geen geld?
}
checklist-q-c-profits = { $perspective ->
    [me] Houdt iemand anders het geld of de spullen die je meebrengt?
   *[other] Houdt iemand anders het geld of de spullen die de persoon meebrengt?
}
checklist-q-c-debt = { $perspective ->
    [me] Wordt je gezegd dat je dit moet doen om een schuld terug te betalen?
   *[other] Wordt de persoon gezegd dat die dit moet doen om een schuld terug te betalen?
}
checklist-q-c-lie = { $perspective ->
    [me] Werd je gezegd wat je moet zeggen als de politie je tegenhoudt?
   *[other] Werd de persoon gezegd wat die moet zeggen als de politie hem of haar tegenhoudt?
}

## Checklist: een relatie die niet goed voelt (tienerpooiers)

checklist-q-t-older = { $perspective ->
    [me] Is er iemand die veel ouder is en je veel aandacht geeft, bijvoorbeeld een nieuw lief of een nieuwe vriend?
   *[other] Is er iemand die veel ouder is en de persoon veel aandacht geeft, bijvoorbeeld een nieuw lief of een nieuwe vriend?
}
checklist-q-t-gifts = { $perspective ->
    [me] Geeft die persoon je geld, dure cadeaus of een telefoon?
   *[other] Geeft die oudere persoon hem of haar geld, dure cadeaus of een telefoon?
}
checklist-q-t-love = { $perspective ->
    [me] Beloofde die persoon je liefde, een toekomst samen of een makkelijk leven?
   *[other] Beloofde die oudere persoon hem of haar liefde, een toekomst samen of een makkelijk leven?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Begon het op een moment dat je je alleen voelde, of problemen had thuis of op school?
   *[other] Begon het op een moment dat de persoon zich alleen voelde, of problemen had thuis of op school?
}
checklist-q-t-need = { $perspective ->
    [me] Voel je dat je die persoon zo nodig hebt dat je geen nee kunt zeggen?
   *[other] Lijkt de persoon die oudere persoon zo nodig te hebben dat hij of zij geen nee kan zeggen?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Wil die persoon dat je je vrienden of familie niet meer ziet?
   *[other] Wil die oudere persoon dat hij of zij vrienden of familie niet meer ziet?
}
checklist-q-t-away = { $perspective ->
    [me] Blijf je 's nachts weg, spijbel je, of ga je naar hotels of appartementen die je niet kent?
   *[other] Blijft de persoon 's nachts weg, spijbelt die, of gaat die naar hotels of appartementen die hij of zij niet kent?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Heeft die persoon je gevraagd om seks te hebben met andere mensen, of om seksuele foto's te sturen?
   *[other] Heeft die oudere persoon hem of haar gevraagd om seks te hebben met andere mensen, of om seksuele foto's te sturen?
}
checklist-q-t-owe = { $perspective ->
    [me] Zegt die persoon dat je geld schuldig bent voor de cadeaus of voor andere dingen?
   *[other] Zegt die oudere persoon dat de persoon geld schuldig is voor de cadeaus of voor andere dingen?
}
checklist-q-t-changes = { $perspective ->
    [me] Heb je nu een tatoeage met de naam van iemand, of meer dan één telefoon?
   *[other] Heeft de persoon nu een tatoeage met de naam van iemand, of meer dan één telefoon?
}
checklist-q-t-mood = { $perspective ->
    [me] Ben je de laatste tijd erg veranderd: je stemming, drinken of drugs, of jezelf pijn doen?
   *[other] Is de persoon de laatste tijd erg veranderd: de stemming, drinken of drugs, of zichzelf pijn doen?
}

## Checklist: laatste vraag

checklist-q-region = { $perspective ->
    [me] Waar in België ben je? Zo kunnen we een centrum in je buurt tonen.
   *[other] Waar in België is de persoon? Zo kunnen we een centrum in de buurt tonen.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brussel
   *[other] Brussel
}
checklist-q-region-flanders = { $perspective ->
    [me] Vlaanderen
   *[other] Vlaanderen
}
checklist-q-region-wallonia = { $perspective ->
    [me] Wallonië
   *[other] Wallonië
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Oost-België (Duitstalige Gemeenschap)
   *[other] Oost-België (Duitstalige Gemeenschap)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Dat zeg ik liever niet
   *[other] Dat zeg ik liever niet, of ik weet het niet
}

## Checklist: elementen (groepen van indicatoren)

checklist-element-deceptive-recruitment = Leugens in het begin
checklist-element-coercive-recruitment = Dwang in het begin
checklist-element-vulnerability-recruitment = Een moeilijke situatie die in het begin werd misbruikt
checklist-element-exploitative-conditions = Uitbuiting: werk of seks onder oneerlijke voorwaarden
checklist-element-coercion-destination = Controle en druk nu
checklist-element-vulnerability-destination = Een zwakke positie die nu wordt misbruikt
checklist-element-warning-signs = Waarschuwingssignalen bij jongeren

## Checklist: indicatoren uitgelegd

checklist-indicator-deceived-job = { $perspective ->
    [me] Het werk of de situatie is heel anders dan wat je beloofd werd: liegen in het begin is een vaak gebruikte manier om mensen in uitbuiting te brengen.
   *[other] Het werk of de situatie is heel anders dan wat de persoon beloofd werd: liegen in het begin is een vaak gebruikte manier om mensen in uitbuiting te brengen.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Er werd tegen je gelogen over loon, uren of woning: valse beloften doen mensen voorwaarden aanvaarden die ze anders zouden weigeren.
   *[other] Er werd tegen de persoon gelogen over loon, uren of woning: valse beloften doen mensen voorwaarden aanvaarden die ze anders zouden weigeren.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Je kreeg papieren beloofd die nooit kwamen: die belofte wordt vaak gebruikt om mensen te laten wachten en gehoorzamen.
   *[other] De persoon kreeg papieren beloofd die nooit kwamen: die belofte wordt vaak gebruikt om mensen te laten wachten en gehoorzamen.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Iemand beloofde je liefde of een toekomst samen: tienerpooiers beginnen vaak zo om vertrouwen te winnen.
   *[other] Iemand beloofde de persoon liefde of een toekomst samen: tienerpooiers beginnen vaak zo om vertrouwen te winnen.
}
checklist-indicator-recruited-by-force = { $perspective ->
    [me] Je werd gedwongen of bedreigd om te beginnen: dat is een ernstig teken dat je niet vrij hebt gekozen.
   *[other] De persoon werd gedwongen of bedreigd om te beginnen: dat is een ernstig teken dat die niet vrij heeft gekozen.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] De schuld begon met de reis of het werk: zo'n schuld wordt vaak gebruikt om iemand te binden aan wie hem of haar liet overkomen.
   *[other] De schuld begon met de reis of het werk: zo'n schuld wordt vaak gebruikt om iemand te binden aan wie hem of haar liet overkomen.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Het begon toen je geen geld, papieren of woonplaats had: wie anderen uitbuit, zoekt mensen in een moeilijke periode.
   *[other] Het begon toen de persoon geen geld, papieren of woonplaats had: wie anderen uitbuit, zoekt mensen in een moeilijke periode.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Het begon toen je je alleen voelde of problemen had thuis of op school: tienerpooiers zoeken jongeren in die situatie.
   *[other] Het begon toen de persoon zich alleen voelde of problemen had thuis of op school: tienerpooiers zoeken jongeren in die situatie.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Je voelt dat je geen nee kunt zeggen tegen die persoon: iemand afhankelijk maken is een manier om hem of haar te controleren.
   *[other] De persoon lijkt geen nee te kunnen zeggen: iemand afhankelijk maken is een manier om hem of haar te controleren.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Je krijgt geld of dure cadeaus: cadeaus kunnen gebruikt worden om iemand het gevoel te geven dat hij of zij iets schuldig is.
   *[other] De persoon krijgt geld of dure cadeaus: cadeaus kunnen gebruikt worden om iemand het gevoel te geven dat hij of zij iets schuldig is.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Heel lange dagen of geen vrije dag: dat is een van de duidelijkste signalen van uitbuiting.
   *[other] Heel lange dagen of geen vrije dag: dat is een van de duidelijkste signalen van uitbuiting.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Weinig of geen loon voor je werk: dat is een signaal van uitbuiting.
   *[other] Weinig of geen loon voor het werk: dat is een signaal van uitbuiting.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Geen contract en niet aangegeven: dat betekent vaak geen verzekering en geen bescherming op het werk.
   *[other] Geen contract en niet aangegeven: dat betekent vaak geen verzekering en geen bescherming op het werk voor de persoon.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Gevaarlijk werk zonder bescherming: dat brengt je gezondheid in gevaar en is een signaal van uitbuiting.
   *[other] Gevaarlijk werk zonder bescherming: dat brengt de gezondheid van de persoon in gevaar en is een signaal van uitbuiting.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Een slechte slaapplaats, geen privacy of te weinig eten: zulke leefomstandigheden zijn een signaal van uitbuiting.
   *[other] Een slechte slaapplaats, geen privacy of te weinig eten: zulke leefomstandigheden zijn een signaal van uitbuiting.
}
checklist-indicator-no-school = { $perspective ->
    [me] Niet naar school gaan: een jongere heeft recht op onderwijs.
   *[other] Niet naar school gaan: een jongere heeft recht op onderwijs.
}
checklist-indicator-sexual-acts-for-others = { $perspective ->
    [me] Seksuele handelingen of foto's waaraan iemand anders verdient: dat is seksuele uitbuiting, en bij iemand onder 18 is het altijd uitbuiting.
   *[other] Seksuele handelingen of foto's waaraan iemand anders verdient: dat is seksuele uitbuiting, en bij iemand onder 18 is het altijd uitbuiting.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Je moet een vast bedrag van het bedelen afgeven: het geld gaat naar anderen, en dat is een signaal van uitbuiting.
   *[other] De persoon moet een vast bedrag van het bedelen afgeven: het geld gaat naar anderen, en dat is een signaal van uitbuiting.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Iemand anders houdt je identiteitspapieren bij: dat is een manier om iemand te controleren.
   *[other] Iemand anders houdt de identiteitspapieren van de persoon bij: dat is een manier om iemand te controleren.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Een schuld die nooit kleiner wordt: schulden worden vaak gebruikt om mensen te laten blijven werken.
   *[other] Een schuld die nooit kleiner wordt: schulden worden vaak gebruikt om mensen te laten blijven werken.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Je kunt niet vrij weggaan, of je wordt opgesloten of in de gaten gehouden: dat neemt je vrijheid af.
   *[other] De persoon kan niet vrij weggaan, of wordt opgesloten of in de gaten gehouden: dat neemt zijn of haar vrijheid af.
}
checklist-indicator-violence = { $perspective ->
    [me] Iemand doet je pijn of dwingt je tot seksuele handelingen: dat is geweld, en het is nooit jouw schuld.
   *[other] Iemand doet de persoon pijn of dwingt hem of haar tot seksuele handelingen: dat is geweld, en het is nooit zijn of haar schuld.
}
checklist-indicator-threats = { $perspective ->
    [me] Bedreigingen tegen jou of je familie: angst wordt gebruikt om mensen te laten gehoorzamen.
   *[other] Bedreigingen tegen de persoon of de familie: angst wordt gebruikt om mensen te laten gehoorzamen.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Een dreiging om je aan te geven bij de politie of de Dienst Vreemdelingenzaken: dat wordt gebruikt om mensen te doen zwijgen.
   *[other] Een dreiging om de persoon aan te geven bij de politie of de Dienst Vreemdelingenzaken: dat wordt gebruikt om mensen te doen zwijgen.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Je kunt niet stoppen zonder gestraft te worden: werk dat je niet kunt verlaten, is niet vrij gekozen.
   *[other] De persoon kan niet stoppen zonder gestraft te worden: werk dat je niet kunt verlaten, is niet vrij gekozen.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Iemand anders neemt het geld dat je verdient: dat maakt iemand afhankelijk.
   *[other] Iemand anders neemt het geld dat de persoon verdient: dat maakt iemand afhankelijk.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Je moet voor iemand anders de wet overtreden: dat kan een vorm van uitbuiting zijn, waarbij de schuld ligt bij wie eraan verdient.
   *[other] De persoon moet voor iemand anders de wet overtreden: dat kan een vorm van uitbuiting zijn, waarbij de schuld ligt bij wie eraan verdient.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Je kunt geen nee zeggen tegen een klant of een seksuele handeling: dat is een signaal van controle.
   *[other] De persoon kan geen nee zeggen tegen een klant of een seksuele handeling: dat is een signaal van controle.
}
checklist-indicator-under-control = { $perspective ->
    [me] Iemand anders beslist over je advertenties, klanten of afspraken: zo wordt sekswerk gecontroleerd.
   *[other] Iemand anders beslist over de advertenties, klanten of afspraken van de persoon: zo wordt sekswerk gecontroleerd.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Je werd gezegd wat je tegen de politie moet zeggen: dat wordt gebruikt om te verbergen wat er gebeurt.
   *[other] De persoon werd gezegd wat die tegen de politie moet zeggen: dat wordt gebruikt om te verbergen wat er gebeurt.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Dezelfde mensen geven je werk, woning en eten: dan wordt het heel moeilijk om nee te zeggen of weg te gaan.
   *[other] Dezelfde mensen geven de persoon werk, woning en eten: dan wordt het heel moeilijk om nee te zeggen of weg te gaan.
}
checklist-indicator-isolated = { $perspective ->
    [me] Je wordt weggehouden van familie en vrienden: alleen is het moeilijker om hulp te vinden.
   *[other] De persoon wordt weggehouden van familie en vrienden: alleen is het moeilijker om hulp te vinden.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Je bent bang voor de politie of voor je verblijfssituatie: die angst wordt vaak gebruikt om mensen te doen zwijgen.
   *[other] De persoon is bang voor de politie of voor de verblijfssituatie: die angst wordt vaak gebruikt om mensen te doen zwijgen.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Iemand die veel ouder is, geeft je veel aandacht: zo beginnen tienerpooiers vaak.
   *[other] Iemand die veel ouder is, geeft de persoon veel aandacht: zo beginnen tienerpooiers vaak.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nachten weg, spijbelen of hotels: dat zijn waarschuwingssignalen die Child Focus noemt.
   *[other] Nachten weg, spijbelen of hotels: dat zijn waarschuwingssignalen die Child Focus noemt.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Een tatoeage met de naam van iemand: tienerpooiers gebruiken dat soms om een jongere als 'van hen' te merken.
   *[other] Een tatoeage met de naam van iemand: tienerpooiers gebruiken dat soms om een jongere als 'van hen' te merken.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Meer dan één telefoon: zo kan iemand je bereiken zonder dat anderen het weten.
   *[other] Meer dan één telefoon: zo kan iemand de persoon bereiken zonder dat anderen het weten.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Grote veranderingen in stemming, drinken, drugs of jezelf pijn doen: dat kan een teken zijn dat er iets heel erg mis is. Je verdient hulp.
   *[other] Grote veranderingen in stemming, drinken, drugs of zichzelf pijn doen: dat kan een teken zijn dat er iets heel erg mis is met de persoon.
}

## Checklist: resultaatniveaus

checklist-level-immediate-danger = Nu in gevaar
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Je zei dat je nu in gevaar bent. Als het veilig kan, bel nu om hulp. Je kunt later terugkomen naar de vragen.
   *[other] Je zei dat de persoon nu in gevaar is. Als het veilig kan, bel nu om hulp. Je kunt later terugkomen naar de vragen.
}
checklist-level-strong-signs = Sterke signalen
checklist-level-strong-signs-summary = { $perspective ->
    [me] Je antwoorden tonen meerdere sterke signalen van mensenhandel of uitbuiting. Dit is geen oordeel: een gespecialiseerd centrum kan samen met jou naar je situatie kijken, gratis en vertrouwelijk.
   *[other] Je antwoorden tonen meerdere sterke signalen van mensenhandel of uitbuiting. Dit is geen oordeel: een gespecialiseerd centrum kan samen met jou naar de situatie kijken, gratis en vertrouwelijk.
}
checklist-level-some-signs = Enkele signalen
checklist-level-some-signs-summary = { $perspective ->
    [me] Sommige van je antwoorden zijn signalen van uitbuiting. Ze bewijzen niets, maar het is de moeite waard om erover te praten met iemand die zulke situaties kent.
   *[other] Sommige van je antwoorden zijn signalen van uitbuiting. Ze bewijzen niets, maar het is de moeite waard om erover te praten met iemand die zulke situaties kent.
}
checklist-level-no-clear-signs = Geen duidelijke signalen
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Je antwoorden tonen geen duidelijke signalen van mensenhandel. Als er toch iets niet goed voelt, kun je altijd advies vragen.
   *[other] Je antwoorden tonen geen duidelijke signalen van mensenhandel. Als er toch iets niet goed voelt, kun je altijd advies vragen.
}

## Checklist: opmerkingen bij het resultaat

checklist-note-not-proof = { $perspective ->
    [me] Deze signalen komen uit lijsten van de Internationale Arbeidsorganisatie, de Europese Commissie en de Verenigde Naties. Signalen alleen bewijzen geen mensenhandel en sluiten hem ook niet uit; ze tonen wanneer het de moeite is om hulp te vragen.
   *[other] Deze signalen komen uit lijsten van de Internationale Arbeidsorganisatie, de Europese Commissie en de Verenigde Naties. Signalen alleen bewijzen geen mensenhandel en sluiten hem ook niet uit; ze tonen wanneer het de moeite is om hulp te vragen.
}
checklist-note-minor = { $perspective ->
    [me] Je bent jonger dan 18, of misschien. Jongeren krijgen extra bescherming: een jongere gebruiken voor seks of voor geld is altijd uitbuiting, ook als hij of zij akkoord ging. Er zijn diensten speciaal voor jongeren.
   *[other] De persoon is jonger dan 18, of misschien. Jongeren krijgen extra bescherming: een jongere gebruiken voor seks of voor geld is altijd uitbuiting, ook als hij of zij akkoord ging. Er zijn diensten speciaal voor jongeren.
}
checklist-note-work-rights = { $perspective ->
    [me] Sommige antwoorden beschrijven oneerlijk werk. Ook als het geen mensenhandel is, kan het tegen de wet zijn, en je hebt rechten op het werk.
   *[other] Sommige antwoorden beschrijven oneerlijk werk. Ook als het geen mensenhandel is, kan het tegen de wet zijn, en de persoon heeft rechten op het werk.
}
checklist-note-unsure = { $perspective ->
    [me] Over sommige vragen was je niet zeker. Dat is normaal. Een gespecialiseerd centrum kan je helpen om er duidelijker in te zien.
   *[other] Over sommige vragen was je niet zeker. Dat is normaal. Een gespecialiseerd centrum kan je helpen om er duidelijker in te zien.
}
checklist-note-still-worried = { $perspective ->
    [me] Een checklist ziet niet alles. Als je je zorgen maakt, vertrouw op dat gevoel en vraag advies.
   *[other] Een checklist ziet niet alles. Als je je zorgen maakt over de persoon, vertrouw op dat gevoel en vraag advies.
}
