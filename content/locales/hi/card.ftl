## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = इस अनुवाद को अभी तक किसी मूल भाषी ने नहीं जाँचा है।
text-in-other-language = अभी अनुवाद नहीं हुआ: { $language } में दिखाया गया है।
home-action-card = मदद करने वाले को दिखाने का कार्ड
card-title = मदद करने वाले को दिखाने का कार्ड
card-intro = यह स्क्रीन किसी ऐसे व्यक्ति को दिखाएँ जो आपकी मदद कर सके। इसमें से कुछ भी सहेजा नहीं जाता।
card-helper-language = मदद करने वाले की भाषा
card-add-checklist = मेरी प्रश्नावली का सारांश जोड़ें
card-need-help = मुझे शायद मदद की ज़रूरत है।
card-speaks = मैं { $language } बोलता/बोलती हूँ।
card-interpreter = मुझे शायद दुभाषिए की ज़रूरत है।
card-contact-point = राष्ट्रीय संपर्क केंद्र
card-nearest-centre = सबसे नज़दीकी विशेष केंद्र
card-checklist = मेरी प्रश्नावली का सारांश
