## Faqja kryesore

home-title = Lueur
home-intro = Informacion dhe ndihmë për trafikimin e qenieve njerëzore në Belgjikë. Aplikacioni punon pa internet.
home-danger-title = Jeni në rrezik tani?
home-danger-text = Nëse jeta juaj ose jeta e dikujt tjetër është në rrezik, kërkoni ndihmë tani ose shkoni në stacionin më të afërt të policisë.
home-action-help-now = Merrni ndihmë tani
home-action-help-now-hint = Organizata dhe numra telefoni që mund t'ju ndihmojnë.
home-action-check-me = Pyetje për situatën time
home-action-check-me-hint = Disa pyetje për situatën tuaj. Përgjigjet tuaja mbeten në këtë telefon.
home-action-check-other = Pyetje për dikë që njoh
home-action-check-other-hint = Disa pyetje për situatën e dikujt për të cilin jeni në merak.
home-action-learn = Mësoni
home-action-learn-hint = Çfarë është trafikimi i qenieve njerëzore, shenjat dhe të drejtat tuaja.
home-action-contacts = Kontaktet
home-action-contacts-hint = Qendra të specializuara, linja ndihme dhe policia.
home-action-report = Raportoni një situatë
home-action-report-hint = Shkruani një raport konfidencial. Ai dërgohet kur ka lidhje.
home-action-search = Kërko
home-action-outbox = Raporte që presin të dërgohen
home-action-calculator = Kalkulatori
home-action-settings = Cilësimet
home-notice-data-reset = Lueur nuk mundi të lexonte të dhënat e ruajtura në këtë telefon, prandaj filloi nga e para me të dhëna bosh. Cilësimet tuaja dhe raportet që prisnin mund të kenë humbur.
home-notice-storage-unavailable = Lueur nuk mund të ruajë asgjë në këtë telefon tani, për shembull sepse memoria është plot. Ju prapë mund të lexoni gjithçka dhe të kërkoni ndihmë.

## Lëvizja (menytë dhe listat)

nav-choose = Shkruani një numër dhe shtypni Enter:
nav-back = Prapa
nav-quit = Mbyll
nav-invalid-choice = Ju lutem shkruani një nga numrat që shihni.
nav-no-app = Asnjë aplikacion në këtë telefon nuk mund ta bëjë këtë.

## Mësoni: lista e artikujve dhe një artikull

articles-title = Mësoni
articles-intro = Tekste të shkurtra për të kuptuar trafikimin e qenieve njerëzore dhe për të gjetur ndihmë.
article-reviewed = Faktet u kontrolluan më { $date }.
article-review-pending = Ky përkthim nuk është kontrolluar ende nga një folës amtar.
article-sources = Burimet

date-long = { $day } { $month ->
        [1] janar
        [2] shkurt
        [3] mars
        [4] prill
        [5] maj
        [6] qershor
        [7] korrik
        [8] gusht
        [9] shtator
        [10] tetor
        [11] nëntor
       *[12] dhjetor
    } { $year }

## Kontaktet: lista, filtrat dhe hollësitë

contacts-title = Kush mund të ndihmojë
contacts-intro = Qendrat e specializuara e mbajnë konfidenciale atë që u tregoni. Policia dhe 112 janë për rastet urgjente.
contacts-filter-city = Qyteti ose rajoni
contacts-filter-kind = Lloji i shërbimit
contacts-filter-language = Gjuha që flitet
contacts-filtered-by = Të filtruara sipas: { $filters }
contacts-nationwide = Në dispozicion kudo në Belgjikë
contacts-empty = Asnjë shërbim nuk përputhet me këta filtra. Mund të hiqni një filtër ose të shihni të gjithë listën.
contacts-empty-place = Nuk u gjet asnjë shërbim në këtë vend. Shërbimet më poshtë mund t'ju ndihmojnë kudo që të jeni në Belgjikë.
contacts-languages-not-listed = { $count ->
        [one] Për një shërbim, gjuhët që fliten nuk janë në listë, prandaj nuk shfaqet për këtë gjuhë. Prapë mund ta kontaktoni dhe të pyesni.
       *[other] Për { $count } shërbime, gjuhët që fliten nuk janë në listë, prandaj nuk shfaqen për këtë gjuhë. Prapë mund t'i kontaktoni dhe të pyesni.
    }
contact-for-minors = Për fëmijë dhe të rinj
contact-languages = Gjuhët që fliten: { $languages }
contact-languages-not-listed = Gjuhët që fliten nuk janë në listë.
contact-serves = Punon në: { $regions }
contact-address = Adresa
contact-country = Belgjika
contact-call-note = Një telefonatë ose një mesazh duket në historikun e telefonit tuaj. Mund ta fshini më pas, por dikush mund ta vërejë që mungon diçka, dhe telefonata mund të duket ende në faturën e telefonit. Nëse mundeni, përdorni një telefon që nuk e kontrollon askush.

action-call = Telefononi { $number }
action-sms = Dërgoni një mesazh te { $number }
action-email = Shkruani te { $address }
action-website = Hapni { $site }
action-map = Shfaq në hartë

language-name = { $code ->
        [fr] Frëngjisht
        [nl] Holandisht
        [de] Gjermanisht
        [en] Anglisht
        [ar] Arabisht
        [es] Spanjisht
        [pt] Portugalisht
        [ro] Rumanisht
        [bg] Bullgarisht
        [pl] Polonisht
        [ru] Rusisht
        [uk] Ukrainisht
        [tr] Turqisht
        [zh] Kinezisht
       *[other] { $code }
    }

## Kërkimi

search-title = Kërko
search-placeholder = Kërkoni në artikuj dhe kontakte
search-hint = Shkruani një fjalë për të kërkuar, për shembull "punë" ose "Bruksel".
search-empty = Nuk u gjet asgjë. Provoni një fjalë tjetër ose shihni listën e kontakteve.
search-results = { $count ->
        [one] Një rezultat
       *[other] { $count } rezultate
    }
search-kind-article = Artikull
search-kind-contact = Kontakt

## Cilësimet dhe rreth aplikacionit

settings-title = Cilësimet
settings-language = Gjuha
settings-locale-own-name = Shqip
settings-about = Rreth Lueur
settings-about-text = Lueur jep informacion për trafikimin e qenieve njerëzore në Belgjikë dhe tregon ku mund të gjeni ndihmë. Punon pa internet dhe nuk dërgon asgjë, përveç kur ju vetë dërgoni një raport.
settings-app-version = Versioni i aplikacionit
settings-content-version = Versioni i përmbajtjes
settings-content-date = Informacioni u kontrollua më

## Gabimet

error-not-found = Kjo faqe nuk ekziston. Ju lutem kthehuni prapa dhe zgjidhni përsëri.
error-not-now = Kjo nuk është e mundur tani. Ju lutem provoni përsëri.
error-storage = Lueur nuk mund të lexojë ose të ruajë të dhënat e veta në këtë telefon tani. Kontrolloni që ka hapësirë të lirë, pastaj provoni përsëri.
error-content = Informacioni në këtë aplikacion nuk mund të lexohet. Ju lutem instaloni aplikacionin përsëri.
error-internal = Diçka shkoi keq brenda Lueur. Nëse ndodh përsëri, ju lutem instaloni aplikacionin përsëri.
error-endpoint-refused = Kjo adresë nuk mund të marrë raporte: { $reason }
error-unknown-locale = Kjo gjuhë nuk është në dispozicion. Mund të zgjidhni frëngjisht, holandisht, gjermanisht ose anglisht.

## Çfarë lë çdo veprim në aplikacionet e vetë telefonit

action-trace-call = Telefonata mbetet në listën e thirrjeve të telefonit.
action-trace-sms = Mesazhi mbetet në aplikacionin e mesazheve të telefonit.
action-trace-email = Emaili mbetet te postat e dërguara në aplikacionin e emailit të telefonit.
action-trace-website = Faqja e internetit hapet brenda Lueur dhe nuk mbetet në historikun e shfletuesit.
action-trace-map = Adresa mund të mbetet në historikun e aplikacionit të hartave.
