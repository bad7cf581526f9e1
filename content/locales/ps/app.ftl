## کور پاڼه

home-title = Lueur
home-intro = په بلجیم کې د انسانانو د قاچاق په اړه معلومات او مرسته. دا اپ له انټرنېټ پرته کار کوي.
home-danger-title = ایا همدا اوس په خطر کې یاست؟
home-danger-text = که ستاسو یا د بل چا ژوند په خطر کې وي، همدا اوس د مرستې لپاره زنګ ووهئ یا نږدې پولیس ځای ته لاړ شئ.
home-action-help-now = همدا اوس مرسته واخلئ
home-action-help-now-hint = هغه موسسې او د ټیلیفون شمېرې چې تاسو سره مرسته کولی شي.
home-action-check-me = زما د حالت په اړه پوښتنې
home-action-check-me-hint = ستاسو د حالت په اړه څو پوښتنې. ستاسو ځوابونه په همدې ټیلیفون کې پاتې کېږي.
home-action-check-other = د یو پېژندل شوي کس په اړه پوښتنې
home-action-check-other-hint = د هغه چا د حالت په اړه څو پوښتنې چې تاسو یې په اړه اندېښمن یاست.
home-action-learn = معلومات
home-action-learn-hint = د انسانانو قاچاق څه شی دی، نښې یې کومې دي، او ستاسو حقونه.
home-action-contacts = اړیکې
home-action-contacts-hint = تخصصي مرکزونه، د مرستې کرښې او پولیس.
home-action-report = د یو حالت راپور ورکول
home-action-report-hint = یو پټ راپور ولیکئ. کله چې انټرنېټ وي، لېږل کېږي.
home-action-search = لټون
home-action-outbox = هغه راپورونه چې د لېږلو انتظار کوي
home-action-calculator = حساب ماشین
home-action-settings = ترتیبات
home-notice-data-reset = Lueur ونه شو کولی هغه معلومات ولولي چې په دې ټیلیفون کې ساتل شوي وو، نو له خالي معلوماتو سره یې بیا پیل وکړ. کېدای شي ستاسو ترتیبات او هغه راپورونه چې د لېږلو انتظار یې کاوه له منځه تللي وي.
home-notice-storage-unavailable = Lueur همدا اوس په دې ټیلیفون کې هېڅ شی نه شي ساتلی، د بېلګې په توګه ځکه چې حافظه ډکه ده. تاسو لا هم کولی شئ هر څه ولولئ او د مرستې لپاره زنګ ووهئ.

## په اپ کې تګ راتګ (مینو او لېستونه)

nav-choose = یوه شمېره ولیکئ او Enter کېکاږئ:
nav-back = شاته
nav-quit = بندول
nav-invalid-choice = مهرباني وکړئ له ښودل شویو شمېرو څخه یوه ولیکئ.

## معلومات: د لیکنو لېست او یوه لیکنه

articles-title = معلومات
articles-intro = لنډې لیکنې، د دې لپاره چې د انسانانو قاچاق وپېژنئ او مرسته پیدا کړئ.
article-reviewed = معلومات په { $date } وکتل شول.
article-review-pending = دا ژباړه لا د داسې چا له خوا نه ده کتل شوې چې مورنۍ ژبه یې پښتو وي.
article-sources = سرچینې

date-long = { $day } { $month ->
        [1] جنوري
        [2] فبروري
        [3] مارچ
        [4] اپریل
        [5] می
        [6] جون
        [7] جولای
        [8] اګست
        [9] سپتمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $year }

## اړیکې: لېست، فلټرونه او جزئیات

contacts-title = څوک مرسته کولی شي
contacts-intro = تخصصي مرکزونه هغه څه پټ ساتي چې تاسو یې ورته وایئ. پولیس او 112 د بیړنیو حالتونو لپاره دي.
contacts-filter-city = ښار یا سیمه
contacts-filter-kind = د خدمت ډول
contacts-filter-language = هغه ژبه چې خبرې پرې کېږي
contacts-filtered-by = فلټر شوی د: { $filters }
contacts-nationwide = په ټول بلجیم کې شته
contacts-empty = هېڅ خدمت له دې فلټرونو سره برابر نه دی. تاسو کولی شئ یو فلټر لرې کړئ یا ټول لېست وګورئ.
contacts-empty-place = په دې ځای کې هېڅ خدمت پیدا نه شو. لاندې خدمتونه تاسو سره په بلجیم کې هر چېرې چې یاست مرسته کولی شي.
contacts-languages-not-listed = { $count ->
        [one] د یو خدمت لپاره هغه ژبې نه دي لیکل شوې چې خبرې پرې کوي، نو د دې ژبې لپاره نه ښودل کېږي. تاسو بیا هم ورسره اړیکه نیولی شئ او پوښتنه کولی شئ.
       *[other] د { $count } خدمتونو لپاره هغه ژبې نه دي لیکل شوې چې خبرې پرې کوي، نو د دې ژبې لپاره نه ښودل کېږي. تاسو بیا هم ورسره اړیکه نیولی شئ او پوښتنه کولی شئ.
    }
contact-for-minors = د ماشومانو او ځوانانو لپاره
contact-languages = هغه ژبې چې خبرې پرې کېږي: { $languages }
contact-languages-not-listed = هغه ژبې چې خبرې پرې کېږي نه دي لیکل شوې.
contact-serves = په دې ځایونو کې کار کوي: { $regions }
contact-address = پته
contact-country = بلجیم
contact-call-note = یو زنګ یا لنډ پیغام ستاسو د ټیلیفون په تاریخچه کې ښکاري. تاسو یې وروسته پاکولی شئ، خو کېدای شي څوک پوه شي چې یو شی کم دی، او زنګ بیا هم د ټیلیفون په بل کې ښکاره کېدای شي. که کولی شئ، داسې ټیلیفون وکاروئ چې هېڅوک یې نه ګوري.

action-call = { $number } ته زنګ
action-sms = { $number } ته لنډ پیغام
action-email = { $address } ته لیکل
action-website = { $site } پرانیستل
action-map = په نقشه کې ښودل

language-name = { $code ->
        [fr] فرانسوي
        [nl] هالنډي
        [de] الماني
        [en] انګلیسي
        [ar] عربي
        [es] هسپانوي
        [pt] پرتګالي
        [ro] رومانیايي
        [bg] بلغاريايي
        [pl] پولنډي
        [ru] روسي
        [uk] اوکرایني
        [tr] ترکي
        [zh] چیني
       *[other] { $code }
    }

## لټون

search-title = لټون
search-placeholder = په لیکنو او اړیکو کې لټون
search-hint = د لټون لپاره یوه کلمه ولیکئ، د بېلګې په توګه "کار" یا "بروکسل".
search-empty = هېڅ شی پیدا نه شو. بله کلمه وازمویئ، یا د اړیکو لېست وګورئ.
search-results = { $count ->
        [one] یوه پایله
       *[other] { $count } پایلې
    }
search-kind-article = لیکنه
search-kind-contact = اړیکه

## ترتیبات او د اپ په اړه

settings-title = ترتیبات
settings-language = ژبه
settings-locale-own-name = پښتو
settings-about = د Lueur په اړه
settings-about-text = Lueur په بلجیم کې د انسانانو د قاچاق په اړه معلومات ورکوي او ښیي چې مرسته له کومه پیدا کړئ. له انټرنېټ پرته کار کوي او هېڅ شی نه لېږي، مګر دا چې تاسو پخپله یو راپور ولېږئ.
settings-app-version = د اپ نسخه
settings-content-version = د منځپانګې نسخه
settings-content-date = معلومات په دې نېټه وکتل شول

## تېروتنې

error-not-found = دا پاڼه نشته. مهرباني وکړئ شاته لاړ شئ او بیا وټاکئ.
error-not-now = دا همدا اوس ممکن نه دی. مهرباني وکړئ بیا هڅه وکړئ.
error-storage = Lueur همدا اوس په دې ټیلیفون کې خپل معلومات نه شي لوستلی یا ساتلی. وګورئ چې خالي ځای شته، بیا هڅه وکړئ.
error-content = د دې اپ معلومات نه شي لوستل کېدای. مهرباني وکړئ اپ بیا نصب کړئ.
error-internal = د Lueur دننه یوه ستونزه پیدا شوه. که بیا پېښه شي، مهرباني وکړئ اپ بیا نصب کړئ.
error-endpoint-refused = دا پته راپورونه نه شي اخیستلی: { $reason }
error-unknown-locale = دا ژبه نشته. تاسو کولی شئ فرانسوي، هالنډي، الماني یا انګلیسي وټاکئ.

## هر کار د ټیلیفون په خپلو اپونو کې څه پرېږدي

action-trace-call = زنګ د ټیلیفون د زنګونو په لېست کې پاتې کېږي.
action-trace-sms = پیغام د ټیلیفون د پیغامونو په اپ کې پاتې کېږي.
action-trace-email = برېښنالیک د برېښنالیک اپ په لېږل شویو کې پاتې کېږي.
action-trace-website = وېبسایټ د Lueur دننه پرانیستل کېږي او د براوزر په تاریخچه کې نه پاتې کېږي.
action-trace-map = پته کېدای شي د نقشې اپ په تاریخچه کې پاتې شي.
