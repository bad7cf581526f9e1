## خفیہ رپورٹ: فارم، آؤٹ باکس اور ان کے پیغامات۔

report-form-title = ایک خفیہ رپورٹ لکھیں
report-form-intro = جو آپ جانتے ہیں وہ لکھیں۔ یہ پولیس کو شکایت نہیں ہے۔ صرف "کیا ہوا" ضروری ہے؛ جو بات آپ نہیں بتانا چاہتے اسے چھوڑ دیں۔
report-form-privacy = آپ کی رپورٹ محفوظ ہونے سے پہلے اسی فون پر لاک ہو جاتی ہے۔ صرف وہ ادارہ اسے کھول سکتا ہے جسے یہ ملتی ہے۔ رپورٹ تب بھیجی جاتی ہے جب انٹرنیٹ ہو، چاہے بعد میں ہو۔
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = آپ کی رپورٹ { $organisation } کو جاتی ہے۔ یہ پولیس کو شکایت نہیں ہے، اور یہ stoptraite.be کو بھی نہیں جاتی۔ اگر آپ ابھی خطرے میں ہیں تو 112 یا 101 پر کال کریں۔
report-development-key = ٹیسٹ ورژن: رپورٹیں ایک عام ٹیسٹ کی سے لاک کی جاتی ہیں۔ اس ورژن میں اصل معلومات نہ لکھیں۔
report-send = رپورٹ بھیجیں
report-skip-hint = چھوڑنے کے لیے Enter دبائیں۔
report-choose-one-hint = ایک نمبر لکھیں۔
report-choose-many-hint = ایک یا زیادہ نمبر لکھیں، ان کے درمیان خالی جگہ رکھیں۔

report-field-about = یہ کس کے بارے میں ہے؟
report-about-me = میں
report-about-someone-else = کوئی اور
report-field-forms = یہ کس قسم کی صورتحال ہے؟
    .hint = آپ ایک سے زیادہ چن سکتے ہیں، یا "مجھے یقین نہیں"۔
report-form-sexual = زبردستی جسم فروشی یا جنسی استحصال
report-form-labour = بہت برے حالات میں یا بغیر تنخواہ کے کام
report-form-begging = زبردستی بھیک منگوانا
report-form-forced-crime = جرم کرنے پر مجبور کرنا
report-form-organ-removal = جسم کے اعضاء نکالنا
report-form-other = کچھ اور
report-form-not-sure = مجھے یقین نہیں
report-field-municipality = کس شہر یا بلدیہ میں؟
report-field-place = بالکل کہاں؟
    .hint = مثلاً کوئی گلی، جگہ کی قسم، یا کسی کاروبار کا نام۔
report-field-when = کب؟
    .hint = مثلاً "پچھلی گرمیوں سے" یا "ہر رات"۔
report-field-what-happened = کیا ہوا؟
    .hint = اپنے الفاظ میں لکھیں۔ آپ کسی بھی زبان میں لکھ سکتے ہیں۔
report-field-people = اس میں کون لوگ شامل ہیں؟
    .hint = مثلاً نام، عرفی نام، وہ کیسے دکھتے ہیں، گاڑیاں یا فون نمبر۔
report-field-contact = کیا ادارہ آپ سے رابطہ کر سکتا ہے؟
    .hint = صرف اگر یہ آپ کے لیے محفوظ ہو۔
report-contact-no-contact = نہیں، مجھ سے رابطہ نہ کریں
report-contact-phone = ہاں، فون پر
report-contact-email = ہاں، ای میل پر
report-field-contact-phone = فون نمبر
report-field-contact-email = ای میل ایڈریس
report-field-contact-note = کب اور کیسے آپ سے رابطہ کرنا محفوظ ہے؟
    .hint = مثلاً "صرف کام کے دنوں میں 9 بجے سے پہلے"، یا "پیغام نہ چھوڑیں"۔
report-field-language = آپ کس زبان میں رابطہ چاہتے ہیں؟
    .hint = مثلاً fr، nl، de، en، ar یا ro۔
report-field-checklist-summary = نشانیوں کے سوالات پر آپ کے جوابات کا خلاصہ
    .hint = صرف اگر آپ اسے شامل کرنا چاہیں۔

report-outbox-title = رپورٹیں
report-outbox-empty = اس فون پر کوئی رپورٹ نہیں ہے۔
report-state-queued = انتظار میں
report-state-sending = بھیجی جا رہی ہے
report-state-sent = بھیج دی گئی
report-state-failed = آپ کی توجہ چاہیے
report-state-expired = نہیں بھیجی گئی
report-detail-queued = لاک ہے اور انٹرنیٹ کا انتظار کر رہی ہے۔ یہ خود بخود بھیج دی جائے گی۔
report-detail-retrying = پچھلی کوشش کامیاب نہیں ہوئی۔ اگلی کوشش تقریباً { $minutes ->
        [one] ایک منٹ
       *[other] { $minutes } منٹ
    } بعد ہو گی۔
report-detail-sending = ابھی بھیجی جا رہی ہے۔
report-detail-sent = ادارے کو مل گئی ہے۔
report-detail-failed = ادارہ یہ رپورٹ قبول نہیں کر سکا۔ آپ دوبارہ کوشش کر سکتے ہیں یا اسے مٹا سکتے ہیں۔
report-detail-expired = یہ وقت پر نہیں بھیجی جا سکی اور اس فون سے ہٹا دی گئی۔ آپ اسے دوبارہ لکھ سکتے ہیں۔
report-age = { $days ->
        [0] آج
        [1] کل
       *[other] { $days } دن پہلے
    }
report-action-retry = دوبارہ کوشش کریں
report-action-delete = مٹائیں

report-error-required = براہ کرم لکھیں کہ کیا ہوا۔
report-error-too-long = یہ بہت لمبا ہے۔ براہ کرم اسے { $max } حروف سے کم رکھیں۔
report-error-phone = یہ فون نمبر نہیں لگتا۔ براہ کرم اسے چیک کریں، اگر بیلجیم کا نہیں تو ملک کے کوڈ کے ساتھ۔
report-error-email = یہ ای میل ایڈریس نہیں لگتا۔ براہ کرم اسے چیک کریں۔
report-error-language = براہ کرم زبان کا کوڈ لکھیں، مثلاً fr، nl، de یا en۔
report-error-repeated-choice = ایک انتخاب دو بار آیا ہے۔ براہ کرم ہر ایک کو ایک بار چنیں۔
report-error-file = رپورٹ کی فائل پڑھی نہیں جا سکتی (لائن { $line }، کالم { $column })۔
report-error-too-large = رپورٹ بھیجنے کے لیے بہت بڑی ہے۔ براہ کرم کچھ جواب چھوٹے کریں۔
report-error-cannot-delete = یہ رپورٹ ابھی مٹائی نہیں جا سکتی: یہ بھیجی جا رہی ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
report-error-cannot-retry = صرف وہ رپورٹ دوبارہ بھیجی جا سکتی ہے جسے آپ کی توجہ چاہیے۔
report-error-choice = یہ انتخاب فہرست میں نہیں ہے۔ براہ کرم دوبارہ چنیں۔
report-error-not-asked = یہ سوال آپ کے جوابات پر لاگو نہیں ہوتا۔ یہاں کچھ محفوظ نہیں کیا گیا۔
