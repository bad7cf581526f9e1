## मुख्य पेज

home-title = Lueur
home-intro = बेल्जियम में मानव तस्करी के बारे में जानकारी और मदद। यह ऐप बिना इंटरनेट के चलता है।
home-danger-title = क्या आप अभी खतरे में हैं?
home-danger-text = अगर आपकी या किसी और की जान खतरे में है, तो अभी मदद के लिए फ़ोन करें या सबसे पास के पुलिस स्टेशन जाएँ।
home-action-help-now = अभी मदद पाएँ
home-action-help-now-hint = संस्थाएँ और फ़ोन नंबर जो आपकी मदद कर सकते हैं।
home-action-check-me = मेरी स्थिति के बारे में सवाल
home-action-check-me-hint = आपकी स्थिति के बारे में कुछ सवाल। आपके जवाब इसी फ़ोन में रहते हैं।
home-action-check-other = किसी जान-पहचान वाले के बारे में सवाल
home-action-check-other-hint = जिस व्यक्ति की आपको चिंता है, उसकी स्थिति के बारे में कुछ सवाल।
home-action-learn = जानें
home-action-learn-hint = मानव तस्करी क्या है, इसके संकेत, और आपके अधिकार।
home-action-contacts = संपर्क
home-action-contacts-hint = विशेष केंद्र, हेल्पलाइन और पुलिस।
home-action-report = किसी स्थिति की रिपोर्ट करें
home-action-report-hint = एक गोपनीय रिपोर्ट लिखें। कनेक्शन मिलने पर यह भेजी जाती है।
home-action-search = खोजें
home-action-outbox = भेजे जाने का इंतज़ार कर रही रिपोर्टें
home-action-calculator = कैलकुलेटर
home-action-settings = सेटिंग्स
home-notice-data-reset = Lueur इस फ़ोन में सेव किया गया डेटा नहीं पढ़ पाया, इसलिए यह खाली डेटा के साथ फिर से शुरू हुआ। आपकी सेटिंग्स और इंतज़ार कर रही रिपोर्टें मिट गई हो सकती हैं।
home-notice-storage-unavailable = Lueur अभी इस फ़ोन में कुछ भी सेव नहीं कर सकता, जैसे कि मेमोरी भर गई हो। आप फिर भी सब कुछ पढ़ सकते हैं और मदद के लिए फ़ोन कर सकते हैं।

## आगे-पीछे जाना (मेन्यू और सूचियाँ)

nav-choose = एक नंबर लिखें और Enter दबाएँ:
nav-back = पीछे
nav-quit = बंद करें
nav-invalid-choice = कृपया दिखाए गए नंबरों में से एक लिखें।
nav-no-app = इस फ़ोन पर कोई भी ऐप यह नहीं कर सकता।

## जानें: लेखों की सूची और एक लेख

articles-title = जानें
articles-intro = मानव तस्करी को समझने और मदद पाने के लिए छोटे लेख।
article-reviewed = तथ्य { $date } को जाँचे गए।
article-review-pending = इस अनुवाद को अभी तक किसी हिंदी भाषी ने नहीं जाँचा है।
article-sources = स्रोत

date-long = { $day } { $month ->
        [1] जनवरी
        [2] फ़रवरी
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुलाई
        [8] अगस्त
        [9] सितंबर
        [10] अक्टूबर
        [11] नवंबर
       *[12] दिसंबर
    } { $year }

## संपर्क: सूची, फ़िल्टर और जानकारी

contacts-title = कौन मदद कर सकता है
contacts-intro = विशेष केंद्र आपकी बताई बातों को गोपनीय रखते हैं। पुलिस और 112 आपात स्थिति के लिए हैं।
contacts-filter-city = शहर या इलाका
contacts-filter-kind = सेवा का प्रकार
contacts-filter-language = बोली जाने वाली भाषा
contacts-filtered-by = फ़िल्टर: { $filters }
contacts-nationwide = पूरे बेल्जियम में उपलब्ध
contacts-empty = इन फ़िल्टरों से कोई सेवा नहीं मिली। आप कोई फ़िल्टर हटा सकते हैं या पूरी सूची देख सकते हैं।
contacts-empty-place = इस जगह पर कोई सेवा नहीं मिली। नीचे दी गई सेवाएँ बेल्जियम में कहीं भी आपकी मदद कर सकती हैं।
contacts-languages-not-listed = { $count ->
        [one] एक सेवा की बोली जाने वाली भाषाएँ सूची में नहीं हैं, इसलिए वह इस भाषा के लिए नहीं दिखाई गई। आप फिर भी उससे संपर्क करके पूछ सकते हैं।
       *[other] { $count } सेवाओं की बोली जाने वाली भाषाएँ सूची में नहीं हैं, इसलिए वे इस भाषा के लिए नहीं दिखाई गईं। आप फिर भी उनसे संपर्क करके पूछ सकते हैं।
    }
contact-for-minors = बच्चों और युवाओं के लिए
contact-languages = बोली जाने वाली भाषाएँ: { $languages }
contact-languages-not-listed = बोली जाने वाली भाषाएँ सूची में नहीं हैं।
contact-serves = काम का इलाका: { $regions }
contact-address = पता
contact-country = बेल्जियम
contact-call-note = कॉल या मैसेज आपके फ़ोन की हिस्ट्री में दिखता है। आप बाद में उसे मिटा सकते हैं, लेकिन कोई कमी दिख सकती है, और कॉल फ़ोन के बिल में फिर भी दिख सकती है। हो सके तो ऐसा फ़ोन इस्तेमाल करें जिसे कोई नहीं देखता।

action-call = { $number } पर कॉल करें
action-sms = { $number } पर मैसेज भेजें
action-email = { $address } पर लिखें
action-website = { $site } खोलें
action-map = नक्शे पर दिखाएँ

language-name = { $code ->
        [fr] फ़्रेंच
        [nl] डच
        [de] जर्मन
        [en] अंग्रेज़ी
        [ar] अरबी
        [es] स्पेनिश
        [pt] पुर्तगाली
        [ro] रोमानियाई
        [bg] बुल्गारियाई
        [pl] पोलिश
        [ru] रूसी
        [uk] यूक्रेनी
        [tr] तुर्की
        [zh] चीनी
       *[other] { $code }
    }

## खोज

search-title = खोजें
search-placeholder = लेखों और संपर्कों में खोजें
search-hint = खोजने के लिए एक शब्द लिखें, जैसे "काम" या "ब्रसेल्स"।
search-empty = कुछ नहीं मिला। कोई दूसरा शब्द आज़माएँ, या संपर्कों की सूची देखें।
search-results = { $count ->
        [one] एक नतीजा
       *[other] { $count } नतीजे
    }
search-kind-article = लेख
search-kind-contact = संपर्क

## सेटिंग्स और ऐप के बारे में

settings-title = सेटिंग्स
settings-language = भाषा
settings-locale-own-name = हिन्दी
settings-about = Lueur के बारे में
settings-about-text = Lueur बेल्जियम में मानव तस्करी के बारे में जानकारी देता है और बताता है कि मदद कहाँ मिलेगी। यह बिना इंटरनेट के चलता है और तब तक कुछ नहीं भेजता जब तक आप खुद रिपोर्ट न भेजें।
settings-app-version = ऐप का संस्करण
settings-content-version = जानकारी का संस्करण
settings-content-date = जानकारी जाँचने की तारीख

## गलतियाँ

error-not-found = यह पेज मौजूद नहीं है। कृपया पीछे जाएँ और फिर से चुनें।
error-not-now = यह अभी नहीं हो सकता। कृपया फिर से कोशिश करें।
error-storage = Lueur अभी इस फ़ोन में अपना डेटा न पढ़ पा रहा है न सेव कर पा रहा है। देखें कि जगह खाली है, फिर से कोशिश करें।
error-content = इस ऐप की जानकारी पढ़ी नहीं जा सकती। कृपया ऐप फिर से इंस्टॉल करें।
error-internal = Lueur के अंदर कुछ गड़बड़ हो गई। अगर फिर से हो, तो कृपया ऐप फिर से इंस्टॉल करें।
error-endpoint-refused = यह पता रिपोर्टें नहीं ले सकता: { $reason }
error-unknown-locale = यह भाषा उपलब्ध नहीं है। आप फ़्रेंच, डच, जर्मन या अंग्रेज़ी चुन सकते हैं।

## हर काम फ़ोन के अपने ऐप्स में क्या निशान छोड़ता है

action-trace-call = कॉल फ़ोन की कॉल सूची में रहती है।
action-trace-sms = मैसेज फ़ोन के मैसेज ऐप में रहता है।
action-trace-email = ईमेल फ़ोन के ईमेल ऐप में भेजे गए मेल में रहता है।
action-trace-website = वेबसाइट Lueur के अंदर खुलती है और ब्राउज़र की हिस्ट्री में नहीं जाती।
action-trace-map = पता नक्शे वाले ऐप की हिस्ट्री में रह सकता है।
