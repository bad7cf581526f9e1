## Pytania: ekrany i przyciski

checklist-title = Sprawdź sygnały
checklist-intro = Kilka pytań, na które odpowiadasz tak, nie albo nie wiem. Możesz pominąć pytanie albo wrócić. Twoje odpowiedzi zostają w tej aplikacji i znikają, gdy ją zamkniesz, chyba że zdecydujesz się je zachować.
checklist-answer-yes = Tak
checklist-answer-no = Nie
checklist-answer-unsure = Nie wiem
checklist-skip = Pomiń to pytanie
checklist-back = Wstecz
checklist-continue = Kontynuuj pytania
checklist-progress = Pytanie { $current } z { $total }
checklist-prompt = Wpisz numer i naciśnij Enter:
checklist-keep-answers = Zachowaj moje odpowiedzi na tym telefonie
checklist-keep-answers-hint = Wtedy każdy, kto może otworzyć Lueur na tym telefonie, mógłby je zobaczyć. Możesz je usunąć w każdej chwili.
checklist-delete-answers = Usuń moje odpowiedzi z tego telefonu
checklist-answers-kept = Twoje odpowiedzi są zachowane na tym telefonie.
checklist-answers-deleted = Twoje odpowiedzi zostały usunięte z tego telefonu.
checklist-saved-found = Wcześniej zachowano odpowiedzi na tym telefonie.
checklist-resume = Kontynuuj z zachowanymi odpowiedziami
checklist-start-again = Zacznij od nowa
checklist-signs-heading = Na co wskazują odpowiedzi
checklist-element-present = Odpowiedzi na to wskazują.
checklist-unsure-heading = Odpowiedzi „nie wiem”
checklist-notes-heading = Dobrze wiedzieć
checklist-contacts-heading = Kto może pomóc
checklist-steps-heading = Co możesz teraz zrobić
checklist-grade-strong = silny sygnał
checklist-grade-medium = sygnał
checklist-grade-weak = słaby sygnał
checklist-sources = Źródła: { $sources }
checklist-close = Zamknij
checklist-invalid-choice = Wpisz jeden z pokazanych numerów.
checklist-error-about = Powiedz, czyja to sytuacja: „me” (ja) albo „other” (ktoś inny).
checklist-ignored = Przy tych odpowiedziach nie zadano tych pytań, więc się nie liczą: { $questions }

## Pytania: kolejne kroki i kontakty

checklist-action-call = Zadzwoń do { $name }: { $number }
checklist-action-talk = Porozmawiaj z { $name }
checklist-action-report = Przygotuj poufne zgłoszenie
checklist-action-report-hint = Lueur wpisze krótkie podsumowanie tych odpowiedzi. Możesz je zmienić albo usunąć.
checklist-action-read = Przeczytaj: { $title }
checklist-contact-reason-emergency = W nagłym wypadku
checklist-contact-reason-minors = Dla młodych ludzi poniżej 18 lat
checklist-contact-reason-region = Blisko ciebie
checklist-contact-reason-language = Mówi w twoim języku
checklist-contact-reason-centre = Pomaga ludziom w takiej sytuacji
checklist-contact-reason-report = Żeby zgłosić sytuację

## Pytania: podsumowanie do zgłoszenia

checklist-summary-heading = { $perspective ->
    [me] Pytania Lueur, o mojej sytuacji
   *[other] Pytania Lueur, o kimś, kogo znam
}
checklist-summary-level = Wynik: { $level }
checklist-summary-minor = Ta osoba może mieć mniej niż 18 lat.
checklist-summary-signs = Sygnały w odpowiedziach:
checklist-summary-unsure = Nie wiem:
checklist-summary-none = Na żaden sygnał nie odpowiedziano „tak”.

## Pytania: błędy

checklist-error-unknown-question = Nie ma pytania „{ $question }”.
checklist-error-unknown-answer = „{ $answer }” nie jest możliwą odpowiedzią na to pytanie.
checklist-error-not-current = To nie jest pytanie, które jest teraz na ekranie.

## Pytania: części

checklist-module-entry = Pierwsze pytania
checklist-module-general = Sytuacja
checklist-module-sexual = Seks, escort i internet
checklist-module-labour = Praca
checklist-module-domestic = Praca w czyimś domu
checklist-module-begging = Żebranie
checklist-module-criminality = Przestępstwa dla kogoś innego
checklist-module-teen-pimps = Związek, który budzi niepokój
checklist-module-closing = Ostatnie pytanie

## Pytania: pierwsze pytania

checklist-q-about = Kogo to dotyczy?
checklist-q-about-me = Mnie
checklist-q-about-other = Kogoś, kogo znam
checklist-q-danger-now = { $perspective ->
    [me] Czy grozi ci teraz niebezpieczeństwo albo boisz się, że ktoś zaraz zrobi ci krzywdę?
   *[other] Czy tej osobie grozi teraz niebezpieczeństwo albo boi się, że ktoś zaraz zrobi jej krzywdę?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Czy ktoś teraz trzyma cię gdzieś pod kluczem albo wbrew twojej woli?
   *[other] Czy ktoś teraz trzyma tę osobę gdzieś pod kluczem albo wbrew jej woli?
}
checklist-q-under-18 = { $perspective ->
    [me] Czy masz mniej niż 18 lat?
   *[other] Czy ta osoba ma mniej niż 18 lat?
}
checklist-q-situation = { $perspective ->
    [me] Czego głównie dotyczy twoja sytuacja?
   *[other] Czego głównie dotyczy sytuacja tej osoby?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Seks, escort, zdjęcia lub filmy erotyczne, także w internecie
   *[other] Seks, escort, zdjęcia lub filmy erotyczne, także w internecie
}
checklist-q-situation-labour = { $perspective ->
    [me] Praca: na przykład w restauracji, na budowie, w gospodarstwie rolnym, w sklepie
   *[other] Praca: na przykład w restauracji, na budowie, w gospodarstwie rolnym, w sklepie
}
checklist-q-situation-domestic = { $perspective ->
    [me] Praca w czyimś domu: sprzątanie, gotowanie, opieka nad dziećmi
   *[other] Praca w czyimś domu: sprzątanie, gotowanie, opieka nad dziećmi
}
checklist-q-situation-begging = { $perspective ->
    [me] Żebranie na ulicy
   *[other] Żebranie na ulicy
}
checklist-q-situation-criminality = { $perspective ->
    [me] Muszę kraść, sprzedawać narkotyki albo łamać prawo w inny sposób
   *[other] Musi kraść, sprzedawać narkotyki albo łamać prawo w inny sposób
}
checklist-q-situation-relationship = { $perspective ->
    [me] Chłopak, dziewczyna albo przyjaciel, który żąda coraz więcej: pieniędzy, seksu, zdjęć albo czasu poza domem i szkołą
   *[other] Chłopak, dziewczyna albo przyjaciel, który żąda od tej osoby coraz więcej: pieniędzy, seksu, zdjęć albo czasu poza domem i szkołą
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Nie wiem albo coś innego
   *[other] Nie wiem albo coś innego
}

## Pytania o każdą sytuację

checklist-q-g-act-arranged = { $perspective ->
    [me] Czy ktoś inny znalazł ci albo załatwił tę pracę lub zajęcie?
   *[other] Czy ktoś inny znalazł albo załatwił tej osobie tę pracę lub zajęcie?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Czy ktoś przywiózł cię tam, gdzie teraz jesteś, albo zorganizował podróż?
   *[other] Czy ktoś przywiózł tę osobę tam, gdzie teraz jest, albo zorganizował podróż?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Czy osoba, dla której pracujesz, albo ktoś, kto z nią współpracuje, decyduje, gdzie śpisz?
   *[other] Czy osoba, dla której ona pracuje, albo ktoś, kto z nią współpracuje, decyduje, gdzie ona śpi?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Czy twoja praca albo sytuacja bardzo różni się od tego, co ci obiecano?
   *[other] Czy praca albo sytuacja tej osoby bardzo różni się od tego, co jej obiecano?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Czy okłamano cię w sprawie zapłaty, godzin pracy albo miejsca do mieszkania?
   *[other] Czy okłamano tę osobę w sprawie zapłaty, godzin pracy albo miejsca do mieszkania?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Czy ktoś obiecał ci dokumenty albo legalny pobyt, których nigdy nie dostajesz?
   *[other] Czy ktoś obiecał tej osobie dokumenty albo legalny pobyt, których nigdy nie dostaje?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Czy ktoś cię bił albo krzywdził, żeby zmusić cię do przyjazdu tutaj albo do tej pracy?
   *[other] Czy ktoś bił albo krzywdził tę osobę, żeby zmusić ją do przyjazdu tutaj albo do tej pracy?
}
checklist-q-g-taken = { $perspective ->
    [me] Czy na początku zabrano cię siłą albo trzymano wbrew twojej woli?
   *[other] Czy na początku zabrano tę osobę siłą albo trzymano ją wbrew jej woli?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Czy grożono ci, żeby zmusić cię do przyjazdu tutaj albo do tej pracy?
   *[other] Czy grożono tej osobie, żeby zmusić ją do przyjazdu tutaj albo do tej pracy?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Czy na początku ktoś wykorzystał bardzo trudny czas w twoim życiu, na przykład brak pieniędzy albo domu?
   *[other] Czy na początku ktoś wykorzystał bardzo trudny czas w życiu tej osoby, na przykład brak pieniędzy albo domu?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Czy ktoś wykorzystał to, że nie masz dokumentów na pobyt w Belgii, żeby cię w to wciągnąć?
   *[other] Czy ktoś wykorzystał to, że ta osoba nie ma dokumentów na pobyt w Belgii, żeby ją w to wciągnąć?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Czy ktoś wykorzystał to, że nie znasz tutejszego języka, zasad albo swoich praw?
   *[other] Czy ktoś wykorzystał to, że ta osoba nie zna tutejszego języka, zasad albo swoich praw?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Czy często pracujesz bardzo długo każdego dnia albo siedem dni w tygodniu?
   *[other] Czy ta osoba często pracuje bardzo długo każdego dnia albo siedem dni w tygodniu?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Czy dostajesz mało pieniędzy albo nic za to, co robisz?
   *[other] Czy ta osoba dostaje mało pieniędzy albo nic za to, co robi?
}
checklist-q-g-housing = { $perspective ->
    [me] Czy miejsce, w którym śpisz, jest przepełnione, brudne albo niebezpieczne?
   *[other] Czy miejsce, w którym śpi ta osoba, jest przepełnione, brudne albo niebezpieczne?
}
checklist-q-g-documents = { $perspective ->
    [me] Czy ktoś odmawia oddania ci paszportu albo dowodu osobistego, gdy o nie prosisz?
   *[other] Czy ktoś odmawia oddania tej osobie paszportu albo dowodu osobistego, gdy ona o nie prosi?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Czy ktoś nie pozwala ci odejść, zamyka cię albo chodzi za tobą, gdy wychodzisz?
   *[other] Czy ktoś nie pozwala tej osobie odejść, zamyka ją albo chodzi za nią, gdy wychodzi?
}
checklist-q-g-debt = { $perspective ->
    [me] Czy masz dług u ludzi, dla których pracujesz, albo u ludzi, którzy cię tu przywieźli?
   *[other] Czy ta osoba ma dług u ludzi, dla których pracuje, albo u ludzi, którzy ją tu przywieźli?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Czy ten dług zostaje taki sam albo rośnie, bez względu na to, ile płacisz albo co robisz?
   *[other] Czy ten dług zostaje taki sam albo rośnie, bez względu na to, ile ta osoba płaci albo co robi?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Czy ten dług zaczął się od kosztów twojej podróży, pracy albo mieszkania?
   *[other] Czy ten dług zaczął się od kosztów podróży, pracy albo mieszkania tej osoby?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Czy ktoś inny zabiera wszystkie albo prawie wszystkie pieniądze, które zarabiasz?
   *[other] Czy ktoś inny zabiera wszystkie albo prawie wszystkie pieniądze, które zarabia ta osoba?
}
checklist-q-g-threats = { $perspective ->
    [me] Czy ktoś groził tobie albo twojej rodzinie?
   *[other] Czy ktoś groził tej osobie albo jej rodzinie?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Czy ktoś mówił, że doniesie na ciebie na policję albo do urzędu imigracyjnego, jeśli nie będziesz słuchać?
   *[other] Czy ktoś mówił, że doniesie na tę osobę na policję albo do urzędu imigracyjnego, jeśli nie będzie słuchać?
}
checklist-q-g-violence = { $perspective ->
    [me] Czy ktoś cię bił, krzywdził albo zmuszał do czynności seksualnych?
   *[other] Czy ktoś bił tę osobę, krzywdził ją albo zmuszał do czynności seksualnych?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Jeśli zechcesz przestać, czy ktoś cię ukarze albo pogorszy twoją sytuację?
   *[other] Gdyby ta osoba chciała przestać, czy ktoś by ją ukarał albo pogorszył jej sytuację?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Czy ktoś mówił ci, co masz powiedzieć policji, urzędnikom albo swojej rodzinie?
   *[other] Czy ktoś mówił tej osobie, co ma powiedzieć policji, urzędnikom albo swojej rodzinie?
}
checklist-q-g-dependent = { $perspective ->
    [me] Czy w sprawie pracy, mieszkania i jedzenia zależysz od tych samych ludzi?
   *[other] Czy w sprawie pracy, mieszkania i jedzenia ta osoba zależy od tych samych ludzi?
}
checklist-q-g-isolated = { $perspective ->
    [me] Czy ktoś nie pozwala ci kontaktować się z rodziną albo przyjaciółmi?
   *[other] Czy ktoś nie pozwala tej osobie kontaktować się z rodziną albo przyjaciółmi?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Czy boisz się prosić policję o pomoc, na przykład z powodu swoich dokumentów?
   *[other] Czy ta osoba boi się prosić policję o pomoc, na przykład z powodu swoich dokumentów?
}

## Pytania: seks, escort i internet

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Czy ktoś zmusza cię do spotkań z klientami albo do czynności seksualnych, których nie chcesz?
   *[other] Czy ktoś zmusza tę osobę do spotkań z klientami albo do czynności seksualnych, których nie chce?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Czy ktoś inny dostaje większość pieniędzy, które płacą twoi klienci?
   *[other] Czy ktoś inny dostaje większość pieniędzy, które płacą klienci tej osoby?
}
checklist-q-s-organised = { $perspective ->
    [me] Czy ktoś inny wystawia twoje ogłoszenia, wybiera ci klientów albo planuje twoje spotkania escort?
   *[other] Czy ktoś inny wystawia ogłoszenia tej osoby, wybiera jej klientów albo planuje jej spotkania escort?
}
checklist-q-s-images = { $perspective ->
    [me] Czy ktoś zmusza cię do robienia zdjęć lub filmów erotycznych albo do rzeczy seksualnych przed kamerą, żeby na tym zarabiać?
   *[other] Czy ktoś zmusza tę osobę do robienia zdjęć lub filmów erotycznych albo do rzeczy seksualnych przed kamerą, żeby na tym zarabiać?
}

## Pytania: praca

checklist-q-l-contract = { $perspective ->
    [me] Czy pracujesz bez umowy albo „na czarno”?
   *[other] Czy ta osoba pracuje bez umowy albo „na czarno”?
}
checklist-q-l-hazard = { $perspective ->
    [me] Czy praca jest niebezpieczna, bez ochrony albo bez przeszkolenia?
   *[other] Czy praca tej osoby jest niebezpieczna, bez ochrony albo bez przeszkolenia?
}
checklist-q-l-live-in = { $perspective ->
    [me] Czy mieszkasz w domu ludzi, dla których pracujesz?
   *[other] Czy ta osoba mieszka w domu ludzi, dla których pracuje?
}

## Pytania: praca w czyimś domu

checklist-q-d-sleep-place = { $perspective ->
    [me] Czy musisz spać w miejscu bez żadnej prywatności, na przykład w kuchni, na korytarzu albo na podłodze?
   *[other] Czy ta osoba musi spać w miejscu bez żadnej prywatności, na przykład w kuchni, na korytarzu albo na podłodze?
}
checklist-q-d-food = { $perspective ->
    [me] Czy brakuje ci jedzenia albo dostajesz tylko resztki?
   *[other] Czy tej osobie brakuje jedzenia albo dostaje tylko resztki?
}

## Pytania: żebranie

checklist-q-b-quota = { $perspective ->
    [me] Czy musisz codziennie oddawać komuś ustaloną kwotę pieniędzy?
   *[other] Czy ta osoba musi codziennie oddawać komuś ustaloną kwotę pieniędzy?
}
checklist-q-b-punished = { $perspective ->
    [me] Czy ktoś cię karze, gdy przynosisz za mało?
   *[other] Czy ktoś karze tę osobę, gdy przynosi za mało?
}
checklist-q-b-brought = { $perspective ->
    [me] Czy ktoś zawozi cię na miejsce, gdzie żebrzesz, a potem cię odbiera?
   *[other] Czy ktoś zawozi tę osobę na miejsce, gdzie żebrze, a potem ją odbiera?
}
checklist-q-b-school = { $perspective ->
    [me] Czy żebrzesz zamiast chodzić do szkoły?
   *[other] Czy ta osoba żebrze zamiast chodzić do szkoły?
}

## Pytania: przestępstwa pod przymusem

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Czy zaczęło się od tego, że ktoś dawał ci narkotyki albo sprawił, że ich potrzebujesz?
   *[other] Czy zaczęło się od tego, że ktoś dawał tej osobie narkotyki albo sprawił, że ich potrzebuje?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Czy zaczęło się od tego, że ktoś zaproponował ci łatwe pieniądze?
   *[other] Czy zaczęło się od tego, że ktoś zaproponował tej osobie łatwe pieniądze?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Czy zaczęło się od długu, który kazano ci spłacić w ten sposób?
   *[other] Czy zaczęło się od długu, który kazano tej osobie spłacić w ten sposób?
}
checklist-q-c-made-to = { $perspective ->
    [me] Czy ktoś zmusza cię do kradzieży, sprzedawania narkotyków albo łamania prawa w inny sposób dla kogoś innego?
   *[other] Czy ktoś zmusza tę osobę do kradzieży, sprzedawania narkotyków albo łamania prawa w inny sposób dla kogoś innego?
}
checklist-q-c-profits = { $perspective ->
    [me] Czy ktoś inny zatrzymuje pieniądze albo rzeczy, które przynosisz?
   *[other] Czy ktoś inny zatrzymuje pieniądze albo rzeczy, które przynosi ta osoba?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Czy musisz mieszkać w domu, żeby pilnować roślin konopi?
   *[other] Czy ta osoba musi mieszkać w domu, żeby pilnować roślin konopi?
}

## Pytania: związek, który budzi niepokój (sutenerzy nastolatków)

checklist-q-t-older = { $perspective ->
    [me] Czy osoba, o której myślisz, jest dużo starsza od ciebie?
   *[other] Czy ten chłopak, ta dziewczyna albo ten przyjaciel jest dużo starszy od młodej osoby?
}
checklist-q-t-gifts = { $perspective ->
    [me] Czy ta osoba daje ci pieniądze, drogie prezenty albo telefon?
   *[other] Czy ta osoba daje młodej osobie pieniądze, drogie prezenty albo telefon?
}
checklist-q-t-love = { $perspective ->
    [me] Czy ta osoba obiecała ci miłość albo wspólną przyszłość i nie dotrzymała obietnicy?
   *[other] Czy ta osoba obiecała młodej osobie miłość albo wspólną przyszłość i nie dotrzymała obietnicy?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Czy ta osoba pojawiła się w twoim życiu, gdy było ci samotnie albo gdy były problemy w domu lub w szkole?
   *[other] Czy ta osoba pojawiła się w życiu młodej osoby, gdy ta czuła się samotnie albo miała problemy w domu lub w szkole?
}
checklist-q-t-need = { $perspective ->
    [me] Czy czujesz, że tak bardzo potrzebujesz tej osoby, że nie umiesz jej odmówić?
   *[other] Czy wydaje się, że młoda osoba tak bardzo potrzebuje tej osoby, że nie umie jej odmówić?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Czy ta osoba każe ci przestać spotykać się z przyjaciółmi albo rodziną?
   *[other] Czy ta osoba chce, żeby młoda osoba przestała spotykać się z przyjaciółmi albo rodziną?
}
checklist-q-t-nights = { $perspective ->
    [me] Czy nie wracasz na noc do domu i nie mówisz, gdzie jesteś?
   *[other] Czy młoda osoba nie wraca na noc do domu i nie mówi, gdzie jest?
}
checklist-q-t-hotels = { $perspective ->
    [me] Czy chodzisz do hoteli albo mieszkań, których nie znasz, z tą osobą albo z jej znajomymi?
   *[other] Czy młoda osoba chodzi do hoteli albo mieszkań, których nie zna, z tą osobą albo z jej znajomymi?
}
checklist-q-t-school = { $perspective ->
    [me] Czy często opuszczasz szkołę?
   *[other] Czy młoda osoba często opuszcza szkołę?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Czy ta osoba prosi cię o seks z innymi ludźmi?
   *[other] Czy ta osoba prosi młodą osobę, żeby uprawiała seks z innymi ludźmi?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Czy ta osoba prosi cię o twoje erotyczne zdjęcia albo filmy?
   *[other] Czy ta osoba prosi młodą osobę o jej erotyczne zdjęcia albo filmy?
}
checklist-q-t-owe = { $perspective ->
    [me] Czy ta osoba mówi, że masz u niej dług za prezenty albo za inne rzeczy?
   *[other] Czy ta osoba mówi, że młoda osoba ma u niej dług za prezenty albo za inne rzeczy?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Czy masz tatuaż z imieniem albo znakiem tej osoby?
   *[other] Czy młoda osoba ma tatuaż z imieniem albo znakiem tej osoby?
}
checklist-q-t-phones = { $perspective ->
    [me] Czy masz drugi telefon, który dała ci ta osoba?
   *[other] Czy młoda osoba ma drugi telefon, który dała jej ta osoba?
}
checklist-q-t-mood = { $perspective ->
    [me] Czy twój nastrój bardzo się ostatnio zmienia?
   *[other] Czy nastrój młodej osoby bardzo się ostatnio zmienia?
}
checklist-q-t-drugs = { $perspective ->
    [me] Czy ostatnio dużo pijesz albo bierzesz narkotyki?
   *[other] Czy młoda osoba ostatnio dużo pije albo bierze narkotyki?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Czy robisz sobie krzywdę albo o tym myślisz?
   *[other] Czy młoda osoba robi sobie krzywdę albo o tym mówi?
}

## Pytania: ostatnie pytanie

checklist-q-region = { $perspective ->
    [me] Gdzie w Belgii jesteś? Dzięki temu pokażemy ośrodek blisko ciebie.
   *[other] Gdzie w Belgii jest ta osoba? Dzięki temu pokażemy ośrodek w pobliżu.
}
checklist-q-region-brussels = { $perspective ->
    [me] Bruksela
   *[other] Bruksela
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandria
   *[other] Flandria
}
checklist-q-region-wallonia = { $perspective ->
    [me] Walonia
   *[other] Walonia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Belgia Wschodnia (Wspólnota niemieckojęzyczna)
   *[other] Belgia Wschodnia (Wspólnota niemieckojęzyczna)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Wolę nie mówić
   *[other] Wolę nie mówić albo nie wiem
}

## Pytania: elementy (jak pogrupowane są sygnały)

checklist-element-act = Ktoś załatwił, przewiózł albo zakwaterował tę osobę
checklist-element-deceptive-recruitment = Kłamstwa na początku
checklist-element-coercive-recruitment = Przemoc na początku
checklist-element-vulnerability-recruitment = Trudna sytuacja wykorzystana na początku
checklist-element-exploitative-conditions = Wyzysk: praca albo życie na niesprawiedliwych warunkach
checklist-element-exploitation-in-law = Wyzysk nazwany w prawie: seks, żebranie albo przestępstwa dla kogoś innego
checklist-element-coercion-destination = Kontrola i przymus teraz
checklist-element-vulnerability-destination = Trudna sytuacja wykorzystana teraz
checklist-element-other-signs = Inne sygnały (UNODC), nieliczone jako wskaźniki ILO
checklist-element-warning-signs = Sygnały ostrzegawcze u młodych ludzi (Child Focus), nie wskaźniki ILO

## Pytania: wyjaśnienie sygnałów

checklist-indicator-act-recruited = { $perspective ->
    [me] Ktoś inny to dla ciebie znalazł albo załatwił: w definicji prawnej to jest werbowanie osoby.
   *[other] Ktoś inny to dla tej osoby znalazł albo załatwił: w definicji prawnej to jest werbowanie osoby.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Ktoś cię tu przywiózł albo zorganizował podróż: w definicji prawnej to jest przewożenie osoby.
   *[other] Ktoś przywiózł tu tę osobę albo zorganizował podróż: w definicji prawnej to jest przewożenie osoby.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Ludzie, dla których pracujesz, decydują, gdzie śpisz: w definicji prawnej to jest przechowywanie osoby.
   *[other] Ludzie, dla których ta osoba pracuje, decydują, gdzie śpi: w definicji prawnej to jest przechowywanie osoby.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Praca albo sytuacja bardzo różni się od tego, co ci obiecano: kłamstwo na początku to częsty sposób, żeby wciągnąć ludzi w wyzysk.
   *[other] Praca albo sytuacja bardzo różni się od tego, co obiecano tej osobie: kłamstwo na początku to częsty sposób, żeby wciągnąć ludzi w wyzysk.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Okłamano cię w sprawie zapłaty, godzin albo mieszkania: fałszywe obietnice sprawiają, że ludzie godzą się na warunki, których inaczej by nie przyjęli.
   *[other] Okłamano tę osobę w sprawie zapłaty, godzin albo mieszkania: fałszywe obietnice sprawiają, że ludzie godzą się na warunki, których inaczej by nie przyjęli.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Obiecano ci dokumenty, które nie przyszły: taka obietnica często służy do tego, żeby ludzie czekali i słuchali.
   *[other] Obiecano tej osobie dokumenty, które nie przyszły: taka obietnica często służy do tego, żeby ludzie czekali i słuchali.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Ktoś obiecał ci miłość albo wspólną przyszłość: sutenerzy nastolatków często tak zaczynają, żeby zdobyć zaufanie.
   *[other] Ktoś obiecał tej osobie miłość albo wspólną przyszłość: sutenerzy nastolatków często tak zaczynają, żeby zdobyć zaufanie.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Ktoś cię bił albo krzywdził, żeby zmusić cię do zaczęcia: to poważny sygnał, że to nie był twój wolny wybór.
   *[other] Ktoś bił albo krzywdził tę osobę, żeby zmusić ją do zaczęcia: to poważny sygnał, że to nie był jej wolny wybór.
}
checklist-indicator-abducted = { $perspective ->
    [me] Na początku zabrano cię siłą albo trzymano wbrew twojej woli: nikt nie ma prawa ci tego robić.
   *[other] Na początku zabrano tę osobę siłą albo trzymano ją wbrew jej woli: nikt nie ma prawa nikomu tego robić.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Grożono ci, żeby zmusić cię do zaczęcia: strach może odebrać wybór.
   *[other] Grożono tej osobie, żeby zmusić ją do zaczęcia: strach może odebrać wybór.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Dług zaczął się od podróży albo pracy: taki dług często służy do tego, żeby przywiązać osobę do ludzi, którzy ją przywożą.
   *[other] Dług zaczął się od podróży albo pracy: taki dług często służy do tego, żeby przywiązać osobę do ludzi, którzy ją przywożą.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Zaczęło się, gdy brakowało ci pieniędzy, dokumentów albo domu: ci, którzy wyzyskują innych, szukają ludzi w trudnym czasie.
   *[other] Zaczęło się, gdy ta osoba nie miała pieniędzy, dokumentów albo domu: ci, którzy wyzyskują innych, szukają ludzi w trudnym czasie.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Ktoś wykorzystał brak twoich dokumentów, żeby cię w to wciągnąć: ludziom bez dokumentów łatwo grozić i wyzyskujący to wykorzystują.
   *[other] Ktoś wykorzystał brak dokumentów tej osoby, żeby ją w to wciągnąć: ludziom bez dokumentów łatwo grozić i wyzyskujący to wykorzystują.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Ktoś wykorzystał to, czego nie wiesz o języku, zasadach albo swoich prawach: kiedy czegoś nie wiesz, łatwo cię oszukać.
   *[other] Ktoś wykorzystał to, czego ta osoba nie wie o języku, zasadach albo swoich prawach: kiedy czegoś nie wiesz, łatwo cię oszukać.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Zaczęło się, gdy było ci samotnie albo gdy były problemy w domu lub w szkole: sutenerzy nastolatków szukają młodych ludzi w takiej sytuacji.
   *[other] Zaczęło się, gdy tej osobie było samotnie albo gdy miała problemy w domu lub w szkole: sutenerzy nastolatków szukają młodych ludzi w takiej sytuacji.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Czujesz, że nie umiesz odmówić tej osobie: sprawianie, że ktoś czuje się zależny, to sposób, żeby go kontrolować.
   *[other] Wydaje się, że ta osoba nie umie odmówić: sprawianie, że ktoś czuje się zależny, to sposób, żeby go kontrolować.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Bardzo długie dni albo brak dnia wolnego: to może być sygnał wyzysku, zwłaszcza razem z innymi sygnałami.
   *[other] Bardzo długie dni albo brak dnia wolnego: to może być sygnał wyzysku, zwłaszcza razem z innymi sygnałami.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Mało albo nic za twoją pracę: to może być sygnał wyzysku.
   *[other] Mało albo nic za pracę: to może być sygnał wyzysku.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Bez umowy i bez zgłoszenia: to często znaczy brak ubezpieczenia i brak ochrony w pracy.
   *[other] Bez umowy i bez zgłoszenia: to często znaczy, że ta osoba nie ma ubezpieczenia ani ochrony w pracy.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Niebezpieczna praca bez ochrony: to naraża twoje zdrowie i może być sygnałem wyzysku.
   *[other] Niebezpieczna praca bez ochrony: to naraża zdrowie tej osoby i może być sygnałem wyzysku.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Przepełnione, brudne albo niebezpieczne miejsce do spania: takie warunki życia mogą być sygnałem wyzysku.
   *[other] Przepełnione, brudne albo niebezpieczne miejsce do spania: takie warunki życia mogą być sygnałem wyzysku.
}
checklist-indicator-no-school = { $perspective ->
    [me] Opuszczanie szkoły: młody człowiek ma prawo chodzić do szkoły.
   *[other] Opuszczanie szkoły: młody człowiek ma prawo chodzić do szkoły.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Ktoś inny zarabia na twoich czynnościach seksualnych: prawo nazywa to wyzyskiem seksualnym, a dla osoby poniżej 18 lat to zawsze jest wyzysk.
   *[other] Ktoś inny zarabia na czynnościach seksualnych tej osoby: prawo nazywa to wyzyskiem seksualnym, a dla osoby poniżej 18 lat to zawsze jest wyzysk.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Ktoś zmusza cię do robienia zdjęć lub filmów erotycznych, żeby na nich zarabiać: to jest wyzysk seksualny, także w internecie.
   *[other] Ktoś zmusza tę osobę do robienia zdjęć lub filmów erotycznych, żeby na nich zarabiać: to jest wyzysk seksualny, także w internecie.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Ta osoba prosi cię o seks z innymi ludźmi: tak robią sutenerzy nastolatków, a dla osoby poniżej 18 lat to zawsze jest wyzysk.
   *[other] Ta osoba prosi młodą osobę o seks z innymi ludźmi: tak robią sutenerzy nastolatków, a dla osoby poniżej 18 lat to zawsze jest wyzysk.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Masz mniej niż 18 lat i chodzi o seks, escort albo zdjęcia erotyczne: dla młodej osoby to zawsze jest wyzysk, nawet za twoją zgodą. To nigdy nie jest twoja wina.
   *[other] Ta osoba ma mniej niż 18 lat i chodzi o seks, escort albo zdjęcia erotyczne: dla młodej osoby to zawsze jest wyzysk, nawet za jej zgodą. To nigdy nie jest jej wina.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Musisz oddawać ustaloną kwotę z żebrania: prawo nazywa żebranie dla kogoś innego wyzyskiem.
   *[other] Ta osoba musi oddawać ustaloną kwotę z żebrania: prawo nazywa żebranie dla kogoś innego wyzyskiem.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Ktoś inny zatrzymuje to, co przynoszą twoje przestępstwa: prawo nazywa to wyzyskiem, a winni są ci, którzy na tym zarabiają.
   *[other] Ktoś inny zatrzymuje to, co przynoszą przestępstwa tej osoby: prawo nazywa to wyzyskiem, a winni są ci, którzy na tym zarabiają.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Musisz mieszkać w domu, żeby pilnować roślin konopi: zmuszanie do przestępstw dla innych to w prawie wyzysk.
   *[other] Ta osoba musi mieszkać w domu, żeby pilnować roślin konopi: zmuszanie do przestępstw dla innych to w prawie wyzysk.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Masz mniej niż 18 lat i ktoś pcha cię do przestępstw: dla młodej osoby to jest wyzysk, nawet za twoją zgodą.
   *[other] Ta osoba ma mniej niż 18 lat i ktoś pcha ją do przestępstw: dla młodej osoby to jest wyzysk, nawet za jej zgodą.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Ktoś odmawia oddania ci dokumentów tożsamości: to sposób, żeby kontrolować człowieka.
   *[other] Ktoś odmawia oddania tej osobie dokumentów tożsamości: to sposób, żeby kontrolować człowieka.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Dług, który nigdy nie maleje: długi często służą do tego, żeby ludzie dalej pracowali.
   *[other] Dług, który nigdy nie maleje: długi często służą do tego, żeby ludzie dalej pracowali.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Ktoś nie pozwala ci odejść, zamyka cię albo chodzi za tobą: to odbiera ci wolność.
   *[other] Ktoś nie pozwala tej osobie odejść, zamyka ją albo chodzi za nią: to odbiera jej wolność.
}
checklist-indicator-violence = { $perspective ->
    [me] Ktoś cię krzywdzi albo zmusza do czynności seksualnych: to jest przemoc i to nigdy nie jest twoja wina.
   *[other] Ktoś krzywdzi tę osobę albo zmusza ją do czynności seksualnych: to jest przemoc i to nigdy nie jest jej wina.
}
checklist-indicator-threats = { $perspective ->
    [me] Groźby wobec ciebie albo twojej rodziny: strach służy do tego, żeby ludzie słuchali.
   *[other] Groźby wobec tej osoby albo jej rodziny: strach służy do tego, żeby ludzie słuchali.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Groźba, że ktoś doniesie na ciebie na policję albo do urzędu imigracyjnego: to służy do tego, żeby ludzie milczeli.
   *[other] Groźba, że ktoś doniesie na tę osobę na policję albo do urzędu imigracyjnego: to służy do tego, żeby ludzie milczeli.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Ktoś cię ukarze, jeśli przestaniesz: praca, której nie można rzucić, nie jest wolnym wyborem.
   *[other] Ktoś ukarze tę osobę, jeśli przestanie: praca, której nie można rzucić, nie jest wolnym wyborem.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Ktoś inny zabiera pieniądze, które zarabiasz: to trzyma człowieka w zależności.
   *[other] Ktoś inny zabiera pieniądze, które zarabia ta osoba: to trzyma człowieka w zależności.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Ktoś zmusza cię do łamania prawa dla kogoś innego: to może być forma wyzysku, w której winni są ci, którzy na tym zarabiają.
   *[other] Ktoś zmusza tę osobę do łamania prawa dla kogoś innego: to może być forma wyzysku, w której winni są ci, którzy na tym zarabiają.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Nie możesz odmówić klientowi ani czynności seksualnej: to sygnał, że ktoś cię kontroluje.
   *[other] Ta osoba nie może odmówić klientowi ani czynności seksualnej: to sygnał, że ktoś ją kontroluje.
}
checklist-indicator-under-control = { $perspective ->
    [me] Ktoś inny decyduje o twoich ogłoszeniach, klientach albo spotkaniach: ktoś inny kontroluje tę pracę, a to może być sygnał wyzysku.
   *[other] Ktoś inny decyduje o ogłoszeniach, klientach albo spotkaniach tej osoby: ktoś inny kontroluje tę pracę, a to może być sygnał wyzysku.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Ktoś mówi ci, co masz powiedzieć policji, urzędnikom albo rodzinie: to służy do ukrycia tego, co się dzieje.
   *[other] Ktoś mówi tej osobie, co ma powiedzieć policji, urzędnikom albo rodzinie: to służy do ukrycia tego, co się dzieje.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Ci sami ludzie dają ci pracę, mieszkanie i jedzenie: przez to bardzo trudno odmówić albo odejść.
   *[other] Ci sami ludzie dają tej osobie pracę, mieszkanie i jedzenie: przez to bardzo trudno odmówić albo odejść.
}
checklist-indicator-isolated = { $perspective ->
    [me] Ktoś nie pozwala ci kontaktować się z rodziną i przyjaciółmi: bez bliskich trudniej dostać pomoc.
   *[other] Ktoś nie pozwala tej osobie kontaktować się z rodziną i przyjaciółmi: bez bliskich trudniej dostać pomoc.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Boisz się policji albo tego, co będzie z twoimi dokumentami: ten strach często służy do tego, żeby ludzie milczeli.
   *[other] Ta osoba boi się policji albo tego, co będzie z jej dokumentami: ten strach często służy do tego, żeby ludzie milczeli.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Brak własnego miejsca do spania: UNODC wymienia to wśród sygnałów niewolniczej pracy w domu.
   *[other] Brak własnego miejsca do spania: UNODC wymienia to wśród sygnałów niewolniczej pracy w domu.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Za mało jedzenia albo tylko resztki: UNODC wymienia to wśród sygnałów niewolniczej pracy w domu.
   *[other] Za mało jedzenia albo tylko resztki: UNODC wymienia to wśród sygnałów niewolniczej pracy w domu.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Kara za przyniesienie za mało: UNODC wymienia to wśród sygnałów zmuszania do żebrania i do przestępstw.
   *[other] Kara za przyniesienie za mało: UNODC wymienia to wśród sygnałów zmuszania do żebrania i do przestępstw.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Ktoś zawozi cię na miejsce żebrania i potem odbiera: UNODC wymienia takie przewożenie jako sygnał.
   *[other] Ktoś zawozi tę osobę na miejsce żebrania i potem ją odbiera: UNODC wymienia takie przewożenie jako sygnał.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Zaczęło się od narkotyków: potrzeba narkotyków może wiązać człowieka z ludźmi, którzy je dostarczają.
   *[other] Zaczęło się od narkotyków: potrzeba narkotyków może wiązać człowieka z ludźmi, którzy je dostarczają.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Zaczęło się od propozycji łatwych pieniędzy: to częsty sposób, żeby wciągnąć ludzi w przestępstwa dla innych.
   *[other] Zaczęło się od propozycji łatwych pieniędzy: to częsty sposób, żeby wciągnąć ludzi w przestępstwa dla innych.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Osoba, o której myślisz, jest dużo starsza: Child Focus wymienia to wśród sygnałów ostrzegawczych.
   *[other] Chłopak, dziewczyna albo przyjaciel jest dużo starszy od młodej osoby: Child Focus wymienia to wśród sygnałów ostrzegawczych.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Dostajesz pieniądze albo drogie prezenty: prezenty mogą służyć do tego, żeby ktoś czuł, że ma dług.
   *[other] Ta osoba dostaje pieniądze albo drogie prezenty: prezenty mogą służyć do tego, żeby ktoś czuł, że ma dług.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Ta osoba każe ci przestać spotykać się z przyjaciółmi albo rodziną: sutenerzy nastolatków odcinają młodych ludzi od tych, którzy mogliby pomóc.
   *[other] Ta osoba chce, żeby młoda osoba przestała spotykać się z przyjaciółmi albo rodziną: sutenerzy nastolatków odcinają młodych ludzi od tych, którzy mogliby pomóc.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Noce poza domem bez mówienia, gdzie: Child Focus wymienia to wśród sygnałów ostrzegawczych.
   *[other] Noce poza domem bez mówienia, gdzie: Child Focus wymienia to wśród sygnałów ostrzegawczych.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hotele albo nieznane mieszkania z tą osobą albo jej znajomymi: Child Focus wymienia to wśród sygnałów ostrzegawczych.
   *[other] Hotele albo nieznane mieszkania z tą osobą albo jej znajomymi: Child Focus wymienia to wśród sygnałów ostrzegawczych.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Ta osoba prosi cię o twoje erotyczne zdjęcia: takie zdjęcia często służą potem do zmuszania młodej osoby.
   *[other] Ta osoba prosi młodą osobę o erotyczne zdjęcia: takie zdjęcia często służą potem do zmuszania młodej osoby.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Ta osoba mówi, że masz u niej dług za prezenty: wymyślony dług to sposób, żeby młoda osoba słuchała.
   *[other] Ta osoba mówi, że młoda osoba ma u niej dług za prezenty: wymyślony dług to sposób, żeby młoda osoba słuchała.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Tatuaż z imieniem albo znakiem tej osoby: sutenerzy nastolatków czasem używają go, żeby oznaczyć młodą osobę jako „swoją”.
   *[other] Tatuaż z imieniem albo znakiem tej osoby: sutenerzy nastolatków czasem używają go, żeby oznaczyć młodą osobę jako „swoją”.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Drugi telefon od tej osoby: to może być sposób, żeby kontaktować się z tobą bez wiedzy innych.
   *[other] Drugi telefon od tej osoby: to może być sposób, żeby kontaktować się z młodą osobą bez wiedzy innych.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Duże zmiany nastroju: to może być sygnał, że dzieje się coś bardzo złego. Zasługujesz na pomoc.
   *[other] Duże zmiany nastroju: to może być sygnał, że z młodą osobą dzieje się coś bardzo złego.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Ostatnio dużo alkoholu albo narkotyków: Child Focus wymienia to wśród sygnałów ostrzegawczych.
   *[other] Ostatnio dużo alkoholu albo narkotyków: Child Focus wymienia to wśród sygnałów ostrzegawczych.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Robisz sobie krzywdę albo o tym myślisz: zasługujesz na pomoc teraz, bez względu na wszystko inne.
   *[other] Robi sobie krzywdę albo o tym mówi: młoda osoba zasługuje na pomoc teraz, bez względu na wszystko inne.
}

## Pytania: poziomy wyniku

checklist-level-immediate-danger = Niebezpieczeństwo teraz
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Odpowiedź: grozi ci teraz niebezpieczeństwo. Jeśli możesz to zrobić bezpiecznie, wezwij pomoc teraz. Do pytań możesz wrócić później.
   *[other] Odpowiedź: tej osobie grozi teraz niebezpieczeństwo. Jeśli możesz to zrobić bezpiecznie, wezwij pomoc teraz. Do pytań możesz wrócić później.
}
checklist-level-strong-signs = Silne sygnały
checklist-level-strong-signs-summary = { $perspective ->
    [me] Twoje odpowiedzi pokazują wyraźne sygnały handlu ludźmi albo wyzysku. To nie jest ocena: wyspecjalizowany ośrodek może przyjrzeć się twojej sytuacji razem z tobą.
   *[other] Twoje odpowiedzi pokazują wyraźne sygnały handlu ludźmi albo wyzysku. To nie jest ocena: wyspecjalizowany ośrodek może przyjrzeć się tej sytuacji razem z tobą.
}
checklist-level-some-signs = Niektóre sygnały
checklist-level-some-signs-summary = { $perspective ->
    [me] Niektóre twoje odpowiedzi mogą być sygnałami wyzysku. Niczego nie dowodzą, ale warto o nich porozmawiać z kimś, kto zna takie sytuacje.
   *[other] Niektóre twoje odpowiedzi mogą być sygnałami wyzysku. Niczego nie dowodzą, ale warto o nich porozmawiać z kimś, kto zna takie sytuacje.
}
checklist-level-no-clear-signs = Brak wyraźnych sygnałów
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Twoje odpowiedzi nie pokazują wyraźnych sygnałów handlu ludźmi. Jeśli mimo to coś wydaje ci się nie w porządku, zawsze możesz poprosić o radę.
   *[other] Twoje odpowiedzi nie pokazują wyraźnych sygnałów handlu ludźmi. Jeśli mimo to coś wydaje ci się nie w porządku, zawsze możesz poprosić o radę.
}

## Pytania: uwagi do wyniku

checklist-note-not-proof = { $perspective ->
    [me] Te sygnały pochodzą z list, których używają Międzynarodowa Organizacja Pracy, Komisja Europejska i Organizacja Narodów Zjednoczonych. Same sygnały nie dowodzą handlu ludźmi ani go nie wykluczają; pokazują, kiedy warto poprosić o pomoc.
   *[other] Te sygnały pochodzą z list, których używają Międzynarodowa Organizacja Pracy, Komisja Europejska i Organizacja Narodów Zjednoczonych. Same sygnały nie dowodzą handlu ludźmi ani go nie wykluczają; pokazują, kiedy warto poprosić o pomoc.
}
checklist-note-crisis = { $perspective ->
    [me] Jeśli myślisz o zrobieniu sobie krzywdy, nie musisz być z tym bez pomocy. W niebezpieczeństwie zadzwoń pod 112. Młoda osoba może zadzwonić do Child Focus pod 116 000, bezpłatnie, w dzień i w nocy. Lueur nie podaje jeszcze telefonu zapobiegania samobójstwom: nie sprawdziliśmy jeszcze żadnego w źródle.
   *[other] Jeśli ta osoba myśli o zrobieniu sobie krzywdy, nie powinna być z tym bez pomocy. W niebezpieczeństwie zadzwoń pod 112. Młoda osoba może zadzwonić do Child Focus pod 116 000, bezpłatnie, w dzień i w nocy. Lueur nie podaje jeszcze telefonu zapobiegania samobójstwom: nie sprawdziliśmy jeszcze żadnego w źródle.
}
checklist-note-minor = { $perspective ->
    [me] Możesz mieć mniej niż 18 lat. Zarabianie na czynnościach seksualnych, zdjęciach albo filmach młodej osoby to zawsze wyzysk, nawet za jej zgodą. U młodej osoby nie trzeba przemocy ani kłamstw, żeby to był handel ludźmi. Są służby tylko dla młodych ludzi.
   *[other] Ta osoba może mieć mniej niż 18 lat. Zarabianie na czynnościach seksualnych, zdjęciach albo filmach młodej osoby to zawsze wyzysk, nawet za jej zgodą. U młodej osoby nie trzeba przemocy ani kłamstw, żeby to był handel ludźmi. Są służby tylko dla młodych ludzi.
}
checklist-note-work-rights = { $perspective ->
    [me] Niektóre odpowiedzi opisują niesprawiedliwą pracę. Nawet jeśli to nie jest handel ludźmi, może to być niezgodne z prawem, a ty masz prawa w pracy.
   *[other] Niektóre odpowiedzi opisują niesprawiedliwą pracę. Nawet jeśli to nie jest handel ludźmi, może to być niezgodne z prawem, a ta osoba ma prawa w pracy.
}
checklist-note-unsure = { $perspective ->
    [me] Przy niektórych pytaniach była odpowiedź „nie wiem”. To normalne. Wyspecjalizowany ośrodek może pomóc ci je przemyśleć.
   *[other] Przy niektórych pytaniach była odpowiedź „nie wiem”. To normalne. Wyspecjalizowany ośrodek może pomóc ci je przemyśleć.
}
checklist-note-still-worried = { $perspective ->
    [me] Lista pytań nie widzi wszystkiego. Jeśli się martwisz, zaufaj temu uczuciu i poproś o radę.
   *[other] Lista pytań nie widzi wszystkiego. Jeśli martwisz się o tę osobę, zaufaj temu uczuciu i poproś o radę.
}
