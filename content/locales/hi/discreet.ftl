## छिपा मोड। calc-* संदेश नकली कैलकुलेटर के अपने शब्द हैं: ये सीधे-सादे कैलकुलेटर
## के शब्द ही रहें, जो Lueur के बारे में कुछ न बताएँ।

calc-decimal-separator = { "." }
calc-error = त्रुटि
calc-unknown-key = "{ $key }" नाम का कोई बटन नहीं है।
calc-key-clear = C
calc-key-clear-description = एंट्री मिटाएँ
calc-key-all-clear = AC
calc-key-all-clear-description = सब मिटाएँ
calc-key-negate = ±
calc-key-negate-description = चिह्न बदलें
calc-key-percent = %
calc-key-percent-description = प्रतिशत
calc-key-divide = ÷
calc-key-divide-description = भाग
calc-key-multiply = ×
calc-key-multiply-description = गुणा
calc-key-subtract = −
calc-key-subtract-description = घटाना
calc-key-add = +
calc-key-add-description = जोड़
calc-key-equals = { "=" }
calc-key-equals-description = बराबर
calc-key-decimal-description = दशमलव बिंदु

## छिपे मोड की सेटिंग्स

discreet-title = छिपा मोड
discreet-disguise-label = फ़ोन पर Lueur कैसा दिखे
discreet-disguise-off = Lueur की तरह
discreet-disguise-calculator = कैलकुलेटर की तरह
discreet-disguise-explanation = कैलकुलेटर की तरह, Lueur एक सच में चलने वाले कैलकुलेटर के रूप में खुलता है। Lueur खोलने के लिए अपना अनलॉक कोड लिखें और फिर = दबाएँ। कोई और नंबर बस सामान्य नतीजा देता है।
discreet-unlock-code-label = अनलॉक कोड
discreet-duress-code-label = आपातकालीन कोड
discreet-code-status-set = सेट है
discreet-code-status-not-set = अभी सेट नहीं है
discreet-duress-explanation = अगर कोई आपको Lueur खोलने के लिए मजबूर करे, तो उसकी जगह आपातकालीन कोड लिखें। तब Lueur खाली खुलता है: आपके सेव किए जवाब और रिपोर्टें नहीं दिखतीं।
discreet-duress-wipes-label = आपातकालीन कोड Lueur में सेव सब कुछ भी मिटा देता है
discreet-code-rules = कोड में { $min } से { $max } अंक होते हैं। ऐसा कोड चुनें जिसका दूसरे लोग अंदाज़ा न लगा सकें, अपनी जन्म-तारीख नहीं।
discreet-code-prompt = अपना नया कोड लिखें।
discreet-code-confirm-prompt = वही कोड फिर से लिखें।
discreet-guess-delay-note = लगातार { $attempts } गलत कोड के बाद, कैलकुलेटर चलता रहता है, लेकिन हर { $seconds } सेकंड में सिर्फ़ एक बार कोड जाँचता है। अगर आपका कोड काम न करे, तो थोड़ा रुकें और फिर से कोशिश करें।
discreet-limits-title = यह छिपाव क्या नहीं छिपा सकता
discreet-limit-app-list = फ़ोन की सेटिंग्स में ऐप्स की सूची में Lueur फिर भी दिखता है।
discreet-limit-store = ऐप स्टोर की डाउनलोड हिस्ट्री दिखाती है कि Lueur इंस्टॉल किया गया था।
discreet-limit-phone-bill = फ़ोन के बिल में आपकी कॉल और मैसेज दिख सकते हैं, जैसे किसी हेल्पलाइन पर।
discreet-limit-backups = फ़ोन के बैकअप, जैसे क्लाउड में, दिखा सकते हैं कि Lueur इंस्टॉल है।
discreet-limit-ios-name = iPhone पर आइकन के नीचे नाम "Lueur" ही रहता है। सिर्फ़ तस्वीर बदलती है।
discreet-limit-ios-alert = iPhone पर आइकन बदलने पर सिस्टम एक संदेश दिखाता है।
discreet-quick-exit-label = तुरंत बाहर निकलें
discreet-quick-exit-explanation = Lueur को तुरंत बंद करता है और स्क्रीन पर जो सेव नहीं हुआ है उसे भूल जाता है।
discreet-wipe-label = सब कुछ मिटाएँ

## तुरंत मिटाना

discreet-wipe-title = सब कुछ मिटाना है?
discreet-wipe-body = इससे Lueur ने इस फ़ोन में जो कुछ सेव किया है सब मिट जाएगा: सेव किए जवाब, रिपोर्टें, सेटिंग्स और कोड। इसे वापस नहीं किया जा सकता। इसके बाद Lueur नए इंस्टॉल किए ऐप जैसा होगा।
discreet-wipe-unsent = { $count ->
    [one] एक रिपोर्ट अभी भेजी नहीं गई है। वह नहीं भेजी जाएगी।
   *[other] { $count } रिपोर्टें अभी भेजी नहीं गई हैं। वे नहीं भेजी जाएँगी।
}
discreet-wipe-confirm = सब कुछ मिटाएँ
discreet-wipe-cancel = रद्द करें
discreet-wipe-done = Lueur ने इस फ़ोन में जो कुछ सेव किया था, सब मिटा दिया गया है।

## गलतियाँ

error-discreet-code-format = कोड में 6 से 8 अंक होते हैं, और कुछ नहीं।
error-discreet-code-mismatch = दोनों कोड एक जैसे नहीं हैं। कृपया फिर से शुरू करें।
error-discreet-code-same = आपातकालीन कोड अनलॉक कोड से अलग होना चाहिए।
error-discreet-code-first = कृपया पहले नया कोड लिखें, फिर पक्का करने के लिए उसे दोबारा लिखें।
error-discreet-code-needed = कृपया पहले एक अनलॉक कोड चुनें। इसके बिना आप कैलकुलेटर के पीछे से Lueur नहीं खोल पाएँगे।
error-discreet-unlock-first = कृपया आपातकालीन कोड से पहले एक अनलॉक कोड चुनें।
error-discreet-disguise-on = अनलॉक कोड हटाने से पहले कृपया कैलकुलेटर वाला छिपाव बंद करें।
error-discreet-disguise-unknown = "{ $value }" कोई छिपाव नहीं है। "off" या "calculator" चुनें।
error-discreet-wipe-not-confirmed = कुछ नहीं मिटाया गया। सब कुछ मिटाने के लिए, कृपया पहले पक्का करें।
discreet-code-lock-label = हर बार Lueur खुलने पर अनलॉक कोड माँगें
discreet-code-lock-explanation = तब Lueur कैलकुलेटर के बिना भी एक कोड स्क्रीन पर खुलता है। कोड लिखे जाने तक आपके सेव किए जवाब और रिपोर्टें छिपी रहती हैं।
discreet-current-code-prompt = अपना मौजूदा अनलॉक कोड लिखें।
discreet-limit-call-list = किसी मदद करने वाले को की गई कॉल या मैसेज फ़ोन की कॉल सूची या मैसेज ऐप में रहता है।

## सादा कोड लॉक (बिना छिपाव के)

lock-title = Lueur
lock-prompt = अपना अनलॉक कोड लिखें।
lock-unlock = खोलें
lock-error-wrong = यह कोड Lueur नहीं खोलता।
lock-error-wait = बहुत सारे गलत कोड। { $seconds } सेकंड रुकें, फिर से कोशिश करें।
error-discreet-current-code-wrong = यह आपका मौजूदा अनलॉक कोड नहीं है।
