## Kontakte

contact-emergency-112-name = 112 – Europäische Notrufnummer
contact-emergency-112-description = Rufen Sie die 112 an, wenn Ihr Leben oder das Leben eines anderen Menschen jetzt in Gefahr ist. Die Nummer funktioniert von jedem Telefon aus, überall in der Europäischen Union.

contact-police-101-name = Polizei – 101
contact-police-101-description = Sind Sie in unmittelbarer Gefahr? Rufen Sie die 101 an oder gehen Sie zur Dienststelle der lokalen Polizei.

contact-surya-name = Sürya
contact-surya-description = Spezialisiertes Zentrum für Opfer von Menschenhandel in Lüttich. Dort erhalten Sie vertraulich Rat und Informationen. Je nach freien Plätzen bietet das Zentrum auch eine Unterkunft und Begleitung an.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Spezialisiertes Zentrum für Opfer von Menschenhandel in Brüssel. Dort erhalten Sie vertraulich Rat und Informationen. Je nach freien Plätzen bietet das Zentrum auch eine Unterkunft und Begleitung an.

contact-payoke-name = Payoke
contact-payoke-description = Spezialisiertes Zentrum für Opfer von Menschenhandel in Antwerpen. Dort erhalten Sie vertraulich Rat und Informationen. Je nach freien Plätzen bietet das Zentrum auch eine Unterkunft und Begleitung an.

contact-national-contact-point-name = Nationale Kontaktstelle Menschenhandel
contact-national-contact-point-description = Das ist die Telefonnummer von stoptraite.be, der nationalen Kontaktstelle. Sie können dort Informationen erfragen oder etwas melden, ohne zuerst zur Polizei zu gehen.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Die Webseite der nationalen Kontaktstelle, aufgebaut vom FÖD Justiz mit den drei spezialisierten Zentren. Sie finden dort Informationen und können Menschenhandel vertraulich melden, ohne zuerst zur Polizei zu gehen.

contact-myria-name = Myria
contact-myria-description = Myria ist der unabhängige nationale Berichterstatter über Menschenhandel und veröffentlicht jedes Jahr einen Bericht. Für persönliche Hilfe wenden Sie sich bitte an ein spezialisiertes Zentrum.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Kostenlos, Tag und Nacht. Für Kinder und Jugendliche und für alle, die sich um sie sorgen: wenn ein Kind verschwunden ist oder sexuell ausgebeutet wird.


contact-guardianship-name = Vormundschaftsdienst (unbegleitete Minderjährige)
contact-guardianship-description = Ein Dienst des FÖD Justiz für junge Menschen unter 18, die ohne Eltern oder Vormund in Belgien sind. Er gibt ihnen einen Vormund, der bei Papieren, Schule, Pflege und der Suche nach einem Anwalt hilft. Jeder kann dem Dienst einen solchen jungen Menschen melden. Die Notrufnummer ist Tag und Nacht erreichbar.
## Arten von Kontakten

contact-kind-emergency = Notruf
contact-kind-police = Polizei
contact-kind-specialised-centre = Spezialisiertes Zentrum
contact-kind-national-contact-point = Nationale Kontaktstelle
contact-kind-report-website = Meldeseite im Internet
contact-kind-helpline = Hilfetelefon
contact-kind-national-rapporteur = Nationaler Berichterstatter

## Regionen

region-brussels = Brüssel
region-flanders = Flandern
region-wallonia = Wallonie
region-east-belgium = Ostbelgien
region-belgium = Ganz Belgien
