## Gizli mod. calc-* mesajları, kılık olarak kullanılan hesap makinesinin kendi sözleridir:
## Lueur hakkında hiçbir şey söylemeyen sade hesap makinesi sözleri olarak kalmalıdır.

calc-decimal-separator = { "." }
calc-error = Hata
calc-unknown-key = "{ $key }" tuşu yok.
calc-key-clear = C
calc-key-clear-description = Girişi sil
calc-key-all-clear = AC
calc-key-all-clear-description = Tümünü sil
calc-key-negate = ±
calc-key-negate-description = İşareti değiştir
calc-key-percent = %
calc-key-percent-description = Yüzde
calc-key-divide = ÷
calc-key-divide-description = Bölü
calc-key-multiply = ×
calc-key-multiply-description = Çarpı
calc-key-subtract = −
calc-key-subtract-description = Eksi
calc-key-add = +
calc-key-add-description = Artı
calc-key-equals = { "=" }
calc-key-equals-description = Eşittir
calc-key-decimal-description = Ondalık işareti

## Gizli mod ayarları

discreet-title = Gizli mod
discreet-disguise-label = Lueur telefonda nasıl görünsün
discreet-disguise-off = Lueur olarak
discreet-disguise-calculator = Hesap makinesi olarak
discreet-disguise-explanation = Hesap makinesi olarak, Lueur gerçekten çalışan bir hesap makinesiyle açılır. Lueur'u açmak için kilit açma kodunuzu yazın ve sonra = tuşuna basın. Başka her sayı sadece normal bir sonuç verir.
discreet-unlock-code-label = Kilit açma kodu
discreet-duress-code-label = Acil durum kodu
discreet-code-status-set = Ayarlandı
discreet-code-status-not-set = Henüz ayarlanmadı
discreet-duress-explanation = Biri sizi Lueur'u açmaya zorlarsa, bunun yerine acil durum kodunu yazın. Lueur o zaman boş açılır: kayıtlı cevaplarınız ve bildirimleriniz gösterilmez.
discreet-duress-wipes-label = Acil durum kodu, Lueur'un kaydettiği her şeyi de siler
discreet-code-rules = Bir kod { $min } ile { $max } rakam arasındadır. Başkalarının tahmin edemeyeceği bir kod seçin, doğum tarihinizi değil.
discreet-code-prompt = Yeni kodunuzu yazın.
discreet-code-confirm-prompt = Aynı kodu tekrar yazın.
discreet-guess-delay-note = Arka arkaya { $attempts } yanlış koddan sonra hesap makinesi çalışmaya devam eder, ama bir kodu sadece { $seconds } saniyede bir kontrol eder. Kodunuz çalışmazsa biraz bekleyin ve tekrar deneyin.
discreet-limits-title = Kılığın gizleyemedikleri
discreet-limit-app-list = Telefon ayarlarındaki uygulama listesi Lueur'u yine gösterir.
discreet-limit-store = Uygulama mağazasının indirme geçmişi Lueur'un yüklendiğini gösterir.
discreet-limit-phone-bill = Telefon faturası aramalarınızı ve mesajlarınızı gösterebilir, örneğin bir yardım hattına.
discreet-limit-backups = Telefonun yedekleri, örneğin bulutta, Lueur'un yüklü olduğunu gösterebilir.
discreet-limit-ios-name = iPhone'da simgenin altındaki ad "Lueur" olarak kalır. Sadece resim değişir.
discreet-limit-ios-alert = iPhone'da simge değişince sistem bir mesaj gösterir.
discreet-quick-exit-label = Hızlı çıkış
discreet-quick-exit-explanation = Lueur'u hemen kapatır ve ekranda kaydedilmemiş her şeyi unutur.
discreet-wipe-label = Her şeyi sil

## Acil silme

discreet-wipe-title = Her şey silinsin mi?
discreet-wipe-body = Bu, Lueur'un bu telefonda kaydettiği her şeyi siler: kayıtlı cevaplar, bildirimler, ayarlar ve kodlar. Geri alınamaz. Sonra Lueur yeni yüklenmiş gibi olur.
discreet-wipe-unsent = { $count ->
    [one] Bir bildirim henüz gönderilmedi. Gönderilmeyecek.
   *[other] { $count } bildirim henüz gönderilmedi. Gönderilmeyecekler.
}
discreet-wipe-confirm = Her şeyi sil
discreet-wipe-cancel = Vazgeç
discreet-wipe-done = Lueur'un bu telefonda kaydettiği her şey silindi.

## Hatalar

error-discreet-code-format = Bir kod 6 ile 8 arası rakamdan oluşur, başka hiçbir şey içermez.
error-discreet-code-mismatch = İki kod aynı değil. Lütfen baştan başlayın.
error-discreet-code-same = Acil durum kodu, kilit açma kodundan farklı olmalıdır.
error-discreet-code-first = Lütfen önce yeni kodu yazın, sonra onaylamak için tekrar yazın.
error-discreet-code-needed = Lütfen önce bir kilit açma kodu seçin. Bu kod olmadan Lueur'u hesap makinesinin arkasından açamazdınız.
error-discreet-unlock-first = Lütfen acil durum kodundan önce bir kilit açma kodu seçin.
error-discreet-disguise-on = Lütfen kilit açma kodunu kaldırmadan önce hesap makinesi kılığını kapatın.
error-discreet-disguise-unknown = "{ $value }" bir kılık değil. "off" ya da "calculator" seçin.
error-discreet-wipe-not-confirmed = Hiçbir şey silinmedi. Her şeyi silmek için lütfen önce onaylayın.
discreet-code-lock-label = Lueur her açıldığında kilit açma kodunu sor
discreet-code-lock-explanation = Lueur o zaman hesap makinesi olmadan da bir kod ekranıyla açılır. Kayıtlı cevaplarınız ve bildirimleriniz kod yazılana kadar gizli kalır.
discreet-current-code-prompt = Şu anki kilit açma kodunuzu yazın.
discreet-limit-call-list = Bir yardımcıya yapılan arama ya da mesaj, telefonun arama listesinde ya da mesaj uygulamasında kalır.

## Sade kod kilidi (kılık olmadan)

lock-title = Lueur
lock-prompt = Kilit açma kodunuzu yazın.
lock-unlock = Aç
lock-error-wrong = Bu kod Lueur'u açmıyor.
lock-error-wait = Çok fazla yanlış kod. { $seconds } saniye bekleyin, sonra tekrar deneyin.
error-discreet-current-code-wrong = Bu, şu anki kilit açma kodunuz değil.
