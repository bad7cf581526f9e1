## گزارش محرمانه: فورم، صندوق فرستادن و پیام‌های آن‌ها.

report-form-title = یک گزارش محرمانه بنویسید
report-form-intro = آنچه را می‌دانید بنویسید. این یک شکایت به پولیس نیست. فقط "چه اتفاقی افتاد" لازم است؛ هر چیزی را که نمی‌خواهید بگویید، رها کنید.
report-form-privacy = گزارش شما پیش از ذخیره شدن در همین تیلفون قفل می‌شود. فقط مؤسسه‌ای که آن را می‌گیرد می‌تواند آن را باز کند. گزارش وقتی انترنت باشد فرستاده می‌شود، حتی اگر بعداً باشد.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = گزارش شما به { $organisation } می‌رود. این یک شکایت به پولیس نیست، و به stoptraite.be هم نمی‌رود. اگر همین حالا در خطر هستید، به 112 یا 101 زنگ بزنید.
report-development-key = نسخهٔ آزمایشی: گزارش‌ها با یک کلید آزمایشی عمومی قفل می‌شوند. در این نسخه معلومات واقعی ننویسید.
report-send = فرستادن گزارش
report-skip-hint = برای رد شدن Enter را فشار دهید.
report-choose-one-hint = یک نمبر بنویسید.
report-choose-many-hint = یک یا چند نمبر بنویسید، با فاصله در بین آن‌ها.

report-field-about = این در بارهٔ کیست؟
report-about-me = من
report-about-someone-else = کس دیگر
report-field-forms = این چه نوع وضعیتی است؟
    .hint = می‌توانید بیشتر از یکی انتخاب کنید، یا "مطمئن نیستم".
report-form-sexual = تن‌فروشی اجباری یا بهره‌کشی جنسی
report-form-labour = کار در شرایط بسیار بد یا بدون مزد
report-form-begging = گدایی اجباری
report-form-forced-crime = مجبور شدن به جرم
report-form-organ-removal = برداشتن اعضای بدن
report-form-other = چیز دیگر
report-form-not-sure = مطمئن نیستم
report-field-municipality = در کدام شهر یا ناحیه؟
report-field-place = دقیقاً کجا؟
    .hint = مثلاً یک سرک، نوع جا، یا نام یک کسب و کار.
report-field-when = چه وقت؟
    .hint = مثلاً "از تابستان گذشته" یا "هر شب".
report-field-what-happened = چه اتفاقی افتاد؟
    .hint = با کلمه‌های خود بنویسید. می‌توانید به هر زبانی بنویسید.
report-field-people = چه کسانی در این کار دست دارند؟
    .hint = مثلاً نام‌ها، لقب‌ها، شکل و قیافه، موترها یا نمبرهای تیلفون.
report-field-contact = آیا مؤسسه می‌تواند با شما تماس بگیرد؟
    .hint = فقط اگر برای شما بی‌خطر است.
report-contact-no-contact = نه، با من تماس نگیرید
report-contact-phone = بلی، با تیلفون
report-contact-email = بلی، با ایمیل
report-field-contact-phone = نمبر تیلفون
report-field-contact-email = آدرس ایمیل
report-field-contact-note = چه وقت و چطور تماس با شما بی‌خطر است؟
    .hint = مثلاً "فقط در روزهای کاری پیش از ساعت 9"، یا "پیام نگذارید".
report-field-language = به کدام زبان می‌خواهید با شما تماس گرفته شود؟
    .hint = مثلاً fr، nl، de، en، ar یا ro.
report-field-checklist-summary = خلاصهٔ جواب‌های شما به سؤال‌های نشانه‌ها
    .hint = فقط اگر می‌خواهید آن را اضافه کنید.

report-outbox-title = گزارش‌ها
report-outbox-empty = در این تیلفون هیچ گزارشی نیست.
report-state-queued = در انتظار
report-state-sending = در حال فرستادن
report-state-sent = فرستاده شد
report-state-failed = به توجه شما نیاز دارد
report-state-expired = فرستاده نشد
report-detail-queued = قفل شده و منتظر انترنت است. خودش فرستاده می‌شود.
report-detail-retrying = کوشش آخر نتیجه نداد. کوشش بعدی تقریباً { $minutes ->
        [one] یک دقیقه
       *[other] { $minutes } دقیقه
    } بعد است.
report-detail-sending = همین حالا فرستاده می‌شود.
report-detail-sent = مؤسسه آن را گرفته است.
report-detail-failed = مؤسسه نتوانست این گزارش را قبول کند. می‌توانید دوباره کوشش کنید یا آن را پاک کنید.
report-detail-expired = به موقع فرستاده نشد و از این تیلفون پاک شد. می‌توانید دوباره آن را بنویسید.
report-age = { $days ->
        [0] امروز
        [1] دیروز
       *[other] { $days } روز پیش
    }
report-action-retry = دوباره کوشش کنید
report-action-delete = پاک کردن

report-error-required = لطفاً بنویسید چه اتفاقی افتاد.
report-error-too-long = این خیلی دراز است. لطفاً آن را کمتر از { $max } حرف نگه دارید.
report-error-phone = این به نمبر تیلفون شباهت ندارد. لطفاً آن را بررسی کنید، اگر بلجیمی نیست با کود کشور.
report-error-email = این به آدرس ایمیل شباهت ندارد. لطفاً آن را بررسی کنید.
report-error-language = لطفاً کود یک زبان را بنویسید، مثلاً fr، nl، de یا en.
report-error-repeated-choice = یک انتخاب دو بار آمده. لطفاً هر کدام را یک بار انتخاب کنید.
report-error-file = فایل گزارش خوانده نمی‌شود (سطر { $line }، ستون { $column }).
report-error-too-large = گزارش برای فرستادن خیلی بزرگ است. لطفاً بعضی جواب‌ها را کوتاه‌تر کنید.
report-error-cannot-delete = این گزارش حالا پاک نمی‌شود: در حال فرستادن است. کمی بعد دوباره کوشش کنید.
report-error-cannot-retry = فقط گزارشی که به توجه شما نیاز دارد دوباره فرستاده می‌شود.
report-error-choice = این انتخاب در لیست نیست. لطفاً دوباره انتخاب کنید.
report-error-not-asked = این سؤال به جواب‌های شما مربوط نمی‌شود. در این جا چیزی نگه داشته نشد.
