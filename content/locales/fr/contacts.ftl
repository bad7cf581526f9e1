## Contacts

contact-emergency-112-name = 112 – numéro d'urgence européen
contact-emergency-112-description = Appelez le 112 si votre vie ou celle d'une autre personne est en danger maintenant. Ce numéro fonctionne depuis n'importe quel téléphone, partout dans l'Union européenne.

contact-police-101-name = Police – 101
contact-police-101-description = Vous êtes en danger immédiat ? Appelez le 101 ou rendez-vous au poste de police locale.

contact-surya-name = Sürya
contact-surya-description = Centre spécialisé pour les victimes de la traite des êtres humains, à Liège. Vous y recevez des conseils et des informations en toute confidentialité. Le centre peut aussi proposer un hébergement, selon les places disponibles, et un accompagnement.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Centre spécialisé pour les victimes de la traite des êtres humains, à Bruxelles. Vous y recevez des conseils et des informations en toute confidentialité. Le centre peut aussi proposer un hébergement, selon les places disponibles, et un accompagnement.

contact-payoke-name = Payoke
contact-payoke-description = Centre spécialisé pour les victimes de la traite des êtres humains, à Anvers. Vous y recevez des conseils et des informations en toute confidentialité. Le centre peut aussi proposer un hébergement, selon les places disponibles, et un accompagnement.

contact-national-contact-point-name = Point de contact national sur la traite des êtres humains
contact-national-contact-point-description = C'est la ligne téléphonique de stoptraite.be, le point de contact national. Vous pouvez demander des informations ou signaler une situation, sans passer d'abord par la police.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Le site du point de contact national, créé par le SPF Justice avec les trois centres spécialisés. Vous y trouvez des informations et vous pouvez signaler la traite des êtres humains de manière confidentielle, sans aller d'abord à la police.

contact-myria-name = Myria
contact-myria-description = Myria est le rapporteur national indépendant sur la traite des êtres humains. Il publie un rapport chaque année. Pour une aide personnelle, adressez-vous plutôt à un centre spécialisé.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Appel gratuit, jour et nuit. Pour les enfants et les jeunes, et pour les personnes inquiètes pour eux, en cas de disparition ou d'exploitation sexuelle.


contact-guardianship-name = Service des Tutelles (mineurs non accompagnés)
contact-guardianship-description = Un service du SPF Justice pour les jeunes de moins de 18 ans qui sont en Belgique sans parent ni tuteur. Il leur désigne un tuteur, qui les aide pour les papiers, l'école, les soins et pour trouver un avocat. Tout le monde peut signaler un tel jeune au service. Son numéro d'urgence répond jour et nuit.
## Kinds of contacts

contact-kind-emergency = Urgences
contact-kind-police = Police
contact-kind-specialised-centre = Centre spécialisé
contact-kind-national-contact-point = Point de contact national
contact-kind-report-website = Site de signalement
contact-kind-helpline = Ligne d'aide
contact-kind-national-rapporteur = Rapporteur national

## Regions

region-brussels = Bruxelles
region-flanders = Flandre
region-wallonia = Wallonie
region-east-belgium = Belgique de l'Est
region-belgium = Toute la Belgique
