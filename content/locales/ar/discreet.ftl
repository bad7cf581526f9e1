## الوضع السري. رسائل calc-* هي كلمات الآلة الحاسبة المموِّهة: يجب أن تبقى كلمات
## حاسبة عادية لا تقول شيئًا عن Lueur.

calc-decimal-separator = { "." }
calc-error = خطأ
calc-unknown-key = لا يوجد زر "{ $key }".
calc-key-clear = C
calc-key-clear-description = مسح الإدخال
calc-key-all-clear = AC
calc-key-all-clear-description = مسح الكل
calc-key-negate = ±
calc-key-negate-description = تغيير الإشارة
calc-key-percent = %
calc-key-percent-description = نسبة مئوية
calc-key-divide = ÷
calc-key-divide-description = تقسيم
calc-key-multiply = ×
calc-key-multiply-description = ضرب
calc-key-subtract = −
calc-key-subtract-description = ناقص
calc-key-add = +
calc-key-add-description = زائد
calc-key-equals = { "=" }
calc-key-equals-description = يساوي
calc-key-decimal-description = الفاصلة العشرية

## إعدادات الوضع السري

discreet-title = الوضع السري
discreet-disguise-label = كيف يظهر Lueur على الهاتف
discreet-disguise-off = كـ Lueur
discreet-disguise-calculator = كآلة حاسبة
discreet-disguise-explanation = عند اختيار الآلة الحاسبة، يفتح Lueur على آلة حاسبة تعمل فعلًا. لفتح Lueur، اكتب رمز الفتح ثم اضغط =. أي رقم آخر يعطي نتيجة عادية فقط.
discreet-unlock-code-label = رمز الفتح
discreet-duress-code-label = رمز الطوارئ
discreet-code-status-set = تم تحديده
discreet-code-status-not-set = لم يُحدَّد بعد
discreet-duress-explanation = إذا أجبرك أحد على فتح Lueur، اكتب رمز الطوارئ بدلًا من رمز الفتح. عندها يفتح Lueur فارغًا: لا تظهر أجوبتك وبلاغاتك المحفوظة.
discreet-duress-wipes-label = رمز الطوارئ يمسح أيضًا كل ما حفظه Lueur
discreet-code-rules = الرمز فيه من { $min } إلى { $max } أرقام. اختر رمزًا لا يستطيع الآخرون تخمينه، وليس تاريخ ميلادك.
discreet-code-prompt = اكتب رمزك الجديد.
discreet-code-confirm-prompt = اكتب نفس الرمز مرة أخرى.
discreet-guess-delay-note = بعد { $attempts } رموز خاطئة متتالية، تبقى الآلة الحاسبة تعمل، لكنها تفحص رمزًا واحدًا فقط كل { $seconds } ثانية. إذا لم يعمل رمزك، انتظر قليلًا وحاول مرة أخرى.
discreet-limits-title = ما لا يستطيع التمويه إخفاءه
discreet-limit-app-list = قائمة التطبيقات في إعدادات الهاتف ما زالت تُظهر Lueur.
discreet-limit-store = سجل التنزيل في متجر التطبيقات يُظهر أن Lueur تم تثبيته.
discreet-limit-phone-bill = فاتورة الهاتف قد تُظهر مكالماتك ورسائلك النصية، مثلًا إلى خط مساعدة.
discreet-limit-backups = النسخ الاحتياطية للهاتف، مثلًا في السحابة، قد تُظهر أن Lueur مثبَّت.
discreet-limit-ios-name = على iPhone، يبقى الاسم تحت الأيقونة "Lueur". الصورة فقط هي التي تتغير.
discreet-limit-ios-alert = على iPhone، يُظهر النظام رسالة عندما تتغير الأيقونة.
discreet-quick-exit-label = خروج سريع
discreet-quick-exit-explanation = يغلق Lueur فورًا وينسى كل ما على الشاشة ولم يُحفظ.
discreet-wipe-label = مسح كل شيء

## المسح في حالة الخطر

discreet-wipe-title = هل تريد مسح كل شيء؟
discreet-wipe-body = هذا يمسح كل ما حفظه Lueur على هذا الهاتف: الأجوبة المحفوظة، والبلاغات، والإعدادات، والرموز. لا يمكن التراجع عن ذلك. بعدها يصبح Lueur كأنه مثبَّت من جديد.
discreet-wipe-unsent = { $count ->
    [one] هناك بلاغ واحد لم يُرسَل بعد. لن يُرسَل.
    [two] هناك بلاغان لم يُرسَلا بعد. لن يُرسَلا.
    [few] هناك { $count } بلاغات لم تُرسَل بعد. لن تُرسَل.
   *[other] هناك { $count } بلاغًا لم تُرسَل بعد. لن تُرسَل.
}
discreet-wipe-confirm = مسح كل شيء
discreet-wipe-cancel = إلغاء
discreet-wipe-done = تم مسح كل ما حفظه Lueur على هذا الهاتف.

## الأخطاء

error-discreet-code-format = الرمز فيه من 6 إلى 8 أرقام، ولا شيء غير ذلك.
error-discreet-code-mismatch = الرمزان غير متطابقين. من فضلك ابدأ من جديد.
error-discreet-code-same = يجب أن يكون رمز الطوارئ مختلفًا عن رمز الفتح.
error-discreet-code-first = من فضلك اكتب الرمز الجديد أولًا، ثم اكتبه مرة أخرى للتأكيد.
error-discreet-code-needed = من فضلك اختر رمز فتح أولًا. بدونه لا تستطيع فتح Lueur من وراء الآلة الحاسبة.
error-discreet-unlock-first = من فضلك اختر رمز الفتح قبل رمز الطوارئ.
error-discreet-disguise-on = من فضلك أوقف تمويه الآلة الحاسبة قبل أن تحذف رمز الفتح.
error-discreet-disguise-unknown = "{ $value }" ليس تمويهًا. اختر "off" (بدون تمويه) أو "calculator" (آلة حاسبة).
error-discreet-wipe-not-confirmed = لم يُمسح أي شيء. لمسح كل شيء، من فضلك أكّد أولًا.
discreet-code-lock-label = اطلب رمز الفتح في كل مرة يُفتح فيها Lueur
discreet-code-lock-explanation = عندها يفتح Lueur على شاشة الرمز، حتى بدون الآلة الحاسبة. تبقى أجوبتك وبلاغاتك المحفوظة مخفية حتى يُكتب الرمز.
discreet-current-code-prompt = اكتب رمز الفتح الحالي.
discreet-limit-call-list = المكالمة أو الرسالة إلى شخص يساعدك تبقى في قائمة المكالمات أو في تطبيق الرسائل في الهاتف.

## قفل الرمز العادي (بدون تمويه)

lock-title = Lueur
lock-prompt = اكتب رمز الفتح.
lock-unlock = فتح
lock-error-wrong = هذا الرمز لا يفتح Lueur.
lock-error-wait = رموز خاطئة كثيرة. انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
error-discreet-current-code-wrong = هذا ليس رمز الفتح الحالي.
