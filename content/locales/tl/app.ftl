## Home

home-title = Lueur
home-intro = Impormasyon at tulong tungkol sa human trafficking sa Belgium. Gumagana ang app kahit walang internet.
home-danger-title = Nasa panganib ka ba ngayon?
home-danger-text = Kung nasa panganib ang buhay mo o ng ibang tao, tumawag agad ng tulong o pumunta sa pinakamalapit na istasyon ng pulis.
home-action-help-now = Humingi ng tulong ngayon
home-action-help-now-hint = Mga organisasyon at numero ng telepono na puwedeng tumulong sa iyo.
home-action-check-me = Mga tanong tungkol sa sitwasyon ko
home-action-check-me-hint = Ilang tanong tungkol sa sitwasyon mo. Sa teleponong ito lang mananatili ang mga sagot mo.
home-action-check-other = Mga tanong tungkol sa taong kilala ko
home-action-check-other-hint = Ilang tanong tungkol sa sitwasyon ng taong inaalala mo.
home-action-learn = Alamin
home-action-learn-hint = Ano ang human trafficking, ang mga palatandaan, at ang mga karapatan mo.
home-action-contacts = Mga contact
home-action-contacts-hint = Mga espesyal na sentro, mga helpline at ang pulis.
home-action-report = Mag-ulat ng sitwasyon
home-action-report-hint = Sumulat ng kumpidensyal na ulat. Ipapadala ito kapag may koneksyon.
home-action-search = Maghanap
home-action-outbox = Mga ulat na naghihintay maipadala
home-action-calculator = Calculator
home-action-settings = Settings
home-notice-data-reset = Hindi mabasa ng Lueur ang data na naka-save sa teleponong ito, kaya nagsimula ulit ito nang walang laman. Maaaring nawala na ang settings mo at ang mga ulat na naghihintay.
home-notice-storage-unavailable = Hindi makapag-save ang Lueur sa teleponong ito ngayon, halimbawa dahil puno na ang memory. Puwede mo pa ring basahin ang lahat at tumawag ng tulong.

## Paggalaw (mga menu at listahan)

nav-choose = Mag-type ng numero at pindutin ang Enter:
nav-back = Bumalik
nav-quit = Isara
nav-invalid-choice = Pakiusap, i-type ang isa sa mga numerong nakikita.
nav-no-app = Walang app sa teleponong ito na makakagawa nito.

## Alamin: ang listahan ng mga artikulo at isang artikulo

articles-title = Alamin
articles-intro = Maiikling teksto para maintindihan ang human trafficking at makahanap ng tulong.
article-reviewed = Sinuri ang impormasyon noong { $date }.
article-review-pending = Hindi pa nasusuri ng katutubong nagsasalita ang salin na ito.
article-sources = Mga pinagmulan

date-long = { $month ->
        [1] Enero
        [2] Pebrero
        [3] Marso
        [4] Abril
        [5] Mayo
        [6] Hunyo
        [7] Hulyo
        [8] Agosto
        [9] Setyembre
        [10] Oktubre
        [11] Nobyembre
       *[12] Disyembre
    } { $day }, { $year }

## Mga contact: listahan, filter at detalye

contacts-title = Sino ang puwedeng tumulong
contacts-intro = Kumpidensyal ang lahat ng sasabihin mo sa mga espesyal na sentro. Ang pulis at ang 112 ay para sa emergency.
contacts-filter-city = Lungsod o rehiyon
contacts-filter-kind = Uri ng serbisyo
contacts-filter-language = Wikang ginagamit
contacts-filtered-by = Naka-filter ayon sa: { $filters }
contacts-nationwide = Makukuha kahit saan sa Belgium
contacts-empty = Walang serbisyong tugma sa mga filter na ito. Puwede kang mag-alis ng filter o tingnan ang buong listahan.
contacts-empty-place = Walang nakitang serbisyo sa lugar na ito. Ang mga serbisyo sa ibaba ay puwedeng tumulong sa iyo kahit nasaan ka sa Belgium.
contacts-languages-not-listed = { $count ->
        [one] Sa { $count } serbisyo, hindi nakalista ang mga wikang ginagamit, kaya hindi lumalabas dito para sa wikang ito. Puwede ka pa ring makipag-ugnayan at magtanong.
       *[other] Sa { $count } serbisyo, hindi nakalista ang mga wikang ginagamit, kaya hindi lumalabas dito para sa wikang ito. Puwede ka pa ring makipag-ugnayan at magtanong.
    }
contact-for-minors = Para sa mga bata at kabataan
contact-languages = Mga wikang ginagamit: { $languages }
contact-languages-not-listed = Hindi nakalista ang mga wikang ginagamit.
contact-serves = Nagseserbisyo sa: { $regions }
contact-address = Address
contact-country = Belgium
contact-call-note = Lumalabas sa history ng telepono mo ang tawag o text. Puwede mo itong burahin pagkatapos, pero puwedeng mapansin na may nawawala, at puwede pa ring lumabas ang tawag sa bill ng telepono. Kung kaya mo, gumamit ng teleponong walang tumitingin.

action-call = Tawagan ang { $number }
action-sms = Mag-text sa { $number }
action-email = Sumulat sa { $address }
action-website = Buksan ang { $site }
action-map = Ipakita sa mapa

language-name = { $code ->
        [fr] French
        [nl] Dutch
        [de] German
        [en] Ingles
        [ar] Arabe
        [es] Espanyol
        [pt] Portuges
        [ro] Romanian
        [bg] Bulgarian
        [pl] Polish
        [ru] Ruso
        [uk] Ukrainian
        [tr] Turkish
        [zh] Chinese
       *[other] { $code }
    }

## Paghahanap

search-title = Maghanap
search-placeholder = Maghanap ng artikulo at contact
search-hint = Mag-type ng salita para maghanap, halimbawa "trabaho" o "Brussels".
search-empty = Walang nakita. Sumubok ng ibang salita, o tingnan ang listahan ng mga contact.
search-results = { $count ->
        [one] { $count } resulta
       *[other] { $count } resulta
    }
search-kind-article = Artikulo
search-kind-contact = Contact

## Settings at tungkol sa app

settings-title = Settings
settings-language = Wika
settings-locale-own-name = Tagalog
settings-about = Tungkol sa Lueur
settings-about-text = Nagbibigay ang Lueur ng impormasyon tungkol sa human trafficking sa Belgium at ipinapakita kung saan makakahanap ng tulong. Gumagana ito kahit walang internet at wala itong ipinapadala maliban kung ikaw mismo ang magpadala ng ulat.
settings-app-version = Bersyon ng app
settings-content-version = Bersyon ng nilalaman
settings-content-date = Sinuri ang impormasyon noong

## Mga error

error-not-found = Walang ganitong pahina. Pakiusap, bumalik at pumili ulit.
error-not-now = Hindi ito puwede ngayon. Pakiusap, subukan ulit.
error-storage = Hindi mabasa o ma-save ng Lueur ang data nito sa teleponong ito ngayon. Tingnan kung may bakanteng espasyo pa, saka subukan ulit.
error-content = Hindi mabasa ang impormasyon sa app na ito. Pakiusap, i-install ulit ang app.
error-internal = May nagkaproblema sa loob ng Lueur. Kung mangyari ulit ito, pakiusap, i-install ulit ang app.
error-endpoint-refused = Hindi puwedeng tumanggap ng ulat ang address na ito: { $reason }
error-unknown-locale = Wala ang wikang ito. Puwede kang pumili ng French, Dutch, German o Ingles.

## Ano ang naiiwan ng bawat aksyon sa sariling mga app ng telepono

action-trace-call = Mananatili ang tawag sa listahan ng mga tawag ng telepono.
action-trace-sms = Mananatili ang mensahe sa messages app ng telepono.
action-trace-email = Mananatili ang email sa "sent" ng mail app ng telepono.
action-trace-website = Bubukas ang website sa loob ng Lueur at hindi mapupunta sa history ng browser.
action-trace-map = Puwedeng manatili ang address sa history ng maps app.
