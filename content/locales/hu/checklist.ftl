## Kérdések: képernyők és gombok

checklist-title = Nézd meg a jeleket
checklist-intro = Néhány kérdés, amelyre igennel, nemmel vagy „nem tudom biztosan” válasszal felelhetsz. Egy kérdést kihagyhatsz, vagy visszaléphetsz. A válaszaid ebben az alkalmazásban maradnak, és eltűnnek, amikor bezárod, hacsak nem döntesz úgy, hogy megtartod őket.
checklist-answer-yes = Igen
checklist-answer-no = Nem
checklist-answer-unsure = Nem tudom biztosan
checklist-skip = Kérdés kihagyása
checklist-back = Vissza
checklist-continue = Kérdések folytatása
checklist-progress = Kérdés: { $current } / { $total }
checklist-prompt = Írj be egy számot, és nyomd meg az Entert:
checklist-keep-answers = Válaszaim megtartása ezen a telefonon
checklist-keep-answers-hint = Ekkor bárki láthatja őket, aki meg tudja nyitni a Lueurt ezen a telefonon. Bármikor törölheted őket.
checklist-delete-answers = Válaszaim törlése erről a telefonról
checklist-answers-kept = A válaszaidat megtartottuk ezen a telefonon.
checklist-answers-deleted = A válaszaidat töröltük erről a telefonról.
checklist-saved-found = Korábban megtartottál válaszokat ezen a telefonon.
checklist-resume = Folytatás a megtartott válaszokkal
checklist-start-again = Újrakezdés
checklist-signs-heading = Mire utalnak a válaszok
checklist-element-present = A válaszok erre utalnak.
checklist-unsure-heading = Válaszok, amelyekben nem voltál biztos
checklist-notes-heading = Jó tudni
checklist-contacts-heading = Ki tud segíteni
checklist-steps-heading = Mit tehetsz most
checklist-grade-strong = erős jel
checklist-grade-medium = jel
checklist-grade-weak = gyenge jel
checklist-sources = Források: { $sources }
checklist-close = Bezárás
checklist-invalid-choice = Kérlek, a látható számok közül írj be egyet.
checklist-error-about = Mondd meg, kinek a helyzetéről van szó: „me” (én) vagy „other” (valaki más).
checklist-ignored = Ezekkel a válaszokkal nem kérdeztük, ezért nem számít bele: { $questions }

## Kérdések: következő lépések és elérhetőségek

checklist-action-call = Hívás – { $name }: { $number }
checklist-action-talk = Beszélj velük: { $name }
checklist-action-report = Bizalmas bejelentés előkészítése
checklist-action-report-hint = A Lueur rövid összefoglalót ír ezekről a válaszokról. Megváltoztathatod vagy törölheted.
checklist-action-read = Olvasd el: { $title }
checklist-contact-reason-emergency = Vészhelyzetben
checklist-contact-reason-minors = 18 év alatti fiataloknak
checklist-contact-reason-region = A közeledben
checklist-contact-reason-language = Beszéli a nyelvedet
checklist-contact-reason-centre = Az ilyen helyzetben lévők segítésére szakosodott
checklist-contact-reason-report = Helyzet bejelentéséhez

## Kérdések: összefoglaló egy bejelentéshez

checklist-summary-heading = { $perspective ->
    [me] Lueur-kérdések, a saját helyzetemről
   *[other] Lueur-kérdések, valakiről, akit ismerek
}
checklist-summary-level = Eredmény: { $level }
checklist-summary-minor = Az illető 18 év alatti lehet.
checklist-summary-signs = Jelek a válaszokban:
checklist-summary-unsure = Nem tudom biztosan:
checklist-summary-none = Egyetlen jelre sem érkezett igen válasz.

## Kérdések: hibák

checklist-error-unknown-question = Nincs „{ $question }” kérdés a kérdések között.
checklist-error-unknown-answer = „{ $answer }” nem lehetséges válasz erre a kérdésre.
checklist-error-not-current = Nem ez a kérdés van most a képernyőn.

## Kérdések: részek

checklist-module-entry = Első kérdések
checklist-module-general = A helyzet
checklist-module-sexual = Szex, escort és online
checklist-module-labour = Munka
checklist-module-domestic = Munka egy háztartásban
checklist-module-begging = Koldulás
checklist-module-criminality = Bűncselekmények valaki másnak
checklist-module-teen-pimps = Egy kapcsolat, amely rossz érzést kelt
checklist-module-closing = Utolsó kérdés

## Kérdések: első kérdések

checklist-q-about = Kiről van szó?
checklist-q-about-me = Rólam
checklist-q-about-other = Valakiről, akit ismerek
checklist-q-danger-now = { $perspective ->
    [me] Most veszélyben vagy, vagy attól félsz, hogy valaki nagyon hamar bántani fog?
   *[other] Az illető most veszélyben van, vagy attól fél, hogy valaki nagyon hamar bántani fogja?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Most be vagy zárva valahová, vagy akaratod ellenére tartanak ott?
   *[other] Az illető most be van zárva valahová, vagy akarata ellenére tartják ott?
}
checklist-q-under-18 = { $perspective ->
    [me] 18 évesnél fiatalabb vagy?
   *[other] Az illető 18 évesnél fiatalabb?
}
checklist-q-situation = { $perspective ->
    [me] Főleg miről szól a helyzeted?
   *[other] Főleg miről szól az illető helyzete?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Szex, escort, szexuális képek vagy videók, online is
   *[other] Szex, escort, szexuális képek vagy videók, online is
}
checklist-q-situation-labour = { $perspective ->
    [me] Munka: például étteremben, építkezésen, gazdaságban, boltban
   *[other] Munka: például étteremben, építkezésen, gazdaságban, boltban
}
checklist-q-situation-domestic = { $perspective ->
    [me] Munka valakinek az otthonában: takarítás, főzés, gyerekfelügyelet
   *[other] Munka valakinek az otthonában: takarítás, főzés, gyerekfelügyelet
}
checklist-q-situation-begging = { $perspective ->
    [me] Koldulás az utcán
   *[other] Koldulás az utcán
}
checklist-q-situation-criminality = { $perspective ->
    [me] Lopnom, drogot árulnom vagy más módon törvényt szegnem kell
   *[other] Lopnia, drogot árulnia vagy más módon törvényt szegnie kell
}
checklist-q-situation-relationship = { $perspective ->
    [me] Egy barát vagy barátnő, aki egyre többet kér: pénzt, szexet, képeket vagy időt távol az otthontól és az iskolától
   *[other] Egy barát vagy barátnő, aki egyre többet kér az illetőtől: pénzt, szexet, képeket vagy időt távol az otthontól és az iskolától
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Nem tudom biztosan, vagy valami más
   *[other] Nem tudom biztosan, vagy valami más
}

## Kérdések minden helyzethez

checklist-q-g-act-arranged = { $perspective ->
    [me] Valaki más találta vagy intézte neked ezt a munkát vagy tevékenységet?
   *[other] Valaki más találta vagy intézte az illetőnek ezt a munkát vagy tevékenységet?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Valaki elhozott oda, ahol most vagy, vagy megszervezte az utadat?
   *[other] Valaki elhozta az illetőt oda, ahol most van, vagy megszervezte az útját?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Az, akinek dolgozol, vagy valaki, aki vele dolgozik, dönti el, hol alszol?
   *[other] Az, akinek az illető dolgozik, vagy valaki, aki vele dolgozik, dönti el, hol alszik az illető?
}
checklist-q-g-promised-other = { $perspective ->
    [me] A munkád vagy a helyzeted nagyon más, mint amit ígértek neked?
   *[other] Az illető munkája vagy helyzete nagyon más, mint amit ígértek neki?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Hazudtak neked a fizetésről, a munkaidőről vagy a lakhatásról?
   *[other] Hazudtak az illetőnek a fizetésről, a munkaidőről vagy a lakhatásról?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Ígért neked valaki papírokat vagy legális tartózkodást, amit soha nem kaptál meg?
   *[other] Ígért valaki az illetőnek papírokat vagy legális tartózkodást, amit soha nem kapott meg?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Megütött vagy bántott valaki, hogy idejöjj, vagy elkezdd ezt a munkát?
   *[other] Megütötte vagy bántotta valaki az illetőt, hogy idejöjjön, vagy elkezdje ezt a munkát?
}
checklist-q-g-taken = { $perspective ->
    [me] Az elején erővel elvittek, vagy akaratod ellenére fogva tartottak?
   *[other] Az elején erővel elvitték az illetőt, vagy akarata ellenére fogva tartották?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Megfenyegettek, hogy idejöjj, vagy elkezdd ezt a munkát?
   *[other] Megfenyegették az illetőt, hogy idejöjjön, vagy elkezdje ezt a munkát?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Amikor elkezdődött, kihasználta valaki, hogy nagyon nehéz időszak volt az életedben, például nem volt pénzed vagy otthonod?
   *[other] Amikor elkezdődött, kihasználta valaki, hogy nagyon nehéz időszak volt az illető életében, például nem volt pénze vagy otthona?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Kihasználta valaki, hogy nincsenek papírjaid a belgiumi tartózkodáshoz, hogy ebbe belerángasson?
   *[other] Kihasználta valaki, hogy az illetőnek nincsenek papírjai a belgiumi tartózkodáshoz, hogy ebbe belerángassa?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Kihasználta valaki, hogy nem ismerted az itteni nyelvet, szabályokat vagy a jogaidat?
   *[other] Kihasználta valaki, hogy az illető nem ismerte az itteni nyelvet, szabályokat vagy a jogait?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Gyakran dolgozol nagyon hosszú napokat, vagy a hét mind a hét napján?
   *[other] Az illető gyakran dolgozik nagyon hosszú napokat, vagy a hét mind a hét napján?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Kevés pénzt kapsz vagy semmit azért, amit csinálsz?
   *[other] Az illető kevés pénzt kap vagy semmit azért, amit csinál?
}
checklist-q-g-housing = { $perspective ->
    [me] A hely, ahol alszol, zsúfolt, piszkos vagy nem biztonságos?
   *[other] A hely, ahol az illető alszik, zsúfolt, piszkos vagy nem biztonságos?
}
checklist-q-g-documents = { $perspective ->
    [me] Valaki nem adja vissza az útleveledet vagy a személyi igazolványodat, amikor kéred?
   *[other] Valaki nem adja vissza az illető útlevelét vagy személyi igazolványát, amikor kéri?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Valaki nem enged elmenni, bezár, vagy követ, amikor kimész?
   *[other] Valaki nem engedi elmenni az illetőt, bezárja, vagy követi, amikor kimegy?
}
checklist-q-g-debt = { $perspective ->
    [me] Tartozol pénzzel azoknak, akiknek dolgozol, vagy azoknak, akik idehoztak?
   *[other] Az illető tartozik pénzzel azoknak, akiknek dolgozik, vagy azoknak, akik idehozták?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Ez a tartozás ugyanannyi marad vagy nő, bármit fizetsz vagy teszel?
   *[other] Ez a tartozás ugyanannyi marad vagy nő, bármit fizet vagy tesz az illető?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Ez a tartozás az utad, a munkád vagy a lakhatásod költségével kezdődött?
   *[other] Ez a tartozás az illető útjának, munkájának vagy lakhatásának költségével kezdődött?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Valaki más elveszi az összes vagy majdnem az összes pénzt, amit keresel?
   *[other] Valaki más elveszi az összes vagy majdnem az összes pénzt, amit az illető keres?
}
checklist-q-g-threats = { $perspective ->
    [me] Megfenyegetett valaki téged vagy a családodat?
   *[other] Megfenyegette valaki az illetőt vagy a családját?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Mondta valaki, hogy feljelent a rendőrségen vagy a bevándorlási hivatalnál, ha nem engedelmeskedsz?
   *[other] Mondta valaki, hogy feljelenti az illetőt a rendőrségen vagy a bevándorlási hivatalnál, ha nem engedelmeskedik?
}
checklist-q-g-violence = { $perspective ->
    [me] Megütött, bántott vagy szexuális cselekményre kényszerített valaki?
   *[other] Megütötte, bántotta vagy szexuális cselekményre kényszerítette valaki az illetőt?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Ha abba akarnád hagyni, megbüntetne valaki, vagy rosszabbá tenné a helyzetedet?
   *[other] Ha az illető abba akarná hagyni, megbüntetné valaki, vagy rosszabbá tenné a helyzetét?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Megmondta neked valaki, mit mondj a rendőrségnek, a hivataloknak vagy a családodnak?
   *[other] Megmondta valaki az illetőnek, mit mondjon a rendőrségnek, a hivataloknak vagy a családjának?
}
checklist-q-g-dependent = { $perspective ->
    [me] Ugyanazoktól az emberektől függsz a munka, a lakhatás és az étel miatt?
   *[other] Az illető ugyanazoktól az emberektől függ a munka, a lakhatás és az étel miatt?
}
checklist-q-g-isolated = { $perspective ->
    [me] Valaki nem engedi, hogy kapcsolatba lépj a családoddal vagy a barátaiddal?
   *[other] Valaki nem engedi, hogy az illető kapcsolatba lépjen a családjával vagy a barátaival?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Félsz segítséget kérni a rendőrségtől, például a papírjaid miatt?
   *[other] Az illető fél segítséget kérni a rendőrségtől, például a papírjai miatt?
}

## Kérdések: szex, escort és online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Valaki arra kényszerít, hogy ügyfelekkel találkozz, vagy olyan szexuális dolgokat csinálj, amelyeket nem akarsz?
   *[other] Valaki arra kényszeríti az illetőt, hogy ügyfelekkel találkozzon, vagy olyan szexuális dolgokat csináljon, amelyeket nem akar?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Valaki más kapja meg a pénz nagy részét, amit az ügyfeleid fizetnek?
   *[other] Valaki más kapja meg a pénz nagy részét, amit az illető ügyfelei fizetnek?
}
checklist-q-s-organised = { $perspective ->
    [me] Valaki más adja fel a hirdetéseidet, választja ki az ügyfeleidet, vagy szervezi az escort-találkozóidat?
   *[other] Valaki más adja fel az illető hirdetéseit, választja ki az ügyfeleit, vagy szervezi az escort-találkozóit?
}
checklist-q-s-images = { $perspective ->
    [me] Valaki arra kényszerít, hogy szexuális képeket vagy videókat készíts, vagy kamera előtt szexuális dolgokat csinálj, hogy ő pénzt keressen vele?
   *[other] Valaki arra kényszeríti az illetőt, hogy szexuális képeket vagy videókat készítsen, vagy kamera előtt szexuális dolgokat csináljon, hogy ő pénzt keressen vele?
}

## Kérdések: munka

checklist-q-l-contract = { $perspective ->
    [me] Szerződés nélkül vagy feketén dolgozol?
   *[other] Az illető szerződés nélkül vagy feketén dolgozik?
}
checklist-q-l-hazard = { $perspective ->
    [me] Veszélyes a munka, védőfelszerelés vagy betanítás nélkül?
   *[other] Veszélyes az illető munkája, védőfelszerelés vagy betanítás nélkül?
}
checklist-q-l-live-in = { $perspective ->
    [me] Azoknak az otthonában laksz, akiknek dolgozol?
   *[other] Az illető azoknak az otthonában lakik, akiknek dolgozik?
}

## Kérdések: munka egy háztartásban

checklist-q-d-sleep-place = { $perspective ->
    [me] Olyan helyen kell aludnod, ahol semmi magánszféra nincs, például a konyhában, a folyosón vagy a földön?
   *[other] Az illetőnek olyan helyen kell aludnia, ahol semmi magánszféra nincs, például a konyhában, a folyosón vagy a földön?
}
checklist-q-d-food = { $perspective ->
    [me] Nem kapsz elég ételt, vagy csak a maradékot kapod?
   *[other] Az illető nem kap elég ételt, vagy csak a maradékot kapja?
}

## Kérdések: koldulás

checklist-q-b-quota = { $perspective ->
    [me] Minden nap egy meghatározott összeget kell vinned valakinek?
   *[other] Az illetőnek minden nap egy meghatározott összeget kell vinnie valakinek?
}
checklist-q-b-punished = { $perspective ->
    [me] Megbüntetnek, ha túl keveset viszel vissza?
   *[other] Megbüntetik az illetőt, ha túl keveset visz vissza?
}
checklist-q-b-brought = { $perspective ->
    [me] Valaki autóval elvisz oda, ahol koldulsz, és utána érted jön?
   *[other] Valaki autóval elviszi az illetőt oda, ahol koldul, és utána érte jön?
}
checklist-q-b-school = { $perspective ->
    [me] Iskola helyett koldulsz?
   *[other] Az illető iskola helyett koldul?
}

## Kérdések: bűncselekmények kényszer alatt

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Azzal kezdődött, hogy valaki drogot adott neked, vagy elérte, hogy szükséged legyen rá?
   *[other] Azzal kezdődött, hogy valaki drogot adott az illetőnek, vagy elérte, hogy szüksége legyen rá?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Azzal kezdődött, hogy valaki könnyű pénzt ajánlott neked?
   *[other] Azzal kezdődött, hogy valaki könnyű pénzt ajánlott az illetőnek?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Egy tartozással kezdődött, amelyet azt mondták, így kell letörlesztened?
   *[other] Egy tartozással kezdődött, amelyet azt mondták az illetőnek, így kell letörlesztenie?
}
checklist-q-c-made-to = { $perspective ->
    [me] Rákényszerítenek, hogy lopj, drogot árulj, vagy más módon törvényt szegj valaki másnak?
   *[other] Rákényszerítik az illetőt, hogy lopjon, drogot áruljon, vagy más módon törvényt szegjen valaki másnak?
}
checklist-q-c-profits = { $perspective ->
    [me] Valaki más tartja meg a pénzt vagy a dolgokat, amelyeket hozol?
   *[other] Valaki más tartja meg a pénzt vagy a dolgokat, amelyeket az illető hoz?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Egy házban kell maradnod, hogy kannabisznövényekre vigyázz?
   *[other] Az illetőnek egy házban kell maradnia, hogy kannabisznövényekre vigyázzon?
}

## Kérdések: egy kapcsolat, amely rossz érzést kelt (fiatalokat futtatók)

checklist-q-t-older = { $perspective ->
    [me] Az, akire gondolsz, sokkal idősebb nálad?
   *[other] Ez a barát vagy barátnő sokkal idősebb a fiatalnál?
}
checklist-q-t-gifts = { $perspective ->
    [me] Ez a személy pénzt, drága ajándékokat vagy telefont ad neked?
   *[other] Ez a személy pénzt, drága ajándékokat vagy telefont ad a fiatalnak?
}
checklist-q-t-love = { $perspective ->
    [me] Ez a személy szerelmet vagy közös jövőt ígért neked, és nem tartotta be az ígéretét?
   *[other] Ez a személy szerelmet vagy közös jövőt ígért a fiatalnak, és nem tartotta be az ígéretét?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Ez a személy akkor jelent meg az életedben, amikor magányos voltál, vagy gondjaid voltak otthon vagy az iskolában?
   *[other] Ez a személy akkor jelent meg a fiatal életében, amikor magányos volt, vagy gondjai voltak otthon vagy az iskolában?
}
checklist-q-t-need = { $perspective ->
    [me] Úgy érzed, annyira szükséged van erre a személyre, hogy nem tudsz nemet mondani neki?
   *[other] Úgy tűnik, a fiatalnak annyira szüksége van erre a személyre, hogy nem tud nemet mondani neki?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Ez a személy azt akarja, hogy ne találkozz többé a barátaiddal vagy a családoddal?
   *[other] Ez a személy azt akarja, hogy a fiatal ne találkozzon többé a barátaival vagy a családjával?
}
checklist-q-t-nights = { $perspective ->
    [me] Éjszakára távol maradsz otthonról, és nem mondod meg, hol vagy?
   *[other] A fiatal éjszakára távol marad otthonról, és nem mondja meg, hol van?
}
checklist-q-t-hotels = { $perspective ->
    [me] Jársz olyan szállodákba vagy lakásokba, amelyeket nem ismersz, ezzel a személlyel vagy a barátaival?
   *[other] A fiatal jár olyan szállodákba vagy lakásokba, amelyeket nem ismer, ezzel a személlyel vagy a barátaival?
}
checklist-q-t-school = { $perspective ->
    [me] Gyakran hiányzol az iskolából?
   *[other] A fiatal gyakran hiányzik az iskolából?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Kérte tőled ez a személy, hogy szexelj más emberekkel?
   *[other] Kérte ez a személy a fiataltól, hogy szexeljen más emberekkel?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Kért tőled ez a személy rólad készült szexuális képeket vagy videókat?
   *[other] Kért ez a személy a fiataltól róla készült szexuális képeket vagy videókat?
}
checklist-q-t-owe = { $perspective ->
    [me] Azt mondja ez a személy, hogy pénzzel tartozol neki az ajándékokért vagy más dolgokért?
   *[other] Azt mondja ez a személy, hogy a fiatal pénzzel tartozik neki az ajándékokért vagy más dolgokért?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Van tetoválásod ennek a személynek a nevével vagy jelével?
   *[other] Van a fiatalnak tetoválása ennek a személynek a nevével vagy jelével?
}
checklist-q-t-phones = { $perspective ->
    [me] Van egy második telefonod, amelyet ez a személy adott neked?
   *[other] Van a fiatalnak egy második telefonja, amelyet ez a személy adott neki?
}
checklist-q-t-mood = { $perspective ->
    [me] Sokat változott mostanában a hangulatod?
   *[other] Sokat változott mostanában a fiatal hangulata?
}
checklist-q-t-drugs = { $perspective ->
    [me] Mostanában sokat iszol, vagy drogozol?
   *[other] Mostanában a fiatal sokat iszik, vagy drogozik?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Bántod magad, vagy gondolsz rá?
   *[other] A fiatal bántja magát, vagy beszél róla?
}

## Kérdések: utolsó kérdés

checklist-q-region = { $perspective ->
    [me] Hol vagy Belgiumban? Így egy hozzád közeli központot tudunk mutatni.
   *[other] Hol van az illető Belgiumban? Így egy közeli központot tudunk mutatni.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brüsszel
   *[other] Brüsszel
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandria
   *[other] Flandria
}
checklist-q-region-wallonia = { $perspective ->
    [me] Vallónia
   *[other] Vallónia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Kelet-Belgium (Németajkú Közösség)
   *[other] Kelet-Belgium (Németajkú Közösség)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Inkább nem mondom meg
   *[other] Inkább nem mondom meg, vagy nem tudom
}

## Kérdések: elemek (a jelek csoportjai)

checklist-element-act = Valaki elintézte, szállította vagy elszállásolta az illetőt
checklist-element-deceptive-recruitment = Hazugság az elején
checklist-element-coercive-recruitment = Erőszak az elején
checklist-element-vulnerability-recruitment = Nehéz helyzet kihasználása az elején
checklist-element-exploitative-conditions = Kizsákmányolás: munka vagy élet igazságtalan feltételekkel
checklist-element-exploitation-in-law = A törvény által megnevezett kizsákmányolás: szex, koldulás vagy bűncselekmények valaki másnak
checklist-element-coercion-destination = Ellenőrzés és kényszer most
checklist-element-vulnerability-destination = Nehéz helyzet kihasználása most
checklist-element-other-signs = Egyéb jelek (UNODC), nem számítanak ILO-mutatónak
checklist-element-warning-signs = Figyelmeztető jelek fiataloknál (Child Focus), nem ILO-mutatók

## Kérdések: a jelek magyarázata

checklist-indicator-act-recruited = { $perspective ->
    [me] Valaki más találta vagy intézte ezt neked: a jogi meghatározásban ez egy ember toborzása.
   *[other] Valaki más találta vagy intézte ezt az illetőnek: a jogi meghatározásban ez egy ember toborzása.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Valaki idehozott, vagy megszervezte az utadat: a jogi meghatározásban ez egy ember szállítása.
   *[other] Valaki idehozta az illetőt, vagy megszervezte az útját: a jogi meghatározásban ez egy ember szállítása.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Akiknek dolgozol, azok döntik el, hol alszol: a jogi meghatározásban ez egy ember elszállásolása.
   *[other] Akiknek az illető dolgozik, azok döntik el, hol alszik: a jogi meghatározásban ez egy ember elszállásolása.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] A munka vagy a helyzet nagyon más, mint amit ígértek neked: az elején hazudni gyakori módja annak, hogy embereket kizsákmányolásba vigyenek.
   *[other] A munka vagy a helyzet nagyon más, mint amit az illetőnek ígértek: az elején hazudni gyakori módja annak, hogy embereket kizsákmányolásba vigyenek.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Hazudtak neked a fizetésről, a munkaidőről vagy a lakhatásról: a hamis ígéretek miatt az emberek olyan feltételeket is elfogadnak, amelyeket különben elutasítanának.
   *[other] Hazudtak az illetőnek a fizetésről, a munkaidőről vagy a lakhatásról: a hamis ígéretek miatt az emberek olyan feltételeket is elfogadnak, amelyeket különben elutasítanának.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Papírokat ígértek neked, amelyek nem jöttek meg: ezzel az ígérettel gyakran érik el, hogy az emberek várjanak és engedelmeskedjenek.
   *[other] Papírokat ígértek az illetőnek, amelyek nem jöttek meg: ezzel az ígérettel gyakran érik el, hogy az emberek várjanak és engedelmeskedjenek.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Valaki szerelmet vagy közös jövőt ígért neked: a fiatalokat futtatók gyakran így kezdik, hogy elnyerjék a bizalmat.
   *[other] Valaki szerelmet vagy közös jövőt ígért az illetőnek: a fiatalokat futtatók gyakran így kezdik, hogy elnyerjék a bizalmat.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Megütöttek vagy bántottak, hogy elkezdd: ez komoly jel, hogy nem szabadon döntöttél.
   *[other] Megütötték vagy bántották az illetőt, hogy elkezdje: ez komoly jel, hogy nem szabadon döntött.
}
checklist-indicator-abducted = { $perspective ->
    [me] Az elején erővel elvittek, vagy akaratod ellenére fogva tartottak: ezt senki sem teheti meg veled.
   *[other] Az elején erővel elvitték az illetőt, vagy akarata ellenére fogva tartották: ezt senki sem teheti meg senkivel.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Megfenyegettek, hogy elkezdd: a félelem elveheti a választás lehetőségét.
   *[other] Megfenyegették az illetőt, hogy elkezdje: a félelem elveheti a választás lehetőségét.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] A tartozás az úttal vagy a munkával kezdődött: az ilyen tartozással gyakran kötnek egy embert azokhoz, akik idehozzák.
   *[other] A tartozás az úttal vagy a munkával kezdődött: az ilyen tartozással gyakran kötnek egy embert azokhoz, akik idehozzák.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Akkor kezdődött, amikor nem volt pénzed, papírod vagy otthonod: akik másokat kizsákmányolnak, nehéz helyzetben lévő embereket keresnek.
   *[other] Akkor kezdődött, amikor az illetőnek nem volt pénze, papírja vagy otthona: akik másokat kizsákmányolnak, nehéz helyzetben lévő embereket keresnek.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Valaki kihasználta, hogy nincsenek papírjaid, hogy ebbe belerángasson: a papírok nélküli embereket könnyű megfenyegetni, és a kizsákmányolók ezt kihasználják.
   *[other] Valaki kihasználta, hogy az illetőnek nincsenek papírjai, hogy ebbe belerángassa: a papírok nélküli embereket könnyű megfenyegetni, és a kizsákmányolók ezt kihasználják.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Valaki kihasználta, hogy nem ismerted a nyelvet, a szabályokat vagy a jogaidat: aki nem tudja ezeket, azt könnyű félrevezetni.
   *[other] Valaki kihasználta, hogy az illető nem ismerte a nyelvet, a szabályokat vagy a jogait: aki nem tudja ezeket, azt könnyű félrevezetni.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Akkor kezdődött, amikor magányos voltál, vagy gondjaid voltak otthon vagy az iskolában: a fiatalokat futtatók ilyen helyzetben lévő fiatalokat keresnek.
   *[other] Akkor kezdődött, amikor az illető magányos volt, vagy gondjai voltak otthon vagy az iskolában: a fiatalokat futtatók ilyen helyzetben lévő fiatalokat keresnek.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Úgy érzed, nem tudsz nemet mondani ennek a személynek: ha valakit függővé tesznek, azzal irányítják.
   *[other] Úgy tűnik, az illető nem tud nemet mondani: ha valakit függővé tesznek, azzal irányítják.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Nagyon hosszú napok, vagy egyetlen szabadnap sincs: ez a kizsákmányolás jele lehet, főleg más jelekkel együtt.
   *[other] Nagyon hosszú napok, vagy egyetlen szabadnap sincs: ez a kizsákmányolás jele lehet, főleg más jelekkel együtt.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Kevés vagy semmi fizetés a munkádért: ez a kizsákmányolás jele lehet.
   *[other] Kevés vagy semmi fizetés a munkáért: ez a kizsákmányolás jele lehet.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Nincs szerződés, és nincs bejelentve: ez gyakran azt jelenti, hogy nincs biztosítás és nincs védelem a munkában.
   *[other] Nincs szerződés, és nincs bejelentve: ez gyakran azt jelenti, hogy az illetőnek nincs biztosítása és nincs védelme a munkában.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Veszélyes munka védelem nélkül: ez veszélybe sodorja az egészségedet, és a kizsákmányolás jele lehet.
   *[other] Veszélyes munka védelem nélkül: ez veszélybe sodorja az illető egészségét, és a kizsákmányolás jele lehet.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Zsúfolt, piszkos vagy nem biztonságos hely az alváshoz: az ilyen életkörülmények a kizsákmányolás jelei lehetnek.
   *[other] Zsúfolt, piszkos vagy nem biztonságos hely az alváshoz: az ilyen életkörülmények a kizsákmányolás jelei lehetnek.
}
checklist-indicator-no-school = { $perspective ->
    [me] Hiányzás az iskolából: egy fiatalnak joga van iskolába járni.
   *[other] Hiányzás az iskolából: egy fiatalnak joga van iskolába járni.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Valaki más pénzt keres a szexuális cselekményeiden: a törvény ezt szexuális kizsákmányolásnak nevezi, és 18 év alatt ez mindig kizsákmányolás.
   *[other] Valaki más pénzt keres az illető szexuális cselekményein: a törvény ezt szexuális kizsákmányolásnak nevezi, és 18 év alatt ez mindig kizsákmányolás.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Valaki arra kényszerít, hogy szexuális képeket vagy videókat készíts, hogy ő pénzt keressen velük: ez szexuális kizsákmányolás, online is.
   *[other] Valaki arra kényszeríti az illetőt, hogy szexuális képeket vagy videókat készítsen, hogy ő pénzt keressen velük: ez szexuális kizsákmányolás, online is.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Ez a személy azt kéri, hogy szexelj más emberekkel: a fiatalokat futtatók ezt teszik, és 18 év alatt ez mindig kizsákmányolás.
   *[other] Ez a személy azt kéri a fiataltól, hogy szexeljen más emberekkel: a fiatalokat futtatók ezt teszik, és 18 év alatt ez mindig kizsákmányolás.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] 18 évesnél fiatalabb vagy, és szexről, escortról vagy szexuális képekről van szó: egy fiatalnál ez mindig kizsákmányolás, akkor is, ha beleegyeztél. Soha nem a te hibád.
   *[other] Az illető 18 évesnél fiatalabb, és szexről, escortról vagy szexuális képekről van szó: egy fiatalnál ez mindig kizsákmányolás, akkor is, ha beleegyezett. Soha nem az ő hibája.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] A koldulásból egy meghatározott összeget le kell adnod: a törvény a valaki másnak végzett koldulást kizsákmányolásnak nevezi.
   *[other] Az illetőnek a koldulásból egy meghatározott összeget le kell adnia: a törvény a valaki másnak végzett koldulást kizsákmányolásnak nevezi.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Valaki más tartja meg, amit a bűncselekményeid hoznak: a törvény ezt kizsákmányolásnak nevezi, és azok a hibásak, akik hasznot húznak belőle.
   *[other] Valaki más tartja meg, amit az illető bűncselekményei hoznak: a törvény ezt kizsákmányolásnak nevezi, és azok a hibásak, akik hasznot húznak belőle.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Egy házban kell maradnod, hogy kannabisznövényekre vigyázz: ha valakit arra kényszerítenek, hogy másoknak bűncselekményt kövessen el, az a törvény szerint kizsákmányolás.
   *[other] Az illetőnek egy házban kell maradnia, hogy kannabisznövényekre vigyázzon: ha valakit arra kényszerítenek, hogy másoknak bűncselekményt kövessen el, az a törvény szerint kizsákmányolás.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] 18 évesnél fiatalabb vagy, és valaki bűncselekményekbe hajszol: egy fiatalnál ez kizsákmányolás, bármibe is egyeztél bele.
   *[other] Az illető 18 évesnél fiatalabb, és valaki bűncselekményekbe hajszolja: egy fiatalnál ez kizsákmányolás, bármibe is egyezett bele.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Valaki nem adja vissza a személyi irataidat: ez egy ember irányításának egyik módja.
   *[other] Valaki nem adja vissza az illető személyi iratait: ez egy ember irányításának egyik módja.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Egy tartozás, amely soha nem lesz kisebb: a tartozásokkal gyakran érik el, hogy az emberek tovább dolgozzanak.
   *[other] Egy tartozás, amely soha nem lesz kisebb: a tartozásokkal gyakran érik el, hogy az emberek tovább dolgozzanak.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Valaki nem enged elmenni, bezár vagy követ: ez elveszi a szabadságodat.
   *[other] Valaki nem engedi elmenni az illetőt, bezárja vagy követi: ez elveszi a szabadságát.
}
checklist-indicator-violence = { $perspective ->
    [me] Valaki bánt, vagy szexuális cselekményre kényszerít: ez erőszak, és soha nem a te hibád.
   *[other] Valaki bántja az illetőt, vagy szexuális cselekményre kényszeríti: ez erőszak, és soha nem az ő hibája.
}
checklist-indicator-threats = { $perspective ->
    [me] Fenyegetés ellened vagy a családod ellen: a félelemmel érik el, hogy az emberek engedelmeskedjenek.
   *[other] Fenyegetés az illető vagy a családja ellen: a félelemmel érik el, hogy az emberek engedelmeskedjenek.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Fenyegetés, hogy feljelentenek a rendőrségen vagy a bevándorlási hivatalnál: ezzel hallgattatják el az embereket.
   *[other] Fenyegetés, hogy feljelentik az illetőt a rendőrségen vagy a bevándorlási hivatalnál: ezzel hallgattatják el az embereket.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Megbüntetnének, ha abbahagynád: egy munka, amelyet nem hagyhatsz ott, nem szabadon választott munka.
   *[other] Az illetőt megbüntetnék, ha abbahagyná: egy munka, amelyet nem hagyhatsz ott, nem szabadon választott munka.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Valaki más elveszi a pénzt, amit keresel: így egy ember függő helyzetben marad.
   *[other] Valaki más elveszi a pénzt, amit az illető keres: így egy ember függő helyzetben marad.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Rákényszerítenek, hogy valaki másnak törvényt szegj: ez a kizsákmányolás egyik formája lehet, amelyben azok a hibásak, akik hasznot húznak belőle.
   *[other] Rákényszerítik az illetőt, hogy valaki másnak törvényt szegjen: ez a kizsákmányolás egyik formája lehet, amelyben azok a hibásak, akik hasznot húznak belőle.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Nem mondhatsz nemet egy ügyfélnek vagy egy szexuális cselekménynek: ez annak a jele, hogy valaki irányít.
   *[other] Az illető nem mondhat nemet egy ügyfélnek vagy egy szexuális cselekménynek: ez annak a jele, hogy valaki irányítja.
}
checklist-indicator-under-control = { $perspective ->
    [me] Valaki más dönt a hirdetéseidről, ügyfeleidről vagy találkozóidról: valaki más irányítja a munkát, és ez a kizsákmányolás jele lehet.
   *[other] Valaki más dönt az illető hirdetéseiről, ügyfeleiről vagy találkozóiról: valaki más irányítja a munkát, és ez a kizsákmányolás jele lehet.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Valaki megmondja, mit mondj a rendőrségnek, a hivataloknak vagy a családodnak: ezzel rejtik el, ami történik.
   *[other] Valaki megmondja az illetőnek, mit mondjon a rendőrségnek, a hivataloknak vagy a családnak: ezzel rejtik el, ami történik.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Ugyanazok az emberek adnak neked munkát, lakást és ételt: így nagyon nehéz nemet mondani vagy elmenni.
   *[other] Ugyanazok az emberek adnak az illetőnek munkát, lakást és ételt: így nagyon nehéz nemet mondani vagy elmenni.
}
checklist-indicator-isolated = { $perspective ->
    [me] Valaki nem engedi, hogy kapcsolatba lépj a családdal és a barátokkal: egyedül nehezebb segítséget kapni.
   *[other] Valaki nem engedi, hogy az illető kapcsolatba lépjen a családdal és a barátokkal: egyedül nehezebb segítséget kapni.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Félsz a rendőrségtől, vagy a papírjaid helyzete miatt: ezzel a félelemmel gyakran hallgattatják el az embereket.
   *[other] Az illető fél a rendőrségtől, vagy a papírjai helyzete miatt: ezzel a félelemmel gyakran hallgattatják el az embereket.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Nincs saját hely az alváshoz: az UNODC ezt a háztartási szolgaság jelei között említi.
   *[other] Nincs saját hely az alváshoz: az UNODC ezt a háztartási szolgaság jelei között említi.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Nem elég étel, vagy csak maradék: az UNODC ezt a háztartási szolgaság jelei között említi.
   *[other] Nem elég étel, vagy csak maradék: az UNODC ezt a háztartási szolgaság jelei között említi.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Büntetés, ha túl keveset viszel vissza: az UNODC ezt a kényszerkoldulás és a kényszerített bűnözés jelei között említi.
   *[other] Büntetés, ha az illető túl keveset visz vissza: az UNODC ezt a kényszerkoldulás és a kényszerített bűnözés jelei között említi.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Autóval visznek oda, ahol koldulsz, és utána érted jönnek: az UNODC az ilyen szállítgatást jelnek tartja.
   *[other] Autóval viszik oda az illetőt, ahol koldul, és utána érte jönnek: az UNODC az ilyen szállítgatást jelnek tartja.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Droggal kezdődött: a drog iránti szükséglet egy embert azokhoz köthet, akik a drogot adják.
   *[other] Droggal kezdődött: a drog iránti szükséglet egy embert azokhoz köthet, akik a drogot adják.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Egy könnyű pénzről szóló ajánlattal kezdődött: így szokták gyakran bevonni az embereket a másoknak elkövetett bűncselekményekbe.
   *[other] Egy könnyű pénzről szóló ajánlattal kezdődött: így szokták gyakran bevonni az embereket a másoknak elkövetett bűncselekményekbe.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Az, akire gondolsz, sokkal idősebb: a Child Focus ezt a figyelmeztető jelek között említi.
   *[other] A barát vagy barátnő sokkal idősebb a fiatalnál: a Child Focus ezt a figyelmeztető jelek között említi.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Pénzt vagy drága ajándékokat kapsz: az ajándékokkal el lehet érni, hogy valaki úgy érezze, tartozik.
   *[other] Az illető pénzt vagy drága ajándékokat kap: az ajándékokkal el lehet érni, hogy valaki úgy érezze, tartozik.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Ez a személy azt akarja, hogy ne találkozz a barátaiddal vagy a családoddal: a fiatalokat futtatók elvágják a fiatalokat azoktól, akik segíthetnének.
   *[other] Ez a személy azt akarja, hogy a fiatal ne találkozzon a barátaival vagy a családjával: a fiatalokat futtatók elvágják a fiatalokat azoktól, akik segíthetnének.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Éjszakák otthonon kívül, anélkül, hogy megmondanád, hol vagy: a Child Focus ezt a figyelmeztető jelek között említi.
   *[other] Éjszakák otthonon kívül, anélkül, hogy a fiatal megmondaná, hol van: a Child Focus ezt a figyelmeztető jelek között említi.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Szállodák vagy ismeretlen lakások ezzel a személlyel vagy a barátaival: a Child Focus ezt a figyelmeztető jelek között említi.
   *[other] Szállodák vagy ismeretlen lakások ezzel a személlyel vagy a barátaival: a Child Focus ezt a figyelmeztető jelek között említi.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Ez a személy rólad készült szexuális képeket kér: az ilyen képekkel később gyakran kényszerítenek egy fiatalt.
   *[other] Ez a személy szexuális képeket kér a fiataltól: az ilyen képekkel később gyakran kényszerítenek egy fiatalt.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Ez a személy azt mondja, tartozol neki az ajándékokért: a kitalált tartozás egy módja annak, hogy egy fiatal engedelmeskedjen.
   *[other] Ez a személy azt mondja, hogy a fiatal tartozik neki az ajándékokért: a kitalált tartozás egy módja annak, hogy egy fiatal engedelmeskedjen.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Tetoválás ennek a személynek a nevével vagy jelével: a fiatalokat futtatók néha ezzel jelölik meg a fiatalt „a sajátjukként”.
   *[other] Tetoválás ennek a személynek a nevével vagy jelével: a fiatalokat futtatók néha ezzel jelölik meg a fiatalt „a sajátjukként”.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Egy második telefon ettől a személytől: ez arra lehet jó, hogy elérjen téged anélkül, hogy mások tudnának róla.
   *[other] Egy második telefon ettől a személytől: ez arra lehet jó, hogy elérje a fiatalt anélkül, hogy mások tudnának róla.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Nagy hangulatváltozások: ez annak a jele lehet, hogy valami nagyon nincs rendben. Megérdemled a segítséget.
   *[other] Nagy hangulatváltozások: ez annak a jele lehet, hogy valami nagyon nincs rendben a fiatallal.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Sok alkohol vagy drog mostanában: a Child Focus ezt a figyelmeztető jelek között említi.
   *[other] Sok alkohol vagy drog mostanában: a Child Focus ezt a figyelmeztető jelek között említi.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Bántod magad, vagy gondolsz rá: most megérdemled a segítséget, bármi más is történik.
   *[other] Bántja magát, vagy beszél róla: a fiatal most megérdemli a segítséget, bármi más is történik.
}

## Kérdések: az eredmény szintjei

checklist-level-immediate-danger = Veszély most
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Azt mondtad, hogy most veszélyben vagy. Ha biztonságosan meg tudod tenni, kérj segítséget most. A kérdésekhez később visszatérhetsz.
   *[other] Azt mondtad, hogy az illető most veszélyben van. Ha biztonságosan meg tudod tenni, kérj segítséget most. A kérdésekhez később visszatérhetsz.
}
checklist-level-strong-signs = Erős jelek
checklist-level-strong-signs-summary = { $perspective ->
    [me] A válaszaid az emberkereskedelem vagy a kizsákmányolás egyértelmű jeleit mutatják. Ez nem ítélet: egy szakosított központ veled együtt átnézheti a helyzetedet.
   *[other] A válaszaid az emberkereskedelem vagy a kizsákmányolás egyértelmű jeleit mutatják. Ez nem ítélet: egy szakosított központ veled együtt átnézheti a helyzetet.
}
checklist-level-some-signs = Néhány jel
checklist-level-some-signs-summary = { $perspective ->
    [me] Néhány válaszod a kizsákmányolás jele lehet. Ezek semmit sem bizonyítanak, de érdemes beszélni róluk valakivel, aki ismeri az ilyen helyzeteket.
   *[other] Néhány válaszod a kizsákmányolás jele lehet. Ezek semmit sem bizonyítanak, de érdemes beszélni róluk valakivel, aki ismeri az ilyen helyzeteket.
}
checklist-level-no-clear-signs = Nincsenek egyértelmű jelek
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] A válaszaid nem mutatják az emberkereskedelem egyértelmű jeleit. Ha mégis úgy érzed, hogy valami nincs rendben, mindig kérhetsz tanácsot.
   *[other] A válaszaid nem mutatják az emberkereskedelem egyértelmű jeleit. Ha mégis úgy érzed, hogy valami nincs rendben, mindig kérhetsz tanácsot.
}

## Kérdések: megjegyzések az eredményhez

checklist-note-not-proof = { $perspective ->
    [me] Ezek a jelek a Nemzetközi Munkaügyi Szervezet, az Európai Bizottság és az Egyesült Nemzetek Szervezete által használt listákból származnak. A jelek önmagukban nem bizonyítják és nem is zárják ki az emberkereskedelmet; azt mutatják, mikor érdemes segítséget kérni.
   *[other] Ezek a jelek a Nemzetközi Munkaügyi Szervezet, az Európai Bizottság és az Egyesült Nemzetek Szervezete által használt listákból származnak. A jelek önmagukban nem bizonyítják és nem is zárják ki az emberkereskedelmet; azt mutatják, mikor érdemes segítséget kérni.
}
checklist-note-crisis = { $perspective ->
    [me] Ha arra gondolsz, hogy bántod magad, nem kell egyedül maradnod ezzel. Veszélyben hívd a 112-t. Egy fiatal hívhatja a Child Focust a 116 000 számon, ingyen, éjjel-nappal. A Lueur még nem ad meg öngyilkosság-megelőző vonalat: még nem ellenőriztünk ilyet egy forrásban.
   *[other] Ha az illető arra gondol, hogy bántja magát, ne maradjon egyedül ezzel. Veszélyben hívd a 112-t. Egy fiatal hívhatja a Child Focust a 116 000 számon, ingyen, éjjel-nappal. A Lueur még nem ad meg öngyilkosság-megelőző vonalat: még nem ellenőriztünk ilyet egy forrásban.
}
checklist-note-minor = { $perspective ->
    [me] Lehet, hogy 18 évesnél fiatalabb vagy. Ha valaki pénzt keres egy fiatal szexuális cselekményein, képein vagy videóin, az mindig kizsákmányolás, akkor is, ha a fiatal beleegyezett. Egy fiatalnál nem kell erőszak vagy hazugság ahhoz, hogy emberkereskedelem legyen. Vannak csak fiataloknak szóló szolgálatok.
   *[other] Lehet, hogy az illető 18 évesnél fiatalabb. Ha valaki pénzt keres egy fiatal szexuális cselekményein, képein vagy videóin, az mindig kizsákmányolás, akkor is, ha a fiatal beleegyezett. Egy fiatalnál nem kell erőszak vagy hazugság ahhoz, hogy emberkereskedelem legyen. Vannak csak fiataloknak szóló szolgálatok.
}
checklist-note-work-rights = { $perspective ->
    [me] Néhány válasz igazságtalan munkát ír le. Még ha nem is emberkereskedelem, lehet törvénybe ütköző, és neked is vannak jogaid a munkában.
   *[other] Néhány válasz igazságtalan munkát ír le. Még ha nem is emberkereskedelem, lehet törvénybe ütköző, és az illetőnek is vannak jogai a munkában.
}
checklist-note-unsure = { $perspective ->
    [me] Néhány kérdésben nem voltál biztos. Ez normális. Egy szakosított központ segíthet átgondolni őket.
   *[other] Néhány kérdésben nem voltál biztos. Ez normális. Egy szakosított központ segíthet átgondolni őket.
}
checklist-note-still-worried = { $perspective ->
    [me] Egy kérdéssor nem lát mindent. Ha aggódsz, bízz ebben az érzésben, és kérj tanácsot.
   *[other] Egy kérdéssor nem lát mindent. Ha aggódsz az illetőért, bízz ebben az érzésben, és kérj tanácsot.
}
