## البلاغ السري: الاستمارة، وصندوق الإرسال، ورسائلهما.

report-form-title = اكتب بلاغًا سريًا
report-form-intro = اكتب ما تعرفه. هذه ليست شكوى إلى الشرطة. المطلوب فقط "ماذا حدث"؛ اترك أي شيء لا تريد قوله.
report-form-privacy = بلاغك يُقفل على هذا الهاتف قبل حفظه. المنظمة التي تستقبله هي وحدها التي تستطيع فتحه. يُرسَل البلاغ عندما يكون هناك اتصال بالإنترنت، حتى لو كان ذلك لاحقًا.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = بلاغك يذهب إلى { $organisation }. هذه ليست شكوى إلى الشرطة، ولا يذهب البلاغ إلى stoptraite.be. إذا كنت في خطر الآن، اتصل بـ 112 أو 101.
report-development-key = نسخة تجريبية: البلاغات تُقفل بمفتاح تجريبي عام. لا تكتب معلومات حقيقية في هذه النسخة.
report-send = أرسل البلاغ
report-skip-hint = اضغط Enter للتخطي.
report-choose-one-hint = اكتب رقمًا واحدًا.
report-choose-many-hint = اكتب رقمًا واحدًا أو أكثر، مع مسافة بين الأرقام.

report-field-about = عمّن يتحدث هذا البلاغ؟
report-about-me = عني أنا
report-about-someone-else = عن شخص آخر
report-field-forms = ما نوع هذا الوضع؟
    .hint = يمكنك اختيار أكثر من جواب، أو "لست متأكدًا".
report-form-sexual = دعارة بالإكراه أو استغلال جنسي
report-form-labour = عمل في ظروف سيئة جدًا أو بدون أجر
report-form-begging = تسوّل بالإكراه
report-form-forced-crime = إجبار على ارتكاب جرائم
report-form-organ-removal = نزع الأعضاء
report-form-other = شيء آخر
report-form-not-sure = لست متأكدًا
report-field-municipality = في أي مدينة أو بلدية؟
report-field-place = أين بالضبط؟
    .hint = مثلًا شارع، أو نوع المكان، أو اسم محل أو شركة.
report-field-when = متى؟
    .hint = مثلًا "منذ الصيف الماضي" أو "كل ليلة".
report-field-what-happened = ماذا حدث؟
    .hint = اكتب بكلماتك أنت. يمكنك الكتابة بأي لغة.
report-field-people = من هم الأشخاص المعنيون؟
    .hint = مثلًا الأسماء، أو الألقاب، أو أشكالهم، أو السيارات، أو أرقام الهواتف.
report-field-contact = هل يمكن للمنظمة أن تتصل بك؟
    .hint = فقط إذا كان ذلك آمنًا لك.
report-contact-no-contact = لا، لا تتصلوا بي
report-contact-phone = نعم، بالهاتف
report-contact-email = نعم، بالبريد الإلكتروني
report-field-contact-phone = رقم الهاتف
report-field-contact-email = عنوان البريد الإلكتروني
report-field-contact-note = متى وكيف يكون الاتصال بك آمنًا؟
    .hint = مثلًا "فقط في أيام الأسبوع قبل الساعة 9"، أو "لا تتركوا رسالة".
report-field-language = بأي لغة تحب أن يتصلوا بك؟
    .hint = مثلًا fr أو nl أو de أو en أو ar أو ro.
report-field-checklist-summary = ملخص أجوبتك على أسئلة العلامات
    .hint = فقط إذا أردت إضافته.

report-outbox-title = البلاغات
report-outbox-empty = لا توجد بلاغات على هذا الهاتف.
report-state-queued = في الانتظار
report-state-sending = يُرسَل الآن
report-state-sent = أُرسِل
report-state-failed = يحتاج إلى انتباهك
report-state-expired = لم يُرسَل
report-detail-queued = مقفل وينتظر الاتصال بالإنترنت. سيُرسَل وحده.
report-detail-retrying = المحاولة الأخيرة لم تنجح. المحاولة القادمة بعد { $minutes ->
        [one] دقيقة واحدة تقريبًا
        [two] دقيقتين تقريبًا
        [few] { $minutes } دقائق تقريبًا
       *[other] { $minutes } دقيقة تقريبًا
    }.
report-detail-sending = يُرسَل الآن.
report-detail-sent = استلمته المنظمة.
report-detail-failed = لم تستطع المنظمة قبول هذا البلاغ. يمكنك المحاولة مرة أخرى أو حذفه.
report-detail-expired = لم يمكن إرساله في الوقت المحدد، فحُذف من هذا الهاتف. يمكنك كتابته مرة أخرى.
report-age = { $days ->
        [0] اليوم
        [1] أمس
        [two] قبل يومين
        [few] قبل { $days } أيام
       *[other] قبل { $days } يوم
    }
report-action-retry = حاول مرة أخرى
report-action-delete = حذف

report-error-required = من فضلك اكتب ماذا حدث.
report-error-too-long = هذا طويل جدًا. من فضلك اجعله أقل من { $max } حرف.
report-error-phone = هذا لا يبدو رقم هاتف. من فضلك تحقق منه، مع رمز البلد إذا لم يكن رقمًا بلجيكيًا.
report-error-email = هذا لا يبدو عنوان بريد إلكتروني. من فضلك تحقق منه.
report-error-language = من فضلك اكتب رمز لغة، مثلًا fr أو nl أو de أو en.
report-error-repeated-choice = أحد الاختيارات مكتوب مرتين. من فضلك اختر كل واحد مرة واحدة.
report-error-file = لا يمكن قراءة ملف البلاغ (السطر { $line }، العمود { $column }).
report-error-too-large = البلاغ كبير جدًا ولا يمكن إرساله. من فضلك اجعل بعض الأجوبة أقصر.
report-error-cannot-delete = لا يمكن حذف هذا البلاغ الآن: إنه يُرسَل. حاول مرة أخرى بعد قليل.
report-error-cannot-retry = يمكن إعادة المحاولة فقط لبلاغ يحتاج إلى انتباهك.
report-error-choice = هذا الاختيار ليس في القائمة. من فضلك اختر مرة أخرى.
report-error-not-asked = هذا السؤال لا ينطبق على أجوبتك. لم يُحفظ أي شيء هنا.
