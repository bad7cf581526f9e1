## Kezdőlap

home-title = Lueur
home-intro = Információ és segítség az emberkereskedelemről Belgiumban. Az alkalmazás internet nélkül is működik.
home-danger-title = Most veszélyben vagy?
home-danger-text = Ha a te életed vagy valaki más élete veszélyben van, most kérj segítséget, vagy menj a legközelebbi rendőrőrsre.
home-action-help-now = Segítség most
home-action-help-now-hint = Szervezetek és telefonszámok, amelyek segíthetnek neked.
home-action-check-me = Kérdések a helyzetemről
home-action-check-me-hint = Néhány kérdés a helyzetedről. A válaszaid ezen a telefonon maradnak.
home-action-check-other = Kérdések valakiről, akit ismerek
home-action-check-other-hint = Néhány kérdés valakinek a helyzetéről, akiért aggódsz.
home-action-learn = Tudj meg többet
home-action-learn-hint = Mi az emberkereskedelem, mik a jelei, és mik a jogaid.
home-action-contacts = Elérhetőségek
home-action-contacts-hint = Szakosított központok, segélyvonalak és a rendőrség.
home-action-report = Helyzet bejelentése
home-action-report-hint = Írj bizalmas bejelentést. Akkor küldjük el, amikor van kapcsolat.
home-action-search = Keresés
home-action-outbox = Küldésre váró bejelentések
home-action-calculator = Számológép
home-action-settings = Beállítások
home-notice-data-reset = A Lueur nem tudta beolvasni a telefonon mentett adatokat, ezért üres adatokkal indult újra. A beállításaid és a várakozó bejelentéseid elveszhettek.
home-notice-storage-unavailable = A Lueur most semmit sem tud menteni ezen a telefonon, például mert megtelt a tárhely. Ettől még mindent el tudsz olvasni, és tudsz segítséget hívni.

## Mozgás (menük és listák)

nav-choose = Írj be egy számot, és nyomd meg az Entert:
nav-back = Vissza
nav-quit = Bezárás
nav-invalid-choice = Kérlek, a látható számok közül írj be egyet.
nav-no-app = Ezen a telefonon egyik alkalmazás sem tudja ezt megtenni.

## Tudj meg többet: a cikkek listája és egy cikk

articles-title = Tudj meg többet
articles-intro = Rövid szövegek, hogy megértsd az emberkereskedelmet, és segítséget találj.
article-reviewed = A tényeket ellenőrizték: { $date }.
article-review-pending = Ezt a fordítást anyanyelvi beszélő még nem ellenőrizte.
article-sources = Források

date-long = { $year }. { $month ->
        [1] január
        [2] február
        [3] március
        [4] április
        [5] május
        [6] június
        [7] július
        [8] augusztus
        [9] szeptember
        [10] október
        [11] november
       *[12] december
    } { $day }.

## Elérhetőségek: lista, szűrők és részletek

contacts-title = Ki tud segíteni
contacts-intro = A szakosított központok bizalmasan kezelik, amit elmondasz nekik. A rendőrség és a 112 vészhelyzetekre való.
contacts-filter-city = Város vagy régió
contacts-filter-kind = A szolgáltatás fajtája
contacts-filter-language = Beszélt nyelv
contacts-filtered-by = Szűrés: { $filters }
contacts-nationwide = Egész Belgiumban elérhető
contacts-empty = Egy szolgáltatás sem felel meg ezeknek a szűrőknek. Kivehetsz egy szűrőt, vagy megnézheted a teljes listát.
contacts-empty-place = Ezen a helyen nem találtunk szolgáltatást. Az alábbi szolgáltatások Belgiumban bárhol segíthetnek neked.
contacts-languages-not-listed = { $count ->
        [one] Egy szolgáltatásnál nincs megadva, milyen nyelveken beszélnek, ezért ennél a nyelvnél nem látszik. Ettől még felveheted vele a kapcsolatot, és megkérdezheted.
       *[other] { $count } szolgáltatásnál nincs megadva, milyen nyelveken beszélnek, ezért ennél a nyelvnél nem látszanak. Ettől még felveheted velük a kapcsolatot, és megkérdezheted.
    }
contact-for-minors = Gyerekeknek és fiataloknak
contact-languages = Beszélt nyelvek: { $languages }
contact-languages-not-listed = Nincs megadva, milyen nyelveken beszélnek.
contact-serves = Működési terület: { $regions }
contact-address = Cím
contact-country = Belgium
contact-call-note = A hívás vagy az SMS megjelenik a telefonod előzményeiben. Utána törölheted, de feltűnhet, hogy valami hiányzik, és a hívás a telefonszámlán is látszhat. Ha tudsz, olyan telefont használj, amelyet senki sem ellenőriz.

action-call = Hívás: { $number }
action-sms = SMS küldése: { $number }
action-email = E-mail írása: { $address }
action-website = Megnyitás: { $site }
action-map = Megjelenítés térképen

language-name = { $code ->
        [fr] francia
        [nl] holland
        [de] német
        [en] angol
        [ar] arab
        [es] spanyol
        [pt] portugál
        [ro] román
        [bg] bolgár
        [pl] lengyel
        [ru] orosz
        [uk] ukrán
        [tr] török
        [zh] kínai
       *[other] { $code }
    }

## Keresés

search-title = Keresés
search-placeholder = Keresés a cikkekben és az elérhetőségekben
search-hint = Írj be egy szót, például „munka” vagy „Brüsszel”.
search-empty = Nincs találat. Próbálj egy másik szót, vagy nézd meg az elérhetőségek listáját.
search-results = { $count ->
        [one] Egy találat
       *[other] { $count } találat
    }
search-kind-article = Cikk
search-kind-contact = Elérhetőség

## Beállítások és névjegy

settings-title = Beállítások
settings-language = Nyelv
settings-locale-own-name = Magyar
settings-about = A Lueur névjegye
settings-about-text = A Lueur információt ad az emberkereskedelemről Belgiumban, és megmutatja, hol kaphatsz segítséget. Internet nélkül működik, és semmit sem küld el, hacsak te magad nem küldesz bejelentést.
settings-app-version = Az alkalmazás verziója
settings-content-version = A tartalom verziója
settings-content-date = Az információ ellenőrzésének dátuma

## Hibák

error-not-found = Ez az oldal nem létezik. Kérlek, lépj vissza, és válassz újra.
error-not-now = Ez most nem lehetséges. Kérlek, próbáld újra.
error-storage = A Lueur most nem tudja beolvasni vagy menteni az adatait ezen a telefonon. Nézd meg, van-e szabad hely, aztán próbáld újra.
error-content = Az alkalmazásban lévő információt nem lehet beolvasni. Kérlek, telepítsd újra az alkalmazást.
error-internal = Valami hiba történt a Lueurben. Ha újra előfordul, kérlek, telepítsd újra az alkalmazást.
error-endpoint-refused = Ez a cím nem tud bejelentéseket fogadni: { $reason }
error-unknown-locale = Ez a nyelv nem érhető el. Választhatsz franciát, hollandot, németet vagy angolt.

## Mit hagy maga után az egyes műveletek a telefon saját alkalmazásaiban

action-trace-call = A hívás a telefon hívásnaplójában marad.
action-trace-sms = Az üzenet a telefon üzenetküldő alkalmazásában marad.
action-trace-email = Az e-mail a telefon levelezőalkalmazásának elküldött levelei között marad.
action-trace-website = A weboldal a Lueuren belül nyílik meg, és nem kerül a böngésző előzményeibe.
action-trace-map = A cím a térképalkalmazás előzményeiben maradhat.
