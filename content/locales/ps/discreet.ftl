## پټ حالت. د calc-* پیغامونه د پوښښي حساب ماشین خپلې کلمې دي: باید د حساب
## ماشین ساده کلمې پاتې شي او د Lueur په اړه هېڅ ونه وایي.

calc-decimal-separator = { "." }
calc-error = تېروتنه
calc-unknown-key = "{ $key }" تڼۍ نشته.
calc-key-clear = C
calc-key-clear-description = ننوتل پاکول
calc-key-all-clear = AC
calc-key-all-clear-description = ټول پاکول
calc-key-negate = ±
calc-key-negate-description = نښه بدلول
calc-key-percent = %
calc-key-percent-description = سلنه
calc-key-divide = ÷
calc-key-divide-description = وېش
calc-key-multiply = ×
calc-key-multiply-description = ضرب
calc-key-subtract = −
calc-key-subtract-description = منفي
calc-key-add = +
calc-key-add-description = جمع
calc-key-equals = { "=" }
calc-key-equals-description = مساوي
calc-key-decimal-description = اعشاري نقطه

## د پټ حالت ترتیبات

discreet-title = پټ حالت
discreet-disguise-label = Lueur په ټیلیفون کې څنګه ښکاري
discreet-disguise-off = د Lueur په بڼه
discreet-disguise-calculator = د حساب ماشین په بڼه
discreet-disguise-explanation = د حساب ماشین په بڼه، Lueur په داسې حساب ماشین پرانیستل کېږي چې رښتیا کار کوي. د Lueur د پرانیستلو لپاره، خپل د پرانیستلو کوډ ولیکئ او بیا = کېکاږئ. هره بله شمېره یوازې عادي پایله ورکوي.
discreet-unlock-code-label = د پرانیستلو کوډ
discreet-duress-code-label = بیړنی کوډ
discreet-code-status-set = ټاکل شوی
discreet-code-status-not-set = لا نه دی ټاکل شوی
discreet-duress-explanation = که څوک تاسو مجبور کړي چې Lueur پرانیزئ، د هغه پر ځای بیړنی کوډ ولیکئ. بیا Lueur خالي پرانیستل کېږي: ستاسو ساتل شوي ځوابونه او راپورونه نه ښودل کېږي.
discreet-duress-wipes-label = بیړنی کوډ هغه ټول شیان هم پاکوي چې Lueur ساتلي دي
discreet-code-rules = یو کوډ له { $min } تر { $max } عددونو لري. داسې کوډ وټاکئ چې نور یې اټکل نه شي کولی، خپله د زېږېدو نېټه مه ټاکئ.
discreet-code-prompt = خپل نوی کوډ ولیکئ.
discreet-code-confirm-prompt = همغه کوډ بیا ولیکئ.
discreet-guess-delay-note = له { $attempts } پرله پسې غلطو کوډونو وروسته، حساب ماشین کار ته دوام ورکوي، خو هر { $seconds } ثانیې کې یوازې یو ځل کوډ ګوري. که ستاسو کوډ کار ونه کړ، لږ انتظار وکړئ او بیا هڅه وکړئ.
discreet-limits-title = هغه څه چې پوښښ یې نه شي پټولی
discreet-limit-app-list = د ټیلیفون په ترتیباتو کې د اپونو لېست لا هم Lueur ښیي.
discreet-limit-store = د اپ سټور د ډاونلوډ تاریخچه ښیي چې Lueur نصب شوی و.
discreet-limit-phone-bill = د ټیلیفون بل کولی شي ستاسو زنګونه او لنډ پیغامونه وښیي، د بېلګې په توګه د مرستې کرښې ته.
discreet-limit-backups = د ټیلیفون بېک اپ، د بېلګې په توګه په کلاوډ کې، کولی شي وښیي چې Lueur نصب دی.
discreet-limit-ios-name = په iPhone کې، د آیکن لاندې نوم "Lueur" پاتې کېږي. یوازې انځور بدلېږي.
discreet-limit-ios-alert = په iPhone کې، کله چې آیکن بدل شي، سیستم یو پیغام ښیي.
discreet-quick-exit-label = چټک وتل
discreet-quick-exit-explanation = Lueur سمدستي بندوي او په سکرین کې هر هغه څه هېروي چې نه وي ساتل شوي.
discreet-wipe-label = هر څه پاکول

## بیړنی پاکول

discreet-wipe-title = ټول شیان پاک شي؟
discreet-wipe-body = دا هغه ټول شیان پاکوي چې Lueur په دې ټیلیفون کې ساتلي دي: ساتل شوي ځوابونه، راپورونه، ترتیبات او کوډونه. دا بېرته نه شي راګرځېدلی. وروسته، Lueur داسې کېږي لکه نوی چې نصب شوی وي.
discreet-wipe-unsent = { $count ->
    [one] یو راپور لا نه دی لېږل شوی. هغه به ونه لېږل شي.
   *[other] { $count } راپورونه لا نه دي لېږل شوي. هغوی به ونه لېږل شي.
}
discreet-wipe-confirm = هر څه پاکول
discreet-wipe-cancel = لغوه کول
discreet-wipe-done = هغه ټول شیان چې Lueur په دې ټیلیفون کې ساتلي وو، پاک شول.

## تېروتنې

error-discreet-code-format = یو کوډ له 6 تر 8 عددونو لري او بل هېڅ نه.
error-discreet-code-mismatch = دواړه کوډونه یو شان نه دي. مهرباني وکړئ له سره پیل وکړئ.
error-discreet-code-same = بیړنی کوډ باید د پرانیستلو له کوډ څخه توپیر ولري.
error-discreet-code-first = مهرباني وکړئ لومړی نوی کوډ ولیکئ، بیا یې د تایید لپاره بیا ولیکئ.
error-discreet-code-needed = مهرباني وکړئ لومړی د پرانیستلو کوډ وټاکئ. له هغه پرته، تاسو نه شئ کولی Lueur د حساب ماشین له شا پرانیزئ.
error-discreet-unlock-first = مهرباني وکړئ د بیړني کوډ نه مخکې د پرانیستلو کوډ وټاکئ.
error-discreet-disguise-on = مهرباني وکړئ د پرانیستلو کوډ لرې کولو نه مخکې د حساب ماشین پوښښ بند کړئ.
error-discreet-disguise-unknown = "{ $value }" پوښښ نه دی. "off" (پرته له پوښښه) یا "calculator" (حساب ماشین) وټاکئ.
error-discreet-wipe-not-confirmed = هېڅ شی پاک نه شو. د ټولو شیانو د پاکولو لپاره، مهرباني وکړئ لومړی تایید کړئ.
discreet-code-lock-label = هر ځل چې Lueur پرانیستل کېږي، د پرانیستلو کوډ وغواړه
discreet-code-lock-explanation = بیا Lueur د کوډ په سکرین پرانیستل کېږي، حتی پرته له حساب ماشین. ستاسو ساتل شوي ځوابونه او راپورونه تر هغه پټ پاتې کېږي چې کوډ ولیکل شي.
discreet-current-code-prompt = خپل اوسنی د پرانیستلو کوډ ولیکئ.
discreet-limit-call-list = هغه زنګ یا پیغام چې مرسته کوونکي ته کېږي، د ټیلیفون د زنګونو په لېست یا د پیغامونو په اپ کې پاتې کېږي.

## ساده کوډ قلف (پرته له پوښښه)

lock-title = Lueur
lock-prompt = خپل د پرانیستلو کوډ ولیکئ.
lock-unlock = پرانیستل
lock-error-wrong = دا کوډ Lueur نه پرانیزي.
lock-error-wait = ډېر غلط کوډونه. { $seconds } ثانیې انتظار وکړئ، بیا هڅه وکړئ.
error-discreet-current-code-wrong = دا ستاسو اوسنی د پرانیستلو کوډ نه دی.
