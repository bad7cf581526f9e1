## Contacts

contact-emergency-112-name = 112 – Europees noodnummer
contact-emergency-112-description = Bel 112 als jouw leven of dat van iemand anders nu in gevaar is. Dit nummer werkt vanaf elke telefoon, overal in de Europese Unie.

contact-police-101-name = Politie – 101
contact-police-101-description = Ben je in direct gevaar? Bel 101 of ga naar het kantoor van de lokale politie.

contact-surya-name = Sürya
contact-surya-description = Gespecialiseerd centrum voor slachtoffers van mensenhandel in Luik. Je krijgt er vertrouwelijk advies en informatie, en ook opvang en begeleiding.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Gespecialiseerd centrum voor slachtoffers van mensenhandel in Brussel. Je krijgt er vertrouwelijk advies en informatie, en ook opvang en begeleiding.

contact-payoke-name = Payoke
contact-payoke-description = Gespecialiseerd centrum voor slachtoffers van mensenhandel in Antwerpen. Je krijgt er vertrouwelijk advies en informatie, en ook opvang en begeleiding.

contact-national-contact-point-name = Nationaal contactpunt mensenhandel
contact-national-contact-point-description = Dit is de telefoonlijn van stoptraite.be, het nationale contactpunt. Je kunt er informatie vragen of iets melden, zonder eerst naar de politie te gaan.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = De website van het nationale contactpunt, gemaakt door de FOD Justitie samen met de drie gespecialiseerde centra. Je vindt er informatie en je kunt er vertrouwelijk mensenhandel melden, zonder eerst naar de politie te gaan.

contact-myria-name = Myria
contact-myria-description = Myria is de onafhankelijke nationale rapporteur over mensenhandel en brengt elk jaar een rapport uit. Zoek je persoonlijke hulp? Neem dan contact op met een gespecialiseerd centrum.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Gratis, dag en nacht. Voor kinderen en jongeren, en voor wie zich zorgen om hen maakt, bij een verdwijning of seksuele uitbuiting.

## Soorten contacten

contact-kind-emergency = Noodnummer
contact-kind-police = Politie
contact-kind-specialised-centre = Gespecialiseerd centrum
contact-kind-national-contact-point = Nationaal contactpunt
contact-kind-report-website = Meldwebsite
contact-kind-helpline = Hulplijn
contact-kind-national-rapporteur = Nationaal rapporteur

## Regio's

region-brussels = Brussel
region-flanders = Vlaanderen
region-wallonia = Wallonië
region-east-belgium = Oost-België
region-belgium = Heel België
