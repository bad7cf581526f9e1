## Contacte

contact-emergency-112-name = 112 – numărul european de urgență
contact-emergency-112-description = Sună la 112 dacă viața ta sau viața altcuiva este în pericol chiar acum. Numărul merge de pe orice telefon, oriunde în Uniunea Europeană.

contact-police-101-name = Poliția – 101
contact-police-101-description = Ești în pericol imediat? Sună la 101 sau mergi la secția de poliție din zonă.

contact-surya-name = Sürya
contact-surya-description = Un centru specializat pentru victimele traficului de persoane, în Liège. Acolo primești sfaturi și informații confidențiale. Centrul îți poate oferi și adăpost, dacă are locuri, și sprijin.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Un centru specializat pentru victimele traficului de persoane, în Bruxelles. Acolo primești sfaturi și informații confidențiale. Centrul îți poate oferi și adăpost, dacă are locuri, și sprijin.

contact-payoke-name = Payoke
contact-payoke-description = Un centru specializat pentru victimele traficului de persoane, în Antwerpen (Anvers). Acolo primești sfaturi și informații confidențiale. Centrul îți poate oferi și adăpost, dacă are locuri, și sprijin.

contact-national-contact-point-name = Punctul național de contact pentru traficul de persoane
contact-national-contact-point-description = Aceasta este linia telefonică a stoptraite.be, punctul național de contact. Poți cere informații sau poți semnala o situație fără să mergi mai întâi la poliție.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Site-ul punctului național de contact, făcut de FPS Justice împreună cu cele trei centre specializate. Acolo găsești informații și poți semnala confidențial traficul de persoane, fără să mergi mai întâi la poliție.

contact-myria-name = Myria
contact-myria-description = Myria este raportorul național independent pentru traficul de persoane și publică un raport în fiecare an. Pentru ajutor personal, te rog contactează un centru specializat.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Gratuit, zi și noapte. Pentru copii și tineri și pentru oricine își face griji pentru ei, când un copil a dispărut sau este exploatat sexual.


contact-guardianship-name = Serviciul de tutelă (minori neînsoțiți)
contact-guardianship-description = Un serviciu al FPS Justice (serviciul federal de justiție) pentru tinerii sub 18 ani care sunt în Belgia fără un părinte sau un tutore. Le dă un tutore, care îi ajută cu actele, școala, îngrijirea și găsirea unui avocat. Oricine poate anunța serviciul despre un astfel de tânăr. Numărul lui de urgență răspunde zi și noapte.
## Tipuri de contacte

contact-kind-emergency = Urgență
contact-kind-police = Poliție
contact-kind-specialised-centre = Centru specializat
contact-kind-national-contact-point = Punct național de contact
contact-kind-report-website = Site pentru semnalări
contact-kind-helpline = Linie de ajutor
contact-kind-national-rapporteur = Raportor național

## Regiuni

region-brussels = Bruxelles
region-flanders = Flandra
region-wallonia = Valonia
region-east-belgium = Estul Belgiei
region-belgium = Toată Belgia
