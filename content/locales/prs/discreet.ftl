## حالت پنهان. پیام‌های calc-* کلمه‌های خود ماشین حساب پوششی هستند: باید
## کلمه‌های ساده و عادی ماشین حساب بمانند و هیچ چیزی در بارهٔ Lueur نگویند.

calc-decimal-separator = { "." }
calc-error = خطا
calc-unknown-key = دکمهٔ "{ $key }" وجود ندارد.
calc-key-clear = C
calc-key-clear-description = پاک کردن عدد
calc-key-all-clear = AC
calc-key-all-clear-description = پاک کردن همه
calc-key-negate = ±
calc-key-negate-description = تغییر علامه
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
calc-key-equals-description = مساوی
calc-key-decimal-description = اعشاریه

## تنظیمات حالت پنهان

discreet-title = حالت پنهان
discreet-disguise-label = Lueur در تیلفون چگونه دیده شود
discreet-disguise-off = به شکل Lueur
discreet-disguise-calculator = به شکل ماشین حساب
discreet-disguise-explanation = به شکل ماشین حساب، Lueur روی یک ماشین حساب باز می‌شود که واقعاً کار می‌کند. برای باز کردن Lueur، رمز باز کردن را بنویسید و بعد = را فشار دهید. هر عدد دیگر فقط یک نتیجهٔ عادی می‌دهد.
discreet-unlock-code-label = رمز باز کردن
discreet-duress-code-label = رمز عاجل
discreet-code-status-set = تعیین شده
discreet-code-status-not-set = هنوز تعیین نشده
discreet-duress-explanation = اگر کسی شما را مجبور کند که Lueur را باز کنید، به جایش رمز عاجل را بنویسید. آن وقت Lueur خالی باز می‌شود: جواب‌ها و گزارش‌های ذخیره شدهٔ شما نشان داده نمی‌شوند.
discreet-duress-wipes-label = رمز عاجل همچنان هر چیزی را که Lueur ذخیره کرده پاک می‌کند
discreet-code-rules = یک رمز از { $min } تا { $max } عدد دارد. رمزی را انتخاب کنید که دیگران نتوانند حدس بزنند، نه تاریخ تولد خود را.
discreet-code-prompt = رمز نو خود را بنویسید.
discreet-code-confirm-prompt = همان رمز را دوباره بنویسید.
discreet-guess-delay-note = بعد از { $attempts } رمز غلط پشت سر هم، ماشین حساب باز هم کار می‌کند، اما فقط هر { $seconds } ثانیه یک بار رمز را بررسی می‌کند. اگر رمز شما کار نکرد، کمی صبر کنید و دوباره کوشش کنید.
discreet-limits-title = آنچه پوشش نمی‌تواند پنهان کند
discreet-limit-app-list = لیست اپ‌ها در تنظیمات تیلفون هنوز Lueur را نشان می‌دهد.
discreet-limit-store = تاریخچهٔ دانلود در اپ استور نشان می‌دهد که Lueur نصب شده است.
discreet-limit-phone-bill = بل تیلفون می‌تواند زنگ‌ها و پیام‌های کوتاه شما را نشان دهد، مثلاً به یک خط کمک.
discreet-limit-backups = نسخه‌های پشتیبان تیلفون، مثلاً در کلاود، می‌توانند نشان دهند که Lueur نصب است.
discreet-limit-ios-name = در iPhone، نام زیر آیکن "Lueur" باقی می‌ماند. فقط تصویر تغییر می‌کند.
discreet-limit-ios-alert = در iPhone، وقتی آیکن تغییر می‌کند، سیستم یک پیام نشان می‌دهد.
discreet-quick-exit-label = خروج سریع
discreet-quick-exit-explanation = Lueur را فوراً می‌بندد و هر چیزی را که روی صفحه است و ذخیره نشده فراموش می‌کند.
discreet-wipe-label = پاک کردن همه چیز

## پاک کردن فوری

discreet-wipe-title = همه چیز پاک شود؟
discreet-wipe-body = این کار هر چیزی را که Lueur در این تیلفون ذخیره کرده پاک می‌کند: جواب‌های ذخیره شده، گزارش‌ها، تنظیمات و رمزها. این کار برگشت ندارد. بعد از آن، Lueur مثل تازه نصب شده می‌شود.
discreet-wipe-unsent = { $count ->
    [one] یک گزارش هنوز فرستاده نشده. فرستاده نخواهد شد.
   *[other] { $count } گزارش هنوز فرستاده نشده‌اند. فرستاده نخواهند شد.
}
discreet-wipe-confirm = پاک کردن همه چیز
discreet-wipe-cancel = لغو
discreet-wipe-done = هر چیزی که Lueur در این تیلفون ذخیره کرده بود پاک شد.

## خطاها

error-discreet-code-format = یک رمز از 6 تا 8 عدد دارد و هیچ چیز دیگر.
error-discreet-code-mismatch = دو رمز یکسان نیستند. لطفاً از نو شروع کنید.
error-discreet-code-same = رمز عاجل باید با رمز باز کردن فرق داشته باشد.
error-discreet-code-first = لطفاً اول رمز نو را بنویسید، بعد برای تأیید دوباره بنویسید.
error-discreet-code-needed = لطفاً اول یک رمز باز کردن انتخاب کنید. بدون آن، نمی‌توانید Lueur را از پشت ماشین حساب باز کنید.
error-discreet-unlock-first = لطفاً پیش از رمز عاجل، یک رمز باز کردن انتخاب کنید.
error-discreet-disguise-on = لطفاً پیش از برداشتن رمز باز کردن، پوشش ماشین حساب را خاموش کنید.
error-discreet-disguise-unknown = "{ $value }" یک پوشش نیست. "off" (بدون پوشش) یا "calculator" (ماشین حساب) را انتخاب کنید.
error-discreet-wipe-not-confirmed = هیچ چیزی پاک نشد. برای پاک کردن همه چیز، لطفاً اول تأیید کنید.
discreet-code-lock-label = هر بار که Lueur باز می‌شود، رمز باز کردن را بپرسد
discreet-code-lock-explanation = آن وقت Lueur روی صفحهٔ رمز باز می‌شود، حتی بدون ماشین حساب. جواب‌ها و گزارش‌های ذخیره شدهٔ شما تا وقتی رمز نوشته نشود پنهان می‌مانند.
discreet-current-code-prompt = رمز باز کردن فعلی خود را بنویسید.
discreet-limit-call-list = زنگ یا پیام به کسی که کمک می‌کند، در لیست زنگ‌ها یا اپ پیام‌های تیلفون باقی می‌ماند.

## قفل سادهٔ رمز (بدون پوشش)

lock-title = Lueur
lock-prompt = رمز باز کردن خود را بنویسید.
lock-unlock = باز کردن
lock-error-wrong = این رمز Lueur را باز نمی‌کند.
lock-error-wait = رمزهای غلط زیاد. { $seconds } ثانیه صبر کنید، بعد دوباره کوشش کنید.
error-discreet-current-code-wrong = این رمز باز کردن فعلی شما نیست.
