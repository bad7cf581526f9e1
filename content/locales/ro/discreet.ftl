## Modul discret. Mesajele calc-* sunt cuvintele calculatorului de camuflaj: trebuie
## să rămână cuvinte simple de calculator, care nu spun nimic despre Lueur.

calc-decimal-separator = { "," }
calc-error = Eroare
calc-unknown-key = Nu există tasta „{ $key }”.
calc-key-clear = C
calc-key-clear-description = Șterge intrarea
calc-key-all-clear = AC
calc-key-all-clear-description = Șterge tot
calc-key-negate = ±
calc-key-negate-description = Schimbă semnul
calc-key-percent = %
calc-key-percent-description = Procent
calc-key-divide = ÷
calc-key-divide-description = Împărțit la
calc-key-multiply = ×
calc-key-multiply-description = Înmulțit cu
calc-key-subtract = −
calc-key-subtract-description = Minus
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Egal
calc-key-decimal-description = Virgulă zecimală

## Setările modului discret

discreet-title = Mod discret
discreet-disguise-label = Cum arată Lueur pe telefon
discreet-disguise-off = Ca Lueur
discreet-disguise-calculator = Ca un calculator
discreet-disguise-explanation = Ca un calculator, Lueur se deschide pe un calculator care chiar funcționează. Ca să deschizi Lueur, scrie codul de deblocare și apoi apasă =. Orice alt număr dă doar un rezultat normal.
discreet-unlock-code-label = Cod de deblocare
discreet-duress-code-label = Cod de urgență
discreet-code-status-set = Setat
discreet-code-status-not-set = Încă nesetat
discreet-duress-explanation = Dacă cineva te obligă să deschizi Lueur, scrie în schimb codul de urgență. Atunci Lueur se deschide gol: răspunsurile și rapoartele tale salvate nu apar.
discreet-duress-wipes-label = Codul de urgență șterge și tot ce a salvat Lueur
discreet-code-rules = Un cod are de la { $min } la { $max } cifre. Alege unul pe care alții nu îl pot ghici, nu data ta de naștere.
discreet-code-prompt = Scrie codul tău nou.
discreet-code-confirm-prompt = Scrie din nou același cod.
discreet-guess-delay-note = După { $attempts } coduri greșite la rând, calculatorul merge mai departe, dar verifică un cod doar o dată la { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }. Dacă codul tău nu merge, așteaptă puțin și încearcă din nou.
discreet-limits-title = Ce nu poate ascunde camuflajul
discreet-limit-app-list = Lista de aplicații din setările telefonului arată în continuare Lueur.
discreet-limit-store = Istoricul de descărcări din magazinul de aplicații arată că Lueur a fost instalat.
discreet-limit-phone-bill = Factura de telefon poate arăta apelurile și SMS-urile tale, de exemplu către o linie de ajutor.
discreet-limit-backups = Copiile de siguranță ale telefonului, de exemplu în cloud, pot arăta că Lueur este instalat.
discreet-limit-ios-name = Pe un iPhone, numele de sub iconiță rămâne „Lueur”. Se schimbă doar imaginea.
discreet-limit-ios-alert = Pe un iPhone, sistemul arată un mesaj când se schimbă iconița.
discreet-quick-exit-label = Ieșire rapidă
discreet-quick-exit-explanation = Închide Lueur imediat și uită tot ce este pe ecran și nu este salvat.
discreet-wipe-label = Șterge tot

## Ștergere de urgență

discreet-wipe-title = Ștergi tot?
discreet-wipe-body = Se șterge tot ce a salvat Lueur pe acest telefon: răspunsuri salvate, rapoarte, setări și coduri. Nu se mai poate anula. După aceea, Lueur este ca proaspăt instalat.
discreet-wipe-unsent = { $count ->
    [one] Un raport nu a fost încă trimis. Nu va mai fi trimis.
    [few] { $count } rapoarte nu au fost încă trimise. Nu vor mai fi trimise.
   *[other] { $count } de rapoarte nu au fost încă trimise. Nu vor mai fi trimise.
}
discreet-wipe-confirm = Șterge tot
discreet-wipe-cancel = Anulează
discreet-wipe-done = Tot ce a salvat Lueur pe acest telefon a fost șters.

## Erori

error-discreet-code-format = Un cod are de la 6 la 8 cifre și nimic altceva.
error-discreet-code-mismatch = Cele două coduri nu sunt la fel. Te rog începe din nou.
error-discreet-code-same = Codul de urgență trebuie să fie diferit de codul de deblocare.
error-discreet-code-first = Te rog scrie mai întâi codul nou, apoi scrie-l din nou ca să confirmi.
error-discreet-code-needed = Te rog alege mai întâi un cod de deblocare. Fără el, nu ai putea deschide Lueur din spatele calculatorului.
error-discreet-unlock-first = Te rog alege un cod de deblocare înainte de codul de urgență.
error-discreet-disguise-on = Te rog oprește camuflajul de calculator înainte să scoți codul de deblocare.
error-discreet-disguise-unknown = „{ $value }” nu este un camuflaj. Alege „off” sau „calculator”.
error-discreet-wipe-not-confirmed = Nu s-a șters nimic. Ca să ștergi tot, te rog confirmă mai întâi.
discreet-code-lock-label = Cere codul de deblocare de fiecare dată când se deschide Lueur
discreet-code-lock-explanation = Atunci Lueur se deschide pe un ecran cu cod, chiar și fără calculator. Răspunsurile și rapoartele tale salvate rămân ascunse până scrii codul.
discreet-current-code-prompt = Scrie codul tău de deblocare actual.
discreet-limit-call-list = Un apel sau un mesaj către cineva care te ajută rămâne în lista de apeluri sau în aplicația de mesaje a telefonului.

## Blocarea simplă cu cod (fără camuflaj)

lock-title = Lueur
lock-prompt = Scrie codul tău de deblocare.
lock-unlock = Deschide
lock-error-wrong = Acest cod nu deschide Lueur.
lock-error-wait = Prea multe coduri greșite. Așteaptă { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }, apoi încearcă din nou.
error-discreet-current-code-wrong = Acesta nu este codul tău de deblocare actual.
