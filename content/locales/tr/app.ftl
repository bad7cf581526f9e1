## Ana sayfa

home-title = Lueur
home-intro = Belçika'da insan ticareti hakkında bilgi ve yardım. Uygulama internetsiz çalışır.
home-danger-title = Şu anda tehlikede misiniz?
home-danger-text = Sizin hayatınız ya da başka birinin hayatı tehlikedeyse, hemen yardım için arayın ya da en yakın polis karakoluna gidin.
home-action-help-now = Hemen yardım alın
home-action-help-now-hint = Size yardım edebilecek kuruluşlar ve telefon numaraları.
home-action-check-me = Durumumla ilgili sorular
home-action-check-me-hint = Durumunuzla ilgili birkaç soru. Cevaplarınız bu telefonda kalır.
home-action-check-other = Tanıdığım biriyle ilgili sorular
home-action-check-other-hint = Merak ettiğiniz, endişelendiğiniz birinin durumuyla ilgili birkaç soru.
home-action-learn = Öğrenin
home-action-learn-hint = İnsan ticareti nedir, belirtileri nelerdir ve haklarınız nelerdir.
home-action-contacts = İletişim
home-action-contacts-hint = Uzman merkezler, yardım hatları ve polis.
home-action-report = Bir durumu bildirin
home-action-report-hint = Gizli bir bildirim yazın. Bağlantı olduğunda gönderilir.
home-action-search = Ara
home-action-outbox = Gönderilmeyi bekleyen bildirimler
home-action-calculator = Hesap makinesi
home-action-settings = Ayarlar
home-notice-data-reset = Lueur bu telefonda kayıtlı verileri okuyamadı, bu yüzden boş verilerle yeniden başladı. Ayarlarınız ve bekleyen bildirimleriniz silinmiş olabilir.
home-notice-storage-unavailable = Lueur şu anda bu telefona hiçbir şey kaydedemiyor, örneğin hafıza dolu olduğu için. Yine de her şeyi okuyabilir ve yardım için arayabilirsiniz.

## Gezinme (menüler ve listeler)

nav-choose = Bir numara yazın ve Enter'a basın:
nav-back = Geri
nav-quit = Kapat
nav-invalid-choice = Lütfen gösterilen numaralardan birini yazın.
nav-no-app = Bu telefondaki hiçbir uygulama bunu yapamaz.

## Öğrenin: yazı listesi ve bir yazı

articles-title = Öğrenin
articles-intro = İnsan ticaretini anlamak ve yardım bulmak için kısa yazılar.
article-reviewed = Bilgiler { $date } tarihinde kontrol edildi.
article-review-pending = Bu çeviri henüz ana dili Türkçe olan biri tarafından kontrol edilmedi.
article-sources = Kaynaklar

date-long = { $day } { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    } { $year }

## İletişim: liste, filtreler ve ayrıntılar

contacts-title = Kim yardım edebilir
contacts-intro = Uzman merkezler anlattıklarınızı gizli tutar. Polis ve 112 acil durumlar içindir.
contacts-filter-city = Şehir ya da bölge
contacts-filter-kind = Hizmet türü
contacts-filter-language = Konuşulan dil
contacts-filtered-by = Filtre: { $filters }
contacts-nationwide = Belçika'nın her yerinde
contacts-empty = Bu filtrelere uyan bir hizmet yok. Bir filtreyi kaldırabilir ya da tüm listeye bakabilirsiniz.
contacts-empty-place = Bu yerde bir hizmet bulunamadı. Aşağıdaki hizmetler, Belçika'nın neresinde olursanız olun size yardım edebilir.
contacts-languages-not-listed = { $count ->
        [one] Bir hizmette konuşulan diller listede yok, bu yüzden bu dil için gösterilmiyor. Yine de onlara ulaşıp sorabilirsiniz.
       *[other] { $count } hizmette konuşulan diller listede yok, bu yüzden bu dil için gösterilmiyorlar. Yine de onlara ulaşıp sorabilirsiniz.
    }
contact-for-minors = Çocuklar ve gençler için
contact-languages = Konuşulan diller: { $languages }
contact-languages-not-listed = Konuşulan diller listede yok.
contact-serves = Çalıştığı yer: { $regions }
contact-address = Adres
contact-country = Belçika
contact-call-note = Bir arama ya da kısa mesaj telefonunuzun geçmişinde görünür. Sonra silebilirsiniz, ama eksik bir kayıt fark edilebilir ve arama telefon faturasında yine görünebilir. Yapabiliyorsanız, kimsenin kontrol etmediği bir telefon kullanın.

action-call = { $number } numarasını arayın
action-sms = { $number } numarasına mesaj gönderin
action-email = { $address } adresine yazın
action-website = { $site } sitesini açın
action-map = Haritada göster

language-name = { $code ->
        [fr] Fransızca
        [nl] Felemenkçe
        [de] Almanca
        [en] İngilizce
        [ar] Arapça
        [es] İspanyolca
        [pt] Portekizce
        [ro] Rumence
        [bg] Bulgarca
        [pl] Lehçe
        [ru] Rusça
        [uk] Ukraynaca
        [tr] Türkçe
        [zh] Çince
       *[other] { $code }
    }

## Arama

search-title = Ara
search-placeholder = Yazılarda ve iletişim bilgilerinde arayın
search-hint = Aramak için bir kelime yazın, örneğin "iş" ya da "Brüksel".
search-empty = Hiçbir şey bulunamadı. Başka bir kelime deneyin ya da iletişim listesine bakın.
search-results = { $count ->
        [one] Bir sonuç
       *[other] { $count } sonuç
    }
search-kind-article = Yazı
search-kind-contact = İletişim

## Ayarlar ve hakkında

settings-title = Ayarlar
settings-language = Dil
settings-locale-own-name = Türkçe
settings-about = Lueur hakkında
settings-about-text = Lueur, Belçika'da insan ticareti hakkında bilgi verir ve nerede yardım bulacağınızı gösterir. İnternetsiz çalışır ve siz bir bildirim göndermedikçe hiçbir şey göndermez.
settings-app-version = Uygulama sürümü
settings-content-version = İçerik sürümü
settings-content-date = Bilgilerin kontrol edildiği tarih

## Hatalar

error-not-found = Bu sayfa yok. Lütfen geri dönün ve yeniden seçin.
error-not-now = Bu şu anda mümkün değil. Lütfen tekrar deneyin.
error-storage = Lueur şu anda bu telefonda verilerini okuyamıyor ya da kaydedemiyor. Boş yer olup olmadığına bakın, sonra tekrar deneyin.
error-content = Bu uygulamadaki bilgiler okunamıyor. Lütfen uygulamayı yeniden yükleyin.
error-internal = Lueur'un içinde bir sorun oldu. Yine olursa, lütfen uygulamayı yeniden yükleyin.
error-endpoint-refused = Bu adres bildirim alamaz: { $reason }
error-unknown-locale = Bu dil mevcut değil. Fransızca, Felemenkçe, Almanca ya da İngilizce seçebilirsiniz.

## Her işlemin telefonun kendi uygulamalarında bıraktığı iz

action-trace-call = Arama, telefonun arama listesinde kalır.
action-trace-sms = Mesaj, telefonun mesaj uygulamasında kalır.
action-trace-email = E-posta, telefonun e-posta uygulamasında gönderilenler klasöründe kalır.
action-trace-website = Web sitesi Lueur'un içinde açılır ve tarayıcı geçmişine girmez.
action-trace-map = Adres, harita uygulamasının geçmişinde kalabilir.
