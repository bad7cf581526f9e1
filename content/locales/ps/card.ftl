## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = دا ژباړه لا تر اوسه د مورنۍ ژبې ویونکي نه ده کتلې.
text-in-other-language = لا نه ده ژباړل شوې: په { $language } ښودل کیږي.
home-action-card = هغه کارت چې مرسته کوونکي ته یې وښیې
card-title = هغه کارت چې مرسته کوونکي ته یې وښیې
card-intro = دا پاڼه هغه چا ته وښیه چې مرسته درسره کولی شي. له دې هېڅ نه ساتل کیږي.
card-helper-language = د مرسته کوونکي ژبه
card-add-checklist = زما د پوښتنو لنډیز ورزیات کړه
card-need-help = کېدای شي مرستې ته اړتیا ولرم.
card-speaks = زه { $language } خبرې کوم.
card-interpreter = کېدای شي ژباړونکي ته اړتیا ولرم.
card-contact-point = ملي د اړیکې ټکی
card-nearest-centre = تر ټولو نږدې ځانګړی مرکز
card-checklist = زما د پوښتنو لنډیز
