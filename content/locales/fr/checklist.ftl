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
checklist-prompt = Tapez un numéro puis Entrée :
checklist-keep-answers = Garder mes réponses sur ce téléphone
checklist-keep-answers-hint = Toute personne qui peut ouvrir Lueur sur ce téléphone pourrait alors les voir. Vous pouvez les effacer à tout moment.
checklist-delete-answers = Effacer mes réponses de ce téléphone
checklist-answers-kept = Vos réponses sont gardées sur ce téléphone.
checklist-answers-deleted = Vos réponses ont été effacées de ce téléphone.
checklist-saved-found = Vous avez gardé des réponses sur ce téléphone.
checklist-resume = Reprendre avec mes réponses gardées
checklist-start-again = Recommencer
checklist-signs-heading = Ce que montrent les réponses
checklist-element-present = Les réponses vont dans ce sens.
checklist-unsure-heading = Les réponses qui vous ont fait hésiter
checklist-notes-heading = Bon à savoir
checklist-contacts-heading = Qui peut aider
checklist-steps-heading = Ce que vous pouvez faire maintenant
checklist-grade-strong = signe fort
checklist-grade-medium = signe
checklist-grade-weak = signe faible
checklist-sources = Sources : { $sources }
checklist-close = Fermer
checklist-invalid-choice = Tapez un des numéros affichés.
checklist-error-about = Dites de qui il s'agit : « me » (moi) ou « other » (une autre personne).
checklist-ignored = Pas posées avec ces réponses, donc pas comptées : { $questions }

## Liste de signes : étapes suivantes et contacts

checklist-action-call = Appeler { $name } : { $number }
checklist-action-talk = Parler à { $name }
checklist-action-report = Préparer un signalement confidentiel
checklist-action-report-hint = Lueur ajoute un court résumé de ces réponses. Vous pouvez le modifier ou le retirer.
checklist-action-read = Lire : { $title }
checklist-contact-reason-emergency = En cas d'urgence
checklist-contact-reason-minors = Pour les jeunes de moins de 18 ans
checklist-contact-reason-region = Près de chez vous
checklist-contact-reason-language = Parle votre langue
checklist-contact-reason-centre = Spécialisé dans l'aide aux personnes dans cette situation
checklist-contact-reason-report = Pour signaler une situation

## Liste de signes : résumé pour un signalement

checklist-summary-heading = { $perspective ->
    [me] Liste de signes Lueur, sur ma propre situation
   *[other] Liste de signes Lueur, sur une personne que je connais
}
checklist-summary-level = Résultat : { $level }
checklist-summary-minor = La personne a peut-être moins de 18 ans.
checklist-summary-signs = Signes dans les réponses :
checklist-summary-unsure = Hésitations :
checklist-summary-none = Aucun signe n'a reçu la réponse oui.

## Liste de signes : erreurs

checklist-error-unknown-question = La liste ne contient pas de question « { $question } ».
checklist-error-unknown-answer = « { $answer } » n'est pas une réponse possible à cette question.
checklist-error-not-current = Cette question n'est pas celle qui est affichée maintenant.

## Liste de signes : parties

checklist-module-entry = Premières questions
checklist-module-general = La situation
checklist-module-sexual = Sexe, escort et en ligne
checklist-module-labour = Travail
checklist-module-domestic = Travail dans une maison
checklist-module-begging = Mendicité
checklist-module-criminality = Délits pour quelqu'un d'autre
checklist-module-teen-pimps = Une relation qui met mal à l'aise
checklist-module-closing = Dernière question

## Liste de signes : premières questions

checklist-q-about = De qui s'agit-il ?
checklist-q-about-me = De moi
checklist-q-about-other = D'une personne que je connais
checklist-q-danger-now = { $perspective ->
    [me] Êtes-vous en danger maintenant, ou avez-vous peur que quelqu'un vous fasse du mal très bientôt ?
   *[other] La personne est-elle en danger maintenant, ou a-t-elle peur que quelqu'un lui fasse du mal très bientôt ?
}
checklist-q-locked-in-now = { $perspective ->
    [me] En ce moment, quelqu'un vous enferme-t-il quelque part, ou vous retient-il contre votre volonté ?
   *[other] En ce moment, quelqu'un enferme-t-il la personne quelque part, ou la retient-il contre sa volonté ?
}
checklist-q-under-18 = { $perspective ->
    [me] Avez-vous moins de 18 ans ?
   *[other] La personne a-t-elle moins de 18 ans ?
}
checklist-q-situation = { $perspective ->
    [me] De quoi s'agit-il surtout dans votre situation ?
   *[other] De quoi s'agit-il surtout dans la situation de la personne ?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sexe, escort, photos ou vidéos sexuelles, aussi en ligne
   *[other] Sexe, escort, photos ou vidéos sexuelles, aussi en ligne
}
checklist-q-situation-labour = { $perspective ->
    [me] Travail : par exemple dans un restaurant, sur un chantier, dans une ferme, dans un magasin
   *[other] Travail : par exemple dans un restaurant, sur un chantier, dans une ferme, dans un magasin
}
checklist-q-situation-domestic = { $perspective ->
    [me] Travail chez quelqu'un : ménage, cuisine, garde d'enfants
   *[other] Travail chez quelqu'un : ménage, cuisine, garde d'enfants
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
    [me] Un copain, une copine ou un ami qui demande toujours plus : de l'argent, du sexe, des photos, ou du temps loin de la maison et de l'école
   *[other] Un copain, une copine ou un ami qui demande toujours plus à la personne : de l'argent, du sexe, des photos, ou du temps loin de la maison et de l'école
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Je ne sais pas, ou autre chose
   *[other] Je ne sais pas, ou autre chose
}

## Liste de signes : questions pour toutes les situations

checklist-q-g-act-arranged = { $perspective ->
    [me] Quelqu'un d'autre vous a-t-il trouvé ou organisé ce travail ou cette activité ?
   *[other] Quelqu'un d'autre a-t-il trouvé ou organisé ce travail ou cette activité pour la personne ?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Quelqu'un vous a-t-il fait venir là où vous êtes, ou a-t-il organisé le voyage ?
   *[other] Quelqu'un a-t-il fait venir la personne là où elle est, ou organisé le voyage ?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] La personne pour qui vous travaillez, ou quelqu'un qui travaille avec elle, décide-t-elle où vous dormez ?
   *[other] La personne pour qui elle travaille, ou quelqu'un qui travaille avec elle, décide-t-elle où la personne dort ?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Votre travail ou votre situation est-il très différent de ce qu'on vous avait promis ?
   *[other] Le travail ou la situation de la personne est-il très différent de ce qu'on lui avait promis ?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Vous a-t-on menti sur le salaire, les horaires ou le logement ?
   *[other] A-t-on menti à la personne sur le salaire, les horaires ou le logement ?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Vous a-t-on promis des papiers ou un séjour légal que vous n'avez jamais reçus ?
   *[other] A-t-on promis à la personne des papiers ou un séjour légal qu'elle n'a jamais reçus ?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Quelqu'un vous a-t-il fait du mal, par exemple en vous frappant, pour que vous veniez ici ou que vous commenciez ce travail ?
   *[other] Quelqu'un a-t-il fait du mal à la personne, par exemple en la frappant, pour qu'elle vienne ici ou qu'elle commence ce travail ?
}
checklist-q-g-taken = { $perspective ->
    [me] Au début, vous a-t-on emmené ou retenu contre votre volonté ?
   *[other] Au début, a-t-on emmené ou retenu la personne contre sa volonté ?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Quelqu'un vous a-t-il fait des menaces pour que vous veniez ici ou que vous commenciez ce travail ?
   *[other] Quelqu'un a-t-il fait des menaces à la personne pour qu'elle vienne ici ou qu'elle commence ce travail ?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Au début, quelqu'un a-t-il profité d'un moment très dur pour vous, par exemple sans argent ou sans logement ?
   *[other] Au début, quelqu'un a-t-il profité d'un moment très dur pour la personne, par exemple sans argent ou sans logement ?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Quelqu'un a-t-il profité de ce que vous n'avez pas de papiers pour rester en Belgique ?
   *[other] Quelqu'un a-t-il profité de ce que la personne n'a pas de papiers pour rester en Belgique ?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Quelqu'un a-t-il profité de ce que vous ne connaissiez pas la langue, les règles ou vos droits ici ?
   *[other] Quelqu'un a-t-il profité de ce que la personne ne connaissait pas la langue, les règles ou ses droits ici ?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Travaillez-vous souvent de très longues journées, ou sept jours sur sept ?
   *[other] La personne travaille-t-elle souvent de très longues journées, ou sept jours sur sept ?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Recevez-vous peu ou pas d'argent pour ce que vous faites ?
   *[other] La personne reçoit-elle peu ou pas d'argent pour ce qu'elle fait ?
}
checklist-q-g-housing = { $perspective ->
    [me] L'endroit où vous dormez est-il surpeuplé, sale ou dangereux ?
   *[other] L'endroit où la personne dort est-il surpeuplé, sale ou dangereux ?
}
checklist-q-g-documents = { $perspective ->
    [me] Quelqu'un refuse-t-il de vous rendre votre passeport ou votre carte d'identité quand vous le demandez ?
   *[other] Quelqu'un refuse-t-il de rendre à la personne son passeport ou sa carte d'identité quand elle le demande ?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Vous empêche-t-on de partir, vous enferme-t-on ou vous surveille-t-on quand vous sortez ?
   *[other] Empêche-t-on la personne de partir, l'enferme-t-on ou la surveille-t-on quand elle sort ?
}
checklist-q-g-debt = { $perspective ->
    [me] Devez-vous de l'argent aux personnes pour qui vous travaillez, ou à celles qui vous ont amené ici ?
   *[other] La personne doit-elle de l'argent à ceux pour qui elle travaille, ou à ceux qui l'ont amenée ici ?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Cette dette reste-t-elle la même ou grandit-elle, quoi que vous payiez ou fassiez ?
   *[other] Cette dette reste-t-elle la même ou grandit-elle, quoi que la personne paie ou fasse ?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Cette dette a-t-elle commencé avec le prix de votre voyage, de votre travail ou de votre logement ?
   *[other] Cette dette a-t-elle commencé avec le prix du voyage, du travail ou du logement de la personne ?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Quelqu'un d'autre prend-il tout ou presque tout l'argent que vous gagnez ?
   *[other] Quelqu'un d'autre prend-il tout ou presque tout l'argent que la personne gagne ?
}
checklist-q-g-threats = { $perspective ->
    [me] Quelqu'un a-t-il fait des menaces contre vous ou votre famille ?
   *[other] Quelqu'un a-t-il fait des menaces contre la personne ou sa famille ?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Quelqu'un a-t-il dit qu'il vous dénoncerait à la police ou à l'Office des étrangers si vous n'obéissiez pas ?
   *[other] Quelqu'un a-t-il dit qu'il dénoncerait la personne à la police ou à l'Office des étrangers si elle n'obéissait pas ?
}
checklist-q-g-violence = { $perspective ->
    [me] Quelqu'un vous a-t-il fait du mal, en vous frappant ou en vous forçant à des actes sexuels ?
   *[other] Quelqu'un a-t-il fait du mal à la personne, en la frappant ou en la forçant à des actes sexuels ?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Si vous vouliez arrêter, quelqu'un vous punirait-il ou rendrait-il votre situation pire ?
   *[other] Si la personne voulait arrêter, quelqu'un la punirait-il ou rendrait-il sa situation pire ?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Quelqu'un vous a-t-il dit quoi dire à la police, aux autorités ou à votre famille ?
   *[other] Quelqu'un a-t-il dit à la personne quoi dire à la police, aux autorités ou à sa famille ?
}
checklist-q-g-dependent = { $perspective ->
    [me] Dépendez-vous des mêmes personnes pour votre travail, votre logement et votre nourriture ?
   *[other] La personne dépend-elle des mêmes personnes pour son travail, son logement et sa nourriture ?
}
checklist-q-g-isolated = { $perspective ->
    [me] Quelqu'un vous empêche-t-il de contacter votre famille ou vos amis ?
   *[other] Quelqu'un empêche-t-il la personne de contacter sa famille ou ses amis ?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Avez-vous peur de demander de l'aide à la police, par exemple à cause de vos papiers ?
   *[other] La personne a-t-elle peur de demander de l'aide à la police, par exemple à cause de ses papiers ?
}

## Liste de signes : sexe, escort et en ligne

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Quelqu'un vous oblige-t-il à voir des clients ou à faire des actes sexuels que vous ne voulez pas ?
   *[other] Quelqu'un oblige-t-il la personne à voir des clients ou à faire des actes sexuels qu'elle ne veut pas ?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Quelqu'un d'autre reçoit-il la plus grande partie de l'argent que paient vos clients ?
   *[other] Quelqu'un d'autre reçoit-il la plus grande partie de l'argent que paient les clients de la personne ?
}
checklist-q-s-organised = { $perspective ->
    [me] Quelqu'un d'autre publie-t-il vos annonces, choisit-il vos clients ou organise-t-il vos rendez-vous d'escort ?
   *[other] Quelqu'un d'autre publie-t-il les annonces de la personne, choisit-il ses clients ou organise-t-il ses rendez-vous d'escort ?
}
checklist-q-s-images = { $perspective ->
    [me] Quelqu'un vous oblige-t-il à faire des photos ou des vidéos sexuelles, ou des actes sexuels devant une caméra, à son profit ?
   *[other] Quelqu'un oblige-t-il la personne à faire des photos ou des vidéos sexuelles, ou des actes sexuels devant une caméra, à son profit ?
}

## Liste de signes : travail

checklist-q-l-contract = { $perspective ->
    [me] Travaillez-vous sans contrat, ou au noir ?
   *[other] La personne travaille-t-elle sans contrat, ou au noir ?
}
checklist-q-l-hazard = { $perspective ->
    [me] Le travail est-il dangereux, sans protection ni formation ?
   *[other] Le travail de la personne est-il dangereux, sans protection ni formation ?
}
checklist-q-l-live-in = { $perspective ->
    [me] Vivez-vous dans la maison des personnes pour qui vous travaillez ?
   *[other] La personne vit-elle dans la maison des personnes pour qui elle travaille ?
}

## Liste de signes : travail dans une maison

checklist-q-d-sleep-place = { $perspective ->
    [me] Devez-vous dormir dans un endroit sans intimité, comme la cuisine, un couloir ou par terre ?
   *[other] La personne doit-elle dormir dans un endroit sans intimité, comme la cuisine, un couloir ou par terre ?
}
checklist-q-d-food = { $perspective ->
    [me] Manquez-vous de nourriture, ou ne recevez-vous que les restes ?
   *[other] La personne manque-t-elle de nourriture, ou ne reçoit-elle que les restes ?
}

## Liste de signes : mendicité

checklist-q-b-quota = { $perspective ->
    [me] Devez-vous remettre chaque jour une somme fixe à quelqu'un ?
   *[other] La personne doit-elle remettre chaque jour une somme fixe à quelqu'un ?
}
checklist-q-b-punished = { $perspective ->
    [me] Vous punit-on quand vous ramenez trop peu ?
   *[other] Punit-on la personne quand elle ramène trop peu ?
}
checklist-q-b-brought = { $perspective ->
    [me] Quelqu'un vous conduit-il à l'endroit où vous mendiez et vient-il vous rechercher ?
   *[other] Quelqu'un conduit-il la personne à l'endroit où elle mendie et vient-il la rechercher ?
}
checklist-q-b-school = { $perspective ->
    [me] Mendiez-vous au lieu d'aller à l'école ?
   *[other] La personne mendie-t-elle au lieu d'aller à l'école ?
}

## Liste de signes : délits sous la contrainte

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Cela a-t-il commencé quand quelqu'un vous a donné de la drogue, ou vous a fait en avoir besoin ?
   *[other] Cela a-t-il commencé quand quelqu'un a donné de la drogue à la personne, ou lui a fait en avoir besoin ?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Cela a-t-il commencé quand quelqu'un vous a proposé de l'argent facile ?
   *[other] Cela a-t-il commencé quand quelqu'un a proposé de l'argent facile à la personne ?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Cela a-t-il commencé par une dette qu'on vous a dit de rembourser de cette façon ?
   *[other] Cela a-t-il commencé par une dette qu'on a dit à la personne de rembourser de cette façon ?
}
checklist-q-c-made-to = { $perspective ->
    [me] Vous oblige-t-on à voler, à vendre de la drogue ou à enfreindre la loi autrement pour quelqu'un d'autre ?
   *[other] Oblige-t-on la personne à voler, à vendre de la drogue ou à enfreindre la loi autrement pour quelqu'un d'autre ?
}
checklist-q-c-profits = { $perspective ->
    [me] Quelqu'un d'autre garde-t-il l'argent ou les objets que vous rapportez ?
   *[other] Quelqu'un d'autre garde-t-il l'argent ou les objets que la personne rapporte ?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Devez-vous rester dans une maison pour vous occuper de plants de cannabis ?
   *[other] La personne doit-elle rester dans une maison pour s'occuper de plants de cannabis ?
}

## Liste de signes : une relation qui met mal à l'aise (proxénètes d'adolescents)

checklist-q-t-older = { $perspective ->
    [me] La personne à qui vous pensez est-elle beaucoup plus âgée que vous ?
   *[other] Cette personne (le copain, la copine ou l'ami) est-elle beaucoup plus âgée que le ou la jeune ?
}
checklist-q-t-gifts = { $perspective ->
    [me] Cette personne vous donne-t-elle de l'argent, des cadeaux chers ou un téléphone ?
   *[other] Cette personne donne-t-elle au ou à la jeune de l'argent, des cadeaux chers ou un téléphone ?
}
checklist-q-t-love = { $perspective ->
    [me] Cette personne vous a-t-elle promis l'amour ou un avenir ensemble, sans tenir sa promesse ?
   *[other] Cette personne a-t-elle promis au ou à la jeune l'amour ou un avenir ensemble, sans tenir sa promesse ?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Cette personne est-elle arrivée dans votre vie à un moment de solitude, ou de problèmes à la maison ou à l'école ?
   *[other] Cette personne est-elle arrivée dans la vie du ou de la jeune à un moment de solitude, ou de problèmes à la maison ou à l'école ?
}
checklist-q-t-need = { $perspective ->
    [me] Avez-vous l'impression d'avoir tellement besoin de cette personne que vous ne pouvez pas lui dire non ?
   *[other] Le ou la jeune semble-t-il avoir tellement besoin de cette personne qu'il ne peut pas lui dire non ?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Cette personne veut-elle que vous ne voyiez plus vos amis ou votre famille ?
   *[other] Cette personne veut-elle que le ou la jeune ne voie plus ses amis ou sa famille ?
}
checklist-q-t-nights = { $perspective ->
    [me] Restez-vous dehors la nuit sans dire où vous êtes ?
   *[other] Le ou la jeune reste-t-il dehors la nuit sans dire où il est ?
}
checklist-q-t-hotels = { $perspective ->
    [me] Allez-vous dans des hôtels ou des appartements inconnus, avec cette personne ou ses amis ?
   *[other] Le ou la jeune va-t-il dans des hôtels ou des appartements inconnus, avec cette personne ou ses amis ?
}
checklist-q-t-school = { $perspective ->
    [me] Manquez-vous souvent l'école ?
   *[other] Le ou la jeune manque-t-il souvent l'école ?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Cette personne vous a-t-elle demandé d'avoir des relations sexuelles avec d'autres personnes ?
   *[other] Cette personne a-t-elle demandé au ou à la jeune d'avoir des relations sexuelles avec d'autres personnes ?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Cette personne vous a-t-elle demandé des photos ou des vidéos sexuelles de vous ?
   *[other] Cette personne a-t-elle demandé au ou à la jeune des photos ou des vidéos sexuelles de lui ou d'elle ?
}
checklist-q-t-owe = { $perspective ->
    [me] Cette personne dit-elle que vous lui devez de l'argent pour les cadeaux ou pour autre chose ?
   *[other] Cette personne dit-elle que le ou la jeune lui doit de l'argent pour les cadeaux ou pour autre chose ?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Avez-vous un tatouage avec le nom ou le signe de cette personne ?
   *[other] Le ou la jeune a-t-il un tatouage avec le nom ou le signe de cette personne ?
}
checklist-q-t-phones = { $perspective ->
    [me] Avez-vous un deuxième téléphone, donné par cette personne ?
   *[other] Le ou la jeune a-t-il un deuxième téléphone, donné par cette personne ?
}
checklist-q-t-mood = { $perspective ->
    [me] Ces derniers temps, votre humeur a-t-elle beaucoup changé ?
   *[other] Ces derniers temps, l'humeur du ou de la jeune a-t-elle beaucoup changé ?
}
checklist-q-t-drugs = { $perspective ->
    [me] Ces derniers temps, buvez-vous beaucoup ou prenez-vous de la drogue ?
   *[other] Ces derniers temps, le ou la jeune boit-il beaucoup ou prend-il de la drogue ?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Vous faites-vous du mal, ou y pensez-vous ?
   *[other] Le ou la jeune se fait-il du mal, ou en parle-t-il ?
}

## Liste de signes : dernière question

checklist-q-region = { $perspective ->
    [me] Où êtes-vous en Belgique ? Cela aide à montrer un centre près de chez vous.
   *[other] Où se trouve la personne en Belgique ? Cela aide à montrer un centre proche.
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

checklist-element-act = Quelqu'un a recruté, déplacé ou logé la personne
checklist-element-deceptive-recruitment = Des mensonges au début
checklist-element-coercive-recruitment = De la force au début
checklist-element-vulnerability-recruitment = Une situation difficile utilisée au début
checklist-element-exploitative-conditions = Exploitation : travail ou logement à des conditions injustes
checklist-element-exploitation-in-law = Exploitation selon la loi : sexe, mendicité ou délits pour quelqu'un d'autre
checklist-element-coercion-destination = Contrôle et contrainte maintenant
checklist-element-vulnerability-destination = Une situation difficile utilisée maintenant
checklist-element-other-signs = Autres signes (ONUDC), hors indicateurs de l'OIT
checklist-element-warning-signs = Signes d'alerte chez les jeunes (Child Focus), hors indicateurs de l'OIT

## Liste de signes : indicateurs expliqués

checklist-indicator-act-recruited = { $perspective ->
    [me] Quelqu'un d'autre a trouvé ou organisé cela pour vous : dans la définition légale, c'est recruter une personne.
   *[other] Quelqu'un d'autre a trouvé ou organisé cela pour la personne : dans la définition légale, c'est recruter une personne.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Quelqu'un vous a fait venir ici ou a organisé le voyage : dans la définition légale, c'est transporter une personne.
   *[other] Quelqu'un a fait venir la personne ici ou a organisé le voyage : dans la définition légale, c'est transporter une personne.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Ceux pour qui vous travaillez décident où vous dormez : dans la définition légale, c'est héberger une personne.
   *[other] Ceux pour qui la personne travaille décident où elle dort : dans la définition légale, c'est héberger une personne.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Le travail ou la situation est très différent de ce qu'on vous avait promis : mentir au début est une façon courante d'amener des personnes à être exploitées.
   *[other] Le travail ou la situation est très différent de ce qu'on avait promis à la personne : mentir au début est une façon courante d'amener des personnes à être exploitées.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] On vous a menti sur le salaire, les horaires ou le logement : les fausses promesses font accepter des conditions qu'on refuserait.
   *[other] On a menti à la personne sur le salaire, les horaires ou le logement : les fausses promesses font accepter des conditions qu'on refuserait.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] On vous a promis des papiers qui ne sont pas venus : cette promesse sert souvent à faire attendre et obéir.
   *[other] On a promis à la personne des papiers qui ne sont pas venus : cette promesse sert souvent à faire attendre et obéir.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Quelqu'un vous a promis l'amour ou un avenir ensemble : les proxénètes d'adolescents commencent souvent ainsi pour gagner la confiance.
   *[other] Quelqu'un a promis à la personne l'amour ou un avenir ensemble : les proxénètes d'adolescents commencent souvent ainsi pour gagner la confiance.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Quelqu'un vous a fait du mal pour vous faire commencer : c'est un signe grave que vous n'avez pas choisi librement.
   *[other] Quelqu'un a fait du mal à la personne pour la faire commencer : c'est un signe grave qu'elle n'a pas choisi librement.
}
checklist-indicator-abducted = { $perspective ->
    [me] Au début, on vous a emmené ou retenu contre votre volonté : personne n'a le droit de vous faire cela.
   *[other] Au début, on a emmené ou retenu la personne contre sa volonté : personne n'a le droit de faire cela.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] On vous a fait des menaces pour vous faire commencer : la peur peut enlever le choix.
   *[other] On a fait des menaces à la personne pour la faire commencer : la peur peut enlever le choix.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] La dette a commencé avec le voyage ou le travail : une telle dette sert souvent à attacher une personne à ceux qui l'ont fait venir.
   *[other] La dette a commencé avec le voyage ou le travail : une telle dette sert souvent à attacher une personne à ceux qui l'ont fait venir.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Cela a commencé quand vous n'aviez ni argent, ni papiers, ni logement : ceux qui exploitent cherchent des personnes en difficulté.
   *[other] Cela a commencé quand la personne n'avait ni argent, ni papiers, ni logement : ceux qui exploitent cherchent des personnes en difficulté.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Quelqu'un a profité de votre absence de papiers : les personnes sans papiers sont faciles à menacer, et les exploiteurs s'en servent.
   *[other] Quelqu'un a profité de l'absence de papiers de la personne : les personnes sans papiers sont faciles à menacer, et les exploiteurs s'en servent.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Quelqu'un a profité de ce que vous ne connaissiez pas la langue, les règles ou vos droits : sans ces informations, il est facile de se faire tromper.
   *[other] Quelqu'un a profité de ce que la personne ne connaissait pas la langue, les règles ou ses droits : sans ces informations, il est facile de se faire tromper.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Cela a commencé à un moment de solitude ou de problèmes à la maison ou à l'école : les proxénètes d'adolescents cherchent des jeunes dans cette situation.
   *[other] Cela a commencé à un moment de solitude ou de problèmes à la maison ou à l'école : les proxénètes d'adolescents cherchent des jeunes dans cette situation.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Vous sentez que vous ne pouvez pas dire non à cette personne : rendre quelqu'un dépendant est une façon de le contrôler.
   *[other] La personne semble ne pas pouvoir dire non : rendre quelqu'un dépendant est une façon de le contrôler.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] De très longues journées ou aucun jour de repos : cela peut être un signe d'exploitation, surtout avec d'autres signes.
   *[other] De très longues journées ou aucun jour de repos : cela peut être un signe d'exploitation, surtout avec d'autres signes.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Peu ou pas de salaire pour votre travail : cela peut être un signe d'exploitation.
   *[other] Peu ou pas de salaire pour le travail : cela peut être un signe d'exploitation.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Pas de contrat et travail au noir : cela veut souvent dire pas d'assurance et pas de protection au travail.
   *[other] Pas de contrat et travail au noir : cela veut souvent dire pas d'assurance et pas de protection au travail pour la personne.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Un travail dangereux sans protection : cela met votre santé en danger et peut être un signe d'exploitation.
   *[other] Un travail dangereux sans protection : cela met la santé de la personne en danger et peut être un signe d'exploitation.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Un endroit pour dormir surpeuplé, sale ou dangereux : de telles conditions de vie peuvent être un signe d'exploitation.
   *[other] Un endroit pour dormir surpeuplé, sale ou dangereux : de telles conditions de vie peuvent être un signe d'exploitation.
}
checklist-indicator-no-school = { $perspective ->
    [me] Manquer l'école : un jeune a le droit d'aller à l'école.
   *[other] Manquer l'école : un jeune a le droit d'aller à l'école.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Quelqu'un d'autre gagne de l'argent avec vos actes sexuels : la loi appelle cela exploitation sexuelle, et avant 18 ans c'est toujours de l'exploitation.
   *[other] Quelqu'un d'autre gagne de l'argent avec les actes sexuels de la personne : la loi appelle cela exploitation sexuelle, et avant 18 ans c'est toujours de l'exploitation.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Quelqu'un vous fait produire des images sexuelles à son profit : c'est de l'exploitation sexuelle, aussi en ligne.
   *[other] Quelqu'un fait produire à la personne des images sexuelles à son profit : c'est de l'exploitation sexuelle, aussi en ligne.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Cette personne vous demande d'avoir des relations sexuelles avec d'autres : les proxénètes d'adolescents font cela, et avant 18 ans c'est toujours de l'exploitation.
   *[other] Cette personne demande au ou à la jeune d'avoir des relations sexuelles avec d'autres : les proxénètes d'adolescents font cela, et avant 18 ans c'est toujours de l'exploitation.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Vous avez moins de 18 ans et vous êtes dans le sexe, l'escorte ou les images sexuelles : pour un jeune, c'est toujours de l'exploitation, même avec son accord. Ce n'est jamais votre faute.
   *[other] La personne a moins de 18 ans et elle est dans le sexe, l'escorte ou les images sexuelles : pour un jeune, c'est toujours de l'exploitation, même avec son accord. Ce n'est jamais sa faute.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Vous devez remettre une somme fixe de la mendicité : la loi appelle exploitation le fait de mendier pour quelqu'un d'autre.
   *[other] La personne doit remettre une somme fixe de la mendicité : la loi appelle exploitation le fait de mendier pour quelqu'un d'autre.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Quelqu'un d'autre garde ce que vos délits rapportent : la loi appelle cela exploitation, et les responsables sont ceux qui en profitent.
   *[other] Quelqu'un d'autre garde ce que les délits de la personne rapportent : la loi appelle cela exploitation, et les responsables sont ceux qui en profitent.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Vous devez rester dans une maison pour des plants de cannabis : être obligé de commettre des délits pour d'autres est de l'exploitation selon la loi.
   *[other] La personne doit rester dans une maison pour des plants de cannabis : être obligé de commettre des délits pour d'autres est de l'exploitation selon la loi.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Vous avez moins de 18 ans et quelqu'un vous pousse à commettre des délits : pour un jeune, c'est de l'exploitation, quel que soit son accord.
   *[other] La personne a moins de 18 ans et quelqu'un la pousse à commettre des délits : pour un jeune, c'est de l'exploitation, quel que soit son accord.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Quelqu'un refuse de vous rendre vos papiers d'identité : c'est une façon de contrôler une personne.
   *[other] Quelqu'un refuse de rendre ses papiers d'identité à la personne : c'est une façon de contrôler une personne.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Une dette qui ne diminue jamais : les dettes servent souvent à faire travailler les gens sans fin.
   *[other] Une dette qui ne diminue jamais : les dettes servent souvent à faire travailler les gens sans fin.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] On vous empêche de partir, on vous enferme ou on vous surveille : cela vous prive de votre liberté.
   *[other] On empêche la personne de partir, on l'enferme ou on la surveille : cela la prive de sa liberté.
}
checklist-indicator-violence = { $perspective ->
    [me] Quelqu'un vous fait du mal ou vous force à des actes sexuels : c'est de la violence, et ce n'est jamais de votre faute.
   *[other] Quelqu'un fait du mal à la personne ou la force à des actes sexuels : c'est de la violence, et ce n'est jamais de sa faute.
}
checklist-indicator-threats = { $perspective ->
    [me] Des menaces contre vous ou votre famille : la peur sert à faire obéir.
   *[other] Des menaces contre la personne ou sa famille : la peur sert à faire obéir.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Une menace de vous dénoncer à la police ou à l'Office des étrangers : cela sert à faire taire les gens.
   *[other] Une menace de dénoncer la personne à la police ou à l'Office des étrangers : cela sert à faire taire les gens.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] On vous punirait si vous arrêtiez : un travail qu'on ne peut pas quitter n'est pas choisi librement.
   *[other] On punirait la personne si elle arrêtait : un travail qu'on ne peut pas quitter n'est pas choisi librement.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Quelqu'un d'autre prend l'argent que vous gagnez : cela rend une personne dépendante.
   *[other] Quelqu'un d'autre prend l'argent que la personne gagne : cela rend une personne dépendante.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] On vous oblige à enfreindre la loi pour quelqu'un d'autre : cela peut être une forme d'exploitation, où les responsables sont ceux qui en profitent.
   *[other] On oblige la personne à enfreindre la loi pour quelqu'un d'autre : cela peut être une forme d'exploitation, où les responsables sont ceux qui en profitent.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Vous ne pouvez pas refuser un client ou un acte sexuel : c'est un signe de contrôle.
   *[other] La personne ne peut pas refuser un client ou un acte sexuel : c'est un signe de contrôle.
}
checklist-indicator-under-control = { $perspective ->
    [me] Quelqu'un d'autre décide de vos annonces, de vos clients ou de vos rendez-vous : quelqu'un d'autre contrôle cette activité, ce qui peut être un signe d'exploitation.
   *[other] Quelqu'un d'autre décide des annonces, des clients ou des rendez-vous de la personne : quelqu'un d'autre contrôle cette activité, ce qui peut être un signe d'exploitation.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Quelqu'un vous dit quoi dire à la police, aux autorités ou à votre famille : cela sert à cacher ce qui se passe.
   *[other] Quelqu'un dit à la personne quoi dire à la police, aux autorités ou à sa famille : cela sert à cacher ce qui se passe.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Les mêmes personnes vous donnent le travail, le logement et la nourriture : il devient alors très difficile de dire non ou de partir.
   *[other] Les mêmes personnes donnent à la personne le travail, le logement et la nourriture : il devient alors très difficile de dire non ou de partir.
}
checklist-indicator-isolated = { $perspective ->
    [me] On vous empêche de contacter votre famille et vos amis : dans l'isolement, il est plus difficile de trouver de l'aide.
   *[other] On empêche la personne de contacter sa famille et ses amis : dans l'isolement, il est plus difficile de trouver de l'aide.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Vous avez peur de la police ou de votre situation de séjour : cette peur sert souvent à faire taire les gens.
   *[other] La personne a peur de la police ou de sa situation de séjour : cette peur sert souvent à faire taire les gens.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Pas d'endroit à soi pour dormir : l'ONUDC cite cela parmi les signes de servitude domestique.
   *[other] Pas d'endroit à soi pour dormir : l'ONUDC cite cela parmi les signes de servitude domestique.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Pas assez de nourriture, ou seulement les restes : l'ONUDC cite cela parmi les signes de servitude domestique.
   *[other] Pas assez de nourriture, ou seulement les restes : l'ONUDC cite cela parmi les signes de servitude domestique.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Des punitions quand l'argent ramené ne suffit pas : l'ONUDC cite cela parmi les signes de mendicité et de délits forcés.
   *[other] Des punitions quand l'argent ramené ne suffit pas : l'ONUDC cite cela parmi les signes de mendicité et de délits forcés.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Des trajets aller-retour vers l'endroit où vous mendiez : l'ONUDC cite ces déplacements comme un signe.
   *[other] Des trajets aller-retour vers l'endroit où la personne mendie : l'ONUDC cite ces déplacements comme un signe.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Cela a commencé avec de la drogue : le besoin de drogue peut lier une personne à ceux qui la fournissent.
   *[other] Cela a commencé avec de la drogue : le besoin de drogue peut lier une personne à ceux qui la fournissent.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Cela a commencé par une offre d'argent facile : c'est une façon courante d'entraîner des personnes dans des délits pour d'autres.
   *[other] Cela a commencé par une offre d'argent facile : c'est une façon courante d'entraîner des personnes dans des délits pour d'autres.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] La personne à qui vous pensez est beaucoup plus âgée : Child Focus cite cela parmi les signes d'alerte.
   *[other] Le copain, la copine ou l'ami est beaucoup plus âgé que le ou la jeune : Child Focus cite cela parmi les signes d'alerte.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Vous recevez de l'argent ou des cadeaux chers : les cadeaux peuvent servir à créer un sentiment de dette.
   *[other] La personne reçoit de l'argent ou des cadeaux chers : les cadeaux peuvent servir à créer un sentiment de dette.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Cette personne veut que vous ne voyiez plus vos amis ou votre famille : les proxénètes d'adolescents coupent les jeunes de ceux qui pourraient les aider.
   *[other] Cette personne veut que le ou la jeune ne voie plus ses amis ou sa famille : les proxénètes d'adolescents coupent les jeunes de ceux qui pourraient les aider.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Des nuits dehors sans dire où : Child Focus cite cela parmi les signes d'alerte.
   *[other] Des nuits dehors sans dire où : Child Focus cite cela parmi les signes d'alerte.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Des hôtels ou des appartements inconnus avec cette personne ou ses amis : Child Focus cite cela parmi les signes d'alerte.
   *[other] Des hôtels ou des appartements inconnus avec cette personne ou ses amis : Child Focus cite cela parmi les signes d'alerte.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Cette personne vous demande des photos sexuelles de vous : ces photos servent souvent ensuite à contraindre un jeune.
   *[other] Cette personne demande au ou à la jeune des photos sexuelles : ces photos servent souvent ensuite à contraindre un jeune.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Cette personne dit que vous lui devez les cadeaux : une dette inventée sert à faire obéir un jeune.
   *[other] Cette personne dit que le ou la jeune lui doit les cadeaux : une dette inventée sert à faire obéir un jeune.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Un tatouage avec le nom de quelqu'un : les proxénètes d'adolescents s'en servent parfois pour marquer un jeune comme le leur.
   *[other] Un tatouage avec le nom de quelqu'un : les proxénètes d'adolescents s'en servent parfois pour marquer un jeune comme le leur.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Un deuxième téléphone donné par cette personne : cela peut servir à vous joindre sans que d'autres le sachent.
   *[other] Un deuxième téléphone donné par cette personne : cela peut servir à joindre le ou la jeune sans que d'autres le sachent.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] De grands changements d'humeur : cela peut être un signe que quelque chose va très mal. Vous méritez de l'aide.
   *[other] De grands changements d'humeur : cela peut être un signe que quelque chose va très mal pour le ou la jeune.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Beaucoup d'alcool ou de drogue ces derniers temps : Child Focus cite cela parmi les signes d'alerte.
   *[other] Beaucoup d'alcool ou de drogue ces derniers temps : Child Focus cite cela parmi les signes d'alerte.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Vous faire du mal, ou y penser : vous méritez de l'aide maintenant, quoi qu'il se passe d'autre.
   *[other] Se faire du mal, ou en parler : le ou la jeune mérite de l'aide maintenant, quoi qu'il se passe d'autre.
}

## Liste de signes : niveaux de résultat

checklist-level-immediate-danger = Danger maintenant
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Vous avez dit être en danger maintenant. Si vous pouvez le faire sans risque, appelez à l'aide maintenant. Vous pourrez revenir aux questions plus tard.
   *[other] Vous avez dit que la personne est en danger maintenant. Si vous pouvez le faire sans risque, appelez à l'aide maintenant. Vous pourrez revenir aux questions plus tard.
}
checklist-level-strong-signs = Signes forts
checklist-level-strong-signs-summary = { $perspective ->
    [me] Vos réponses montrent des signes clairs de traite des êtres humains ou d'exploitation. Ce n'est pas un jugement : un centre spécialisé peut examiner votre situation avec vous.
   *[other] Vos réponses montrent des signes clairs de traite des êtres humains ou d'exploitation. Ce n'est pas un jugement : un centre spécialisé peut examiner la situation avec vous.
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
    [me] Ces signes viennent de listes utilisées par l'Organisation internationale du Travail, la Commission européenne et les Nations unies. Des signes seuls ne prouvent pas et n'excluent pas la traite ; ils montrent quand il vaut la peine de demander de l'aide.
   *[other] Ces signes viennent de listes utilisées par l'Organisation internationale du Travail, la Commission européenne et les Nations unies. Des signes seuls ne prouvent pas et n'excluent pas la traite ; ils montrent quand il vaut la peine de demander de l'aide.
}
checklist-note-crisis = { $perspective ->
    [me] Si vous pensez à vous faire du mal, vous n'avez pas à garder cela pour vous. En danger, appelez le 112. Un jeune peut appeler Child Focus au 116 000, gratuit, jour et nuit. Lueur n'indique pas encore de ligne de prévention du suicide : nous n'en avons pas encore vérifié une dans une source.
   *[other] Si la personne pense à se faire du mal, elle ne doit pas garder cela pour elle. En danger, appelez le 112. Un jeune peut appeler Child Focus au 116 000, gratuit, jour et nuit. Lueur n'indique pas encore de ligne de prévention du suicide : nous n'en avons pas encore vérifié une dans une source.
}
checklist-note-minor = { $perspective ->
    [me] Vous avez peut-être moins de 18 ans. Gagner de l'argent avec les actes sexuels, les photos ou les vidéos d'un jeune, c'est toujours de l'exploitation, même avec son accord. Pour un jeune, il ne faut ni force ni mensonge pour que ce soit de la traite. Il existe des services rien que pour les jeunes.
   *[other] La personne a peut-être moins de 18 ans. Gagner de l'argent avec les actes sexuels, les photos ou les vidéos d'un jeune, c'est toujours de l'exploitation, même avec son accord. Pour un jeune, il ne faut ni force ni mensonge pour que ce soit de la traite. Il existe des services rien que pour les jeunes.
}
checklist-note-work-rights = { $perspective ->
    [me] Certaines réponses décrivent un travail injuste. Même si ce n'est pas de la traite, cela peut être contraire à la loi, et vous avez des droits au travail.
   *[other] Certaines réponses décrivent un travail injuste. Même si ce n'est pas de la traite, cela peut être contraire à la loi, et la personne a des droits au travail.
}
checklist-note-unsure = { $perspective ->
    [me] Certaines questions vous ont fait hésiter. C'est normal. Un centre spécialisé peut vous aider à y voir clair.
   *[other] Certaines questions vous ont fait hésiter. C'est normal. Un centre spécialisé peut vous aider à y voir clair.
}
checklist-note-still-worried = { $perspective ->
    [me] Une liste ne voit pas tout. Si vous êtes inquiet ou inquiète, faites confiance à ce sentiment et demandez conseil.
   *[other] Une liste ne voit pas tout. Si vous êtes inquiet ou inquiète pour la personne, faites confiance à ce sentiment et demandez conseil.
}
