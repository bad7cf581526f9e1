## 联系方式

contact-emergency-112-name = 112 – 欧洲紧急电话
contact-emergency-112-description = 如果您或别人的生命现在有危险，请打 112。任何手机都能打这个号码，在欧盟任何地方都可以。

contact-police-101-name = 警察 – 101
contact-police-101-description = 您现在有危险吗？请打 101，或者去当地的警察局。

contact-surya-name = Sürya
contact-surya-description = 位于 Liège（列日）的人口贩运受害者专门援助中心。您可以在那里得到保密的建议和信息。中心也可以根据空位提供住处，并给予支持。

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = 位于 Brussels（布鲁塞尔）的人口贩运受害者专门援助中心。您可以在那里得到保密的建议和信息。中心也可以根据空位提供住处，并给予支持。

contact-payoke-name = Payoke
contact-payoke-description = 位于 Antwerp（安特卫普）的人口贩运受害者专门援助中心。您可以在那里得到保密的建议和信息。中心也可以根据空位提供住处，并给予支持。

contact-national-contact-point-name = 人口贩运国家联络点
contact-national-contact-point-description = 这是国家联络点 stoptraite.be 的电话热线。您可以询问信息或报告一个情况，不需要先去警察局。

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = 国家联络点的网站，由 FPS Justice（联邦司法部）和三个专门援助中心一起建立。您可以在那里找到信息，并保密地报告人口贩运，不需要先去警察局。

contact-myria-name = Myria
contact-myria-description = Myria 是独立的人口贩运问题国家报告员，每年发布一份报告。如果您自己需要帮助，请联系专门援助中心。

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = 免费，白天黑夜都可以打。为儿童和年轻人服务，也为担心他们的人服务：当孩子失踪或受到性剥削时。


contact-guardianship-name = 监护服务（无人陪伴的未成年人）
contact-guardianship-description = FPS Justice（联邦司法部）的一项服务，帮助在比利时没有父母或监护人陪伴的 18 岁以下年轻人。它给他们安排一位监护人，帮助办理证件、上学、看病和找律师。任何人都可以告诉这个服务有这样的年轻人。它的紧急电话白天黑夜都有人接。
## 联系方式类型

contact-kind-emergency = 紧急情况
contact-kind-police = 警察
contact-kind-specialised-centre = 专门援助中心
contact-kind-national-contact-point = 国家联络点
contact-kind-report-website = 报告网站
contact-kind-helpline = 求助热线
contact-kind-national-rapporteur = 国家报告员

## 地区

region-brussels = 布鲁塞尔
region-flanders = 弗拉芒大区
region-wallonia = 瓦隆大区
region-east-belgium = 东比利时
region-belgium = 比利时全国
