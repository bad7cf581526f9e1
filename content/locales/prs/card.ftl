## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = این ترجمه هنوز توسط کسی که زبان مادری‌اش این زبان است بررسی نشده است.
text-in-other-language = هنوز ترجمه نشده: به زبان { $language } نشان داده می‌شود.
home-action-card = کارت برای نشان دادن به کسی که کمک می‌کند
card-title = کارت برای نشان دادن به کسی که کمک می‌کند
card-intro = این صفحه را به کسی نشان بدهید که می‌تواند کمک کند. هیچ چیز آن ذخیره نمی‌شود.
card-helper-language = زبان کسی که کمک می‌کند
card-add-checklist = خلاصهٔ فهرست سوال‌هایم را اضافه کن
card-need-help = شاید به کمک نیاز داشته باشم.
card-speaks = من { $language } صحبت می‌کنم.
card-interpreter = شاید به ترجمان نیاز داشته باشم.
card-contact-point = نقطهٔ تماس ملی
card-nearest-centre = نزدیک‌ترین مرکز تخصصی
card-checklist = خلاصهٔ فهرست سوال‌هایم
