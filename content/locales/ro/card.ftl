## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Această traducere nu a fost încă verificată de un vorbitor nativ.
text-in-other-language = Netradus încă: afișat în { $language }.
home-action-card = Card de arătat cuiva care ajută
card-title = Card de arătat cuiva care ajută
card-intro = Arată acest ecran cuiva care te poate ajuta. Nimic de aici nu se salvează.
card-helper-language = Limba persoanei care ajută
card-add-checklist = Adaugă rezumatul listei mele
card-need-help = S-ar putea să am nevoie de ajutor.
card-speaks = Vorbesc { $language }.
card-interpreter = S-ar putea să am nevoie de un interpret.
card-contact-point = Punct național de contact
card-nearest-centre = Cel mai apropiat centru specializat
card-checklist = Rezumatul listei mele
