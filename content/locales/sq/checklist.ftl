## Lista e pyetjeve: ekranet dhe butonat

checklist-title = Kontrolloni shenjat
checklist-intro = Disa pyetje, me përgjigje po, jo ose nuk jam i/e sigurt. Mund të kaloni një pyetje ose të ktheheni prapa. Përgjigjet tuaja mbeten në këtë aplikacion dhe zhduken kur e mbyllni, përveç nëse zgjidhni t'i mbani.
checklist-answer-yes = Po
checklist-answer-no = Jo
checklist-answer-unsure = Nuk jam i/e sigurt
checklist-skip = Kalo këtë pyetje
checklist-back = Prapa
checklist-continue = Vazhdo pyetjet
checklist-progress = Pyetja { $current } nga { $total }
checklist-prompt = Shkruani një numër dhe shtypni Enter:
checklist-keep-answers = Mbaji përgjigjet e mia në këtë telefon
checklist-keep-answers-hint = Atëherë çdokush që mund të hapë Lueur në këtë telefon mund t'i shohë. Mund t'i fshini në çdo kohë.
checklist-delete-answers = Fshi përgjigjet e mia nga ky telefon
checklist-answers-kept = Përgjigjet tuaja ruhen në këtë telefon.
checklist-answers-deleted = Përgjigjet tuaja u fshinë nga ky telefon.
checklist-saved-found = Më parë keni ruajtur përgjigje në këtë telefon.
checklist-resume = Vazhdo me përgjigjet e ruajtura
checklist-start-again = Fillo nga e para
checklist-signs-heading = Çfarë tregojnë përgjigjet
checklist-element-present = Përgjigjet tregojnë këtë.
checklist-unsure-heading = Përgjigje për të cilat nuk ishit të sigurt
checklist-notes-heading = Mirë ta dini
checklist-contacts-heading = Kush mund të ndihmojë
checklist-steps-heading = Çfarë mund të bëni tani
checklist-grade-strong = shenjë e fortë
checklist-grade-medium = shenjë
checklist-grade-weak = shenjë e dobët
checklist-sources = Burimet: { $sources }
checklist-close = Mbyll
checklist-invalid-choice = Ju lutem shkruani një nga numrat që shihni.
checklist-error-about = Thoni për situatën e kujt bëhet fjalë: “me” ose “other”.
checklist-ignored = Nuk u pyet me këto përgjigje, prandaj nuk llogaritet: { $questions }

## Lista e pyetjeve: hapat e ardhshëm dhe kontaktet

checklist-action-call = Telefononi { $name }: { $number }
checklist-action-talk = Flisni me { $name }
checklist-action-report = Përgatitni një raport konfidencial
checklist-action-report-hint = Lueur shkruan një përmbledhje të shkurtër të këtyre përgjigjeve. Mund ta ndryshoni ose ta hiqni.
checklist-action-read = Lexoni: { $title }
checklist-contact-reason-emergency = Në rast urgjence
checklist-contact-reason-minors = Për të rinjtë nën 18 vjeç
checklist-contact-reason-region = Afër jush
checklist-contact-reason-language = Flet gjuhën tuaj
checklist-contact-reason-centre = E specializuar për të ndihmuar njerëzit në këtë situatë
checklist-contact-reason-report = Për të raportuar një situatë

## Lista e pyetjeve: përmbledhja për një raport

checklist-summary-heading = { $perspective ->
    [me] Lista e pyetjeve e Lueur, për situatën time
   *[other] Lista e pyetjeve e Lueur, për dikë që njoh
}
checklist-summary-level = Rezultati: { $level }
checklist-summary-minor = Personi mund të jetë nën 18 vjeç.
checklist-summary-signs = Shenjat në përgjigje:
checklist-summary-unsure = Jo i/e sigurt:
checklist-summary-none = Asnjë shenjë nuk mori përgjigjen po.

## Lista e pyetjeve: gabimet

checklist-error-unknown-question = Nuk ka pyetje “{ $question }” në listë.
checklist-error-unknown-answer = “{ $answer }” nuk është përgjigje e mundshme për këtë pyetje.
checklist-error-not-current = Kjo pyetje nuk është ajo që është tani në ekran.

## Lista e pyetjeve: pjesët

checklist-module-entry = Pyetjet e para
checklist-module-general = Situata
checklist-module-sexual = Seks, shoqërim (escort) dhe online
checklist-module-labour = Puna
checklist-module-domestic = Punë në një shtëpi
checklist-module-begging = Lypja
checklist-module-criminality = Krime për dikë tjetër
checklist-module-teen-pimps = Një lidhje që nuk duket e drejtë
checklist-module-closing = Pyetja e fundit

## Lista e pyetjeve: pyetjet e para

checklist-q-about = Për kë bëhet fjalë?
checklist-q-about-me = Për mua
checklist-q-about-other = Për dikë që njoh
checklist-q-danger-now = { $perspective ->
    [me] Jeni në rrezik tani, apo keni frikë se dikush do t'ju lëndojë shumë shpejt?
   *[other] A është personi në rrezik tani, apo ka frikë se dikush do ta lëndojë shumë shpejt?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Jeni të mbyllur diku tani, apo ju mbajnë atje kundër vullnetit tuaj?
   *[other] A është personi i mbyllur diku tani, apo e mbajnë atje kundër vullnetit të tij ose të saj?
}
checklist-q-under-18 = { $perspective ->
    [me] Jeni nën 18 vjeç?
   *[other] A është personi nën 18 vjeç?
}
checklist-q-situation = { $perspective ->
    [me] Për çfarë bëhet fjalë kryesisht në situatën tuaj?
   *[other] Për çfarë bëhet fjalë kryesisht në situatën e personit?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Seks, shoqërim (escort), foto ose video seksuale, edhe online
   *[other] Seks, shoqërim (escort), foto ose video seksuale, edhe online
}
checklist-q-situation-labour = { $perspective ->
    [me] Punë: për shembull në restorant, në kantier ndërtimi, në fermë, në dyqan
   *[other] Punë: për shembull në restorant, në kantier ndërtimi, në fermë, në dyqan
}
checklist-q-situation-domestic = { $perspective ->
    [me] Punë në shtëpinë e dikujt: pastrim, gatim, kujdes për fëmijët
   *[other] Punë në shtëpinë e dikujt: pastrim, gatim, kujdes për fëmijët
}
checklist-q-situation-begging = { $perspective ->
    [me] Lypje në rrugë
   *[other] Lypje në rrugë
}
checklist-q-situation-criminality = { $perspective ->
    [me] Duhet të vidhni, të shisni drogë ose të shkelni ligjin në mënyra të tjera
   *[other] Duhet të vjedhë, të shesë drogë ose të shkelë ligjin në mënyra të tjera
}
checklist-q-situation-relationship = { $perspective ->
    [me] Një i dashur, një e dashur ose një shok që kërkon gjithnjë e më shumë: para, seks, foto, ose kohë larg shtëpisë dhe shkollës
   *[other] Një i dashur, një e dashur ose një shok që i kërkon personit gjithnjë e më shumë: para, seks, foto, ose kohë larg shtëpisë dhe shkollës
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Nuk jam i/e sigurt, ose diçka tjetër
   *[other] Nuk jam i/e sigurt, ose diçka tjetër
}

## Lista e pyetjeve: pyetje për çdo situatë

checklist-q-g-act-arranged = { $perspective ->
    [me] A jua gjeti ose jua rregulloi dikush tjetër këtë punë ose veprimtari?
   *[other] A ia gjeti ose ia rregulloi dikush tjetër personit këtë punë ose veprimtari?
}
checklist-q-g-act-journey = { $perspective ->
    [me] A ju solli dikush në vendin ku jeni tani, apo ua organizoi udhëtimin?
   *[other] A e solli dikush personin aty ku është tani, apo ia organizoi udhëtimin?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] A vendos personi për të cilin punoni, ose dikush që punon me të, se ku flini?
   *[other] A vendos personi për të cilin punon, ose dikush që punon me të, se ku fle personi?
}
checklist-q-g-promised-other = { $perspective ->
    [me] A është puna ose situata juaj shumë ndryshe nga ajo që ju premtuan?
   *[other] A është puna ose situata e personit shumë ndryshe nga ajo që i premtuan?
}
checklist-q-g-promised-details = { $perspective ->
    [me] A ju gënjyen për pagën, orarin ose vendin ku do të jetonit?
   *[other] A e gënjyen personin për pagën, orarin ose vendin ku do të jetonte?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] A ju premtoi dikush dokumente ose qëndrim të ligjshëm që nuk i morët kurrë?
   *[other] A i premtoi dikush personit dokumente ose qëndrim të ligjshëm që nuk i mori kurrë?
}
checklist-q-g-forced-start = { $perspective ->
    [me] A ju goditi ose ju lëndoi dikush që të vinit këtu ose të fillonit këtë punë?
   *[other] A e goditi ose e lëndoi dikush personin që të vinte këtu ose të fillonte këtë punë?
}
checklist-q-g-taken = { $perspective ->
    [me] A ju morën me forcë ose ju mbajtën kundër vullnetit tuaj në fillim?
   *[other] A e morën personin me forcë ose e mbajtën kundër vullnetit të tij ose të saj në fillim?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] A ju kërcënuan që të vinit këtu ose të fillonit këtë punë?
   *[other] A e kërcënuan personin që të vinte këtu ose të fillonte këtë punë?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Kur filloi, a përfitoi dikush nga një kohë shumë e vështirë në jetën tuaj, si të mos kishit para ose shtëpi?
   *[other] Kur filloi, a përfitoi dikush nga një kohë shumë e vështirë në jetën e personit, si të mos kishte para ose shtëpi?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] A përfitoi dikush nga fakti që nuk keni dokumente për të qëndruar në Belgjikë, për t'ju futur në këtë?
   *[other] A përfitoi dikush nga fakti që personi nuk ka dokumente për të qëndruar në Belgjikë, për ta futur në këtë?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] A përfitoi dikush nga fakti që nuk e dinit gjuhën, rregullat ose të drejtat tuaja këtu?
   *[other] A përfitoi dikush nga fakti që personi nuk e dinte gjuhën, rregullat ose të drejtat e veta këtu?
}
checklist-q-g-long-hours = { $perspective ->
    [me] A punoni shpesh ditë shumë të gjata, ose shtatë ditë në javë?
   *[other] A punon personi shpesh ditë shumë të gjata, ose shtatë ditë në javë?
}
checklist-q-g-little-pay = { $perspective ->
    [me] A merrni pak ose aspak para për atë që bëni?
   *[other] A merr personi pak ose aspak para për atë që bën?
}
checklist-q-g-housing = { $perspective ->
    [me] A është vendi ku flini shumë i mbushur me njerëz, i pistë ose i pasigurt?
   *[other] A është vendi ku fle personi shumë i mbushur me njerëz, i pistë ose i pasigurt?
}
checklist-q-g-documents = { $perspective ->
    [me] A refuzon dikush t'jua kthejë pasaportën ose kartën e identitetit kur ia kërkoni?
   *[other] A refuzon dikush t'ia kthejë personit pasaportën ose kartën e identitetit kur ai ose ajo e kërkon?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] A ju pengon dikush të largoheni, ju mbyll brenda ose ju ndjek kur dilni?
   *[other] A e pengon dikush personin të largohet, e mbyll brenda ose e ndjek kur del?
}
checklist-q-g-debt = { $perspective ->
    [me] A u keni borxh para njerëzve për të cilët punoni, ose njerëzve që ju sollën këtu?
   *[other] A u ka borxh personi para njerëzve për të cilët punon, ose njerëzve që e sollën këtu?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] A mbetet ky borxh i njëjtë ose rritet, çfarëdo që të paguani ose të bëni?
   *[other] A mbetet ky borxh i njëjtë ose rritet, çfarëdo që të paguajë ose të bëjë personi?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] A filloi ky borxh me koston e udhëtimit, të punës ose të banesës suaj?
   *[other] A filloi ky borxh me koston e udhëtimit, të punës ose të banesës së personit?
}
checklist-q-g-money-taken = { $perspective ->
    [me] A i merr dikush tjetër të gjitha ose shumicën e parave që fitoni?
   *[other] A i merr dikush tjetër të gjitha ose shumicën e parave që fiton personi?
}
checklist-q-g-threats = { $perspective ->
    [me] A ju ka kërcënuar dikush juve ose familjen tuaj?
   *[other] A e ka kërcënuar dikush personin ose familjen e tij ose të saj?
}
checklist-q-g-threat-report = { $perspective ->
    [me] A ju ka thënë dikush se do t'ju denonconte në polici ose në zyrën e emigracionit nëse nuk bindeshit?
   *[other] A i ka thënë dikush personit se do ta denonconte në polici ose në zyrën e emigracionit nëse nuk bindej?
}
checklist-q-g-violence = { $perspective ->
    [me] A ju ka goditur, ju ka lënduar ose ju ka detyruar dikush në akte seksuale?
   *[other] A e ka goditur, e ka lënduar ose e ka detyruar dikush personin në akte seksuale?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Nëse do të donit të ndalonit, a do t'ju ndëshkonte dikush ose do t'jua bënte gjërat më keq?
   *[other] Nëse personi do të donte të ndalonte, a do ta ndëshkonte dikush ose do t'ia bënte gjërat më keq?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] A ju ka thënë dikush çfarë të thoni në polici, te zyrtarët ose te familja juaj?
   *[other] A i ka thënë dikush personit çfarë të thotë në polici, te zyrtarët ose te familja e vet?
}
checklist-q-g-dependent = { $perspective ->
    [me] A varet nga të njëjtët njerëz puna, banesa dhe ushqimi juaj?
   *[other] A varet personi nga të njëjtët njerëz për punën, banesën dhe ushqimin?
}
checklist-q-g-isolated = { $perspective ->
    [me] A ju pengon dikush të kontaktoni familjen ose miqtë tuaj?
   *[other] A e pengon dikush personin të kontaktojë familjen ose miqtë e vet?
}
checklist-q-g-fear-police = { $perspective ->
    [me] A keni frikë t'i kërkoni ndihmë policisë, për shembull për shkak të dokumenteve tuaja?
   *[other] A ka frikë personi t'i kërkojë ndihmë policisë, për shembull për shkak të dokumenteve të veta?
}

## Lista e pyetjeve: seks, shoqërim (escort) dhe online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] A ju detyron dikush të takoni klientë ose të bëni akte seksuale që nuk i doni?
   *[other] A e detyron dikush personin të takojë klientë ose të bëjë akte seksuale që nuk i do?
}
checklist-q-s-money-taken = { $perspective ->
    [me] A i merr dikush tjetër shumicën e parave që paguajnë klientët tuaj?
   *[other] A i merr dikush tjetër shumicën e parave që paguajnë klientët e personit?
}
checklist-q-s-organised = { $perspective ->
    [me] A i vendos dikush tjetër njoftimet tuaja, ua zgjedh klientët ose ua planifikon takimet si escort?
   *[other] A i vendos dikush tjetër njoftimet e personit, ia zgjedh klientët ose ia planifikon takimet si escort?
}
checklist-q-s-images = { $perspective ->
    [me] A ju detyron dikush të bëni foto ose video seksuale, ose të bëni gjëra seksuale para kamerës, për fitimin e tij?
   *[other] A e detyron dikush personin të bëjë foto ose video seksuale, ose të bëjë gjëra seksuale para kamerës, për fitimin e tij?
}

## Lista e pyetjeve: puna

checklist-q-l-contract = { $perspective ->
    [me] A punoni pa kontratë, ose në të zezë?
   *[other] A punon personi pa kontratë, ose në të zezë?
}
checklist-q-l-hazard = { $perspective ->
    [me] A është puna e rrezikshme, pa mbrojtje ose pa trajnim?
   *[other] A është puna e personit e rrezikshme, pa mbrojtje ose pa trajnim?
}
checklist-q-l-live-in = { $perspective ->
    [me] A jetoni në shtëpinë e njerëzve për të cilët punoni?
   *[other] A jeton personi në shtëpinë e njerëzve për të cilët punon?
}

## Lista e pyetjeve: punë në një shtëpi

checklist-q-d-sleep-place = { $perspective ->
    [me] A duhet të flini diku pa asnjë privatësi, si në kuzhinë, në korridor ose në dysheme?
   *[other] A duhet të flejë personi diku pa asnjë privatësi, si në kuzhinë, në korridor ose në dysheme?
}
checklist-q-d-food = { $perspective ->
    [me] A mbeteni pa ushqim të mjaftueshëm, ose merrni vetëm atë që tepron?
   *[other] A mbetet personi pa ushqim të mjaftueshëm, ose merr vetëm atë që tepron?
}

## Lista e pyetjeve: lypja

checklist-q-b-quota = { $perspective ->
    [me] A duhet t'i çoni dikujt një shumë të caktuar parash çdo ditë?
   *[other] A duhet t'i çojë personi dikujt një shumë të caktuar parash çdo ditë?
}
checklist-q-b-punished = { $perspective ->
    [me] A ju ndëshkojnë kur sillni shumë pak?
   *[other] A e ndëshkojnë personin kur sjell shumë pak?
}
checklist-q-b-brought = { $perspective ->
    [me] A ju çon dikush me makinë në vendin ku lypni dhe ju merr përsëri?
   *[other] A e çon dikush personin me makinë në vendin ku lyp dhe e merr përsëri?
}
checklist-q-b-school = { $perspective ->
    [me] A lypni në vend që të shkoni në shkollë?
   *[other] A lyp personi në vend që të shkojë në shkollë?
}

## Lista e pyetjeve: krime nën presion

checklist-q-c-drawn-drugs = { $perspective ->
    [me] A filloi me dikë që ju dha drogë, ose që ju bëri të varur prej saj?
   *[other] A filloi me dikë që i dha personit drogë, ose që e bëri të varur prej saj?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] A filloi me dikë që ju ofroi para të lehta?
   *[other] A filloi me dikë që i ofroi personit para të lehta?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] A filloi me një borxh që ju thanë ta shlyeni në këtë mënyrë?
   *[other] A filloi me një borxh që personit i thanë ta shlyejë në këtë mënyrë?
}
checklist-q-c-made-to = { $perspective ->
    [me] A ju detyrojnë të vidhni, të shisni drogë ose të shkelni ligjin në një mënyrë tjetër për dikë tjetër?
   *[other] A e detyrojnë personin të vjedhë, të shesë drogë ose të shkelë ligjin në një mënyrë tjetër për dikë tjetër?
}
checklist-q-c-profits = { $perspective ->
    [me] A i mban dikush tjetër paratë ose gjërat që sillni?
   *[other] A i mban dikush tjetër paratë ose gjërat që sjell personi?
}
checklist-q-c-cannabis = { $perspective ->
    [me] A duhet të qëndroni në një shtëpi për t'u kujdesur për bimë kanabisi?
   *[other] A duhet të qëndrojë personi në një shtëpi për t'u kujdesur për bimë kanabisi?
}

## Lista e pyetjeve: një lidhje që nuk duket e drejtë (teen pimps)

checklist-q-t-older = { $perspective ->
    [me] A është personi për të cilin po mendoni shumë më i madh në moshë se ju?
   *[other] A është ky i dashur, kjo e dashur ose ky shok shumë më i madh në moshë se i riu ose e reja?
}
checklist-q-t-gifts = { $perspective ->
    [me] A ju jep ky person para, dhurata të shtrenjta ose një telefon?
   *[other] A i jep ky person të riut ose të resë para, dhurata të shtrenjta ose një telefon?
}
checklist-q-t-love = { $perspective ->
    [me] A ju premtoi ky person dashuri ose një të ardhme bashkë, dhe nuk e mbajti premtimin?
   *[other] A i premtoi ky person të riut ose të resë dashuri ose një të ardhme bashkë, dhe nuk e mbajti premtimin?
}
checklist-q-t-hard-time = { $perspective ->
    [me] A hyri ky person në jetën tuaj kur ndiheshit vetëm, ose kishit probleme në shtëpi ose në shkollë?
   *[other] A hyri ky person në jetën e të riut ose të resë kur ndihej vetëm, ose kishte probleme në shtëpi ose në shkollë?
}
checklist-q-t-need = { $perspective ->
    [me] A ndiheni se keni kaq shumë nevojë për këtë person sa nuk mund t'i thoni jo?
   *[other] A duket se i riu ose e reja ka kaq shumë nevojë për këtë person sa nuk mund t'i thotë jo?
}
checklist-q-t-cut-off = { $perspective ->
    [me] A do ky person që të mos takoni më miqtë ose familjen tuaj?
   *[other] A do ky person që i riu ose e reja të mos takojë më miqtë ose familjen e vet?
}
checklist-q-t-nights = { $perspective ->
    [me] A rrini larg natën pa thënë ku jeni?
   *[other] A rri i riu ose e reja larg natën pa thënë ku është?
}
checklist-q-t-hotels = { $perspective ->
    [me] A shkoni në hotele ose apartamente që nuk i njihni, me këtë person ose me miqtë e tij?
   *[other] A shkon i riu ose e reja në hotele ose apartamente që nuk i njeh, me këtë person ose me miqtë e tij?
}
checklist-q-t-school = { $perspective ->
    [me] A mungoni shpesh në shkollë?
   *[other] A mungon shpesh në shkollë i riu ose e reja?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] A ju ka kërkuar ky person të bëni seks me njerëz të tjerë?
   *[other] A i ka kërkuar ky person të riut ose të resë të bëjë seks me njerëz të tjerë?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] A ju ka kërkuar ky person foto ose video seksuale të vetes suaj?
   *[other] A i ka kërkuar ky person të riut ose të resë foto ose video seksuale të vetes?
}
checklist-q-t-owe = { $perspective ->
    [me] A thotë ky person se i keni borxh para për dhuratat ose për gjëra të tjera?
   *[other] A thotë ky person se i riu ose e reja i ka borxh para për dhuratat ose për gjëra të tjera?
}
checklist-q-t-tattoo = { $perspective ->
    [me] A keni një tatuazh me emrin ose shenjën e këtij personi?
   *[other] A ka i riu ose e reja një tatuazh me emrin ose shenjën e këtij personi?
}
checklist-q-t-phones = { $perspective ->
    [me] A keni një telefon të dytë, që jua dha ky person?
   *[other] A ka i riu ose e reja një telefon të dytë, që ia dha ky person?
}
checklist-q-t-mood = { $perspective ->
    [me] A ka ndryshuar shumë gjendja juaj shpirtërore kohët e fundit?
   *[other] A ka ndryshuar shumë gjendja shpirtërore e të riut ose të resë kohët e fundit?
}
checklist-q-t-drugs = { $perspective ->
    [me] Kohët e fundit, a pini shumë alkool ose merrni drogë?
   *[other] Kohët e fundit, a pi shumë alkool ose merr drogë i riu ose e reja?
}
checklist-q-t-self-harm = { $perspective ->
    [me] A e lëndoni veten, ose mendoni ta bëni?
   *[other] A e lëndon veten i riu ose e reja, ose flet për këtë?
}

## Lista e pyetjeve: pyetja e fundit

checklist-q-region = { $perspective ->
    [me] Ku jeni në Belgjikë? Kjo ndihmon të shfaqet një qendër afër jush.
   *[other] Ku është personi në Belgjikë? Kjo ndihmon të shfaqet një qendër aty afër.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brukseli
   *[other] Brukseli
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandra
   *[other] Flandra
}
checklist-q-region-wallonia = { $perspective ->
    [me] Valonia
   *[other] Valonia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Belgjika Lindore (Komuniteti gjermanfolës)
   *[other] Belgjika Lindore (Komuniteti gjermanfolës)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Preferoj të mos e them
   *[other] Preferoj të mos e them, ose nuk e di
}

## Lista e pyetjeve: elementet (si grupohen shenjat)

checklist-element-act = Dikush e gjeti, e lëvizi ose e strehoi personin
checklist-element-deceptive-recruitment = Gënjeshtra në fillim
checklist-element-coercive-recruitment = Forcë në fillim
checklist-element-vulnerability-recruitment = Një situatë e vështirë e shfrytëzuar në fillim
checklist-element-exploitative-conditions = Shfrytëzim: punë ose jetesë me kushte të padrejta
checklist-element-exploitation-in-law = Shfrytëzim sipas ligjit: seks, lypje ose krime për dikë tjetër
checklist-element-coercion-destination = Kontroll dhe shtrëngim tani
checklist-element-vulnerability-destination = Një situatë e vështirë e shfrytëzuar tani
checklist-element-other-signs = Shenja të tjera (UNODC), që nuk llogariten si tregues të ILO-s
checklist-element-warning-signs = Shenja paralajmëruese për të rinjtë (Child Focus), jo tregues të ILO-s

## Lista e pyetjeve: shpjegimi i shenjave

checklist-indicator-act-recruited = { $perspective ->
    [me] Dikush tjetër jua gjeti ose jua rregulloi këtë: në përkufizimin ligjor ky quhet rekrutim i një personi.
   *[other] Dikush tjetër ia gjeti ose ia rregulloi këtë personit: në përkufizimin ligjor ky quhet rekrutim i një personi.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Dikush ju solli këtu ose ua organizoi udhëtimin: në përkufizimin ligjor ky quhet transportim i një personi.
   *[other] Dikush e solli personin këtu ose ia organizoi udhëtimin: në përkufizimin ligjor ky quhet transportim i një personi.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Njerëzit për të cilët punoni vendosin ku flini: në përkufizimin ligjor ky quhet strehim i një personi.
   *[other] Njerëzit për të cilët punon personi vendosin ku fle: në përkufizimin ligjor ky quhet strehim i një personi.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Puna ose situata është shumë ndryshe nga ajo që ju premtuan: gënjeshtra në fillim është një mënyrë e shpeshtë për t'i futur njerëzit në shfrytëzim.
   *[other] Puna ose situata është shumë ndryshe nga ajo që i premtuan personit: gënjeshtra në fillim është një mënyrë e shpeshtë për t'i futur njerëzit në shfrytëzim.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Ju gënjyen për pagën, orarin ose banesën: premtimet e rreme i bëjnë njerëzit të pranojnë kushte që do t'i refuzonin.
   *[other] Personin e gënjyen për pagën, orarin ose banesën: premtimet e rreme i bëjnë njerëzit të pranojnë kushte që do t'i refuzonin.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Ju premtuan dokumente që nuk erdhën: ky premtim përdoret shpesh që njerëzit të presin dhe të binden.
   *[other] Personit i premtuan dokumente që nuk erdhën: ky premtim përdoret shpesh që njerëzit të presin dhe të binden.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Dikush ju premtoi dashuri ose një të ardhme bashkë: proksenetët e rinj (teen pimps) shpesh fillojnë kështu për të fituar besimin.
   *[other] Dikush i premtoi personit dashuri ose një të ardhme bashkë: proksenetët e rinj (teen pimps) shpesh fillojnë kështu për të fituar besimin.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Ju goditën ose ju lënduan që të fillonit: kjo është një shenjë serioze që nuk zgjodhët lirisht.
   *[other] Personin e goditën ose e lënduan që të fillonte: kjo është një shenjë serioze që nuk zgjodhi lirisht.
}
checklist-indicator-abducted = { $perspective ->
    [me] Ju morën me forcë ose ju mbajtën kundër vullnetit tuaj në fillim: askush nuk ka të drejtë t'jua bëjë këtë.
   *[other] Personin e morën me forcë ose e mbajtën kundër vullnetit në fillim: askush nuk ka të drejtë t'ia bëjë këtë askujt.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Ju kërcënuan që të fillonit: frika mund t'ua heqë zgjedhjen.
   *[other] Personin e kërcënuan që të fillonte: frika mund t'ia heqë zgjedhjen.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Borxhi filloi me udhëtimin ose punën: një borxh i tillë përdoret shpesh për ta lidhur një person me ata që e sjellin.
   *[other] Borxhi filloi me udhëtimin ose punën: një borxh i tillë përdoret shpesh për ta lidhur një person me ata që e sjellin.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Filloi kur nuk kishit para, dokumente ose shtëpi: ata që shfrytëzojnë të tjerët kërkojnë njerëz në kohë të vështira.
   *[other] Filloi kur personi nuk kishte para, dokumente ose shtëpi: ata që shfrytëzojnë të tjerët kërkojnë njerëz në kohë të vështira.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Dikush përfitoi nga mungesa e dokumenteve tuaja për t'ju futur në këtë: njerëzit pa dokumente kërcënohen lehtë, dhe shfrytëzuesit e përdorin këtë.
   *[other] Dikush përfitoi nga mungesa e dokumenteve të personit për ta futur në këtë: njerëzit pa dokumente kërcënohen lehtë, dhe shfrytëzuesit e përdorin këtë.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Dikush përfitoi nga ajo që nuk e dinit për gjuhën, rregullat ose të drejtat tuaja: kur nuk di, është e lehtë të mashtrohesh.
   *[other] Dikush përfitoi nga ajo që personi nuk e dinte për gjuhën, rregullat ose të drejtat e veta: kur nuk di, është e lehtë të mashtrohesh.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Filloi kur ndiheshit vetëm ose kishit probleme në shtëpi ose në shkollë: proksenetët e rinj (teen pimps) kërkojnë të rinj në këtë situatë.
   *[other] Filloi kur personi ndihej vetëm ose kishte probleme në shtëpi ose në shkollë: proksenetët e rinj (teen pimps) kërkojnë të rinj në këtë situatë.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Ndiheni se nuk mund t'i thoni jo këtij personi: ta bësh dikë të ndihet i varur është një mënyrë për ta kontrolluar.
   *[other] Personi duket se nuk mund të thotë jo: ta bësh dikë të ndihet i varur është një mënyrë për ta kontrolluar.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Ditë shumë të gjata ose asnjë ditë pushimi: kjo mund të jetë shenjë shfrytëzimi, sidomos bashkë me shenja të tjera.
   *[other] Ditë shumë të gjata ose asnjë ditë pushimi: kjo mund të jetë shenjë shfrytëzimi, sidomos bashkë me shenja të tjera.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Pak ose aspak pagesë për punën tuaj: kjo mund të jetë shenjë shfrytëzimi.
   *[other] Pak ose aspak pagesë për punën: kjo mund të jetë shenjë shfrytëzimi.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Pa kontratë dhe pa u deklaruar: kjo shpesh do të thotë pa sigurim dhe pa mbrojtje në punë.
   *[other] Pa kontratë dhe pa u deklaruar: kjo shpesh do të thotë që personi nuk ka sigurim dhe mbrojtje në punë.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Punë e rrezikshme pa mbrojtje: kjo ua rrezikon shëndetin dhe mund të jetë shenjë shfrytëzimi.
   *[other] Punë e rrezikshme pa mbrojtje: kjo ia rrezikon shëndetin personit dhe mund të jetë shenjë shfrytëzimi.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Një vend për të fjetur shumë i mbushur me njerëz, i pistë ose i pasigurt: kushte të tilla jetese mund të jenë shenjë shfrytëzimi.
   *[other] Një vend për të fjetur shumë i mbushur me njerëz, i pistë ose i pasigurt: kushte të tilla jetese mund të jenë shenjë shfrytëzimi.
}
checklist-indicator-no-school = { $perspective ->
    [me] Mungesa në shkollë: një i ri ose një e re ka të drejtë të shkojë në shkollë.
   *[other] Mungesa në shkollë: një i ri ose një e re ka të drejtë të shkojë në shkollë.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Dikush tjetër fiton para nga aktet tuaja seksuale: ligji e quan këtë shfrytëzim seksual, dhe për dikë nën 18 vjeç është gjithmonë shfrytëzim.
   *[other] Dikush tjetër fiton para nga aktet seksuale të personit: ligji e quan këtë shfrytëzim seksual, dhe për dikë nën 18 vjeç është gjithmonë shfrytëzim.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Dikush ju detyron të bëni foto ose video seksuale për fitimin e tij: ky është shfrytëzim seksual, edhe online.
   *[other] Dikush e detyron personin të bëjë foto ose video seksuale për fitimin e tij: ky është shfrytëzim seksual, edhe online.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Ky person ju kërkon të bëni seks me njerëz të tjerë: proksenetët e rinj (teen pimps) e bëjnë këtë, dhe për dikë nën 18 vjeç është gjithmonë shfrytëzim.
   *[other] Ky person i kërkon të riut ose të resë të bëjë seks me njerëz të tjerë: proksenetët e rinj (teen pimps) e bëjnë këtë, dhe për dikë nën 18 vjeç është gjithmonë shfrytëzim.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Jeni nën 18 vjeç dhe në seks, escort ose foto seksuale: për një të ri kjo është gjithmonë shfrytëzim, edhe nëse keni pranuar. Nuk është kurrë faji juaj.
   *[other] Personi është nën 18 vjeç dhe në seks, escort ose foto seksuale: për një të ri kjo është gjithmonë shfrytëzim, edhe nëse ka pranuar. Nuk është kurrë faji i tij ose i saj.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Duhet të dorëzoni një shumë të caktuar nga lypja: ligji e quan shfrytëzim lypjen për dikë tjetër.
   *[other] Personi duhet të dorëzojë një shumë të caktuar nga lypja: ligji e quan shfrytëzim lypjen për dikë tjetër.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Dikush tjetër mban atë që sjellin krimet tuaja: ligji e quan këtë shfrytëzim, dhe fajtorë janë ata që përfitojnë.
   *[other] Dikush tjetër mban atë që sjellin krimet e personit: ligji e quan këtë shfrytëzim, dhe fajtorë janë ata që përfitojnë.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Duhet të qëndroni në një shtëpi për t'u kujdesur për bimë kanabisi: sipas ligjit, ta detyrojnë të kryesh krime për të tjerët është shfrytëzim.
   *[other] Personi duhet të qëndrojë në një shtëpi për t'u kujdesur për bimë kanabisi: sipas ligjit, ta detyrojnë të kryesh krime për të tjerët është shfrytëzim.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Jeni nën 18 vjeç dhe dikush ju shtyn të kryeni krime: për një të ri kjo është shfrytëzim, çfarëdo që të keni pranuar.
   *[other] Personi është nën 18 vjeç dhe dikush e shtyn të kryejë krime: për një të ri kjo është shfrytëzim, çfarëdo që të ketë pranuar.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Dikush refuzon t'jua kthejë dokumentet e identitetit: kjo është një mënyrë për të kontrolluar një person.
   *[other] Dikush refuzon t'ia kthejë personit dokumentet e identitetit: kjo është një mënyrë për të kontrolluar një person.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Një borxh që nuk zvogëlohet kurrë: borxhet përdoren shpesh për t'i mbajtur njerëzit duke punuar.
   *[other] Një borxh që nuk zvogëlohet kurrë: borxhet përdoren shpesh për t'i mbajtur njerëzit duke punuar.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Dikush ju pengon të largoheni, ju mbyll brenda ose ju ndjek: kjo jua heq lirinë.
   *[other] Dikush e pengon personin të largohet, e mbyll brenda ose e ndjek: kjo ia heq lirinë.
}
checklist-indicator-violence = { $perspective ->
    [me] Dikush ju lëndon ose ju detyron në akte seksuale: kjo është dhunë, dhe nuk është kurrë faji juaj.
   *[other] Dikush e lëndon personin ose e detyron në akte seksuale: kjo është dhunë, dhe nuk është kurrë faji i tij ose i saj.
}
checklist-indicator-threats = { $perspective ->
    [me] Kërcënime kundër jush ose familjes suaj: frika përdoret që njerëzit të binden.
   *[other] Kërcënime kundër personit ose familjes së tij ose të saj: frika përdoret që njerëzit të binden.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Një kërcënim se do t'ju denoncojnë në polici ose në emigracion: kjo përdoret që njerëzit të heshtin.
   *[other] Një kërcënim se do ta denoncojnë personin në polici ose në emigracion: kjo përdoret që njerëzit të heshtin.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Do t'ju ndëshkonin nëse ndalonit: një punë që nuk mund ta lësh nuk është zgjedhur lirisht.
   *[other] Personin do ta ndëshkonin nëse ndalonte: një punë që nuk mund ta lësh nuk është zgjedhur lirisht.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Dikush tjetër merr paratë që fitoni: kjo e mban një person të varur.
   *[other] Dikush tjetër merr paratë që fiton personi: kjo e mban një person të varur.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Ju detyrojnë të shkelni ligjin për dikë tjetër: kjo mund të jetë një formë shfrytëzimi, ku fajtorë janë ata që përfitojnë.
   *[other] Personin e detyrojnë të shkelë ligjin për dikë tjetër: kjo mund të jetë një formë shfrytëzimi, ku fajtorë janë ata që përfitojnë.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Nuk mund t'i thoni jo një klienti ose një akti seksual: kjo është shenjë se jeni nën kontroll.
   *[other] Personi nuk mund t'i thotë jo një klienti ose një akti seksual: kjo është shenjë se është nën kontroll.
}
checklist-indicator-under-control = { $perspective ->
    [me] Dikush tjetër vendos për njoftimet, klientët ose takimet tuaja: dikush tjetër e kontrollon punën, dhe kjo mund të jetë shenjë shfrytëzimi.
   *[other] Dikush tjetër vendos për njoftimet, klientët ose takimet e personit: dikush tjetër e kontrollon punën, dhe kjo mund të jetë shenjë shfrytëzimi.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Dikush ju thotë çfarë të thoni në polici, te zyrtarët ose te familja juaj: kjo përdoret për të fshehur atë që po ndodh.
   *[other] Dikush i thotë personit çfarë të thotë në polici, te zyrtarët ose te familja: kjo përdoret për të fshehur atë që po ndodh.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Të njëjtët njerëz ju japin punë, banesë dhe ushqim: kjo e bën shumë të vështirë të thoni jo ose të largoheni.
   *[other] Të njëjtët njerëz i japin personit punë, banesë dhe ushqim: kjo e bën shumë të vështirë të thotë jo ose të largohet.
}
checklist-indicator-isolated = { $perspective ->
    [me] Dikush ju pengon të kontaktoni familjen dhe miqtë: kur je vetëm, është më e vështirë të marrësh ndihmë.
   *[other] Dikush e pengon personin të kontaktojë familjen dhe miqtë: kur je vetëm, është më e vështirë të marrësh ndihmë.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Keni frikë nga policia ose nga situata e dokumenteve tuaja: kjo frikë përdoret shpesh që njerëzit të heshtin.
   *[other] Personi ka frikë nga policia ose nga situata e dokumenteve të veta: kjo frikë përdoret shpesh që njerëzit të heshtin.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Asnjë vend privat për të fjetur: UNODC e përmend këtë ndër shenjat e shërbimit të detyruar në shtëpi.
   *[other] Asnjë vend privat për të fjetur: UNODC e përmend këtë ndër shenjat e shërbimit të detyruar në shtëpi.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Ushqim i pamjaftueshëm, ose vetëm mbetje: UNODC e përmend këtë ndër shenjat e shërbimit të detyruar në shtëpi.
   *[other] Ushqim i pamjaftueshëm, ose vetëm mbetje: UNODC e përmend këtë ndër shenjat e shërbimit të detyruar në shtëpi.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Ndëshkim kur sjell shumë pak: UNODC e përmend këtë ndër shenjat e lypjes dhe krimeve të detyruara.
   *[other] Ndëshkim kur sjell shumë pak: UNODC e përmend këtë ndër shenjat e lypjes dhe krimeve të detyruara.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Ju çojnë me makinë në vendin ku lypni dhe ju marrin përsëri: UNODC e përmend si shenjë këtë lëvizje nga një vend në tjetrin.
   *[other] E çojnë me makinë në vendin ku lyp dhe e marrin përsëri: UNODC e përmend si shenjë këtë lëvizje nga një vend në tjetrin.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Filloi me drogë: nevoja për drogë mund ta mbajë një person të lidhur me ata që ia japin.
   *[other] Filloi me drogë: nevoja për drogë mund ta mbajë një person të lidhur me ata që ia japin.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Filloi me një ofertë për para të lehta: kjo është një mënyrë e shpeshtë për t'i tërhequr njerëzit në krime për të tjerët.
   *[other] Filloi me një ofertë për para të lehta: kjo është një mënyrë e shpeshtë për t'i tërhequr njerëzit në krime për të tjerët.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Personi për të cilin po mendoni është shumë më i madh në moshë: Child Focus e përmend këtë ndër shenjat paralajmëruese.
   *[other] I dashuri, e dashura ose shoku është shumë më i madh në moshë se i riu ose e reja: Child Focus e përmend këtë ndër shenjat paralajmëruese.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Merrni para ose dhurata të shtrenjta: dhuratat mund të përdoren për të krijuar ndjenjën se i detyrohesh dikujt.
   *[other] Personi merr para ose dhurata të shtrenjta: dhuratat mund të përdoren për të krijuar ndjenjën se i detyrohesh dikujt.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Ky person do që të mos takoni më miqtë ose familjen: proksenetët e rinj (teen pimps) i ndajnë të rinjtë nga ata që mund t'i ndihmonin.
   *[other] Ky person do që i riu ose e reja të mos takojë më miqtë ose familjen: proksenetët e rinj (teen pimps) i ndajnë të rinjtë nga ata që mund t'i ndihmonin.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Netë larg shtëpisë pa thënë ku: Child Focus e përmend këtë ndër shenjat paralajmëruese.
   *[other] Netë larg shtëpisë pa thënë ku: Child Focus e përmend këtë ndër shenjat paralajmëruese.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hotele ose apartamente të panjohura me këtë person ose me miqtë e tij: Child Focus e përmend këtë ndër shenjat paralajmëruese.
   *[other] Hotele ose apartamente të panjohura me këtë person ose me miqtë e tij: Child Focus e përmend këtë ndër shenjat paralajmëruese.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Ky person ju kërkon foto seksuale të vetes suaj: foto të tilla përdoren shpesh më vonë për të detyruar një të ri.
   *[other] Ky person i kërkon të riut ose të resë foto seksuale: foto të tilla përdoren shpesh më vonë për të detyruar një të ri.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Ky person thotë se i keni borxh për dhuratat: një borxh i shpikur është një mënyrë për ta bërë një të ri të bindet.
   *[other] Ky person thotë se i riu ose e reja i ka borxh për dhuratat: një borxh i shpikur është një mënyrë për ta bërë një të ri të bindet.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Një tatuazh me emrin ose shenjën e këtij personi: proksenetët e rinj (teen pimps) ndonjëherë e përdorin për ta shënuar një të ri si të tyrin.
   *[other] Një tatuazh me emrin ose shenjën e këtij personi: proksenetët e rinj (teen pimps) ndonjëherë e përdorin për ta shënuar një të ri si të tyrin.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Një telefon i dytë nga ky person: mund të jetë një mënyrë për t'ju kontaktuar pa e ditur të tjerët.
   *[other] Një telefon i dytë nga ky person: mund të jetë një mënyrë për ta kontaktuar të riun ose të renë pa e ditur të tjerët.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Ndryshime të mëdha në gjendjen shpirtërore: kjo mund të jetë shenjë se diçka nuk shkon aspak mirë. Ju meritoni ndihmë.
   *[other] Ndryshime të mëdha në gjendjen shpirtërore: kjo mund të jetë shenjë se diçka nuk shkon aspak mirë për të riun ose të renë.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Shumë alkool ose drogë kohët e fundit: Child Focus e përmend këtë ndër shenjat paralajmëruese.
   *[other] Shumë alkool ose drogë kohët e fundit: Child Focus e përmend këtë ndër shenjat paralajmëruese.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Të lëndosh veten, ose të mendosh për këtë: ju meritoni ndihmë tani, çfarëdo tjetër që po ndodh.
   *[other] Të lëndojë veten, ose të flasë për këtë: i riu ose e reja meriton ndihmë tani, çfarëdo tjetër që po ndodh.
}

## Lista e pyetjeve: nivelet e rezultatit

checklist-level-immediate-danger = Rrezik tani
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Thatë se jeni në rrezik tani. Nëse mund ta bëni pa rrezik, kërkoni ndihmë tani. Mund të ktheheni te pyetjet më vonë.
   *[other] Thatë se personi është në rrezik tani. Nëse mund ta bëni pa rrezik, kërkoni ndihmë tani. Mund të ktheheni te pyetjet më vonë.
}
checklist-level-strong-signs = Shenja të forta
checklist-level-strong-signs-summary = { $perspective ->
    [me] Përgjigjet tuaja tregojnë shenja të qarta të trafikimit të qenieve njerëzore ose të shfrytëzimit. Ky nuk është gjykim: një qendër e specializuar mund ta shohë situatën tuaj bashkë me ju.
   *[other] Përgjigjet tuaja tregojnë shenja të qarta të trafikimit të qenieve njerëzore ose të shfrytëzimit. Ky nuk është gjykim: një qendër e specializuar mund ta shohë situatën bashkë me ju.
}
checklist-level-some-signs = Disa shenja
checklist-level-some-signs-summary = { $perspective ->
    [me] Disa nga përgjigjet tuaja mund të jenë shenja shfrytëzimi. Ato nuk provojnë asgjë, por ia vlen të flisni për to me dikë që i njeh këto situata.
   *[other] Disa nga përgjigjet tuaja mund të jenë shenja shfrytëzimi. Ato nuk provojnë asgjë, por ia vlen të flisni për to me dikë që i njeh këto situata.
}
checklist-level-no-clear-signs = Asnjë shenjë e qartë
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Përgjigjet tuaja nuk tregojnë shenja të qarta të trafikimit të qenieve njerëzore. Nëse prapë ndiheni se diçka nuk shkon, mund të kërkoni gjithmonë këshillë.
   *[other] Përgjigjet tuaja nuk tregojnë shenja të qarta të trafikimit të qenieve njerëzore. Nëse prapë ndiheni se diçka nuk shkon, mund të kërkoni gjithmonë këshillë.
}

## Lista e pyetjeve: shënime me rezultatin

checklist-note-not-proof = { $perspective ->
    [me] Këto shenja vijnë nga listat që përdorin Organizata Ndërkombëtare e Punës, Komisioni Europian dhe Kombet e Bashkuara. Shenjat vetëm nuk e provojnë dhe nuk e përjashtojnë trafikimin; ato tregojnë kur ia vlen të kërkoni ndihmë.
   *[other] Këto shenja vijnë nga listat që përdorin Organizata Ndërkombëtare e Punës, Komisioni Europian dhe Kombet e Bashkuara. Shenjat vetëm nuk e provojnë dhe nuk e përjashtojnë trafikimin; ato tregojnë kur ia vlen të kërkoni ndihmë.
}
checklist-note-crisis = { $perspective ->
    [me] Nëse mendoni ta lëndoni veten, nuk duhet të mbeteni vetëm me këtë. Në rrezik, telefononi 112. Një i ri mund të telefonojë Child Focus në 116 000, falas, ditë e natë. Lueur ende nuk ka një linjë për parandalimin e vetëvrasjes: ende nuk kemi kontrolluar një të tillë me një burim.
   *[other] Nëse personi mendon ta lëndojë veten, nuk duhet të mbetet vetëm me këtë. Në rrezik, telefononi 112. Një i ri mund të telefonojë Child Focus në 116 000, falas, ditë e natë. Lueur ende nuk ka një linjë për parandalimin e vetëvrasjes: ende nuk kemi kontrolluar një të tillë me një burim.
}
checklist-note-minor = { $perspective ->
    [me] Mund të jeni nën 18 vjeç. Të fitosh para nga aktet seksuale, fotot ose videot e një të riu është gjithmonë shfrytëzim, edhe nëse ai ose ajo ka pranuar. Për një të ri, nuk duhen forca ose gënjeshtra që të jetë trafikim. Ka shërbime vetëm për të rinjtë.
   *[other] Personi mund të jetë nën 18 vjeç. Të fitosh para nga aktet seksuale, fotot ose videot e një të riu është gjithmonë shfrytëzim, edhe nëse ai ose ajo ka pranuar. Për një të ri, nuk duhen forca ose gënjeshtra që të jetë trafikim. Ka shërbime vetëm për të rinjtë.
}
checklist-note-work-rights = { $perspective ->
    [me] Disa përgjigje përshkruajnë punë të padrejtë. Edhe kur nuk është trafikim, mund të jetë kundër ligjit, dhe ju keni të drejta në punë.
   *[other] Disa përgjigje përshkruajnë punë të padrejtë. Edhe kur nuk është trafikim, mund të jetë kundër ligjit, dhe personi ka të drejta në punë.
}
checklist-note-unsure = { $perspective ->
    [me] Nuk ishit të sigurt për disa pyetje. Kjo është normale. Një qendër e specializuar mund t'ju ndihmojë t'i mendoni me qetësi.
   *[other] Nuk ishit të sigurt për disa pyetje. Kjo është normale. Një qendër e specializuar mund t'ju ndihmojë t'i mendoni me qetësi.
}
checklist-note-still-worried = { $perspective ->
    [me] Një listë pyetjesh nuk mund të shohë gjithçka. Nëse jeni në merak, besojini kësaj ndjenje dhe kërkoni këshillë.
   *[other] Një listë pyetjesh nuk mund të shohë gjithçka. Nëse jeni në merak për personin, besojini kësaj ndjenje dhe kërkoni këshillë.
}
