## Diskreter Modus. Die calc-*-Meldungen sind die Wörter des Tarn-Taschenrechners: Es
## müssen einfache Taschenrechnerwörter bleiben, die nichts über Lueur verraten.

calc-decimal-separator = { "," }
calc-error = Fehler
calc-unknown-key = Die Taste „{ $key }“ gibt es nicht.
calc-key-clear = C
calc-key-clear-description = Eingabe löschen
calc-key-all-clear = AC
calc-key-all-clear-description = Alles löschen
calc-key-negate = ±
calc-key-negate-description = Vorzeichen wechseln
calc-key-percent = %
calc-key-percent-description = Prozent
calc-key-divide = ÷
calc-key-divide-description = Geteilt durch
calc-key-multiply = ×
calc-key-multiply-description = Mal
calc-key-subtract = −
calc-key-subtract-description = Minus
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Gleich
calc-key-decimal-description = Komma

## Einstellungen des diskreten Modus

discreet-title = Diskreter Modus
discreet-disguise-label = So sieht Lueur auf dem Telefon aus
discreet-disguise-off = Als Lueur
discreet-disguise-calculator = Als Taschenrechner
discreet-disguise-explanation = Als Taschenrechner öffnet sich Lueur mit einem Rechner, der wirklich funktioniert. Um Lueur zu öffnen, tippen Sie Ihren Entsperrcode ein und drücken dann auf =. Jede andere Zahl ergibt einfach ein normales Ergebnis.
discreet-unlock-code-label = Entsperrcode
discreet-duress-code-label = Notfallcode
discreet-code-status-set = Festgelegt
discreet-code-status-not-set = Noch nicht festgelegt
discreet-duress-explanation = Wenn jemand Sie zwingt, Lueur zu öffnen, tippen Sie stattdessen den Notfallcode ein. Lueur öffnet sich dann leer: Ihre gespeicherten Antworten und Meldungen sind nicht zu sehen.
discreet-duress-wipes-label = Der Notfallcode löscht auch alles, was Lueur gespeichert hat
discreet-code-rules = Ein Code hat { $min } bis { $max } Ziffern. Wählen Sie einen Code, den andere nicht erraten können, also nicht Ihr Geburtsdatum.
discreet-code-prompt = Tippen Sie Ihren neuen Code ein.
discreet-code-confirm-prompt = Tippen Sie denselben Code noch einmal ein.
discreet-guess-delay-note = Nach { $attempts } falschen Codes hintereinander funktioniert der Taschenrechner weiter, prüft aber nur noch alle { $seconds } Sekunden einen Code. Wenn Ihr Code nicht funktioniert, warten Sie kurz und versuchen Sie es noch einmal.
discreet-limits-title = Was die Tarnung nicht verbergen kann
discreet-limit-app-list = Die Liste der Apps in den Einstellungen des Telefons zeigt weiterhin Lueur.
discreet-limit-store = Der Download-Verlauf des App-Stores zeigt, dass Lueur installiert wurde.
discreet-limit-phone-bill = Die Telefonrechnung kann Ihre Anrufe und SMS zeigen, zum Beispiel an ein Hilfetelefon.
discreet-limit-backups = Sicherungen des Telefons, zum Beispiel in der Cloud, können zeigen, dass Lueur installiert ist.
discreet-limit-ios-name = Auf einem iPhone bleibt der Name unter dem Symbol „Lueur“. Nur das Bild ändert sich.
discreet-limit-ios-alert = Auf einem iPhone zeigt das System eine Meldung, wenn sich das Symbol ändert.
discreet-quick-exit-label = Schnell verlassen
discreet-quick-exit-explanation = Schließt Lueur sofort und vergisst alles, was auf dem Bildschirm steht und nicht gespeichert ist.
discreet-wipe-label = Alles löschen

## Alles löschen

discreet-wipe-title = Alles löschen?
discreet-wipe-body = Damit wird alles gelöscht, was Lueur auf diesem Telefon gespeichert hat: gespeicherte Antworten, Meldungen, Einstellungen und Codes. Das lässt sich nicht rückgängig machen. Danach ist Lueur wie neu installiert.
discreet-wipe-unsent = { $count ->
    [one] Eine Meldung wurde noch nicht gesendet. Sie wird nicht mehr gesendet.
   *[other] { $count } Meldungen wurden noch nicht gesendet. Sie werden nicht mehr gesendet.
}
discreet-wipe-confirm = Alles löschen
discreet-wipe-cancel = Abbrechen
discreet-wipe-done = Alles, was Lueur auf diesem Telefon gespeichert hatte, wurde gelöscht.

## Fehler

error-discreet-code-format = Ein Code hat 6 bis 8 Ziffern und sonst nichts.
error-discreet-code-mismatch = Die beiden Codes sind nicht gleich. Bitte beginnen Sie noch einmal.
error-discreet-code-same = Der Notfallcode muss sich vom Entsperrcode unterscheiden.
error-discreet-code-first = Bitte tippen Sie zuerst den neuen Code ein und dann zur Bestätigung noch einmal.
error-discreet-code-needed = Bitte wählen Sie zuerst einen Entsperrcode. Ohne ihn könnten Sie Lueur hinter dem Taschenrechner nicht öffnen.
error-discreet-unlock-first = Bitte wählen Sie zuerst einen Entsperrcode und danach den Notfallcode.
error-discreet-disguise-on = Bitte schalten Sie zuerst die Tarnung als Taschenrechner aus und entfernen Sie dann den Entsperrcode.
error-discreet-disguise-unknown = „{ $value }“ ist keine Tarnung. Wählen Sie „off“ oder „calculator“.
error-discreet-wipe-not-confirmed = Es wurde nichts gelöscht. Um alles zu löschen, bestätigen Sie bitte zuerst.
discreet-code-lock-label = Bei jedem Öffnen von Lueur nach dem Entsperrcode fragen
discreet-code-lock-explanation = Lueur öffnet sich dann mit einem Code-Bildschirm, auch ohne den Taschenrechner. Ihre gespeicherten Antworten und Meldungen bleiben verborgen, bis der Code eingegeben ist.
discreet-current-code-prompt = Geben Sie Ihren jetzigen Entsperrcode ein.
discreet-limit-call-list = Ein Anruf oder eine Nachricht an eine Hilfsstelle bleibt in der Anrufliste oder in der Nachrichten-App.

## The plain code lock (no disguise)

lock-title = Lueur
lock-prompt = Geben Sie Ihren Entsperrcode ein.
lock-unlock = Öffnen
lock-error-wrong = Mit diesem Code öffnet sich Lueur nicht.
lock-error-wait = Zu viele falsche Codes. Warten Sie { $seconds } Sekunden und versuchen Sie es dann noch einmal.
error-discreet-current-code-wrong = Das ist nicht Ihr jetziger Entsperrcode.
