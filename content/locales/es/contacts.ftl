## Contactos

contact-emergency-112-name = 112 – número europeo de emergencias
contact-emergency-112-description = Llama al 112 si tu vida o la vida de otra persona está en peligro ahora mismo. El número funciona desde cualquier teléfono, en cualquier lugar de la Unión Europea.

contact-police-101-name = Policía – 101
contact-police-101-description = ¿Estás en peligro inmediato? Llama al 101 o ve a la comisaría de policía local.

contact-surya-name = Sürya
contact-surya-description = Un centro especializado para víctimas de trata de personas en Liège. Allí puedes recibir consejo e información con confidencialidad. El centro también puede ofrecer alojamiento, según las plazas que tenga, y acompañamiento.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Un centro especializado para víctimas de trata de personas en Bruselas. Allí puedes recibir consejo e información con confidencialidad. El centro también puede ofrecer alojamiento, según las plazas que tenga, y acompañamiento.

contact-payoke-name = Payoke
contact-payoke-description = Un centro especializado para víctimas de trata de personas en Amberes. Allí puedes recibir consejo e información con confidencialidad. El centro también puede ofrecer alojamiento, según las plazas que tenga, y acompañamiento.

contact-national-contact-point-name = Punto de contacto nacional sobre la trata de personas
contact-national-contact-point-description = Es la línea de teléfono de stoptraite.be, el punto de contacto nacional. Puedes pedir información o reportar una situación sin ir antes a la policía.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = El sitio web del punto de contacto nacional, creado por el FPS Justice (el servicio federal de justicia) junto con los tres centros especializados. Allí encuentras información y puedes reportar la trata de personas con confidencialidad, sin ir antes a la policía.

contact-myria-name = Myria
contact-myria-description = Myria es el relator nacional independiente sobre la trata de personas y publica un informe cada año. Para ayuda personal, contacta a un centro especializado.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Gratis, de día y de noche. Para niños, niñas y jóvenes, y para quien se preocupa por ellos, cuando un niño o una niña está desaparecido o sufre explotación sexual.


contact-guardianship-name = Guardianship Service (servicio de tutela para menores no acompañados)
contact-guardianship-description = Un servicio del FPS Justice (el servicio federal de justicia) para jóvenes menores de 18 años que están en Bélgica sin su padre, su madre ni un tutor. Les da un tutor, que ayuda con los papeles, la escuela, la salud y a encontrar un abogado. Cualquier persona puede avisar al servicio sobre un joven en esta situación. Su número de emergencia atiende de día y de noche.
## Tipos de contacto

contact-kind-emergency = Emergencias
contact-kind-police = Policía
contact-kind-specialised-centre = Centro especializado
contact-kind-national-contact-point = Punto de contacto nacional
contact-kind-report-website = Sitio web para reportar
contact-kind-helpline = Línea de ayuda
contact-kind-national-rapporteur = Relator nacional

## Regiones

region-brussels = Bruselas
region-flanders = Flandes
region-wallonia = Valonia
region-east-belgium = Este de Bélgica
region-belgium = Toda Bélgica
