## Soru listesi: ekranlar ve düğmeler

checklist-title = Belirtileri kontrol edin
checklist-intro = Evet, hayır ya da emin değilim diye cevaplanan birkaç soru. Bir soruyu atlayabilir ya da geri dönebilirsiniz. Cevaplarınız bu uygulamada kalır ve uygulamayı kapatınca kaybolur, saklamayı seçmezseniz.
checklist-answer-yes = Evet
checklist-answer-no = Hayır
checklist-answer-unsure = Emin değilim
checklist-skip = Bu soruyu atla
checklist-back = Geri
checklist-continue = Sorulara devam et
checklist-progress = Soru { $current } / { $total }
checklist-prompt = Bir numara yazın ve Enter'a basın:
checklist-keep-answers = Cevaplarımı bu telefonda sakla
checklist-keep-answers-hint = O zaman bu telefonda Lueur'u açabilen herkes onları görebilir. İstediğiniz zaman silebilirsiniz.
checklist-delete-answers = Cevaplarımı bu telefondan sil
checklist-answers-kept = Cevaplarınız bu telefonda saklanıyor.
checklist-answers-deleted = Cevaplarınız bu telefondan silindi.
checklist-saved-found = Daha önce bu telefonda cevaplar sakladınız.
checklist-resume = Saklanan cevaplarımla devam et
checklist-start-again = Baştan başla
checklist-signs-heading = Cevaplar neye işaret ediyor
checklist-element-present = Cevaplar buna işaret ediyor.
checklist-unsure-heading = Emin olmadığınız cevaplar
checklist-notes-heading = Bilmeniz iyi olur
checklist-contacts-heading = Kim yardım edebilir
checklist-steps-heading = Şimdi ne yapabilirsiniz
checklist-grade-strong = güçlü belirti
checklist-grade-medium = belirti
checklist-grade-weak = zayıf belirti
checklist-sources = Kaynaklar: { $sources }
checklist-close = Kapat
checklist-invalid-choice = Lütfen gösterilen numaralardan birini yazın.
checklist-error-about = Kimin durumu olduğunu söyleyin: “me” (ben) ya da “other” (başkası).
checklist-ignored = Bu cevaplarla sorulmadı, bu yüzden sayılmadı: { $questions }

## Soru listesi: sonraki adımlar ve iletişim

checklist-action-call = Arayın – { $name }: { $number }
checklist-action-talk = { $name } ile konuşun
checklist-action-report = Gizli bir bildirim hazırlayın
checklist-action-report-hint = Lueur bu cevapların kısa bir özetini yazar. Onu değiştirebilir ya da kaldırabilirsiniz.
checklist-action-read = Okuyun: { $title }
checklist-contact-reason-emergency = Acil durumda
checklist-contact-reason-minors = 18 yaşından küçük gençler için
checklist-contact-reason-region = Size yakın
checklist-contact-reason-language = Sizin dilinizi konuşuyor
checklist-contact-reason-centre = Bu durumdaki insanlara yardımda uzman
checklist-contact-reason-report = Bir durumu bildirmek için

## Soru listesi: bildirim için özet

checklist-summary-heading = { $perspective ->
    [me] Lueur soru listesi, kendi durumum hakkında
   *[other] Lueur soru listesi, tanıdığım biri hakkında
}
checklist-summary-level = Sonuç: { $level }
checklist-summary-minor = Kişi 18 yaşından küçük olabilir.
checklist-summary-signs = Cevaplardaki belirtiler:
checklist-summary-unsure = Emin değil:
checklist-summary-none = Hiçbir belirtiye evet cevabı verilmedi.

## Soru listesi: hatalar

checklist-error-unknown-question = Soru listesinde “{ $question }” diye bir soru yok.
checklist-error-unknown-answer = “{ $answer }” bu soru için olası bir cevap değil.
checklist-error-not-current = Bu soru, şu anda ekrandaki soru değil.

## Soru listesi: bölümler

checklist-module-entry = İlk sorular
checklist-module-general = Durum
checklist-module-sexual = Seks, eskort ve internet
checklist-module-labour = İş
checklist-module-domestic = Bir evde çalışma
checklist-module-begging = Dilencilik
checklist-module-criminality = Başkası için suç
checklist-module-teen-pimps = Yanlış gelen bir ilişki
checklist-module-closing = Son soru

## Soru listesi: ilk sorular

checklist-q-about = Bu kiminle ilgili?
checklist-q-about-me = Benimle
checklist-q-about-other = Tanıdığım biriyle
checklist-q-danger-now = { $perspective ->
    [me] Şu anda tehlikede misiniz, ya da birinin size çok yakında zarar vereceğinden korkuyor musunuz?
   *[other] Kişi şu anda tehlikede mi, ya da birinin ona çok yakında zarar vereceğinden korkuyor mu?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Şu anda bir yere kilitli misiniz, ya da isteğiniz dışında orada tutuluyor musunuz?
   *[other] Kişi şu anda bir yere kilitli mi, ya da isteği dışında orada tutuluyor mu?
}
checklist-q-under-18 = { $perspective ->
    [me] 18 yaşından küçük müsünüz?
   *[other] Kişi 18 yaşından küçük mü?
}
checklist-q-situation = { $perspective ->
    [me] Durumunuz daha çok ne ile ilgili?
   *[other] Kişinin durumu daha çok ne ile ilgili?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Seks, eskort, cinsel fotoğraf ya da videolar, internette de
   *[other] Seks, eskort, cinsel fotoğraf ya da videolar, internette de
}
checklist-q-situation-labour = { $perspective ->
    [me] İş: örneğin bir restoranda, bir inşaatta, bir çiftlikte, bir dükkânda
   *[other] İş: örneğin bir restoranda, bir inşaatta, bir çiftlikte, bir dükkânda
}
checklist-q-situation-domestic = { $perspective ->
    [me] Birinin evinde çalışma: temizlik, yemek, çocuk bakımı
   *[other] Birinin evinde çalışma: temizlik, yemek, çocuk bakımı
}
checklist-q-situation-begging = { $perspective ->
    [me] Sokakta dilencilik
   *[other] Sokakta dilencilik
}
checklist-q-situation-criminality = { $perspective ->
    [me] Hırsızlık, uyuşturucu satma ya da başka şekilde yasayı çiğneme zorunda kalmak
   *[other] Hırsızlık, uyuşturucu satma ya da başka şekilde yasayı çiğneme zorunda kalmak
}
checklist-q-situation-relationship = { $perspective ->
    [me] Gittikçe daha fazlasını isteyen bir erkek arkadaş, kız arkadaş ya da arkadaş: para, seks, fotoğraf ya da evden ve okuldan uzakta zaman
   *[other] Kişiden gittikçe daha fazlasını isteyen bir erkek arkadaş, kız arkadaş ya da arkadaş: para, seks, fotoğraf ya da evden ve okuldan uzakta zaman
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Emin değilim ya da başka bir şey
   *[other] Emin değilim ya da başka bir şey
}

## Soru listesi: her durum için sorular

checklist-q-g-act-arranged = { $perspective ->
    [me] Bu işi ya da faaliyeti sizin için başka biri mi buldu ya da ayarladı?
   *[other] Bu işi ya da faaliyeti kişi için başka biri mi buldu ya da ayarladı?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Sizi şu an bulunduğunuz yere biri mi getirdi, ya da yolculuğu biri mi ayarladı?
   *[other] Kişiyi şu an bulunduğu yere biri mi getirdi, ya da yolculuğu biri mi ayarladı?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Nerede uyuyacağınıza, çalıştığınız kişi ya da onunla çalışan biri mi karar veriyor?
   *[other] Kişinin nerede uyuyacağına, onun çalıştığı kişi ya da onunla çalışan biri mi karar veriyor?
}
checklist-q-g-promised-other = { $perspective ->
    [me] İşiniz ya da durumunuz size söz verilenden çok farklı mı?
   *[other] Kişinin işi ya da durumu ona söz verilenden çok farklı mı?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Maaş, çalışma saatleri ya da kalacağınız yer hakkında size yalan söylendi mi?
   *[other] Maaş, çalışma saatleri ya da kalacağı yer hakkında kişiye yalan söylendi mi?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Biri size belge ya da yasal oturum sözü verdi de siz bunu hiç almadınız mı?
   *[other] Biri kişiye belge ya da yasal oturum sözü verdi de kişi bunu hiç almadı mı?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Buraya gelmeniz ya da bu işe başlamanız için biri size vurdu ya da zarar verdi mi?
   *[other] Buraya gelmesi ya da bu işe başlaması için biri kişiye vurdu ya da zarar verdi mi?
}
checklist-q-g-taken = { $perspective ->
    [me] Başlangıçta zorla götürüldünüz ya da isteğiniz dışında tutuldunuz mu?
   *[other] Kişi başlangıçta zorla götürüldü ya da isteği dışında tutuldu mu?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Buraya gelmeniz ya da bu işe başlamanız için tehdit edildiniz mi?
   *[other] Kişi buraya gelmesi ya da bu işe başlaması için tehdit edildi mi?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Başladığında, biri hayatınızdaki çok zor bir dönemi kullandı mı, örneğin hiç paranız ya da eviniz olmamasını?
   *[other] Başladığında, biri kişinin hayatındaki çok zor bir dönemi kullandı mı, örneğin hiç parası ya da evi olmamasını?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Biri, sizi bu işe sokmak için Belçika'da kalma belgeniz olmamasını kullandı mı?
   *[other] Biri, kişiyi bu işe sokmak için onun Belçika'da kalma belgesi olmamasını kullandı mı?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Biri, buradaki dili, kuralları ya da haklarınızı bilmemenizi kullandı mı?
   *[other] Biri, kişinin buradaki dili, kuralları ya da haklarını bilmemesini kullandı mı?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Sık sık çok uzun saatler ya da haftada yedi gün mü çalışıyorsunuz?
   *[other] Kişi sık sık çok uzun saatler ya da haftada yedi gün mü çalışıyor?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Yaptığınız iş için az para mı alıyorsunuz, ya da hiç para almıyor musunuz?
   *[other] Kişi yaptığı iş için az para mı alıyor, ya da hiç para almıyor mu?
}
checklist-q-g-housing = { $perspective ->
    [me] Uyuduğunuz yer çok kalabalık, kirli ya da güvensiz mi?
   *[other] Kişinin uyuduğu yer çok kalabalık, kirli ya da güvensiz mi?
}
checklist-q-g-documents = { $perspective ->
    [me] İstediğinizde biri pasaportunuzu ya da kimlik kartınızı geri vermeyi reddediyor mu?
   *[other] Kişi istediğinde biri onun pasaportunu ya da kimlik kartını geri vermeyi reddediyor mu?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Biri gitmenizi engelliyor, sizi içeri kilitliyor ya da dışarı çıkınca sizi takip ediyor mu?
   *[other] Biri kişinin gitmesini engelliyor, onu içeri kilitliyor ya da dışarı çıkınca onu takip ediyor mu?
}
checklist-q-g-debt = { $perspective ->
    [me] Çalıştığınız kişilere ya da sizi buraya getiren kişilere borcunuz var mı?
   *[other] Kişinin, çalıştığı kişilere ya da onu buraya getiren kişilere borcu var mı?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Ne öderseniz ya da ne yaparsanız yapın, bu borç aynı mı kalıyor ya da artıyor mu?
   *[other] Kişi ne öderse ya da ne yaparsa yapsın, bu borç aynı mı kalıyor ya da artıyor mu?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Bu borç yolculuğunuzun, işinizin ya da kaldığınız yerin masrafıyla mı başladı?
   *[other] Bu borç kişinin yolculuğunun, işinin ya da kaldığı yerin masrafıyla mı başladı?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Kazandığınız paranın hepsini ya da çoğunu başka biri mi alıyor?
   *[other] Kişinin kazandığı paranın hepsini ya da çoğunu başka biri mi alıyor?
}
checklist-q-g-threats = { $perspective ->
    [me] Biri sizi ya da ailenizi tehdit etti mi?
   *[other] Biri kişiyi ya da ailesini tehdit etti mi?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Biri, söz dinlemezseniz sizi polise ya da göç dairesine ihbar edeceğini söyledi mi?
   *[other] Biri, kişi söz dinlemezse onu polise ya da göç dairesine ihbar edeceğini söyledi mi?
}
checklist-q-g-violence = { $perspective ->
    [me] Biri size vurdu, zarar verdi ya da sizi cinsel eylemlere zorladı mı?
   *[other] Biri kişiye vurdu, zarar verdi ya da onu cinsel eylemlere zorladı mı?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Bırakmak isteseniz, biri sizi cezalandırır ya da durumunuzu kötüleştirir mi?
   *[other] Kişi bırakmak istese, biri onu cezalandırır ya da durumunu kötüleştirir mi?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Biri size polise, yetkililere ya da ailenize ne söyleyeceğinizi söyledi mi?
   *[other] Biri kişiye polise, yetkililere ya da ailesine ne söyleyeceğini söyledi mi?
}
checklist-q-g-dependent = { $perspective ->
    [me] İşiniz, kaldığınız yer ve yemeğiniz için aynı kişilere mi bağlısınız?
   *[other] Kişi iş, kalacak yer ve yemek için aynı kişilere mi bağlı?
}
checklist-q-g-isolated = { $perspective ->
    [me] Biri ailenizle ya da arkadaşlarınızla iletişim kurmanızı engelliyor mu?
   *[other] Biri kişinin ailesiyle ya da arkadaşlarıyla iletişim kurmasını engelliyor mu?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Polisten yardım istemekten korkuyor musunuz, örneğin belgeleriniz yüzünden?
   *[other] Kişi polisten yardım istemekten korkuyor mu, örneğin belgeleri yüzünden?
}

## Soru listesi: seks, eskort ve internet

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Biri sizi müşterilerle görüşmeye ya da istemediğiniz cinsel eylemlere zorluyor mu?
   *[other] Biri kişiyi müşterilerle görüşmeye ya da istemediği cinsel eylemlere zorluyor mu?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Müşterilerinizin ödediği paranın çoğunu başka biri mi alıyor?
   *[other] Kişinin müşterilerinin ödediği paranın çoğunu başka biri mi alıyor?
}
checklist-q-s-organised = { $perspective ->
    [me] İlanlarınızı başka biri mi veriyor, müşterilerinizi o mu seçiyor ya da eskort buluşmalarınızı o mu ayarlıyor?
   *[other] Kişinin ilanlarını başka biri mi veriyor, müşterilerini o mu seçiyor ya da eskort buluşmalarını o mu ayarlıyor?
}
checklist-q-s-images = { $perspective ->
    [me] Biri kendi kazancı için sizi cinsel fotoğraf ya da video çekmeye, ya da kamera önünde cinsel şeyler yapmaya zorluyor mu?
   *[other] Biri kendi kazancı için kişiyi cinsel fotoğraf ya da video çekmeye, ya da kamera önünde cinsel şeyler yapmaya zorluyor mu?
}

## Soru listesi: iş

checklist-q-l-contract = { $perspective ->
    [me] Sözleşmesiz ya da kayıt dışı mı çalışıyorsunuz?
   *[other] Kişi sözleşmesiz ya da kayıt dışı mı çalışıyor?
}
checklist-q-l-hazard = { $perspective ->
    [me] İş tehlikeli mi, koruma ya da eğitim olmadan mı?
   *[other] Kişinin işi tehlikeli mi, koruma ya da eğitim olmadan mı?
}
checklist-q-l-live-in = { $perspective ->
    [me] Çalıştığınız kişilerin evinde mi yaşıyorsunuz?
   *[other] Kişi, çalıştığı kişilerin evinde mi yaşıyor?
}

## Soru listesi: bir evde çalışma

checklist-q-d-sleep-place = { $perspective ->
    [me] Hiç özel alanı olmayan bir yerde mi uyumak zorundasınız, örneğin mutfakta, koridorda ya da yerde?
   *[other] Kişi hiç özel alanı olmayan bir yerde mi uyumak zorunda, örneğin mutfakta, koridorda ya da yerde?
}
checklist-q-d-food = { $perspective ->
    [me] Yeterince yemek alamıyor musunuz, ya da sadece artanları mı alıyorsunuz?
   *[other] Kişi yeterince yemek alamıyor mu, ya da sadece artanları mı alıyor?
}

## Soru listesi: dilencilik

checklist-q-b-quota = { $perspective ->
    [me] Her gün birine belli bir miktar para getirmek zorunda mısınız?
   *[other] Kişi her gün birine belli bir miktar para getirmek zorunda mı?
}
checklist-q-b-punished = { $perspective ->
    [me] Çok az getirdiğinizde cezalandırılıyor musunuz?
   *[other] Kişi çok az getirdiğinde cezalandırılıyor mu?
}
checklist-q-b-brought = { $perspective ->
    [me] Biri sizi dilendiğiniz yere arabayla götürüp tekrar alıyor mu?
   *[other] Biri kişiyi dilendiği yere arabayla götürüp tekrar alıyor mu?
}
checklist-q-b-school = { $perspective ->
    [me] Okula gitmek yerine dileniyor musunuz?
   *[other] Kişi okula gitmek yerine dileniyor mu?
}

## Soru listesi: baskı altında suç

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Biri size uyuşturucu vererek ya da sizi uyuşturucuya bağımlı yaparak mı başladı?
   *[other] Biri kişiye uyuşturucu vererek ya da onu uyuşturucuya bağımlı yaparak mı başladı?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Biri size kolay para teklif ederek mi başladı?
   *[other] Biri kişiye kolay para teklif ederek mi başladı?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Bu şekilde ödemeniz söylenen bir borçla mı başladı?
   *[other] Kişiye bu şekilde ödemesi söylenen bir borçla mı başladı?
}
checklist-q-c-made-to = { $perspective ->
    [me] Başkası için hırsızlık yapmaya, uyuşturucu satmaya ya da başka şekilde yasayı çiğnemeye zorlanıyor musunuz?
   *[other] Kişi başkası için hırsızlık yapmaya, uyuşturucu satmaya ya da başka şekilde yasayı çiğnemeye zorlanıyor mu?
}
checklist-q-c-profits = { $perspective ->
    [me] Getirdiğiniz parayı ya da eşyaları başka biri mi alıyor?
   *[other] Kişinin getirdiği parayı ya da eşyaları başka biri mi alıyor?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Kenevir bitkilerine bakmak için bir evde kalmak zorunda mısınız?
   *[other] Kişi kenevir bitkilerine bakmak için bir evde kalmak zorunda mı?
}

## Soru listesi: yanlış gelen bir ilişki (teen pimps, "loverboy")

checklist-q-t-older = { $perspective ->
    [me] Düşündüğünüz kişi sizden çok daha mı büyük?
   *[other] Bu erkek arkadaş, kız arkadaş ya da arkadaş gençten çok daha mı büyük?
}
checklist-q-t-gifts = { $perspective ->
    [me] Bu kişi size para, pahalı hediyeler ya da telefon veriyor mu?
   *[other] Bu kişi gence para, pahalı hediyeler ya da telefon veriyor mu?
}
checklist-q-t-love = { $perspective ->
    [me] Bu kişi size aşk ya da birlikte bir gelecek sözü verip sözünü tutmadı mı?
   *[other] Bu kişi gence aşk ya da birlikte bir gelecek sözü verip sözünü tutmadı mı?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Bu kişi hayatınıza, kendinizi yalnız hissettiğiniz ya da evde veya okulda sorunlarınız olduğu bir zamanda mı girdi?
   *[other] Bu kişi gencin hayatına, genç kendini yalnız hissettiği ya da evde veya okulda sorunları olduğu bir zamanda mı girdi?
}
checklist-q-t-need = { $perspective ->
    [me] Bu kişiye o kadar ihtiyaç duyduğunuzu hissediyor musunuz ki ona hayır diyemiyorsunuz?
   *[other] Genç bu kişiye o kadar ihtiyaç duyuyor gibi mi ki ona hayır diyemiyor?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Bu kişi arkadaşlarınızla ya da ailenizle görüşmeyi bırakmanızı istiyor mu?
   *[other] Bu kişi gencin arkadaşlarıyla ya da ailesiyle görüşmeyi bırakmasını istiyor mu?
}
checklist-q-t-nights = { $perspective ->
    [me] Nerede olduğunuzu söylemeden geceleri dışarıda kalıyor musunuz?
   *[other] Genç nerede olduğunu söylemeden geceleri dışarıda kalıyor mu?
}
checklist-q-t-hotels = { $perspective ->
    [me] Bu kişiyle ya da onun arkadaşlarıyla tanımadığınız otellere ya da dairelere gidiyor musunuz?
   *[other] Genç bu kişiyle ya da onun arkadaşlarıyla tanımadığı otellere ya da dairelere gidiyor mu?
}
checklist-q-t-school = { $perspective ->
    [me] Sık sık okula gitmiyor musunuz?
   *[other] Genç sık sık okula gitmiyor mu?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Bu kişi sizden başka insanlarla seks yapmanızı istedi mi?
   *[other] Bu kişi gençten başka insanlarla seks yapmasını istedi mi?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Bu kişi sizden kendinizin cinsel fotoğraflarını ya da videolarını istedi mi?
   *[other] Bu kişi gençten kendisinin cinsel fotoğraflarını ya da videolarını istedi mi?
}
checklist-q-t-owe = { $perspective ->
    [me] Bu kişi hediyeler ya da başka şeyler için ona borçlu olduğunuzu söylüyor mu?
   *[other] Bu kişi gencin hediyeler ya da başka şeyler için ona borçlu olduğunu söylüyor mu?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Bu kişinin adının ya da işaretinin olduğu bir dövmeniz var mı?
   *[other] Gencin bu kişinin adının ya da işaretinin olduğu bir dövmesi var mı?
}
checklist-q-t-phones = { $perspective ->
    [me] Bu kişinin size verdiği ikinci bir telefonunuz var mı?
   *[other] Gencin bu kişinin ona verdiği ikinci bir telefonu var mı?
}
checklist-q-t-mood = { $perspective ->
    [me] Son zamanlarda ruh haliniz çok değişti mi?
   *[other] Son zamanlarda gencin ruh hali çok değişti mi?
}
checklist-q-t-drugs = { $perspective ->
    [me] Son zamanlarda çok içki içiyor ya da uyuşturucu kullanıyor musunuz?
   *[other] Son zamanlarda genç çok içki içiyor ya da uyuşturucu kullanıyor mu?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Kendinize zarar veriyor musunuz, ya da bunu düşünüyor musunuz?
   *[other] Genç kendine zarar veriyor mu, ya da bundan söz ediyor mu?
}

## Soru listesi: son soru

checklist-q-region = { $perspective ->
    [me] Belçika'nın neresindesiniz? Bu, size yakın bir merkezi göstermeye yardım eder.
   *[other] Kişi Belçika'nın neresinde? Bu, yakındaki bir merkezi göstermeye yardım eder.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brüksel
   *[other] Brüksel
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandre
   *[other] Flandre
}
checklist-q-region-wallonia = { $perspective ->
    [me] Valonya
   *[other] Valonya
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Doğu Belçika (Almanca konuşan topluluk)
   *[other] Doğu Belçika (Almanca konuşan topluluk)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Söylememeyi tercih ederim
   *[other] Söylememeyi tercih ederim ya da bilmiyorum
}

## Soru listesi: unsurlar (belirtiler nasıl gruplanır)

checklist-element-act = Biri kişiyi ayarladı, taşıdı ya da barındırdı
checklist-element-deceptive-recruitment = Başlangıçta yalanlar
checklist-element-coercive-recruitment = Başlangıçta zor kullanma
checklist-element-vulnerability-recruitment = Başlangıçta kullanılan zor bir durum
checklist-element-exploitative-conditions = Sömürü: haksız koşullarda çalışma ya da yaşama
checklist-element-exploitation-in-law = Yasada adı geçen sömürü: başkası için seks, dilencilik ya da suç
checklist-element-coercion-destination = Şimdi kontrol ve baskı
checklist-element-vulnerability-destination = Şimdi kullanılan zor bir durum
checklist-element-other-signs = Diğer belirtiler (UNODC), ILO göstergesi olarak sayılmaz
checklist-element-warning-signs = Gençlerle ilgili uyarı işaretleri (Child Focus), ILO göstergesi değildir

## Soru listesi: belirtilerin açıklaması

checklist-indicator-act-recruited = { $perspective ->
    [me] Bunu sizin için başka biri buldu ya da ayarladı: yasal tanımda buna bir kişiyi devşirmek denir.
   *[other] Bunu kişi için başka biri buldu ya da ayarladı: yasal tanımda buna bir kişiyi devşirmek denir.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Biri sizi buraya getirdi ya da yolculuğu ayarladı: yasal tanımda buna bir kişiyi taşımak denir.
   *[other] Biri kişiyi buraya getirdi ya da yolculuğu ayarladı: yasal tanımda buna bir kişiyi taşımak denir.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Çalıştığınız kişiler nerede uyuyacağınıza karar veriyor: yasal tanımda buna bir kişiyi barındırmak denir.
   *[other] Kişinin çalıştığı kişiler onun nerede uyuyacağına karar veriyor: yasal tanımda buna bir kişiyi barındırmak denir.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] İş ya da durum size söz verilenden çok farklı: başlangıçta yalan söylemek, insanları sömürüye sokmanın sık görülen bir yoludur.
   *[other] İş ya da durum kişiye söz verilenden çok farklı: başlangıçta yalan söylemek, insanları sömürüye sokmanın sık görülen bir yoludur.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Maaş, saatler ya da kalacak yer hakkında size yalan söylendi: sahte sözler, insanlara normalde reddedecekleri koşulları kabul ettirir.
   *[other] Maaş, saatler ya da kalacak yer hakkında kişiye yalan söylendi: sahte sözler, insanlara normalde reddedecekleri koşulları kabul ettirir.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Size hiç gelmeyen belgeler için söz verildi: bu söz, insanları bekletmek ve söz dinletmek için sık kullanılır.
   *[other] Kişiye hiç gelmeyen belgeler için söz verildi: bu söz, insanları bekletmek ve söz dinletmek için sık kullanılır.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Biri size aşk ya da birlikte bir gelecek sözü verdi: "loverboy"lar (teen pimps) güven kazanmak için çoğu zaman böyle başlar.
   *[other] Biri kişiye aşk ya da birlikte bir gelecek sözü verdi: "loverboy"lar (teen pimps) güven kazanmak için çoğu zaman böyle başlar.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Başlamanız için size vuruldu ya da zarar verildi: bu, özgürce seçmediğinizin ciddi bir belirtisidir.
   *[other] Başlaması için kişiye vuruldu ya da zarar verildi: bu, özgürce seçmediğinin ciddi bir belirtisidir.
}
checklist-indicator-abducted = { $perspective ->
    [me] Başlangıçta zorla götürüldünüz ya da isteğiniz dışında tutuldunuz: kimse size bunu yapamaz.
   *[other] Kişi başlangıçta zorla götürüldü ya da isteği dışında tutuldu: kimse kimseye bunu yapamaz.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Başlamanız için tehdit edildiniz: korku insanın seçme hakkını elinden alabilir.
   *[other] Kişi başlaması için tehdit edildi: korku insanın seçme hakkını elinden alabilir.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Borç yolculukla ya da işle başladı: böyle bir borç, bir kişiyi onu getirenlere bağlamak için sık kullanılır.
   *[other] Borç yolculukla ya da işle başladı: böyle bir borç, bir kişiyi onu getirenlere bağlamak için sık kullanılır.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Paranız, belgeniz ya da eviniz yokken başladı: başkalarını sömürenler zor durumdaki insanları arar.
   *[other] Kişinin parası, belgesi ya da evi yokken başladı: başkalarını sömürenler zor durumdaki insanları arar.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Biri sizi bu işe sokmak için belgenizin olmamasını kullandı: belgesiz insanlar kolayca tehdit edilir ve sömürenler bunu kullanır.
   *[other] Biri kişiyi bu işe sokmak için onun belgesinin olmamasını kullandı: belgesiz insanlar kolayca tehdit edilir ve sömürenler bunu kullanır.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Biri dil, kurallar ya da haklarınız hakkında bilmediklerinizi kullandı: bilmemek, kandırılmayı kolaylaştırır.
   *[other] Biri kişinin dil, kurallar ya da hakları hakkında bilmediklerini kullandı: bilmemek, kandırılmayı kolaylaştırır.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Kendinizi yalnız hissettiğinizde ya da evde veya okulda sorunlarınız olduğunda başladı: "loverboy"lar (teen pimps) bu durumdaki gençleri arar.
   *[other] Kişi kendini yalnız hissettiğinde ya da evde veya okulda sorunları olduğunda başladı: "loverboy"lar (teen pimps) bu durumdaki gençleri arar.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Bu kişiye hayır diyemeyeceğinizi hissediyorsunuz: birini kendine bağımlı hissettirmek, onu kontrol etmenin bir yoludur.
   *[other] Kişi hayır diyemiyor gibi: birini kendine bağımlı hissettirmek, onu kontrol etmenin bir yoludur.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Çok uzun günler ya da hiç izin günü olmaması: bu, özellikle başka belirtilerle birlikte, sömürü belirtisi olabilir.
   *[other] Çok uzun günler ya da hiç izin günü olmaması: bu, özellikle başka belirtilerle birlikte, sömürü belirtisi olabilir.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] İşiniz için az ücret ya da hiç ücret yok: bu, sömürü belirtisi olabilir.
   *[other] İş için az ücret ya da hiç ücret yok: bu, sömürü belirtisi olabilir.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Sözleşme yok, kayıt yok: bu çoğu zaman sigorta yok ve işte koruma yok demektir.
   *[other] Sözleşme yok, kayıt yok: bu çoğu zaman kişi için sigorta yok ve işte koruma yok demektir.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Korumasız tehlikeli iş: bu sağlığınızı tehlikeye atar ve sömürü belirtisi olabilir.
   *[other] Korumasız tehlikeli iş: bu kişinin sağlığını tehlikeye atar ve sömürü belirtisi olabilir.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Çok kalabalık, kirli ya da güvensiz bir uyku yeri: böyle yaşam koşulları sömürü belirtisi olabilir.
   *[other] Çok kalabalık, kirli ya da güvensiz bir uyku yeri: böyle yaşam koşulları sömürü belirtisi olabilir.
}
checklist-indicator-no-school = { $perspective ->
    [me] Okula gitmemek: bir gencin okula gitme hakkı vardır.
   *[other] Okula gitmemek: bir gencin okula gitme hakkı vardır.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Cinsel eylemlerinizden başka biri para kazanıyor: yasa buna cinsel sömürü der ve 18 yaşından küçük biri için bu her zaman sömürüdür.
   *[other] Kişinin cinsel eylemlerinden başka biri para kazanıyor: yasa buna cinsel sömürü der ve 18 yaşından küçük biri için bu her zaman sömürüdür.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Biri kendi kazancı için sizi cinsel fotoğraf ya da video çekmeye zorluyor: bu, internette de olsa, cinsel sömürüdür.
   *[other] Biri kendi kazancı için kişiyi cinsel fotoğraf ya da video çekmeye zorluyor: bu, internette de olsa, cinsel sömürüdür.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Bu kişi sizden başka insanlarla seks yapmanızı istiyor: "loverboy"lar (teen pimps) bunu yapar ve 18 yaşından küçük biri için bu her zaman sömürüdür.
   *[other] Bu kişi gençten başka insanlarla seks yapmasını istiyor: "loverboy"lar (teen pimps) bunu yapar ve 18 yaşından küçük biri için bu her zaman sömürüdür.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] 18 yaşından küçüksünüz ve seks, eskortluk ya da cinsel fotoğrafların içindesiniz: bir genç için bu, kabul etmiş olsanız bile, her zaman sömürüdür. Bu asla sizin suçunuz değildir.
   *[other] Kişi 18 yaşından küçük ve seks, eskortluk ya da cinsel fotoğrafların içinde: bir genç için bu, kabul etmiş olsa bile, her zaman sömürüdür. Bu asla onun suçu değildir.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Dilencilikten belli bir miktarı teslim etmek zorundasınız: yasa, başkası için dilenciliği sömürü olarak adlandırır.
   *[other] Kişi dilencilikten belli bir miktarı teslim etmek zorunda: yasa, başkası için dilenciliği sömürü olarak adlandırır.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Suçlarınızdan gelen kazancı başka biri alıyor: yasa buna sömürü der ve suçlu olanlar bundan kazanç sağlayanlardır.
   *[other] Kişinin suçlarından gelen kazancı başka biri alıyor: yasa buna sömürü der ve suçlu olanlar bundan kazanç sağlayanlardır.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Kenevir bitkilerine bakmak için bir evde kalmak zorundasınız: başkaları için suç işlemeye zorlanmak yasaya göre sömürüdür.
   *[other] Kişi kenevir bitkilerine bakmak için bir evde kalmak zorunda: başkaları için suç işlemeye zorlanmak yasaya göre sömürüdür.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] 18 yaşından küçüksünüz ve biri sizi suça itiyor: bir genç için bu, neyi kabul etmiş olursanız olun, sömürüdür.
   *[other] Kişi 18 yaşından küçük ve biri onu suça itiyor: bir genç için bu, neyi kabul etmiş olursa olsun, sömürüdür.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Biri kimlik belgelerinizi geri vermeyi reddediyor: bu, bir insanı kontrol etmenin bir yoludur.
   *[other] Biri kişinin kimlik belgelerini geri vermeyi reddediyor: bu, bir insanı kontrol etmenin bir yoludur.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Hiç azalmayan bir borç: borçlar, insanları çalışmaya devam ettirmek için sık kullanılır.
   *[other] Hiç azalmayan bir borç: borçlar, insanları çalışmaya devam ettirmek için sık kullanılır.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Biri gitmenizi engelliyor, sizi kilitliyor ya da takip ediyor: bu, özgürlüğünüzü elinizden alır.
   *[other] Biri kişinin gitmesini engelliyor, onu kilitliyor ya da takip ediyor: bu, onun özgürlüğünü elinden alır.
}
checklist-indicator-violence = { $perspective ->
    [me] Biri size zarar veriyor ya da sizi cinsel eylemlere zorluyor: bu şiddettir ve asla sizin suçunuz değildir.
   *[other] Biri kişiye zarar veriyor ya da onu cinsel eylemlere zorluyor: bu şiddettir ve asla onun suçu değildir.
}
checklist-indicator-threats = { $perspective ->
    [me] Size ya da ailenize karşı tehditler: korku, insanlara söz dinletmek için kullanılır.
   *[other] Kişiye ya da ailesine karşı tehditler: korku, insanlara söz dinletmek için kullanılır.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Sizi polise ya da göç dairesine ihbar etme tehdidi: bu, insanları susturmak için kullanılır.
   *[other] Kişiyi polise ya da göç dairesine ihbar etme tehdidi: bu, insanları susturmak için kullanılır.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Bıraksanız cezalandırılırdınız: bırakamadığınız bir iş özgürce seçilmiş değildir.
   *[other] Kişi bıraksa cezalandırılırdı: bırakılamayan bir iş özgürce seçilmiş değildir.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Kazandığınız parayı başka biri alıyor: bu, insanı bağımlı tutar.
   *[other] Kişinin kazandığı parayı başka biri alıyor: bu, insanı bağımlı tutar.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Başkası için yasayı çiğnemeye zorlanıyorsunuz: bu bir sömürü biçimi olabilir ve suçlu olanlar bundan kazanç sağlayanlardır.
   *[other] Kişi başkası için yasayı çiğnemeye zorlanıyor: bu bir sömürü biçimi olabilir ve suçlu olanlar bundan kazanç sağlayanlardır.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Bir müşteriye ya da bir cinsel eyleme hayır diyemiyorsunuz: bu, kontrol altında olmanın bir belirtisidir.
   *[other] Kişi bir müşteriye ya da bir cinsel eyleme hayır diyemiyor: bu, kontrol altında olmanın bir belirtisidir.
}
checklist-indicator-under-control = { $perspective ->
    [me] İlanlarınıza, müşterilerinize ya da buluşmalarınıza başka biri karar veriyor: işi başka biri kontrol ediyor ve bu sömürü belirtisi olabilir.
   *[other] Kişinin ilanlarına, müşterilerine ya da buluşmalarına başka biri karar veriyor: işi başka biri kontrol ediyor ve bu sömürü belirtisi olabilir.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Biri size polise, yetkililere ya da ailenize ne söyleyeceğinizi söylüyor: bu, olanları gizlemek için kullanılır.
   *[other] Biri kişiye polise, yetkililere ya da aileye ne söyleyeceğini söylüyor: bu, olanları gizlemek için kullanılır.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Size iş, kalacak yer ve yemeği aynı kişiler veriyor: bu, hayır demeyi ya da gitmeyi çok zorlaştırır.
   *[other] Kişiye iş, kalacak yer ve yemeği aynı kişiler veriyor: bu, hayır demeyi ya da gitmeyi çok zorlaştırır.
}
checklist-indicator-isolated = { $perspective ->
    [me] Biri aile ve arkadaşlarınızla iletişim kurmanızı engelliyor: yalnız kalmak yardım almayı zorlaştırır.
   *[other] Biri kişinin aile ve arkadaşlarıyla iletişim kurmasını engelliyor: yalnız kalmak yardım almayı zorlaştırır.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Polisten ya da belge durumunuzdan korkuyorsunuz: bu korku, insanları susturmak için sık kullanılır.
   *[other] Kişi polisten ya da belge durumundan korkuyor: bu korku, insanları susturmak için sık kullanılır.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Uyumak için özel bir yer yok: UNODC bunu ev içi kölelik belirtileri arasında sayar.
   *[other] Uyumak için özel bir yer yok: UNODC bunu ev içi kölelik belirtileri arasında sayar.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Yeterli yemek yok ya da sadece artıklar: UNODC bunu ev içi kölelik belirtileri arasında sayar.
   *[other] Yeterli yemek yok ya da sadece artıklar: UNODC bunu ev içi kölelik belirtileri arasında sayar.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Çok az getirdiği için cezalandırılmak: UNODC bunu zorla dilencilik ve suç belirtileri arasında sayar.
   *[other] Çok az getirdiği için cezalandırılmak: UNODC bunu zorla dilencilik ve suç belirtileri arasında sayar.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Dilendiğiniz yere arabayla götürülüp tekrar alınmak: UNODC böyle taşınmayı bir belirti olarak sayar.
   *[other] Dilendiği yere arabayla götürülüp tekrar alınmak: UNODC böyle taşınmayı bir belirti olarak sayar.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Uyuşturucuyla başladı: uyuşturucuya ihtiyaç duymak, bir kişiyi onu sağlayanlara bağlı tutabilir.
   *[other] Uyuşturucuyla başladı: uyuşturucuya ihtiyaç duymak, bir kişiyi onu sağlayanlara bağlı tutabilir.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Kolay para teklifiyle başladı: bu, insanları başkaları için suça çekmenin sık görülen bir yoludur.
   *[other] Kolay para teklifiyle başladı: bu, insanları başkaları için suça çekmenin sık görülen bir yoludur.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Düşündüğünüz kişi sizden çok daha büyük: Child Focus bunu uyarı işaretleri arasında sayar.
   *[other] Erkek arkadaş, kız arkadaş ya da arkadaş gençten çok daha büyük: Child Focus bunu uyarı işaretleri arasında sayar.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Para ya da pahalı hediyeler alıyorsunuz: hediyeler, borçlu olma duygusu yaratmak için kullanılabilir.
   *[other] Kişi para ya da pahalı hediyeler alıyor: hediyeler, borçlu olma duygusu yaratmak için kullanılabilir.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Bu kişi arkadaşlarınızla ya da ailenizle görüşmeyi bırakmanızı istiyor: "loverboy"lar (teen pimps) gençleri yardım edebilecek kişilerden koparır.
   *[other] Bu kişi gencin arkadaşlarıyla ya da ailesiyle görüşmeyi bırakmasını istiyor: "loverboy"lar (teen pimps) gençleri yardım edebilecek kişilerden koparır.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nerede olduğunu söylemeden dışarıda geçen geceler: Child Focus bunu uyarı işaretleri arasında sayar.
   *[other] Nerede olduğunu söylemeden dışarıda geçen geceler: Child Focus bunu uyarı işaretleri arasında sayar.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Bu kişiyle ya da arkadaşlarıyla oteller ya da bilinmeyen daireler: Child Focus bunu uyarı işaretleri arasında sayar.
   *[other] Bu kişiyle ya da arkadaşlarıyla oteller ya da bilinmeyen daireler: Child Focus bunu uyarı işaretleri arasında sayar.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Bu kişi sizden kendinizin cinsel fotoğraflarını istiyor: böyle fotoğraflar daha sonra bir genci zorlamak için sık kullanılır.
   *[other] Bu kişi gençten cinsel fotoğraflar istiyor: böyle fotoğraflar daha sonra bir genci zorlamak için sık kullanılır.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Bu kişi hediyeler için ona borçlu olduğunuzu söylüyor: uydurma bir borç, bir gence söz dinletmenin bir yoludur.
   *[other] Bu kişi gencin hediyeler için ona borçlu olduğunu söylüyor: uydurma bir borç, bir gence söz dinletmenin bir yoludur.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Bu kişinin adının ya da işaretinin olduğu bir dövme: "loverboy"lar (teen pimps) bazen bir genci kendilerine ait diye işaretlemek için bunu kullanır.
   *[other] Bu kişinin adının ya da işaretinin olduğu bir dövme: "loverboy"lar (teen pimps) bazen bir genci kendilerine ait diye işaretlemek için bunu kullanır.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Bu kişiden gelen ikinci bir telefon: bu, başkaları bilmeden size ulaşmanın bir yolu olabilir.
   *[other] Bu kişiden gelen ikinci bir telefon: bu, başkaları bilmeden gence ulaşmanın bir yolu olabilir.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Ruh halinde büyük değişiklikler: bu, bir şeylerin çok yanlış gittiğinin belirtisi olabilir. Yardımı hak ediyorsunuz.
   *[other] Ruh halinde büyük değişiklikler: bu, genç için bir şeylerin çok yanlış gittiğinin belirtisi olabilir.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Son zamanlarda çok alkol ya da uyuşturucu: Child Focus bunu uyarı işaretleri arasında sayar.
   *[other] Son zamanlarda çok alkol ya da uyuşturucu: Child Focus bunu uyarı işaretleri arasında sayar.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Kendinize zarar vermek ya da bunu düşünmek: başka ne olursa olsun, şimdi yardımı hak ediyorsunuz.
   *[other] Kendine zarar vermek ya da bundan söz etmek: başka ne olursa olsun, genç şimdi yardımı hak ediyor.
}

## Soru listesi: sonuç seviyeleri

checklist-level-immediate-danger = Şu anda tehlike
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Şu anda tehlikede olduğunuzu söylediniz. Güvenli bir şekilde yapabiliyorsanız, hemen yardım için arayın. Sorulara daha sonra dönebilirsiniz.
   *[other] Kişinin şu anda tehlikede olduğunu söylediniz. Güvenli bir şekilde yapabiliyorsanız, hemen yardım için arayın. Sorulara daha sonra dönebilirsiniz.
}
checklist-level-strong-signs = Güçlü belirtiler
checklist-level-strong-signs-summary = { $perspective ->
    [me] Cevaplarınız insan ticareti ya da sömürü konusunda açık belirtiler gösteriyor. Bu bir yargı değildir: uzman bir merkez durumunuza sizinle birlikte bakabilir.
   *[other] Cevaplarınız insan ticareti ya da sömürü konusunda açık belirtiler gösteriyor. Bu bir yargı değildir: uzman bir merkez duruma sizinle birlikte bakabilir.
}
checklist-level-some-signs = Bazı belirtiler
checklist-level-some-signs-summary = { $perspective ->
    [me] Cevaplarınızın bazıları sömürü belirtisi olabilir. Hiçbir şeyi kanıtlamazlar, ama bu durumları bilen biriyle konuşmaya değer.
   *[other] Cevaplarınızın bazıları sömürü belirtisi olabilir. Hiçbir şeyi kanıtlamazlar, ama bu durumları bilen biriyle konuşmaya değer.
}
checklist-level-no-clear-signs = Açık belirti yok
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Cevaplarınız açık insan ticareti belirtileri göstermiyor. Yine de bir şeylerin yanlış olduğunu hissediyorsanız, her zaman danışabilirsiniz.
   *[other] Cevaplarınız açık insan ticareti belirtileri göstermiyor. Yine de bir şeylerin yanlış olduğunu hissediyorsanız, her zaman danışabilirsiniz.
}

## Soru listesi: sonuçla birlikte notlar

checklist-note-not-proof = { $perspective ->
    [me] Bu belirtiler Uluslararası Çalışma Örgütü, Avrupa Komisyonu ve Birleşmiş Milletler'in kullandığı listelerden gelir. Belirtiler tek başına insan ticaretini kanıtlamaz ya da dışlamaz; yardım istemeye değer olduğunu gösterir.
   *[other] Bu belirtiler Uluslararası Çalışma Örgütü, Avrupa Komisyonu ve Birleşmiş Milletler'in kullandığı listelerden gelir. Belirtiler tek başına insan ticaretini kanıtlamaz ya da dışlamaz; yardım istemeye değer olduğunu gösterir.
}
checklist-note-crisis = { $perspective ->
    [me] Kendinize zarar vermeyi düşünüyorsanız, bununla yalnız kalmak zorunda değilsiniz. Tehlikede 112'yi arayın. Bir genç Child Focus'u 116 000 numarasından ücretsiz, gece gündüz arayabilir. Lueur henüz bir intiharı önleme hattı listelemiyor: henüz birini bir kaynakla doğrulamadık.
   *[other] Kişi kendine zarar vermeyi düşünüyorsa, bununla yalnız kalmamalı. Tehlikede 112'yi arayın. Bir genç Child Focus'u 116 000 numarasından ücretsiz, gece gündüz arayabilir. Lueur henüz bir intiharı önleme hattı listelemiyor: henüz birini bir kaynakla doğrulamadık.
}
checklist-note-minor = { $perspective ->
    [me] 18 yaşından küçük olabilirsiniz. Bir gencin cinsel eylemlerinden, fotoğraflarından ya da videolarından para kazanmak, genç kabul etmiş olsa bile, her zaman sömürüdür. Bir genç için, insan ticareti sayılması için zor ya da yalan gerekmez. Sadece gençler için hizmetler vardır.
   *[other] Kişi 18 yaşından küçük olabilir. Bir gencin cinsel eylemlerinden, fotoğraflarından ya da videolarından para kazanmak, genç kabul etmiş olsa bile, her zaman sömürüdür. Bir genç için, insan ticareti sayılması için zor ya da yalan gerekmez. Sadece gençler için hizmetler vardır.
}
checklist-note-work-rights = { $perspective ->
    [me] Bazı cevaplar haksız bir işi anlatıyor. İnsan ticareti olmasa bile yasaya aykırı olabilir ve sizin işte haklarınız var.
   *[other] Bazı cevaplar haksız bir işi anlatıyor. İnsan ticareti olmasa bile yasaya aykırı olabilir ve kişinin işte hakları var.
}
checklist-note-unsure = { $perspective ->
    [me] Bazı sorulardan emin değildiniz. Bu normal. Uzman bir merkez bunları düşünmenize yardım edebilir.
   *[other] Bazı sorulardan emin değildiniz. Bu normal. Uzman bir merkez bunları düşünmenize yardım edebilir.
}
checklist-note-still-worried = { $perspective ->
    [me] Bir soru listesi her şeyi göremez. Endişeliyseniz, bu duyguya güvenin ve danışın.
   *[other] Bir soru listesi her şeyi göremez. Kişi için endişeliyseniz, bu duyguya güvenin ve danışın.
}
