## Checklist: schermen en knoppen

checklist-title = Herken de signalen
checklist-intro = Een paar vragen, met ja, nee of weet niet. Je kunt een vraag overslaan of teruggaan. Je antwoorden blijven in de app en verdwijnen als je de app sluit, tenzij je ervoor kiest ze te bewaren.
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
checklist-element-present = De antwoorden wijzen hierop.
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
checklist-contact-reason-centre = Gespecialiseerd in hulp aan mensen in deze situatie
checklist-contact-reason-report = Om een situatie te melden

## Checklist: samenvatting voor een melding

checklist-summary-heading = { $perspective ->
    [me] Checklist van Lueur, over mijn eigen situatie
   *[other] Checklist van Lueur, over iemand die ik ken
}
checklist-summary-level = Resultaat: { $level }
checklist-summary-minor = De persoon is (misschien) jonger dan 18.
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
checklist-module-criminality = Misdrijven voor iemand anders
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
    [me] Een lief of vriend(in) die steeds meer vraagt: geld, seks, foto's, of tijd weg van thuis en school
   *[other] Een lief of vriend(in) die steeds meer van de persoon vraagt: geld, seks, foto's, of tijd weg van thuis en school
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Ik weet het niet, of iets anders
   *[other] Ik weet het niet, of iets anders
}

## Checklist: vragen voor elke situatie

checklist-q-g-act-arranged = { $perspective ->
    [me] Heeft iemand anders dit werk of deze activiteit voor je gezocht of geregeld?
   *[other] Heeft iemand anders dit werk of deze activiteit voor de persoon gezocht of geregeld?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Heeft iemand je naar de plek gebracht waar je nu bent, of de reis geregeld?
   *[other] Heeft iemand de persoon naar de plek gebracht waar die nu is, of de reis geregeld?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Beslist de persoon voor wie je werkt, of iemand die met hem of haar samenwerkt, waar je slaapt?
   *[other] Beslist de persoon voor wie ze werkt, of iemand die met hem of haar samenwerkt, waar de persoon slaapt?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Is je werk of je situatie heel anders dan wat ze je beloofd hadden?
   *[other] Is het werk of de situatie van de persoon heel anders dan wat ze hem of haar beloofd hadden?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Hebben ze tegen je gelogen over het loon, de uren of de woonplaats?
   *[other] Hebben ze tegen de persoon gelogen over het loon, de uren of de woonplaats?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Heeft iemand je papieren of een wettig verblijf beloofd die je nooit kreeg?
   *[other] Heeft iemand de persoon papieren of een wettig verblijf beloofd die ze nooit kreeg?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Heeft iemand je geslagen of pijn gedaan om je hierheen te laten komen of dit werk te laten beginnen?
   *[other] Heeft iemand de persoon geslagen of pijn gedaan om die hierheen te laten komen of dit werk te laten beginnen?
}
checklist-q-g-taken = { $perspective ->
    [me] Werd je in het begin meegenomen of vastgehouden tegen je wil?
   *[other] Werd de persoon in het begin meegenomen of vastgehouden tegen zijn of haar wil?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Werd je bedreigd om hierheen te komen of dit werk te beginnen?
   *[other] Werd de persoon bedreigd om hierheen te komen of dit werk te beginnen?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Heeft iemand in het begin misbruik gemaakt van een heel moeilijke tijd voor je, bijvoorbeeld zonder geld of zonder woning?
   *[other] Heeft iemand in het begin misbruik gemaakt van een heel moeilijke tijd voor de persoon, bijvoorbeeld zonder geld of zonder woning?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Heeft iemand misbruik gemaakt van het feit dat je geen papieren hebt om in België te blijven?
   *[other] Heeft iemand misbruik gemaakt van het feit dat de persoon geen papieren heeft om in België te blijven?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Heeft iemand misbruik gemaakt van het feit dat je de taal, de regels of je rechten hier niet kende?
   *[other] Heeft iemand misbruik gemaakt van het feit dat de persoon de taal, de regels of de eigen rechten hier niet kende?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Werk je vaak heel lange dagen, of zeven dagen per week?
   *[other] Werkt de persoon vaak heel lange dagen, of zeven dagen per week?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Krijg je weinig of geen geld voor wat je doet?
   *[other] Krijgt de persoon weinig of geen geld voor wat die doet?
}
checklist-q-g-housing = { $perspective ->
    [me] Is de plek waar je slaapt overvol, vuil of onveilig?
   *[other] Is de plek waar de persoon slaapt overvol, vuil of onveilig?
}
checklist-q-g-documents = { $perspective ->
    [me] Weigert iemand je paspoort of identiteitskaart terug te geven als je erom vraagt?
   *[other] Weigert iemand het paspoort of de identiteitskaart van de persoon terug te geven als die erom vraagt?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Houdt iemand je tegen als je wilt vertrekken, sluit iemand je op of volgt iemand je als je buitengaat?
   *[other] Houdt iemand de persoon tegen als die wil vertrekken, sluit iemand die op of volgt iemand die als die buitengaat?
}
checklist-q-g-debt = { $perspective ->
    [me] Ben je geld verschuldigd aan de mensen voor wie je werkt, of aan de mensen die je hierheen brachten?
   *[other] Is de persoon geld verschuldigd aan de mensen voor wie die werkt, of aan de mensen die hem of haar hierheen brachten?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Blijft die schuld even groot of groeit ze, wat je ook betaalt of doet?
   *[other] Blijft die schuld even groot of groeit ze, wat de persoon ook betaalt of doet?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Begon die schuld met de kosten van je reis, je werk of je woning?
   *[other] Begon die schuld met de kosten van de reis, het werk of de woning van de persoon?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Neemt iemand anders al het geld dat je verdient, of bijna alles?
   *[other] Neemt iemand anders al het geld dat de persoon verdient, of bijna alles?
}
checklist-q-g-threats = { $perspective ->
    [me] Heeft iemand jou of je familie bedreigd?
   *[other] Heeft iemand de persoon of diens familie bedreigd?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Heeft iemand gezegd dat hij je zou aangeven bij de politie of de Dienst Vreemdelingenzaken als je niet gehoorzaamde?
   *[other] Heeft iemand gezegd dat hij de persoon zou aangeven bij de politie of de Dienst Vreemdelingenzaken als die niet gehoorzaamde?
}
checklist-q-g-violence = { $perspective ->
    [me] Heeft iemand je geslagen, pijn gedaan of tot seksuele handelingen gedwongen?
   *[other] Heeft iemand de persoon geslagen, pijn gedaan of tot seksuele handelingen gedwongen?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Als je zou willen stoppen, zou iemand je dan straffen of het erger maken voor je?
   *[other] Als de persoon zou willen stoppen, zou iemand die dan straffen of het erger maken?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Heeft iemand je gezegd wat je moet zeggen tegen de politie, de overheid of je familie?
   *[other] Heeft iemand de persoon gezegd wat die moet zeggen tegen de politie, de overheid of de familie?
}
checklist-q-g-dependent = { $perspective ->
    [me] Hang je voor je werk, je woning en je eten af van dezelfde mensen?
   *[other] Hangt de persoon voor werk, woning en eten af van dezelfde mensen?
}
checklist-q-g-isolated = { $perspective ->
    [me] Belet iemand je om contact te hebben met je familie of vrienden?
   *[other] Belet iemand de persoon om contact te hebben met familie of vrienden?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Ben je bang om de politie om hulp te vragen, bijvoorbeeld omdat je geen papieren hebt?
   *[other] Is de persoon bang om de politie om hulp te vragen, bijvoorbeeld omdat die geen papieren heeft?
}

## Checklist: seks, escort en online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Dwingt iemand je om klanten te zien of seksuele handelingen te doen die je niet wilt?
   *[other] Dwingt iemand de persoon om klanten te zien of seksuele handelingen te doen die die niet wil?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Krijgt iemand anders het meeste geld dat je klanten betalen?
   *[other] Krijgt iemand anders het meeste geld dat de klanten van de persoon betalen?
}
checklist-q-s-organised = { $perspective ->
    [me] Plaatst iemand anders je advertenties, kiest die je klanten of plant die je escortafspraken?
   *[other] Plaatst iemand anders de advertenties van de persoon, kiest die de klanten of plant die de escortafspraken?
}
checklist-q-s-images = { $perspective ->
    [me] Dwingt iemand je om seksuele foto's of video's te maken, of seksuele dingen te doen voor een camera, voor zijn of haar winst?
   *[other] Dwingt iemand de persoon om seksuele foto's of video's te maken, of seksuele dingen te doen voor een camera, voor zijn of haar winst?
}

## Checklist: werk

checklist-q-l-contract = { $perspective ->
    [me] Werk je zonder contract of in het zwart?
   *[other] Werkt de persoon zonder contract of in het zwart?
}
checklist-q-l-hazard = { $perspective ->
    [me] Is het werk gevaarlijk, zonder bescherming of opleiding?
   *[other] Is het werk van de persoon gevaarlijk, zonder bescherming of opleiding?
}
checklist-q-l-live-in = { $perspective ->
    [me] Woon je in het huis van de mensen voor wie je werkt?
   *[other] Woont de persoon in het huis van de mensen voor wie hij of zij werkt?
}

## Checklist: werk in een huis

checklist-q-d-sleep-place = { $perspective ->
    [me] Moet je slapen op een plek zonder privacy, zoals de keuken, een gang of de vloer?
   *[other] Moet de persoon slapen op een plek zonder privacy, zoals de keuken, een gang of de vloer?
}
checklist-q-d-food = { $perspective ->
    [me] Krijg je niet genoeg eten, of alleen wat overschiet?
   *[other] Krijgt de persoon niet genoeg eten, of alleen wat overschiet?
}

## Checklist: bedelen

checklist-q-b-quota = { $perspective ->
    [me] Moet je elke dag een vast bedrag aan iemand afgeven?
   *[other] Moet de persoon elke dag een vast bedrag aan iemand afgeven?
}
checklist-q-b-punished = { $perspective ->
    [me] Word je gestraft als je te weinig terugbrengt?
   *[other] Wordt de persoon gestraft als die te weinig terugbrengt?
}
checklist-q-b-brought = { $perspective ->
    [me] Brengt iemand je naar de plek waar je bedelt en haalt die je daar weer op?
   *[other] Brengt iemand de persoon naar de plek waar die bedelt en haalt die hem of haar daar weer op?
}
checklist-q-b-school = { $perspective ->
    [me] Bedel je in plaats van naar school te gaan?
   *[other] Bedelt de persoon in plaats van naar school te gaan?
}

## Checklist: misdrijven onder dwang

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Begon het toen iemand je drugs gaf, of ervoor zorgde dat je ze nodig had?
   *[other] Begon het toen iemand de persoon drugs gaf, of ervoor zorgde dat die ze nodig had?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Begon het toen iemand je makkelijk geld aanbood?
   *[other] Begon het toen iemand de persoon makkelijk geld aanbood?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Begon het met een schuld die je zo moest afbetalen, zeiden ze?
   *[other] Begon het met een schuld die de persoon zo moest afbetalen, zeiden ze?
}
checklist-q-c-made-to = { $perspective ->
    [me] Moet je voor iemand anders stelen, drugs verkopen of op een andere manier de wet overtreden?
   *[other] Moet de persoon voor iemand anders stelen, drugs verkopen of op een andere manier de wet overtreden?
}
checklist-q-c-profits = { $perspective ->
    [me] Houdt iemand anders het geld of de spullen die je meebrengt?
   *[other] Houdt iemand anders het geld of de spullen die de persoon meebrengt?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Moet je in een huis blijven om voor cannabisplanten te zorgen?
   *[other] Moet de persoon in een huis blijven om voor cannabisplanten te zorgen?
}

## Checklist: een relatie die niet goed voelt (tienerpooiers)

checklist-q-t-older = { $perspective ->
    [me] Is de persoon aan wie je denkt veel ouder dan jij?
   *[other] Is dat lief of die vriend(in) veel ouder dan de jongere?
}
checklist-q-t-gifts = { $perspective ->
    [me] Geeft die persoon je geld, dure cadeaus of een gsm?
   *[other] Geeft die persoon de jongere geld, dure cadeaus of een gsm?
}
checklist-q-t-love = { $perspective ->
    [me] Heeft die persoon je liefde of een toekomst samen beloofd, zonder die belofte na te komen?
   *[other] Heeft die persoon de jongere liefde of een toekomst samen beloofd, zonder die belofte na te komen?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Kwam die persoon in je leven toen je je alleen voelde, of problemen had thuis of op school?
   *[other] Kwam die persoon in het leven van de jongere toen die zich alleen voelde, of problemen had thuis of op school?
}
checklist-q-t-need = { $perspective ->
    [me] Heb je het gevoel dat je die persoon zo nodig hebt dat je geen nee kunt zeggen?
   *[other] Lijkt de jongere die persoon zo nodig te hebben dat die geen nee kan zeggen?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Wil die persoon dat je je vrienden of familie niet meer ziet?
   *[other] Wil die persoon dat de jongere zijn of haar vrienden of familie niet meer ziet?
}
checklist-q-t-nights = { $perspective ->
    [me] Blijf je 's nachts weg zonder te zeggen waar je bent?
   *[other] Blijft de jongere 's nachts weg zonder te zeggen waar die is?
}
checklist-q-t-hotels = { $perspective ->
    [me] Ga je naar hotels of appartementen die je niet kent, met die persoon of diens vrienden?
   *[other] Gaat de jongere naar hotels of appartementen die die niet kent, met die persoon of diens vrienden?
}
checklist-q-t-school = { $perspective ->
    [me] Spijbel je vaak?
   *[other] Spijbelt de jongere vaak?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Heeft die persoon je gevraagd om seks te hebben met andere mensen?
   *[other] Heeft die persoon de jongere gevraagd om seks te hebben met andere mensen?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Heeft die persoon je om seksuele foto's of video's van jezelf gevraagd?
   *[other] Heeft die persoon de jongere om seksuele foto's of video's van zichzelf gevraagd?
}
checklist-q-t-owe = { $perspective ->
    [me] Zegt die persoon dat je hem of haar geld schuldig bent voor de cadeaus of voor andere dingen?
   *[other] Zegt die persoon dat de jongere hem of haar geld schuldig is voor de cadeaus of voor andere dingen?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Heb je een tatoeage met de naam of het teken van die persoon?
   *[other] Heeft de jongere een tatoeage met de naam of het teken van die persoon?
}
checklist-q-t-phones = { $perspective ->
    [me] Heb je een tweede gsm, die je van die persoon kreeg?
   *[other] Heeft de jongere een tweede gsm, die die van die persoon kreeg?
}
checklist-q-t-mood = { $perspective ->
    [me] Is je stemming de laatste tijd erg veranderd?
   *[other] Is de stemming van de jongere de laatste tijd erg veranderd?
}
checklist-q-t-drugs = { $perspective ->
    [me] Drink je de laatste tijd veel of neem je drugs?
   *[other] Drinkt de jongere de laatste tijd veel of neemt die drugs?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Doe je jezelf pijn, of denk je daaraan?
   *[other] Doet de jongere zichzelf pijn, of praat die erover?
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

checklist-element-act = Iemand heeft de persoon gerekruteerd, vervoerd of gehuisvest
checklist-element-deceptive-recruitment = Leugens in het begin
checklist-element-coercive-recruitment = Dwang in het begin
checklist-element-vulnerability-recruitment = Een kwetsbare situatie misbruikt in het begin
checklist-element-exploitative-conditions = Uitbuiting: werk of wonen op oneerlijke voorwaarden
checklist-element-exploitation-in-law = Uitbuiting volgens de wet: seks, bedelen of misdrijven voor iemand anders
checklist-element-coercion-destination = Controle en dwang nu
checklist-element-vulnerability-destination = Een kwetsbare situatie die nu misbruikt wordt
checklist-element-other-signs = Andere tekens (UNODC), geen indicatoren van de IAO
checklist-element-warning-signs = Waarschuwingstekens bij jongeren (Child Focus), geen indicatoren van de IAO

## Checklist: indicatoren uitgelegd

checklist-indicator-act-recruited = { $perspective ->
    [me] Iemand anders heeft dit voor je gezocht of geregeld: in de wettelijke definitie is dat iemand rekruteren.
   *[other] Iemand anders heeft dit voor de persoon gezocht of geregeld: in de wettelijke definitie is dat iemand rekruteren.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Iemand bracht je hierheen of regelde de reis: in de wettelijke definitie is dat iemand vervoeren.
   *[other] Iemand bracht de persoon hierheen of regelde de reis: in de wettelijke definitie is dat iemand vervoeren.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] De mensen voor wie je werkt beslissen waar je slaapt: in de wettelijke definitie is dat iemand huisvesten.
   *[other] De mensen voor wie de persoon werkt beslissen waar die slaapt: in de wettelijke definitie is dat iemand huisvesten.
}
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
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Je werd geslagen of pijn gedaan om te beginnen: dat is een ernstig teken dat je niet vrij gekozen hebt.
   *[other] De persoon werd geslagen of pijn gedaan om te beginnen: dat is een ernstig teken dat die niet vrij gekozen heeft.
}
checklist-indicator-abducted = { $perspective ->
    [me] Je werd in het begin meegenomen of vastgehouden tegen je wil: niemand mag je dat aandoen.
   *[other] De persoon werd in het begin meegenomen of vastgehouden tegen zijn of haar wil: niemand mag dat iemand aandoen.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Je werd bedreigd om te beginnen: angst kan de keuze wegnemen.
   *[other] De persoon werd bedreigd om te beginnen: angst kan de keuze wegnemen.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] De schuld begon met de reis of het werk: zo'n schuld wordt vaak gebruikt om iemand te binden aan wie hem of haar liet overkomen.
   *[other] De schuld begon met de reis of het werk: zo'n schuld wordt vaak gebruikt om iemand te binden aan wie hem of haar liet overkomen.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Het begon toen je geen geld, papieren of woonplaats had: wie anderen uitbuit, zoekt mensen in een moeilijke periode.
   *[other] Het begon toen de persoon geen geld, papieren of woonplaats had: wie anderen uitbuit, zoekt mensen in een moeilijke periode.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Iemand maakte misbruik van het feit dat je geen papieren hebt: mensen zonder papieren zijn makkelijk te bedreigen, en uitbuiters gebruiken dat.
   *[other] Iemand maakte misbruik van het feit dat de persoon geen papieren heeft: mensen zonder papieren zijn makkelijk te bedreigen, en uitbuiters gebruiken dat.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Iemand maakte misbruik van wat je niet wist over de taal, de regels of je rechten: wie dat niet weet, is makkelijk te misleiden.
   *[other] Iemand maakte misbruik van wat de persoon niet wist over de taal, de regels of de eigen rechten: wie dat niet weet, is makkelijk te misleiden.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Het begon toen je je alleen voelde of problemen had thuis of op school: tienerpooiers zoeken jongeren in die situatie.
   *[other] Het begon toen de persoon zich alleen voelde of problemen had thuis of op school: tienerpooiers zoeken jongeren in die situatie.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Je voelt dat je geen nee kunt zeggen tegen die persoon: iemand afhankelijk maken is een manier om hem of haar te controleren.
   *[other] De persoon lijkt geen nee te kunnen zeggen: iemand afhankelijk maken is een manier om hem of haar te controleren.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Heel lange dagen of geen vrije dag: dat kan een teken van uitbuiting zijn, vooral samen met andere tekens.
   *[other] Heel lange dagen of geen vrije dag: dat kan een teken van uitbuiting zijn, vooral samen met andere tekens.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Weinig of geen loon voor je werk: dat kan een teken van uitbuiting zijn.
   *[other] Weinig of geen loon voor het werk: dat kan een teken van uitbuiting zijn.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Geen contract en in het zwart: dat betekent vaak geen verzekering en geen bescherming op het werk.
   *[other] Geen contract en in het zwart: dat betekent vaak geen verzekering en geen bescherming op het werk voor de persoon.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Gevaarlijk werk zonder bescherming: dat brengt je gezondheid in gevaar en kan een teken van uitbuiting zijn.
   *[other] Gevaarlijk werk zonder bescherming: dat brengt de gezondheid van de persoon in gevaar en kan een teken van uitbuiting zijn.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Een overvolle, vuile of onveilige slaapplek: zulke leefomstandigheden kunnen een teken van uitbuiting zijn.
   *[other] Een overvolle, vuile of onveilige slaapplek: zulke leefomstandigheden kunnen een teken van uitbuiting zijn.
}
checklist-indicator-no-school = { $perspective ->
    [me] Niet naar school gaan: een jongere heeft recht op onderwijs.
   *[other] Niet naar school gaan: een jongere heeft recht op onderwijs.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Iemand anders verdient geld aan je seksuele handelingen: de wet noemt dat seksuele uitbuiting, en onder 18 is het altijd uitbuiting.
   *[other] Iemand anders verdient geld aan de seksuele handelingen van de persoon: de wet noemt dat seksuele uitbuiting, en onder 18 is het altijd uitbuiting.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Iemand laat je seksuele beelden maken voor zijn of haar winst: dat is seksuele uitbuiting, ook online.
   *[other] Iemand laat de persoon seksuele beelden maken voor zijn of haar winst: dat is seksuele uitbuiting, ook online.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Die persoon vraagt je om seks te hebben met anderen: tienerpooiers doen dat, en onder 18 is het altijd uitbuiting.
   *[other] Die persoon vraagt de jongere om seks te hebben met anderen: tienerpooiers doen dat, en onder 18 is het altijd uitbuiting.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Je bent jonger dan 18 en betrokken bij seks, escort of seksuele beelden: voor een jongere is dat altijd uitbuiting, ook als je akkoord ging. Het is nooit jouw schuld.
   *[other] De persoon is jonger dan 18 en betrokken bij seks, escort of seksuele beelden: voor een jongere is dat altijd uitbuiting, ook met akkoord. Het is nooit zijn of haar schuld.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Je moet een vast bedrag van het bedelen afgeven: de wet noemt bedelen voor iemand anders uitbuiting.
   *[other] De persoon moet een vast bedrag van het bedelen afgeven: de wet noemt bedelen voor iemand anders uitbuiting.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Iemand anders houdt wat je misdrijven opbrengen: de wet noemt dat uitbuiting, en wie eraan verdient is verantwoordelijk.
   *[other] Iemand anders houdt wat de misdrijven van de persoon opbrengen: de wet noemt dat uitbuiting, en wie eraan verdient is verantwoordelijk.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Je moet in een huis blijven voor cannabisplanten: gedwongen worden om misdrijven te plegen voor anderen is volgens de wet uitbuiting.
   *[other] De persoon moet in een huis blijven voor cannabisplanten: gedwongen worden om misdrijven te plegen voor anderen is volgens de wet uitbuiting.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Je bent jonger dan 18 en iemand duwt je in misdrijven: voor een jongere is dat uitbuiting, ook als je akkoord ging.
   *[other] De persoon is jonger dan 18 en iemand duwt die in misdrijven: voor een jongere is dat uitbuiting, ook met akkoord.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Iemand weigert je identiteitspapieren terug te geven: zo houdt men iemand onder controle.
   *[other] Iemand weigert de identiteitspapieren van de persoon terug te geven: zo houdt men iemand onder controle.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Een schuld die nooit kleiner wordt: schulden worden vaak gebruikt om mensen te laten blijven werken.
   *[other] Een schuld die nooit kleiner wordt: schulden worden vaak gebruikt om mensen te laten blijven werken.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Iemand houdt je tegen, sluit je op of volgt je: dat neemt je vrijheid af.
   *[other] Iemand houdt de persoon tegen, sluit die op of volgt die: dat neemt diens vrijheid af.
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
    [me] Je zou gestraft worden als je stopte: werk dat je niet kunt verlaten is niet vrij gekozen.
   *[other] De persoon zou gestraft worden bij het stoppen: werk dat je niet kunt verlaten is niet vrij gekozen.
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
    [me] Iemand anders beslist over je advertenties, klanten of afspraken: iemand anders controleert dat werk, en dat kan een teken van uitbuiting zijn.
   *[other] Iemand anders beslist over de advertenties, klanten of afspraken van de persoon: iemand anders controleert dat werk, en dat kan een teken van uitbuiting zijn.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Iemand zegt je wat je moet zeggen tegen de politie, de overheid of je familie: zo verbergt men wat er gebeurt.
   *[other] Iemand zegt de persoon wat die moet zeggen tegen de politie, de overheid of de familie: zo verbergt men wat er gebeurt.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Dezelfde mensen geven je werk, woning en eten: dan wordt het heel moeilijk om nee te zeggen of weg te gaan.
   *[other] Dezelfde mensen geven de persoon werk, woning en eten: dan wordt het heel moeilijk om nee te zeggen of weg te gaan.
}
checklist-indicator-isolated = { $perspective ->
    [me] Iemand belet je om contact te hebben met familie en vrienden: alleen is het moeilijker om hulp te vinden.
   *[other] Iemand belet de persoon om contact te hebben met familie en vrienden: alleen is het moeilijker om hulp te vinden.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Je bent bang voor de politie of voor je verblijfssituatie: die angst wordt vaak gebruikt om mensen te doen zwijgen.
   *[other] De persoon is bang voor de politie of voor de verblijfssituatie: die angst wordt vaak gebruikt om mensen te doen zwijgen.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Geen eigen slaapplek: UNODC noemt dat een van de tekens van huisslavernij.
   *[other] Geen eigen slaapplek: UNODC noemt dat een van de tekens van huisslavernij.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Niet genoeg eten, of alleen restjes: UNODC noemt dat een van de tekens van huisslavernij.
   *[other] Niet genoeg eten, of alleen restjes: UNODC noemt dat een van de tekens van huisslavernij.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Gestraft omdat je te weinig terugbrengt: UNODC noemt dat een van de tekens van gedwongen bedelen en misdrijven.
   *[other] Gestraft omdat de persoon te weinig terugbrengt: UNODC noemt dat een van de tekens van gedwongen bedelen en misdrijven.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Naar de bedelplek gebracht en weer opgehaald: UNODC noemt dat rondbrengen een teken.
   *[other] Naar de bedelplek gebracht en weer opgehaald: UNODC noemt dat rondbrengen een teken.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Het begon met drugs: wie drugs nodig heeft, kan vast komen te zitten aan wie ze levert.
   *[other] Het begon met drugs: wie drugs nodig heeft, kan vast komen te zitten aan wie ze levert.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Het begon met een aanbod van makkelijk geld: zo worden mensen vaak in misdrijven voor anderen getrokken.
   *[other] Het begon met een aanbod van makkelijk geld: zo worden mensen vaak in misdrijven voor anderen getrokken.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] De persoon aan wie je denkt is veel ouder: Child Focus noemt dat een van de waarschuwingstekens.
   *[other] Het lief of de vriend(in) is veel ouder dan de jongere: Child Focus noemt dat een van de waarschuwingstekens.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Je krijgt geld of dure cadeaus: cadeaus kunnen gebruikt worden om iemand het gevoel te geven dat hij of zij iets schuldig is.
   *[other] De persoon krijgt geld of dure cadeaus: cadeaus kunnen gebruikt worden om iemand het gevoel te geven dat hij of zij iets schuldig is.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Die persoon wil dat je je vrienden of familie niet meer ziet: tienerpooiers snijden jongeren af van wie hen kan helpen.
   *[other] Die persoon wil dat de jongere vrienden of familie niet meer ziet: tienerpooiers snijden jongeren af van wie hen kan helpen.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nachten weg zonder te zeggen waar: Child Focus noemt dat een van de waarschuwingstekens.
   *[other] Nachten weg zonder te zeggen waar: Child Focus noemt dat een van de waarschuwingstekens.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hotels of onbekende appartementen met die persoon of diens vrienden: Child Focus noemt dat een van de waarschuwingstekens.
   *[other] Hotels of onbekende appartementen met die persoon of diens vrienden: Child Focus noemt dat een van de waarschuwingstekens.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Die persoon vraagt je om seksuele foto's van jezelf: zulke foto's worden later vaak gebruikt om een jongere te dwingen.
   *[other] Die persoon vraagt de jongere om seksuele foto's: zulke foto's worden later vaak gebruikt om een jongere te dwingen.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Die persoon zegt dat je de cadeaus terug moet betalen: een verzonnen schuld is een manier om een jongere te laten gehoorzamen.
   *[other] Die persoon zegt dat de jongere de cadeaus terug moet betalen: een verzonnen schuld is een manier om een jongere te laten gehoorzamen.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Een tatoeage met de naam van iemand: tienerpooiers gebruiken dat soms om een jongere als 'van hen' te merken.
   *[other] Een tatoeage met de naam van iemand: tienerpooiers gebruiken dat soms om een jongere als 'van hen' te merken.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Een tweede gsm van die persoon: zo kan die je bereiken zonder dat anderen het weten.
   *[other] Een tweede gsm van die persoon: zo kan die de jongere bereiken zonder dat anderen het weten.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Grote veranderingen in stemming: dat kan een teken zijn dat er iets heel erg mis is. Je verdient hulp.
   *[other] Grote veranderingen in stemming: dat kan een teken zijn dat er voor de jongere iets heel erg mis is.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] De laatste tijd veel alcohol of drugs: Child Focus noemt dat een van de waarschuwingstekens.
   *[other] De laatste tijd veel alcohol of drugs: Child Focus noemt dat een van de waarschuwingstekens.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Jezelf pijn doen, of eraan denken: je verdient nu hulp, wat er verder ook gebeurt.
   *[other] Zichzelf pijn doen, of erover praten: de jongere verdient nu hulp, wat er verder ook gebeurt.
}

## Checklist: resultaatniveaus

checklist-level-immediate-danger = Nu in gevaar
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Je zei dat je nu in gevaar bent. Als het veilig kan, bel nu om hulp. Je kunt later terugkomen naar de vragen.
   *[other] Je zei dat de persoon nu in gevaar is. Als het veilig kan, bel nu om hulp. Je kunt later terugkomen naar de vragen.
}
checklist-level-strong-signs = Sterke signalen
checklist-level-strong-signs-summary = { $perspective ->
    [me] Je antwoorden tonen duidelijke signalen van mensenhandel of uitbuiting. Dat is geen oordeel: een gespecialiseerd centrum kan samen met jou naar je situatie kijken.
   *[other] Je antwoorden tonen duidelijke signalen van mensenhandel of uitbuiting. Dat is geen oordeel: een gespecialiseerd centrum kan samen met jou naar de situatie kijken.
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
checklist-note-crisis = { $perspective ->
    [me] Als je eraan denkt jezelf pijn te doen, hoef je daar niet alleen mee te blijven. Bel 112 als er gevaar is. Een jongere kan Child Focus bellen op 116 000, gratis, dag en nacht. Lueur vermeldt nog geen zelfmoordpreventielijn: we hebben er nog geen in een bron gecontroleerd.
   *[other] Als de persoon eraan denkt zichzelf pijn te doen, moet die daar niet alleen mee blijven. Bel 112 als er gevaar is. Een jongere kan Child Focus bellen op 116 000, gratis, dag en nacht. Lueur vermeldt nog geen zelfmoordpreventielijn: we hebben er nog geen in een bron gecontroleerd.
}
checklist-note-minor = { $perspective ->
    [me] Je bent misschien jonger dan 18. Geld verdienen aan de seksuele handelingen, foto's of video's van een jongere is altijd uitbuiting, ook als die akkoord ging. Bij een jongere zijn dwang of leugens niet nodig om van mensenhandel te spreken. Er zijn diensten speciaal voor jongeren.
   *[other] De persoon is (misschien) jonger dan 18. Geld verdienen aan de seksuele handelingen, foto's of video's van een jongere is altijd uitbuiting, ook als die akkoord ging. Bij een jongere zijn dwang of leugens niet nodig om van mensenhandel te spreken. Er zijn diensten speciaal voor jongeren.
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
