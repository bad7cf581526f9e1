## پټ راپور: فورمه، د لېږلو صندوق او د هغوی پیغامونه.

report-form-title = یو پټ راپور ولیکئ
report-form-intro = هغه څه ولیکئ چې پوهېږئ. دا پولیسو ته شکایت نه دی. یوازې "څه پېښ شول" اړین دي؛ هغه څه پرېږدئ چې نه غواړئ ویې وایئ.
report-form-privacy = ستاسو راپور د ساتلو نه مخکې په همدې ټیلیفون کې قلف کېږي. یوازې هغه موسسه یې پرانیستلی شي چې راپور ترلاسه کوي. راپور هغه وخت لېږل کېږي چې انټرنېټ وي، که څه هم وروسته وي.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = ستاسو راپور { $organisation } ته ځي. دا پولیسو ته شکایت نه دی، او stoptraite.be ته هم نه ځي. که همدا اوس په خطر کې یاست، 112 یا 101 ته زنګ ووهئ.
report-development-key = ازمایښتي نسخه: راپورونه په یوې عامې ازمایښتي کیلي قلف کېږي. په دې نسخه کې رښتیني معلومات مه لیکئ.
report-send = راپور ولېږئ
report-skip-hint = د تېرېدو لپاره Enter کېکاږئ.
report-choose-one-hint = یوه شمېره ولیکئ.
report-choose-many-hint = یوه یا څو شمېرې ولیکئ، د هرې ترمنځ تش ځای پرېږدئ.

report-field-about = دا د چا په اړه دی؟
report-about-me = زه
report-about-someone-else = بل څوک
report-field-forms = دا څه ډول حالت دی؟
    .hint = تاسو کولی شئ له یوه زیات وټاکئ، یا "ډاډه نه یم".
report-form-sexual = په زور فحشا یا جنسي استثمار
report-form-labour = په ډېرو بدو شرایطو کې یا پرته له مزده کار
report-form-begging = په زور ګدا
report-form-forced-crime = په جرم کولو مجبورېدل
report-form-organ-removal = د بدن د غړو ایستل
report-form-other = بل څه
report-form-not-sure = ډاډه نه یم
report-field-municipality = په کوم ښار یا ولسوالۍ کې؟
report-field-place = په سمه توګه چېرته؟
    .hint = د بېلګې په توګه یو سړک، د ځای ډول، یا د یو کاروبار نوم.
report-field-when = کله؟
    .hint = د بېلګې په توګه "له تېر دوبي راهیسې" یا "هره شپه".
report-field-what-happened = څه پېښ شول؟
    .hint = په خپلو کلمو یې ولیکئ. په هره ژبه لیکلی شئ.
report-field-people = څوک پکې ښکېل دي؟
    .hint = د بېلګې په توګه نومونه، مستعار نومونه، څنګه ښکاري، موټرونه یا د ټیلیفون شمېرې.
report-field-contact = ایا موسسه له تاسو سره اړیکه نیولی شي؟
    .hint = یوازې که ستاسو لپاره خوندي وي.
report-contact-no-contact = نه، له ما سره اړیکه مه نیسئ
report-contact-phone = هو، په ټیلیفون
report-contact-email = هو، په برېښنالیک
report-field-contact-phone = د ټیلیفون شمېره
report-field-contact-email = د برېښنالیک پته
report-field-contact-note = کله او څنګه له تاسو سره اړیکه خوندي ده؟
    .hint = د بېلګې په توګه "یوازې د کار په ورځو کې له 9 بجو مخکې"، یا "پیغام مه پرېږدئ".
report-field-language = په کومه ژبه غواړئ چې له تاسو سره اړیکه ونیول شي؟
    .hint = د بېلګې په توګه fr، nl، de، en، ar یا ro.
report-field-checklist-summary = د نښو پوښتنو ته ستاسو د ځوابونو لنډیز
    .hint = یوازې که یې اضافه کول غواړئ.

report-outbox-title = راپورونه
report-outbox-empty = په دې ټیلیفون کې هېڅ راپور نشته.
report-state-queued = په انتظار کې
report-state-sending = د لېږلو په حال کې
report-state-sent = ولېږل شو
report-state-failed = ستاسو پاملرنې ته اړتیا لري
report-state-expired = ونه لېږل شو
report-detail-queued = قلف شوی او د انټرنېټ انتظار کوي. پخپله به ولېږل شي.
report-detail-retrying = وروستۍ هڅه بریالۍ نه شوه. بله هڅه به شاوخوا { $minutes ->
        [one] یوه دقیقه
       *[other] { $minutes } دقیقې
    } وروسته وي.
report-detail-sending = همدا اوس لېږل کېږي.
report-detail-sent = موسسې ترلاسه کړ.
report-detail-failed = موسسه دا راپور ونه منلی شو. تاسو کولی شئ بیا هڅه وکړئ یا یې پاک کړئ.
report-detail-expired = په وخت ونه لېږل شو او له دې ټیلیفون څخه لرې شو. تاسو یې بیا لیکلی شئ.
report-age = { $days ->
        [0] نن
        [1] پرون
       *[other] { $days } ورځې مخکې
    }
report-action-retry = بیا هڅه وکړئ
report-action-delete = پاکول

report-error-required = مهرباني وکړئ ولیکئ چې څه پېښ شول.
report-error-too-long = دا ډېر اوږد دی. مهرباني وکړئ له { $max } تورو لږ یې وساتئ.
report-error-phone = دا د ټیلیفون شمېرې ته ورته نه ښکاري. مهرباني وکړئ ویې ګورئ، که بلجیمي نه وي د هېواد له کوډ سره.
report-error-email = دا د برېښنالیک پتې ته ورته نه ښکاري. مهرباني وکړئ ویې ګورئ.
report-error-language = مهرباني وکړئ د یوې ژبې کوډ ولیکئ، د بېلګې په توګه fr، nl، de یا en.
report-error-repeated-choice = یو انتخاب دوه ځله راغلی. مهرباني وکړئ هر یو یو ځل وټاکئ.
report-error-file = د راپور فایل نه شي لوستل کېدای (کرښه { $line }، ستون { $column }).
report-error-too-large = راپور د لېږلو لپاره ډېر لوی دی. مهرباني وکړئ ځینې ځوابونه لنډ کړئ.
report-error-cannot-delete = دا راپور اوس نه شي پاکېدای: د لېږلو په حال کې دی. لږ وروسته بیا هڅه وکړئ.
report-error-cannot-retry = یوازې هغه راپور بیا هڅه کېدای شي چې ستاسو پاملرنې ته اړتیا لري.
report-error-choice = دا انتخاب په لېست کې نشته. مهرباني وکړئ بیا وټاکئ.
report-error-not-asked = دا پوښتنه ستاسو په ځوابونو نه تطبیقېږي. دلته هېڅ شی ونه ساتل شو.
