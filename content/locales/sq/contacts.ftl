## Kontaktet

contact-emergency-112-name = 112 – Numri europian i urgjencës
contact-emergency-112-description = Telefononi 112 nëse jeta juaj ose jeta e dikujt tjetër është në rrezik tani. Numri punon nga çdo telefon, kudo në Bashkimin Europian.

contact-police-101-name = Policia – 101
contact-police-101-description = Jeni në rrezik të menjëhershëm? Telefononi 101 ose shkoni në stacionin e policisë në zonën tuaj.

contact-surya-name = Sürya
contact-surya-description = Një qendër e specializuar për viktimat e trafikimit të qenieve njerëzore në Liège. Aty mund të merrni këshilla dhe informacion konfidencial. Qendra mund të ofrojë edhe strehim, sipas vendeve që ka, dhe mbështetje.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Një qendër e specializuar për viktimat e trafikimit të qenieve njerëzore në Bruksel. Aty mund të merrni këshilla dhe informacion konfidencial. Qendra mund të ofrojë edhe strehim, sipas vendeve që ka, dhe mbështetje.

contact-payoke-name = Payoke
contact-payoke-description = Një qendër e specializuar për viktimat e trafikimit të qenieve njerëzore në Antwerp. Aty mund të merrni këshilla dhe informacion konfidencial. Qendra mund të ofrojë edhe strehim, sipas vendeve që ka, dhe mbështetje.

contact-national-contact-point-name = Pika kombëtare e kontaktit për trafikimin e qenieve njerëzore
contact-national-contact-point-description = Kjo është linja telefonike e stoptraite.be, pika kombëtare e kontaktit. Mund të kërkoni informacion ose të raportoni një situatë pa shkuar më parë në polici.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Faqja e internetit e pikës kombëtare të kontaktit, e ndërtuar nga FPS Justice (shërbimi federal i drejtësisë) bashkë me tri qendrat e specializuara. Aty mund të gjeni informacion dhe të raportoni trafikimin e qenieve njerëzore në mënyrë konfidenciale, pa shkuar më parë në polici.

contact-myria-name = Myria
contact-myria-description = Myria është raportuesi kombëtar i pavarur për trafikimin e qenieve njerëzore dhe publikon një raport çdo vit. Për ndihmë personale, ju lutem kontaktoni një qendër të specializuar.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Falas, ditë e natë. Për fëmijë dhe të rinj, dhe për këdo që është në merak për ta, kur një fëmijë është zhdukur ose shfrytëzohet seksualisht.


contact-guardianship-name = Shërbimi i Kujdestarisë (të miturit e pashoqëruar)
contact-guardianship-description = Një shërbim i FPS Justice (shërbimi federal i drejtësisë) për të rinjtë nën 18 vjeç që janë në Belgjikë pa prind ose kujdestar. Ai u cakton atyre një kujdestar, që i ndihmon me dokumentet, shkollën, kujdesin shëndetësor dhe gjetjen e një avokati. Çdokush mund ta njoftojë shërbimin për një të ri të tillë. Numri i tij i urgjencës përgjigjet ditë e natë.
## Llojet e kontakteve

contact-kind-emergency = Urgjenca
contact-kind-police = Policia
contact-kind-specialised-centre = Qendër e specializuar
contact-kind-national-contact-point = Pika kombëtare e kontaktit
contact-kind-report-website = Faqe interneti për raportim
contact-kind-helpline = Linjë ndihme
contact-kind-national-rapporteur = Raportuesi kombëtar

## Rajonet

region-brussels = Brukseli
region-flanders = Flandra
region-wallonia = Valonia
region-east-belgium = Belgjika Lindore
region-belgium = E gjithë Belgjika
