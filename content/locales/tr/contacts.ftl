## İletişim

contact-emergency-112-name = 112 – Avrupa acil yardım numarası
contact-emergency-112-description = Sizin hayatınız ya da başka birinin hayatı şu anda tehlikedeyse 112'yi arayın. Numara her telefondan, Avrupa Birliği'nin her yerinden çalışır.

contact-police-101-name = Polis – 101
contact-police-101-description = Hemen şimdi tehlikede misiniz? 101'i arayın ya da bölgenizdeki polis karakoluna gidin.

contact-surya-name = Sürya
contact-surya-description = Liège'de insan ticareti mağdurları için uzman bir merkez. Orada gizli danışmanlık ve bilgi alabilirsiniz. Merkez, yer durumuna göre barınma ve destek de sunabilir.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Brüksel'de insan ticareti mağdurları için uzman bir merkez. Orada gizli danışmanlık ve bilgi alabilirsiniz. Merkez, yer durumuna göre barınma ve destek de sunabilir.

contact-payoke-name = Payoke
contact-payoke-description = Antwerp'te insan ticareti mağdurları için uzman bir merkez. Orada gizli danışmanlık ve bilgi alabilirsiniz. Merkez, yer durumuna göre barınma ve destek de sunabilir.

contact-national-contact-point-name = İnsan ticareti ulusal irtibat noktası
contact-national-contact-point-description = Bu, ulusal irtibat noktası olan stoptraite.be'nin telefon hattıdır. Önce polise gitmeden bilgi isteyebilir ya da bir durumu bildirebilirsiniz.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Ulusal irtibat noktasının web sitesi. FPS Justice (federal adalet hizmeti) ile üç uzman merkez birlikte hazırladı. Orada bilgi bulabilir ve önce polise gitmeden insan ticaretini gizlice bildirebilirsiniz.

contact-myria-name = Myria
contact-myria-description = Myria, insan ticareti konusunda bağımsız ulusal raportördür ve her yıl bir rapor yayınlar. Kişisel yardım için lütfen uzman bir merkeze başvurun.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Ücretsiz, gece gündüz. Bir çocuk kaybolduğunda ya da cinsel olarak sömürüldüğünde; çocuklar ve gençler ile onlar için endişelenen herkes için.


contact-guardianship-name = Vasilik Hizmeti (refakatsiz çocuklar)
contact-guardianship-description = FPS Justice'in (federal adalet hizmeti) bir hizmeti. Belçika'da anne babası ya da vasisi olmadan bulunan 18 yaşından küçük gençler içindir. Onlara bir vasi verir; vasi belgeler, okul, sağlık ve avukat bulma konularında yardım eder. Böyle bir genci herkes bu hizmete bildirebilir. Acil numarası gece gündüz cevap verir.
## İletişim türleri

contact-kind-emergency = Acil durum
contact-kind-police = Polis
contact-kind-specialised-centre = Uzman merkez
contact-kind-national-contact-point = Ulusal irtibat noktası
contact-kind-report-website = Bildirim web sitesi
contact-kind-helpline = Yardım hattı
contact-kind-national-rapporteur = Ulusal raportör

## Bölgeler

region-brussels = Brüksel
region-flanders = Flandre
region-wallonia = Valonya
region-east-belgium = Doğu Belçika
region-belgium = Tüm Belçika
