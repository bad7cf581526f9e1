## Elérhetőségek

contact-emergency-112-name = 112 – európai segélyhívó szám
contact-emergency-112-description = Hívd a 112-t, ha a te életed vagy valaki más élete most veszélyben van. A szám bármelyik telefonról működik, az Európai Unióban mindenhol.

contact-police-101-name = Rendőrség – 101
contact-police-101-description = Közvetlen veszélyben vagy? Hívd a 101-et, vagy menj a helyi rendőrőrsre.

contact-surya-name = Sürya
contact-surya-description = Szakosított központ az emberkereskedelem áldozatainak Liège-ben. Ott bizalmas tanácsot és információt kaphatsz. A központ szállást is adhat, ha van szabad helye, és támogatást.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Szakosított központ az emberkereskedelem áldozatainak Brüsszelben. Ott bizalmas tanácsot és információt kaphatsz. A központ szállást is adhat, ha van szabad helye, és támogatást.

contact-payoke-name = Payoke
contact-payoke-description = Szakosított központ az emberkereskedelem áldozatainak Antwerpenben. Ott bizalmas tanácsot és információt kaphatsz. A központ szállást is adhat, ha van szabad helye, és támogatást.

contact-national-contact-point-name = Nemzeti kapcsolattartó pont az emberkereskedelem ügyében
contact-national-contact-point-description = Ez a stoptraite.be, a nemzeti kapcsolattartó pont telefonvonala. Kérhetsz információt, vagy bejelenthetsz egy helyzetet anélkül, hogy előbb a rendőrségre mennél.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = A nemzeti kapcsolattartó pont weboldala, amelyet az FPS Justice készített a három szakosított központtal együtt. Ott információt találsz, és bizalmasan bejelentheted az emberkereskedelmet anélkül, hogy előbb a rendőrségre mennél.

contact-myria-name = Myria
contact-myria-description = A Myria az emberkereskedelem független nemzeti jelentéstevője, és minden évben jelentést ad ki. Személyes segítségért kérlek, fordulj egy szakosított központhoz.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Ingyenes, éjjel-nappal. Gyerekeknek és fiataloknak, és mindenkinek, aki aggódik értük, ha egy gyerek eltűnt, vagy szexuálisan kizsákmányolják.


contact-guardianship-name = Gyámsági Szolgálat (kísérő nélküli kiskorúak)
contact-guardianship-description = Az FPS Justice (a szövetségi igazságügyi szolgálat) szolgálata 18 év alatti fiataloknak, akik szülő vagy gyám nélkül vannak Belgiumban. Gyámot rendel melléjük, aki segít az iratokban, az iskolában, az ellátásban és ügyvéd keresésében. Bárki szólhat a szolgálatnak egy ilyen fiatalról. A segélyhívó száma éjjel-nappal válaszol.
## Az elérhetőségek fajtái

contact-kind-emergency = Vészhelyzet
contact-kind-police = Rendőrség
contact-kind-specialised-centre = Szakosított központ
contact-kind-national-contact-point = Nemzeti kapcsolattartó pont
contact-kind-report-website = Bejelentő weboldal
contact-kind-helpline = Segélyvonal
contact-kind-national-rapporteur = Nemzeti jelentéstevő

## Régiók

region-brussels = Brüsszel
region-flanders = Flandria
region-wallonia = Vallónia
region-east-belgium = Kelet-Belgium
region-belgium = Egész Belgium
