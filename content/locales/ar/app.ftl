## الصفحة الرئيسية

home-title = Lueur
home-intro = معلومات ومساعدة حول الاتجار بالبشر في بلجيكا. التطبيق يعمل بدون إنترنت.
home-danger-title = هل أنت في خطر الآن؟
home-danger-text = إذا كانت حياتك أو حياة شخص آخر في خطر، اطلب المساعدة الآن أو اذهب إلى أقرب مركز شرطة.
home-action-help-now = اطلب المساعدة الآن
home-action-help-now-hint = منظمات وأرقام هواتف يمكنها مساعدتك.
home-action-check-me = أسئلة عن وضعي
home-action-check-me-hint = بعض الأسئلة عن وضعك. أجوبتك تبقى على هذا الهاتف.
home-action-check-other = أسئلة عن شخص أعرفه
home-action-check-other-hint = بعض الأسئلة عن وضع شخص أنت قلق عليه.
home-action-learn = معلومات
home-action-learn-hint = ما هو الاتجار بالبشر، وما علاماته، وما هي حقوقك.
home-action-contacts = جهات الاتصال
home-action-contacts-hint = المراكز المتخصصة، وخطوط المساعدة، والشرطة.
home-action-report = الإبلاغ عن وضع
home-action-report-hint = اكتب بلاغًا سريًا. يُرسَل عندما يكون هناك اتصال بالإنترنت.
home-action-search = بحث
home-action-outbox = بلاغات تنتظر الإرسال
home-action-calculator = آلة حاسبة
home-action-settings = الإعدادات
home-notice-data-reset = لم يستطع Lueur قراءة البيانات المحفوظة على هذا الهاتف، فبدأ من جديد ببيانات فارغة. ربما ضاعت إعداداتك والبلاغات التي كانت تنتظر الإرسال.
home-notice-storage-unavailable = لا يستطيع Lueur حفظ أي شيء على هذا الهاتف الآن، مثلًا لأن الذاكرة ممتلئة. ما زال بإمكانك قراءة كل شيء وطلب المساعدة.

## التنقل (القوائم)

nav-choose = اكتب رقمًا واضغط Enter:
nav-back = رجوع
nav-quit = إغلاق
nav-invalid-choice = من فضلك اكتب أحد الأرقام الظاهرة.
nav-no-app = لا يوجد تطبيق على هذا الهاتف يمكنه القيام بذلك.

## معلومات: قائمة المقالات والمقالة

articles-title = معلومات
articles-intro = نصوص قصيرة لفهم الاتجار بالبشر وللعثور على المساعدة.
article-reviewed = تم التحقق من المعلومات في { $date }.
article-review-pending = لم يراجع هذه الترجمة بعد شخص لغته الأم العربية.
article-sources = المصادر

date-long = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }

## جهات الاتصال: القائمة والتصفية والتفاصيل

contacts-title = من يمكنه المساعدة
contacts-intro = المراكز المتخصصة تحافظ على سرية ما تقوله لها. الشرطة ورقم 112 للحالات الطارئة.
contacts-filter-city = المدينة أو المنطقة
contacts-filter-kind = نوع الخدمة
contacts-filter-language = اللغة المستعملة
contacts-filtered-by = التصفية حسب: { $filters }
contacts-nationwide = متوفرة في كل بلجيكا
contacts-empty = لا توجد خدمة تناسب هذه التصفية. يمكنك حذف تصفية أو رؤية القائمة كلها.
contacts-empty-place = لم نجد خدمة في هذا المكان. الخدمات التالية يمكنها مساعدتك أينما كنت في بلجيكا.
contacts-languages-not-listed = { $count ->
        [one] هناك خدمة واحدة لا نعرف اللغات التي تتكلمها، لذلك لا تظهر لهذه اللغة. ما زال بإمكانك الاتصال بها والسؤال.
        [two] هناك خدمتان لا نعرف اللغات التي تتكلمانها، لذلك لا تظهران لهذه اللغة. ما زال بإمكانك الاتصال بهما والسؤال.
        [few] هناك { $count } خدمات لا نعرف اللغات التي تتكلمها، لذلك لا تظهر لهذه اللغة. ما زال بإمكانك الاتصال بها والسؤال.
       *[other] هناك { $count } خدمة لا نعرف اللغات التي تتكلمها، لذلك لا تظهر لهذه اللغة. ما زال بإمكانك الاتصال بها والسؤال.
    }
contact-for-minors = للأطفال والشباب
contact-languages = اللغات المستعملة: { $languages }
contact-languages-not-listed = اللغات المستعملة غير مذكورة.
contact-serves = تعمل في: { $regions }
contact-address = العنوان
contact-country = بلجيكا
contact-call-note = المكالمة أو الرسالة النصية تظهر في سجل هاتفك. يمكنك حذفها بعد ذلك، لكن قد يلاحظ أحد أن شيئًا ناقص، وقد تظهر المكالمة في فاتورة الهاتف. إذا استطعت، استعمل هاتفًا لا يفتشه أحد.

action-call = اتصل بـ { $number }
action-sms = أرسل رسالة نصية إلى { $number }
action-email = اكتب إلى { $address }
action-website = افتح { $site }
action-map = أظهر على الخريطة

language-name = { $code ->
        [fr] الفرنسية
        [nl] الهولندية
        [de] الألمانية
        [en] الإنجليزية
        [ar] العربية
        [es] الإسبانية
        [pt] البرتغالية
        [ro] الرومانية
        [bg] البلغارية
        [pl] البولندية
        [ru] الروسية
        [uk] الأوكرانية
        [tr] التركية
        [zh] الصينية
       *[other] { $code }
    }

## البحث

search-title = بحث
search-placeholder = ابحث في المقالات وجهات الاتصال
search-hint = اكتب كلمة للبحث، مثلًا "عمل" أو "بروكسل".
search-empty = لم نجد شيئًا. جرّب كلمة أخرى، أو انظر إلى قائمة جهات الاتصال.
search-results = { $count ->
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
       *[other] { $count } نتيجة
    }
search-kind-article = مقالة
search-kind-contact = جهة اتصال

## الإعدادات ومعلومات عن التطبيق

settings-title = الإعدادات
settings-language = اللغة
settings-locale-own-name = العربية
settings-about = عن Lueur
settings-about-text = يقدم Lueur معلومات عن الاتجار بالبشر في بلجيكا ويدلّك على أماكن المساعدة. يعمل بدون إنترنت ولا يرسل أي شيء، إلا إذا أرسلت أنت بلاغًا بنفسك.
settings-app-version = نسخة التطبيق
settings-content-version = نسخة المحتوى
settings-content-date = تاريخ التحقق من المعلومات

## الأخطاء

error-not-found = هذه الصفحة غير موجودة. من فضلك ارجع واختر مرة أخرى.
error-not-now = هذا غير ممكن الآن. من فضلك حاول مرة أخرى.
error-storage = لا يستطيع Lueur قراءة بياناته أو حفظها على هذا الهاتف الآن. تأكد من وجود مساحة فارغة، ثم حاول مرة أخرى.
error-content = لا يمكن قراءة المعلومات في هذا التطبيق. من فضلك ثبّت التطبيق من جديد.
error-internal = حدث خطأ داخل Lueur. إذا تكرر ذلك، من فضلك ثبّت التطبيق من جديد.
error-endpoint-refused = هذا العنوان لا يستطيع استقبال البلاغات: { $reason }
error-unknown-locale = هذه اللغة غير متوفرة. يمكنك اختيار الفرنسية أو الهولندية أو الألمانية أو الإنجليزية.

## ما يتركه كل إجراء في تطبيقات الهاتف

action-trace-call = تبقى المكالمة في قائمة المكالمات في الهاتف.
action-trace-sms = تبقى الرسالة في تطبيق الرسائل في الهاتف.
action-trace-email = تبقى الرسالة الإلكترونية في البريد المرسَل في تطبيق البريد.
action-trace-website = يفتح الموقع داخل Lueur ولا يظهر في سجل المتصفح.
action-trace-map = قد يبقى العنوان في سجل تطبيق الخرائط.
