## Gizli bildirim: form, giden kutusu ve mesajları.

report-form-title = Gizli bir bildirim yazın
report-form-intro = Bildiklerinizi yazın. Bu, polise şikâyet değildir. Sadece "Ne oldu?" gereklidir; söylemek istemediğiniz her şeyi atlayın.
report-form-privacy = Bildiriminiz kaydedilmeden önce bu telefonda kilitlenir. Onu sadece alan kuruluş açabilir. Bildirim bağlantı olduğunda, sonra da olsa, gönderilir.
# Bildirimi kimin açacağını söyler; çekirdek, uygulamayı kullanan kuruluşun adını verir.
report-recipient = Bildiriminiz { $organisation } kuruluşuna gider. Polise şikâyet değildir ve stoptraite.be'ye gitmez. Şu anda tehlikedeyseniz 112'yi ya da 101'i arayın.
report-development-key = Deneme sürümü: bildirimler herkese açık bir deneme anahtarıyla kilitlenir. Bu sürümde gerçek bilgi yazmayın.
report-send = Bildirimi gönder
report-skip-hint = Atlamak için Enter'a basın.
report-choose-one-hint = Bir numara yazın.
report-choose-many-hint = Bir ya da birkaç numara yazın, aralarında boşluk bırakın.

report-field-about = Bu kiminle ilgili?
report-about-me = Benimle
report-about-someone-else = Başka biriyle
report-field-forms = Nasıl bir durum?
    .hint = Birden fazla seçebilirsiniz ya da "Emin değilim" seçebilirsiniz.
report-form-sexual = Zorla fuhuş ya da cinsel sömürü
report-form-labour = Çok kötü koşullarda ya da ücretsiz çalışma
report-form-begging = Zorla dilencilik
report-form-forced-crime = Suç işlemeye zorlanma
report-form-organ-removal = Organ alınması
report-form-other = Başka bir şey
report-form-not-sure = Emin değilim
report-field-municipality = Hangi şehir ya da belediyede?
report-field-place = Tam olarak nerede?
    .hint = Örneğin bir sokak, bir yer türü ya da bir işyerinin adı.
report-field-when = Ne zaman?
    .hint = Örneğin "geçen yazdan beri" ya da "her gece".
report-field-what-happened = Ne oldu?
    .hint = Kendi sözlerinizle yazın. Herhangi bir dilde yazabilirsiniz.
report-field-people = Kimler işin içinde?
    .hint = Örneğin adlar, lakaplar, nasıl göründükleri, arabalar ya da telefon numaraları.
report-field-contact = Kuruluş sizinle iletişime geçebilir mi?
    .hint = Sadece sizin için güvenliyse.
report-contact-no-contact = Hayır, benimle iletişime geçmeyin
report-contact-phone = Evet, telefonla
report-contact-email = Evet, e-postayla
report-field-contact-phone = Telefon numarası
report-field-contact-email = E-posta adresi
report-field-contact-note = Size ne zaman ve nasıl ulaşmak güvenli?
    .hint = Örneğin "sadece hafta içi saat 9'dan önce" ya da "mesaj bırakmayın".
report-field-language = Hangi dilde ulaşılmasını istersiniz?
    .hint = Örneğin fr, nl, de, en, ar ya da ro.
report-field-checklist-summary = Soru listesindeki cevaplarınızın özeti
    .hint = Sadece eklemek isterseniz.

report-outbox-title = Bildirimler
report-outbox-empty = Bu telefonda bildirim yok.
report-state-queued = Bekliyor
report-state-sending = Gönderiliyor
report-state-sent = Gönderildi
report-state-failed = İlginiz gerekiyor
report-state-expired = Gönderilmedi
report-detail-queued = Kilitli ve bağlantı bekliyor. Kendiliğinden gönderilecek.
report-detail-retrying = Son deneme işe yaramadı. Bir sonraki deneme yaklaşık { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } sonra.
report-detail-sending = Şimdi gönderiliyor.
report-detail-sent = Kuruluş bildirimi aldı.
report-detail-failed = Kuruluş bu bildirimi kabul edemedi. Tekrar deneyebilir ya da silebilirsiniz.
report-detail-expired = Zamanında gönderilemedi ve bu telefondan kaldırıldı. Tekrar yazabilirsiniz.
report-age = { $days ->
        [0] Bugün
        [1] Dün
       *[other] { $days } gün önce
    }
report-action-retry = Tekrar dene
report-action-delete = Sil

report-error-required = Lütfen ne olduğunu yazın.
report-error-too-long = Bu çok uzun. Lütfen { $max } karakterin altında tutun.
report-error-phone = Bu bir telefon numarasına benzemiyor. Lütfen kontrol edin; Belçika numarası değilse ülke koduyla yazın.
report-error-email = Bu bir e-posta adresine benzemiyor. Lütfen kontrol edin.
report-error-language = Lütfen bir dil kodu yazın, örneğin fr, nl, de ya da en.
report-error-repeated-choice = Bir seçim iki kez var. Lütfen her birini bir kez seçin.
report-error-file = Bildirim dosyası okunamıyor (satır { $line }, sütun { $column }).
report-error-too-large = Bildirim göndermek için çok büyük. Lütfen bazı cevapları kısaltın.
report-error-cannot-delete = Bu bildirim şimdi silinemez: gönderiliyor. Biraz sonra tekrar deneyin.
report-error-cannot-retry = Sadece ilginizi gerektiren bir bildirim tekrar denenebilir.
report-error-choice = Bu seçim listede yok. Lütfen yeniden seçin.
report-error-not-asked = Bu soru cevaplarınız için geçerli değil. Burada hiçbir şey saklanmadı.
