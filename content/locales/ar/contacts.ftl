## جهات الاتصال

contact-emergency-112-name = 112 – رقم الطوارئ الأوروبي
contact-emergency-112-description = اتصل بـ 112 إذا كانت حياتك أو حياة شخص آخر في خطر الآن. الرقم يعمل من أي هاتف، في أي مكان في الاتحاد الأوروبي.

contact-police-101-name = الشرطة – 101
contact-police-101-description = هل أنت في خطر مباشر؟ اتصل بـ 101 أو اذهب إلى مركز الشرطة القريب.

contact-surya-name = Sürya
contact-surya-description = مركز متخصص لضحايا الاتجار بالبشر في لييج (Liège). يمكنك الحصول هناك على نصيحة ومعلومات بشكل سري. يمكن للمركز أيضًا أن يقدم مكانًا للسكن، حسب الأماكن المتوفرة، وأن يقدم الدعم.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = مركز متخصص لضحايا الاتجار بالبشر في بروكسل. يمكنك الحصول هناك على نصيحة ومعلومات بشكل سري. يمكن للمركز أيضًا أن يقدم مكانًا للسكن، حسب الأماكن المتوفرة، وأن يقدم الدعم.

contact-payoke-name = Payoke
contact-payoke-description = مركز متخصص لضحايا الاتجار بالبشر في أنتويرب (Antwerpen). يمكنك الحصول هناك على نصيحة ومعلومات بشكل سري. يمكن للمركز أيضًا أن يقدم مكانًا للسكن، حسب الأماكن المتوفرة، وأن يقدم الدعم.

contact-national-contact-point-name = نقطة الاتصال الوطنية حول الاتجار بالبشر
contact-national-contact-point-description = هذا هو الخط الهاتفي لموقع stoptraite.be، نقطة الاتصال الوطنية. يمكنك أن تطلب معلومات أو أن تبلّغ عن وضع بدون الذهاب إلى الشرطة أولًا.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = موقع نقطة الاتصال الوطنية، صنعته FPS Justice (وزارة العدل الفيدرالية) مع المراكز المتخصصة الثلاثة. تجد فيه معلومات، ويمكنك أن تبلّغ فيه عن الاتجار بالبشر بشكل سري، بدون الذهاب إلى الشرطة أولًا.

contact-myria-name = Myria
contact-myria-description = Myria هي المقرِّر الوطني المستقل حول الاتجار بالبشر، وتنشر تقريرًا كل سنة. للحصول على مساعدة شخصية، من فضلك اتصل بمركز متخصص.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = مجاني، ليلًا ونهارًا. للأطفال والشباب، ولكل من يقلق عليهم، عندما يختفي طفل أو يتعرض للاستغلال الجنسي.


contact-guardianship-name = خدمة الوصاية (القاصرون غير المصحوبين)
contact-guardianship-description = خدمة تابعة لـ FPS Justice (وزارة العدل الفيدرالية) للشباب تحت 18 سنة الموجودين في بلجيكا بدون أب أو أم أو وصي. تعطيهم وصيًا يساعدهم في الأوراق والمدرسة والعلاج وإيجاد محامٍ. يمكن لأي شخص أن يخبر الخدمة عن شاب في هذا الوضع. رقم الطوارئ الخاص بها يرد ليلًا ونهارًا.
## أنواع جهات الاتصال

contact-kind-emergency = طوارئ
contact-kind-police = الشرطة
contact-kind-specialised-centre = مركز متخصص
contact-kind-national-contact-point = نقطة الاتصال الوطنية
contact-kind-report-website = موقع للإبلاغ
contact-kind-helpline = خط مساعدة
contact-kind-national-rapporteur = المقرِّر الوطني

## المناطق

region-brussels = بروكسل
region-flanders = فلاندرز
region-wallonia = والونيا
region-east-belgium = شرق بلجيكا
region-belgium = كل بلجيكا
