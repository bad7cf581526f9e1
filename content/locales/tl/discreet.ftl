## Discreet mode. Ang mga mensaheng calc-* ay ang sariling salita ng pekeng calculator:
## dapat simpleng salita lang ng calculator ang mga ito at walang sinasabi tungkol sa Lueur.

calc-decimal-separator = { "." }
calc-error = Error
calc-unknown-key = Walang key na "{ $key }".
calc-key-clear = C
calc-key-clear-description = Burahin ang entry
calc-key-all-clear = AC
calc-key-all-clear-description = Burahin lahat
calc-key-negate = ±
calc-key-negate-description = Palitan ang sign
calc-key-percent = %
calc-key-percent-description = Porsiyento
calc-key-divide = ÷
calc-key-divide-description = Hatiin sa
calc-key-multiply = ×
calc-key-multiply-description = Beses
calc-key-subtract = −
calc-key-subtract-description = Bawas
calc-key-add = +
calc-key-add-description = Dagdag
calc-key-equals = { "=" }
calc-key-equals-description = Katumbas
calc-key-decimal-description = Decimal point

## Settings ng discreet mode

discreet-title = Discreet mode (palihim na anyo)
discreet-disguise-label = Ano ang itsura ng Lueur sa telepono
discreet-disguise-off = Bilang Lueur
discreet-disguise-calculator = Bilang calculator
discreet-disguise-explanation = Kapag calculator ang anyo, bubukas ang Lueur bilang calculator na talagang gumagana. Para buksan ang Lueur, i-type ang unlock code mo at pindutin ang =. Ang ibang numero ay magbibigay lang ng karaniwang sagot.
discreet-unlock-code-label = Unlock code
discreet-duress-code-label = Emergency code
discreet-code-status-set = Naka-set na
discreet-code-status-not-set = Hindi pa naka-set
discreet-duress-explanation = Kung may pumipilit sa iyo na buksan ang Lueur, i-type ang emergency code. Bubukas ang Lueur nang walang laman: hindi lalabas ang mga naka-save mong sagot at ulat.
discreet-duress-wipes-label = Buburahin din ng emergency code ang lahat ng naka-save sa Lueur
discreet-code-rules = Ang code ay may { $min } hanggang { $max } na numero. Pumili ng code na hindi mahuhulaan ng iba, hindi ang kaarawan mo.
discreet-code-prompt = I-type ang bago mong code.
discreet-code-confirm-prompt = I-type ulit ang parehong code.
discreet-guess-delay-note = Pagkatapos ng { $attempts } maling code nang sunod-sunod, gagana pa rin ang calculator, pero isang beses lang nito susuriin ang code bawat { $seconds } segundo. Kung hindi gumana ang code mo, maghintay sandali at subukan ulit.
discreet-limits-title = Ang hindi kayang itago ng disguise
discreet-limit-app-list = Makikita pa rin ang Lueur sa listahan ng mga app sa settings ng telepono.
discreet-limit-store = Makikita sa download history ng app store na na-install ang Lueur.
discreet-limit-phone-bill = Puwedeng makita sa bill ng telepono ang mga tawag at text mo, halimbawa sa isang helpline.
discreet-limit-backups = Puwedeng makita sa mga backup ng telepono, halimbawa sa cloud, na naka-install ang Lueur.
discreet-limit-ios-name = Sa iPhone, "Lueur" pa rin ang pangalan sa ilalim ng icon. Ang larawan lang ang nagbabago.
discreet-limit-ios-alert = Sa iPhone, may lalabas na mensahe mula sa system kapag nagbago ang icon.
discreet-quick-exit-label = Mabilis na paglabas
discreet-quick-exit-explanation = Isinasara agad ang Lueur at kinakalimutan ang lahat ng nasa screen na hindi naka-save.
discreet-wipe-label = Burahin ang lahat

## Panic wipe (mabilisang pagbura)

discreet-wipe-title = Burahin ang lahat?
discreet-wipe-body = Buburahin nito ang lahat ng naka-save ng Lueur sa teleponong ito: mga naka-save na sagot, ulat, settings at code. Hindi na ito maibabalik. Pagkatapos, magiging parang bagong install ang Lueur.
discreet-wipe-unsent = { $count ->
    [one] { $count } ulat ang hindi pa naipapadala, at hindi na ipapadala.
   *[other] { $count } ulat ang hindi pa naipapadala, at hindi na ipapadala.
}
discreet-wipe-confirm = Burahin ang lahat
discreet-wipe-cancel = Kanselahin
discreet-wipe-done = Nabura na ang lahat ng naka-save ng Lueur sa teleponong ito.

## Mga error

error-discreet-code-format = Ang code ay 6 hanggang 8 na numero at wala nang iba.
error-discreet-code-mismatch = Hindi magkapareho ang dalawang code. Pakiusap, magsimula ulit.
error-discreet-code-same = Dapat iba ang emergency code sa unlock code.
error-discreet-code-first = Pakiusap, i-type muna ang bagong code, saka i-type ulit para kumpirmahin.
error-discreet-code-needed = Pakiusap, pumili muna ng unlock code. Kung wala ito, hindi mo mabubuksan ang Lueur sa likod ng calculator.
error-discreet-unlock-first = Pakiusap, pumili ng unlock code bago ang emergency code.
error-discreet-disguise-on = Pakiusap, i-off muna ang calculator disguise bago mo alisin ang unlock code.
error-discreet-disguise-unknown = Hindi disguise ang "{ $value }". Piliin ang "off" o "calculator".
error-discreet-wipe-not-confirmed = Walang nabura. Para burahin ang lahat, pakiusap, kumpirmahin muna.
discreet-code-lock-label = Hingin ang unlock code tuwing bubuksan ang Lueur
discreet-code-lock-explanation = Bubukas ang Lueur sa screen ng code, kahit walang calculator. Nakatago ang mga naka-save mong sagot at ulat hangga't hindi na-type ang code.
discreet-current-code-prompt = I-type ang kasalukuyan mong unlock code.
discreet-limit-call-list = Mananatili sa listahan ng tawag o sa messages app ng telepono ang tawag o mensahe sa isang tumutulong.

## Simpleng code lock (walang disguise)

lock-title = Lueur
lock-prompt = I-type ang unlock code mo.
lock-unlock = Buksan
lock-error-wrong = Hindi nabubuksan ng code na ito ang Lueur.
lock-error-wait = Sobrang daming maling code. Maghintay ng { $seconds } segundo, saka subukan ulit.
error-discreet-current-code-wrong = Hindi ito ang kasalukuyan mong unlock code.
