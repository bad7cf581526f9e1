## ዝርዝር ሕቶታት: ስክሪናትን መጥወቕታትን

checklist-title = ምልክታት ፈትሹ
checklist-intro = ሒደት ሕቶታት፡ ብእወ፡ ኣይፋል ወይ ርግጸኛ ኣይኮንኩን ዝምለሱ። ሓደ ሕቶ ክትሓልፉ ወይ ንድሕሪት ክትምለሱ ትኽእሉ ኢኹም። መልስታትኩም ኣብዚ ኣፕሊኬሽን ይተርፉ፡ ክትዕጽውዎ ከለኹም ድማ ይጠፍኡ፡ ክትዕቅብዎም እንተዘይመሪጽኩም።
checklist-answer-yes = እወ
checklist-answer-no = ኣይፋል
checklist-answer-unsure = ርግጸኛ ኣይኮንኩን
checklist-skip = ነዚ ሕቶ ሕለፉ
checklist-back = ንድሕሪት
checklist-continue = ሕቶታት ቀጽሉ
checklist-progress = ሕቶ { $current } ካብ { $total }
checklist-prompt = ቁጽሪ ጽሓፉ እሞ Enter ጠውቑ:
checklist-keep-answers = መልስታተይ ኣብዚ ተሌፎን ዓቅቦም
checklist-keep-answers-hint = ሽዑ ኣብዚ ተሌፎን Lueur ክኸፍት ዝኽእል ዝኾነ ሰብ ክርእዮም ይኽእል። ኣብ ዝኾነ ግዜ ክትድምስስዎም ትኽእሉ ኢኹም።
checklist-delete-answers = መልስታተይ ካብዚ ተሌፎን ደምስሶም
checklist-answers-kept = መልስታትኩም ኣብዚ ተሌፎን ተዓቂቦም ኣለዉ።
checklist-answers-deleted = መልስታትኩም ካብዚ ተሌፎን ተደምሲሶም።
checklist-saved-found = ቅድሚ ሕጂ ኣብዚ ተሌፎን መልስታት ዓቂብኩም ኔርኩም።
checklist-resume = ብዝተዓቀቡ መልስታተይ ቀጽል
checklist-start-again = ካብ መጀመርታ ጀምር
checklist-signs-heading = መልስታት እንታይ የመልክቱ
checklist-element-present = መልስታት ናብዚ የመልክቱ።
checklist-unsure-heading = ርግጸኛ ዘይነበርኩምሎም መልስታት
checklist-notes-heading = ክትፈልጥዎ ዝግባእ
checklist-contacts-heading = መን ክሕግዝ ይኽእል
checklist-steps-heading = ሕጂ እንታይ ክትገብሩ ትኽእሉ
checklist-grade-strong = ሓያል ምልክት
checklist-grade-medium = ምልክት
checklist-grade-weak = ድኹም ምልክት
checklist-sources = ምንጭታት: { $sources }
checklist-close = ዕጸዉ
checklist-invalid-choice = በጃኹም ካብቶም ዝረኣዩ ቁጽርታት ሓደ ጽሓፉ።
checklist-error-about = ኩነታት ናይ መን ምዃኑ ንገሩ: “me” ወይ “other”።
checklist-ignored = በዞም መልስታት ኣይተሓተቱን፡ ስለዚ ኣይተቖጽሩን: { $questions }

## ዝርዝር ሕቶታት: ዝቕጽሉ ስጉምትታትን ርክባትን

checklist-action-call = ናብ { $name } ደውሉ: { $number }
checklist-action-talk = ምስ { $name } ተዘራረቡ
checklist-action-report = ምስጢራዊ ጸብጻብ ኣዳልዉ
checklist-action-report-hint = Lueur ሓጺር ጽማቕ ናይዞም መልስታት ይጽሕፍ። ክትቕይርዎ ወይ ከተልግስዎ ትኽእሉ ኢኹም።
checklist-action-read = ኣንብቡ: { $title }
checklist-contact-reason-emergency = ኣብ ህጹጽ እዋን
checklist-contact-reason-minors = ንትሕቲ 18 ዓመት ዝኾኑ መንእሰያት
checklist-contact-reason-region = ኣብ ቀረባኹም
checklist-contact-reason-language = ቋንቋኹም ይዛረብ
checklist-contact-reason-centre = ንኣብዚ ኩነታት ዘለዉ ሰባት ኣብ ምሕጋዝ ፍሉይ
checklist-contact-reason-report = ብዛዕባ ሓደ ኩነታት ንምሕባር

## ዝርዝር ሕቶታት: ጽማቕ ንጸብጻብ

checklist-summary-heading = { $perspective ->
    [me] ዝርዝር ሕቶታት Lueur፡ ብዛዕባ ናይ ገዛእ ርእሰይ ኩነታት
   *[other] ዝርዝር ሕቶታት Lueur፡ ብዛዕባ ዝፈልጦ ሰብ
}
checklist-summary-level = ውጽኢት: { $level }
checklist-summary-minor = እቲ ሰብ ትሕቲ 18 ዓመት ክኸውን ይኽእል።
checklist-summary-signs = ኣብ መልስታት ዘለዉ ምልክታት:
checklist-summary-unsure = ርግጸኛ ዘይኮነ:
checklist-summary-none = ብእወ ዝተመለሰ ምልክት የለን።

## ዝርዝር ሕቶታት: ጌጋታት

checklist-error-unknown-question = ኣብቲ ዝርዝር ሕቶ “{ $question }” የለን።
checklist-error-unknown-answer = “{ $answer }” ነዚ ሕቶ ዝከኣል መልሲ ኣይኮነን።
checklist-error-not-current = እዚ ሕቶ እቲ ሕጂ ኣብ ስክሪን ዘሎ ኣይኮነን።

## ዝርዝር ሕቶታት: ክፍልታት

checklist-module-entry = ቀዳሞት ሕቶታት
checklist-module-general = እቲ ኩነታት
checklist-module-sexual = ጾታዊ ርክብ፡ escort ከምኡ'ውን ኦንላይን
checklist-module-labour = ስራሕ
checklist-module-domestic = ስራሕ ኣብ ገዛ
checklist-module-begging = ምልማን
checklist-module-criminality = ንካልእ ሰብ ዝፍጸም ገበን
checklist-module-teen-pimps = ጌጋ ዝመስል ርክብ
checklist-module-closing = ናይ መወዳእታ ሕቶ

## ዝርዝር ሕቶታት: ቀዳሞት ሕቶታት

checklist-q-about = እዚ ብዛዕባ መን እዩ?
checklist-q-about-me = ብዛዕባይ
checklist-q-about-other = ብዛዕባ ዝፈልጦ ሰብ
checklist-q-danger-now = { $perspective ->
    [me] ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም፡ ወይ ሓደ ሰብ ቀልጢፉ ክጎድኣኩም ከም ዝኽእል ትፈርሁ ዶ?
   *[other] እቲ ሰብ ሕጂ ኣብ ሓደጋ ድዩ ዘሎ፡ ወይ ሓደ ሰብ ቀልጢፉ ክጎድኦ ከም ዝኽእል ይፈርህ ዶ?
}
checklist-q-locked-in-now = { $perspective ->
    [me] ሕጂ ኣብ ሓደ ቦታ ተዓጽዮም ዲኹም፡ ወይ ኣንጻር ድሌትኩም ኣብኡ ተታሒዝኩም ዘለኹም?
   *[other] እቲ ሰብ ሕጂ ኣብ ሓደ ቦታ ተዓጽዩ ድዩ፡ ወይ ኣንጻር ድሌቱ ኣብኡ ተታሒዙ ዘሎ?
}
checklist-q-under-18 = { $perspective ->
    [me] ትሕቲ 18 ዓመት ዲኹም?
   *[other] እቲ ሰብ ትሕቲ 18 ዓመት ድዩ?
}
checklist-q-situation = { $perspective ->
    [me] ኩነታትኩም ብቐንዱ ብዛዕባ እንታይ እዩ?
   *[other] ኩነታት እቲ ሰብ ብቐንዱ ብዛዕባ እንታይ እዩ?
}
checklist-q-situation-sexual = { $perspective ->
    [me] ጾታዊ ርክብ፡ escort፡ ጾታዊ ስእልታት ወይ ቪድዮታት፡ ኦንላይን እውን
   *[other] ጾታዊ ርክብ፡ escort፡ ጾታዊ ስእልታት ወይ ቪድዮታት፡ ኦንላይን እውን
}
checklist-q-situation-labour = { $perspective ->
    [me] ስራሕ: ንኣብነት ኣብ ቤት መግቢ፡ ኣብ ቦታ ህንጻ፡ ኣብ ሕርሻ፡ ኣብ ድኳን
   *[other] ስራሕ: ንኣብነት ኣብ ቤት መግቢ፡ ኣብ ቦታ ህንጻ፡ ኣብ ሕርሻ፡ ኣብ ድኳን
}
checklist-q-situation-domestic = { $perspective ->
    [me] ኣብ ገዛ ካልእ ሰብ ስራሕ: ምጽራይ፡ ምብሳል፡ ቆልዑ ምሕላው
   *[other] ኣብ ገዛ ካልእ ሰብ ስራሕ: ምጽራይ፡ ምብሳል፡ ቆልዑ ምሕላው
}
checklist-q-situation-begging = { $perspective ->
    [me] ኣብ ጎደና ምልማን
   *[other] ኣብ ጎደና ምልማን
}
checklist-q-situation-criminality = { $perspective ->
    [me] ክትሰርቁ፡ ዕጸ-ፋርስ ክትሸጡ ወይ ብኻልእ መንገዲ ሕጊ ክትጥሕሱ ምግዳድ
   *[other] ክሰርቕ፡ ዕጸ-ፋርስ ክሸይጥ ወይ ብኻልእ መንገዲ ሕጊ ክጥሕስ ምግዳድ
}
checklist-q-situation-relationship = { $perspective ->
    [me] ዝያዳ ዝያዳ ዝሓትት ፈታዊ፡ ፈታዊት ወይ ዓርኪ: ገንዘብ፡ ጾታዊ ርክብ፡ ስእልታት፡ ወይ ካብ ገዛን ቤት ትምህርትን ርሒቕኩም ግዜ
   *[other] ንእቲ ሰብ ዝያዳ ዝያዳ ዝሓትት ፈታዊ፡ ፈታዊት ወይ ዓርኪ: ገንዘብ፡ ጾታዊ ርክብ፡ ስእልታት፡ ወይ ካብ ገዛን ቤት ትምህርትን ርሒቑ ግዜ
}
checklist-q-situation-not-sure = { $perspective ->
    [me] ርግጸኛ ኣይኮንኩን፡ ወይ ካልእ ነገር
   *[other] ርግጸኛ ኣይኮንኩን፡ ወይ ካልእ ነገር
}

## ዝርዝር ሕቶታት: ንኹሉ ኩነታት ሕቶታት

checklist-q-g-act-arranged = { $perspective ->
    [me] ካልእ ሰብ ነዚ ስራሕ ወይ ንጥፈት ረኺቡልኩም ወይ ኣዳልዩልኩም ዶ?
   *[other] ካልእ ሰብ ነዚ ስራሕ ወይ ንጥፈት ንእቲ ሰብ ረኺቡሉ ወይ ኣዳልዩሉ ዶ?
}
checklist-q-g-act-journey = { $perspective ->
    [me] ሓደ ሰብ ናብቲ ሕጂ ዘለኹምዎ ቦታ ኣምጺኡኩም ዶ፡ ወይ ነቲ ጉዕዞ ኣዳልዩ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ናብቲ ሕጂ ዘለዎ ቦታ ኣምጺእዎ ዶ፡ ወይ ነቲ ጉዕዞ ኣዳልዩ?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] እቲ እትሰርሕሉ ሰብ፡ ወይ ምስኡ ዝሰርሕ ሰብ፡ ኣበይ ከም እትድቅሱ ይውስን ዶ?
   *[other] እቲ ዝሰርሓሉ ሰብ፡ ወይ ምስኡ ዝሰርሕ ሰብ፡ እቲ ሰብ ኣበይ ከም ዝድቅስ ይውስን ዶ?
}
checklist-q-g-promised-other = { $perspective ->
    [me] ስራሕኩም ወይ ኩነታትኩም ካብቲ ዝተመባጽዓልኩም ኣዝዩ ዝተፈልየ ድዩ?
   *[other] ስራሕ ወይ ኩነታት እቲ ሰብ ካብቲ ዝተመባጽዓሉ ኣዝዩ ዝተፈልየ ድዩ?
}
checklist-q-g-promised-details = { $perspective ->
    [me] ብዛዕባ ደሞዝ፡ ሰዓታት ስራሕ ወይ መንበሪ ቦታ ተታሊልኩም ዶ?
   *[other] እቲ ሰብ ብዛዕባ ደሞዝ፡ ሰዓታት ስራሕ ወይ መንበሪ ቦታ ተታሊሉ ዶ?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] ሓደ ሰብ ወረቓቕቲ ወይ ሕጋዊ መንበሪ ተመባጺዑልኩም፡ ግን ፈጺምኩም ዘይረኸብኩምዎ ኣሎ ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ወረቓቕቲ ወይ ሕጋዊ መንበሪ ተመባጺዑሉ፡ ግን ፈጺሙ ዘይረኸቦ ኣሎ ዶ?
}
checklist-q-g-forced-start = { $perspective ->
    [me] ናብዚ ክትመጹ ወይ ነዚ ስራሕ ክትጅምሩ ሓደ ሰብ ወቒዑኩም ወይ ጎዲኡኩም ዶ?
   *[other] እቲ ሰብ ናብዚ ክመጽእ ወይ ነዚ ስራሕ ክጅምር ሓደ ሰብ ወቒዕዎ ወይ ጎዲእዎ ዶ?
}
checklist-q-g-taken = { $perspective ->
    [me] ኣብ መጀመርታ ብሓይሊ ተወሲድኩም ወይ ኣንጻር ድሌትኩም ተታሒዝኩም ዶ?
   *[other] እቲ ሰብ ኣብ መጀመርታ ብሓይሊ ተወሲዱ ወይ ኣንጻር ድሌቱ ተታሒዙ ዶ?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] ናብዚ ክትመጹ ወይ ነዚ ስራሕ ክትጅምሩ ተፈራሪሕኩም ዶ?
   *[other] እቲ ሰብ ናብዚ ክመጽእ ወይ ነዚ ስራሕ ክጅምር ተፈራሪሑ ዶ?
}
checklist-q-g-hard-time = { $perspective ->
    [me] ክጅምር ከሎ፡ ሓደ ሰብ ኣብ ህይወትኩም ዝነበረ ኣዝዩ ከቢድ ግዜ ተጠቒሙሉ ዶ፡ ንኣብነት ገንዘብ ወይ ገዛ ዘይምህላው?
   *[other] ክጅምር ከሎ፡ ሓደ ሰብ ኣብ ህይወት እቲ ሰብ ዝነበረ ኣዝዩ ከቢድ ግዜ ተጠቒሙሉ ዶ፡ ንኣብነት ገንዘብ ወይ ገዛ ዘይምህላው?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] ሓደ ሰብ ኣብ ቤልጅዩም ንምንባር ወረቓቕቲ ከም ዘይብልኩም ተጠቒሙ ናብዚ ኣእትዩኩም ዶ?
   *[other] ሓደ ሰብ እቲ ሰብ ኣብ ቤልጅዩም ንምንባር ወረቓቕቲ ከም ዘይብሉ ተጠቒሙ ናብዚ ኣእትይዎ ዶ?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] ሓደ ሰብ ቋንቋ፡ ሕግታት ወይ መሰላትኩም ኣብዚ ከም ዘይትፈልጡ ተጠቒሙሉ ዶ?
   *[other] ሓደ ሰብ እቲ ሰብ ቋንቋ፡ ሕግታት ወይ መሰላቱ ኣብዚ ከም ዘይፈልጥ ተጠቒሙሉ ዶ?
}
checklist-q-g-long-hours = { $perspective ->
    [me] መብዛሕትኡ ግዜ ኣዝዩ ነዊሕ መዓልታት፡ ወይ ሸውዓተ መዓልቲ ኣብ ሰሙን ትሰርሑ ዶ?
   *[other] እቲ ሰብ መብዛሕትኡ ግዜ ኣዝዩ ነዊሕ መዓልታት፡ ወይ ሸውዓተ መዓልቲ ኣብ ሰሙን ይሰርሕ ዶ?
}
checklist-q-g-little-pay = { $perspective ->
    [me] ንእትገብርዎ ውሑድ ገንዘብ ወይ ዋላ ሓንቲ ዘይምርካብ ኣሎ ዶ?
   *[other] እቲ ሰብ ንዝገብሮ ውሑድ ገንዘብ ወይ ዋላ ሓንቲ ዘይምርካብ ኣሎ ዶ?
}
checklist-q-g-housing = { $perspective ->
    [me] እቲ እትድቅስሉ ቦታ ብሰባት ዝተጸቕጠ፡ ረሳሕ ወይ ውሑስ ዘይኮነ ድዩ?
   *[other] እቲ ሰብ ዝድቅሰሉ ቦታ ብሰባት ዝተጸቕጠ፡ ረሳሕ ወይ ውሑስ ዘይኮነ ድዩ?
}
checklist-q-g-documents = { $perspective ->
    [me] ፓስፖርትኩም ወይ ወረቐት መንነትኩም ክትሓቱ ከለኹም፡ ሓደ ሰብ ክመልሰልኩም ይኣቢ ዶ?
   *[other] እቲ ሰብ ፓስፖርቱ ወይ ወረቐት መንነቱ ክሓትት ከሎ፡ ሓደ ሰብ ክመልሰሉ ይኣቢ ዶ?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] ሓደ ሰብ ከይትኸዱ ይኽልክለኩም፡ ኣብ ውሽጢ ይዓጽወኩም ወይ ክትወጹ ከለኹም ይስዕበኩም ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ከይከይድ ይኽልክሎ፡ ኣብ ውሽጢ ይዓጽዎ ወይ ክወጽእ ከሎ ይስዕቦ ዶ?
}
checklist-q-g-debt = { $perspective ->
    [me] ነቶም እትሰርሕሎም ሰባት፡ ወይ ነቶም ናብዚ ዘምጽኡኹም ሰባት ገንዘብ ዕዳ ኣለኩም ዶ?
   *[other] እቲ ሰብ ነቶም ዝሰርሓሎም ሰባት፡ ወይ ነቶም ናብዚ ዘምጽእዎ ሰባት ገንዘብ ዕዳ ኣለዎ ዶ?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] ዝኾነ ትኸፍሉ ወይ ትገብሩ፡ እዚ ዕዳ ከምቲ ዝነበሮ ይተርፍ ወይ ይውስኽ ዶ?
   *[other] እቲ ሰብ ዝኾነ ይኽፈል ወይ ይግበር፡ እዚ ዕዳ ከምቲ ዝነበሮ ይተርፍ ወይ ይውስኽ ዶ?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] እዚ ዕዳ ብዋጋ ጉዕዞኹም፡ ስራሕኩም ወይ መንበሪኹም ድዩ ጀሚሩ?
   *[other] እዚ ዕዳ ብዋጋ ጉዕዞ፡ ስራሕ ወይ መንበሪ እቲ ሰብ ድዩ ጀሚሩ?
}
checklist-q-g-money-taken = { $perspective ->
    [me] ካልእ ሰብ ኩሉ ወይ መብዛሕትኡ እትረኽብዎ ገንዘብ ይወስድ ዶ?
   *[other] ካልእ ሰብ ኩሉ ወይ መብዛሕትኡ እቲ ሰብ ዝረኽቦ ገንዘብ ይወስድ ዶ?
}
checklist-q-g-threats = { $perspective ->
    [me] ሓደ ሰብ ንዓኹም ወይ ንስድራኹም ኣፈራሪሑ ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ወይ ንስድራኡ ኣፈራሪሑ ዶ?
}
checklist-q-g-threat-report = { $perspective ->
    [me] ሓደ ሰብ እንተዘይተኣዚዝኩም ናብ ፖሊስ ወይ ናብ ኢሚግሬሽን ከም ዝሕብረኩም ኢሉ ዶ?
   *[other] ሓደ ሰብ እቲ ሰብ እንተዘይተኣዚዙ ናብ ፖሊስ ወይ ናብ ኢሚግሬሽን ከም ዝሕብሮ ኢሉ ዶ?
}
checklist-q-g-violence = { $perspective ->
    [me] ሓደ ሰብ ወቒዑኩም፡ ጎዲኡኩም ወይ ብግዲ ናብ ጾታዊ ተግባራት ኣእትዩኩም ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ወቒዕዎ፡ ጎዲእዎ ወይ ብግዲ ናብ ጾታዊ ተግባራት ኣእትይዎ ዶ?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] ደው ከተብሉ እንተደሊኹም፡ ሓደ ሰብ ክቐጽዐኩም ወይ ኩነታትኩም ከግድዶ ዶ ይኽእል?
   *[other] እቲ ሰብ ደው ከብል እንተደልዩ፡ ሓደ ሰብ ክቐጽዖ ወይ ኩነታቱ ከግድዶ ዶ ይኽእል?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] ሓደ ሰብ ንፖሊስ፡ ንሰበ-ስልጣን ወይ ንስድራኹም እንታይ ክትብሉ ከም ዘለኩም ነጊሩኩም ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ንፖሊስ፡ ንሰበ-ስልጣን ወይ ንስድራኡ እንታይ ክብል ከም ዘለዎ ነጊርዎ ዶ?
}
checklist-q-g-dependent = { $perspective ->
    [me] ንስራሕኩም፡ ንመንበሪኹምን ንመግብኹምን ኣብ ሓደ ዓይነት ሰባት ትምርኮሱ ዶ?
   *[other] እቲ ሰብ ንስራሕ፡ ንመንበሪን ንመግብን ኣብ ሓደ ዓይነት ሰባት ይምርኮስ ዶ?
}
checklist-q-g-isolated = { $perspective ->
    [me] ሓደ ሰብ ምስ ስድራኹም ወይ ኣዕሩኽትኹም ከይትራኸቡ ይኽልክለኩም ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ምስ ስድራኡ ወይ ኣዕሩኽቱ ከይራኸብ ይኽልክሎ ዶ?
}
checklist-q-g-fear-police = { $perspective ->
    [me] ካብ ፖሊስ ሓገዝ ክትሓቱ ትፈርሁ ዶ፡ ንኣብነት ብሰንኪ ወረቓቕትኹም?
   *[other] እቲ ሰብ ካብ ፖሊስ ሓገዝ ክሓትት ይፈርህ ዶ፡ ንኣብነት ብሰንኪ ወረቓቕቱ?
}

## ዝርዝር ሕቶታት: ጾታዊ ርክብ፡ escort ከምኡ'ውን ኦንላይን

checklist-q-s-cannot-refuse = { $perspective ->
    [me] ሓደ ሰብ ዓማዊል ክትርእዩ ወይ ዘይደለኹምዎ ጾታዊ ተግባራት ክትገብሩ ይገድደኩም ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ዓማዊል ክርኢ ወይ ዘይደለዮ ጾታዊ ተግባራት ክገብር ይገድዶ ዶ?
}
checklist-q-s-money-taken = { $perspective ->
    [me] ካልእ ሰብ መብዛሕትኡ ዓማዊልኩም ዝኸፍልዎ ገንዘብ ይወስድ ዶ?
   *[other] ካልእ ሰብ መብዛሕትኡ ዓማዊል እቲ ሰብ ዝኸፍልዎ ገንዘብ ይወስድ ዶ?
}
checklist-q-s-organised = { $perspective ->
    [me] ካልእ ሰብ መወዓውዒታትኩም የውጽእ፡ ዓማዊልኩም ይመርጽ ወይ ናይ escort ርክባትኩም የዳሉ ዶ?
   *[other] ካልእ ሰብ መወዓውዒታት እቲ ሰብ የውጽእ፡ ዓማዊሉ ይመርጽ ወይ ናይ escort ርክባቱ የዳሉ ዶ?
}
checklist-q-s-images = { $perspective ->
    [me] ሓደ ሰብ ንረብሓኡ ጾታዊ ስእልታት ወይ ቪድዮታት ክትወስዱ፡ ወይ ኣብ ቅድሚ ካሜራ ጾታዊ ነገራት ክትገብሩ ይገድደኩም ዶ?
   *[other] ሓደ ሰብ ንረብሓኡ ንእቲ ሰብ ጾታዊ ስእልታት ወይ ቪድዮታት ክወስድ፡ ወይ ኣብ ቅድሚ ካሜራ ጾታዊ ነገራት ክገብር ይገድዶ ዶ?
}

## ዝርዝር ሕቶታት: ስራሕ

checklist-q-l-contract = { $perspective ->
    [me] ብዘይ ውዕል፡ ወይ ብዘይ ምዝገባ (ብጸሊም) ትሰርሑ ዶ?
   *[other] እቲ ሰብ ብዘይ ውዕል፡ ወይ ብዘይ ምዝገባ (ብጸሊም) ይሰርሕ ዶ?
}
checklist-q-l-hazard = { $perspective ->
    [me] እቲ ስራሕ ሓደገኛ ድዩ፡ ብዘይ መከላኸሊ ወይ ብዘይ ስልጠና?
   *[other] ስራሕ እቲ ሰብ ሓደገኛ ድዩ፡ ብዘይ መከላኸሊ ወይ ብዘይ ስልጠና?
}
checklist-q-l-live-in = { $perspective ->
    [me] ኣብ ገዛ ናይቶም እትሰርሕሎም ሰባት ትነብሩ ዶ?
   *[other] እቲ ሰብ ኣብ ገዛ ናይቶም ዝሰርሓሎም ሰባት ይነብር ዶ?
}

## ዝርዝር ሕቶታት: ስራሕ ኣብ ገዛ

checklist-q-d-sleep-place = { $perspective ->
    [me] ብዘይ ዝኾነ ብሕታዊ ቦታ ክትድቅሱ ትግደዱ ዶ፡ ንኣብነት ኣብ ክሽነ፡ ኣብ መተሓላለፊ ወይ ኣብ መሬት?
   *[other] እቲ ሰብ ብዘይ ዝኾነ ብሕታዊ ቦታ ክድቅስ ይግደድ ዶ፡ ንኣብነት ኣብ ክሽነ፡ ኣብ መተሓላለፊ ወይ ኣብ መሬት?
}
checklist-q-d-food = { $perspective ->
    [me] እኹል መግቢ ዘይብልኩም ዶ ኢኹም፡ ወይ እቲ ዝተረፈ ጥራይ ትረኽቡ?
   *[other] እቲ ሰብ እኹል መግቢ የብሉን ዶ፡ ወይ እቲ ዝተረፈ ጥራይ ይረክብ?
}

## ዝርዝር ሕቶታት: ምልማን

checklist-q-b-quota = { $perspective ->
    [me] ነፍሲ ወከፍ መዓልቲ ዝተወሰነ መጠን ገንዘብ ናብ ሓደ ሰብ ከተምጽኡ ትግደዱ ዶ?
   *[other] እቲ ሰብ ነፍሲ ወከፍ መዓልቲ ዝተወሰነ መጠን ገንዘብ ናብ ሓደ ሰብ ከምጽእ ይግደድ ዶ?
}
checklist-q-b-punished = { $perspective ->
    [me] ውሑድ ምስ እተምጽኡ ትቕጽዑ ዶ?
   *[other] እቲ ሰብ ውሑድ ምስ ዘምጽእ ይቕጻዕ ዶ?
}
checklist-q-b-brought = { $perspective ->
    [me] ሓደ ሰብ ብመኪና ናብቲ እትልምኑሉ ቦታ ይወስደኩም እሞ ደጊሙ ይወስደኩም ዶ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ብመኪና ናብቲ ዝልምነሉ ቦታ ይወስዶ እሞ ደጊሙ ይወስዶ ዶ?
}
checklist-q-b-school = { $perspective ->
    [me] ናብ ቤት ትምህርቲ ኣብ ክንዲ ምኻድ ትልምኑ ዶ?
   *[other] እቲ ሰብ ናብ ቤት ትምህርቲ ኣብ ክንዲ ምኻድ ይልምን ዶ?
}

## ዝርዝር ሕቶታት: ብጸቕጢ ዝፍጸም ገበን

checklist-q-c-drawn-drugs = { $perspective ->
    [me] ሓደ ሰብ ዕጸ-ፋርስ ብምሃብኩም፡ ወይ ከም ዘድልየኩም ብምግባር ድዩ ጀሚሩ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ዕጸ-ፋርስ ብምሃቡ፡ ወይ ከም ዘድልዮ ብምግባር ድዩ ጀሚሩ?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] ሓደ ሰብ ቀሊል ገንዘብ ብምቕራበልኩም ድዩ ጀሚሩ?
   *[other] ሓደ ሰብ ንእቲ ሰብ ቀሊል ገንዘብ ብምቕራቡሉ ድዩ ጀሚሩ?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] በዚ መንገዲ ክትከፍልዎ ዝተነግረኩም ዕዳ ድዩ ጀሚሩ?
   *[other] እቲ ሰብ በዚ መንገዲ ክኸፍሎ ዝተነግሮ ዕዳ ድዩ ጀሚሩ?
}
checklist-q-c-made-to = { $perspective ->
    [me] ንካልእ ሰብ ክትሰርቁ፡ ዕጸ-ፋርስ ክትሸጡ ወይ ብኻልእ መንገዲ ሕጊ ክትጥሕሱ ትግደዱ ዶ?
   *[other] እቲ ሰብ ንካልእ ሰብ ክሰርቕ፡ ዕጸ-ፋርስ ክሸይጥ ወይ ብኻልእ መንገዲ ሕጊ ክጥሕስ ይግደድ ዶ?
}
checklist-q-c-profits = { $perspective ->
    [me] ካልእ ሰብ ነቲ እተምጽእዎ ገንዘብ ወይ ነገራት ይወስዶ ዶ?
   *[other] ካልእ ሰብ ነቲ እቲ ሰብ ዘምጽኦ ገንዘብ ወይ ነገራት ይወስዶ ዶ?
}
checklist-q-c-cannabis = { $perspective ->
    [me] ተኽልታት ካናቢስ ንምሕላው ኣብ ሓደ ገዛ ክትጸንሑ ትግደዱ ዶ?
   *[other] እቲ ሰብ ተኽልታት ካናቢስ ንምሕላው ኣብ ሓደ ገዛ ክጸንሕ ይግደድ ዶ?
}

## ዝርዝር ሕቶታት: ጌጋ ዝመስል ርክብ (teen pimps)

checklist-q-t-older = { $perspective ->
    [me] እቲ እትሓስብዎ ዘለኹም ሰብ ካባኹም ብዕድመ ኣዝዩ ዝዓበየ ድዩ?
   *[other] እዚ ፈታዊ፡ ፈታዊት ወይ ዓርኪ ካብቲ መንእሰይ ብዕድመ ኣዝዩ ዝዓበየ ድዩ?
}
checklist-q-t-gifts = { $perspective ->
    [me] እዚ ሰብ ገንዘብ፡ ክቡር ህያባት ወይ ተሌፎን ይህበኩም ዶ?
   *[other] እዚ ሰብ ንእቲ መንእሰይ ገንዘብ፡ ክቡር ህያባት ወይ ተሌፎን ይህቦ ዶ?
}
checklist-q-t-love = { $perspective ->
    [me] እዚ ሰብ ፍቕሪ ወይ ብሓባር መጻኢ ተመባጺዑልኩም፡ ግን ነቲ መብጽዓ ዘይሓለዎ ድዩ?
   *[other] እዚ ሰብ ንእቲ መንእሰይ ፍቕሪ ወይ ብሓባር መጻኢ ተመባጺዑሉ፡ ግን ነቲ መብጽዓ ዘይሓለዎ ድዩ?
}
checklist-q-t-hard-time = { $perspective ->
    [me] እዚ ሰብ ናብ ህይወትኩም ዝኣተወ፡ ብሕቲኹም ኮይንኩም ክትስምዑ ከለኹም፡ ወይ ኣብ ገዛ ወይ ኣብ ቤት ትምህርቲ ጸገም ከለኩም ድዩ?
   *[other] እዚ ሰብ ናብ ህይወት እቲ መንእሰይ ዝኣተወ፡ ብሕቲ ኮይኑ ክስምዖ ከሎ፡ ወይ ኣብ ገዛ ወይ ኣብ ቤት ትምህርቲ ጸገም ከሎ ድዩ?
}
checklist-q-t-need = { $perspective ->
    [me] ነዚ ሰብ ክሳብ ኣይፋል ክትብልዎ ዘይትኽእሉ ኣዝዩ ከም ዘድልየኩም ይስምዓኩም ዶ?
   *[other] እቲ መንእሰይ ነዚ ሰብ ክሳብ ኣይፋል ክብል ዘይክእል ኣዝዩ ዘድልዮ ይመስል ዶ?
}
checklist-q-t-cut-off = { $perspective ->
    [me] እዚ ሰብ ንኣዕሩኽትኹም ወይ ንስድራኹም ምርኣይ ከተቋርጹ ይደሊ ዶ?
   *[other] እዚ ሰብ እቲ መንእሰይ ንኣዕሩኽቱ ወይ ንስድራኡ ምርኣይ ከቋርጽ ይደሊ ዶ?
}
checklist-q-t-nights = { $perspective ->
    [me] ኣበይ ከም ዘለኹም ከይነገርኩም ብለይቲ ካብ ገዛ ትጸንሑ ዶ?
   *[other] እቲ መንእሰይ ኣበይ ከም ዘሎ ከይነገረ ብለይቲ ካብ ገዛ ይጸንሕ ዶ?
}
checklist-q-t-hotels = { $perspective ->
    [me] ምስዚ ሰብ ወይ ምስ ኣዕሩኽቱ ናብ ዘይትፈልጥዎም ሆቴላት ወይ ኣፓርታማታት ትኸዱ ዶ?
   *[other] እቲ መንእሰይ ምስዚ ሰብ ወይ ምስ ኣዕሩኽቱ ናብ ዘይፈልጦም ሆቴላት ወይ ኣፓርታማታት ይኸይድ ዶ?
}
checklist-q-t-school = { $perspective ->
    [me] መብዛሕትኡ ግዜ ካብ ቤት ትምህርቲ ትተርፉ ዶ?
   *[other] እቲ መንእሰይ መብዛሕትኡ ግዜ ካብ ቤት ትምህርቲ ይተርፍ ዶ?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] እዚ ሰብ ምስ ካልኦት ሰባት ጾታዊ ርክብ ክትገብሩ ሓቲቱኩም ዶ?
   *[other] እዚ ሰብ ንእቲ መንእሰይ ምስ ካልኦት ሰባት ጾታዊ ርክብ ክገብር ሓቲትዎ ዶ?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] እዚ ሰብ ናይ ገዛእ ርእስኹም ጾታዊ ስእልታት ወይ ቪድዮታት ሓቲቱኩም ዶ?
   *[other] እዚ ሰብ ንእቲ መንእሰይ ናይ ገዛእ ርእሱ ጾታዊ ስእልታት ወይ ቪድዮታት ሓቲትዎ ዶ?
}
checklist-q-t-owe = { $perspective ->
    [me] እዚ ሰብ ንህያባት ወይ ንኻልእ ነገራት ገንዘብ ዕዳ ከም ዘለኩም ይብል ዶ?
   *[other] እዚ ሰብ እቲ መንእሰይ ንህያባት ወይ ንኻልእ ነገራት ገንዘብ ዕዳ ከም ዘለዎ ይብል ዶ?
}
checklist-q-t-tattoo = { $perspective ->
    [me] ስም ወይ ምልክት ናይዚ ሰብ ዘለዎ ታቱ (tattoo) ኣለኩም ዶ?
   *[other] እቲ መንእሰይ ስም ወይ ምልክት ናይዚ ሰብ ዘለዎ ታቱ (tattoo) ኣለዎ ዶ?
}
checklist-q-t-phones = { $perspective ->
    [me] እዚ ሰብ ዝሃበኩም ካልኣይ ተሌፎን ኣለኩም ዶ?
   *[other] እቲ መንእሰይ እዚ ሰብ ዝሃቦ ካልኣይ ተሌፎን ኣለዎ ዶ?
}
checklist-q-t-mood = { $perspective ->
    [me] ኣብዚ ቐረባ እዋን ስምዒትኩም ብዙሕ ተቐይሩ ዶ?
   *[other] ኣብዚ ቐረባ እዋን ስምዒት እቲ መንእሰይ ብዙሕ ተቐይሩ ዶ?
}
checklist-q-t-drugs = { $perspective ->
    [me] ኣብዚ ቐረባ እዋን ብዙሕ ትሰትዩ ወይ ዕጸ-ፋርስ ትወስዱ ዶ?
   *[other] ኣብዚ ቐረባ እዋን እቲ መንእሰይ ብዙሕ ይሰቲ ወይ ዕጸ-ፋርስ ይወስድ ዶ?
}
checklist-q-t-self-harm = { $perspective ->
    [me] ንርእስኹም ትጎድኡ ዶ፡ ወይ ብዛዕባኡ ትሓስቡ?
   *[other] እቲ መንእሰይ ንርእሱ ይጎድእ ዶ፡ ወይ ብዛዕባኡ ይዛረብ?
}

## ዝርዝር ሕቶታት: ናይ መወዳእታ ሕቶ

checklist-q-region = { $perspective ->
    [me] ኣበየናይ ክፋል ቤልጅዩም ኣለኹም? እዚ ኣብ ቀረባኹም ዘሎ ማእከል ንምርኣይ ይሕግዝ።
   *[other] እቲ ሰብ ኣበየናይ ክፋል ቤልጅዩም ኣሎ? እዚ ኣብ ቀረባ ዘሎ ማእከል ንምርኣይ ይሕግዝ።
}
checklist-q-region-brussels = { $perspective ->
    [me] ብራስልስ
   *[other] ብራስልስ
}
checklist-q-region-flanders = { $perspective ->
    [me] ፍላንደርስ
   *[other] ፍላንደርስ
}
checklist-q-region-wallonia = { $perspective ->
    [me] ዋሎንያ
   *[other] ዋሎንያ
}
checklist-q-region-east-belgium = { $perspective ->
    [me] ምብራቕ ቤልጅዩም (ጀርመንኛ ዝዛረብ ማሕበረሰብ)
   *[other] ምብራቕ ቤልጅዩም (ጀርመንኛ ዝዛረብ ማሕበረሰብ)
}
checklist-q-region-not-sure = { $perspective ->
    [me] ክብሎ ኣይደልን
   *[other] ክብሎ ኣይደልን፡ ወይ ኣይፈልጥን
}

## ዝርዝር ሕቶታት: ክፋላት (ምልክታት ከመይ ከም ዝጠርነፉ)

checklist-element-act = ሓደ ሰብ ንእቲ ሰብ ኣዳልዩሉ፡ ኣጓዒዝዎ ወይ ኣዕቊብዎ
checklist-element-deceptive-recruitment = ኣብ መጀመርታ ምትላል
checklist-element-coercive-recruitment = ኣብ መጀመርታ ሓይሊ
checklist-element-vulnerability-recruitment = ኣብ መጀመርታ ዝተጠቕመሉ ከቢድ ኩነታት
checklist-element-exploitative-conditions = ምዝማዝ: ብዘይፍትሓዊ ኩነታት ስራሕ ወይ ናብራ
checklist-element-exploitation-in-law = ብሕጊ ዝተሰምየ ምዝማዝ: ጾታዊ፡ ምልማን ወይ ንካልእ ሰብ ገበን
checklist-element-coercion-destination = ሕጂ ቁጽጽርን ምግዳድን
checklist-element-vulnerability-destination = ሕጂ ዝተጠቕመሉ ከቢድ ኩነታት
checklist-element-other-signs = ካልኦት ምልክታት (UNODC)፡ ከም ናይ ILO መመልከቲታት ዘይቑጸሩ
checklist-element-warning-signs = ኣብ መንእሰያት ዝረኣዩ ምልክታት ሓደጋ (Child Focus)፡ ናይ ILO መመልከቲታት ኣይኮኑን

## ዝርዝር ሕቶታት: መብርሂ ምልክታት

checklist-indicator-act-recruited = { $perspective ->
    [me] ካልእ ሰብ ነዚ ረኺቡልኩም ወይ ኣዳልዩልኩም: ኣብቲ ሕጋዊ ትርጉም እዚ ሰብ ምምልማል ይበሃል።
   *[other] ካልእ ሰብ ነዚ ንእቲ ሰብ ረኺቡሉ ወይ ኣዳልዩሉ: ኣብቲ ሕጋዊ ትርጉም እዚ ሰብ ምምልማል ይበሃል።
}
checklist-indicator-act-transported = { $perspective ->
    [me] ሓደ ሰብ ናብዚ ኣምጺኡኩም ወይ ነቲ ጉዕዞ ኣዳልዩ: ኣብቲ ሕጋዊ ትርጉም እዚ ሰብ ምጉዓዝ ይበሃል።
   *[other] ሓደ ሰብ ንእቲ ሰብ ናብዚ ኣምጺእዎ ወይ ነቲ ጉዕዞ ኣዳልዩ: ኣብቲ ሕጋዊ ትርጉም እዚ ሰብ ምጉዓዝ ይበሃል።
}
checklist-indicator-act-harboured = { $perspective ->
    [me] እቶም እትሰርሕሎም ሰባት ኣበይ ከም እትድቅሱ ይውስኑ: ኣብቲ ሕጋዊ ትርጉም እዚ ሰብ ምዕቋብ ይበሃል።
   *[other] እቶም እቲ ሰብ ዝሰርሓሎም ሰባት ኣበይ ከም ዝድቅስ ይውስኑ: ኣብቲ ሕጋዊ ትርጉም እዚ ሰብ ምዕቋብ ይበሃል።
}
checklist-indicator-deceived-job = { $perspective ->
    [me] እቲ ስራሕ ወይ ኩነታት ካብቲ ዝተመባጽዓልኩም ኣዝዩ ዝተፈልየ እዩ: ኣብ መጀመርታ ምትላል ሰባት ናብ ምዝማዝ ንምእታው ልሙድ መንገዲ እዩ።
   *[other] እቲ ስራሕ ወይ ኩነታት ካብቲ ንእቲ ሰብ ዝተመባጽዓሉ ኣዝዩ ዝተፈልየ እዩ: ኣብ መጀመርታ ምትላል ሰባት ናብ ምዝማዝ ንምእታው ልሙድ መንገዲ እዩ።
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] ብዛዕባ ደሞዝ፡ ሰዓታት ወይ መንበሪ ተታሊልኩም: ሓሶት መብጽዓታት ሰባት ክነጽግዎ ዝነበሮም ኩነታት ክቕበሉ ይገብሩ።
   *[other] እቲ ሰብ ብዛዕባ ደሞዝ፡ ሰዓታት ወይ መንበሪ ተታሊሉ: ሓሶት መብጽዓታት ሰባት ክነጽግዎ ዝነበሮም ኩነታት ክቕበሉ ይገብሩ።
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] ዘይመጽኡ ወረቓቕቲ ተመባጺዑልኩም: እዚ መብጽዓ ሰባት ክጽበዩን ክእዘዙን መብዛሕትኡ ግዜ ይጥቀምሉ።
   *[other] ንእቲ ሰብ ዘይመጽኡ ወረቓቕቲ ተመባጺዑሉ: እዚ መብጽዓ ሰባት ክጽበዩን ክእዘዙን መብዛሕትኡ ግዜ ይጥቀምሉ።
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] ሓደ ሰብ ፍቕሪ ወይ ብሓባር መጻኢ ተመባጺዑልኩም: teen pimps እምነት ንምርካብ መብዛሕትኡ ግዜ ከምዚ ይጅምሩ።
   *[other] ሓደ ሰብ ንእቲ ሰብ ፍቕሪ ወይ ብሓባር መጻኢ ተመባጺዑሉ: teen pimps እምነት ንምርካብ መብዛሕትኡ ግዜ ከምዚ ይጅምሩ።
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] ክትጅምሩ ተወቒዕኩም ወይ ተጎዲእኩም: እዚ ብናጽነት ከም ዘይመረጽኩም ዘርኢ ከቢድ ምልክት እዩ።
   *[other] እቲ ሰብ ክጅምር ተወቒዑ ወይ ተጎዲኡ: እዚ ብናጽነት ከም ዘይመረጸ ዘርኢ ከቢድ ምልክት እዩ።
}
checklist-indicator-abducted = { $perspective ->
    [me] ኣብ መጀመርታ ብሓይሊ ተወሲድኩም ወይ ኣንጻር ድሌትኩም ተታሒዝኩም: ዝኾነ ሰብ ነዚ ኣብ ልዕሌኹም ክገብሮ መሰል የብሉን።
   *[other] እቲ ሰብ ኣብ መጀመርታ ብሓይሊ ተወሲዱ ወይ ኣንጻር ድሌቱ ተታሒዙ: ዝኾነ ሰብ ነዚ ኣብ ልዕሊ ዝኾነ ሰብ ክገብሮ መሰል የብሉን።
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] ክትጅምሩ ተፈራሪሕኩም: ፍርሒ ምርጫ ክወስድ ይኽእል።
   *[other] እቲ ሰብ ክጅምር ተፈራሪሑ: ፍርሒ ምርጫ ክወስድ ይኽእል።
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] እቲ ዕዳ ብጉዕዞ ወይ ብስራሕ ጀሚሩ: ከምዚ ዝኣመሰለ ዕዳ ንሓደ ሰብ ምስቶም ዘምጽእዎ ሰባት ንምእሳር መብዛሕትኡ ግዜ ይጥቀምሉ።
   *[other] እቲ ዕዳ ብጉዕዞ ወይ ብስራሕ ጀሚሩ: ከምዚ ዝኣመሰለ ዕዳ ንሓደ ሰብ ምስቶም ዘምጽእዎ ሰባት ንምእሳር መብዛሕትኡ ግዜ ይጥቀምሉ።
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] ገንዘብ፡ ወረቓቕቲ ወይ ገዛ ኣብ ዘይነበረኩም እዋን ጀሚሩ: ንኻልኦት ዝምዝምዙ ሰባት ኣብ ከቢድ ግዜ ዘለዉ ሰባት ይደልዩ።
   *[other] እቲ ሰብ ገንዘብ፡ ወረቓቕቲ ወይ ገዛ ኣብ ዘይነበሮ እዋን ጀሚሩ: ንኻልኦት ዝምዝምዙ ሰባት ኣብ ከቢድ ግዜ ዘለዉ ሰባት ይደልዩ።
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] ሓደ ሰብ ወረቓቕቲ ዘይምህላውኩም ተጠቒሙ ናብዚ ኣእትዩኩም: ወረቓቕቲ ዘይብሎም ሰባት ብቐሊሉ ይፈራርሑ፡ ዝምዝምዙ ድማ እዚ ይጥቀምሉ።
   *[other] ሓደ ሰብ ወረቓቕቲ ዘይምህላው እቲ ሰብ ተጠቒሙ ናብዚ ኣእትይዎ: ወረቓቕቲ ዘይብሎም ሰባት ብቐሊሉ ይፈራርሑ፡ ዝምዝምዙ ድማ እዚ ይጥቀምሉ።
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] ሓደ ሰብ ብዛዕባ ቋንቋ፡ ሕግታት ወይ መሰላትኩም ዘይትፈልጥዎ ተጠቒሙ: ዘይምፍላጥ ብቐሊሉ ንምትላል የቃልዕ።
   *[other] ሓደ ሰብ እቲ ሰብ ብዛዕባ ቋንቋ፡ ሕግታት ወይ መሰላቱ ዘይፈልጦ ተጠቒሙ: ዘይምፍላጥ ብቐሊሉ ንምትላል የቃልዕ።
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] ብሕቲኹም ኮይንኩም ክትስምዑ ከለኹም ወይ ኣብ ገዛ ወይ ኣብ ቤት ትምህርቲ ጸገም ከለኩም ጀሚሩ: teen pimps ኣብዚ ኩነታት ዘለዉ መንእሰያት ይደልዩ።
   *[other] እቲ ሰብ ብሕቲ ኮይኑ ክስምዖ ከሎ ወይ ኣብ ገዛ ወይ ኣብ ቤት ትምህርቲ ጸገም ከሎ ጀሚሩ: teen pimps ኣብዚ ኩነታት ዘለዉ መንእሰያት ይደልዩ።
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] ነዚ ሰብ ኣይፋል ክትብልዎ ከም ዘይትኽእሉ ይስምዓኩም: ንሓደ ሰብ ጽግዕተኛ ከም ዝኾነ ምግባር ንምቁጽጻሩ መንገዲ እዩ።
   *[other] እቲ ሰብ ኣይፋል ክብል ዘይክእል ይመስል: ንሓደ ሰብ ጽግዕተኛ ከም ዝኾነ ምግባር ንምቁጽጻሩ መንገዲ እዩ።
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] ኣዝዩ ነዊሕ መዓልታት ወይ ዕረፍቲ መዓልቲ ዘይምህላው: እዚ ምልክት ምዝማዝ ክኸውን ይኽእል፡ ብፍላይ ምስ ካልኦት ምልክታት።
   *[other] ኣዝዩ ነዊሕ መዓልታት ወይ ዕረፍቲ መዓልቲ ዘይምህላው: እዚ ምልክት ምዝማዝ ክኸውን ይኽእል፡ ብፍላይ ምስ ካልኦት ምልክታት።
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] ንስራሕኩም ውሑድ ክፍሊት ወይ ዋላ ሓንቲ: እዚ ምልክት ምዝማዝ ክኸውን ይኽእል።
   *[other] ንስራሕ ውሑድ ክፍሊት ወይ ዋላ ሓንቲ: እዚ ምልክት ምዝማዝ ክኸውን ይኽእል።
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] ውዕል የለን፡ ምዝገባ የለን: እዚ መብዛሕትኡ ግዜ ኢንሹራንስ የለን፡ ኣብ ስራሕ ሓለዋ የለን ማለት እዩ።
   *[other] ውዕል የለን፡ ምዝገባ የለን: እዚ መብዛሕትኡ ግዜ ንእቲ ሰብ ኢንሹራንስ የለን፡ ኣብ ስራሕ ሓለዋ የለን ማለት እዩ።
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] ብዘይ መከላኸሊ ሓደገኛ ስራሕ: እዚ ንጥዕናኹም ኣብ ሓደጋ የእቱ፡ ምልክት ምዝማዝ እውን ክኸውን ይኽእል።
   *[other] ብዘይ መከላኸሊ ሓደገኛ ስራሕ: እዚ ንጥዕና እቲ ሰብ ኣብ ሓደጋ የእቱ፡ ምልክት ምዝማዝ እውን ክኸውን ይኽእል።
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] ብሰባት ዝተጸቕጠ፡ ረሳሕ ወይ ውሑስ ዘይኮነ መደቀሲ ቦታ: ከምዚ ዝኣመሰለ ኩነታት ናብራ ምልክት ምዝማዝ ክኸውን ይኽእል።
   *[other] ብሰባት ዝተጸቕጠ፡ ረሳሕ ወይ ውሑስ ዘይኮነ መደቀሲ ቦታ: ከምዚ ዝኣመሰለ ኩነታት ናብራ ምልክት ምዝማዝ ክኸውን ይኽእል።
}
checklist-indicator-no-school = { $perspective ->
    [me] ካብ ቤት ትምህርቲ ምትራፍ: መንእሰይ ናብ ቤት ትምህርቲ ናይ ምኻድ መሰል ኣለዎ።
   *[other] ካብ ቤት ትምህርቲ ምትራፍ: መንእሰይ ናብ ቤት ትምህርቲ ናይ ምኻድ መሰል ኣለዎ።
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] ካልእ ሰብ ካብ ጾታዊ ተግባራትኩም ገንዘብ ይረክብ: ሕጊ እዚ ጾታዊ ምዝማዝ ይብሎ፡ ንትሕቲ 18 ዓመት ድማ ኩሉ ግዜ ምዝማዝ እዩ።
   *[other] ካልእ ሰብ ካብ ጾታዊ ተግባራት እቲ ሰብ ገንዘብ ይረክብ: ሕጊ እዚ ጾታዊ ምዝማዝ ይብሎ፡ ንትሕቲ 18 ዓመት ድማ ኩሉ ግዜ ምዝማዝ እዩ።
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] ሓደ ሰብ ንረብሓኡ ጾታዊ ስእልታት ወይ ቪድዮታት ክትሰርሑ ይገድደኩም: እዚ ጾታዊ ምዝማዝ እዩ፡ ኦንላይን እውን።
   *[other] ሓደ ሰብ ንረብሓኡ ንእቲ ሰብ ጾታዊ ስእልታት ወይ ቪድዮታት ክሰርሕ ይገድዶ: እዚ ጾታዊ ምዝማዝ እዩ፡ ኦንላይን እውን።
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] እዚ ሰብ ምስ ካልኦት ሰባት ጾታዊ ርክብ ክትገብሩ ይሓተኩም: teen pimps እዚ ይገብሩ፡ ንትሕቲ 18 ዓመት ድማ ኩሉ ግዜ ምዝማዝ እዩ።
   *[other] እዚ ሰብ ንእቲ መንእሰይ ምስ ካልኦት ሰባት ጾታዊ ርክብ ክገብር ይሓቶ: teen pimps እዚ ይገብሩ፡ ንትሕቲ 18 ዓመት ድማ ኩሉ ግዜ ምዝማዝ እዩ።
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] ትሕቲ 18 ዓመት ኢኹም፡ ኣብ ጾታዊ ርክብ፡ escort ወይ ጾታዊ ስእልታት ድማ ኣለኹም: ንመንእሰይ እዚ ዋላ እንተተሰማማዕኩም ኩሉ ግዜ ምዝማዝ እዩ። ፈጺሙ ናትኩም ጌጋ ኣይኮነን።
   *[other] እቲ ሰብ ትሕቲ 18 ዓመት እዩ፡ ኣብ ጾታዊ ርክብ፡ escort ወይ ጾታዊ ስእልታት ድማ ኣሎ: ንመንእሰይ እዚ ዋላ እንተተሰማምዐ ኩሉ ግዜ ምዝማዝ እዩ። ፈጺሙ ናቱ ጌጋ ኣይኮነን።
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] ካብ ምልማን ዝተወሰነ መጠን ከተረክቡ ኣለኩም: ሕጊ ንካልእ ሰብ ምልማን ምዝማዝ ይብሎ።
   *[other] እቲ ሰብ ካብ ምልማን ዝተወሰነ መጠን ከረክብ ኣለዎ: ሕጊ ንካልእ ሰብ ምልማን ምዝማዝ ይብሎ።
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] ካልእ ሰብ ነቲ ገበናትኩም ዘምጽእዎ ይወስዶ: ሕጊ እዚ ምዝማዝ ይብሎ፡ እቶም ተወቐስቲ ድማ እቶም ዝረብሑ እዮም።
   *[other] ካልእ ሰብ ነቲ ገበናት እቲ ሰብ ዘምጽእዎ ይወስዶ: ሕጊ እዚ ምዝማዝ ይብሎ፡ እቶም ተወቐስቲ ድማ እቶም ዝረብሑ እዮም።
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] ተኽልታት ካናቢስ ንምሕላው ኣብ ሓደ ገዛ ክትጸንሑ ትግደዱ: ንኻልኦት ገበን ክትፍጽም ምግዳድ ብሕጊ ምዝማዝ እዩ።
   *[other] እቲ ሰብ ተኽልታት ካናቢስ ንምሕላው ኣብ ሓደ ገዛ ክጸንሕ ይግደድ: ንኻልኦት ገበን ክትፍጽም ምግዳድ ብሕጊ ምዝማዝ እዩ።
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] ትሕቲ 18 ዓመት ኢኹም፡ ሓደ ሰብ ድማ ናብ ገበን ይደፍኣኩም: ንመንእሰይ እዚ ዝኾነ እንተተሰማማዕኩም ምዝማዝ እዩ።
   *[other] እቲ ሰብ ትሕቲ 18 ዓመት እዩ፡ ሓደ ሰብ ድማ ናብ ገበን ይደፍኦ: ንመንእሰይ እዚ ዝኾነ እንተተሰማምዐ ምዝማዝ እዩ።
}
checklist-indicator-documents-kept = { $perspective ->
    [me] ሓደ ሰብ ወረቓቕቲ መንነትኩም ክመልሰልኩም ይኣቢ: እዚ ንሓደ ሰብ ንምቁጽጻር መንገዲ እዩ።
   *[other] ሓደ ሰብ ወረቓቕቲ መንነት እቲ ሰብ ክመልሰሉ ይኣቢ: እዚ ንሓደ ሰብ ንምቁጽጻር መንገዲ እዩ።
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] ፈጺሙ ዘይንኪ ዕዳ: ዕዳታት ሰባት ከይተፈለዩ ክሰርሑ መብዛሕትኡ ግዜ ይጥቀምሉ።
   *[other] ፈጺሙ ዘይንኪ ዕዳ: ዕዳታት ሰባት ከይተፈለዩ ክሰርሑ መብዛሕትኡ ግዜ ይጥቀምሉ።
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] ሓደ ሰብ ከይትኸዱ ይኽልክለኩም፡ ይዓጽወኩም ወይ ይስዕበኩም: እዚ ናጽነትኩም ይወስድ።
   *[other] ሓደ ሰብ ንእቲ ሰብ ከይከይድ ይኽልክሎ፡ ይዓጽዎ ወይ ይስዕቦ: እዚ ናጽነቱ ይወስድ።
}
checklist-indicator-violence = { $perspective ->
    [me] ሓደ ሰብ ይጎድኣኩም ወይ ብግዲ ናብ ጾታዊ ተግባራት የእትወኩም: እዚ ዓመጽ እዩ፡ ፈጺሙ ናትኩም ጌጋ ኣይኮነን።
   *[other] ሓደ ሰብ ንእቲ ሰብ ይጎድኦ ወይ ብግዲ ናብ ጾታዊ ተግባራት የእትዎ: እዚ ዓመጽ እዩ፡ ፈጺሙ ናቱ ጌጋ ኣይኮነን።
}
checklist-indicator-threats = { $perspective ->
    [me] ኣብ ልዕሌኹም ወይ ኣብ ልዕሊ ስድራኹም ምፍርራሕ: ሰባት ክእዘዙ ፍርሒ ይጥቀሙ።
   *[other] ኣብ ልዕሊ እቲ ሰብ ወይ ኣብ ልዕሊ ስድራኡ ምፍርራሕ: ሰባት ክእዘዙ ፍርሒ ይጥቀሙ።
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] ናብ ፖሊስ ወይ ኢሚግሬሽን ክሕብሩኹም ምፍርራሕ: እዚ ሰባት ስቕ ክብሉ ይጥቀሙሉ።
   *[other] ንእቲ ሰብ ናብ ፖሊስ ወይ ኢሚግሬሽን ክሕብርዎ ምፍርራሕ: እዚ ሰባት ስቕ ክብሉ ይጥቀሙሉ።
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] ደው እንተኢልኩም ምተቐጻዕኩም: ክትገድፎ ዘይትኽእል ስራሕ ብናጽነት ዝተመርጸ ኣይኮነን።
   *[other] እቲ ሰብ ደው እንተኢሉ ምተቐጽዐ: ክትገድፎ ዘይትኽእል ስራሕ ብናጽነት ዝተመርጸ ኣይኮነን።
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] ካልእ ሰብ እትረኽብዎ ገንዘብ ይወስድ: እዚ ንሓደ ሰብ ጽግዕተኛ ገይሩ የቐምጦ።
   *[other] ካልእ ሰብ እቲ ሰብ ዝረኽቦ ገንዘብ ይወስድ: እዚ ንሓደ ሰብ ጽግዕተኛ ገይሩ የቐምጦ።
}
checklist-indicator-forced-crime = { $perspective ->
    [me] ንካልእ ሰብ ሕጊ ክትጥሕሱ ትግደዱ: እዚ ሓደ ዓይነት ምዝማዝ ክኸውን ይኽእል፡ ተወቐስቲ ድማ እቶም ዝረብሑ እዮም።
   *[other] እቲ ሰብ ንካልእ ሰብ ሕጊ ክጥሕስ ይግደድ: እዚ ሓደ ዓይነት ምዝማዝ ክኸውን ይኽእል፡ ተወቐስቲ ድማ እቶም ዝረብሑ እዮም።
}
checklist-indicator-forced-clients = { $perspective ->
    [me] ንዓሚል ወይ ንጾታዊ ተግባር ኣይፋል ክትብሉ ኣይትኽእሉን: እዚ ናይ ምቁጽጻር ምልክት እዩ።
   *[other] እቲ ሰብ ንዓሚል ወይ ንጾታዊ ተግባር ኣይፋል ክብል ኣይክእልን: እዚ ናይ ምቁጽጻር ምልክት እዩ።
}
checklist-indicator-under-control = { $perspective ->
    [me] ካልእ ሰብ ብዛዕባ መወዓውዒታትኩም፡ ዓማዊልኩም ወይ ርክባትኩም ይውስን: ካልእ ሰብ ነቲ ስራሕ ይቆጻጸሮ፡ እዚ ድማ ምልክት ምዝማዝ ክኸውን ይኽእል።
   *[other] ካልእ ሰብ ብዛዕባ መወዓውዒታት፡ ዓማዊል ወይ ርክባት እቲ ሰብ ይውስን: ካልእ ሰብ ነቲ ስራሕ ይቆጻጸሮ፡ እዚ ድማ ምልክት ምዝማዝ ክኸውን ይኽእል።
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] ሓደ ሰብ ንፖሊስ፡ ንሰበ-ስልጣን ወይ ንስድራኹም እንታይ ክትብሉ ከም ዘለኩም ይነግረኩም: እዚ ነቲ ዝኸውን ዘሎ ንምሕባእ ይጥቀሙሉ።
   *[other] ሓደ ሰብ ንእቲ ሰብ ንፖሊስ፡ ንሰበ-ስልጣን ወይ ንስድራ እንታይ ክብል ከም ዘለዎ ይነግሮ: እዚ ነቲ ዝኸውን ዘሎ ንምሕባእ ይጥቀሙሉ።
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] እቶም ሓደ ዓይነት ሰባት ስራሕ፡ መንበርን መግብን ይህቡኹም: እዚ ኣይፋል ምባል ወይ ምኻድ ኣዝዩ ከቢድ ይገብሮ።
   *[other] እቶም ሓደ ዓይነት ሰባት ንእቲ ሰብ ስራሕ፡ መንበርን መግብን ይህብዎ: እዚ ኣይፋል ምባል ወይ ምኻድ ኣዝዩ ከቢድ ይገብሮ።
}
checklist-indicator-isolated = { $perspective ->
    [me] ሓደ ሰብ ምስ ስድራን ኣዕሩኽን ከይትራኸቡ ይኽልክለኩም: ብሕቲ ምዃን ሓገዝ ምርካብ የጸግም።
   *[other] ሓደ ሰብ ንእቲ ሰብ ምስ ስድራን ኣዕሩኽን ከይራኸብ ይኽልክሎ: ብሕቲ ምዃን ሓገዝ ምርካብ የጸግም።
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] ፖሊስ ወይ ኩነታት ወረቓቕትኹም ትፈርሁ: እዚ ፍርሒ ሰባት ስቕ ክብሉ መብዛሕትኡ ግዜ ይጥቀሙሉ።
   *[other] እቲ ሰብ ፖሊስ ወይ ኩነታት ወረቓቕቱ ይፈርህ: እዚ ፍርሒ ሰባት ስቕ ክብሉ መብዛሕትኡ ግዜ ይጥቀሙሉ።
}
checklist-indicator-no-private-space = { $perspective ->
    [me] ብሕታዊ መደቀሲ ቦታ የለን: UNODC ነዚ ኣብ መንጎ ምልክታት ናይ ገዛ ባርነት ይጠቕሶ።
   *[other] ብሕታዊ መደቀሲ ቦታ የለን: UNODC ነዚ ኣብ መንጎ ምልክታት ናይ ገዛ ባርነት ይጠቕሶ።
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] እኹል መግቢ የለን፡ ወይ ተረፍ መግቢ ጥራይ: UNODC ነዚ ኣብ መንጎ ምልክታት ናይ ገዛ ባርነት ይጠቕሶ።
   *[other] እኹል መግቢ የለን፡ ወይ ተረፍ መግቢ ጥራይ: UNODC ነዚ ኣብ መንጎ ምልክታት ናይ ገዛ ባርነት ይጠቕሶ።
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] ውሑድ ብምምጻእ ምቕጻዕ: UNODC ነዚ ኣብ መንጎ ምልክታት ብግዲ ምልማንን ገበንን ይጠቕሶ።
   *[other] ውሑድ ብምምጻእ ምቕጻዕ: UNODC ነዚ ኣብ መንጎ ምልክታት ብግዲ ምልማንን ገበንን ይጠቕሶ።
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] ብመኪና ናብቲ እትልምኑሉ ቦታ ትውሰዱን ደጊምኩም ትውሰዱን: UNODC ከምዚ ዝኣመሰለ ምንቅስቓስ ከም ምልክት ይጠቕሶ።
   *[other] ብመኪና ናብቲ ዝልምነሉ ቦታ ይውሰድን ደጊሙ ይውሰድን: UNODC ከምዚ ዝኣመሰለ ምንቅስቓስ ከም ምልክት ይጠቕሶ።
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] ብዕጸ-ፋርስ ጀሚሩ: ዕጸ-ፋርስ ምድላይ ንሓደ ሰብ ምስቶም ዝህብዎ ሰባት ኣሲሩ ክሕዞ ይኽእል።
   *[other] ብዕጸ-ፋርስ ጀሚሩ: ዕጸ-ፋርስ ምድላይ ንሓደ ሰብ ምስቶም ዝህብዎ ሰባት ኣሲሩ ክሕዞ ይኽእል።
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] ብናይ ቀሊል ገንዘብ ዕድመ ጀሚሩ: እዚ ሰባት ንኻልኦት ገበን ክፍጽሙ ንምስሓብ ልሙድ መንገዲ እዩ።
   *[other] ብናይ ቀሊል ገንዘብ ዕድመ ጀሚሩ: እዚ ሰባት ንኻልኦት ገበን ክፍጽሙ ንምስሓብ ልሙድ መንገዲ እዩ።
}
checklist-indicator-older-contacts = { $perspective ->
    [me] እቲ እትሓስብዎ ሰብ ብዕድመ ኣዝዩ ዝዓበየ እዩ: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
   *[other] እቲ ፈታዊ፡ ፈታዊት ወይ ዓርኪ ካብቲ መንእሰይ ብዕድመ ኣዝዩ ዝዓበየ እዩ: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] ገንዘብ ወይ ክቡር ህያባት ትረኽቡ: ህያባት ናይ ዕዳ ስምዒት ንምፍጣር ክጥቀሙሎም ይኽእሉ።
   *[other] እቲ ሰብ ገንዘብ ወይ ክቡር ህያባት ይረክብ: ህያባት ናይ ዕዳ ስምዒት ንምፍጣር ክጥቀሙሎም ይኽእሉ።
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] እዚ ሰብ ኣዕሩኽ ወይ ስድራ ምርኣይ ከተቋርጹ ይደሊ: teen pimps ንመንእሰያት ካብቶም ክሕግዝዎም ዝኽእሉ ይፈልይዎም።
   *[other] እዚ ሰብ እቲ መንእሰይ ኣዕሩኽ ወይ ስድራ ምርኣይ ከቋርጽ ይደሊ: teen pimps ንመንእሰያት ካብቶም ክሕግዝዎም ዝኽእሉ ይፈልይዎም።
}
checklist-indicator-staying-away = { $perspective ->
    [me] ኣበይ ከም ዘሎ ከይተነግረ ለይቲ ካብ ገዛ ምጽናሕ: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
   *[other] ኣበይ ከም ዘሎ ከይተነግረ ለይቲ ካብ ገዛ ምጽናሕ: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] ምስዚ ሰብ ወይ ምስ ኣዕሩኽቱ ኣብ ሆቴላት ወይ ዘይፍለጡ ኣፓርታማታት: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
   *[other] ምስዚ ሰብ ወይ ምስ ኣዕሩኽቱ ኣብ ሆቴላት ወይ ዘይፍለጡ ኣፓርታማታት: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] እዚ ሰብ ናይ ገዛእ ርእስኹም ጾታዊ ስእልታት ይሓተኩም: ከምዚ ዝኣመሰሉ ስእልታት ደሓር ንመንእሰይ ንምግዳድ መብዛሕትኡ ግዜ ይጥቀሙሎም።
   *[other] እዚ ሰብ ንእቲ መንእሰይ ጾታዊ ስእልታት ይሓቶ: ከምዚ ዝኣመሰሉ ስእልታት ደሓር ንመንእሰይ ንምግዳድ መብዛሕትኡ ግዜ ይጥቀሙሎም።
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] እዚ ሰብ ንህያባት ዕዳ ከም ዘለኩም ይብል: ዝተፈጥረ ሓሶት ዕዳ ንመንእሰይ ንምእዛዝ መንገዲ እዩ።
   *[other] እዚ ሰብ እቲ መንእሰይ ንህያባት ዕዳ ከም ዘለዎ ይብል: ዝተፈጥረ ሓሶት ዕዳ ንመንእሰይ ንምእዛዝ መንገዲ እዩ።
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] ስም ወይ ምልክት ናይዚ ሰብ ዘለዎ ታቱ (tattoo): teen pimps ገለ ግዜ ንመንእሰይ ከም ናቶም ንምምልካት ይጥቀሙሉ።
   *[other] ስም ወይ ምልክት ናይዚ ሰብ ዘለዎ ታቱ (tattoo): teen pimps ገለ ግዜ ንመንእሰይ ከም ናቶም ንምምልካት ይጥቀሙሉ።
}
checklist-indicator-several-phones = { $perspective ->
    [me] ካብዚ ሰብ ዝተረኽበ ካልኣይ ተሌፎን: ካልኦት ከይፈለጡ ንዓኹም ንምርካብ መንገዲ ክኸውን ይኽእል።
   *[other] ካብዚ ሰብ ዝተረኽበ ካልኣይ ተሌፎን: ካልኦት ከይፈለጡ ንእቲ መንእሰይ ንምርካብ መንገዲ ክኸውን ይኽእል።
}
checklist-indicator-mood-changes = { $perspective ->
    [me] ዓበይቲ ለውጥታት ስምዒት: እዚ ሓደ ነገር ኣዝዩ ከም ዘይጥዕም ምልክት ክኸውን ይኽእል። ሓገዝ ይግብኣኩም።
   *[other] ዓበይቲ ለውጥታት ስምዒት: እዚ ንእቲ መንእሰይ ሓደ ነገር ኣዝዩ ከም ዘይጥዕም ምልክት ክኸውን ይኽእል።
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] ኣብዚ ቐረባ እዋን ብዙሕ መስተ ወይ ዕጸ-ፋርስ: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
   *[other] ኣብዚ ቐረባ እዋን ብዙሕ መስተ ወይ ዕጸ-ፋርስ: Child Focus ነዚ ኣብ መንጎ ምልክታት ሓደጋ ይጠቕሶ።
}
checklist-indicator-self-harm = { $perspective ->
    [me] ንርእስኹም ምጉዳእ፡ ወይ ብዛዕባኡ ምሕሳብ: ካልእ ዝኾነ ይኹን፡ ሕጂ ሓገዝ ይግብኣኩም።
   *[other] ንርእሱ ምጉዳእ፡ ወይ ብዛዕባኡ ምዝራብ: ካልእ ዝኾነ ይኹን፡ እቲ መንእሰይ ሕጂ ሓገዝ ይግብኦ።
}

## ዝርዝር ሕቶታት: ደረጃታት ውጽኢት

checklist-level-immediate-danger = ሕጂ ሓደጋ
checklist-level-immediate-danger-summary = { $perspective ->
    [me] ሕጂ ኣብ ሓደጋ ከም ዘለኹም ኢልኩም። ብውሑስ መንገዲ ክትገብርዎ እንተኺኢልኩም፡ ሕጂ ንሓገዝ ደውሉ። ደሓር ናብቶም ሕቶታት ክትምለሱ ትኽእሉ ኢኹም።
   *[other] እቲ ሰብ ሕጂ ኣብ ሓደጋ ከም ዘሎ ኢልኩም። ብውሑስ መንገዲ ክትገብርዎ እንተኺኢልኩም፡ ሕጂ ንሓገዝ ደውሉ። ደሓር ናብቶም ሕቶታት ክትምለሱ ትኽእሉ ኢኹም።
}
checklist-level-strong-signs = ሓያላት ምልክታት
checklist-level-strong-signs-summary = { $perspective ->
    [me] መልስታትኩም ንጹር ምልክታት ዝውውር ደቂ ሰባት ወይ ምዝማዝ የርእዩ። እዚ ፍርዲ ኣይኮነን: ፍሉይ ማእከል ምሳኹም ኮይኑ ንኩነታትኩም ክርእዮ ይኽእል።
   *[other] መልስታትኩም ንጹር ምልክታት ዝውውር ደቂ ሰባት ወይ ምዝማዝ የርእዩ። እዚ ፍርዲ ኣይኮነን: ፍሉይ ማእከል ምሳኹም ኮይኑ ነቲ ኩነታት ክርእዮ ይኽእል።
}
checklist-level-some-signs = ገለ ምልክታት
checklist-level-some-signs-summary = { $perspective ->
    [me] ገለ ካብ መልስታትኩም ምልክታት ምዝማዝ ክኾኑ ይኽእሉ። ዋላ ሓንቲ ኣየረጋግጹን፡ ግን ምስ ነዚ ኩነታት ዝፈልጥ ሰብ ክትዛረቡሉ ይግባእ።
   *[other] ገለ ካብ መልስታትኩም ምልክታት ምዝማዝ ክኾኑ ይኽእሉ። ዋላ ሓንቲ ኣየረጋግጹን፡ ግን ምስ ነዚ ኩነታት ዝፈልጥ ሰብ ክትዛረቡሉ ይግባእ።
}
checklist-level-no-clear-signs = ንጹር ምልክታት የለን
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] መልስታትኩም ንጹር ምልክታት ዝውውር ደቂ ሰባት ኣየርእዩን። ገና ሓደ ነገር ጌጋ ከም ዘሎ እንተተሰሚዑኩም፡ ኩሉ ግዜ ምኽሪ ክትሓቱ ትኽእሉ ኢኹም።
   *[other] መልስታትኩም ንጹር ምልክታት ዝውውር ደቂ ሰባት ኣየርእዩን። ገና ሓደ ነገር ጌጋ ከም ዘሎ እንተተሰሚዑኩም፡ ኩሉ ግዜ ምኽሪ ክትሓቱ ትኽእሉ ኢኹም።
}

## ዝርዝር ሕቶታት: ምስ ውጽኢት ዘለዉ መዘኻኸሪታት

checklist-note-not-proof = { $perspective ->
    [me] እዞም ምልክታት ካብቶም ዓለምለኻዊ ትካል ስራሕ (ILO)፡ ኮሚሽን ኤውሮጳን ሕቡራት ሃገራትን ዝጥቀምሎም ዝርዝራት እዮም። ምልክታት ጥራይ ዝውውር ኣየረጋግጹን ኣይነጽጉን፤ ሓገዝ ምሕታት መዓስ ከም ዝግባእ የርእዩ።
   *[other] እዞም ምልክታት ካብቶም ዓለምለኻዊ ትካል ስራሕ (ILO)፡ ኮሚሽን ኤውሮጳን ሕቡራት ሃገራትን ዝጥቀምሎም ዝርዝራት እዮም። ምልክታት ጥራይ ዝውውር ኣየረጋግጹን ኣይነጽጉን፤ ሓገዝ ምሕታት መዓስ ከም ዝግባእ የርእዩ።
}
checklist-note-crisis = { $perspective ->
    [me] ንርእስኹም ክትጎድኡ እንተሓሲብኩም፡ ምስዚ ሓሳብ ብሕቲኹም ክትተርፉ የብልኩምን። ኣብ ሓደጋ፡ ናብ 112 ደውሉ። መንእሰይ ናብ Child Focus ብ 116 000 ብነጻ፡ ለይትን መዓልትን ክድውል ይኽእል። Lueur ገና መስመር ምክልካል ነፍሰ-ቕትለት ኣይዘርዘረን: ገና ብምንጪ ዝተረጋገጸ ኣይረኸብናን።
   *[other] እቲ ሰብ ንርእሱ ክጎድእ እንተሓሲቡ፡ ምስዚ ሓሳብ ብሕቲ ክተርፍ የብሉን። ኣብ ሓደጋ፡ ናብ 112 ደውሉ። መንእሰይ ናብ Child Focus ብ 116 000 ብነጻ፡ ለይትን መዓልትን ክድውል ይኽእል። Lueur ገና መስመር ምክልካል ነፍሰ-ቕትለት ኣይዘርዘረን: ገና ብምንጪ ዝተረጋገጸ ኣይረኸብናን።
}
checklist-note-minor = { $perspective ->
    [me] ትሕቲ 18 ዓመት ክትኮኑ ትኽእሉ ኢኹም። ካብ ጾታዊ ተግባራት፡ ስእልታት ወይ ቪድዮታት ናይ መንእሰይ ገንዘብ ምርካብ፡ ዋላ እንተተሰማምዑ፡ ኩሉ ግዜ ምዝማዝ እዩ። ንመንእሰይ፡ ዝውውር ንምዃኑ ሓይሊ ወይ ሓሶት ኣየድልን። ንመንእሰያት ጥራይ ዝኾኑ ኣገልግሎታት ኣለዉ።
   *[other] እቲ ሰብ ትሕቲ 18 ዓመት ክኸውን ይኽእል። ካብ ጾታዊ ተግባራት፡ ስእልታት ወይ ቪድዮታት ናይ መንእሰይ ገንዘብ ምርካብ፡ ዋላ እንተተሰማምዑ፡ ኩሉ ግዜ ምዝማዝ እዩ። ንመንእሰይ፡ ዝውውር ንምዃኑ ሓይሊ ወይ ሓሶት ኣየድልን። ንመንእሰያት ጥራይ ዝኾኑ ኣገልግሎታት ኣለዉ።
}
checklist-note-work-rights = { $perspective ->
    [me] ገለ መልስታት ዘይፍትሓዊ ስራሕ ይገልጹ። ዝውውር ኣብ ዘይኮነሉ እውን፡ ኣንጻር ሕጊ ክኸውን ይኽእል፡ ንስኹም ድማ ኣብ ስራሕ መሰላት ኣለኩም።
   *[other] ገለ መልስታት ዘይፍትሓዊ ስራሕ ይገልጹ። ዝውውር ኣብ ዘይኮነሉ እውን፡ ኣንጻር ሕጊ ክኸውን ይኽእል፡ እቲ ሰብ ድማ ኣብ ስራሕ መሰላት ኣለዎ።
}
checklist-note-unsure = { $perspective ->
    [me] ብዛዕባ ገለ ሕቶታት ርግጸኛ ኣይነበርኩምን። እዚ ንቡር እዩ። ፍሉይ ማእከል ክትሓስብሎም ክሕግዘኩም ይኽእል።
   *[other] ብዛዕባ ገለ ሕቶታት ርግጸኛ ኣይነበርኩምን። እዚ ንቡር እዩ። ፍሉይ ማእከል ክትሓስብሎም ክሕግዘኩም ይኽእል።
}
checklist-note-still-worried = { $perspective ->
    [me] ዝርዝር ሕቶታት ንኹሉ ክርኢ ኣይክእልን። እንተተሻቒልኩም፡ ነቲ ስምዒት ኣመንዎ እሞ ምኽሪ ሕተቱ።
   *[other] ዝርዝር ሕቶታት ንኹሉ ክርኢ ኣይክእልን። ብዛዕባ እቲ ሰብ እንተተሻቒልኩም፡ ነቲ ስምዒት ኣመንዎ እሞ ምኽሪ ሕተቱ።
}
