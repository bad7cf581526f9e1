## Start

home-title = Lueur
home-intro = Informacje i pomoc w sprawie handlu ludźmi w Belgii. Aplikacja działa bez internetu.
home-danger-title = Grozi ci teraz niebezpieczeństwo?
home-danger-text = Jeśli twoje życie albo życie innej osoby jest w niebezpieczeństwie, wezwij pomoc teraz albo idź na najbliższy komisariat policji.
home-action-help-now = Pomoc teraz
home-action-help-now-hint = Organizacje i numery telefonów, które mogą ci pomóc.
home-action-check-me = Pytania o moją sytuację
home-action-check-me-hint = Kilka pytań o twoją sytuację. Twoje odpowiedzi zostają na tym telefonie.
home-action-check-other = Pytania o kogoś, kogo znam
home-action-check-other-hint = Kilka pytań o sytuację osoby, o którą się martwisz.
home-action-learn = Dowiedz się
home-action-learn-hint = Czym jest handel ludźmi, jakie są sygnały i jakie masz prawa.
home-action-contacts = Kontakty
home-action-contacts-hint = Wyspecjalizowane ośrodki, telefony zaufania i policja.
home-action-report = Zgłoś sytuację
home-action-report-hint = Napisz poufne zgłoszenie. Zostanie wysłane, gdy będzie połączenie.
home-action-search = Szukaj
home-action-outbox = Zgłoszenia czekające na wysłanie
home-action-calculator = Kalkulator
home-action-settings = Ustawienia
home-notice-data-reset = Lueur nie mógł odczytać danych zapisanych na tym telefonie, więc zaczął od nowa z pustymi danymi. Twoje ustawienia i zgłoszenia, które czekały, mogły zniknąć.
home-notice-storage-unavailable = Lueur nie może teraz nic zapisać na tym telefonie, na przykład dlatego, że pamięć jest pełna. Nadal możesz wszystko czytać i wezwać pomoc.

## Poruszanie się (menu i listy)

nav-choose = Wpisz numer i naciśnij Enter:
nav-back = Wstecz
nav-quit = Zamknij
nav-invalid-choice = Wpisz jeden z pokazanych numerów.
nav-no-app = Żadna aplikacja na tym telefonie nie może tego zrobić.

## Dowiedz się: lista artykułów i jeden artykuł

articles-title = Dowiedz się
articles-intro = Krótkie teksty, żeby zrozumieć, czym jest handel ludźmi, i znaleźć pomoc.
article-reviewed = Informacje sprawdzone { $date }.
article-review-pending = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym.
article-sources = Źródła

date-long = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }

## Kontakty: lista, filtry i szczegóły

contacts-title = Kto może pomóc
contacts-intro = Wyspecjalizowane ośrodki zachowują w tajemnicy to, co im powiesz. Policja i 112 są od nagłych wypadków.
contacts-filter-city = Miasto lub region
contacts-filter-kind = Rodzaj pomocy
contacts-filter-language = Język
contacts-filtered-by = Filtry: { $filters }
contacts-nationwide = Dostępne w całej Belgii
contacts-empty = Żadna usługa nie pasuje do tych filtrów. Możesz usunąć filtr albo zobaczyć całą listę.
contacts-empty-place = W tym miejscu nie znaleziono żadnej usługi. Usługi poniżej mogą ci pomóc, gdziekolwiek jesteś w Belgii.
contacts-languages-not-listed = { $count ->
        [one] Dla jednej usługi nie podano języków, więc nie jest pokazana dla tego języka. Nadal możesz się z nią skontaktować i zapytać.
        [few] Dla { $count } usług nie podano języków, więc nie są pokazane dla tego języka. Nadal możesz się z nimi skontaktować i zapytać.
        [many] Dla { $count } usług nie podano języków, więc nie są pokazane dla tego języka. Nadal możesz się z nimi skontaktować i zapytać.
       *[other] Dla { $count } usług nie podano języków, więc nie są pokazane dla tego języka. Nadal możesz się z nimi skontaktować i zapytać.
    }
contact-for-minors = Dla dzieci i młodzieży
contact-languages = Języki: { $languages }
contact-languages-not-listed = Nie podano, w jakich językach można rozmawiać.
contact-serves = Działa w: { $regions }
contact-address = Adres
contact-country = Belgia
contact-call-note = Połączenie lub SMS widać w historii twojego telefonu. Możesz je potem usunąć, ale ktoś może zauważyć, że czegoś brakuje, a połączenie może też być widać na rachunku za telefon. Jeśli możesz, użyj telefonu, którego nikt nie sprawdza.

action-call = Zadzwoń pod { $number }
action-sms = Wyślij SMS pod { $number }
action-email = Napisz na { $address }
action-website = Otwórz { $site }
action-map = Pokaż na mapie

language-name = { $code ->
        [fr] francuski
        [nl] niderlandzki
        [de] niemiecki
        [en] angielski
        [ar] arabski
        [es] hiszpański
        [pt] portugalski
        [ro] rumuński
        [bg] bułgarski
        [pl] polski
        [ru] rosyjski
        [uk] ukraiński
        [tr] turecki
        [zh] chiński
       *[other] { $code }
    }

## Szukaj

search-title = Szukaj
search-placeholder = Szukaj w artykułach i kontaktach
search-hint = Wpisz słowo, na przykład „praca” albo „Bruksela”.
search-empty = Nic nie znaleziono. Spróbuj innego słowa albo zobacz listę kontaktów.
search-results = { $count ->
        [one] Jeden wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyniku
    }
search-kind-article = Artykuł
search-kind-contact = Kontakt

## Ustawienia i informacje

settings-title = Ustawienia
settings-language = Język
settings-locale-own-name = Polski
settings-about = O Lueur
settings-about-text = Lueur daje informacje o handlu ludźmi w Belgii i pokazuje, gdzie znaleźć pomoc. Działa bez internetu i niczego nie wysyła, chyba że wyślesz zgłoszenie.
settings-app-version = Wersja aplikacji
settings-content-version = Wersja treści
settings-content-date = Informacje sprawdzone

## Błędy

error-not-found = Ta strona nie istnieje. Wróć i wybierz jeszcze raz.
error-not-now = Teraz nie jest to możliwe. Spróbuj jeszcze raz.
error-storage = Lueur nie może teraz odczytać ani zapisać swoich danych na tym telefonie. Sprawdź, czy jest wolne miejsce, i spróbuj jeszcze raz.
error-content = Nie można odczytać informacji w tej aplikacji. Zainstaluj aplikację jeszcze raz.
error-internal = W Lueur coś poszło nie tak. Jeśli to się powtórzy, zainstaluj aplikację jeszcze raz.
error-endpoint-refused = Ten adres nie może przyjmować zgłoszeń: { $reason }
error-unknown-locale = Ten język nie jest dostępny. Możesz wybrać francuski, niderlandzki, niemiecki albo angielski.

## Co każde działanie zostawia w aplikacjach telefonu

action-trace-call = Połączenie zostaje na liście połączeń telefonu.
action-trace-sms = Wiadomość zostaje w aplikacji do wiadomości.
action-trace-email = E-mail zostaje w wysłanych w aplikacji poczty.
action-trace-website = Strona otwiera się w Lueur i nie zostaje w historii przeglądarki.
action-trace-map = Adres może zostać w historii aplikacji z mapami.
