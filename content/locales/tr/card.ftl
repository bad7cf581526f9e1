## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Bu çeviri henüz anadili bu dil olan biri tarafından kontrol edilmedi.
text-in-other-language = Henüz çevrilmedi: { $language } olarak gösteriliyor.
home-action-card = Yardım eden kişiye gösterilecek kart
card-title = Yardım eden kişiye gösterilecek kart
card-intro = Bu ekranı sana yardım edebilecek birine göster. Hiçbir şey kaydedilmez.
card-helper-language = Yardım eden kişinin dili
card-add-checklist = Soru listemin özetini ekle
card-need-help = Yardıma ihtiyacım olabilir.
card-speaks = { $language } konuşuyorum.
card-interpreter = Tercümana ihtiyacım olabilir.
card-contact-point = Ulusal irtibat noktası
card-nearest-centre = En yakın uzman merkez
card-checklist = Soru listemin özeti
