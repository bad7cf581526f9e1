## 问卷：页面和按钮

checklist-title = 检查迹象
checklist-intro = 几个问题，用“是”“否”或“不确定”回答。您可以跳过一个问题，也可以返回。您的回答留在这个应用里，关闭应用后就会消失，除非您选择保留。
checklist-answer-yes = 是
checklist-answer-no = 否
checklist-answer-unsure = 不确定
checklist-skip = 跳过这个问题
checklist-back = 返回
checklist-continue = 继续回答问题
checklist-progress = 第 { $current } 题，共 { $total } 题
checklist-prompt = 输入一个数字，然后按 Enter：
checklist-keep-answers = 把我的回答保留在这部手机上
checklist-keep-answers-hint = 这样，任何能在这部手机上打开 Lueur 的人都能看到这些回答。您随时可以删除它们。
checklist-delete-answers = 从这部手机上删除我的回答
checklist-answers-kept = 您的回答已保留在这部手机上。
checklist-answers-deleted = 您的回答已从这部手机上删除。
checklist-saved-found = 您以前在这部手机上保留过回答。
checklist-resume = 用我保留的回答继续
checklist-start-again = 重新开始
checklist-signs-heading = 这些回答说明了什么
checklist-element-present = 这些回答指向这一点。
checklist-unsure-heading = 您不确定的回答
checklist-notes-heading = 值得知道
checklist-contacts-heading = 谁可以帮助您
checklist-steps-heading = 您现在可以做什么
checklist-grade-strong = 明显的迹象
checklist-grade-medium = 迹象
checklist-grade-weak = 较弱的迹象
checklist-sources = 来源：{ $sources }
checklist-close = 关闭
checklist-invalid-choice = 请输入显示的数字之一。
checklist-error-about = 请说明这是谁的情况：“me”（我）或“other”（别人）。
checklist-ignored = 根据这些回答没有问到，所以不计算：{ $questions }

## 问卷：下一步和联系方式

checklist-action-call = 打电话给 { $name }：{ $number }
checklist-action-talk = 和 { $name } 谈谈
checklist-action-report = 准备一份保密报告
checklist-action-report-hint = Lueur 会写好这些回答的简短摘要。您可以修改或删除它。
checklist-action-read = 阅读：{ $title }
checklist-contact-reason-emergency = 紧急情况时
checklist-contact-reason-minors = 为 18 岁以下的年轻人
checklist-contact-reason-region = 在您附近
checklist-contact-reason-language = 会说您的语言
checklist-contact-reason-centre = 专门帮助处在这种情况的人
checklist-contact-reason-report = 用来报告一个情况

## 问卷：报告用的摘要

checklist-summary-heading = { $perspective ->
    [me] Lueur 问卷，关于我自己的情况
   *[other] Lueur 问卷，关于我认识的一个人
}
checklist-summary-level = 结果：{ $level }
checklist-summary-minor = 这个人可能未满 18 岁。
checklist-summary-signs = 回答中的迹象：
checklist-summary-unsure = 不确定：
checklist-summary-none = 没有任何迹象被回答为“是”。

## 问卷：错误

checklist-error-unknown-question = 问卷里没有“{ $question }”这个问题。
checklist-error-unknown-answer = “{ $answer }”不是这个问题可以选的回答。
checklist-error-not-current = 这个问题不是现在屏幕上的问题。

## 问卷：部分

checklist-module-entry = 最初的问题
checklist-module-general = 情况
checklist-module-sexual = 性、陪伴服务和网上
checklist-module-labour = 工作
checklist-module-domestic = 在别人家里工作
checklist-module-begging = 乞讨
checklist-module-criminality = 替别人犯罪
checklist-module-teen-pimps = 一段感觉不对的关系
checklist-module-closing = 最后一个问题

## 问卷：最初的问题

checklist-q-about = 这是关于谁的？
checklist-q-about-me = 关于我
checklist-q-about-other = 关于我认识的一个人
checklist-q-danger-now = { $perspective ->
    [me] 您现在有危险吗？或者害怕很快会有人伤害您吗？
   *[other] 这个人现在有危险吗？或者害怕很快会有人伤害他/她吗？
}
checklist-q-locked-in-now = { $perspective ->
    [me] 您现在被关在什么地方，或者被违背意愿留在那里吗？
   *[other] 这个人现在被关在什么地方，或者被违背意愿留在那里吗？
}
checklist-q-under-18 = { $perspective ->
    [me] 您未满 18 岁吗？
   *[other] 这个人未满 18 岁吗？
}
checklist-q-situation = { $perspective ->
    [me] 您的情况主要和什么有关？
   *[other] 这个人的情况主要和什么有关？
}
checklist-q-situation-sexual = { $perspective ->
    [me] 性、陪伴服务、性照片或视频，包括网上
   *[other] 性、陪伴服务、性照片或视频，包括网上
}
checklist-q-situation-labour = { $perspective ->
    [me] 工作：例如在餐馆、建筑工地、农场、商店
   *[other] 工作：例如在餐馆、建筑工地、农场、商店
}
checklist-q-situation-domestic = { $perspective ->
    [me] 在别人家里工作：打扫、做饭、照顾孩子
   *[other] 在别人家里工作：打扫、做饭、照顾孩子
}
checklist-q-situation-begging = { $perspective ->
    [me] 在街上乞讨
   *[other] 在街上乞讨
}
checklist-q-situation-criminality = { $perspective ->
    [me] 必须偷东西、卖毒品或用别的方式违法
   *[other] 必须偷东西、卖毒品或用别的方式违法
}
checklist-q-situation-relationship = { $perspective ->
    [me] 男朋友、女朋友或朋友要得越来越多：钱、性、照片，或者让您离开家和学校的时间越来越多
   *[other] 男朋友、女朋友或朋友向这个人要得越来越多：钱、性、照片，或者让他/她离开家和学校的时间越来越多
}
checklist-q-situation-not-sure = { $perspective ->
    [me] 我不确定，或者是别的情况
   *[other] 我不确定，或者是别的情况
}

## 问卷：适用于所有情况的问题

checklist-q-g-act-arranged = { $perspective ->
    [me] 这份工作或这件事是别人替您找的或安排的吗？
   *[other] 这份工作或这件事是别人替这个人找的或安排的吗？
}
checklist-q-g-act-journey = { $perspective ->
    [me] 是有人把您带到现在的地方，或者安排了这次行程吗？
   *[other] 是有人把这个人带到现在的地方，或者安排了这次行程吗？
}
checklist-q-g-act-lodging = { $perspective ->
    [me] 您为他工作的人，或者和他一起做事的人，决定您睡在哪里吗？
   *[other] 这个人为他工作的人，或者和他一起做事的人，决定这个人睡在哪里吗？
}
checklist-q-g-promised-other = { $perspective ->
    [me] 您的工作或情况和当初答应您的很不一样吗？
   *[other] 这个人的工作或情况和当初答应他/她的很不一样吗？
}
checklist-q-g-promised-details = { $perspective ->
    [me] 在工资、工作时间或住处方面，有人骗过您吗？
   *[other] 在工资、工作时间或住处方面，有人骗过这个人吗？
}
checklist-q-g-promised-papers = { $perspective ->
    [me] 有人答应给您证件或合法居留，但您一直没有拿到吗？
   *[other] 有人答应给这个人证件或合法居留，但他/她一直没有拿到吗？
}
checklist-q-g-forced-start = { $perspective ->
    [me] 有人打您或伤害您，逼您来这里或开始做这份工作吗？
   *[other] 有人打或伤害这个人，逼他/她来这里或开始做这份工作吗？
}
checklist-q-g-taken = { $perspective ->
    [me] 一开始，您被人带走或被违背意愿扣留过吗？
   *[other] 一开始，这个人被人带走或被违背意愿扣留过吗？
}
checklist-q-g-threatened-start = { $perspective ->
    [me] 有人威胁您，让您来这里或开始做这份工作吗？
   *[other] 有人威胁这个人，让他/她来这里或开始做这份工作吗？
}
checklist-q-g-hard-time = { $perspective ->
    [me] 刚开始时，有人利用您生活中非常困难的时候吗？比如没有钱或没有住处。
   *[other] 刚开始时，有人利用这个人生活中非常困难的时候吗？比如没有钱或没有住处。
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] 有人利用您没有在比利时居留的证件，把您拉进这件事吗？
   *[other] 有人利用这个人没有在比利时居留的证件，把他/她拉进这件事吗？
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] 有人利用您不懂这里的语言、规定或您的权利吗？
   *[other] 有人利用这个人不懂这里的语言、规定或自己的权利吗？
}
checklist-q-g-long-hours = { $perspective ->
    [me] 您是不是经常每天工作很长时间，或者一周工作七天？
   *[other] 这个人是不是经常每天工作很长时间，或者一周工作七天？
}
checklist-q-g-little-pay = { $perspective ->
    [me] 您做的事只拿到很少的钱，或者一分钱也没有吗？
   *[other] 这个人做的事只拿到很少的钱，或者一分钱也没有吗？
}
checklist-q-g-housing = { $perspective ->
    [me] 您睡觉的地方太挤、很脏或不安全吗？
   *[other] 这个人睡觉的地方太挤、很脏或不安全吗？
}
checklist-q-g-documents = { $perspective ->
    [me] 您要回护照或身份证时，有人拒绝还给您吗？
   *[other] 这个人要回护照或身份证时，有人拒绝还给他/她吗？
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] 有人不让您离开、把您关起来，或者您出门时跟着您吗？
   *[other] 有人不让这个人离开、把他/她关起来，或者他/她出门时跟着吗？
}
checklist-q-g-debt = { $perspective ->
    [me] 您欠您为之工作的人，或者带您来这里的人钱吗？
   *[other] 这个人欠他/她为之工作的人，或者带他/她来这里的人钱吗？
}
checklist-q-g-debt-grows = { $perspective ->
    [me] 不管您付多少钱或做什么，这笔债都不减少，甚至越来越多吗？
   *[other] 不管这个人付多少钱或做什么，这笔债都不减少，甚至越来越多吗？
}
checklist-q-g-debt-travel = { $perspective ->
    [me] 这笔债是从您的路费、工作介绍费或住处费用开始的吗？
   *[other] 这笔债是从这个人的路费、工作介绍费或住处费用开始的吗？
}
checklist-q-g-money-taken = { $perspective ->
    [me] 您挣的钱全部或大部分被别人拿走吗？
   *[other] 这个人挣的钱全部或大部分被别人拿走吗？
}
checklist-q-g-threats = { $perspective ->
    [me] 有人威胁过您或您的家人吗？
   *[other] 有人威胁过这个人或他/她的家人吗？
}
checklist-q-g-threat-report = { $perspective ->
    [me] 有人说过，如果您不听话，就把您告到警察或移民局吗？
   *[other] 有人说过，如果这个人不听话，就把他/她告到警察或移民局吗？
}
checklist-q-g-violence = { $perspective ->
    [me] 有人打过您、伤害过您，或者强迫您发生性行为吗？
   *[other] 有人打过这个人、伤害过他/她，或者强迫他/她发生性行为吗？
}
checklist-q-g-punished-stop = { $perspective ->
    [me] 如果您想不干了，会有人惩罚您，或者让您的处境更糟吗？
   *[other] 如果这个人想不干了，会有人惩罚他/她，或者让他/她的处境更糟吗？
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] 有人告诉过您要对警察、政府人员或您的家人说什么吗？
   *[other] 有人告诉过这个人要对警察、政府人员或家人说什么吗？
}
checklist-q-g-dependent = { $perspective ->
    [me] 您的工作、住处和吃饭都要靠同一批人吗？
   *[other] 这个人的工作、住处和吃饭都要靠同一批人吗？
}
checklist-q-g-isolated = { $perspective ->
    [me] 有人不让您联系家人或朋友吗？
   *[other] 有人不让这个人联系家人或朋友吗？
}
checklist-q-g-fear-police = { $perspective ->
    [me] 您是不是害怕向警察求助，比如因为您的证件问题？
   *[other] 这个人是不是害怕向警察求助，比如因为他/她的证件问题？
}

## 问卷：性、陪伴服务和网上

checklist-q-s-cannot-refuse = { $perspective ->
    [me] 有人逼您接客，或者做您不想做的性行为吗？
   *[other] 有人逼这个人接客，或者做他/她不想做的性行为吗？
}
checklist-q-s-money-taken = { $perspective ->
    [me] 客人付给您的钱，大部分被别人拿走吗？
   *[other] 客人付给这个人的钱，大部分被别人拿走吗？
}
checklist-q-s-organised = { $perspective ->
    [me] 是别人替您发广告、选客人或安排陪伴服务的约会吗？
   *[other] 是别人替这个人发广告、选客人或安排陪伴服务的约会吗？
}
checklist-q-s-images = { $perspective ->
    [me] 有人逼您拍性照片或视频，或者在镜头前做性的事情，让他们赚钱吗？
   *[other] 有人逼这个人拍性照片或视频，或者在镜头前做性的事情，让他们赚钱吗？
}

## 问卷：工作

checklist-q-l-contract = { $perspective ->
    [me] 您工作没有合同，或者是打黑工吗？
   *[other] 这个人工作没有合同，或者是打黑工吗？
}
checklist-q-l-hazard = { $perspective ->
    [me] 这份工作危险，而且没有防护或培训吗？
   *[other] 这个人的工作危险，而且没有防护或培训吗？
}
checklist-q-l-live-in = { $perspective ->
    [me] 您住在您为之工作的人家里吗？
   *[other] 这个人住在他/她为之工作的人家里吗？
}

## 问卷：在别人家里工作

checklist-q-d-sleep-place = { $perspective ->
    [me] 您是不是必须睡在完全没有隐私的地方，比如厨房、走廊或地上？
   *[other] 这个人是不是必须睡在完全没有隐私的地方，比如厨房、走廊或地上？
}
checklist-q-d-food = { $perspective ->
    [me] 您是不是吃不饱，或者只能吃剩饭？
   *[other] 这个人是不是吃不饱，或者只能吃剩饭？
}

## 问卷：乞讨

checklist-q-b-quota = { $perspective ->
    [me] 您每天必须交给某人固定数目的钱吗？
   *[other] 这个人每天必须交给某人固定数目的钱吗？
}
checklist-q-b-punished = { $perspective ->
    [me] 您带回去的钱太少时会受到惩罚吗？
   *[other] 这个人带回去的钱太少时会受到惩罚吗？
}
checklist-q-b-brought = { $perspective ->
    [me] 有人开车送您到乞讨的地方，然后再来接您吗？
   *[other] 有人开车送这个人到乞讨的地方，然后再来接他/她吗？
}
checklist-q-b-school = { $perspective ->
    [me] 您是去乞讨而不是去上学吗？
   *[other] 这个人是去乞讨而不是去上学吗？
}

## 问卷：被逼犯罪

checklist-q-c-drawn-drugs = { $perspective ->
    [me] 事情是不是从有人给您毒品，或者让您离不开毒品开始的？
   *[other] 事情是不是从有人给这个人毒品，或者让他/她离不开毒品开始的？
}
checklist-q-c-drawn-money = { $perspective ->
    [me] 事情是不是从有人给您提供来钱容易的机会开始的？
   *[other] 事情是不是从有人给这个人提供来钱容易的机会开始的？
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] 事情是不是从一笔债开始的，有人叫您用这种方式还债？
   *[other] 事情是不是从一笔债开始的，有人叫这个人用这种方式还债？
}
checklist-q-c-made-to = { $perspective ->
    [me] 有人逼您替别人偷东西、卖毒品或用别的方式违法吗？
   *[other] 有人逼这个人替别人偷东西、卖毒品或用别的方式违法吗？
}
checklist-q-c-profits = { $perspective ->
    [me] 您带回来的钱或东西被别人留下吗？
   *[other] 这个人带回来的钱或东西被别人留下吗？
}
checklist-q-c-cannabis = { $perspective ->
    [me] 您必须待在一所房子里照看大麻植物吗？
   *[other] 这个人必须待在一所房子里照看大麻植物吗？
}

## 问卷：一段感觉不对的关系（“少年皮条客”）

checklist-q-t-older = { $perspective ->
    [me] 您想到的这个人比您大很多吗？
   *[other] 这个男朋友、女朋友或朋友比这个年轻人大很多吗？
}
checklist-q-t-gifts = { $perspective ->
    [me] 这个人给您钱、贵重礼物或手机吗？
   *[other] 这个人给这个年轻人钱、贵重礼物或手机吗？
}
checklist-q-t-love = { $perspective ->
    [me] 这个人答应爱您，或者答应和您有共同的未来，但没有做到吗？
   *[other] 这个人答应爱这个年轻人，或者答应和他/她有共同的未来，但没有做到吗？
}
checklist-q-t-hard-time = { $perspective ->
    [me] 这个人是在您感到孤单，或者在家里、学校有问题的时候出现在您生活中的吗？
   *[other] 这个人是在这个年轻人感到孤单，或者在家里、学校有问题的时候出现在他/她生活中的吗？
}
checklist-q-t-need = { $perspective ->
    [me] 您是不是觉得太需要这个人，以至于没办法对他/她说“不”？
   *[other] 这个年轻人是不是好像太需要这个人，以至于没办法说“不”？
}
checklist-q-t-cut-off = { $perspective ->
    [me] 这个人想让您不再见朋友或家人吗？
   *[other] 这个人想让这个年轻人不再见朋友或家人吗？
}
checklist-q-t-nights = { $perspective ->
    [me] 您晚上不回家，也不说自己在哪里吗？
   *[other] 这个年轻人晚上不回家，也不说自己在哪里吗？
}
checklist-q-t-hotels = { $perspective ->
    [me] 您和这个人或他/她的朋友去您不认识的酒店或公寓吗？
   *[other] 这个年轻人和这个人或他/她的朋友去不认识的酒店或公寓吗？
}
checklist-q-t-school = { $perspective ->
    [me] 您经常不去上学吗？
   *[other] 这个年轻人经常不去上学吗？
}
checklist-q-t-asked-sex = { $perspective ->
    [me] 这个人让您和别人发生性关系吗？
   *[other] 这个人让这个年轻人和别人发生性关系吗？
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] 这个人向您要过您自己的性照片或视频吗？
   *[other] 这个人向这个年轻人要过他/她自己的性照片或视频吗？
}
checklist-q-t-owe = { $perspective ->
    [me] 这个人说您因为礼物或别的东西欠他/她钱吗？
   *[other] 这个人说这个年轻人因为礼物或别的东西欠他/她钱吗？
}
checklist-q-t-tattoo = { $perspective ->
    [me] 您身上有这个人的名字或标记的纹身吗？
   *[other] 这个年轻人身上有这个人的名字或标记的纹身吗？
}
checklist-q-t-phones = { $perspective ->
    [me] 您有第二部手机，是这个人给您的吗？
   *[other] 这个年轻人有第二部手机，是这个人给的吗？
}
checklist-q-t-mood = { $perspective ->
    [me] 最近您的情绪变化很大吗？
   *[other] 最近这个年轻人的情绪变化很大吗？
}
checklist-q-t-drugs = { $perspective ->
    [me] 最近您喝很多酒或吸毒吗？
   *[other] 最近这个年轻人喝很多酒或吸毒吗？
}
checklist-q-t-self-harm = { $perspective ->
    [me] 您会伤害自己，或者想过这样做吗？
   *[other] 这个年轻人会伤害自己，或者说起过这样做吗？
}

## 问卷：最后一个问题

checklist-q-region = { $perspective ->
    [me] 您在比利时的哪里？这样可以显示您附近的中心。
   *[other] 这个人在比利时的哪里？这样可以显示附近的中心。
}
checklist-q-region-brussels = { $perspective ->
    [me] 布鲁塞尔
   *[other] 布鲁塞尔
}
checklist-q-region-flanders = { $perspective ->
    [me] 弗拉芒大区
   *[other] 弗拉芒大区
}
checklist-q-region-wallonia = { $perspective ->
    [me] 瓦隆大区
   *[other] 瓦隆大区
}
checklist-q-region-east-belgium = { $perspective ->
    [me] 东比利时（德语社区）
   *[other] 东比利时（德语社区）
}
checklist-q-region-not-sure = { $perspective ->
    [me] 我不想说
   *[other] 我不想说，或者我不知道
}

## 问卷：迹象的分组

checklist-element-act = 有人安排、运送或安置了这个人
checklist-element-deceptive-recruitment = 一开始就被欺骗
checklist-element-coercive-recruitment = 一开始就被强迫
checklist-element-vulnerability-recruitment = 一开始困难的处境被利用
checklist-element-exploitative-conditions = 剥削：在不公平的条件下工作或生活
checklist-element-exploitation-in-law = 法律规定的剥削：性、乞讨或替别人犯罪
checklist-element-coercion-destination = 现在被控制和强迫
checklist-element-vulnerability-destination = 现在困难的处境被利用
checklist-element-other-signs = 其他迹象（UNODC），不算作 ILO 指标
checklist-element-warning-signs = 年轻人身边的警示信号（Child Focus），不是 ILO 指标

## 问卷：迹象说明

checklist-indicator-act-recruited = { $perspective ->
    [me] 是别人替您找的或安排的：在法律定义里，这叫招募一个人。
   *[other] 是别人替这个人找的或安排的：在法律定义里，这叫招募一个人。
}
checklist-indicator-act-transported = { $perspective ->
    [me] 有人把您带到这里或安排了行程：在法律定义里，这叫运送一个人。
   *[other] 有人把这个人带到这里或安排了行程：在法律定义里，这叫运送一个人。
}
checklist-indicator-act-harboured = { $perspective ->
    [me] 您为之工作的人决定您睡在哪里：在法律定义里，这叫窝藏一个人。
   *[other] 这个人为之工作的人决定他/她睡在哪里：在法律定义里，这叫窝藏一个人。
}
checklist-indicator-deceived-job = { $perspective ->
    [me] 工作或情况和当初答应您的很不一样：一开始就欺骗，是把人拉进剥削的常见方法。
   *[other] 工作或情况和当初答应这个人的很不一样：一开始就欺骗，是把人拉进剥削的常见方法。
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] 在工资、工作时间或住处方面您被骗了：虚假的承诺会让人接受本来会拒绝的条件。
   *[other] 在工资、工作时间或住处方面这个人被骗了：虚假的承诺会让人接受本来会拒绝的条件。
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] 答应给您的证件一直没有来：这种承诺常被用来让人一直等待、一直听话。
   *[other] 答应给这个人的证件一直没有来：这种承诺常被用来让人一直等待、一直听话。
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] 有人答应爱您或和您有共同的未来：“少年皮条客”常常这样开始，来赢得信任。
   *[other] 有人答应爱这个人或和他/她有共同的未来：“少年皮条客”常常这样开始，来赢得信任。
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] 有人打您或伤害您，逼您开始：这是一个严重的迹象，说明您不是自由选择的。
   *[other] 有人打或伤害这个人，逼他/她开始：这是一个严重的迹象，说明他/她不是自由选择的。
}
checklist-indicator-abducted = { $perspective ->
    [me] 一开始您被人带走或被违背意愿扣留：谁都不可以这样对您。
   *[other] 一开始这个人被人带走或被违背意愿扣留：谁都不可以这样对任何人。
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] 您是被威胁才开始的：恐惧会让人失去选择。
   *[other] 这个人是被威胁才开始的：恐惧会让人失去选择。
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] 这笔债是从行程或工作开始的：这样的债常被用来把一个人绑在带他来的人身上。
   *[other] 这笔债是从行程或工作开始的：这样的债常被用来把一个人绑在带他来的人身上。
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] 事情开始时您没有钱、证件或住处：剥削别人的人专找处境困难的人。
   *[other] 事情开始时这个人没有钱、证件或住处：剥削别人的人专找处境困难的人。
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] 有人利用您没有证件，把您拉进这件事：没有证件的人容易被威胁，剥削者就利用这一点。
   *[other] 有人利用这个人没有证件，把他/她拉进这件事：没有证件的人容易被威胁，剥削者就利用这一点。
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] 有人利用您不懂语言、规定或自己的权利：不了解情况就容易被骗。
   *[other] 有人利用这个人不懂语言、规定或自己的权利：不了解情况就容易被骗。
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] 事情开始时您感到孤单，或在家里、学校有问题：“少年皮条客”专找处在这种情况的年轻人。
   *[other] 事情开始时这个人感到孤单，或在家里、学校有问题：“少年皮条客”专找处在这种情况的年轻人。
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] 您觉得没办法对这个人说“不”：让人产生依赖，是控制别人的一种方法。
   *[other] 这个人好像没办法说“不”：让人产生依赖，是控制别人的一种方法。
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] 每天工作时间很长，或者没有休息日：这可能是剥削的迹象，特别是还有其他迹象的时候。
   *[other] 每天工作时间很长，或者没有休息日：这可能是剥削的迹象，特别是还有其他迹象的时候。
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] 您的工作只拿到很少的钱或没有钱：这可能是剥削的迹象。
   *[other] 工作只拿到很少的钱或没有钱：这可能是剥削的迹象。
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] 没有合同，也没有登记：这通常意味着没有保险，工作时也没有保护。
   *[other] 没有合同，也没有登记：这通常意味着这个人没有保险，工作时也没有保护。
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] 危险的工作却没有防护：这会危害您的健康，也可能是剥削的迹象。
   *[other] 危险的工作却没有防护：这会危害这个人的健康，也可能是剥削的迹象。
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] 睡觉的地方太挤、很脏或不安全：这样的生活条件可能是剥削的迹象。
   *[other] 睡觉的地方太挤、很脏或不安全：这样的生活条件可能是剥削的迹象。
}
checklist-indicator-no-school = { $perspective ->
    [me] 不去上学：年轻人有上学的权利。
   *[other] 不去上学：年轻人有上学的权利。
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] 别人从您的性行为中赚钱：法律把这叫作性剥削，对未满 18 岁的人来说，这永远是剥削。
   *[other] 别人从这个人的性行为中赚钱：法律把这叫作性剥削，对未满 18 岁的人来说，这永远是剥削。
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] 有人逼您制作性照片或视频让他们赚钱：这是性剥削，在网上也一样。
   *[other] 有人逼这个人制作性照片或视频让他们赚钱：这是性剥削，在网上也一样。
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] 这个人让您和别人发生性关系：“少年皮条客”会这样做，对未满 18 岁的人来说，这永远是剥削。
   *[other] 这个人让这个年轻人和别人发生性关系：“少年皮条客”会这样做，对未满 18 岁的人来说，这永远是剥削。
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] 您未满 18 岁，并且涉及性、陪伴服务或性照片：对年轻人来说，这永远是剥削，即使您同意过。这绝不是您的错。
   *[other] 这个人未满 18 岁，并且涉及性、陪伴服务或性照片：对年轻人来说，这永远是剥削，即使他/她同意过。这绝不是他/她的错。
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] 您必须把乞讨得来的固定数目的钱交出去：法律把替别人乞讨叫作剥削。
   *[other] 这个人必须把乞讨得来的固定数目的钱交出去：法律把替别人乞讨叫作剥削。
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] 您犯罪得来的东西被别人留下：法律把这叫作剥削，该负责的是从中得利的人。
   *[other] 这个人犯罪得来的东西被别人留下：法律把这叫作剥削，该负责的是从中得利的人。
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] 您必须待在一所房子里照看大麻植物：在法律上，被逼替别人犯罪就是剥削。
   *[other] 这个人必须待在一所房子里照看大麻植物：在法律上，被逼替别人犯罪就是剥削。
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] 您未满 18 岁，有人逼您犯罪：对年轻人来说，这就是剥削，不管您同意过什么。
   *[other] 这个人未满 18 岁，有人逼他/她犯罪：对年轻人来说，这就是剥削，不管他/她同意过什么。
}
checklist-indicator-documents-kept = { $perspective ->
    [me] 有人拒绝还给您身份证件：这是控制一个人的方法。
   *[other] 有人拒绝还给这个人身份证件：这是控制一个人的方法。
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] 一笔永远还不完的债：债务常被用来让人一直干活。
   *[other] 一笔永远还不完的债：债务常被用来让人一直干活。
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] 有人不让您离开、把您关起来或跟着您：这夺走了您的自由。
   *[other] 有人不让这个人离开、把他/她关起来或跟着他/她：这夺走了他/她的自由。
}
checklist-indicator-violence = { $perspective ->
    [me] 有人伤害您或强迫您发生性行为：这是暴力，绝不是您的错。
   *[other] 有人伤害这个人或强迫他/她发生性行为：这是暴力，绝不是他/她的错。
}
checklist-indicator-threats = { $perspective ->
    [me] 您或您的家人受到威胁：恐惧被用来让人听话。
   *[other] 这个人或他/她的家人受到威胁：恐惧被用来让人听话。
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] 有人威胁要把您告到警察或移民局：这被用来让人不敢说话。
   *[other] 有人威胁要把这个人告到警察或移民局：这被用来让人不敢说话。
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] 如果您不干了，您会受到惩罚：一份不能离开的工作，不是自由选择的工作。
   *[other] 如果这个人不干了，他/她会受到惩罚：一份不能离开的工作，不是自由选择的工作。
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] 您挣的钱被别人拿走：这让一个人只能依赖别人。
   *[other] 这个人挣的钱被别人拿走：这让一个人只能依赖别人。
}
checklist-indicator-forced-crime = { $perspective ->
    [me] 您被逼替别人违法：这可能是一种剥削，该负责的是从中得利的人。
   *[other] 这个人被逼替别人违法：这可能是一种剥削，该负责的是从中得利的人。
}
checklist-indicator-forced-clients = { $perspective ->
    [me] 您不能拒绝客人或某种性行为：这是被控制的迹象。
   *[other] 这个人不能拒绝客人或某种性行为：这是被控制的迹象。
}
checklist-indicator-under-control = { $perspective ->
    [me] 别人决定您的广告、客人或约会：是别人在控制这份工作，这可能是剥削的迹象。
   *[other] 别人决定这个人的广告、客人或约会：是别人在控制这份工作，这可能是剥削的迹象。
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] 有人告诉您要对警察、政府人员或家人说什么：这被用来隐瞒正在发生的事。
   *[other] 有人告诉这个人要对警察、政府人员或家人说什么：这被用来隐瞒正在发生的事。
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] 同一批人给您工作、住处和吃的：这让人很难说“不”或离开。
   *[other] 同一批人给这个人工作、住处和吃的：这让人很难说“不”或离开。
}
checklist-indicator-isolated = { $perspective ->
    [me] 有人不让您联系家人和朋友：一个人孤零零的，就更难得到帮助。
   *[other] 有人不让这个人联系家人和朋友：一个人孤零零的，就更难得到帮助。
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] 您害怕警察，或者担心自己的证件问题：这种恐惧常被用来让人不敢说话。
   *[other] 这个人害怕警察，或者担心自己的证件问题：这种恐惧常被用来让人不敢说话。
}
checklist-indicator-no-private-space = { $perspective ->
    [me] 没有私人的睡觉地方：UNODC 把这列为家庭奴役的迹象之一。
   *[other] 没有私人的睡觉地方：UNODC 把这列为家庭奴役的迹象之一。
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] 吃不饱，或者只能吃剩饭：UNODC 把这列为家庭奴役的迹象之一。
   *[other] 吃不饱，或者只能吃剩饭：UNODC 把这列为家庭奴役的迹象之一。
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] 带回去的钱太少会受到惩罚：UNODC 把这列为被迫乞讨和被迫犯罪的迹象之一。
   *[other] 带回去的钱太少会受到惩罚：UNODC 把这列为被迫乞讨和被迫犯罪的迹象之一。
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] 被人送到乞讨的地方再接回来：UNODC 把这样被人转来转去列为一个迹象。
   *[other] 被人送到乞讨的地方再接回来：UNODC 把这样被人转来转去列为一个迹象。
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] 事情是从毒品开始的：离不开毒品，会让一个人被提供毒品的人绑住。
   *[other] 事情是从毒品开始的：离不开毒品，会让一个人被提供毒品的人绑住。
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] 事情是从“来钱容易”的机会开始的：这是把人拉去替别人犯罪的常见方法。
   *[other] 事情是从“来钱容易”的机会开始的：这是把人拉去替别人犯罪的常见方法。
}
checklist-indicator-older-contacts = { $perspective ->
    [me] 您想到的这个人比您大很多：Child Focus 把这列为警示信号之一。
   *[other] 这个男朋友、女朋友或朋友比这个年轻人大很多：Child Focus 把这列为警示信号之一。
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] 您收到钱或贵重礼物：礼物可能被用来让人觉得自己欠了什么。
   *[other] 这个人收到钱或贵重礼物：礼物可能被用来让人觉得自己欠了什么。
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] 这个人想让您不再见朋友或家人：“少年皮条客”会切断年轻人和能帮助他们的人的联系。
   *[other] 这个人想让这个年轻人不再见朋友或家人：“少年皮条客”会切断年轻人和能帮助他们的人的联系。
}
checklist-indicator-staying-away = { $perspective ->
    [me] 晚上不回家，也不说去了哪里：Child Focus 把这列为警示信号之一。
   *[other] 晚上不回家，也不说去了哪里：Child Focus 把这列为警示信号之一。
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] 和这个人或他/她的朋友去酒店或不认识的公寓：Child Focus 把这列为警示信号之一。
   *[other] 和这个人或他/她的朋友去酒店或不认识的公寓：Child Focus 把这列为警示信号之一。
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] 这个人向您要您自己的性照片：这种照片以后常被用来逼迫年轻人。
   *[other] 这个人向这个年轻人要性照片：这种照片以后常被用来逼迫年轻人。
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] 这个人说您欠他/她礼物的钱：编造出来的债是让年轻人听话的一种方法。
   *[other] 这个人说这个年轻人欠他/她礼物的钱：编造出来的债是让年轻人听话的一种方法。
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] 有这个人名字或标记的纹身：“少年皮条客”有时用它来标记年轻人是“他们的”。
   *[other] 有这个人名字或标记的纹身：“少年皮条客”有时用它来标记年轻人是“他们的”。
}
checklist-indicator-several-phones = { $perspective ->
    [me] 这个人给的第二部手机：这可能是为了在别人不知道的情况下联系您。
   *[other] 这个人给的第二部手机：这可能是为了在别人不知道的情况下联系这个年轻人。
}
checklist-indicator-mood-changes = { $perspective ->
    [me] 情绪变化很大：这可能说明有很不好的事情。您值得得到帮助。
   *[other] 情绪变化很大：这可能说明这个年轻人遇到了很不好的事情。
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] 最近喝很多酒或吸很多毒品：Child Focus 把这列为警示信号之一。
   *[other] 最近喝很多酒或吸很多毒品：Child Focus 把这列为警示信号之一。
}
checklist-indicator-self-harm = { $perspective ->
    [me] 伤害自己，或者想过这样做：不管还发生了什么，您现在就值得得到帮助。
   *[other] 伤害自己，或者说起过这样做：不管还发生了什么，这个年轻人现在就值得得到帮助。
}

## 问卷：结果等级

checklist-level-immediate-danger = 现在有危险
checklist-level-immediate-danger-summary = { $perspective ->
    [me] 您说您现在有危险。如果可以安全地做到，请马上求助。您可以以后再回来回答问题。
   *[other] 您说这个人现在有危险。如果可以安全地做到，请马上求助。您可以以后再回来回答问题。
}
checklist-level-strong-signs = 明显的迹象
checklist-level-strong-signs-summary = { $perspective ->
    [me] 您的回答显示出人口贩运或剥削的明显迹象。这不是下结论：专门援助中心可以和您一起看看您的情况。
   *[other] 您的回答显示出人口贩运或剥削的明显迹象。这不是下结论：专门援助中心可以和您一起看看这个情况。
}
checklist-level-some-signs = 一些迹象
checklist-level-some-signs-summary = { $perspective ->
    [me] 您的一些回答可能是剥削的迹象。它们不能证明什么，但值得和了解这类情况的人谈一谈。
   *[other] 您的一些回答可能是剥削的迹象。它们不能证明什么，但值得和了解这类情况的人谈一谈。
}
checklist-level-no-clear-signs = 没有明显的迹象
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] 您的回答没有显示出人口贩运的明显迹象。如果您还是觉得有什么不对，随时可以寻求建议。
   *[other] 您的回答没有显示出人口贩运的明显迹象。如果您还是觉得有什么不对，随时可以寻求建议。
}

## 问卷：结果附带的说明

checklist-note-not-proof = { $perspective ->
    [me] 这些迹象来自国际劳工组织、欧盟委员会和联合国使用的清单。光靠迹象不能证明是人口贩运，也不能排除；它们说明什么时候值得去求助。
   *[other] 这些迹象来自国际劳工组织、欧盟委员会和联合国使用的清单。光靠迹象不能证明是人口贩运，也不能排除；它们说明什么时候值得去求助。
}
checklist-note-crisis = { $perspective ->
    [me] 如果您想伤害自己，您不必一个人承受。有危险时，请打 112。年轻人可以打 Child Focus 的电话 116 000，免费，白天黑夜都可以。Lueur 还没有列出自杀预防热线：我们还没有根据可靠来源核实过。
   *[other] 如果这个人想伤害自己，他/她不应该一个人承受。有危险时，请打 112。年轻人可以打 Child Focus 的电话 116 000，免费，白天黑夜都可以。Lueur 还没有列出自杀预防热线：我们还没有根据可靠来源核实过。
}
checklist-note-minor = { $perspective ->
    [me] 您可能未满 18 岁。用年轻人的性行为、性照片或视频赚钱，永远是剥削，即使他们同意过。对年轻人来说，不需要有强迫或欺骗，也算人口贩运。有专门为年轻人服务的机构。
   *[other] 这个人可能未满 18 岁。用年轻人的性行为、性照片或视频赚钱，永远是剥削，即使他们同意过。对年轻人来说，不需要有强迫或欺骗，也算人口贩运。有专门为年轻人服务的机构。
}
checklist-note-work-rights = { $perspective ->
    [me] 有些回答描述的是不公平的工作。即使不是人口贩运，也可能是违法的，而且您在工作中有权利。
   *[other] 有些回答描述的是不公平的工作。即使不是人口贩运，也可能是违法的，而且这个人在工作中有权利。
}
checklist-note-unsure = { $perspective ->
    [me] 有些问题您不确定。这很正常。专门援助中心可以帮您把这些问题想清楚。
   *[other] 有些问题您不确定。这很正常。专门援助中心可以帮您把这些问题想清楚。
}
checklist-note-still-worried = { $perspective ->
    [me] 问卷不能看到所有事情。如果您担心，请相信自己的感觉，去寻求建议。
   *[other] 问卷不能看到所有事情。如果您担心这个人，请相信自己的感觉，去寻求建议。
}
