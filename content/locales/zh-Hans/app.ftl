## 主页

home-title = Lueur
home-intro = 关于比利时人口贩运的信息和帮助。本应用不需要网络也能使用。
home-danger-title = 您现在有危险吗？
home-danger-text = 如果您或别人的生命有危险，请马上求助，或者去最近的警察局。
home-action-help-now = 马上求助
home-action-help-now-hint = 可以帮助您的机构和电话号码。
home-action-check-me = 关于我的情况的问题
home-action-check-me-hint = 几个关于您的情况的问题。您的回答只留在这部手机上。
home-action-check-other = 关于我认识的人的问题
home-action-check-other-hint = 几个关于您担心的那个人的情况的问题。
home-action-learn = 了解
home-action-learn-hint = 什么是人口贩运，有哪些迹象，您有哪些权利。
home-action-contacts = 联系方式
home-action-contacts-hint = 专门援助中心、求助热线和警察。
home-action-report = 报告一个情况
home-action-report-hint = 写一份保密报告。有网络连接时会发送出去。
home-action-search = 搜索
home-action-outbox = 等待发送的报告
home-action-calculator = 计算器
home-action-settings = 设置
home-notice-data-reset = Lueur 无法读取这部手机上保存的数据，所以已用空白数据重新开始。您的设置和等待发送的报告可能已经没有了。
home-notice-storage-unavailable = Lueur 现在无法在这部手机上保存任何东西，比如因为存储空间已满。您仍然可以阅读所有内容，也可以打电话求助。

## 浏览（菜单和列表）

nav-choose = 输入一个数字，然后按 Enter：
nav-back = 返回
nav-quit = 关闭
nav-invalid-choice = 请输入显示的数字之一。
nav-no-app = 这部手机上没有应用可以执行此操作。

## 了解：文章列表和单篇文章

articles-title = 了解
articles-intro = 简短的文章，帮助您了解人口贩运，找到帮助。
article-reviewed = 信息核实日期：{ $date }。
article-review-pending = 这份翻译还没有经过以中文为母语的人检查。
article-sources = 来源

date-long = { $year }年{ $month ->
        [1] { $month }月
        [2] { $month }月
        [3] { $month }月
        [4] { $month }月
        [5] { $month }月
        [6] { $month }月
        [7] { $month }月
        [8] { $month }月
        [9] { $month }月
        [10] { $month }月
        [11] { $month }月
       *[12] { $month }月
    }{ $day }日

## 联系方式：列表、筛选和详情

contacts-title = 谁可以帮助您
contacts-intro = 专门援助中心会对您说的话保密。警察和 112 用于紧急情况。
contacts-filter-city = 城市或地区
contacts-filter-kind = 服务类型
contacts-filter-language = 使用的语言
contacts-filtered-by = 筛选条件：{ $filters }
contacts-nationwide = 在比利时全国都可以使用
contacts-empty = 没有符合这些筛选条件的服务。您可以去掉一个筛选条件，或者查看完整列表。
contacts-empty-place = 在这个地方没有找到服务。下面的服务无论您在比利时哪里都可以帮助您。
contacts-languages-not-listed = { $count ->
       *[other] 有 { $count } 个服务没有写明使用的语言，所以在这个语言下没有显示。您仍然可以联系他们并询问。
    }
contact-for-minors = 为儿童和年轻人服务
contact-languages = 使用的语言：{ $languages }
contact-languages-not-listed = 没有写明使用的语言。
contact-serves = 服务地区：{ $regions }
contact-address = 地址
contact-country = 比利时
contact-call-note = 打电话或发短信会出现在您手机的记录里。您之后可以删除，但少了一条记录可能会被发现，而且电话账单上仍然可能显示这个电话。如果可以，请用一部没有人检查的手机。

action-call = 打电话给 { $number }
action-sms = 发短信给 { $number }
action-email = 写邮件给 { $address }
action-website = 打开 { $site }
action-map = 在地图上显示

language-name = { $code ->
        [fr] 法语
        [nl] 荷兰语
        [de] 德语
        [en] 英语
        [ar] 阿拉伯语
        [es] 西班牙语
        [pt] 葡萄牙语
        [ro] 罗马尼亚语
        [bg] 保加利亚语
        [pl] 波兰语
        [ru] 俄语
        [uk] 乌克兰语
        [tr] 土耳其语
        [zh] 中文
       *[other] { $code }
    }

## 搜索

search-title = 搜索
search-placeholder = 搜索文章和联系方式
search-hint = 输入一个词来搜索，例如“工作”或“布鲁塞尔”。
search-empty = 什么也没找到。请试试别的词，或者查看联系方式列表。
search-results = { $count ->
       *[other] { $count } 个结果
    }
search-kind-article = 文章
search-kind-contact = 联系方式

## 设置和关于

settings-title = 设置
settings-language = 语言
settings-locale-own-name = 简体中文
settings-about = 关于 Lueur
settings-about-text = Lueur 提供关于比利时人口贩运的信息，并告诉您在哪里可以找到帮助。它不需要网络，除非您自己发送报告，否则它不会发送任何东西。
settings-app-version = 应用版本
settings-content-version = 内容版本
settings-content-date = 信息核实日期

## 错误

error-not-found = 这个页面不存在。请返回，重新选择。
error-not-now = 现在无法这样做。请再试一次。
error-storage = Lueur 现在无法在这部手机上读取或保存数据。请检查是否还有空间，然后再试一次。
error-content = 无法读取本应用里的信息。请重新安装本应用。
error-internal = Lueur 内部出了问题。如果再次发生，请重新安装本应用。
error-endpoint-refused = 这个地址不能接收报告：{ $reason }
error-unknown-locale = 没有这种语言。您可以选择法语、荷兰语、德语或英语。

## 每个操作会在手机自带应用里留下什么

action-trace-call = 这个电话会留在手机的通话记录里。
action-trace-sms = 这条短信会留在手机的短信应用里。
action-trace-email = 这封邮件会留在手机邮件应用的“已发送”里。
action-trace-website = 网站在 Lueur 里面打开，不会出现在浏览器的历史记录里。
action-trace-map = 这个地址可能会留在地图应用的历史记录里。
