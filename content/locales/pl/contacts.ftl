## Kontakty

contact-emergency-112-name = 112 – europejski numer alarmowy
contact-emergency-112-description = Zadzwoń pod 112, jeśli twoje życie albo życie innej osoby jest teraz w niebezpieczeństwie. Numer działa z każdego telefonu, wszędzie w Unii Europejskiej.

contact-police-101-name = Policja – 101
contact-police-101-description = Grozi ci bezpośrednie niebezpieczeństwo? Zadzwoń pod 101 albo idź na najbliższy komisariat policji.

contact-surya-name = Sürya
contact-surya-description = Wyspecjalizowany ośrodek dla ofiar handlu ludźmi w Liège. Możesz tam dostać poufną poradę i informacje. Ośrodek może też zapewnić schronienie, jeśli ma miejsca, oraz wsparcie.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Wyspecjalizowany ośrodek dla ofiar handlu ludźmi w Brukseli. Możesz tam dostać poufną poradę i informacje. Ośrodek może też zapewnić schronienie, jeśli ma miejsca, oraz wsparcie.

contact-payoke-name = Payoke
contact-payoke-description = Wyspecjalizowany ośrodek dla ofiar handlu ludźmi w Antwerpii. Możesz tam dostać poufną poradę i informacje. Ośrodek może też zapewnić schronienie, jeśli ma miejsca, oraz wsparcie.

contact-national-contact-point-name = Krajowy punkt kontaktowy ds. handlu ludźmi
contact-national-contact-point-description = To jest telefon stoptraite.be, krajowego punktu kontaktowego. Możesz zapytać o informacje albo zgłosić sytuację, bez chodzenia najpierw na policję.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Strona krajowego punktu kontaktowego, zrobiona przez FPS Justice razem z trzema wyspecjalizowanymi ośrodkami. Znajdziesz tam informacje i możesz poufnie zgłosić handel ludźmi, bez chodzenia najpierw na policję.

contact-myria-name = Myria
contact-myria-description = Myria to niezależny krajowy sprawozdawca ds. handlu ludźmi i co roku publikuje raport. Po osobistą pomoc zwróć się do wyspecjalizowanego ośrodka.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Bezpłatnie, w dzień i w nocy. Dla dzieci i młodzieży oraz dla każdego, kto się o nie martwi, gdy dziecko zaginęło albo jest wykorzystywane seksualnie.


contact-guardianship-name = Służba Opieki (małoletni bez opieki)
contact-guardianship-description = Służba FPS Justice (federalnej służby sprawiedliwości) dla młodych ludzi poniżej 18 lat, którzy są w Belgii bez rodzica lub opiekuna. Daje im opiekuna, który pomaga w sprawie dokumentów, szkoły, leczenia i znalezienia adwokata. Każdy może powiadomić tę służbę o takim młodym człowieku. Jej numer alarmowy odbiera w dzień i w nocy.
## Rodzaje kontaktów

contact-kind-emergency = Nagły wypadek
contact-kind-police = Policja
contact-kind-specialised-centre = Wyspecjalizowany ośrodek
contact-kind-national-contact-point = Krajowy punkt kontaktowy
contact-kind-report-website = Strona do zgłoszeń
contact-kind-helpline = Telefon zaufania
contact-kind-national-rapporteur = Krajowy sprawozdawca

## Regiony

region-brussels = Bruksela
region-flanders = Flandria
region-wallonia = Walonia
region-east-belgium = Belgia Wschodnia
region-belgium = Cała Belgia
