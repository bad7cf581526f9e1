## ስቱር ኣገባብ። መልእኽትታት calc-* ቃላት ናይቲ ንምኽዋል ዝኾነ ካልኩሌተር እዮም: ብዛዕባ
## Lueur ዋላ ሓንቲ ዘይብሉ ቀሊል ቃላት ካልኩሌተር ክኾኑ ኣለዎም።

calc-decimal-separator = { "." }
calc-error = ጌጋ
calc-unknown-key = መጥወቂ "{ $key }" የለን።
calc-key-clear = C
calc-key-clear-description = ዝኣተወ ደምስስ
calc-key-all-clear = AC
calc-key-all-clear-description = ኩሉ ደምስስ
calc-key-negate = ±
calc-key-negate-description = ምልክት ቀይር
calc-key-percent = %
calc-key-percent-description = ሚእታዊት
calc-key-divide = ÷
calc-key-divide-description = ምምቃል
calc-key-multiply = ×
calc-key-multiply-description = ምርባሕ
calc-key-subtract = −
calc-key-subtract-description = ምጉዳል
calc-key-add = +
calc-key-add-description = ምድማር
calc-key-equals = { "=" }
calc-key-equals-description = ማዕረ
calc-key-decimal-description = ነጥቢ ዓሰርተ (ዴሲማል)

## ምድላዋት ስቱር ኣገባብ

discreet-title = ስቱር ኣገባብ
discreet-disguise-label = Lueur ኣብ ተሌፎን ከመይ ይረአ
discreet-disguise-off = ከም Lueur
discreet-disguise-calculator = ከም ካልኩሌተር
discreet-disguise-explanation = ከም ካልኩሌተር፡ Lueur ብሓቂ ዝሰርሕ ካልኩሌተር ኮይኑ ይኽፈት። Lueur ንምኽፋት፡ ኮድ ምኽፋትኩም ጽሓፉ እሞ = ጠውቑ። ካልእ ዝኾነ ቁጽሪ ንቡር ውጽኢት ጥራይ ይህብ።
discreet-unlock-code-label = ኮድ ምኽፋት
discreet-duress-code-label = ኮድ ህጹጽ እዋን
discreet-code-status-set = ተወሲኑ
discreet-code-status-not-set = ገና ኣይተወሰነን
discreet-duress-explanation = ሓደ ሰብ Lueur ክትከፍቱ እንተገዲዱኩም፡ ኣብ ክንድኡ ኮድ ህጹጽ እዋን ጽሓፉ። ሽዑ Lueur ባዶ ኮይኑ ይኽፈት: ዝተዓቀቡ መልስታትኩምን ጸብጻባትኩምን ኣይረኣዩን።
discreet-duress-wipes-label = ኮድ ህጹጽ እዋን ንኹሉ Lueur ዝዓቀቦ እውን ይድምስስ
discreet-code-rules = ሓደ ኮድ ካብ { $min } ክሳብ { $max } ኣሃዛት ኣለዎ። ካልኦት ሰባት ክግምትዎ ዘይክእሉ ምረጹ፡ ዕለት ልደትኩም ኣይኹን።
discreet-code-prompt = ሓድሽ ኮድኩም ጽሓፉ።
discreet-code-confirm-prompt = ነቲ ሓደ ኮድ ደጊምኩም ጽሓፉ።
discreet-guess-delay-note = ድሕሪ { $attempts } ተኸታተልቲ ጌጋ ኮዳት፡ እቲ ካልኩሌተር ምስራሕ ይቕጽል፡ ግን ኣብ ነፍሲ ወከፍ { $seconds } ካልኢት ሓንሳብ ጥራይ ኮድ ይፍትሽ። ኮድኩም እንተዘይሰሪሑ፡ ቁሩብ ተጸበዩ እሞ ደጊምኩም ፈትኑ።
discreet-limits-title = እቲ ምኽዋል ክሓብኦ ዘይክእል
discreet-limit-app-list = ዝርዝር ኣፕሊኬሽናት ኣብ ምድላዋት ተሌፎን ንLueur ገና የርእዮ።
discreet-limit-store = ታሪኽ ምውራድ ናይ ድኳን ኣፕሊኬሽናት Lueur ከም ዝተኣተወ የርኢ።
discreet-limit-phone-bill = ፋቱራ ተሌፎን ደውላትኩምን መልእኽትታትኩምን ክርኢ ይኽእል፡ ንኣብነት ናብ መስመር ሓገዝ።
discreet-limit-backups = ቅዳሓት (backup) ተሌፎን፡ ንኣብነት ኣብ cloud፡ Lueur ከም ዝተኣተወ ከርእዩ ይኽእሉ።
discreet-limit-ios-name = ኣብ iPhone፡ ኣብ ትሕቲ እቲ ምልክት (icon) ዘሎ ስም "Lueur" ኮይኑ ይተርፍ። ስእሊ ጥራይ እዩ ዝቕየር።
discreet-limit-ios-alert = ኣብ iPhone፡ እቲ ምልክት ምስ ዝቕየር እቲ ስርዓት መልእኽቲ የርኢ።
discreet-quick-exit-label = ቅልጡፍ ምውጻእ
discreet-quick-exit-explanation = ንLueur ብኡንብኡ ይዓጽዎ፡ ኣብ ስክሪን ዘሎ ዘይተዓቀበ ኩሉ ድማ ይርስዖ።
discreet-wipe-label = ኩሉ ደምስሱ

## ህጹጽ ምድምሳስ

discreet-wipe-title = ኩሉ ይደምሰስ ዶ?
discreet-wipe-body = እዚ ንኹሉ Lueur ኣብዚ ተሌፎን ዝዓቀቦ ይድምስስ: ዝተዓቀቡ መልስታት፡ ጸብጻባት፡ ምድላዋትን ኮዳትን። ክምለስ ኣይክእልን። ድሕሪኡ፡ Lueur ከም ሓድሽ ዝተኣተወ ይኸውን።
discreet-wipe-unsent = { $count ->
    [one] ሓደ ጸብጻብ ገና ኣይተለኣኸን። ኣይክለኣኽን እዩ።
   *[other] { $count } ጸብጻባት ገና ኣይተለኣኹን። ኣይክለኣኹን እዮም።
}
discreet-wipe-confirm = ኩሉ ደምስሱ
discreet-wipe-cancel = ሰርዙ
discreet-wipe-done = Lueur ኣብዚ ተሌፎን ዝዓቀቦ ኩሉ ተደምሲሱ።

## ጌጋታት

error-discreet-code-format = ሓደ ኮድ ካብ 6 ክሳብ 8 ኣሃዛት ጥራይ ኣለዎ፡ ካልእ የብሉን።
error-discreet-code-mismatch = እቶም ክልተ ኮዳት ሓደ ኣይኮኑን። በጃኹም ካብ መጀመርታ ጀምሩ።
error-discreet-code-same = ኮድ ህጹጽ እዋን ካብ ኮድ ምኽፋት ዝተፈልየ ክኸውን ኣለዎ።
error-discreet-code-first = በጃኹም መጀመርታ ሓድሽ ኮድ ጽሓፉ፡ ድሕሪኡ ንምርግጋጽ ደጊምኩም ጽሓፍዎ።
error-discreet-code-needed = በጃኹም መጀመርታ ኮድ ምኽፋት ምረጹ። ብዘይኡ፡ ንLueur ካብ ድሕሪ እቲ ካልኩሌተር ክትከፍትዎ ኣይምኸኣልኩምን።
error-discreet-unlock-first = በጃኹም ቅድሚ ኮድ ህጹጽ እዋን ኮድ ምኽፋት ምረጹ።
error-discreet-disguise-on = በጃኹም ኮድ ምኽፋት ቅድሚ ምእላይኩም ምኽዋል ካልኩሌተር ኣጥፍኡ።
error-discreet-disguise-unknown = "{ $value }" ምኽዋል ኣይኮነን። "off" ወይ "calculator" ምረጹ።
error-discreet-wipe-not-confirmed = ዋላ ሓንቲ ኣይተደምሰሰን። ኩሉ ንምድምሳስ፡ በጃኹም መጀመርታ ኣረጋግጹ።
discreet-code-lock-label = Lueur ኣብ ዝኽፈተሉ ነፍሲ ወከፍ ግዜ ኮድ ምኽፋት ሕተት
discreet-code-lock-explanation = ሽዑ Lueur ብዘይ ካልኩሌተር እውን ብስክሪን ኮድ ይኽፈት። ዝተዓቀቡ መልስታትኩምን ጸብጻባትኩምን እቲ ኮድ ክሳብ ዝጽሓፍ ሕቡኣት ይተርፉ።
discreet-current-code-prompt = ናይ ሕጂ ኮድ ምኽፋትኩም ጽሓፉ።
discreet-limit-call-list = ናብ ሓጋዚ ዝተገብረ ደውል ወይ መልእኽቲ ኣብ ዝርዝር ደውላት ወይ ኣብ ኣፕሊኬሽን መልእኽቲ ተሌፎን ይተርፍ።

## ቀሊል ምዕጻው ብኮድ (ብዘይ ምኽዋል)

lock-title = Lueur
lock-prompt = ኮድ ምኽፋትኩም ጽሓፉ።
lock-unlock = ክፈት
lock-error-wrong = እዚ ኮድ ንLueur ኣይከፍቶን።
lock-error-wait = ብዙሓት ጌጋ ኮዳት። { $seconds } ካልኢት ተጸበዩ፡ ድሕሪኡ ደጊምኩም ፈትኑ።
error-discreet-current-code-wrong = እዚ ናይ ሕጂ ኮድ ምኽፋትኩም ኣይኮነን።
