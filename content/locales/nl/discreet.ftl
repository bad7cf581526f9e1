## Discrete modus. De calc-*-berichten zijn de woorden van de lokrekenmachine: het
## moeten gewone rekenmachinewoorden blijven die niets over Lueur zeggen.

calc-decimal-separator = { "," }
calc-error = Fout
calc-unknown-key = De toets "{ $key }" bestaat niet.
calc-key-clear = C
calc-key-clear-description = Invoer wissen
calc-key-all-clear = AC
calc-key-all-clear-description = Alles wissen
calc-key-negate = ±
calc-key-negate-description = Teken omkeren
calc-key-percent = %
calc-key-percent-description = Procent
calc-key-divide = ÷
calc-key-divide-description = Gedeeld door
calc-key-multiply = ×
calc-key-multiply-description = Maal
calc-key-subtract = −
calc-key-subtract-description = Min
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Is gelijk aan
calc-key-decimal-description = Komma

## Instellingen van de discrete modus

discreet-title = Discrete modus
discreet-disguise-label = Hoe Lueur eruitziet op de telefoon
discreet-disguise-off = Als Lueur
discreet-disguise-calculator = Als rekenmachine
discreet-disguise-explanation = Als rekenmachine opent Lueur met een rekenmachine die echt werkt. Om Lueur te openen, typ je je ontgrendelcode en druk je op =. Elk ander getal geeft gewoon een normale uitkomst.
discreet-unlock-code-label = Ontgrendelcode
discreet-duress-code-label = Noodcode
discreet-code-status-set = Ingesteld
discreet-code-status-not-set = Nog niet ingesteld
discreet-duress-explanation = Dwingt iemand je om Lueur te openen? Typ dan de noodcode. Lueur opent dan leeg: je bewaarde antwoorden en meldingen zijn niet te zien.
discreet-duress-wipes-label = De noodcode wist ook alles wat Lueur heeft bewaard
discreet-code-rules = Een code heeft { $min } tot { $max } cijfers. Kies een code die anderen niet kunnen raden, dus niet je geboortedatum.
discreet-code-prompt = Typ je nieuwe code.
discreet-code-confirm-prompt = Typ dezelfde code nog een keer.
discreet-guess-delay-note = Na { $attempts } foute codes na elkaar blijft de rekenmachine werken, maar ze controleert nog maar één code per { $seconds } seconden. Werkt je code niet? Wacht even en probeer het opnieuw.
discreet-limits-title = Wat de vermomming niet kan verbergen
discreet-limit-app-list = De lijst met apps in de instellingen van de telefoon toont nog altijd Lueur.
discreet-limit-store = De downloadgeschiedenis van de App Store of Google Play toont dat Lueur werd geïnstalleerd.
discreet-limit-phone-bill = De telefoonrekening kan je oproepen en sms'jes tonen, bijvoorbeeld naar een hulplijn.
discreet-limit-backups = Back-ups van de telefoon, bijvoorbeeld in de cloud, kunnen tonen dat Lueur geïnstalleerd is.
discreet-limit-ios-name = Op een iPhone blijft de naam onder het icoon "Lueur". Alleen de afbeelding verandert.
discreet-limit-ios-alert = Op een iPhone toont het systeem een melding als het icoon verandert.
discreet-quick-exit-label = Snel weg
discreet-quick-exit-explanation = Sluit Lueur meteen en vergeet alles wat op het scherm staat en niet bewaard is.
discreet-wipe-label = Alles wissen

## Alles wissen

discreet-wipe-title = Alles wissen?
discreet-wipe-body = Dit wist alles wat Lueur op deze telefoon heeft bewaard: bewaarde antwoorden, meldingen, instellingen en codes. Je kunt dit niet ongedaan maken. Daarna is Lueur zoals pas geïnstalleerd.
discreet-wipe-unsent = { $count ->
    [one] Eén melding is nog niet verstuurd. Die wordt niet meer verstuurd.
   *[other] { $count } meldingen zijn nog niet verstuurd. Die worden niet meer verstuurd.
}
discreet-wipe-confirm = Alles wissen
discreet-wipe-cancel = Annuleren
discreet-wipe-done = Alles wat Lueur op deze telefoon had bewaard, is gewist.

## Fouten

error-discreet-code-format = Een code heeft 6 tot 8 cijfers, en niets anders.
error-discreet-code-mismatch = De twee codes zijn niet dezelfde. Begin opnieuw.
error-discreet-code-same = De noodcode moet anders zijn dan de ontgrendelcode.
error-discreet-code-first = Typ eerst de nieuwe code en typ hem daarna nog een keer om te bevestigen.
error-discreet-code-needed = Kies eerst een ontgrendelcode. Zonder die code kun je Lueur achter de rekenmachine niet openen.
error-discreet-unlock-first = Kies eerst een ontgrendelcode, en daarna de noodcode.
error-discreet-disguise-on = Zet eerst de vermomming als rekenmachine uit, en verwijder daarna de ontgrendelcode.
error-discreet-disguise-unknown = "{ $value }" is geen vermomming. Kies "off" of "calculator".
error-discreet-wipe-not-confirmed = Er is niets gewist. Bevestig eerst als je alles wilt wissen.
discreet-code-lock-label = Vraag de ontgrendelcode telkens als Lueur opent
discreet-code-lock-explanation = Lueur opent dan op een scherm voor de code, ook zonder de rekenmachine. Je bewaarde antwoorden en meldingen blijven verborgen tot de code getypt is.
discreet-current-code-prompt = Typ je huidige ontgrendelcode.
discreet-limit-call-list = Een oproep of bericht naar een hulpdienst blijft in de oproeplijst of de berichten-app staan.

## The plain code lock (no disguise)

lock-title = Lueur
lock-prompt = Typ je ontgrendelcode.
lock-unlock = Openen
lock-error-wrong = Met deze code opent Lueur niet.
lock-error-wait = Te veel foute codes. Wacht { $seconds } seconden en probeer het dan opnieuw.
error-discreet-current-code-wrong = Dit is niet je huidige ontgrendelcode.
