## خفیہ موڈ۔ calc-* پیغامات کیلکولیٹر کے بھیس کے اپنے الفاظ ہیں: انہیں عام
## کیلکولیٹر کے الفاظ ہی رہنا چاہیے جو Lueur کے بارے میں کچھ نہ بتائیں۔

calc-decimal-separator = { "." }
calc-error = غلطی
calc-unknown-key = "{ $key }" کا کوئی بٹن نہیں ہے۔
calc-key-clear = C
calc-key-clear-description = اندراج مٹائیں
calc-key-all-clear = AC
calc-key-all-clear-description = سب مٹائیں
calc-key-negate = ±
calc-key-negate-description = نشان بدلیں
calc-key-percent = %
calc-key-percent-description = فیصد
calc-key-divide = ÷
calc-key-divide-description = تقسیم
calc-key-multiply = ×
calc-key-multiply-description = ضرب
calc-key-subtract = −
calc-key-subtract-description = منفی
calc-key-add = +
calc-key-add-description = جمع
calc-key-equals = { "=" }
calc-key-equals-description = برابر
calc-key-decimal-description = اعشاریہ

## خفیہ موڈ کی سیٹنگز

discreet-title = خفیہ موڈ
discreet-disguise-label = Lueur فون پر کیسا نظر آئے
discreet-disguise-off = Lueur کی طرح
discreet-disguise-calculator = کیلکولیٹر کی طرح
discreet-disguise-explanation = کیلکولیٹر کی طرح ہونے پر، Lueur ایک ایسے کیلکولیٹر پر کھلتا ہے جو واقعی کام کرتا ہے۔ Lueur کھولنے کے لیے اپنا ان لاک کوڈ لکھیں اور پھر = دبائیں۔ کوئی اور نمبر صرف عام نتیجہ دیتا ہے۔
discreet-unlock-code-label = ان لاک کوڈ
discreet-duress-code-label = ایمرجنسی کوڈ
discreet-code-status-set = مقرر ہے
discreet-code-status-not-set = ابھی مقرر نہیں
discreet-duress-explanation = اگر کوئی آپ کو Lueur کھولنے پر مجبور کرے تو اس کی جگہ ایمرجنسی کوڈ لکھیں۔ پھر Lueur خالی کھلتا ہے: آپ کے محفوظ جواب اور رپورٹیں نظر نہیں آتیں۔
discreet-duress-wipes-label = ایمرجنسی کوڈ وہ سب کچھ بھی مٹا دیتا ہے جو Lueur نے محفوظ کیا ہے
discreet-code-rules = کوڈ میں { $min } سے { $max } ہندسے ہوتے ہیں۔ ایسا کوڈ چنیں جس کا دوسرے لوگ اندازہ نہ لگا سکیں، اپنی تاریخ پیدائش نہیں۔
discreet-code-prompt = اپنا نیا کوڈ لکھیں۔
discreet-code-confirm-prompt = وہی کوڈ دوبارہ لکھیں۔
discreet-guess-delay-note = لگاتار { $attempts } غلط کوڈز کے بعد کیلکولیٹر کام کرتا رہتا ہے، لیکن ہر { $seconds } سیکنڈ میں صرف ایک بار کوڈ جانچتا ہے۔ اگر آپ کا کوڈ کام نہ کرے تو تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔
discreet-limits-title = بھیس کیا نہیں چھپا سکتا
discreet-limit-app-list = فون کی سیٹنگز میں ایپس کی فہرست میں Lueur پھر بھی نظر آتا ہے۔
discreet-limit-store = ایپ اسٹور کی ڈاؤن لوڈ ہسٹری دکھاتی ہے کہ Lueur انسٹال کیا گیا تھا۔
discreet-limit-phone-bill = فون کا بل آپ کی کالیں اور ایس ایم ایس دکھا سکتا ہے، مثلاً کسی ہیلپ لائن کو۔
discreet-limit-backups = فون کے بیک اپ، مثلاً کلاؤڈ میں، دکھا سکتے ہیں کہ Lueur انسٹال ہے۔
discreet-limit-ios-name = iPhone پر آئیکن کے نیچے نام "Lueur" ہی رہتا ہے۔ صرف تصویر بدلتی ہے۔
discreet-limit-ios-alert = iPhone پر جب آئیکن بدلتا ہے تو سسٹم ایک پیغام دکھاتا ہے۔
discreet-quick-exit-label = فوری باہر نکلیں
discreet-quick-exit-explanation = Lueur کو فوراً بند کر دیتا ہے اور اسکرین پر موجود ہر وہ چیز بھول جاتا ہے جو محفوظ نہیں کی گئی۔
discreet-wipe-label = سب کچھ مٹا دیں

## فوری مٹانا

discreet-wipe-title = سب کچھ مٹا دیں؟
discreet-wipe-body = یہ وہ سب کچھ مٹا دیتا ہے جو Lueur نے اس فون پر محفوظ کیا ہے: محفوظ جواب، رپورٹیں، سیٹنگز اور کوڈز۔ یہ واپس نہیں ہو سکتا۔ اس کے بعد Lueur ایسا ہو جاتا ہے جیسے نیا انسٹال کیا گیا ہو۔
discreet-wipe-unsent = { $count ->
    [one] ایک رپورٹ ابھی نہیں بھیجی گئی۔ وہ نہیں بھیجی جائے گی۔
   *[other] { $count } رپورٹیں ابھی نہیں بھیجی گئیں۔ وہ نہیں بھیجی جائیں گی۔
}
discreet-wipe-confirm = سب کچھ مٹا دیں
discreet-wipe-cancel = منسوخ کریں
discreet-wipe-done = Lueur نے اس فون پر جو کچھ محفوظ کیا تھا، سب مٹا دیا گیا ہے۔

## غلطیاں

error-discreet-code-format = کوڈ میں 6 سے 8 ہندسے ہوتے ہیں اور کچھ نہیں۔
error-discreet-code-mismatch = دونوں کوڈ ایک جیسے نہیں ہیں۔ براہ کرم دوبارہ شروع کریں۔
error-discreet-code-same = ایمرجنسی کوڈ ان لاک کوڈ سے مختلف ہونا چاہیے۔
error-discreet-code-first = براہ کرم پہلے نیا کوڈ لکھیں، پھر تصدیق کے لیے دوبارہ لکھیں۔
error-discreet-code-needed = براہ کرم پہلے ایک ان لاک کوڈ چنیں۔ اس کے بغیر آپ کیلکولیٹر کے پیچھے سے Lueur نہیں کھول سکیں گے۔
error-discreet-unlock-first = براہ کرم ایمرجنسی کوڈ سے پہلے ان لاک کوڈ چنیں۔
error-discreet-disguise-on = براہ کرم ان لاک کوڈ ہٹانے سے پہلے کیلکولیٹر کا بھیس بند کریں۔
error-discreet-disguise-unknown = "{ $value }" کوئی بھیس نہیں ہے۔ "off" (بھیس کے بغیر) یا "calculator" (کیلکولیٹر) چنیں۔
error-discreet-wipe-not-confirmed = کچھ نہیں مٹایا گیا۔ سب کچھ مٹانے کے لیے براہ کرم پہلے تصدیق کریں۔
discreet-code-lock-label = جب بھی Lueur کھلے، ان لاک کوڈ پوچھے
discreet-code-lock-explanation = پھر Lueur کوڈ والی اسکرین پر کھلتا ہے، کیلکولیٹر کے بغیر بھی۔ آپ کے محفوظ جواب اور رپورٹیں کوڈ لکھنے تک چھپی رہتی ہیں۔
discreet-current-code-prompt = اپنا موجودہ ان لاک کوڈ لکھیں۔
discreet-limit-call-list = کسی مدد کرنے والے کو کی گئی کال یا پیغام فون کی کال لسٹ یا میسجز ایپ میں رہتا ہے۔

## سادہ کوڈ لاک (بھیس کے بغیر)

lock-title = Lueur
lock-prompt = اپنا ان لاک کوڈ لکھیں۔
lock-unlock = کھولیں
lock-error-wrong = یہ کوڈ Lueur نہیں کھولتا۔
lock-error-wait = بہت زیادہ غلط کوڈ۔ { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-discreet-current-code-wrong = یہ آپ کا موجودہ ان لاک کوڈ نہیں ہے۔
