## गोपनीय रिपोर्ट: फ़ॉर्म, आउटबॉक्स और उनके संदेश।

report-form-title = एक गोपनीय रिपोर्ट लिखें
report-form-intro = जो आप जानते हैं, वह लिखें। यह पुलिस में शिकायत नहीं है। सिर्फ़ "क्या हुआ" ज़रूरी है; जो आप नहीं बताना चाहते, उसे छोड़ दें।
report-form-privacy = सेव होने से पहले आपकी रिपोर्ट इस फ़ोन पर लॉक हो जाती है। इसे सिर्फ़ वही संस्था खोल सकती है जिसे यह मिलती है। कनेक्शन मिलने पर रिपोर्ट भेजी जाती है, बाद में भी।
# बताता है कि रिपोर्ट कौन खोलेगा; core ऐप चलाने वाली संस्था का नाम देता है।
report-recipient = आपकी रिपोर्ट { $organisation } को जाती है। यह पुलिस में शिकायत नहीं है, और यह stoptraite.be को नहीं जाती। अगर आप अभी खतरे में हैं, तो 112 या 101 पर कॉल करें।
report-development-key = टेस्ट संस्करण: रिपोर्टें एक सार्वजनिक टेस्ट चाबी से लॉक होती हैं। इस संस्करण में असली जानकारी न लिखें।
report-send = रिपोर्ट भेजें
report-skip-hint = छोड़ने के लिए Enter दबाएँ।
report-choose-one-hint = एक नंबर लिखें।
report-choose-many-hint = एक या ज़्यादा नंबर लिखें, बीच में जगह छोड़कर।

report-field-about = यह किसके बारे में है?
report-about-me = मेरे बारे में
report-about-someone-else = किसी और के बारे में
report-field-forms = यह किस तरह की स्थिति है?
    .hint = आप एक से ज़्यादा चुन सकते हैं, या "मुझे पक्का नहीं पता"।
report-form-sexual = ज़बरदस्ती वेश्यावृत्ति या यौन शोषण
report-form-labour = बहुत बुरे हालात में या बिना पैसे के काम
report-form-begging = ज़बरदस्ती भीख मँगवाना
report-form-forced-crime = अपराध करने के लिए मजबूर करना
report-form-organ-removal = अंग निकालना
report-form-other = कुछ और
report-form-not-sure = मुझे पक्का नहीं पता
report-field-municipality = किस शहर या नगरपालिका में?
report-field-place = ठीक-ठीक कहाँ?
    .hint = जैसे कोई सड़क, किस तरह की जगह, या किसी दुकान-कारोबार का नाम।
report-field-when = कब?
    .hint = जैसे "पिछली गर्मियों से" या "हर रात"।
report-field-what-happened = क्या हुआ?
    .hint = अपने शब्दों में लिखें। आप किसी भी भाषा में लिख सकते हैं।
report-field-people = इसमें कौन शामिल है?
    .hint = जैसे नाम, उपनाम, वे कैसे दिखते हैं, गाड़ियाँ या फ़ोन नंबर।
report-field-contact = क्या संस्था आपसे संपर्क कर सकती है?
    .hint = सिर्फ़ तभी, जब यह आपके लिए सुरक्षित हो।
report-contact-no-contact = नहीं, मुझसे संपर्क न करें
report-contact-phone = हाँ, फ़ोन से
report-contact-email = हाँ, ईमेल से
report-field-contact-phone = फ़ोन नंबर
report-field-contact-email = ईमेल पता
report-field-contact-note = आपसे कब और कैसे संपर्क करना सुरक्षित है?
    .hint = जैसे "सिर्फ़ काम के दिनों में 9 बजे से पहले", या "कोई मैसेज न छोड़ें"।
report-field-language = आप किस भाषा में संपर्क चाहते हैं?
    .hint = जैसे fr, nl, de, en, ar या ro।
report-field-checklist-summary = सवालों की सूची में आपके जवाबों का सार
    .hint = सिर्फ़ अगर आप इसे जोड़ना चाहें।

report-outbox-title = रिपोर्टें
report-outbox-empty = इस फ़ोन में कोई रिपोर्ट नहीं है।
report-state-queued = इंतज़ार में
report-state-sending = भेजी जा रही है
report-state-sent = भेज दी गई
report-state-failed = आपका ध्यान चाहिए
report-state-expired = नहीं भेजी गई
report-detail-queued = लॉक है और कनेक्शन का इंतज़ार कर रही है। यह अपने-आप भेजी जाएगी।
report-detail-retrying = पिछली कोशिश सफल नहीं हुई। अगली कोशिश लगभग { $minutes ->
        [one] एक मिनट
       *[other] { $minutes } मिनट
    } में होगी।
report-detail-sending = अभी भेजी जा रही है।
report-detail-sent = संस्था को मिल गई है।
report-detail-failed = संस्था यह रिपोर्ट स्वीकार नहीं कर सकी। आप फिर से कोशिश कर सकते हैं या इसे मिटा सकते हैं।
report-detail-expired = यह समय पर नहीं भेजी जा सकी और इस फ़ोन से हटा दी गई। आप इसे फिर से लिख सकते हैं।
report-age = { $days ->
        [0] आज
        [1] कल
       *[other] { $days } दिन पहले
    }
report-action-retry = फिर से कोशिश करें
report-action-delete = मिटाएँ

report-error-required = कृपया लिखें कि क्या हुआ।
report-error-too-long = यह बहुत लंबा है। कृपया इसे { $max } अक्षरों से कम रखें।
report-error-phone = यह फ़ोन नंबर जैसा नहीं लगता। कृपया जाँचें, अगर बेल्जियम का नहीं है तो देश के कोड के साथ लिखें।
report-error-email = यह ईमेल पते जैसा नहीं लगता। कृपया जाँचें।
report-error-language = कृपया भाषा का कोड लिखें, जैसे fr, nl, de या en।
report-error-repeated-choice = एक विकल्प दो बार है। कृपया हर विकल्प एक ही बार चुनें।
report-error-file = रिपोर्ट की फ़ाइल पढ़ी नहीं जा सकती (लाइन { $line }, कॉलम { $column })।
report-error-too-large = रिपोर्ट भेजने के लिए बहुत बड़ी है। कृपया कुछ जवाब छोटे करें।
report-error-cannot-delete = यह रिपोर्ट अभी नहीं मिटाई जा सकती: यह भेजी जा रही है। थोड़ी देर में फिर से कोशिश करें।
report-error-cannot-retry = सिर्फ़ वही रिपोर्ट फिर से भेजी जा सकती है जिसे आपका ध्यान चाहिए।
report-error-choice = यह विकल्प सूची में नहीं है। कृपया फिर से चुनें।
report-error-not-asked = यह सवाल आपके जवाबों पर लागू नहीं होता। यहाँ कुछ भी नहीं रखा गया।
