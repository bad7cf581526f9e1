## ርክባት

contact-emergency-112-name = 112 – ኤውሮጳዊ ቁጽሪ ህጹጽ ረድኤት
contact-emergency-112-description = ህይወትኩም ወይ ህይወት ካልእ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፡ ናብ 112 ደውሉ። እዚ ቁጽሪ ካብ ዝኾነ ተሌፎን፡ ኣብ ዝኾነ ቦታ ሕብረት ኤውሮጳ ይሰርሕ።

contact-police-101-name = ፖሊስ – 101
contact-police-101-description = ኣብ ቀረባ ሓደጋ ዲኹም ዘለኹም? ናብ 101 ደውሉ ወይ ናብ መደበር ፖሊስ ከባቢኹም ኪዱ።

contact-surya-name = Sürya
contact-surya-description = ኣብ Liège ዝርከብ ንግዳያት ዝውውር ደቂ ሰባት ዝሕግዝ ፍሉይ ማእከል። ኣብኡ ምስጢራዊ ምኽርን ሓበሬታን ክትረኽቡ ትኽእሉ ኢኹም። እቲ ማእከል ከከም ዘለዎ ቦታ መዕቆቢ፡ ከምኡ'ውን ደገፍ ክህብ ይኽእል።

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = ኣብ ብራስልስ ዝርከብ ንግዳያት ዝውውር ደቂ ሰባት ዝሕግዝ ፍሉይ ማእከል። ኣብኡ ምስጢራዊ ምኽርን ሓበሬታን ክትረኽቡ ትኽእሉ ኢኹም። እቲ ማእከል ከከም ዘለዎ ቦታ መዕቆቢ፡ ከምኡ'ውን ደገፍ ክህብ ይኽእል።

contact-payoke-name = Payoke
contact-payoke-description = ኣብ Antwerp ዝርከብ ንግዳያት ዝውውር ደቂ ሰባት ዝሕግዝ ፍሉይ ማእከል። ኣብኡ ምስጢራዊ ምኽርን ሓበሬታን ክትረኽቡ ትኽእሉ ኢኹም። እቲ ማእከል ከከም ዘለዎ ቦታ መዕቆቢ፡ ከምኡ'ውን ደገፍ ክህብ ይኽእል።

contact-national-contact-point-name = ሃገራዊ መራኸቢ ነጥቢ ብዛዕባ ዝውውር ደቂ ሰባት
contact-national-contact-point-description = እዚ መስመር ተሌፎን ናይ stoptraite.be፡ እቲ ሃገራዊ መራኸቢ ነጥቢ እዩ። መጀመርታ ናብ ፖሊስ ከይከድኩም ሓበሬታ ክትሓቱ ወይ ብዛዕባ ሓደ ኩነታት ክትሕብሩ ትኽእሉ ኢኹም።

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = ናይቲ ሃገራዊ መራኸቢ ነጥቢ ወብሳይት፡ ብ FPS Justice (ፈደራላዊ ኣገልግሎት ፍትሒ) ምስቶም ሰለስተ ፍሉያት ማእከላት ብሓባር ዝተሰርሐ። ኣብኡ ሓበሬታ ክትረኽቡን፡ መጀመርታ ናብ ፖሊስ ከይከድኩም ብዛዕባ ዝውውር ደቂ ሰባት ብምስጢር ክትሕብሩን ትኽእሉ ኢኹም።

contact-myria-name = Myria
contact-myria-description = Myria ናጻ ሃገራዊ ጸብጻብ ሃቢ (rapporteur) ብዛዕባ ዝውውር ደቂ ሰባት እያ፡ ነፍሲ ወከፍ ዓመት ድማ ጸብጻብ ተሕትም። ንውልቃዊ ሓገዝ፡ በጃኹም ንሓደ ፍሉይ ማእከል ርኸቡ።

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = ብነጻ፡ ለይትን መዓልትን። ንቆልዑን መንእሰያትን፡ ከምኡ'ውን ንዝሻቐሎም ዝኾነ ሰብ፡ ቆልዓ ምስ ዝጠፍእ ወይ ብጾታዊ መንገዲ ምስ ዝምዝመዝ።


contact-guardianship-name = ኣገልግሎት ሞግዚትነት (ብዘይ ወለዲ ዘለዉ ንኣሽቱ)
contact-guardianship-description = ናይ FPS Justice (ፈደራላዊ ኣገልግሎት ፍትሒ) ኣገልግሎት ንትሕቲ 18 ዓመት ዝኾኑ ብዘይ ወላዲ ወይ ሞግዚት ኣብ ቤልጅዩም ዘለዉ መንእሰያት። ሞግዚት ይህቦም፡ ንሱ ድማ ብወረቓቕቲ፡ ትምህርቲ፡ ክንክን ጥዕናን ጠበቓ ምርካብን ይሕግዞም። ዝኾነ ሰብ ብዛዕባ ከምዚ ዝኣመሰለ መንእሰይ ነዚ ኣገልግሎት ክሕብር ይኽእል። ቁጽሪ ህጹጽ ረድኤቱ ለይትን መዓልትን ይምልስ።
## ዓይነታት ርክባት

contact-kind-emergency = ህጹጽ ረድኤት
contact-kind-police = ፖሊስ
contact-kind-specialised-centre = ፍሉይ ማእከል
contact-kind-national-contact-point = ሃገራዊ መራኸቢ ነጥቢ
contact-kind-report-website = ናይ ምሕባር ወብሳይት
contact-kind-helpline = መስመር ሓገዝ
contact-kind-national-rapporteur = ሃገራዊ ጸብጻብ ሃቢ

## ዞባታት

region-brussels = ብራስልስ
region-flanders = ፍላንደርስ
region-wallonia = ዋሎንያ
region-east-belgium = ምብራቕ ቤልጅዩም
region-belgium = ኩሉ ቤልጅዩም
