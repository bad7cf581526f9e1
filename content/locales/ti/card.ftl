## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = እዚ ትርጉም ክሳብ ሕጂ ብወለዲ ተዛራባይ ቋንቋ ኣይተመርመረን።
text-in-other-language = ገና ኣይተተርጎመን፡ ብ{ $language } ይርአ ኣሎ።
home-action-card = ንዝሕግዝ ሰብ ዘርእዮ ካርድ
card-title = ንዝሕግዝ ሰብ ዘርእዮ ካርድ
card-intro = ነዚ ስክሪን ክሕግዘካ ንዝኽእል ሰብ ኣርእዮ። ካብኡ ዝዕቀብ የለን።
card-helper-language = ቋንቋ እቲ ዝሕግዝ ሰብ
card-add-checklist = ጽማቕ ዝርዝር ሕቶታተይ ወስኽ
card-need-help = ሓገዝ የድልየኒ ይኸውን።
card-speaks = ኣነ { $language } እዛረብ።
card-interpreter = ተርጓሚ የድልየኒ ይኸውን።
card-contact-point = ሃገራዊ መራኸቢ ነጥቢ
card-nearest-centre = ዝቐረበ ፍሉይ ማእከል
card-checklist = ጽማቕ ዝርዝር ሕቶታተይ
