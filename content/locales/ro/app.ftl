## Acasă

home-title = Lueur
home-intro = Informații și ajutor despre traficul de persoane în Belgia. Aplicația merge fără internet.
home-danger-title = Ești în pericol chiar acum?
home-danger-text = Dacă viața ta sau viața altcuiva este în pericol, cere ajutor acum sau mergi la cea mai apropiată secție de poliție.
home-action-help-now = Cere ajutor acum
home-action-help-now-hint = Organizații și numere de telefon care te pot ajuta.
home-action-check-me = Întrebări despre situația mea
home-action-check-me-hint = Câteva întrebări despre situația ta. Răspunsurile tale rămân pe acest telefon.
home-action-check-other = Întrebări despre cineva pe care îl cunosc
home-action-check-other-hint = Câteva întrebări despre situația unei persoane pentru care îți faci griji.
home-action-learn = Află
home-action-learn-hint = Ce este traficul de persoane, semnele și drepturile tale.
home-action-contacts = Contacte
home-action-contacts-hint = Centre specializate, linii de ajutor și poliția.
home-action-report = Semnalează o situație
home-action-report-hint = Scrie un raport confidențial. Este trimis când există conexiune.
home-action-search = Caută
home-action-outbox = Rapoarte care așteaptă să fie trimise
home-action-calculator = Calculator
home-action-settings = Setări
home-notice-data-reset = Lueur nu a putut citi datele salvate pe acest telefon, așa că a pornit din nou cu date goale. Setările tale și rapoartele care așteptau pot să fi dispărut.
home-notice-storage-unavailable = Lueur nu poate salva nimic pe acest telefon acum, de exemplu pentru că memoria este plină. Poți totuși să citești tot și să ceri ajutor.

## Navigare (meniuri și liste)

nav-choose = Scrie un număr și apasă Enter:
nav-back = Înapoi
nav-quit = Închide
nav-invalid-choice = Te rog scrie unul dintre numerele afișate.
nav-no-app = Nicio aplicație de pe acest telefon nu poate face asta.

## Află: lista de articole și un articol

articles-title = Află
articles-intro = Texte scurte ca să înțelegi traficul de persoane și să găsești ajutor.
article-reviewed = Informații verificate pe { $date }.
article-review-pending = Această traducere nu a fost încă verificată de un vorbitor nativ.
article-sources = Surse

date-long = { $day } { $month ->
        [1] ianuarie
        [2] februarie
        [3] martie
        [4] aprilie
        [5] mai
        [6] iunie
        [7] iulie
        [8] august
        [9] septembrie
        [10] octombrie
        [11] noiembrie
       *[12] decembrie
    } { $year }

## Contacte: listă, filtre și detalii

contacts-title = Cine te poate ajuta
contacts-intro = Centrele specializate păstrează confidențial ce le spui. Poliția și 112 sunt pentru urgențe.
contacts-filter-city = Oraș sau regiune
contacts-filter-kind = Tipul de serviciu
contacts-filter-language = Limba vorbită
contacts-filtered-by = Filtrat după: { $filters }
contacts-nationwide = Disponibil peste tot în Belgia
contacts-empty = Niciun serviciu nu se potrivește cu aceste filtre. Poți scoate un filtru sau poți vedea toată lista.
contacts-empty-place = Nu am găsit niciun serviciu în acest loc. Serviciile de mai jos te pot ajuta oriunde ai fi în Belgia.
contacts-languages-not-listed = { $count ->
        [one] Pentru un serviciu, limbile vorbite nu sunt indicate, așa că nu apare pentru această limbă. Îl poți totuși contacta și întreba.
        [few] Pentru { $count } servicii, limbile vorbite nu sunt indicate, așa că nu apar pentru această limbă. Le poți totuși contacta și întreba.
       *[other] Pentru { $count } de servicii, limbile vorbite nu sunt indicate, așa că nu apar pentru această limbă. Le poți totuși contacta și întreba.
    }
contact-for-minors = Pentru copii și tineri
contact-languages = Limbi vorbite: { $languages }
contact-languages-not-listed = Limbile vorbite nu sunt indicate.
contact-serves = Lucrează în: { $regions }
contact-address = Adresă
contact-country = Belgia
contact-call-note = Un apel sau un SMS apare în istoricul telefonului tău. Îl poți șterge după aceea, dar cineva poate observa că lipsește ceva, iar apelul poate apărea și pe factura de telefon. Dacă poți, folosește un telefon pe care nu îl verifică nimeni.

action-call = Sună la { $number }
action-sms = Trimite un SMS la { $number }
action-email = Scrie la { $address }
action-website = Deschide { $site }
action-map = Arată pe hartă

language-name = { $code ->
        [fr] franceză
        [nl] neerlandeză
        [de] germană
        [en] engleză
        [ar] arabă
        [es] spaniolă
        [pt] portugheză
        [ro] română
        [bg] bulgară
        [pl] poloneză
        [ru] rusă
        [uk] ucraineană
        [tr] turcă
        [zh] chineză
       *[other] { $code }
    }

## Căutare

search-title = Caută
search-placeholder = Caută în articole și contacte
search-hint = Scrie un cuvânt ca să cauți, de exemplu „muncă” sau „Bruxelles”.
search-empty = Nu am găsit nimic. Încearcă alt cuvânt sau uită-te în lista de contacte.
search-results = { $count ->
        [one] Un rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
search-kind-article = Articol
search-kind-contact = Contact

## Setări și despre aplicație

settings-title = Setări
settings-language = Limba
settings-locale-own-name = Română
settings-about = Despre Lueur
settings-about-text = Lueur oferă informații despre traficul de persoane în Belgia și arată unde găsești ajutor. Merge fără internet și nu trimite nimic, decât dacă trimiți tu un raport.
settings-app-version = Versiunea aplicației
settings-content-version = Versiunea conținutului
settings-content-date = Informații verificate pe

## Erori

error-not-found = Această pagină nu există. Te rog întoarce-te și alege din nou.
error-not-now = Acest lucru nu este posibil acum. Te rog încearcă din nou.
error-storage = Lueur nu poate citi sau salva datele pe acest telefon acum. Verifică dacă ai spațiu liber, apoi încearcă din nou.
error-content = Informațiile din această aplicație nu pot fi citite. Te rog instalează din nou aplicația.
error-internal = Ceva nu a mers bine în Lueur. Dacă se întâmplă din nou, te rog instalează din nou aplicația.
error-endpoint-refused = Această adresă nu poate primi rapoarte: { $reason }
error-unknown-locale = Această limbă nu este disponibilă. Poți alege franceza, neerlandeza, germana sau engleza.

## Ce lasă fiecare acțiune în aplicațiile telefonului

action-trace-call = Apelul rămâne în lista de apeluri a telefonului.
action-trace-sms = Mesajul rămâne în aplicația de mesaje a telefonului.
action-trace-email = E-mailul rămâne în mesajele trimise din aplicația de e-mail a telefonului.
action-trace-website = Site-ul se deschide în Lueur și nu apare în istoricul browserului.
action-trace-map = Adresa poate rămâne în istoricul aplicației de hărți.
