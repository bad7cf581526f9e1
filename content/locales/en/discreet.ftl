## Discreet mode. The calc-* messages are the calculator decoy's own words: they must
## stay plain calculator words that say nothing about Lueur.

calc-decimal-separator = { "." }
calc-error = Error
calc-unknown-key = There is no key "{ $key }".
calc-key-clear = C
calc-key-clear-description = Clear entry
calc-key-all-clear = AC
calc-key-all-clear-description = All clear
calc-key-negate = ±
calc-key-negate-description = Change sign
calc-key-percent = %
calc-key-percent-description = Percent
calc-key-divide = ÷
calc-key-divide-description = Divided by
calc-key-multiply = ×
calc-key-multiply-description = Times
calc-key-subtract = −
calc-key-subtract-description = Minus
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Equals
calc-key-decimal-description = Decimal point

## Discreet mode settings

discreet-title = Discreet mode
discreet-disguise-label = How Lueur looks on the phone
discreet-disguise-off = As Lueur
discreet-disguise-calculator = As a calculator
discreet-disguise-explanation = As a calculator, Lueur opens on a calculator that really works. To open Lueur, type your unlock code and then press =. Any other number just gives a normal result.
discreet-unlock-code-label = Unlock code
discreet-duress-code-label = Emergency code
discreet-code-status-set = Set
discreet-code-status-not-set = Not set yet
discreet-duress-explanation = If someone forces you to open Lueur, type the emergency code instead. Lueur then opens empty: your saved answers and reports are not shown.
discreet-duress-wipes-label = The emergency code also erases everything Lueur stored
discreet-code-rules = A code has { $min } to { $max } digits. Choose one that other people cannot guess, not your date of birth.
discreet-code-prompt = Type your new code.
discreet-code-confirm-prompt = Type the same code again.
discreet-guess-delay-note = After { $attempts } wrong codes in a row, the calculator keeps working, but it checks a code only once every { $seconds } seconds. If your code does not work, wait a moment and try again.
discreet-limits-title = What the disguise cannot hide
discreet-limit-app-list = The list of apps in the phone's settings still shows Lueur.
discreet-limit-store = The download history of the app store shows that Lueur was installed.
discreet-limit-phone-bill = The phone bill can show your calls and text messages, for example to a helpline.
discreet-limit-backups = Backups of the phone, for example in the cloud, can show that Lueur is installed.
discreet-limit-ios-name = On an iPhone, the name under the icon stays "Lueur". Only the picture changes.
discreet-limit-ios-alert = On an iPhone, the system shows a message when the icon changes.
discreet-quick-exit-label = Quick exit
discreet-quick-exit-explanation = Closes Lueur at once and forgets everything on the screen that is not saved.
discreet-wipe-label = Erase everything

## Panic wipe

discreet-wipe-title = Erase everything?
discreet-wipe-body = This erases everything Lueur stored on this phone: saved answers, reports, settings and codes. It cannot be undone. Afterwards, Lueur is like newly installed.
discreet-wipe-unsent = { $count ->
    [one] One report has not been sent yet. It will not be sent.
   *[other] { $count } reports have not been sent yet. They will not be sent.
}
discreet-wipe-confirm = Erase everything
discreet-wipe-cancel = Cancel
discreet-wipe-done = Everything Lueur stored on this phone has been erased.

## Errors

error-discreet-code-format = A code has 6 to 8 digits and nothing else.
error-discreet-code-mismatch = The two codes are not the same. Please start again.
error-discreet-code-same = The emergency code must be different from the unlock code.
error-discreet-code-first = Please type the new code first, then type it again to confirm.
error-discreet-code-needed = Please choose an unlock code first. Without it, you could not open Lueur behind the calculator.
error-discreet-unlock-first = Please choose an unlock code before the emergency code.
error-discreet-disguise-on = Please turn off the calculator disguise before you remove the unlock code.
error-discreet-disguise-unknown = "{ $value }" is not a disguise. Choose "off" or "calculator".
error-discreet-wipe-not-confirmed = Nothing was erased. To erase everything, please confirm first.
discreet-code-lock-label = Ask for the unlock code each time Lueur opens
discreet-code-lock-explanation = Lueur then opens on a code screen, also without the calculator. Your saved answers and reports stay hidden until the code is typed.
discreet-current-code-prompt = Type your current unlock code.
discreet-limit-call-list = A call or a message to a helper stays in the phone's call list or messages app.

## The plain code lock (no disguise)

lock-title = Lueur
lock-prompt = Type your unlock code.
lock-unlock = Open
lock-error-wrong = This code does not open Lueur.
lock-error-wait = Too many wrong codes. Wait { $seconds } seconds, then try again.
error-discreet-current-code-wrong = This is not your current unlock code.
