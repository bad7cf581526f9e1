## رابطے

contact-emergency-112-name = 112 – یورپی ایمرجنسی نمبر
contact-emergency-112-description = اگر آپ کی یا کسی اور کی جان ابھی خطرے میں ہے تو 112 پر کال کریں۔ یہ نمبر کسی بھی فون سے، یورپی یونین میں ہر جگہ کام کرتا ہے۔

contact-police-101-name = پولیس – 101
contact-police-101-description = کیا آپ فوری خطرے میں ہیں؟ 101 پر کال کریں یا مقامی پولیس اسٹیشن جائیں۔

contact-surya-name = Sürya
contact-surya-description = لیئژ (Liège) میں انسانی اسمگلنگ کے متاثرین کے لیے ایک خصوصی مرکز۔ وہاں آپ کو خفیہ مشورہ اور معلومات مل سکتی ہیں۔ مرکز اپنی خالی جگہوں کے مطابق رہنے کی جگہ اور سہارا بھی دے سکتا ہے۔

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = برسلز میں انسانی اسمگلنگ کے متاثرین کے لیے ایک خصوصی مرکز۔ وہاں آپ کو خفیہ مشورہ اور معلومات مل سکتی ہیں۔ مرکز اپنی خالی جگہوں کے مطابق رہنے کی جگہ اور سہارا بھی دے سکتا ہے۔

contact-payoke-name = Payoke
contact-payoke-description = اینٹورپ (Antwerpen) میں انسانی اسمگلنگ کے متاثرین کے لیے ایک خصوصی مرکز۔ وہاں آپ کو خفیہ مشورہ اور معلومات مل سکتی ہیں۔ مرکز اپنی خالی جگہوں کے مطابق رہنے کی جگہ اور سہارا بھی دے سکتا ہے۔

contact-national-contact-point-name = انسانی اسمگلنگ کے بارے میں قومی رابطہ مرکز
contact-national-contact-point-description = یہ stoptraite.be کی فون لائن ہے، جو قومی رابطہ مرکز ہے۔ آپ پہلے پولیس کے پاس جائے بغیر معلومات مانگ سکتے ہیں یا کسی صورتحال کی رپورٹ کر سکتے ہیں۔

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = قومی رابطہ مرکز کی ویب سائٹ، جسے FPS Justice (وفاقی محکمہ انصاف) نے تینوں خصوصی مراکز کے ساتھ مل کر بنایا ہے۔ وہاں آپ کو معلومات ملتی ہیں اور آپ پہلے پولیس کے پاس جائے بغیر انسانی اسمگلنگ کی خفیہ رپورٹ کر سکتے ہیں۔

contact-myria-name = Myria
contact-myria-description = Myria انسانی اسمگلنگ پر آزاد قومی رپورٹر ہے اور ہر سال ایک رپورٹ شائع کرتا ہے۔ ذاتی مدد کے لیے براہ کرم کسی خصوصی مرکز سے رابطہ کریں۔

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = مفت، دن اور رات۔ بچوں اور نوجوانوں کے لیے، اور ہر اس شخص کے لیے جو ان کے لیے فکرمند ہو، جب کوئی بچہ لاپتہ ہو یا اس کا جنسی استحصال ہو رہا ہو۔


contact-guardianship-name = سرپرستی سروس (اکیلے نابالغ)
contact-guardianship-description = FPS Justice (وفاقی محکمہ انصاف) کی ایک سروس، ان نوجوانوں کے لیے جن کی عمر 18 سال سے کم ہے اور جو بیلجیم میں ماں باپ یا سرپرست کے بغیر ہیں۔ یہ انہیں ایک سرپرست دیتی ہے جو کاغذات، اسکول، علاج اور وکیل ڈھونڈنے میں مدد کرتا ہے۔ کوئی بھی شخص ایسے نوجوان کے بارے میں اس سروس کو بتا سکتا ہے۔ اس کا ایمرجنسی نمبر دن رات جواب دیتا ہے۔
## رابطوں کی قسمیں

contact-kind-emergency = ایمرجنسی
contact-kind-police = پولیس
contact-kind-specialised-centre = خصوصی مرکز
contact-kind-national-contact-point = قومی رابطہ مرکز
contact-kind-report-website = رپورٹ کرنے کی ویب سائٹ
contact-kind-helpline = ہیلپ لائن
contact-kind-national-rapporteur = قومی رپورٹر

## علاقے

region-brussels = برسلز
region-flanders = فلینڈرز
region-wallonia = والونیا
region-east-belgium = مشرقی بیلجیم
region-belgium = پورا بیلجیم
