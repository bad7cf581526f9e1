## Mode discret. Les messages calc-* sont les mots de la calculatrice leurre : ils
## doivent rester de simples mots de calculatrice, sans rien dire de Lueur.

calc-decimal-separator = { "," }
calc-error = Erreur
calc-unknown-key = La touche « { $key } » n'existe pas.
calc-key-clear = C
calc-key-clear-description = Effacer la saisie
calc-key-all-clear = AC
calc-key-all-clear-description = Tout effacer
calc-key-negate = ±
calc-key-negate-description = Changer le signe
calc-key-percent = %
calc-key-percent-description = Pour cent
calc-key-divide = ÷
calc-key-divide-description = Divisé par
calc-key-multiply = ×
calc-key-multiply-description = Fois
calc-key-subtract = −
calc-key-subtract-description = Moins
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Égal
calc-key-decimal-description = Virgule

## Réglages du mode discret

discreet-title = Mode discret
discreet-disguise-label = L'apparence de Lueur sur le téléphone
discreet-disguise-off = Comme Lueur
discreet-disguise-calculator = Comme une calculatrice
discreet-disguise-explanation = En mode calculatrice, Lueur s'ouvre sur une calculatrice qui fonctionne vraiment. Pour ouvrir Lueur, tapez votre code de déverrouillage, puis appuyez sur =. Tout autre nombre donne simplement un résultat normal.
discreet-unlock-code-label = Code de déverrouillage
discreet-duress-code-label = Code d'urgence
discreet-code-status-set = Défini
discreet-code-status-not-set = Pas encore défini
discreet-duress-explanation = Si quelqu'un vous oblige à ouvrir Lueur, tapez plutôt le code d'urgence. Lueur s'ouvre alors vide : vos réponses enregistrées et vos signalements n'apparaissent pas.
discreet-duress-wipes-label = Le code d'urgence efface aussi tout ce que Lueur a enregistré
discreet-code-rules = Un code compte de { $min } à { $max } chiffres. Choisissez un code que les autres ne peuvent pas deviner, pas votre date de naissance.
discreet-code-prompt = Tapez votre nouveau code.
discreet-code-confirm-prompt = Tapez encore une fois le même code.
discreet-guess-delay-note = Après { $attempts } codes erronés d'affilée, la calculatrice fonctionne toujours, mais elle ne vérifie plus qu'un code toutes les { $seconds } secondes. Si votre code ne marche pas, attendez un moment et réessayez.
discreet-limits-title = Ce que le déguisement ne peut pas cacher
discreet-limit-app-list = La liste des applications, dans les réglages du téléphone, montre toujours Lueur.
discreet-limit-store = L'historique des téléchargements de la boutique d'applications montre que Lueur a été installée.
discreet-limit-phone-bill = La facture de téléphone peut montrer vos appels et vos SMS, par exemple vers une ligne d'aide.
discreet-limit-backups = Les sauvegardes du téléphone, par exemple dans le cloud, peuvent montrer que Lueur est installée.
discreet-limit-ios-name = Sur un iPhone, le nom sous l'icône reste « Lueur ». Seule l'image change.
discreet-limit-ios-alert = Sur un iPhone, le système affiche un message quand l'icône change.
discreet-quick-exit-label = Sortie rapide
discreet-quick-exit-explanation = Ferme Lueur tout de suite et oublie tout ce qui est à l'écran et n'est pas enregistré.
discreet-wipe-label = Tout effacer

## Effacement d'urgence

discreet-wipe-title = Tout effacer ?
discreet-wipe-body = Cela efface tout ce que Lueur a enregistré sur ce téléphone : réponses enregistrées, signalements, réglages et codes. Ce n'est pas réversible. Ensuite, Lueur est comme une application qui vient d'être installée.
discreet-wipe-unsent = { $count ->
    [one] Un signalement n'a pas encore été envoyé. Il ne sera pas envoyé.
   *[other] { $count } signalements n'ont pas encore été envoyés. Ils ne seront pas envoyés.
}
discreet-wipe-confirm = Tout effacer
discreet-wipe-cancel = Annuler
discreet-wipe-done = Tout ce que Lueur avait enregistré sur ce téléphone a été effacé.

## Erreurs

error-discreet-code-format = Un code compte de 6 à 8 chiffres, et rien d'autre.
error-discreet-code-mismatch = Les deux codes ne sont pas identiques. Veuillez recommencer.
error-discreet-code-same = Le code d'urgence doit être différent du code de déverrouillage.
error-discreet-code-first = Tapez d'abord le nouveau code, puis tapez-le une deuxième fois pour le confirmer.
error-discreet-code-needed = Choisissez d'abord un code de déverrouillage. Sans lui, vous ne pourriez pas ouvrir Lueur derrière la calculatrice.
error-discreet-unlock-first = Choisissez un code de déverrouillage avant le code d'urgence.
error-discreet-disguise-on = Désactivez d'abord le déguisement en calculatrice, puis supprimez le code de déverrouillage.
error-discreet-disguise-unknown = « { $value } » n'est pas un déguisement. Choisissez « off » ou « calculator ».
error-discreet-wipe-not-confirmed = Rien n'a été effacé. Pour tout effacer, veuillez d'abord confirmer.
discreet-code-lock-label = Demander le code de déverrouillage à chaque ouverture de Lueur
discreet-code-lock-explanation = Lueur s'ouvre alors sur un écran de code, même sans la calculatrice. Vos réponses gardées et vos signalements restent cachés tant que le code n'est pas tapé.
discreet-current-code-prompt = Tapez votre code de déverrouillage actuel.
discreet-limit-call-list = Un appel ou un message à une aide reste dans l'historique des appels ou dans l'application de messages.

## The plain code lock (no disguise)

lock-title = Lueur
lock-prompt = Tapez votre code de déverrouillage.
lock-unlock = Ouvrir
lock-error-wrong = Ce code n'ouvre pas Lueur.
lock-error-wait = Trop de codes faux. Attendez { $seconds } secondes, puis réessayez.
error-discreet-current-code-wrong = Ce n'est pas votre code de déverrouillage actuel.
