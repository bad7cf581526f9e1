## Contacts

contact-emergency-112-name = 112 – Europees noodnummer
contact-emergency-112-description = Bel 112 als jouw leven of dat van iemand anders nu in gevaar is. Dit nummer werkt vanaf elke telefoon, overal in de Europese Unie.

contact-police-101-name = Politie – 101
contact-police-101-description = Ben je in onmiddellijk gevaar? Bel 101 of ga naar het kantoor van de lokale politie.

contact-surya-name = Sürya
contact-surya-description = Gespecialiseerd centrum voor slachtoffers van mensenhandel in Luik. Je krijgt er vertrouwelijk advies en informatie. Het centrum kan ook opvang bieden, als er plaats is, en begeleiding.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Gespecialiseerd centrum voor slachtoffers van mensenhandel in Brussel. Je krijgt er vertrouwelijk advies en informatie. Het centrum kan ook opvang bieden, als er plaats is, en begeleiding.

contact-payoke-name = Payoke
contact-payoke-description = Gespecialiseerd centrum voor slachtoffers van mensenhandel in Antwerpen. Je krijgt er vertrouwelijk advies en informatie. Het centrum kan ook opvang bieden, als er plaats is, en begeleiding.

contact-national-contact-point-name = Nationaal meldpunt mensenhandel
contact-national-contact-point-description = Dit is de telefoonlijn van stopmensenhandel.be (in het Frans: stoptraite.be), het nationale meldpunt. Je kunt er informatie vragen of iets melden, zonder eerst naar de politie te gaan.

contact-stoptraite-name = Stopmensenhandel.be
contact-stoptraite-description = De website van het nationale meldpunt (in het Frans: stoptraite.be), gemaakt door de FOD Justitie samen met de drie gespecialiseerde centra. Je vindt er informatie en je kunt er vertrouwelijk mensenhandel melden, zonder eerst naar de politie te gaan.

contact-myria-name = Myria
contact-myria-description = Myria is de onafhankelijke nationale rapporteur over mensenhandel en brengt elk jaar een rapport uit. Zoek je persoonlijke hulp? Neem dan contact op met een gespecialiseerd centrum.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Gratis, dag en nacht. Voor kinderen en jongeren, en voor wie zich zorgen om hen maakt, bij een verdwijning of seksuele uitbuiting.


contact-guardianship-name = Dienst Voogdij (niet-begeleide minderjarigen)
contact-guardianship-description = Een dienst van de FOD Justitie voor jongeren onder 18 die zonder ouder of voogd in België zijn. De dienst geeft hen een voogd, die helpt met papieren, school, zorg en het zoeken van een advocaat. Iedereen kan zo'n jongere bij de dienst melden. Het noodnummer is dag en nacht bereikbaar.
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
