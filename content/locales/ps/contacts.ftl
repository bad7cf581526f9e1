## اړیکې

contact-emergency-112-name = 112 – د اروپا بیړنۍ شمېره
contact-emergency-112-description = که ستاسو یا د بل چا ژوند همدا اوس په خطر کې وي، 112 ته زنګ ووهئ. دا شمېره له هر ټیلیفون څخه، د اروپايي اتحادیې په هر ځای کې کار کوي.

contact-police-101-name = پولیس – 101
contact-police-101-description = ایا په سمدستي خطر کې یاست؟ 101 ته زنګ ووهئ یا د سیمې پولیس ځای ته لاړ شئ.

contact-surya-name = Sürya
contact-surya-description = په لیېژ (Liège) کې د انسانانو د قاچاق د قربانیانو لپاره یو تخصصي مرکز. هلته پټه مشوره او معلومات اخیستلی شئ. دا مرکز کولی شي د خپلو خالي ځایونو سره سم د اوسېدو ځای او ملاتړ هم ورکړي.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = په بروکسل کې د انسانانو د قاچاق د قربانیانو لپاره یو تخصصي مرکز. هلته پټه مشوره او معلومات اخیستلی شئ. دا مرکز کولی شي د خپلو خالي ځایونو سره سم د اوسېدو ځای او ملاتړ هم ورکړي.

contact-payoke-name = Payoke
contact-payoke-description = په انټورپ (Antwerpen) کې د انسانانو د قاچاق د قربانیانو لپاره یو تخصصي مرکز. هلته پټه مشوره او معلومات اخیستلی شئ. دا مرکز کولی شي د خپلو خالي ځایونو سره سم د اوسېدو ځای او ملاتړ هم ورکړي.

contact-national-contact-point-name = د انسانانو د قاچاق په اړه ملي د اړیکې ځای
contact-national-contact-point-description = دا د stoptraite.be د ټیلیفون کرښه ده، چې ملي د اړیکې ځای دی. تاسو کولی شئ معلومات وغواړئ یا د یو حالت راپور ورکړئ، پرته له دې چې لومړی پولیسو ته لاړ شئ.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = د ملي د اړیکې ځای وېبسایټ، چې FPS Justice (د عدلیې فدرال خدمت) د درې واړو تخصصي مرکزونو سره جوړ کړی دی. هلته معلومات موندلی شئ او د انسانانو د قاچاق راپور په پټه ورکولی شئ، پرته له دې چې لومړی پولیسو ته لاړ شئ.

contact-myria-name = Myria
contact-myria-description = Myria د انسانانو د قاچاق په اړه خپلواک ملي راپور ورکوونکی دی او هر کال یو راپور خپروي. د شخصي مرستې لپاره، مهرباني وکړئ له یو تخصصي مرکز سره اړیکه ونیسئ.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = وړیا، شپه او ورځ. د ماشومانو او ځوانانو لپاره، او د هر هغه چا لپاره چې د دوی په اړه اندېښمن وي، کله چې یو ماشوم ورک وي یا جنسي استثمار شوی وي.


contact-guardianship-name = د سرپرستۍ خدمت (بې سرپرسته ماشومان)
contact-guardianship-description = د FPS Justice (د عدلیې فدرال خدمت) یو خدمت د هغو ځوانانو لپاره چې عمر یې له 18 کالو کم دی او په بلجیم کې پرته له مور و پلار یا سرپرست دي. دوی ته یو سرپرست ټاکي، چې د اسنادو، ښوونځي، درملنې او د وکیل په موندلو کې مرسته کوي. هر څوک کولی شي دې خدمت ته د داسې ځوان په اړه خبر ورکړي. د دې بیړنۍ شمېره شپه او ورځ ځواب ورکوي.
## د اړیکو ډولونه

contact-kind-emergency = بیړنی
contact-kind-police = پولیس
contact-kind-specialised-centre = تخصصي مرکز
contact-kind-national-contact-point = ملي د اړیکې ځای
contact-kind-report-website = د راپور وېبسایټ
contact-kind-helpline = د مرستې کرښه
contact-kind-national-rapporteur = ملي راپور ورکوونکی

## سیمې

region-brussels = بروکسل
region-flanders = فلانډرز
region-wallonia = والونیا
region-east-belgium = ختیځ بلجیم
region-belgium = ټول بلجیم
