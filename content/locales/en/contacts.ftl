## Contacts

contact-emergency-112-name = 112 – European emergency number
contact-emergency-112-description = Call 112 if your life or someone else's life is in danger right now. The number works from any phone, anywhere in the European Union.

contact-police-101-name = Police – 101
contact-police-101-description = Are you in immediate danger? Call 101 or go to the local police station.

contact-surya-name = Sürya
contact-surya-description = A specialised centre for victims of human trafficking in Liège. You can get confidential advice and information there. The centre can also offer shelter, depending on the places it has, and support.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = A specialised centre for victims of human trafficking in Brussels. You can get confidential advice and information there. The centre can also offer shelter, depending on the places it has, and support.

contact-payoke-name = Payoke
contact-payoke-description = A specialised centre for victims of human trafficking in Antwerp. You can get confidential advice and information there. The centre can also offer shelter, depending on the places it has, and support.

contact-national-contact-point-name = National contact point on human trafficking
contact-national-contact-point-description = This is the phone line of stoptraite.be, the national contact point. You can ask for information or report a situation without going to the police first.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = The website of the national contact point, built by the FPS Justice together with the three specialised centres. You can find information there and report human trafficking in confidence, without going to the police first.

contact-myria-name = Myria
contact-myria-description = Myria is the independent national rapporteur on human trafficking and publishes a report every year. For personal help, please contact a specialised centre.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Free, day and night. For children and young people, and for anyone worried about them, when a child is missing or sexually exploited.


contact-guardianship-name = Guardianship Service (unaccompanied minors)
contact-guardianship-description = A service of FPS Justice (the federal justice service) for young people under 18 who are in Belgium without a parent or a guardian. It gives them a guardian, who helps with papers, school, care and finding a lawyer. Anyone can tell the service about such a young person. Its emergency number answers day and night.
## Kinds of contacts

contact-kind-emergency = Emergency
contact-kind-police = Police
contact-kind-specialised-centre = Specialised centre
contact-kind-national-contact-point = National contact point
contact-kind-report-website = Reporting website
contact-kind-helpline = Helpline
contact-kind-national-rapporteur = National rapporteur

## Regions

region-brussels = Brussels
region-flanders = Flanders
region-wallonia = Wallonia
region-east-belgium = East Belgium
region-belgium = All of Belgium
