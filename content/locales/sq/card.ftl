## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Këtë përkthim nuk e ka kontrolluar ende një folës amtar.
text-in-other-language = Ende i papërkthyer: shfaqet në { $language }.
home-action-card = Kartë për t'ia treguar dikujt që ndihmon
card-title = Kartë për t'ia treguar dikujt që ndihmon
card-intro = Tregoja këtë ekran dikujt që mund të të ndihmojë. Asgjë nuk ruhet.
card-helper-language = Gjuha e personit që ndihmon
card-add-checklist = Shto përmbledhjen e listës sime
card-need-help = Mund të kem nevojë për ndihmë.
card-speaks = Unë flas { $language }.
card-interpreter = Mund të kem nevojë për një përkthyes.
card-contact-point = Pika kombëtare e kontaktit
card-nearest-centre = Qendra e specializuar më e afërt
card-checklist = Përmbledhja e listës sime
