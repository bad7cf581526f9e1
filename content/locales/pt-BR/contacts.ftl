## Contatos

contact-emergency-112-name = 112 – número europeu de emergência
contact-emergency-112-description = Ligue para o 112 se a sua vida ou a vida de outra pessoa está em perigo agora. O número funciona de qualquer telefone, em qualquer lugar da União Europeia.

contact-police-101-name = Polícia – 101
contact-police-101-description = Você está em perigo imediato? Ligue para o 101 ou vá à delegacia de polícia local.

contact-surya-name = Sürya
contact-surya-description = Um centro especializado para vítimas de tráfico de pessoas em Liège. Lá você recebe orientação e informação com sigilo. O centro também pode oferecer abrigo, conforme as vagas que tiver, e acompanhamento.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Um centro especializado para vítimas de tráfico de pessoas em Bruxelas. Lá você recebe orientação e informação com sigilo. O centro também pode oferecer abrigo, conforme as vagas que tiver, e acompanhamento.

contact-payoke-name = Payoke
contact-payoke-description = Um centro especializado para vítimas de tráfico de pessoas em Antuérpia. Lá você recebe orientação e informação com sigilo. O centro também pode oferecer abrigo, conforme as vagas que tiver, e acompanhamento.

contact-national-contact-point-name = Ponto de contato nacional sobre tráfico de pessoas
contact-national-contact-point-description = Esta é a linha de telefone do stoptraite.be, o ponto de contato nacional. Você pode pedir informação ou relatar uma situação sem ir antes à polícia.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = O site do ponto de contato nacional, feito pelo FPS Justice (o serviço federal de justiça) junto com os três centros especializados. Lá você encontra informação e pode relatar tráfico de pessoas com sigilo, sem ir antes à polícia.

contact-myria-name = Myria
contact-myria-description = O Myria é o relator nacional independente sobre tráfico de pessoas e publica um relatório todo ano. Para ajuda pessoal, procure um centro especializado.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Grátis, dia e noite. Para crianças e jovens, e para quem se preocupa com eles, quando uma criança está desaparecida ou sofre exploração sexual.


contact-guardianship-name = Guardianship Service (serviço de tutela de menores desacompanhados)
contact-guardianship-description = Um serviço do FPS Justice (o serviço federal de justiça) para jovens com menos de 18 anos que estão na Bélgica sem pai, mãe ou responsável. Ele dá a eles um tutor, que ajuda com documentos, escola, saúde e a encontrar um advogado. Qualquer pessoa pode avisar o serviço sobre um jovem assim. O número de emergência atende dia e noite.
## Tipos de contato

contact-kind-emergency = Emergência
contact-kind-police = Polícia
contact-kind-specialised-centre = Centro especializado
contact-kind-national-contact-point = Ponto de contato nacional
contact-kind-report-website = Site para relatar
contact-kind-helpline = Linha de ajuda
contact-kind-national-rapporteur = Relator nacional

## Regiões

region-brussels = Bruxelas
region-flanders = Flandres
region-wallonia = Valônia
region-east-belgium = Leste da Bélgica
region-belgium = Toda a Bélgica
