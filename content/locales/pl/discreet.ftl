## Tryb dyskretny. Komunikaty calc-* to słowa kalkulatora-przykrywki: muszą
## pozostać zwykłymi słowami kalkulatora, które nic nie mówią o Lueur.

calc-decimal-separator = { "," }
calc-error = Błąd
calc-unknown-key = Nie ma klawisza „{ $key }”.
calc-key-clear = C
calc-key-clear-description = Wyczyść wpis
calc-key-all-clear = AC
calc-key-all-clear-description = Wyczyść wszystko
calc-key-negate = ±
calc-key-negate-description = Zmień znak
calc-key-percent = %
calc-key-percent-description = Procent
calc-key-divide = ÷
calc-key-divide-description = Podzielić przez
calc-key-multiply = ×
calc-key-multiply-description = Razy
calc-key-subtract = −
calc-key-subtract-description = Minus
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Równa się
calc-key-decimal-description = Przecinek dziesiętny

## Ustawienia trybu dyskretnego

discreet-title = Tryb dyskretny
discreet-disguise-label = Jak Lueur wygląda na telefonie
discreet-disguise-off = Jako Lueur
discreet-disguise-calculator = Jako kalkulator
discreet-disguise-explanation = Jako kalkulator Lueur otwiera się na kalkulatorze, który naprawdę działa. Żeby otworzyć Lueur, wpisz swój kod odblokowania i naciśnij =. Każda inna liczba daje po prostu zwykły wynik.
discreet-unlock-code-label = Kod odblokowania
discreet-duress-code-label = Kod awaryjny
discreet-code-status-set = Ustawiony
discreet-code-status-not-set = Jeszcze nieustawiony
discreet-duress-explanation = Jeśli ktoś zmusza cię do otwarcia Lueur, wpisz zamiast tego kod awaryjny. Wtedy Lueur otwiera się pusty: twoje zapisane odpowiedzi i zgłoszenia nie są pokazane.
discreet-duress-wipes-label = Kod awaryjny usuwa też wszystko, co zapisał Lueur
discreet-code-rules = Kod ma od { $min } do { $max } cyfr. Wybierz taki, którego inni nie zgadną, nie swoją datę urodzenia.
discreet-code-prompt = Wpisz nowy kod.
discreet-code-confirm-prompt = Wpisz ten sam kod jeszcze raz.
discreet-guess-delay-note = Po { $attempts } błędnych kodach z rzędu kalkulator nadal działa, ale sprawdza kod tylko raz na { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }. Jeśli twój kod nie działa, poczekaj chwilę i spróbuj jeszcze raz.
discreet-limits-title = Czego przykrywka nie ukryje
discreet-limit-app-list = Lista aplikacji w ustawieniach telefonu nadal pokazuje Lueur.
discreet-limit-store = Historia pobrań w sklepie z aplikacjami pokazuje, że Lueur został zainstalowany.
discreet-limit-phone-bill = Rachunek za telefon może pokazać twoje połączenia i SMS-y, na przykład do telefonu zaufania.
discreet-limit-backups = Kopie zapasowe telefonu, na przykład w chmurze, mogą pokazać, że Lueur jest zainstalowany.
discreet-limit-ios-name = Na iPhonie nazwa pod ikoną zostaje „Lueur”. Zmienia się tylko obrazek.
discreet-limit-ios-alert = Na iPhonie system pokazuje komunikat, gdy ikona się zmienia.
discreet-quick-exit-label = Szybkie wyjście
discreet-quick-exit-explanation = Od razu zamyka Lueur i zapomina wszystko na ekranie, co nie jest zapisane.
discreet-wipe-label = Usuń wszystko

## Awaryjne usuwanie

discreet-wipe-title = Usunąć wszystko?
discreet-wipe-body = To usuwa wszystko, co Lueur zapisał na tym telefonie: zapisane odpowiedzi, zgłoszenia, ustawienia i kody. Nie da się tego cofnąć. Potem Lueur jest jak nowo zainstalowany.
discreet-wipe-unsent = { $count ->
    [one] Jedno zgłoszenie nie zostało jeszcze wysłane. Nie zostanie wysłane.
    [few] { $count } zgłoszenia nie zostały jeszcze wysłane. Nie zostaną wysłane.
    [many] { $count } zgłoszeń nie zostało jeszcze wysłanych. Nie zostaną wysłane.
   *[other] { $count } zgłoszeń nie zostało jeszcze wysłanych. Nie zostaną wysłane.
}
discreet-wipe-confirm = Usuń wszystko
discreet-wipe-cancel = Anuluj
discreet-wipe-done = Wszystko, co Lueur zapisał na tym telefonie, zostało usunięte.

## Błędy

error-discreet-code-format = Kod ma od 6 do 8 cyfr i nic więcej.
error-discreet-code-mismatch = Te dwa kody nie są takie same. Zacznij od nowa.
error-discreet-code-same = Kod awaryjny musi być inny niż kod odblokowania.
error-discreet-code-first = Najpierw wpisz nowy kod, potem wpisz go jeszcze raz, żeby go potwierdzić.
error-discreet-code-needed = Najpierw wybierz kod odblokowania. Bez niego nie dałoby się otworzyć Lueur ukrytego za kalkulatorem.
error-discreet-unlock-first = Wybierz kod odblokowania przed kodem awaryjnym.
error-discreet-disguise-on = Wyłącz przykrywkę kalkulatora, zanim usuniesz kod odblokowania.
error-discreet-disguise-unknown = „{ $value }” to nie jest przykrywka. Wybierz „off” (wyłączona) albo „calculator” (kalkulator).
error-discreet-wipe-not-confirmed = Nic nie zostało usunięte. Żeby usunąć wszystko, najpierw potwierdź.
discreet-code-lock-label = Pytaj o kod odblokowania za każdym razem, gdy Lueur się otwiera
discreet-code-lock-explanation = Wtedy Lueur otwiera się na ekranie z kodem, także bez kalkulatora. Twoje zapisane odpowiedzi i zgłoszenia są ukryte, dopóki nie wpiszesz kodu.
discreet-current-code-prompt = Wpisz obecny kod odblokowania.
discreet-limit-call-list = Połączenie albo wiadomość do kogoś, kto pomaga, zostaje na liście połączeń albo w aplikacji do wiadomości.

## Zwykła blokada kodem (bez przykrywki)

lock-title = Lueur
lock-prompt = Wpisz swój kod odblokowania.
lock-unlock = Otwórz
lock-error-wrong = Ten kod nie otwiera Lueur.
lock-error-wait = Za dużo błędnych kodów. Poczekaj { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbuj jeszcze raz.
error-discreet-current-code-wrong = To nie jest twój obecny kod odblokowania.
