## تماس‌ها

contact-emergency-112-name = 112 – نمبر عاجل اروپایی
contact-emergency-112-description = اگر زندگی شما یا زندگی کس دیگری همین حالا در خطر است، به 112 زنگ بزنید. این نمبر از هر تیلفون، در هر جای اتحادیهٔ اروپا کار می‌کند.

contact-police-101-name = پولیس – 101
contact-police-101-description = آیا در خطر فوری هستید؟ به 101 زنگ بزنید یا به ایستگاه پولیس محل بروید.

contact-surya-name = Sürya
contact-surya-description = یک مرکز تخصصی برای قربانیان قاچاق انسان در لیژ (Liège). در آن جا می‌توانید مشوره و معلومات محرمانه بگیرید. این مرکز همچنان، نظر به جاهای خالی که دارد، می‌تواند جای بود و باش و حمایت بدهد.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = یک مرکز تخصصی برای قربانیان قاچاق انسان در بروکسل. در آن جا می‌توانید مشوره و معلومات محرمانه بگیرید. این مرکز همچنان، نظر به جاهای خالی که دارد، می‌تواند جای بود و باش و حمایت بدهد.

contact-payoke-name = Payoke
contact-payoke-description = یک مرکز تخصصی برای قربانیان قاچاق انسان در انتورپ (Antwerpen). در آن جا می‌توانید مشوره و معلومات محرمانه بگیرید. این مرکز همچنان، نظر به جاهای خالی که دارد، می‌تواند جای بود و باش و حمایت بدهد.

contact-national-contact-point-name = مرکز تماس ملی در بارهٔ قاچاق انسان
contact-national-contact-point-description = این خط تیلفون stoptraite.be، مرکز تماس ملی است. می‌توانید معلومات بخواهید یا یک وضعیت را گزارش دهید، بدون این که اول به پولیس بروید.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = ویب‌سایت مرکز تماس ملی، که FPS Justice (وزارت عدلیهٔ فدرال) با سه مرکز تخصصی ساخته است. در آن جا معلومات پیدا می‌کنید و می‌توانید قاچاق انسان را محرمانه گزارش دهید، بدون این که اول به پولیس بروید.

contact-myria-name = Myria
contact-myria-description = Myria گزارشگر ملی و مستقل در بارهٔ قاچاق انسان است و هر سال یک گزارش نشر می‌کند. برای کمک شخصی، لطفاً با یک مرکز تخصصی تماس بگیرید.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = رایگان، شب و روز. برای کودکان و جوانان، و برای هر کسی که برای آن‌ها نگران است، وقتی یک کودک گم شده یا از نظر جنسی مورد بهره‌کشی قرار گرفته.


contact-guardianship-name = خدمات سرپرستی (کودکان بی‌سرپرست)
contact-guardianship-description = یک خدمت FPS Justice (خدمت عدلی فدرال) برای جوانان زیر 18 سال که بدون پدر و مادر یا سرپرست در بلجیم هستند. برای آن‌ها یک سرپرست تعیین می‌کند که در کار اسناد، مکتب، درمان و پیدا کردن وکیل کمک می‌کند. هر کسی می‌تواند در بارهٔ چنین جوانی به این خدمت خبر بدهد. نمبر عاجل آن شب و روز جواب می‌دهد.
## نوع تماس‌ها

contact-kind-emergency = عاجل
contact-kind-police = پولیس
contact-kind-specialised-centre = مرکز تخصصی
contact-kind-national-contact-point = مرکز تماس ملی
contact-kind-report-website = ویب‌سایت گزارش
contact-kind-helpline = خط کمک
contact-kind-national-rapporteur = گزارشگر ملی

## منطقه‌ها

region-brussels = بروکسل
region-flanders = فلاندر
region-wallonia = والونی
region-east-belgium = شرق بلجیم
region-belgium = تمام بلجیم
