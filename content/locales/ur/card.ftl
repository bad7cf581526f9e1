## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = اس ترجمے کو ابھی تک کسی اہلِ زبان نے نہیں جانچا۔
text-in-other-language = ابھی ترجمہ نہیں ہوا: { $language } میں دکھایا گیا ہے۔
home-action-card = مدد کرنے والے کو دکھانے کا کارڈ
card-title = مدد کرنے والے کو دکھانے کا کارڈ
card-intro = یہ اسکرین کسی ایسے شخص کو دکھائیں جو آپ کی مدد کر سکے۔ اس میں سے کچھ محفوظ نہیں ہوتا۔
card-helper-language = مدد کرنے والے کی زبان
card-add-checklist = میرے سوالنامے کا خلاصہ شامل کریں
card-need-help = مجھے شاید مدد کی ضرورت ہے۔
card-speaks = میں { $language } بولتا/بولتی ہوں۔
card-interpreter = مجھے شاید ترجمان کی ضرورت ہے۔
card-contact-point = قومی رابطہ مرکز
card-nearest-centre = قریب ترین خصوصی مرکز
card-checklist = میرے سوالنامے کا خلاصہ
