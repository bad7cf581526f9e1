## Bizalmas bejelentés: az űrlap, a küldésre váró bejelentések és az üzeneteik.

report-form-title = Bizalmas bejelentés írása
report-form-intro = Írd le, amit tudsz. Ez nem feljelentés a rendőrségen. Csak a „Mi történt?” kötelező; hagyj ki mindent, amit nem akarsz elmondani.
report-form-privacy = A bejelentésedet mentés előtt lezárjuk ezen a telefonon. Csak az a szervezet tudja megnyitni, amelyik megkapja. A bejelentést akkor küldjük el, amikor van kapcsolat, akár később is.
# Megnevezi, ki nyitja meg a bejelentést; az alkalmazás a működtető szervezet nevét adja meg.
report-recipient = A bejelentésed címzettje: { $organisation }. Ez nem feljelentés a rendőrségen, és nem a stoptraite.be kapja. Ha most veszélyben vagy, hívd a 112-t vagy a 101-et.
report-development-key = Tesztváltozat: a bejelentéseket nyilvános tesztkulccsal zárjuk le. Ebbe a változatba ne írj valódi információt.
report-send = Bejelentés elküldése
report-skip-hint = Nyomd meg az Entert a kihagyáshoz.
report-choose-one-hint = Írj be egy számot.
report-choose-many-hint = Írj be egy vagy több számot, szóközzel elválasztva.

report-field-about = Kiről van szó?
report-about-me = Rólam
report-about-someone-else = Valaki másról
report-field-forms = Milyen helyzetről van szó?
    .hint = Többet is választhatsz, vagy azt, hogy „Nem tudom biztosan”.
report-form-sexual = Kényszerprostitúció vagy szexuális kizsákmányolás
report-form-labour = Munka nagyon rossz körülmények között vagy fizetés nélkül
report-form-begging = Kényszerkoldulás
report-form-forced-crime = Kényszerítés bűncselekmények elkövetésére
report-form-organ-removal = Szervek eltávolítása
report-form-other = Valami más
report-form-not-sure = Nem tudom biztosan
report-field-municipality = Melyik városban vagy településen?
report-field-place = Pontosan hol?
    .hint = Például egy utca, egy helytípus vagy egy cég neve.
report-field-when = Mikor?
    .hint = Például „tavaly nyár óta” vagy „minden éjjel”.
report-field-what-happened = Mi történt?
    .hint = Írd le a saját szavaiddal. Bármilyen nyelven írhatsz.
report-field-people = Kik vesznek részt benne?
    .hint = Például nevek, becenevek, hogyan néznek ki, autók vagy telefonszámok.
report-field-contact = Felveheti veled a kapcsolatot a szervezet?
    .hint = Csak ha ez biztonságos neked.
report-contact-no-contact = Nem, ne keressetek
report-contact-phone = Igen, telefonon
report-contact-email = Igen, e-mailben
report-field-contact-phone = Telefonszám
report-field-contact-email = E-mail-cím
report-field-contact-note = Mikor és hogyan biztonságos felvenni veled a kapcsolatot?
    .hint = Például „csak hétköznap 9 előtt” vagy „ne hagyjatok üzenetet”.
report-field-language = Milyen nyelven szeretnéd, hogy keressenek?
    .hint = Például fr, nl, de, en, ar vagy ro.
report-field-checklist-summary = A kérdésekre adott válaszaid összefoglalója
    .hint = Csak ha hozzá akarod adni.

report-outbox-title = Bejelentések
report-outbox-empty = Ezen a telefonon nincs bejelentés.
report-state-queued = Várakozik
report-state-sending = Küldés folyamatban
report-state-sent = Elküldve
report-state-failed = Figyelmet igényel
report-state-expired = Nincs elküldve
report-detail-queued = Lezárva, kapcsolatra vár. Magától el fog menni.
report-detail-retrying = Az utolsó próbálkozás nem sikerült. A következő próbálkozás körülbelül { $minutes ->
        [one] egy perc
       *[other] { $minutes } perc
    } múlva lesz.
report-detail-sending = Most küldjük.
report-detail-sent = A szervezet megkapta.
report-detail-failed = A szervezet nem tudta elfogadni ezt a bejelentést. Újra megpróbálhatod, vagy törölheted.
report-detail-expired = Nem sikerült időben elküldeni, ezért töröltük erről a telefonról. Megírhatod újra.
report-age = { $days ->
        [0] Ma
        [1] Tegnap
       *[other] { $days } napja
    }
report-action-retry = Újrapróbálás
report-action-delete = Törlés

report-error-required = Kérlek, írd le, mi történt.
report-error-too-long = Ez túl hosszú. Kérlek, maradj { $max } karakter alatt.
report-error-phone = Ez nem tűnik telefonszámnak. Kérlek, ellenőrizd, és ha nem belga szám, írd elé az ország hívókódját.
report-error-email = Ez nem tűnik e-mail-címnek. Kérlek, ellenőrizd.
report-error-language = Kérlek, írj be egy nyelvkódot, például fr, nl, de vagy en.
report-error-repeated-choice = Egy választás kétszer szerepel. Kérlek, mindegyiket csak egyszer válaszd.
report-error-file = A bejelentés fájlját nem lehet beolvasni ({ $line }. sor, { $column }. oszlop).
report-error-too-large = A bejelentés túl nagy az elküldéshez. Kérlek, rövidíts néhány válaszon.
report-error-cannot-delete = Ezt a bejelentést most nem lehet törölni: éppen küldjük. Próbáld újra egy kicsit később.
report-error-cannot-retry = Csak figyelmet igénylő bejelentést lehet újra megpróbálni.
report-error-choice = Ez a választás nincs a listában. Kérlek, válassz újra.
report-error-not-asked = Ez a kérdés nem vonatkozik a válaszaidra. Itt semmit sem mentettünk.
