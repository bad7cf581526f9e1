## Kumpidensyal na ulat: ang form, ang outbox at ang mga mensahe nila.

report-form-title = Sumulat ng kumpidensyal na ulat
report-form-intro = Isulat ang alam mo. Hindi ito reklamo sa pulis. "Ano ang nangyari" lang ang kailangan; laktawan ang anumang ayaw mong sabihin.
report-form-privacy = Naka-lock ang ulat mo sa teleponong ito bago ito ma-save. Ang organisasyong tatanggap lang nito ang makakapagbukas. Ipapadala ang ulat kapag may koneksyon, kahit mamaya pa.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = Mapupunta ang ulat mo sa { $organisation }. Hindi ito reklamo sa pulis, at hindi ito mapupunta sa stoptraite.be. Kung nasa panganib ka ngayon, tumawag sa 112 o 101.
report-development-key = Test version: naka-lock ang mga ulat gamit ang pampublikong test key. Huwag isulat ang totoong impormasyon sa bersyong ito.
report-send = Ipadala ang ulat
report-skip-hint = Pindutin ang Enter para laktawan.
report-choose-one-hint = Mag-type ng isang numero.
report-choose-many-hint = Mag-type ng isa o higit pang numero, na may espasyo sa pagitan.

report-field-about = Tungkol kanino ito?
report-about-me = Ako
report-about-someone-else = Ibang tao
report-field-forms = Anong klaseng sitwasyon ito?
    .hint = Puwede kang pumili ng higit sa isa, o "Hindi ako sigurado".
report-form-sexual = Sapilitang prostitusyon o sekswal na pagsasamantala
report-form-labour = Trabaho sa napakasamang kondisyon o walang sahod
report-form-begging = Sapilitang pamamalimos
report-form-forced-crime = Pinilit gumawa ng krimen
report-form-organ-removal = Pagtanggal ng organ ng katawan
report-form-other = Iba pa
report-form-not-sure = Hindi ako sigurado
report-field-municipality = Saang bayan o munisipyo?
report-field-place = Saan mismo?
    .hint = Halimbawa, isang kalye, isang uri ng lugar, o pangalan ng negosyo.
report-field-when = Kailan?
    .hint = Halimbawa, "mula noong nakaraang tag-init" o "gabi-gabi".
report-field-what-happened = Ano ang nangyari?
    .hint = Isulat sa sarili mong salita. Puwede kang sumulat sa kahit anong wika.
report-field-people = Sino ang mga sangkot?
    .hint = Halimbawa, mga pangalan, palayaw, itsura nila, mga kotse o numero ng telepono.
report-field-contact = Puwede ka bang kontakin ng organisasyon?
    .hint = Kung ligtas lang para sa iyo.
report-contact-no-contact = Hindi, huwag akong kontakin
report-contact-phone = Oo, sa telepono
report-contact-email = Oo, sa email
report-field-contact-phone = Numero ng telepono
report-field-contact-email = Email address
report-field-contact-note = Kailan at paano ligtas na kontakin ka?
    .hint = Halimbawa, "tuwing weekday lang bago mag-9", o "huwag mag-iwan ng mensahe".
report-field-language = Sa anong wika mo gustong kontakin ka?
    .hint = Halimbawa, fr, nl, de, en, ar o ro.
report-field-checklist-summary = Buod ng mga sagot mo sa checklist
    .hint = Kung gusto mo lang itong idagdag.

report-outbox-title = Mga ulat
report-outbox-empty = Walang ulat sa teleponong ito.
report-state-queued = Naghihintay
report-state-sending = Ipinapadala
report-state-sent = Naipadala na
report-state-failed = Kailangan ng pansin mo
report-state-expired = Hindi naipadala
report-detail-queued = Naka-lock at naghihintay ng koneksyon. Kusa itong ipapadala.
report-detail-retrying = Hindi gumana ang huling subok. Susubok ulit pagkalipas ng mga { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuto
    }.
report-detail-sending = Ipinapadala na ngayon.
report-detail-sent = Natanggap na ito ng organisasyon.
report-detail-failed = Hindi matanggap ng organisasyon ang ulat na ito. Puwede mong subukan ulit o burahin ito.
report-detail-expired = Hindi ito naipadala sa tamang oras at inalis na sa teleponong ito. Puwede mo itong isulat ulit.
report-age = { $days ->
        [0] Ngayong araw
        [1] Kahapon
       *[other] { $days } araw na ang nakalipas
    }
report-action-retry = Subukan ulit
report-action-delete = Burahin

report-error-required = Pakiusap, isulat kung ano ang nangyari.
report-error-too-long = Masyadong mahaba ito. Pakiusap, huwag lumampas sa { $max } na character.
report-error-phone = Mukhang hindi ito numero ng telepono. Pakisuri ito, kasama ang country code kung hindi ito numero sa Belgium.
report-error-email = Mukhang hindi ito email address. Pakisuri ito.
report-error-language = Pakiusap, sumulat ng language code, halimbawa fr, nl, de o en.
report-error-repeated-choice = May pagpipiliang lumabas nang dalawang beses. Pakiusap, piliin ang bawat isa nang isang beses lang.
report-error-file = Hindi mabasa ang file ng ulat (linya { $line }, column { $column }).
report-error-too-large = Masyadong malaki ang ulat para maipadala. Pakiusap, paikliin ang ilang sagot.
report-error-cannot-delete = Hindi mabubura ang ulat na ito ngayon: ipinapadala ito. Subukan ulit maya-maya.
report-error-cannot-retry = Ang ulat lang na kailangan ng pansin mo ang puwedeng subukan ulit.
report-error-choice = Wala sa listahan ang pagpiling ito. Pakiusap, pumili ulit.
report-error-not-asked = Hindi angkop ang tanong na ito sa mga sagot mo. Walang itinago rito.
