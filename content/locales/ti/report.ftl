## ምስጢራዊ ጸብጻብ: እቲ ቅጥዒ፡ ዝለኣኹ ጸብጻባትን መልእኽትታቶምን።

report-form-title = ምስጢራዊ ጸብጻብ ጽሓፉ
report-form-intro = ዝፈልጥዎ ጽሓፉ። እዚ ናብ ፖሊስ ዝቐርብ ክሲ ኣይኮነን። "እንታይ ኣጋጠመ" ጥራይ የድሊ፤ ክትብልዎ ዘይደለኹምዎ ኩሉ ሕለፍዎ።
report-form-privacy = ጸብጻብኩም ቅድሚ ምዕቃቡ ኣብዚ ተሌፎን ይዕጾ። እቲ ዝቕበሎ ትካል ጥራይ እዩ ክኸፍቶ ዝኽእል። እቲ ጸብጻብ ኢንተርነት ምስ ዝህሉ፡ ዋላ ደሓር፡ ይለኣኽ።
# ነቲ ጸብጻብ መን ከም ዝኸፍቶ ይሕብር፤ እቲ core ስም እቲ ዝጥቀመሉ ትካል ይህብ።
report-recipient = ጸብጻብኩም ናብ { $organisation } ይኸይድ። ናብ ፖሊስ ዝቐርብ ክሲ ኣይኮነን፡ ናብ stoptraite.be እውን ኣይከይድን። ሕጂ ኣብ ሓደጋ እንተሃለኹም፡ ናብ 112 ወይ 101 ደውሉ።
report-development-key = ናይ ፈተነ ስሪት: ጸብጻባት ብህዝባዊ ናይ ፈተነ መፍትሕ ይዕጸዉ። ኣብዚ ስሪት ሓቀኛ ሓበሬታ ኣይትጽሓፉ።
report-send = ነቲ ጸብጻብ ስደዱ
report-skip-hint = ንምሕላፍ Enter ጠውቑ።
report-choose-one-hint = ሓደ ቁጽሪ ጽሓፉ።
report-choose-many-hint = ሓደ ወይ ልዕሊኡ ቁጽርታት ጽሓፉ፡ ብባዶ ቦታ ፈልይዎም።

report-field-about = እዚ ብዛዕባ መን እዩ?
report-about-me = ብዛዕባይ
report-about-someone-else = ብዛዕባ ካልእ ሰብ
report-field-forms = እንታይ ዓይነት ኩነታት እዩ?
    .hint = ልዕሊ ሓደ ክትመርጹ ትኽእሉ ኢኹም፡ ወይ "ርግጸኛ ኣይኮንኩን"።
report-form-sexual = ብግዲ ምንዝርና ወይ ጾታዊ ምዝማዝ
report-form-labour = ኣብ ኣዝዩ ሕማቕ ኩነታት ወይ ብዘይ ክፍሊት ስራሕ
report-form-begging = ብግዲ ምልማን
report-form-forced-crime = ገበን ክፍጽም ምግዳድ
report-form-organ-removal = ኣካላት ምውጻእ
report-form-other = ካልእ ነገር
report-form-not-sure = ርግጸኛ ኣይኮንኩን
report-field-municipality = ኣብ ኣየናይ ከተማ ወይ ምምሕዳር?
report-field-place = ብልክዕ ኣበይ?
    .hint = ንኣብነት ጎደና፡ ዓይነት ቦታ፡ ወይ ስም ንግዲ።
report-field-when = መዓስ?
    .hint = ንኣብነት "ካብ ዝሓለፈ ሓጋይ" ወይ "ነፍሲ ወከፍ ለይቲ"።
report-field-what-happened = እንታይ ኣጋጠመ?
    .hint = ብናይ ገዛእ ርእስኹም ቃላት ጽሓፉ። ብዝኾነ ቋንቋ ክትጽሕፉ ትኽእሉ ኢኹም።
report-field-people = መን እዩ ዝምልከቶ?
    .hint = ንኣብነት ኣስማት፡ ሳጓ፡ ከመይ ከም ዝመስሉ፡ መኪናታት ወይ ቁጽሪ ተሌፎን።
report-field-contact = እቲ ትካል ክረኽበኩም ይኽእል ዶ?
    .hint = ንዓኹም ውሑስ እንተኾይኑ ጥራይ።
report-contact-no-contact = ኣይፋል፡ ኣይትረኸቡኒ
report-contact-phone = እወ፡ ብተሌፎን
report-contact-email = እወ፡ ብኢመይል
report-field-contact-phone = ቁጽሪ ተሌፎን
report-field-contact-email = ኣድራሻ ኢመይል
report-field-contact-note = መዓስን ከመይን ክረኽቡኹም ውሑስ እዩ?
    .hint = ንኣብነት "ኣብ መዓልታት ስራሕ ቅድሚ ሰዓት 9 ጥራይ"፡ ወይ "መልእኽቲ ኣይትግደፉ"።
report-field-language = ብኣየናይ ቋንቋ ክትርከቡ ትደልዩ?
    .hint = ንኣብነት fr, nl, de, en, ar ወይ ro።
report-field-checklist-summary = ጽማቕ መልስታትኩም ናይ ዝርዝር ሕቶታት
    .hint = ክትውስኽዎ እንተደሊኹም ጥራይ።

report-outbox-title = ጸብጻባት
report-outbox-empty = ኣብዚ ተሌፎን ጸብጻባት የለዉን።
report-state-queued = ይጽበ ኣሎ
report-state-sending = ይለኣኽ ኣሎ
report-state-sent = ተላኢኹ
report-state-failed = ኣቓልቦኹም የድልዮ
report-state-expired = ኣይተለኣኸን
report-detail-queued = ተዓጽዩ ኢንተርነት ይጽበ ኣሎ። ባዕሉ ክለኣኽ እዩ።
report-detail-retrying = እቲ ናይ መወዳእታ ፈተነ ኣይሰርሐን። እቲ ዝቕጽል ፈተነ ድሕሪ ዳርጋ { $minutes ->
        [one] ሓንቲ ደቒቕ
       *[other] { $minutes } ደቓይቕ
    } እዩ።
report-detail-sending = ሕጂ ይለኣኽ ኣሎ።
report-detail-sent = እቲ ትካል ተቐቢልዎ።
report-detail-failed = እቲ ትካል ነዚ ጸብጻብ ክቕበሎ ኣይከኣለን። ደጊምኩም ክትፍትኑ ወይ ክትድምስስዎ ትኽእሉ ኢኹም።
report-detail-expired = ብግዜኡ ክለኣኽ ኣይከኣለን፡ ካብዚ ተሌፎን ድማ ተኣልዩ። ደጊምኩም ክትጽሕፍዎ ትኽእሉ ኢኹም።
report-age = { $days ->
        [0] ሎሚ
        [1] ትማሊ
       *[other] ቅድሚ { $days } መዓልታት
    }
report-action-retry = ደጊምኩም ፈትኑ
report-action-delete = ደምስሱ

report-error-required = በጃኹም እንታይ ከም ዘጋጠመ ጽሓፉ።
report-error-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ትሕቲ { $max } ፊደላት ግበርዎ።
report-error-phone = እዚ ቁጽሪ ተሌፎን ኣይመስልን። በጃኹም ኣረጋግጽዎ፡ ናይ ቤልጅዩም እንተዘይኮይኑ ምስ ኮድ ሃገር።
report-error-email = እዚ ኣድራሻ ኢመይል ኣይመስልን። በጃኹም ኣረጋግጽዎ።
report-error-language = በጃኹም ኮድ ቋንቋ ጽሓፉ፡ ንኣብነት fr, nl, de ወይ en።
report-error-repeated-choice = ሓደ ምርጫ ክልተ ግዜ ይረአ ኣሎ። በጃኹም ነፍሲ ወከፍ ሓንሳብ ጥራይ ምረጹ።
report-error-file = ፋይል እቲ ጸብጻብ ክንበብ ኣይክእልን (መስመር { $line }፡ ዓምዲ { $column })።
report-error-too-large = እቲ ጸብጻብ ንምልኣኽ ኣዝዩ ዓቢ እዩ። በጃኹም ገለ መልስታት ኣሕጽርዎም።
report-error-cannot-delete = እዚ ጸብጻብ ሕጂ ክድምሰስ ኣይክእልን: ይለኣኽ ኣሎ። ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
report-error-cannot-retry = ኣቓልቦኹም ዘድልዮ ጸብጻብ ጥራይ እዩ ደጊሙ ክፍተን ዝኽእል።
report-error-choice = እዚ ምርጫ ኣብቲ ዝርዝር የለን። በጃኹም ደጊምኩም ምረጹ።
report-error-not-asked = እዚ ሕቶ ንመልስታትኩም ኣይምልከትን። ኣብዚ ዋላ ሓንቲ ኣይተዓቀበን።
