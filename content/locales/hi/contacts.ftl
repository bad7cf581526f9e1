## संपर्क

contact-emergency-112-name = 112 – यूरोपीय आपातकालीन नंबर
contact-emergency-112-description = अगर आपकी या किसी और की जान अभी खतरे में है, तो 112 पर कॉल करें। यह नंबर किसी भी फ़ोन से, यूरोपीय संघ में कहीं भी काम करता है।

contact-police-101-name = पुलिस – 101
contact-police-101-description = क्या आप तुरंत खतरे में हैं? 101 पर कॉल करें या अपने इलाके के पुलिस स्टेशन जाएँ।

contact-surya-name = Sürya
contact-surya-description = Liège में मानव तस्करी के पीड़ितों के लिए एक विशेष केंद्र। वहाँ आपको गोपनीय सलाह और जानकारी मिल सकती है। जगह हो तो केंद्र रहने की जगह और सहायता भी दे सकता है।

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = ब्रसेल्स में मानव तस्करी के पीड़ितों के लिए एक विशेष केंद्र। वहाँ आपको गोपनीय सलाह और जानकारी मिल सकती है। जगह हो तो केंद्र रहने की जगह और सहायता भी दे सकता है।

contact-payoke-name = Payoke
contact-payoke-description = Antwerp में मानव तस्करी के पीड़ितों के लिए एक विशेष केंद्र। वहाँ आपको गोपनीय सलाह और जानकारी मिल सकती है। जगह हो तो केंद्र रहने की जगह और सहायता भी दे सकता है।

contact-national-contact-point-name = मानव तस्करी पर राष्ट्रीय संपर्क केंद्र
contact-national-contact-point-description = यह stoptraite.be की फ़ोन लाइन है, जो राष्ट्रीय संपर्क केंद्र है। आप पहले पुलिस के पास गए बिना जानकारी माँग सकते हैं या किसी स्थिति की रिपोर्ट कर सकते हैं।

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = राष्ट्रीय संपर्क केंद्र की वेबसाइट, जिसे FPS Justice (संघीय न्याय सेवा) ने तीनों विशेष केंद्रों के साथ मिलकर बनाया है। वहाँ आप जानकारी पा सकते हैं और पहले पुलिस के पास गए बिना मानव तस्करी की गोपनीय रिपोर्ट कर सकते हैं।

contact-myria-name = Myria
contact-myria-description = Myria मानव तस्करी पर स्वतंत्र राष्ट्रीय रिपोर्टर (rapporteur) है और हर साल एक रिपोर्ट छापती है। निजी मदद के लिए कृपया किसी विशेष केंद्र से संपर्क करें।

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = मुफ़्त, दिन-रात। बच्चों और युवाओं के लिए, और उनकी चिंता करने वाले हर व्यक्ति के लिए, जब कोई बच्चा लापता हो या उसका यौन शोषण हो रहा हो।


contact-guardianship-name = अभिभावक सेवा (बिना साथी के नाबालिग)
contact-guardianship-description = FPS Justice (संघीय न्याय सेवा) की एक सेवा, 18 साल से कम उम्र के उन युवाओं के लिए जो बेल्जियम में बिना माता-पिता या अभिभावक के हैं। यह उन्हें एक अभिभावक देती है, जो कागज़ात, स्कूल, इलाज और वकील ढूँढने में मदद करता है। कोई भी व्यक्ति ऐसे युवा के बारे में इस सेवा को बता सकता है। इसका आपातकालीन नंबर दिन-रात जवाब देता है।
## संपर्कों के प्रकार

contact-kind-emergency = आपात स्थिति
contact-kind-police = पुलिस
contact-kind-specialised-centre = विशेष केंद्र
contact-kind-national-contact-point = राष्ट्रीय संपर्क केंद्र
contact-kind-report-website = रिपोर्ट करने की वेबसाइट
contact-kind-helpline = हेल्पलाइन
contact-kind-national-rapporteur = राष्ट्रीय रिपोर्टर

## क्षेत्र

region-brussels = ब्रसेल्स
region-flanders = फ़्लैंडर्स
region-wallonia = वालोनिया
region-east-belgium = पूर्वी बेल्जियम
region-belgium = पूरा बेल्जियम
