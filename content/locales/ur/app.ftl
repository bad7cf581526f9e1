## ہوم

home-title = Lueur
home-intro = بیلجیم میں انسانی اسمگلنگ کے بارے میں معلومات اور مدد۔ یہ ایپ انٹرنیٹ کے بغیر کام کرتی ہے۔
home-danger-title = کیا آپ ابھی خطرے میں ہیں؟
home-danger-text = اگر آپ کی یا کسی اور کی جان خطرے میں ہے تو ابھی مدد کے لیے فون کریں یا قریبی پولیس اسٹیشن جائیں۔
home-action-help-now = ابھی مدد حاصل کریں
home-action-help-now-hint = ادارے اور فون نمبر جو آپ کی مدد کر سکتے ہیں۔
home-action-check-me = میری صورتحال کے بارے میں سوالات
home-action-check-me-hint = آپ کی صورتحال کے بارے میں چند سوالات۔ آپ کے جواب اسی فون پر رہتے ہیں۔
home-action-check-other = کسی جاننے والے کے بارے میں سوالات
home-action-check-other-hint = کسی ایسے شخص کی صورتحال کے بارے میں چند سوالات جس کے لیے آپ فکرمند ہیں۔
home-action-learn = معلومات
home-action-learn-hint = انسانی اسمگلنگ کیا ہے، اس کی نشانیاں کیا ہیں، اور آپ کے حقوق کیا ہیں۔
home-action-contacts = رابطے
home-action-contacts-hint = خصوصی مراکز، ہیلپ لائنیں اور پولیس۔
home-action-report = کسی صورتحال کی رپورٹ کریں
home-action-report-hint = ایک خفیہ رپورٹ لکھیں۔ جب انٹرنیٹ ہو گا تو یہ بھیج دی جائے گی۔
home-action-search = تلاش
home-action-outbox = وہ رپورٹیں جو بھیجے جانے کا انتظار کر رہی ہیں
home-action-calculator = کیلکولیٹر
home-action-settings = سیٹنگز
home-notice-data-reset = Lueur اس فون پر محفوظ ڈیٹا نہیں پڑھ سکا، اس لیے اس نے خالی ڈیٹا کے ساتھ دوبارہ شروع کیا۔ ہو سکتا ہے آپ کی سیٹنگز اور انتظار کرنے والی رپورٹیں ختم ہو گئی ہوں۔
home-notice-storage-unavailable = Lueur ابھی اس فون پر کچھ بھی محفوظ نہیں کر سکتا، مثلاً اس لیے کہ میموری بھری ہوئی ہے۔ آپ پھر بھی سب کچھ پڑھ سکتے ہیں اور مدد کے لیے فون کر سکتے ہیں۔

## ایپ میں چلنا پھرنا (مینو اور فہرستیں)

nav-choose = ایک نمبر لکھیں اور Enter دبائیں:
nav-back = واپس
nav-quit = بند کریں
nav-invalid-choice = براہ کرم دکھائے گئے نمبروں میں سے ایک لکھیں۔

## معلومات: مضامین کی فہرست اور ایک مضمون

articles-title = معلومات
articles-intro = انسانی اسمگلنگ کو سمجھنے اور مدد ڈھونڈنے کے لیے مختصر تحریریں۔
article-reviewed = معلومات { $date } کو جانچی گئیں۔
article-review-pending = اس ترجمے کو ابھی تک کسی ایسے شخص نے نہیں جانچا جس کی مادری زبان اردو ہو۔
article-sources = ذرائع

date-long = { $day } { $month ->
        [1] جنوری
        [2] فروری
        [3] مارچ
        [4] اپریل
        [5] مئی
        [6] جون
        [7] جولائی
        [8] اگست
        [9] ستمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $year }

## رابطے: فہرست، فلٹر اور تفصیل

contacts-title = کون مدد کر سکتا ہے
contacts-intro = خصوصی مراکز آپ کی بتائی ہوئی باتوں کو خفیہ رکھتے ہیں۔ پولیس اور 112 ہنگامی حالات کے لیے ہیں۔
contacts-filter-city = شہر یا علاقہ
contacts-filter-kind = سروس کی قسم
contacts-filter-language = بولی جانے والی زبان
contacts-filtered-by = فلٹر: { $filters }
contacts-nationwide = پورے بیلجیم میں دستیاب
contacts-empty = کوئی سروس ان فلٹروں سے میل نہیں کھاتی۔ آپ کوئی فلٹر ہٹا سکتے ہیں یا پوری فہرست دیکھ سکتے ہیں۔
contacts-empty-place = اس جگہ کوئی سروس نہیں ملی۔ نیچے دی گئی سروسز بیلجیم میں آپ جہاں بھی ہوں آپ کی مدد کر سکتی ہیں۔
contacts-languages-not-listed = { $count ->
        [one] ایک سروس کے لیے بولی جانے والی زبانیں درج نہیں ہیں، اس لیے وہ اس زبان کے لیے نہیں دکھائی جاتی۔ آپ پھر بھی اس سے رابطہ کر کے پوچھ سکتے ہیں۔
       *[other] { $count } سروسز کے لیے بولی جانے والی زبانیں درج نہیں ہیں، اس لیے وہ اس زبان کے لیے نہیں دکھائی جاتیں۔ آپ پھر بھی ان سے رابطہ کر کے پوچھ سکتے ہیں۔
    }
contact-for-minors = بچوں اور نوجوانوں کے لیے
contact-languages = بولی جانے والی زبانیں: { $languages }
contact-languages-not-listed = بولی جانے والی زبانیں درج نہیں ہیں۔
contact-serves = ان جگہوں پر کام کرتی ہے: { $regions }
contact-address = پتہ
contact-country = بیلجیم
contact-call-note = کال یا ایس ایم ایس آپ کے فون کی ہسٹری میں نظر آتا ہے۔ آپ بعد میں اسے مٹا سکتے ہیں، لیکن کسی کو پتہ چل سکتا ہے کہ کچھ غائب ہے، اور کال فون کے بل پر پھر بھی نظر آ سکتی ہے۔ اگر ہو سکے تو ایسا فون استعمال کریں جسے کوئی چیک نہیں کرتا۔

action-call = { $number } پر کال کریں
action-sms = { $number } پر ایس ایم ایس بھیجیں
action-email = { $address } کو لکھیں
action-website = { $site } کھولیں
action-map = نقشے پر دکھائیں

language-name = { $code ->
        [fr] فرانسیسی
        [nl] ڈچ
        [de] جرمن
        [en] انگریزی
        [ar] عربی
        [es] ہسپانوی
        [pt] پرتگالی
        [ro] رومانیائی
        [bg] بلغاری
        [pl] پولش
        [ru] روسی
        [uk] یوکرینی
        [tr] ترکی
        [zh] چینی
       *[other] { $code }
    }

## تلاش

search-title = تلاش
search-placeholder = مضامین اور رابطوں میں تلاش کریں
search-hint = تلاش کے لیے ایک لفظ لکھیں، مثلاً "کام" یا "برسلز"۔
search-empty = کچھ نہیں ملا۔ کوئی اور لفظ آزمائیں، یا رابطوں کی فہرست دیکھیں۔
search-results = { $count ->
        [one] ایک نتیجہ
       *[other] { $count } نتائج
    }
search-kind-article = مضمون
search-kind-contact = رابطہ

## سیٹنگز اور ایپ کے بارے میں

settings-title = سیٹنگز
settings-language = زبان
settings-locale-own-name = اردو
settings-about = Lueur کے بارے میں
settings-about-text = Lueur بیلجیم میں انسانی اسمگلنگ کے بارے میں معلومات دیتا ہے اور بتاتا ہے کہ مدد کہاں سے ملے گی۔ یہ انٹرنیٹ کے بغیر کام کرتا ہے اور کچھ نہیں بھیجتا، جب تک آپ خود کوئی رپورٹ نہ بھیجیں۔
settings-app-version = ایپ کا ورژن
settings-content-version = مواد کا ورژن
settings-content-date = معلومات جانچنے کی تاریخ

## غلطیاں

error-not-found = یہ صفحہ موجود نہیں۔ براہ کرم واپس جائیں اور دوبارہ انتخاب کریں۔
error-not-now = یہ ابھی ممکن نہیں۔ براہ کرم دوبارہ کوشش کریں۔
error-storage = Lueur ابھی اس فون پر اپنا ڈیٹا نہ پڑھ سکتا ہے نہ محفوظ کر سکتا ہے۔ دیکھیں کہ خالی جگہ موجود ہو، پھر دوبارہ کوشش کریں۔
error-content = اس ایپ کی معلومات پڑھی نہیں جا سکتیں۔ براہ کرم ایپ دوبارہ انسٹال کریں۔
error-internal = Lueur کے اندر کوئی خرابی ہو گئی۔ اگر دوبارہ ہو تو براہ کرم ایپ دوبارہ انسٹال کریں۔
error-endpoint-refused = یہ پتہ رپورٹیں وصول نہیں کر سکتا: { $reason }
error-unknown-locale = یہ زبان دستیاب نہیں۔ آپ فرانسیسی، ڈچ، جرمن یا انگریزی چن سکتے ہیں۔

## ہر کام فون کی اپنی ایپس میں کیا چھوڑتا ہے

action-trace-call = کال فون کی کال لسٹ میں رہتی ہے۔
action-trace-sms = پیغام فون کی میسجز ایپ میں رہتا ہے۔
action-trace-email = ای میل، میل ایپ کی بھیجی گئی ای میلز میں رہتی ہے۔
action-trace-website = ویب سائٹ Lueur کے اندر کھلتی ہے اور براؤزر کی ہسٹری میں نہیں آتی۔
action-trace-map = پتہ نقشے کی ایپ کی ہسٹری میں رہ سکتا ہے۔
