## 保密报告：表格、发件箱和相关消息。

report-form-title = 写一份保密报告
report-form-intro = 写下您知道的事情。这不是向警察报案。只有“发生了什么”是必须填的；您不想说的都可以跳过。
report-form-privacy = 您的报告在保存之前就在这部手机上加密锁好了。只有接收报告的机构才能打开。有网络连接时报告就会发送，晚一点也可以。
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = 您的报告会发给 { $organisation }。这不是向警察报案，也不会发给 stoptraite.be。如果您现在有危险，请打 112 或 101。
report-development-key = 测试版本：报告用一个公开的测试密钥加密。请不要在这个版本里写真实信息。
report-send = 发送报告
report-skip-hint = 按 Enter 跳过。
report-choose-one-hint = 输入一个数字。
report-choose-many-hint = 输入一个或几个数字，用空格隔开。

report-field-about = 这是关于谁的？
report-about-me = 我
report-about-someone-else = 别人
report-field-forms = 这是什么样的情况？
    .hint = 您可以选多个，或者选“我不确定”。
report-form-sexual = 被迫卖淫或性剥削
report-form-labour = 在很差的条件下工作或没有工资
report-form-begging = 被迫乞讨
report-form-forced-crime = 被迫犯罪
report-form-organ-removal = 摘取器官
report-form-other = 其他情况
report-form-not-sure = 我不确定
report-field-municipality = 在哪个城镇或市镇？
report-field-place = 具体在哪里？
    .hint = 例如一条街、一种地方，或者一家店或公司的名字。
report-field-when = 什么时候？
    .hint = 例如“从去年夏天开始”或“每天晚上”。
report-field-what-happened = 发生了什么？
    .hint = 用您自己的话写。您可以用任何语言写。
report-field-people = 有哪些人参与？
    .hint = 例如名字、外号、长什么样、汽车或电话号码。
report-field-contact = 机构可以联系您吗？
    .hint = 只有在对您安全的时候。
report-contact-no-contact = 不，请不要联系我
report-contact-phone = 可以，打电话
report-contact-email = 可以，发邮件
report-field-contact-phone = 电话号码
report-field-contact-email = 邮箱地址
report-field-contact-note = 什么时候、用什么方式联系您是安全的？
    .hint = 例如“只在工作日 9 点以前”，或者“不要留言”。
report-field-language = 您希望用哪种语言联系您？
    .hint = 例如 fr、nl、de、en、ar 或 ro。
report-field-checklist-summary = 您问卷回答的摘要
    .hint = 只有在您想加上的时候。

report-outbox-title = 报告
report-outbox-empty = 这部手机上没有报告。
report-state-queued = 等待中
report-state-sending = 正在发送
report-state-sent = 已发送
report-state-failed = 需要您处理
report-state-expired = 没有发送
report-detail-queued = 已加密，正在等待网络连接。它会自动发送。
report-detail-retrying = 上一次没有成功。大约 { $minutes ->
       *[other] { $minutes } 分钟
    }后再试一次。
report-detail-sending = 正在发送。
report-detail-sent = 机构已经收到了。
report-detail-failed = 机构无法接收这份报告。您可以再试一次，或者删除它。
report-detail-expired = 它没能及时发送，已经从这部手机上删除了。您可以重新写一份。
report-age = { $days ->
        [0] 今天
        [1] 昨天
       *[other] { $days } 天前
    }
report-action-retry = 再试一次
report-action-delete = 删除

report-error-required = 请写下发生了什么。
report-error-too-long = 太长了。请不要超过 { $max } 个字符。
report-error-phone = 这看起来不像电话号码。请检查一下；如果不是比利时号码，请加上国家代码。
report-error-email = 这看起来不像邮箱地址。请检查一下。
report-error-language = 请写一个语言代码，例如 fr、nl、de 或 en。
report-error-repeated-choice = 有一个选项出现了两次。每个选项请只选一次。
report-error-file = 无法读取报告文件（第 { $line } 行，第 { $column } 列）。
report-error-too-large = 报告太大，无法发送。请把一些回答写短一点。
report-error-cannot-delete = 现在不能删除这份报告：它正在发送。请稍后再试。
report-error-cannot-retry = 只有需要您处理的报告才能再试一次。
report-error-choice = 这个选项不在列表里。请重新选择。
report-error-not-asked = 根据您的回答，这个问题不适用。这里什么也没有保存。
