## Poufne zgłoszenie: formularz, zgłoszenia do wysłania i ich komunikaty.

report-form-title = Napisz poufne zgłoszenie
report-form-intro = Napisz, co wiesz. To nie jest zawiadomienie na policję. Potrzebne jest tylko „Co się stało”; pomiń wszystko, czego nie chcesz mówić.
report-form-privacy = Twoje zgłoszenie jest zamykane na kłódkę na tym telefonie, zanim zostanie zapisane. Tylko organizacja, która je dostanie, może je otworzyć. Zgłoszenie zostanie wysłane, gdy będzie połączenie, nawet później.
# Mówi, kto otwiera zgłoszenie; aplikacja podaje nazwę organizacji, która ją udostępnia.
report-recipient = Twoje zgłoszenie trafi do { $organisation }. To nie jest zawiadomienie na policję i nie trafi do stoptraite.be. Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod 112 albo 101.
report-development-key = Wersja testowa: zgłoszenia są zamykane publicznym kluczem testowym. Nie wpisuj prawdziwych informacji w tej wersji.
report-send = Wyślij zgłoszenie
report-skip-hint = Naciśnij Enter, żeby pominąć.
report-choose-one-hint = Wpisz jeden numer.
report-choose-many-hint = Wpisz jeden albo kilka numerów, oddzielonych spacjami.

report-field-about = Kogo to dotyczy?
report-about-me = Mnie
report-about-someone-else = Kogoś innego
report-field-forms = Jaka to sytuacja?
    .hint = Możesz wybrać więcej niż jedną albo „Nie wiem”.
report-form-sexual = Zmuszanie do prostytucji lub wyzysk seksualny
report-form-labour = Praca w bardzo złych warunkach albo bez zapłaty
report-form-begging = Zmuszanie do żebrania
report-form-forced-crime = Zmuszanie do popełniania przestępstw
report-form-organ-removal = Pobranie narządów
report-form-other = Coś innego
report-form-not-sure = Nie wiem
report-field-municipality = W jakim mieście lub gminie?
report-field-place = Gdzie dokładnie?
    .hint = Na przykład ulica, rodzaj miejsca albo nazwa firmy.
report-field-when = Kiedy?
    .hint = Na przykład „od zeszłego lata” albo „co noc”.
report-field-what-happened = Co się stało?
    .hint = Napisz własnymi słowami. Możesz pisać w każdym języku.
report-field-people = Kto w tym uczestniczy?
    .hint = Na przykład imiona, pseudonimy, jak wyglądają, samochody albo numery telefonów.
report-field-contact = Czy organizacja może się z tobą skontaktować?
    .hint = Tylko jeśli to dla ciebie bezpieczne.
report-contact-no-contact = Nie, proszę się ze mną nie kontaktować
report-contact-phone = Tak, telefonicznie
report-contact-email = Tak, e-mailem
report-field-contact-phone = Numer telefonu
report-field-contact-email = Adres e-mail
report-field-contact-note = Kiedy i jak można się z tobą bezpiecznie skontaktować?
    .hint = Na przykład „tylko w dni robocze przed 9” albo „nie zostawiać wiadomości”.
report-field-language = W jakim języku chcesz, żeby się z tobą kontaktowano?
    .hint = Na przykład fr, nl, de, en, ar albo ro.
report-field-checklist-summary = Podsumowanie twoich odpowiedzi na pytania
    .hint = Tylko jeśli chcesz je dodać.

report-outbox-title = Zgłoszenia
report-outbox-empty = Na tym telefonie nie ma zgłoszeń.
report-state-queued = Czeka
report-state-sending = Wysyłanie
report-state-sent = Wysłane
report-state-failed = Wymaga twojej uwagi
report-state-expired = Niewysłane
report-detail-queued = Zamknięte i czeka na połączenie. Zostanie wysłane samo.
report-detail-retrying = Ostatnia próba się nie udała. Następna próba za mniej więcej { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
report-detail-sending = Teraz trwa wysyłanie.
report-detail-sent = Organizacja je dostała.
report-detail-failed = Organizacja nie mogła przyjąć tego zgłoszenia. Możesz spróbować jeszcze raz albo je usunąć.
report-detail-expired = Nie udało się go wysłać na czas i zostało usunięte z tego telefonu. Możesz napisać je jeszcze raz.
report-age = { $days ->
        [0] Dzisiaj
        [1] Wczoraj
        [few] { $days } dni temu
        [many] { $days } dni temu
       *[other] { $days } dnia temu
    }
report-action-retry = Spróbuj jeszcze raz
report-action-delete = Usuń

report-error-required = Napisz, co się stało.
report-error-too-long = To jest za długie. Zmieść się w { $max ->
        [one] jednym znaku
       *[other] { $max } znakach
    }.
report-error-phone = To nie wygląda na numer telefonu. Sprawdź go, z numerem kierunkowym kraju, jeśli nie jest belgijski.
report-error-email = To nie wygląda na adres e-mail. Sprawdź go.
report-error-language = Wpisz kod języka, na przykład fr, nl, de albo en.
report-error-repeated-choice = Jeden wybór jest dwa razy. Wybierz każdy tylko raz.
report-error-file = Nie można odczytać pliku zgłoszenia (wiersz { $line }, kolumna { $column }).
report-error-too-large = Zgłoszenie jest za duże, żeby je wysłać. Skróć niektóre odpowiedzi.
report-error-cannot-delete = Tego zgłoszenia nie można teraz usunąć: trwa jego wysyłanie. Spróbuj za chwilę.
report-error-cannot-retry = Ponownie można wysłać tylko zgłoszenie, które wymaga twojej uwagi.
report-error-choice = Tego wyboru nie ma na liście. Wybierz jeszcze raz.
report-error-not-asked = To pytanie nie dotyczy twoich odpowiedzi. Nic tu nie zostało zapisane.
