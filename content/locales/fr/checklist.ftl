## Liste de signes : écrans et boutons

checklist-title = Repérer les signes
checklist-intro = Quelques questions, avec oui, non ou je ne sais pas. Vous pouvez passer une question ou revenir en arrière. Vos réponses restent dans l'application et disparaissent quand vous la fermez, sauf si vous choisissez de les garder.
checklist-answer-yes = Oui
checklist-answer-no = Non
checklist-answer-unsure = Je ne sais pas
checklist-skip = Passer cette question
checklist-back = Retour
checklist-continue = Continuer les questions
checklist-progress = Question { $current } sur { $total }
checklist-prompt = Tapez un numéro puis Entrée :
checklist-keep-answers = Garder mes réponses sur ce téléphone
checklist-keep-answers-hint = Toute personne qui peut ouvrir Lueur sur ce téléphone pourrait alors les voir. Vous pouvez les effacer à tout moment.
checklist-delete-answers = Effacer mes réponses de ce téléphone
checklist-answers-kept = Vos réponses sont gardées sur ce téléphone.
checklist-answers-deleted = Vos réponses ont été effacées de ce téléphone.
checklist-saved-found = Vous avez gardé des réponses sur ce téléphone.
checklist-resume = Reprendre avec mes réponses gardées
checklist-start-again = Recommencer
checklist-signs-heading = Ce que montrent les réponses
checklist-element-present = Plusieurs réponses vont dans ce sens.
checklist-unsure-heading = Les réponses dont vous n'étiez pas sûr·e
checklist-notes-heading = Bon à savoir
checklist-contacts-heading = Qui peut aider
checklist-steps-heading = Ce que vous pouvez faire maintenant
checklist-grade-strong = signe fort
checklist-grade-medium = signe
checklist-grade-weak = signe faible
checklist-sources = Sources : { $sources }
checklist-close = Fermer
checklist-invalid-choice = Tapez un des numéros affichés.
checklist-error-about = Dites de qui il s'agit : « me » (moi) ou « other » (une autre personne).
checklist-ignored = Pas posées avec ces réponses, donc pas comptées : { $questions }

## Liste de signes : étapes suivantes et contacts

checklist-action-call = Appeler { $name } : { $number }
checklist-action-talk = Parler à { $name }
checklist-action-report = Préparer un signalement confidentiel
checklist-action-report-hint = Lueur ajoute un court résumé de ces réponses. Vous pouvez le modifier ou le retirer.
checklist-action-read = Lire : { $title }
checklist-contact-reason-emergency = En cas d'urgence
checklist-contact-reason-minors = Pour les jeunes de moins de 18 ans
checklist-contact-reason-region = Près de chez vous
checklist-contact-reason-language = Parle votre langue
checklist-contact-reason-centre = Conseil et soutien, gratuits et confidentiels
checklist-contact-reason-report = Pour signaler une situation

## Liste de signes : résumé pour un signalement

checklist-summary-heading = { $perspective ->
    [me] Liste de signes Lueur, sur ma propre situation
   *[other] Liste de signes Lueur, sur une personne que je connais
}
checklist-summary-level = Résultat : { $level }
checklist-summary-minor = La personne a moins de 18 ans, ou peut-être.
checklist-summary-signs = Signes dans les réponses :
checklist-summary-unsure = Pas sûr·e :
checklist-summary-none = Aucun signe n'a reçu la réponse oui.

## Liste de signes : erreurs

checklist-error-unknown-question = La liste ne contient pas de question « { $question } ».
checklist-error-unknown-answer = « { $answer } » n'est pas une réponse possible à cette question.
checklist-error-not-current = Cette question n'est pas celle qui est affichée maintenant.

## Liste de signes : parties

checklist-module-entry = Premières questions
checklist-module-general = La situation
checklist-module-sexual = Sexe, escort et en ligne
checklist-module-labour = Travail
checklist-module-domestic = Travail dans une maison
checklist-module-begging = Mendicité
checklist-module-criminality = Délits sous la contrainte
checklist-module-teen-pimps = Une relation qui met mal à l'aise
checklist-module-closing = Dernière question

## Liste de signes : premières questions

checklist-q-about = De qui s'agit-il ?
checklist-q-about-me = De moi
checklist-q-about-other = D'une personne que je connais
checklist-q-danger-now = { $perspective ->
    [me] Êtes-vous en danger maintenant, ou avez-vous peur que quelqu'un vous fasse du mal très bientôt ?
   *[other] La personne est-elle en danger maintenant, ou a-t-elle peur que quelqu'un lui fasse du mal très bientôt ?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Êtes-vous enfermé·e quelque part en ce moment, ou retenu·e contre votre volonté ?
   *[other] La personne est-elle enfermée quelque part en ce moment, ou retenue contre sa volonté ?
}
checklist-q-under-18 = { $perspective ->
    [me] Avez-vous moins de 18 ans ?
   *[other] La personne a-t-elle moins de 18 ans ?
}
checklist-q-situation = { $perspective ->
    [me] De quoi s'agit-il surtout dans votre situation ?
   *[other] De quoi s'agit-il surtout dans la situation de la personne ?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sexe, escort, photos ou vidéos sexuelles, aussi en ligne
   *[other] Sexe, escort, photos ou vidéos sexuelles, aussi en ligne
}
checklist-q-situation-labour = { $perspective ->
    [me] Travail : par exemple dans un restaurant, sur un chantier, dans une ferme, dans un magasin
   *[other] Travail : par exemple dans un restaurant, sur un chantier, dans une ferme, dans un magasin
}
checklist-q-situation-domestic = { $perspective ->
    [me] Travail chez quelqu'un : ménage, cuisine, garde d'enfants
   *[other] Travail chez quelqu'un : ménage, cuisine, garde d'enfants
}
checklist-q-situation-begging = { $perspective ->
    [me] Mendier dans la rue
   *[other] Mendier dans la rue
}
checklist-q-situation-criminality = { $perspective ->
    [me] Devoir voler, vendre de la drogue ou enfreindre la loi autrement
   *[other] Devoir voler, vendre de la drogue ou enfreindre la loi autrement
}
checklist-q-situation-relationship = { $perspective ->
    [me] Un copain, une copine ou un ami qui demande toujours plus
   *[other] Un copain, une copine ou un ami qui demande toujours plus à la personne
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Je ne sais pas, ou autre chose
   *[other] Je ne sais pas, ou autre chose
}

## Liste de signes : questions pour toutes les situations

checklist-q-g-promised-other = { $perspective ->
    [me] Votre travail ou votre situation est-il très différent de ce qu'on vous avait promis ?
   *[other] Le travail ou la situation de la personne est-il très différent de ce qu'on lui avait promis ?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Vous a-t-on menti sur le salaire, les horaires ou le logement ?
   *[other] A-t-on menti à la personne sur le salaire, les horaires ou le logement ?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Vous a-t-on promis des papiers ou un séjour légal que vous n'avez pas reçus ?
   *[other] A-t-on promis à la personne des papiers ou un séjour légal qu'elle n'a pas reçus ?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Vous a-t-on forcé·e ou menacé·e pour venir ici ou pour commencer ?
   *[other] A-t-on forcé ou menacé la personne pour venir ici ou pour commencer ?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Au début, étiez-vous dans une période très difficile, par exemple sans argent, sans papiers ou sans logement ?
   *[other] Au début, la personne était-elle dans une période très difficile, par exemple sans argent, sans papiers ou sans logement ?
}
checklist-q-g-documents = { $perspective ->
    [me] Quelqu'un d'autre garde-t-il votre passeport ou votre carte d'identité, sans que vous le vouliez ?
   *[other] Quelqu'un d'autre garde-t-il le passeport ou la carte d'identité de la personne, sans qu'elle le veuille ?
}
checklist-q-g-free-to-leave = { $perspective ->
    [me] Pouvez-vous quitter le lieu où vous travaillez ou vivez quand vous le voulez ?
   *[other] La personne peut-elle quitter le lieu où elle travaille ou vit quand elle le veut ?
}
checklist-q-g-debt = { $perspective ->
    [me] Devez-vous de l'argent aux personnes pour qui vous travaillez, et cette dette ne diminue-t-elle jamais ?
   *[other] La personne doit-elle de l'argent aux personnes pour qui elle travaille, et cette dette ne diminue-t-elle jamais ?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Cette dette a-t-elle commencé avec le prix de votre voyage, de votre travail ou de votre logement ?
   *[other] Cette dette a-t-elle commencé avec le prix du voyage, du travail ou du logement de la personne ?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Quelqu'un d'autre prend-il tout ou presque tout l'argent que vous gagnez ?
   *[other] Quelqu'un d'autre prend-il tout ou presque tout l'argent que la personne gagne ?
}
checklist-q-g-threats = { $perspective ->
    [me] Quelqu'un vous a-t-il menacé·e, vous ou votre famille ?
   *[other] Quelqu'un a-t-il menacé la personne ou sa famille ?
}
checklist-q-g-threat-report = { $perspective ->
    [me] A-t-on dit qu'on vous dénoncerait à la police ou à l'Office des étrangers si vous n'obéissiez pas ?
   *[other] A-t-on dit qu'on dénoncerait la personne à la police ou à l'Office des étrangers si elle n'obéissait pas ?
}
checklist-q-g-violence = { $perspective ->
    [me] Quelqu'un vous a-t-il frappé·e, blessé·e ou forcé·e à des actes sexuels ?
   *[other] Quelqu'un a-t-il frappé, blessé la personne ou l'a-t-il forcée à des actes sexuels ?
}
checklist-q-g-dependent = { $perspective ->
    [me] Dépendez-vous des mêmes personnes pour votre travail, votre logement et votre nourriture ?
   *[other] La personne dépend-elle des mêmes personnes pour son travail, son logement et sa nourriture ?
}
checklist-q-g-isolated = { $perspective ->
    [me] Vous tient-on à l'écart de votre famille et de vos amis, ou vous empêche-t-on de parler librement avec d'autres ?
   *[other] Tient-on la personne à l'écart de sa famille et de ses amis, ou l'empêche-t-on de parler librement avec d'autres ?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Avez-vous peur de demander de l'aide à la police, par exemple à cause de vos papiers ?
   *[other] La personne a-t-elle peur de demander de l'aide à la police, par exemple à cause de ses papiers ?
}

## Liste de signes : sexe, escort et en ligne

checklist-q-s-refuse = { $perspective ->
    [me] Pouvez-vous refuser un client ou un acte sexuel ?
   *[other] La personne peut-elle refuser un client ou un acte sexuel ?
}
checklist-q-s-keep-money = { $perspective ->
    [me] Gardez-vous la plus grande partie de l'argent payé par les clients ?
   *[other] La personne garde-t-elle la plus grande partie de l'argent payé par les clients ?
}
checklist-q-s-hours = { $perspective ->
    [me] Devez-vous voir beaucoup de clients ou travailler de très longues heures, sans jour de repos ?
   *[other] La personne doit-elle voir beaucoup de clients ou travailler de très longues heures, sans jour de repos ?
}
checklist-q-s-organised = { $perspective ->
    [me] Quelqu'un d'autre publie-t-il vos annonces, choisit-il vos clients ou organise-t-il vos rendez-vous d'escort ?
   *[other] Quelqu'un d'autre publie-t-il les annonces de la personne, choisit-il ses clients ou organise-t-il ses rendez-vous d'escort ?
}
checklist-q-s-online = { $perspective ->
    [me] Quelqu'un vous oblige-t-il à faire des photos ou vidéos sexuelles, ou des actes sexuels devant une caméra, pour son profit ?
   *[other] Quelqu'un oblige-t-il la personne à faire des photos ou vidéos sexuelles, ou des actes sexuels devant une caméra, pour son profit ?
}
checklist-q-s-living = { $perspective ->
    [me] Dormez-vous là où vous travaillez, ou là où décide la personne qui organise tout ?
   *[other] La personne dort-elle là où elle travaille, ou là où décide la personne qui organise tout ?
}

## Liste de signes : travail

checklist-q-l-hours = { $perspective ->
    [me] Travaillez-vous souvent de très longues journées, ou sept jours sur sept ?
   *[other] La personne travaille-t-elle souvent de très longues journées, ou sept jours sur sept ?
}
checklist-q-l-pay = { $perspective ->
    [me] Votre salaire est-il bien plus bas que prévu, ou n'y a-t-il pas de salaire du tout ?
   *[other] Le salaire de la personne est-il bien plus bas que prévu, ou n'y a-t-il pas de salaire du tout ?
}
checklist-q-l-contract = { $perspective ->
    [me] Travaillez-vous sans contrat ou sans être déclaré·e ?
   *[other] La personne travaille-t-elle sans contrat ou sans être déclarée ?
}
checklist-q-l-hazard = { $perspective ->
    [me] Le travail est-il dangereux, sans protection ni formation ?
   *[other] Le travail de la personne est-il dangereux, sans protection ni formation ?
}
checklist-q-l-housing = { $perspective ->
    [me] Votre employeur décide-t-il où vous vivez, et le logement est-il très mauvais ou surpeuplé ?
   *[other] L'employeur décide-t-il où vit la personne, et le logement est-il très mauvais ou surpeuplé ?
}
checklist-q-l-quit = { $perspective ->
    [me] Pourriez-vous arrêter ce travail sans être puni·e ou menacé·e ?
   *[other] La personne pourrait-elle arrêter ce travail sans être punie ou menacée ?
}
checklist-q-l-live-in = { $perspective ->
    [me] Vivez-vous dans la maison des personnes pour qui vous travaillez ?
   *[other] La personne vit-elle dans la maison des personnes pour qui elle travaille ?
}

## Liste de signes : travail dans une maison

checklist-q-d-rest = { $perspective ->
    [me] Avez-vous le temps de dormir et de vous reposer, et un jour libre par semaine ?
   *[other] La personne a-t-elle le temps de dormir et de se reposer, et un jour libre par semaine ?
}
checklist-q-d-room = { $perspective ->
    [me] Avez-vous un endroit à vous pour dormir, où vous pouvez être seul·e ?
   *[other] La personne a-t-elle un endroit à elle pour dormir, où elle peut être seule ?
}
checklist-q-d-food = { $perspective ->
    [me] Recevez-vous assez à manger ?
   *[other] La personne reçoit-elle assez à manger ?
}
checklist-q-d-out = { $perspective ->
    [me] Avez-vous le droit de sortir seul·e ?
   *[other] La personne a-t-elle le droit de sortir seule ?
}
checklist-q-d-pay = { $perspective ->
    [me] Êtes-vous payé·e pour ce travail, comme prévu ?
   *[other] La personne est-elle payée pour ce travail, comme prévu ?
}
checklist-q-d-phone = { $perspective ->
    [me] Pouvez-vous appeler votre famille ou utiliser un téléphone quand vous le voulez ?
   *[other] La personne peut-elle appeler sa famille ou utiliser un téléphone quand elle le veut ?
}

## Liste de signes : mendicité

checklist-q-b-quota = { $perspective ->
    [me] Devez-vous remettre chaque jour une somme fixe à quelqu'un ?
   *[other] La personne doit-elle remettre chaque jour une somme fixe à quelqu'un ?
}
checklist-q-b-hours = { $perspective ->
    [me] Devez-vous mendier toute la journée, tous les jours, par tous les temps ?
   *[other] La personne doit-elle mendier toute la journée, tous les jours, par tous les temps ?
}
checklist-q-b-punished = { $perspective ->
    [me] Êtes-vous puni·e ou menacé·e quand vous rapportez trop peu ?
   *[other] La personne est-elle punie ou menacée quand elle rapporte trop peu ?
}
checklist-q-b-brought = { $perspective ->
    [me] Quelqu'un vous conduit-il à l'endroit où vous mendiez, vient-il vous rechercher ou vous surveille-t-il ?
   *[other] Quelqu'un conduit-il la personne à l'endroit où elle mendie, vient-il la rechercher ou la surveille-t-il ?
}
checklist-q-b-school = { $perspective ->
    [me] Mendiez-vous au lieu d'aller à l'école ?
   *[other] La personne mendie-t-elle au lieu d'aller à l'école ?
}

## Liste de signes : délits sous la contrainte

checklist-q-c-made-to = { $perspective ->
    [me] Vous oblige-t-on à voler, à vendre de la drogue ou à enfreindre la loi autrement pour quelqu'un d'autre ?
   *[other] Oblige-t-on la personne à voler, à vendre de la drogue ou à enfreindre la loi autrement pour quelqu'un d'autre ?
}
checklist-q-c-kept-in = { $perspective ->
    [me] Devez-vous rester dans une maison pour surveiller des plantes, de la drogue ou des objets volés ?
   *[other] La personne doit-elle rester dans une maison pour surveiller des plantes, de la drogue ou des objets volés ?
}
checklist-q-c-conditions = { $perspective ->
    [me] Devez-vous faire cela pendant de très longues heures, avec peu ou pas d'argent pour vous ?
   *[other] La personne doit-elle faire cela pendant de très longues heures, avec peu ou pas d'argent pour elle ?
}
checklist-q-c-profits = { $perspective ->
    [me] Quelqu'un d'autre garde-t-il l'argent ou les objets que vous rapportez ?
   *[other] Quelqu'un d'autre garde-t-il l'argent ou les objets que la personne rapporte ?
}
checklist-q-c-debt = { $perspective ->
    [me] Vous dit-on que vous devez faire cela pour rembourser une dette ?
   *[other] Dit-on à la personne qu'elle doit faire cela pour rembourser une dette ?
}
checklist-q-c-lie = { $perspective ->
    [me] Vous a-t-on dit quoi répondre si la police vous arrête ?
   *[other] A-t-on dit à la personne quoi répondre si la police l'arrête ?
}

## Liste de signes : une relation qui met mal à l'aise (proxénètes d'adolescents)

checklist-q-t-older = { $perspective ->
    [me] Y a-t-il quelqu'un de beaucoup plus âgé qui vous donne beaucoup d'attention, par exemple un nouveau copain ou ami ?
   *[other] Y a-t-il quelqu'un de beaucoup plus âgé qui donne beaucoup d'attention à la personne, par exemple un nouveau copain ou ami ?
}
checklist-q-t-gifts = { $perspective ->
    [me] Cette personne vous donne-t-elle de l'argent, des cadeaux chers ou un téléphone ?
   *[other] Cette personne plus âgée lui donne-t-elle de l'argent, des cadeaux chers ou un téléphone ?
}
checklist-q-t-love = { $perspective ->
    [me] Cette personne vous a-t-elle promis l'amour, un avenir ensemble ou une vie facile ?
   *[other] Cette personne plus âgée lui a-t-elle promis l'amour, un avenir ensemble ou une vie facile ?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Est-ce que cela a commencé à un moment où vous vous sentiez seul·e, ou aviez des problèmes à la maison ou à l'école ?
   *[other] Est-ce que cela a commencé à un moment où la personne se sentait seule, ou avait des problèmes à la maison ou à l'école ?
}
checklist-q-t-need = { $perspective ->
    [me] Sentez-vous que vous avez tellement besoin de cette personne que vous ne pouvez pas lui dire non ?
   *[other] La personne semble-t-elle avoir tellement besoin de cette personne plus âgée qu'elle ne peut pas lui dire non ?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Cette personne veut-elle que vous ne voyiez plus vos amis ou votre famille ?
   *[other] Cette personne plus âgée veut-elle qu'elle ne voie plus ses amis ou sa famille ?
}
checklist-q-t-away = { $perspective ->
    [me] Restez-vous dehors la nuit, manquez-vous l'école, ou allez-vous dans des hôtels ou des appartements que vous ne connaissez pas ?
   *[other] La personne reste-t-elle dehors la nuit, manque-t-elle l'école, ou va-t-elle dans des hôtels ou des appartements qu'elle ne connaît pas ?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Cette personne vous a-t-elle demandé d'avoir des relations sexuelles avec d'autres personnes, ou d'envoyer des photos sexuelles ?
   *[other] Cette personne plus âgée lui a-t-elle demandé d'avoir des relations sexuelles avec d'autres personnes, ou d'envoyer des photos sexuelles ?
}
checklist-q-t-owe = { $perspective ->
    [me] Cette personne dit-elle que vous lui devez de l'argent pour les cadeaux ou pour autre chose ?
   *[other] Cette personne plus âgée dit-elle que la personne lui doit de l'argent pour les cadeaux ou pour autre chose ?
}
checklist-q-t-changes = { $perspective ->
    [me] Avez-vous maintenant un tatouage avec le nom de quelqu'un, ou plusieurs téléphones ?
   *[other] La personne a-t-elle maintenant un tatouage avec le nom de quelqu'un, ou plusieurs téléphones ?
}
checklist-q-t-mood = { $perspective ->
    [me] Avez-vous beaucoup changé ces derniers temps : votre humeur, l'alcool ou la drogue, ou vous faire du mal ?
   *[other] La personne a-t-elle beaucoup changé ces derniers temps : son humeur, l'alcool ou la drogue, ou se faire du mal ?
}

## Liste de signes : dernière question

checklist-q-region = { $perspective ->
    [me] Où êtes-vous en Belgique ? Cela aide à montrer un centre près de chez vous.
   *[other] Où se trouve la personne en Belgique ? Cela aide à montrer un centre proche.
}
checklist-q-region-brussels = { $perspective ->
    [me] Bruxelles
   *[other] Bruxelles
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandre
   *[other] Flandre
}
checklist-q-region-wallonia = { $perspective ->
    [me] Wallonie
   *[other] Wallonie
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Est de la Belgique (Communauté germanophone)
   *[other] Est de la Belgique (Communauté germanophone)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Je préfère ne pas le dire
   *[other] Je préfère ne pas le dire, ou je ne sais pas
}

## Liste de signes : éléments (groupes d'indicateurs)

checklist-element-deceptive-recruitment = Des mensonges au début
checklist-element-coercive-recruitment = De la force au début
checklist-element-vulnerability-recruitment = Une situation difficile utilisée au début
checklist-element-exploitative-conditions = Exploitation : travail ou sexe à des conditions injustes
checklist-element-coercion-destination = Contrôle et pression maintenant
checklist-element-vulnerability-destination = Une position fragile utilisée maintenant
checklist-element-warning-signs = Signes d'alerte remarqués chez des jeunes

## Liste de signes : indicateurs expliqués

checklist-indicator-deceived-job = { $perspective ->
    [me] Le travail ou la situation est très différent de ce qu'on vous avait promis : mentir au début est une façon courante d'amener des personnes à être exploitées.
   *[other] Le travail ou la situation est très différent de ce qu'on avait promis à la personne : mentir au début est une façon courante d'amener des personnes à être exploitées.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] On vous a menti sur le salaire, les horaires ou le logement : les fausses promesses font accepter des conditions qu'on refuserait.
   *[other] On a menti à la personne sur le salaire, les horaires ou le logement : les fausses promesses font accepter des conditions qu'on refuserait.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] On vous a promis des papiers qui ne sont pas venus : cette promesse sert souvent à faire attendre et obéir.
   *[other] On a promis à la personne des papiers qui ne sont pas venus : cette promesse sert souvent à faire attendre et obéir.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Quelqu'un vous a promis l'amour ou un avenir ensemble : les proxénètes d'adolescents commencent souvent ainsi pour gagner la confiance.
   *[other] Quelqu'un a promis à la personne l'amour ou un avenir ensemble : les proxénètes d'adolescents commencent souvent ainsi pour gagner la confiance.
}
checklist-indicator-recruited-by-force = { $perspective ->
    [me] On vous a forcé·e ou menacé·e pour commencer : c'est un signe grave que vous n'avez pas choisi librement.
   *[other] On a forcé ou menacé la personne pour commencer : c'est un signe grave qu'elle n'a pas choisi librement.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] La dette a commencé avec le voyage ou le travail : une telle dette sert souvent à attacher une personne à ceux qui l'ont fait venir.
   *[other] La dette a commencé avec le voyage ou le travail : une telle dette sert souvent à attacher une personne à ceux qui l'ont fait venir.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Cela a commencé quand vous n'aviez ni argent, ni papiers, ni logement : ceux qui exploitent cherchent des personnes en difficulté.
   *[other] Cela a commencé quand la personne n'avait ni argent, ni papiers, ni logement : ceux qui exploitent cherchent des personnes en difficulté.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Cela a commencé quand vous vous sentiez seul·e ou aviez des problèmes à la maison ou à l'école : les proxénètes d'adolescents cherchent des jeunes dans cette situation.
   *[other] Cela a commencé quand la personne se sentait seule ou avait des problèmes à la maison ou à l'école : les proxénètes d'adolescents cherchent des jeunes dans cette situation.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Vous sentez que vous ne pouvez pas dire non à cette personne : rendre quelqu'un dépendant est une façon de le contrôler.
   *[other] La personne semble ne pas pouvoir dire non : rendre quelqu'un dépendant est une façon de le contrôler.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Vous recevez de l'argent ou des cadeaux chers : les cadeaux peuvent servir à créer un sentiment de dette.
   *[other] La personne reçoit de l'argent ou des cadeaux chers : les cadeaux peuvent servir à créer un sentiment de dette.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] De très longues journées ou aucun jour de repos : c'est l'un des signes les plus clairs d'exploitation.
   *[other] De très longues journées ou aucun jour de repos : c'est l'un des signes les plus clairs d'exploitation.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Peu ou pas de salaire pour votre travail : c'est un signe d'exploitation.
   *[other] Peu ou pas de salaire pour le travail : c'est un signe d'exploitation.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Pas de contrat et pas déclaré·e : cela veut souvent dire pas d'assurance et pas de protection au travail.
   *[other] Pas de contrat et pas déclarée : cela veut souvent dire pas d'assurance et pas de protection au travail pour la personne.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Un travail dangereux sans protection : cela met votre santé en danger et c'est un signe d'exploitation.
   *[other] Un travail dangereux sans protection : cela met la santé de la personne en danger et c'est un signe d'exploitation.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Un mauvais endroit pour dormir, pas d'intimité ou pas assez à manger : de telles conditions de vie sont un signe d'exploitation.
   *[other] Un mauvais endroit pour dormir, pas d'intimité ou pas assez à manger : de telles conditions de vie sont un signe d'exploitation.
}
checklist-indicator-no-school = { $perspective ->
    [me] Manquer l'école : un jeune a le droit d'aller à l'école.
   *[other] Manquer l'école : un jeune a le droit d'aller à l'école.
}
checklist-indicator-sexual-acts-for-others = { $perspective ->
    [me] Des actes ou des photos sexuels qui rapportent de l'argent à quelqu'un d'autre : c'est de l'exploitation sexuelle, et pour une personne de moins de 18 ans, c'est toujours de l'exploitation.
   *[other] Des actes ou des photos sexuels qui rapportent de l'argent à quelqu'un d'autre : c'est de l'exploitation sexuelle, et pour une personne de moins de 18 ans, c'est toujours de l'exploitation.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Vous devez remettre une somme fixe de la mendicité : l'argent va à d'autres, c'est un signe d'exploitation.
   *[other] La personne doit remettre une somme fixe de la mendicité : l'argent va à d'autres, c'est un signe d'exploitation.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Quelqu'un d'autre garde vos papiers d'identité : c'est une façon de contrôler une personne.
   *[other] Quelqu'un d'autre garde les papiers d'identité de la personne : c'est une façon de contrôler une personne.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Une dette qui ne diminue jamais : les dettes servent souvent à faire travailler les gens sans fin.
   *[other] Une dette qui ne diminue jamais : les dettes servent souvent à faire travailler les gens sans fin.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Vous ne pouvez pas partir librement, ou vous êtes enfermé·e ou surveillé·e : cela vous prive de votre liberté.
   *[other] La personne ne peut pas partir librement, ou elle est enfermée ou surveillée : cela la prive de sa liberté.
}
checklist-indicator-violence = { $perspective ->
    [me] Quelqu'un vous fait du mal ou vous force à des actes sexuels : c'est de la violence, et ce n'est jamais de votre faute.
   *[other] Quelqu'un fait du mal à la personne ou la force à des actes sexuels : c'est de la violence, et ce n'est jamais de sa faute.
}
checklist-indicator-threats = { $perspective ->
    [me] Des menaces contre vous ou votre famille : la peur sert à faire obéir.
   *[other] Des menaces contre la personne ou sa famille : la peur sert à faire obéir.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Une menace de vous dénoncer à la police ou à l'Office des étrangers : cela sert à faire taire les gens.
   *[other] Une menace de dénoncer la personne à la police ou à l'Office des étrangers : cela sert à faire taire les gens.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Vous ne pouvez pas arrêter sans être puni·e : un travail qu'on ne peut pas quitter n'est pas librement choisi.
   *[other] La personne ne peut pas arrêter sans être punie : un travail qu'on ne peut pas quitter n'est pas librement choisi.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Quelqu'un d'autre prend l'argent que vous gagnez : cela rend une personne dépendante.
   *[other] Quelqu'un d'autre prend l'argent que la personne gagne : cela rend une personne dépendante.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] On vous oblige à enfreindre la loi pour quelqu'un d'autre : cela peut être une forme d'exploitation, où les responsables sont ceux qui en profitent.
   *[other] On oblige la personne à enfreindre la loi pour quelqu'un d'autre : cela peut être une forme d'exploitation, où les responsables sont ceux qui en profitent.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Vous ne pouvez pas refuser un client ou un acte sexuel : c'est un signe de contrôle.
   *[other] La personne ne peut pas refuser un client ou un acte sexuel : c'est un signe de contrôle.
}
checklist-indicator-under-control = { $perspective ->
    [me] Quelqu'un d'autre décide de vos annonces, de vos clients ou de vos rendez-vous : c'est une façon de contrôler le travail du sexe.
   *[other] Quelqu'un d'autre décide des annonces, des clients ou des rendez-vous de la personne : c'est une façon de contrôler le travail du sexe.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] On vous a dit quoi répondre à la police : cela sert à cacher ce qui se passe.
   *[other] On a dit à la personne quoi répondre à la police : cela sert à cacher ce qui se passe.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Les mêmes personnes vous donnent le travail, le logement et la nourriture : il devient alors très difficile de dire non ou de partir.
   *[other] Les mêmes personnes donnent à la personne le travail, le logement et la nourriture : il devient alors très difficile de dire non ou de partir.
}
checklist-indicator-isolated = { $perspective ->
    [me] On vous tient à l'écart de votre famille et de vos amis : seul·e, il est plus difficile de trouver de l'aide.
   *[other] On tient la personne à l'écart de sa famille et de ses amis : seule, il lui est plus difficile de trouver de l'aide.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Vous avez peur de la police ou de votre situation de séjour : cette peur sert souvent à faire taire les gens.
   *[other] La personne a peur de la police ou de sa situation de séjour : cette peur sert souvent à faire taire les gens.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Quelqu'un de beaucoup plus âgé vous donne beaucoup d'attention : c'est souvent ainsi que commencent les proxénètes d'adolescents.
   *[other] Quelqu'un de beaucoup plus âgé donne beaucoup d'attention à la personne : c'est souvent ainsi que commencent les proxénètes d'adolescents.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Des nuits dehors, l'école manquée ou des hôtels : ce sont des signes d'alerte cités par Child Focus.
   *[other] Des nuits dehors, l'école manquée ou des hôtels : ce sont des signes d'alerte cités par Child Focus.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Un tatouage avec le nom de quelqu'un : les proxénètes d'adolescents s'en servent parfois pour marquer un jeune comme le leur.
   *[other] Un tatouage avec le nom de quelqu'un : les proxénètes d'adolescents s'en servent parfois pour marquer un jeune comme le leur.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Plusieurs téléphones : cela peut permettre à quelqu'un de vous joindre sans que d'autres le sachent.
   *[other] Plusieurs téléphones : cela peut permettre à quelqu'un de joindre la personne sans que d'autres le sachent.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] De grands changements d'humeur, l'alcool, la drogue ou se faire du mal : cela peut montrer que quelque chose va très mal. Vous méritez de l'aide.
   *[other] De grands changements d'humeur, l'alcool, la drogue ou se faire du mal : cela peut montrer que quelque chose va très mal pour la personne.
}

## Liste de signes : niveaux de résultat

checklist-level-immediate-danger = Danger maintenant
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Vous avez dit être en danger maintenant. Si vous pouvez le faire sans risque, appelez à l'aide maintenant. Vous pourrez revenir aux questions plus tard.
   *[other] Vous avez dit que la personne est en danger maintenant. Si vous pouvez le faire sans risque, appelez à l'aide maintenant. Vous pourrez revenir aux questions plus tard.
}
checklist-level-strong-signs = Signes forts
checklist-level-strong-signs-summary = { $perspective ->
    [me] Vos réponses montrent plusieurs signes forts de traite des êtres humains ou d'exploitation. Ce n'est pas un jugement : un centre spécialisé peut regarder votre situation avec vous, gratuitement et en toute confidentialité.
   *[other] Vos réponses montrent plusieurs signes forts de traite des êtres humains ou d'exploitation. Ce n'est pas un jugement : un centre spécialisé peut regarder la situation avec vous, gratuitement et en toute confidentialité.
}
checklist-level-some-signs = Quelques signes
checklist-level-some-signs-summary = { $perspective ->
    [me] Certaines de vos réponses sont des signes d'exploitation. Elles ne prouvent rien, mais il vaut la peine d'en parler avec quelqu'un qui connaît ces situations.
   *[other] Certaines de vos réponses sont des signes d'exploitation. Elles ne prouvent rien, mais il vaut la peine d'en parler avec quelqu'un qui connaît ces situations.
}
checklist-level-no-clear-signs = Pas de signes clairs
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Vos réponses ne montrent pas de signes clairs de traite des êtres humains. Si quelque chose vous semble encore anormal, vous pouvez toujours demander conseil.
   *[other] Vos réponses ne montrent pas de signes clairs de traite des êtres humains. Si quelque chose vous semble encore anormal, vous pouvez toujours demander conseil.
}

## Liste de signes : remarques avec le résultat

checklist-note-not-proof = { $perspective ->
    [me] Ces signes viennent de listes utilisées par l'Organisation internationale du Travail, la Commission européenne et les Nations unies. Des signes seuls ne prouvent pas et n'excluent pas la traite ; ils montrent quand il vaut la peine de demander de l'aide.
   *[other] Ces signes viennent de listes utilisées par l'Organisation internationale du Travail, la Commission européenne et les Nations unies. Des signes seuls ne prouvent pas et n'excluent pas la traite ; ils montrent quand il vaut la peine de demander de l'aide.
}
checklist-note-minor = { $perspective ->
    [me] Vous avez moins de 18 ans, ou peut-être. Les jeunes ont une protection en plus : utiliser un jeune pour du sexe ou pour de l'argent, c'est toujours de l'exploitation, même s'il était d'accord. Il existe des services rien que pour les jeunes.
   *[other] La personne a moins de 18 ans, ou peut-être. Les jeunes ont une protection en plus : utiliser un jeune pour du sexe ou pour de l'argent, c'est toujours de l'exploitation, même s'il était d'accord. Il existe des services rien que pour les jeunes.
}
checklist-note-work-rights = { $perspective ->
    [me] Certaines réponses décrivent un travail injuste. Même si ce n'est pas de la traite, cela peut être contraire à la loi, et vous avez des droits au travail.
   *[other] Certaines réponses décrivent un travail injuste. Même si ce n'est pas de la traite, cela peut être contraire à la loi, et la personne a des droits au travail.
}
checklist-note-unsure = { $perspective ->
    [me] Vous n'étiez pas sûr·e pour certaines questions. C'est normal. Un centre spécialisé peut vous aider à y voir plus clair.
   *[other] Vous n'étiez pas sûr·e pour certaines questions. C'est normal. Un centre spécialisé peut vous aider à y voir plus clair.
}
checklist-note-still-worried = { $perspective ->
    [me] Une liste ne voit pas tout. Si vous êtes inquiet ou inquiète, faites confiance à ce sentiment et demandez conseil.
   *[other] Une liste ne voit pas tout. Si vous êtes inquiet ou inquiète pour la personne, faites confiance à ce sentiment et demandez conseil.
}
