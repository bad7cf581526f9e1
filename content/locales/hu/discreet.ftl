## Diszkrét mód. A calc-* üzenetek az álcázó számológép saját szavai: egyszerű
## számológépes szavak maradjanak, amelyek semmit sem árulnak el a Lueurről.

calc-decimal-separator = { "," }
calc-error = Hiba
calc-unknown-key = Nincs „{ $key }” gomb.
calc-key-clear = C
calc-key-clear-description = Bevitel törlése
calc-key-all-clear = AC
calc-key-all-clear-description = Minden törlése
calc-key-negate = ±
calc-key-negate-description = Előjelváltás
calc-key-percent = %
calc-key-percent-description = Százalék
calc-key-divide = ÷
calc-key-divide-description = Osztva
calc-key-multiply = ×
calc-key-multiply-description = Szorozva
calc-key-subtract = −
calc-key-subtract-description = Mínusz
calc-key-add = +
calc-key-add-description = Plusz
calc-key-equals = { "=" }
calc-key-equals-description = Egyenlő
calc-key-decimal-description = Tizedesvessző

## A diszkrét mód beállításai

discreet-title = Diszkrét mód
discreet-disguise-label = Hogyan néz ki a Lueur a telefonon
discreet-disguise-off = Lueurként
discreet-disguise-calculator = Számológépként
discreet-disguise-explanation = Számológépként a Lueur egy valóban működő számológéppel nyílik meg. A Lueur megnyitásához írd be a feloldó kódodat, aztán nyomd meg az = gombot. Bármilyen más szám csak egy szokásos eredményt ad.
discreet-unlock-code-label = Feloldó kód
discreet-duress-code-label = Vészkód
discreet-code-status-set = Beállítva
discreet-code-status-not-set = Még nincs beállítva
discreet-duress-explanation = Ha valaki arra kényszerít, hogy megnyisd a Lueurt, írd be helyette a vészkódot. A Lueur ekkor üresen nyílik meg: a mentett válaszaid és bejelentéseid nem látszanak.
discreet-duress-wipes-label = A vészkód azt is törli, amit a Lueur tárolt
discreet-code-rules = A kód { $min }–{ $max } számjegyből áll. Olyat válassz, amit mások nem tudnak kitalálni, ne a születési dátumodat.
discreet-code-prompt = Írd be az új kódodat.
discreet-code-confirm-prompt = Írd be még egyszer ugyanazt a kódot.
discreet-guess-delay-note = { $attempts } egymás utáni rossz kód után a számológép tovább működik, de csak { $seconds } másodpercenként egyszer ellenőriz kódot. Ha a kódod nem működik, várj egy kicsit, és próbáld újra.
discreet-limits-title = Amit az álcázás nem tud elrejteni
discreet-limit-app-list = A telefon beállításaiban az alkalmazások listája továbbra is mutatja a Lueurt.
discreet-limit-store = Az alkalmazásbolt letöltési előzményei mutatják, hogy a Lueurt telepítették.
discreet-limit-phone-bill = A telefonszámlán látszhatnak a hívásaid és SMS-eid, például egy segélyvonal felé.
discreet-limit-backups = A telefon biztonsági mentései, például a felhőben, mutathatják, hogy a Lueur telepítve van.
discreet-limit-ios-name = iPhone-on az ikon alatti név „Lueur” marad. Csak a kép változik.
discreet-limit-ios-alert = iPhone-on a rendszer üzenetet mutat, amikor az ikon megváltozik.
discreet-quick-exit-label = Gyors kilépés
discreet-quick-exit-explanation = Azonnal bezárja a Lueurt, és elfelejt mindent a képernyőn, ami nincs mentve.
discreet-wipe-label = Minden törlése

## Vésztörlés

discreet-wipe-title = Mindent törölsz?
discreet-wipe-body = Ez mindent töröl, amit a Lueur ezen a telefonon tárolt: a mentett válaszokat, a bejelentéseket, a beállításokat és a kódokat. Nem lehet visszavonni. Utána a Lueur olyan lesz, mintha most telepítették volna.
discreet-wipe-unsent = { $count ->
    [one] Egy bejelentést még nem küldtünk el. Nem is fogjuk elküldeni.
   *[other] { $count } bejelentést még nem küldtünk el. Ezeket nem is fogjuk elküldeni.
}
discreet-wipe-confirm = Minden törlése
discreet-wipe-cancel = Mégse
discreet-wipe-done = Mindent töröltünk, amit a Lueur ezen a telefonon tárolt.

## Hibák

error-discreet-code-format = A kód 6–8 számjegyből áll, és semmi másból.
error-discreet-code-mismatch = A két kód nem egyforma. Kérlek, kezdd újra.
error-discreet-code-same = A vészkódnak különböznie kell a feloldó kódtól.
error-discreet-code-first = Kérlek, először írd be az új kódot, aztán írd be még egyszer a megerősítéshez.
error-discreet-code-needed = Kérlek, először válassz feloldó kódot. Enélkül nem tudnád megnyitni a számológép mögötti Lueurt.
error-discreet-unlock-first = Kérlek, a vészkód előtt válassz feloldó kódot.
error-discreet-disguise-on = Kérlek, kapcsold ki a számológép-álcázást, mielőtt eltávolítod a feloldó kódot.
error-discreet-disguise-unknown = „{ $value }” nem álcázás. Válaszd ezt: „off” (ki) vagy „calculator” (számológép).
error-discreet-wipe-not-confirmed = Semmi sem törlődött. Ha mindent törölni akarsz, kérlek, előbb erősítsd meg.
discreet-code-lock-label = Kérje a feloldó kódot minden alkalommal, amikor a Lueur megnyílik
discreet-code-lock-explanation = A Lueur ekkor egy kódképernyővel nyílik meg, számológép nélkül is. A mentett válaszaid és bejelentéseid rejtve maradnak, amíg be nem írod a kódot.
discreet-current-code-prompt = Írd be a jelenlegi feloldó kódodat.
discreet-limit-call-list = Egy segítőnek szóló hívás vagy üzenet a telefon hívásnaplójában vagy üzenetküldő alkalmazásában marad.

## Egyszerű kódzár (álcázás nélkül)

lock-title = Lueur
lock-prompt = Írd be a feloldó kódodat.
lock-unlock = Megnyitás
lock-error-wrong = Ez a kód nem nyitja meg a Lueurt.
lock-error-wait = Túl sok rossz kód. Várj { $seconds } másodpercet, aztán próbáld újra.
error-discreet-current-code-wrong = Ez nem a jelenlegi feloldó kódod.
