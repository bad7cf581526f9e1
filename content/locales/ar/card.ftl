## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = لم يراجع هذه الترجمة متحدث أصلي باللغة بعد.
text-in-other-language = لم يُترجم بعد: معروض باللغة { $language }.
home-action-card = بطاقة لتُريها لمن يساعدك
card-title = بطاقة لتُريها لمن يساعدك
card-intro = أرِ هذه الشاشة لشخص يستطيع مساعدتك. لا يُحفظ منها شيء.
card-helper-language = لغة الشخص الذي يساعد
card-add-checklist = أضف ملخص قائمة الأسئلة الخاصة بي
card-need-help = قد أحتاج إلى مساعدة.
card-speaks = أتكلم { $language }.
card-interpreter = قد أحتاج إلى مترجم.
card-contact-point = نقطة الاتصال الوطنية
card-nearest-centre = أقرب مركز متخصص
card-checklist = ملخص قائمة أسئلتي
