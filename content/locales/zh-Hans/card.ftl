## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = 这份译文还没有经过母语人士审核。
text-in-other-language = 尚未翻译：以{ $language }显示。
home-action-card = 给帮助者看的卡片
card-title = 给帮助者看的卡片
card-intro = 把这个屏幕给能帮助你的人看。上面的内容不会被保存。
card-helper-language = 帮助者的语言
card-add-checklist = 加上我的问题清单摘要
card-need-help = 我可能需要帮助。
card-speaks = 我说{ $language }。
card-interpreter = 我可能需要一名口译员。
card-contact-point = 国家联络点
card-nearest-centre = 最近的专门中心
card-checklist = 我的问题清单摘要
