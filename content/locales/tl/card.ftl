## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Wala pang katutubong tagapagsalita na sumuri sa salin na ito.
text-in-other-language = Hindi pa naisasalin: ipinapakita sa { $language }.
home-action-card = Kard na ipapakita sa tutulong
card-title = Kard na ipapakita sa tutulong
card-intro = Ipakita ang screen na ito sa taong makakatulong sa iyo. Walang nase-save dito.
card-helper-language = Wika ng taong tumutulong
card-add-checklist = Idagdag ang buod ng aking listahan
card-need-help = Maaaring kailangan ko ng tulong.
card-speaks = Nagsasalita ako ng { $language }.
card-interpreter = Maaaring kailangan ko ng interpreter.
card-contact-point = Pambansang contact point
card-nearest-centre = Pinakamalapit na espesyal na sentro
card-checklist = Buod ng aking listahan
