## ቀንዲ ገጽ

home-title = Lueur
home-intro = ብዛዕባ ዝውውር ደቂ ሰባት ኣብ ቤልጅዩም ሓበሬታን ሓገዝን። እዚ ኣፕሊኬሽን ብዘይ ኢንተርነት ይሰርሕ።
home-danger-title = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም?
home-danger-text = ህይወትኩም ወይ ህይወት ካልእ ሰብ ኣብ ሓደጋ እንተሎ፡ ሕጂ ንሓገዝ ደውሉ ወይ ናብ እቲ ዝቐረበ መደበር ፖሊስ ኪዱ።
home-action-help-now = ሕጂ ሓገዝ ርኸቡ
home-action-help-now-hint = ክሕግዙኹም ዝኽእሉ ትካላትን ቁጽሪ ተሌፎንን።
home-action-check-me = ብዛዕባ ኩነታተይ ሕቶታት
home-action-check-me-hint = ብዛዕባ ኩነታትኩም ሒደት ሕቶታት። መልስታትኩም ኣብዚ ተሌፎን ይተርፉ።
home-action-check-other = ብዛዕባ ዝፈልጦ ሰብ ሕቶታት
home-action-check-other-hint = ብዛዕባ ኩነታት ናይ እትሻቐሉሉ ሰብ ሒደት ሕቶታት።
home-action-learn = ተማሃሩ
home-action-learn-hint = ዝውውር ደቂ ሰባት እንታይ ምዃኑ፡ ምልክታቱን መሰላትኩምን።
home-action-contacts = ርክባት
home-action-contacts-hint = ፍሉያት ማእከላት፡ መስመራት ሓገዝን ፖሊስን።
home-action-report = ብዛዕባ ሓደ ኩነታት ሓብሩ
home-action-report-hint = ምስጢራዊ ጸብጻብ ጽሓፉ። ኢንተርነት ምስ ዝህሉ ይለኣኽ።
home-action-search = ድለዩ
home-action-outbox = ክለኣኹ ዝጽበዩ ዘለዉ ጸብጻባት
home-action-calculator = ካልኩሌተር
home-action-settings = ምድላዋት
home-notice-data-reset = Lueur ኣብዚ ተሌፎን ዝተዓቀበ ሓበሬታ ከንብብ ኣይከኣለን፡ ስለዚ ብባዶ ሓበሬታ ደጊሙ ጀሚሩ። ምድላዋትኩምን ክለኣኹ ዝጽበዩ ዝነበሩ ጸብጻባትን ጠፊኦም ክኾኑ ይኽእሉ።
home-notice-storage-unavailable = Lueur ሕጂ ኣብዚ ተሌፎን ዋላ ሓንቲ ክዕቅብ ኣይክእልን፡ ንኣብነት መዘክሮ ተሌፎን ስለ ዝመልአ። ግን ኩሉ ከተንብቡን ንሓገዝ ክትድውሉን ትኽእሉ ኢኹም።

## ምንቅስቓስ (ዝርዝራትን መምረጺታትን)

nav-choose = ቁጽሪ ጽሓፉ እሞ Enter ጠውቑ:
nav-back = ንድሕሪት
nav-quit = ዕጸዉ
nav-invalid-choice = በጃኹም ካብቶም ዝረኣዩ ቁጽርታት ሓደ ጽሓፉ።
nav-no-app = ኣብዚ ተሌፎን እዚ ነዚ ክገብር ዝኽእል ኣፕ የለን።

## ተማሃሩ: ዝርዝር ጽሑፋትን ሓደ ጽሑፍን

articles-title = ተማሃሩ
articles-intro = ዝውውር ደቂ ሰባት ንምርዳእን ሓገዝ ንምርካብን ሓጸርቲ ጽሑፋት።
article-reviewed = ሓቅታት ኣብ { $date } ተመርሚሮም።
article-review-pending = እዚ ትርጉም ገና ብተዛራባይ ቋንቋ ኣደ ኣይተመርመረን።
article-sources = ምንጭታት

date-long = { $day } { $month ->
        [1] ጥሪ
        [2] ለካቲት
        [3] መጋቢት
        [4] ሚያዝያ
        [5] ግንቦት
        [6] ሰነ
        [7] ሓምለ
        [8] ነሓሰ
        [9] መስከረም
        [10] ጥቅምቲ
        [11] ሕዳር
       *[12] ታሕሳስ
    } { $year }

## ርክባት: ዝርዝር፡ መፍለዪታትን ዝርዝር ሓበሬታን

contacts-title = መን ክሕግዝ ይኽእል
contacts-intro = ፍሉያት ማእከላት እትነግርዎም ብምስጢር ይሕዝዎ። ፖሊስን 112ን ንህጹጽ ኩነታት እዮም።
contacts-filter-city = ከተማ ወይ ዞባ
contacts-filter-kind = ዓይነት ኣገልግሎት
contacts-filter-language = ዝዝረብ ቋንቋ
contacts-filtered-by = ብዚ ተፈልዩ: { $filters }
contacts-nationwide = ኣብ ኩሉ ቤልጅዩም ይርከብ
contacts-empty = ምስዞም መፍለዪታት ዝሰማማዕ ኣገልግሎት የለን። ሓደ መፍለዪ ከተልግሱ ወይ ምሉእ ዝርዝር ክትርእዩ ትኽእሉ ኢኹም።
contacts-empty-place = ኣብዚ ቦታ ኣገልግሎት ኣይተረኽበን። እዞም ኣብ ታሕቲ ዘለዉ ኣገልግሎታት ኣብ ዝኾነ ቦታ ቤልጅዩም እንተሃለኹም ክሕግዙኹም ይኽእሉ።
contacts-languages-not-listed = { $count ->
        [one] ናይ ሓደ ኣገልግሎት ዝዝረቡ ቋንቋታት ኣይተዘርዘሩን፡ ስለዚ ነዚ ቋንቋ ኣይረአን። ግን ክትረኽብዎን ክትሓትዎን ትኽእሉ ኢኹም።
       *[other] ናይ { $count } ኣገልግሎታት ዝዝረቡ ቋንቋታት ኣይተዘርዘሩን፡ ስለዚ ነዚ ቋንቋ ኣይረኣዩን። ግን ክትረኽብዎምን ክትሓትዎምን ትኽእሉ ኢኹም።
    }
contact-for-minors = ንቆልዑን መንእሰያትን
contact-languages = ዝዝረቡ ቋንቋታት: { $languages }
contact-languages-not-listed = ዝዝረቡ ቋንቋታት ኣይተዘርዘሩን።
contact-serves = ዝሰርሓሉ ቦታ: { $regions }
contact-address = ኣድራሻ
contact-country = ቤልጅዩም
contact-call-note = ደውል ወይ መልእኽቲ ኣብ ታሪኽ ተሌፎንኩም ይረአ። ድሕሪኡ ክትድምስስዎ ትኽእሉ ኢኹም፡ ግን ሓደ ዝጎደለ ነገር ክፍለጥ ይኽእል፡ እቲ ደውል ድማ ኣብ ፋቱራ ተሌፎን ክረአ ይኽእል። እንተኸኣልኩም፡ ሓደ ሰብ ዘይፍትሾ ተሌፎን ተጠቐሙ።

action-call = ናብ { $number } ደውሉ
action-sms = ናብ { $number } መልእኽቲ ስደዱ
action-email = ናብ { $address } ጽሓፉ
action-website = { $site } ክፈቱ
action-map = ኣብ ካርታ ኣርእዩ

language-name = { $code ->
        [fr] ፈረንሳይኛ
        [nl] ሆላንድኛ
        [de] ጀርመንኛ
        [en] እንግሊዝኛ
        [ar] ዓረብኛ
        [es] ስጳንኛ
        [pt] ፖርቱጊዝኛ
        [ro] ሩማንኛ
        [bg] ቡልጋርኛ
        [pl] ፖሎንኛ
        [ru] ሩስኛ
        [uk] ዩክረይንኛ
        [tr] ቱርክኛ
        [zh] ቻይንኛ
       *[other] { $code }
    }

## ምድላይ

search-title = ምድላይ
search-placeholder = ኣብ ጽሑፋትን ርክባትን ድለዩ
search-hint = ንምድላይ ሓንቲ ቃል ጽሓፉ፡ ንኣብነት "ስራሕ" ወይ "ብራስልስ"።
search-empty = ዋላ ሓንቲ ኣይተረኽበን። ካልእ ቃል ፈትኑ፡ ወይ ዝርዝር ርክባት ርኣዩ።
search-results = { $count ->
        [one] ሓደ ውጽኢት
       *[other] { $count } ውጽኢታት
    }
search-kind-article = ጽሑፍ
search-kind-contact = ርክብ

## ምድላዋትን ብዛዕባ Lueurን

settings-title = ምድላዋት
settings-language = ቋንቋ
settings-locale-own-name = ትግርኛ
settings-about = ብዛዕባ Lueur
settings-about-text = Lueur ብዛዕባ ዝውውር ደቂ ሰባት ኣብ ቤልጅዩም ሓበሬታ ይህብ፡ ሓገዝ ኣበይ ከም ዝርከብ ድማ የርኢ። ብዘይ ኢንተርነት ይሰርሕ፡ ባዕልኹም ጸብጻብ እንተዘይሰዲድኩም ድማ ዋላ ሓንቲ ኣይሰድድን።
settings-app-version = ስሪት ኣፕሊኬሽን
settings-content-version = ስሪት ትሕዝቶ
settings-content-date = ሓበሬታ ዝተመርመረሉ ዕለት

## ጌጋታት

error-not-found = እዚ ገጽ የለን። በጃኹም ንድሕሪት ተመለሱ እሞ ደጊምኩም ምረጹ።
error-not-now = እዚ ሕጂ ኣይከኣልን። በጃኹም ደጊምኩም ፈትኑ።
error-storage = Lueur ሕጂ ኣብዚ ተሌፎን ሓበሬታኡ ከንብብ ወይ ክዕቅብ ኣይክእልን። ነጻ ቦታ ከም ዘሎ ርኣዩ፡ ድሕሪኡ ደጊምኩም ፈትኑ።
error-content = ኣብዚ ኣፕሊኬሽን ዘሎ ሓበሬታ ክንበብ ኣይክእልን። በጃኹም ነቲ ኣፕሊኬሽን ደጊምኩም ኣእትውዎ።
error-internal = ኣብ ውሽጢ Lueur ጸገም ተፈጢሩ። እንደገና እንተኣጋጢሙ፡ በጃኹም ነቲ ኣፕሊኬሽን ደጊምኩም ኣእትውዎ።
error-endpoint-refused = እዚ ኣድራሻ ጸብጻባት ክቕበል ኣይክእልን: { $reason }
error-unknown-locale = እዚ ቋንቋ የለን። ፈረንሳይኛ፡ ሆላንድኛ፡ ጀርመንኛ ወይ እንግሊዝኛ ክትመርጹ ትኽእሉ ኢኹም።

## ነፍሲ ወከፍ ተግባር ኣብ ኣፕሊኬሽናት ተሌፎን እንታይ ይገድፍ

action-trace-call = እቲ ደውል ኣብ ዝርዝር ደውላት ተሌፎን ይተርፍ።
action-trace-sms = እቲ መልእኽቲ ኣብ ኣፕሊኬሽን መልእኽቲ ተሌፎን ይተርፍ።
action-trace-email = እቲ ኢመይል ኣብ ዝተለኣኹ ኢመይላት ናይ ኣፕሊኬሽን ኢመይል ይተርፍ።
action-trace-website = እቲ ወብሳይት ኣብ ውሽጢ Lueur ይኽፈት፡ ኣብ ታሪኽ ብራውዘር ድማ ኣይተርፍን።
action-trace-map = እቲ ኣድራሻ ኣብ ታሪኽ ኣፕሊኬሽን ካርታ ክተርፍ ይኽእል።
