## Raporti konfidencial: formulari, kutia e daljes dhe mesazhet e tyre.

report-form-title = Shkruani një raport konfidencial
report-form-intro = Shkruani atë që dini. Kjo nuk është një kallëzim në polici. Duhet vetëm "Çfarë ndodhi"; kaloni çdo gjë që nuk doni ta thoni.
report-form-privacy = Raporti juaj kyçet në këtë telefon para se të ruhet. Vetëm organizata që e merr mund ta hapë. Raporti dërgohet kur ka lidhje, edhe më vonë.
# Tregon kush e hap raportin; core jep emrin e organizatës që përdor aplikacionin.
report-recipient = Raporti juaj shkon te { $organisation }. Nuk është kallëzim në polici dhe nuk shkon te stoptraite.be. Nëse jeni në rrezik tani, telefononi 112 ose 101.
report-development-key = Version prove: raportet kyçen me një çelës prove publik. Mos shkruani informacion të vërtetë në këtë version.
report-send = Dërgo raportin
report-skip-hint = Shtypni Enter për ta kaluar.
report-choose-one-hint = Shkruani një numër.
report-choose-many-hint = Shkruani një ose më shumë numra, të ndarë me hapësira.

report-field-about = Për kë bëhet fjalë?
report-about-me = Për mua
report-about-someone-else = Për dikë tjetër
report-field-forms = Çfarë lloj situate është?
    .hint = Mund të zgjidhni më shumë se një, ose "Nuk jam i/e sigurt".
report-form-sexual = Prostitucion i detyruar ose shfrytëzim seksual
report-form-labour = Punë në kushte shumë të këqija ose pa pagesë
report-form-begging = Lypje e detyruar
report-form-forced-crime = I detyruar të kryejë krime
report-form-organ-removal = Heqje organesh
report-form-other = Diçka tjetër
report-form-not-sure = Nuk jam i/e sigurt
report-field-municipality = Në cilin qytet ose komunë?
report-field-place = Ku saktësisht?
    .hint = Për shembull një rrugë, një lloj vendi ose emri i një biznesi.
report-field-when = Kur?
    .hint = Për shembull "që nga vera e kaluar" ose "çdo natë".
report-field-what-happened = Çfarë ndodhi?
    .hint = Shkruani me fjalët tuaja. Mund të shkruani në çdo gjuhë.
report-field-people = Kush është i përfshirë?
    .hint = Për shembull emra, nofka, si duken, makina ose numra telefoni.
report-field-contact = A mund t'ju kontaktojë organizata?
    .hint = Vetëm nëse është e sigurt për ju.
report-contact-no-contact = Jo, mos më kontaktoni
report-contact-phone = Po, me telefon
report-contact-email = Po, me email
report-field-contact-phone = Numri i telefonit
report-field-contact-email = Adresa e emailit
report-field-contact-note = Kur dhe si është e sigurt t'ju kontaktojnë?
    .hint = Për shembull "vetëm në ditë pune para orës 9" ose "mos lini mesazh".
report-field-language = Në cilën gjuhë doni t'ju kontaktojnë?
    .hint = Për shembull fr, nl, de, en, ar ose ro.
report-field-checklist-summary = Përmbledhja e përgjigjeve tuaja në listën e pyetjeve
    .hint = Vetëm nëse doni ta shtoni.

report-outbox-title = Raportet
report-outbox-empty = Nuk ka raporte në këtë telefon.
report-state-queued = Në pritje
report-state-sending = Po dërgohet
report-state-sent = U dërgua
report-state-failed = Kërkon vëmendjen tuaj
report-state-expired = Nuk u dërgua
report-detail-queued = I kyçur dhe në pritje të lidhjes. Do të dërgohet vetë.
report-detail-retrying = Prova e fundit nuk funksionoi. Prova tjetër është pas rreth { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }.
report-detail-sending = Po dërgohet tani.
report-detail-sent = Organizata e ka marrë.
report-detail-failed = Organizata nuk mundi ta pranonte këtë raport. Mund të provoni përsëri ose ta fshini.
report-detail-expired = Nuk mundi të dërgohej në kohë dhe u hoq nga ky telefon. Mund ta shkruani përsëri.
report-age = { $days ->
        [0] Sot
        [1] Dje
       *[other] { $days } ditë më parë
    }
report-action-retry = Provo përsëri
report-action-delete = Fshi

report-error-required = Ju lutem shkruani çfarë ndodhi.
report-error-too-long = Kjo është shumë e gjatë. Ju lutem mbajeni nën { $max } shenja.
report-error-phone = Ky nuk duket si numër telefoni. Ju lutem kontrollojeni, me kodin e shtetit nëse nuk është belg.
report-error-email = Kjo nuk duket si adresë emaili. Ju lutem kontrollojeni.
report-error-language = Ju lutem shkruani një kod gjuhe, për shembull fr, nl, de ose en.
report-error-repeated-choice = Një zgjedhje shfaqet dy herë. Ju lutem zgjidhni secilën vetëm një herë.
report-error-file = Skedari i raportit nuk mund të lexohet (rreshti { $line }, kolona { $column }).
report-error-too-large = Raporti është shumë i madh për t'u dërguar. Ju lutem shkurtoni disa përgjigje.
report-error-cannot-delete = Ky raport nuk mund të fshihet tani: po dërgohet. Provoni përsëri pas pak.
report-error-cannot-retry = Vetëm një raport që kërkon vëmendjen tuaj mund të provohet përsëri.
report-error-choice = Kjo zgjedhje nuk është në listë. Ju lutem zgjidhni përsëri.
report-error-not-asked = Kjo pyetje nuk vlen për përgjigjet tuaja. Nuk u ruajt asgjë këtu.
