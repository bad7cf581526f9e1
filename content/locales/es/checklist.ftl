## Preguntas: pantallas y botones

checklist-title = Revisar las señales
checklist-intro = Algunas preguntas que se responden con sí, no o no sé. Puedes saltar una pregunta o volver atrás. Tus respuestas se quedan en esta app y desaparecen cuando la cierras, salvo que elijas guardarlas.
checklist-answer-yes = Sí
checklist-answer-no = No
checklist-answer-unsure = No sé
checklist-skip = Saltar esta pregunta
checklist-back = Atrás
checklist-continue = Seguir con las preguntas
checklist-progress = Pregunta { $current } de { $total }
checklist-prompt = Escribe un número y presiona Enter:
checklist-keep-answers = Guardar mis respuestas en este teléfono
checklist-keep-answers-hint = Entonces cualquier persona que pueda abrir Lueur en este teléfono podría verlas. Puedes borrarlas en cualquier momento.
checklist-delete-answers = Borrar mis respuestas de este teléfono
checklist-answers-kept = Tus respuestas están guardadas en este teléfono.
checklist-answers-deleted = Tus respuestas se borraron de este teléfono.
checklist-saved-found = Antes guardaste respuestas en este teléfono.
checklist-resume = Seguir con mis respuestas guardadas
checklist-start-again = Empezar de nuevo
checklist-signs-heading = Lo que indican las respuestas
checklist-element-present = Las respuestas indican esto.
checklist-unsure-heading = Respuestas de las que no estabas seguro
checklist-notes-heading = Es bueno saber
checklist-contacts-heading = Quién puede ayudar
checklist-steps-heading = Lo que puedes hacer ahora
checklist-grade-strong = señal fuerte
checklist-grade-medium = señal
checklist-grade-weak = señal débil
checklist-sources = Fuentes: { $sources }
checklist-close = Cerrar
checklist-invalid-choice = Escribe uno de los números que se muestran.
checklist-error-about = Di de quién es la situación: “me” (yo) u “other” (otra persona).
checklist-ignored = No se preguntó con estas respuestas, así que no cuenta: { $questions }

## Preguntas: próximos pasos y contactos

checklist-action-call = Llamar a { $name }: { $number }
checklist-action-talk = Hablar con { $name }
checklist-action-report = Preparar un reporte confidencial
checklist-action-report-hint = Lueur escribe un resumen corto de estas respuestas. Puedes cambiarlo o quitarlo.
checklist-action-read = Leer: { $title }
checklist-contact-reason-emergency = En una emergencia
checklist-contact-reason-minors = Para jóvenes menores de 18 años
checklist-contact-reason-region = Cerca de ti
checklist-contact-reason-language = Habla tu idioma
checklist-contact-reason-centre = Especializado en ayudar a personas en esta situación
checklist-contact-reason-report = Para reportar una situación

## Preguntas: el resumen para un reporte

checklist-summary-heading = { $perspective ->
    [me] Preguntas de Lueur, sobre mi propia situación
   *[other] Preguntas de Lueur, sobre una persona que conozco
}
checklist-summary-level = Resultado: { $level }
checklist-summary-minor = La persona puede tener menos de 18 años.
checklist-summary-signs = Señales en las respuestas:
checklist-summary-unsure = No sé:
checklist-summary-none = Ninguna señal se respondió con sí.

## Preguntas: errores

checklist-error-unknown-question = No hay ninguna pregunta “{ $question }” en la lista.
checklist-error-unknown-answer = “{ $answer }” no es una respuesta posible a esta pregunta.
checklist-error-not-current = Esta pregunta no es la que está ahora en la pantalla.

## Preguntas: partes

checklist-module-entry = Primeras preguntas
checklist-module-general = La situación
checklist-module-sexual = Sexo, acompañante e internet
checklist-module-labour = Trabajo
checklist-module-domestic = Trabajo en una casa
checklist-module-begging = Pedir limosna
checklist-module-criminality = Delitos para otra persona
checklist-module-teen-pimps = Una relación que se siente mal
checklist-module-closing = Última pregunta

## Preguntas: primeras preguntas

checklist-q-about = ¿Sobre quién es?
checklist-q-about-me = Sobre mí
checklist-q-about-other = Sobre una persona que conozco
checklist-q-danger-now = { $perspective ->
    [me] ¿Estás en peligro ahora mismo, o tienes miedo de que alguien te haga daño muy pronto?
   *[other] ¿La persona está en peligro ahora mismo, o tiene miedo de que alguien le haga daño muy pronto?
}
checklist-q-locked-in-now = { $perspective ->
    [me] ¿Estás encerrado en algún lugar ahora mismo, o te retienen allí en contra de tu voluntad?
   *[other] ¿La persona está encerrada en algún lugar ahora mismo, o la retienen allí en contra de su voluntad?
}
checklist-q-under-18 = { $perspective ->
    [me] ¿Tienes menos de 18 años?
   *[other] ¿La persona tiene menos de 18 años?
}
checklist-q-situation = { $perspective ->
    [me] ¿De qué se trata sobre todo tu situación?
   *[other] ¿De qué se trata sobre todo la situación de la persona?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sexo, acompañante (escort), fotos o videos sexuales, también por internet
   *[other] Sexo, acompañante (escort), fotos o videos sexuales, también por internet
}
checklist-q-situation-labour = { $perspective ->
    [me] Trabajo: por ejemplo en un restaurante, en una obra, en el campo, en una tienda
   *[other] Trabajo: por ejemplo en un restaurante, en una obra, en el campo, en una tienda
}
checklist-q-situation-domestic = { $perspective ->
    [me] Trabajo en la casa de alguien: limpiar, cocinar, cuidar niños
   *[other] Trabajo en la casa de alguien: limpiar, cocinar, cuidar niños
}
checklist-q-situation-begging = { $perspective ->
    [me] Pedir limosna en la calle
   *[other] Pedir limosna en la calle
}
checklist-q-situation-criminality = { $perspective ->
    [me] Tener que robar, vender drogas o romper la ley de otras maneras
   *[other] Tener que robar, vender drogas o romper la ley de otras maneras
}
checklist-q-situation-relationship = { $perspective ->
    [me] Un novio, una novia o un amigo que pide cada vez más: dinero, sexo, fotos, o tiempo lejos de casa y de la escuela
   *[other] Un novio, una novia o un amigo que le pide a la persona cada vez más: dinero, sexo, fotos, o tiempo lejos de casa y de la escuela
}
checklist-q-situation-not-sure = { $perspective ->
    [me] No estoy seguro, o es otra cosa
   *[other] No estoy seguro, o es otra cosa
}

## Preguntas para todas las situaciones

checklist-q-g-act-arranged = { $perspective ->
    [me] ¿Otra persona te buscó o te consiguió este trabajo o esta actividad?
   *[other] ¿Otra persona le buscó o le consiguió este trabajo o esta actividad a la persona?
}
checklist-q-g-act-journey = { $perspective ->
    [me] ¿Alguien te trajo al lugar donde estás ahora, u organizó el viaje?
   *[other] ¿Alguien trajo a la persona al lugar donde está ahora, u organizó el viaje?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] ¿La persona para la que trabajas, o alguien que trabaja con ella, decide dónde duermes?
   *[other] ¿La persona para la que trabaja, o alguien que trabaja con ella, decide dónde duerme la persona?
}
checklist-q-g-promised-other = { $perspective ->
    [me] ¿Tu trabajo o tu situación es muy distinta de lo que te prometieron?
   *[other] ¿El trabajo o la situación de la persona es muy distinta de lo que le prometieron?
}
checklist-q-g-promised-details = { $perspective ->
    [me] ¿Te mintieron sobre el pago, el horario o el lugar para vivir?
   *[other] ¿Le mintieron a la persona sobre el pago, el horario o el lugar para vivir?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] ¿Alguien te prometió papeles o un permiso de residencia que nunca recibiste?
   *[other] ¿Alguien le prometió a la persona papeles o un permiso de residencia que nunca recibió?
}
checklist-q-g-forced-start = { $perspective ->
    [me] ¿Alguien te golpeó o te hizo daño para que vinieras aquí o empezaras este trabajo?
   *[other] ¿Alguien golpeó o le hizo daño a la persona para que viniera aquí o empezara este trabajo?
}
checklist-q-g-taken = { $perspective ->
    [me] Al principio, ¿te llevaron a la fuerza o te retuvieron en contra de tu voluntad?
   *[other] Al principio, ¿llevaron a la persona a la fuerza o la retuvieron en contra de su voluntad?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] ¿Te amenazaron para que vinieras aquí o empezaras este trabajo?
   *[other] ¿Amenazaron a la persona para que viniera aquí o empezara este trabajo?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Cuando empezó, ¿alguien se aprovechó de un momento muy difícil de tu vida, como no tener dinero o no tener casa?
   *[other] Cuando empezó, ¿alguien se aprovechó de un momento muy difícil de la vida de la persona, como no tener dinero o no tener casa?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] ¿Alguien se aprovechó de que no tienes papeles para quedarte en Bélgica para meterte en esto?
   *[other] ¿Alguien se aprovechó de que la persona no tiene papeles para quedarse en Bélgica para meterla en esto?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] ¿Alguien se aprovechó de que no conocías el idioma, las reglas o tus derechos aquí?
   *[other] ¿Alguien se aprovechó de que la persona no conocía el idioma, las reglas o sus derechos aquí?
}
checklist-q-g-long-hours = { $perspective ->
    [me] ¿Trabajas seguido jornadas muy largas, o los siete días de la semana?
   *[other] ¿La persona trabaja seguido jornadas muy largas, o los siete días de la semana?
}
checklist-q-g-little-pay = { $perspective ->
    [me] ¿Recibes poco o nada de dinero por lo que haces?
   *[other] ¿La persona recibe poco o nada de dinero por lo que hace?
}
checklist-q-g-housing = { $perspective ->
    [me] ¿El lugar donde duermes está lleno de gente, sucio o no es seguro?
   *[other] ¿El lugar donde duerme la persona está lleno de gente, sucio o no es seguro?
}
checklist-q-g-documents = { $perspective ->
    [me] ¿Alguien se niega a devolverte tu pasaporte o tu documento de identidad cuando lo pides?
   *[other] ¿Alguien se niega a devolverle a la persona su pasaporte o su documento de identidad cuando lo pide?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] ¿Alguien te impide irte, te encierra o te sigue cuando sales?
   *[other] ¿Alguien le impide a la persona irse, la encierra o la sigue cuando sale?
}
checklist-q-g-debt = { $perspective ->
    [me] ¿Le debes dinero a la gente para la que trabajas, o a la gente que te trajo aquí?
   *[other] ¿La persona le debe dinero a la gente para la que trabaja, o a la gente que la trajo aquí?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] ¿Esa deuda sigue igual o crece, pagues lo que pagues o hagas lo que hagas?
   *[other] ¿Esa deuda sigue igual o crece, pague lo que pague o haga lo que haga la persona?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] ¿Esa deuda empezó con el costo de tu viaje, de tu trabajo o de tu vivienda?
   *[other] ¿Esa deuda empezó con el costo del viaje, del trabajo o de la vivienda de la persona?
}
checklist-q-g-money-taken = { $perspective ->
    [me] ¿Otra persona se queda con todo o casi todo el dinero que ganas?
   *[other] ¿Otra persona se queda con todo o casi todo el dinero que gana la persona?
}
checklist-q-g-threats = { $perspective ->
    [me] ¿Alguien te amenazó a ti o a tu familia?
   *[other] ¿Alguien amenazó a la persona o a su familia?
}
checklist-q-g-threat-report = { $perspective ->
    [me] ¿Alguien dijo que te iba a denunciar a la policía o a migración si no obedecías?
   *[other] ¿Alguien dijo que iba a denunciar a la persona a la policía o a migración si no obedecía?
}
checklist-q-g-violence = { $perspective ->
    [me] ¿Alguien te golpeó, te hizo daño o te obligó a actos sexuales?
   *[other] ¿Alguien golpeó a la persona, le hizo daño o la obligó a actos sexuales?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Si quisieras dejarlo, ¿alguien te castigaría o te haría las cosas más difíciles?
   *[other] Si la persona quisiera dejarlo, ¿alguien la castigaría o le haría las cosas más difíciles?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] ¿Alguien te dijo qué decirle a la policía, a las autoridades o a tu familia?
   *[other] ¿Alguien le dijo a la persona qué decirle a la policía, a las autoridades o a su familia?
}
checklist-q-g-dependent = { $perspective ->
    [me] ¿Dependes de las mismas personas para tu trabajo, tu vivienda y tu comida?
   *[other] ¿La persona depende de las mismas personas para el trabajo, la vivienda y la comida?
}
checklist-q-g-isolated = { $perspective ->
    [me] ¿Alguien te impide comunicarte con tu familia o tus amigos?
   *[other] ¿Alguien le impide a la persona comunicarse con su familia o sus amigos?
}
checklist-q-g-fear-police = { $perspective ->
    [me] ¿Tienes miedo de pedirle ayuda a la policía, por ejemplo por tus papeles?
   *[other] ¿La persona tiene miedo de pedirle ayuda a la policía, por ejemplo por sus papeles?
}

## Preguntas: sexo, acompañante e internet

checklist-q-s-cannot-refuse = { $perspective ->
    [me] ¿Alguien te obliga a atender clientes o a hacer actos sexuales que no quieres?
   *[other] ¿Alguien obliga a la persona a atender clientes o a hacer actos sexuales que no quiere?
}
checklist-q-s-money-taken = { $perspective ->
    [me] ¿Otra persona se queda con la mayor parte del dinero que pagan tus clientes?
   *[other] ¿Otra persona se queda con la mayor parte del dinero que pagan los clientes de la persona?
}
checklist-q-s-organised = { $perspective ->
    [me] ¿Otra persona publica tus anuncios, elige a tus clientes o arregla tus citas?
   *[other] ¿Otra persona publica los anuncios de la persona, elige a sus clientes o arregla sus citas?
}
checklist-q-s-images = { $perspective ->
    [me] ¿Alguien te obliga a hacer fotos o videos sexuales, o cosas sexuales frente a la cámara, para ganar dinero con eso?
   *[other] ¿Alguien obliga a la persona a hacer fotos o videos sexuales, o cosas sexuales frente a la cámara, para ganar dinero con eso?
}

## Preguntas: trabajo

checklist-q-l-contract = { $perspective ->
    [me] ¿Trabajas sin contrato, o "en negro" (sin estar declarado)?
   *[other] ¿La persona trabaja sin contrato, o "en negro" (sin estar declarada)?
}
checklist-q-l-hazard = { $perspective ->
    [me] ¿El trabajo es peligroso, sin protección o sin capacitación?
   *[other] ¿El trabajo de la persona es peligroso, sin protección o sin capacitación?
}
checklist-q-l-live-in = { $perspective ->
    [me] ¿Vives en la casa de la gente para la que trabajas?
   *[other] ¿La persona vive en la casa de la gente para la que trabaja?
}

## Preguntas: trabajo en una casa

checklist-q-d-sleep-place = { $perspective ->
    [me] ¿Tienes que dormir en un lugar sin nada de privacidad, como la cocina, un pasillo o el piso?
   *[other] ¿La persona tiene que dormir en un lugar sin nada de privacidad, como la cocina, un pasillo o el piso?
}
checklist-q-d-food = { $perspective ->
    [me] ¿Te falta comida, o solo recibes lo que sobra?
   *[other] ¿A la persona le falta comida, o solo recibe lo que sobra?
}

## Preguntas: pedir limosna

checklist-q-b-quota = { $perspective ->
    [me] ¿Tienes que entregarle a alguien una cantidad fija de dinero cada día?
   *[other] ¿La persona tiene que entregarle a alguien una cantidad fija de dinero cada día?
}
checklist-q-b-punished = { $perspective ->
    [me] ¿Te castigan cuando traes muy poco?
   *[other] ¿Castigan a la persona cuando trae muy poco?
}
checklist-q-b-brought = { $perspective ->
    [me] ¿Alguien te lleva en auto al lugar donde pides limosna y después te va a buscar?
   *[other] ¿Alguien lleva a la persona en auto al lugar donde pide limosna y después la va a buscar?
}
checklist-q-b-school = { $perspective ->
    [me] ¿Pides limosna en lugar de ir a la escuela?
   *[other] ¿La persona pide limosna en lugar de ir a la escuela?
}

## Preguntas: delitos bajo presión

checklist-q-c-drawn-drugs = { $perspective ->
    [me] ¿Empezó con alguien que te daba drogas, o que hizo que las necesitaras?
   *[other] ¿Empezó con alguien que le daba drogas a la persona, o que hizo que las necesitara?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] ¿Empezó con alguien que te ofreció dinero fácil?
   *[other] ¿Empezó con alguien que le ofreció dinero fácil a la persona?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] ¿Empezó con una deuda que te dijeron que tenías que pagar así?
   *[other] ¿Empezó con una deuda que le dijeron a la persona que tenía que pagar así?
}
checklist-q-c-made-to = { $perspective ->
    [me] ¿Te obligan a robar, vender drogas o romper la ley de otra manera para otra persona?
   *[other] ¿Obligan a la persona a robar, vender drogas o romper la ley de otra manera para otra persona?
}
checklist-q-c-profits = { $perspective ->
    [me] ¿Otra persona se queda con el dinero o las cosas que traes?
   *[other] ¿Otra persona se queda con el dinero o las cosas que trae la persona?
}
checklist-q-c-cannabis = { $perspective ->
    [me] ¿Tienes que quedarte en una casa para cuidar plantas de marihuana?
   *[other] ¿La persona tiene que quedarse en una casa para cuidar plantas de marihuana?
}

## Preguntas: una relación que se siente mal (proxenetas jóvenes, "teen pimps")

checklist-q-t-older = { $perspective ->
    [me] ¿La persona en la que piensas es mucho mayor que tú?
   *[other] ¿Ese novio, esa novia o ese amigo es mucho mayor que el o la joven?
}
checklist-q-t-gifts = { $perspective ->
    [me] ¿Esa persona te da dinero, regalos caros o un teléfono?
   *[other] ¿Esa persona le da al o a la joven dinero, regalos caros o un teléfono?
}
checklist-q-t-love = { $perspective ->
    [me] ¿Esa persona te prometió amor o un futuro juntos, y no cumplió la promesa?
   *[other] ¿Esa persona le prometió al o a la joven amor o un futuro juntos, y no cumplió la promesa?
}
checklist-q-t-hard-time = { $perspective ->
    [me] ¿Esa persona llegó a tu vida cuando te sentías solo o sola, o tenías problemas en casa o en la escuela?
   *[other] ¿Esa persona llegó a la vida del o de la joven cuando se sentía solo o sola, o tenía problemas en casa o en la escuela?
}
checklist-q-t-need = { $perspective ->
    [me] ¿Sientes que necesitas tanto a esa persona que no puedes decirle que no?
   *[other] ¿El o la joven parece necesitar tanto a esa persona que no puede decirle que no?
}
checklist-q-t-cut-off = { $perspective ->
    [me] ¿Esa persona quiere que dejes de ver a tus amigos o a tu familia?
   *[other] ¿Esa persona quiere que el o la joven deje de ver a sus amigos o a su familia?
}
checklist-q-t-nights = { $perspective ->
    [me] ¿Pasas noches fuera de casa sin decir dónde estás?
   *[other] ¿El o la joven pasa noches fuera de casa sin decir dónde está?
}
checklist-q-t-hotels = { $perspective ->
    [me] ¿Vas a hoteles o apartamentos que no conoces, con esa persona o con sus amigos?
   *[other] ¿El o la joven va a hoteles o apartamentos que no conoce, con esa persona o con sus amigos?
}
checklist-q-t-school = { $perspective ->
    [me] ¿Faltas seguido a la escuela?
   *[other] ¿El o la joven falta seguido a la escuela?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] ¿Esa persona te pidió tener sexo con otras personas?
   *[other] ¿Esa persona le pidió al o a la joven tener sexo con otras personas?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] ¿Esa persona te pidió fotos o videos sexuales tuyos?
   *[other] ¿Esa persona le pidió al o a la joven fotos o videos sexuales de sí mismo o misma?
}
checklist-q-t-owe = { $perspective ->
    [me] ¿Esa persona dice que le debes dinero por los regalos o por otras cosas?
   *[other] ¿Esa persona dice que el o la joven le debe dinero por los regalos o por otras cosas?
}
checklist-q-t-tattoo = { $perspective ->
    [me] ¿Tienes un tatuaje con el nombre o el signo de esa persona?
   *[other] ¿El o la joven tiene un tatuaje con el nombre o el signo de esa persona?
}
checklist-q-t-phones = { $perspective ->
    [me] ¿Tienes un segundo teléfono, uno que te dio esa persona?
   *[other] ¿El o la joven tiene un segundo teléfono, uno que le dio esa persona?
}
checklist-q-t-mood = { $perspective ->
    [me] ¿Tu estado de ánimo cambió mucho en los últimos tiempos?
   *[other] ¿El estado de ánimo del o de la joven cambió mucho en los últimos tiempos?
}
checklist-q-t-drugs = { $perspective ->
    [me] En los últimos tiempos, ¿tomas mucho alcohol o consumes drogas?
   *[other] En los últimos tiempos, ¿el o la joven toma mucho alcohol o consume drogas?
}
checklist-q-t-self-harm = { $perspective ->
    [me] ¿Te haces daño, o piensas en hacerlo?
   *[other] ¿El o la joven se hace daño, o habla de hacerlo?
}

## Preguntas: última pregunta

checklist-q-region = { $perspective ->
    [me] ¿En qué parte de Bélgica estás? Esto ayuda a mostrar un centro cerca de ti.
   *[other] ¿En qué parte de Bélgica está la persona? Esto ayuda a mostrar un centro cercano.
}
checklist-q-region-brussels = { $perspective ->
    [me] Bruselas
   *[other] Bruselas
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandes
   *[other] Flandes
}
checklist-q-region-wallonia = { $perspective ->
    [me] Valonia
   *[other] Valonia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Este de Bélgica (Comunidad germanófona)
   *[other] Este de Bélgica (Comunidad germanófona)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Prefiero no decirlo
   *[other] Prefiero no decirlo, o no lo sé
}

## Preguntas: elementos (cómo se agrupan las señales)

checklist-element-act = Alguien consiguió, trasladó o alojó a la persona
checklist-element-deceptive-recruitment = Mentiras al principio
checklist-element-coercive-recruitment = Fuerza al principio
checklist-element-vulnerability-recruitment = Una situación difícil aprovechada al principio
checklist-element-exploitative-conditions = Explotación: trabajo o vivienda en condiciones injustas
checklist-element-exploitation-in-law = Explotación según la ley: sexo, limosna o delitos para otra persona
checklist-element-coercion-destination = Control y presión ahora
checklist-element-vulnerability-destination = Una situación difícil aprovechada ahora
checklist-element-other-signs = Otras señales (UNODC), que no cuentan como indicadores de la OIT
checklist-element-warning-signs = Señales de alerta en torno a jóvenes (Child Focus), no son indicadores de la OIT

## Preguntas: las señales explicadas

checklist-indicator-act-recruited = { $perspective ->
    [me] Otra persona te buscó o te consiguió esto: en la definición legal, esto es reclutar a una persona.
   *[other] Otra persona le buscó o le consiguió esto a la persona: en la definición legal, esto es reclutar a una persona.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Alguien te trajo aquí u organizó el viaje: en la definición legal, esto es trasladar a una persona.
   *[other] Alguien trajo aquí a la persona u organizó el viaje: en la definición legal, esto es trasladar a una persona.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] La gente para la que trabajas decide dónde duermes: en la definición legal, esto es alojar a una persona.
   *[other] La gente para la que trabaja la persona decide dónde duerme: en la definición legal, esto es alojar a una persona.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] El trabajo o la situación es muy distinta de lo que te prometieron: mentir al principio es una forma común de llevar a las personas a la explotación.
   *[other] El trabajo o la situación es muy distinta de lo que le prometieron a la persona: mentir al principio es una forma común de llevar a las personas a la explotación.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Te mintieron sobre el pago, el horario o la vivienda: las promesas falsas hacen que la gente acepte condiciones que rechazaría.
   *[other] Le mintieron a la persona sobre el pago, el horario o la vivienda: las promesas falsas hacen que la gente acepte condiciones que rechazaría.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Te prometieron papeles que nunca llegaron: esta promesa se usa mucho para tener a la gente esperando y obedeciendo.
   *[other] Le prometieron a la persona papeles que nunca llegaron: esta promesa se usa mucho para tener a la gente esperando y obedeciendo.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Alguien te prometió amor o un futuro juntos: los proxenetas jóvenes ("teen pimps") a menudo empiezan así para ganarse la confianza.
   *[other] Alguien le prometió a la persona amor o un futuro juntos: los proxenetas jóvenes ("teen pimps") a menudo empiezan así para ganarse la confianza.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Te golpearon o te hicieron daño para que empezaras: es una señal grave de que no elegiste libremente.
   *[other] Golpearon o le hicieron daño a la persona para que empezara: es una señal grave de que no eligió libremente.
}
checklist-indicator-abducted = { $perspective ->
    [me] Al principio te llevaron a la fuerza o te retuvieron en contra de tu voluntad: nadie tiene derecho a hacerte esto.
   *[other] Al principio llevaron a la persona a la fuerza o la retuvieron en contra de su voluntad: nadie tiene derecho a hacerle esto a nadie.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Te amenazaron para que empezaras: el miedo puede quitar la libertad de elegir.
   *[other] Amenazaron a la persona para que empezara: el miedo puede quitar la libertad de elegir.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] La deuda empezó con el viaje o el trabajo: una deuda así se usa mucho para atar a una persona a quienes la trajeron.
   *[other] La deuda empezó con el viaje o el trabajo: una deuda así se usa mucho para atar a una persona a quienes la trajeron.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Empezó cuando no tenías dinero, papeles o casa: quienes explotan a otros buscan personas que pasan por un momento difícil.
   *[other] Empezó cuando la persona no tenía dinero, papeles o casa: quienes explotan a otros buscan personas que pasan por un momento difícil.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Alguien usó tu falta de papeles para meterte en esto: a las personas sin papeles es fácil amenazarlas, y los explotadores lo aprovechan.
   *[other] Alguien usó la falta de papeles de la persona para meterla en esto: a las personas sin papeles es fácil amenazarlas, y los explotadores lo aprovechan.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Alguien usó lo que no sabías sobre el idioma, las reglas o tus derechos: cuando uno no sabe, es fácil que lo engañen.
   *[other] Alguien usó lo que la persona no sabía sobre el idioma, las reglas o sus derechos: cuando uno no sabe, es fácil que lo engañen.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Empezó cuando te sentías solo o sola, o tenías problemas en casa o en la escuela: los proxenetas jóvenes ("teen pimps") buscan jóvenes en esta situación.
   *[other] Empezó cuando la persona se sentía sola o tenía problemas en casa o en la escuela: los proxenetas jóvenes ("teen pimps") buscan jóvenes en esta situación.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Sientes que no puedes decirle que no a esa persona: hacer que alguien se sienta dependiente es una forma de controlarlo.
   *[other] La persona parece no poder decir que no: hacer que alguien se sienta dependiente es una forma de controlarlo.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Jornadas muy largas o ningún día libre: esto puede ser una señal de explotación, sobre todo junto con otras señales.
   *[other] Jornadas muy largas o ningún día libre: esto puede ser una señal de explotación, sobre todo junto con otras señales.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Poco o ningún pago por tu trabajo: esto puede ser una señal de explotación.
   *[other] Poco o ningún pago por el trabajo: esto puede ser una señal de explotación.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Sin contrato y sin estar declarado: esto muchas veces significa sin seguro y sin protección en el trabajo.
   *[other] Sin contrato y sin estar declarada: esto muchas veces significa que la persona no tiene seguro ni protección en el trabajo.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Trabajo peligroso sin protección: esto pone en riesgo tu salud y puede ser una señal de explotación.
   *[other] Trabajo peligroso sin protección: esto pone en riesgo la salud de la persona y puede ser una señal de explotación.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Un lugar para dormir lleno de gente, sucio o inseguro: condiciones de vida así pueden ser una señal de explotación.
   *[other] Un lugar para dormir lleno de gente, sucio o inseguro: condiciones de vida así pueden ser una señal de explotación.
}
checklist-indicator-no-school = { $perspective ->
    [me] Faltar a la escuela: todo joven tiene derecho a ir a la escuela.
   *[other] Faltar a la escuela: todo joven tiene derecho a ir a la escuela.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Otra persona gana dinero con tus actos sexuales: la ley llama a esto explotación sexual, y para alguien menor de 18 años siempre es explotación.
   *[other] Otra persona gana dinero con los actos sexuales de la persona: la ley llama a esto explotación sexual, y para alguien menor de 18 años siempre es explotación.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Alguien te obliga a hacer fotos o videos sexuales para ganar dinero con ellos: esto es explotación sexual, también por internet.
   *[other] Alguien obliga a la persona a hacer fotos o videos sexuales para ganar dinero con ellos: esto es explotación sexual, también por internet.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Esa persona te pide tener sexo con otras personas: los proxenetas jóvenes ("teen pimps") hacen esto, y para alguien menor de 18 años siempre es explotación.
   *[other] Esa persona le pide al o a la joven tener sexo con otras personas: los proxenetas jóvenes ("teen pimps") hacen esto, y para alguien menor de 18 años siempre es explotación.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Tienes menos de 18 años y estás en sexo, acompañante o fotos sexuales: para un joven esto siempre es explotación, aunque hayas dicho que sí. Nunca es tu culpa.
   *[other] La persona tiene menos de 18 años y está en sexo, acompañante o fotos sexuales: para un joven esto siempre es explotación, aunque haya dicho que sí. Nunca es su culpa.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Tienes que entregar una cantidad fija de lo que sacas pidiendo limosna: la ley llama explotación a pedir limosna para otra persona.
   *[other] La persona tiene que entregar una cantidad fija de lo que saca pidiendo limosna: la ley llama explotación a pedir limosna para otra persona.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Otra persona se queda con lo que sacan tus delitos: la ley llama a esto explotación, y los culpables son quienes se benefician.
   *[other] Otra persona se queda con lo que sacan los delitos de la persona: la ley llama a esto explotación, y los culpables son quienes se benefician.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Tienes que quedarte en una casa para cuidar plantas de marihuana: que te obliguen a cometer delitos para otros es explotación según la ley.
   *[other] La persona tiene que quedarse en una casa para cuidar plantas de marihuana: que obliguen a alguien a cometer delitos para otros es explotación según la ley.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Tienes menos de 18 años y alguien te empuja a cometer delitos: para un joven esto es explotación, aceptaras lo que aceptaras.
   *[other] La persona tiene menos de 18 años y alguien la empuja a cometer delitos: para un joven esto es explotación, aceptara lo que aceptara.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Alguien se niega a devolverte tus documentos de identidad: es una forma de controlar a una persona.
   *[other] Alguien se niega a devolverle a la persona sus documentos de identidad: es una forma de controlar a una persona.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Una deuda que nunca baja: las deudas se usan mucho para que la gente siga trabajando.
   *[other] Una deuda que nunca baja: las deudas se usan mucho para que la gente siga trabajando.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Alguien te impide irte, te encierra o te sigue: esto te quita la libertad.
   *[other] Alguien le impide a la persona irse, la encierra o la sigue: esto le quita la libertad.
}
checklist-indicator-violence = { $perspective ->
    [me] Alguien te hace daño o te obliga a actos sexuales: esto es violencia, y nunca es tu culpa.
   *[other] Alguien le hace daño a la persona o la obliga a actos sexuales: esto es violencia, y nunca es su culpa.
}
checklist-indicator-threats = { $perspective ->
    [me] Amenazas contra ti o tu familia: el miedo se usa para que la gente obedezca.
   *[other] Amenazas contra la persona o su familia: el miedo se usa para que la gente obedezca.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Una amenaza de denunciarte a la policía o a migración: esto se usa para que la gente se quede callada.
   *[other] Una amenaza de denunciar a la persona a la policía o a migración: esto se usa para que la gente se quede callada.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Te castigarían si lo dejaras: un trabajo que no se puede dejar no es un trabajo elegido libremente.
   *[other] Castigarían a la persona si lo dejara: un trabajo que no se puede dejar no es un trabajo elegido libremente.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Otra persona se queda con el dinero que ganas: esto hace que una persona dependa de otros.
   *[other] Otra persona se queda con el dinero que gana la persona: esto hace que una persona dependa de otros.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Te obligan a romper la ley para otra persona: esto puede ser una forma de explotación, y los culpables son quienes se benefician.
   *[other] Obligan a la persona a romper la ley para otra persona: esto puede ser una forma de explotación, y los culpables son quienes se benefician.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] No puedes decirle que no a un cliente o a un acto sexual: es una señal de que te controlan.
   *[other] La persona no puede decirle que no a un cliente o a un acto sexual: es una señal de que la controlan.
}
checklist-indicator-under-control = { $perspective ->
    [me] Otra persona decide tus anuncios, tus clientes o tus citas: otra persona controla el trabajo, y esto puede ser una señal de explotación.
   *[other] Otra persona decide los anuncios, los clientes o las citas de la persona: otra persona controla el trabajo, y esto puede ser una señal de explotación.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Alguien te dice qué decirle a la policía, a las autoridades o a tu familia: esto se usa para esconder lo que está pasando.
   *[other] Alguien le dice a la persona qué decirle a la policía, a las autoridades o a la familia: esto se usa para esconder lo que está pasando.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Las mismas personas te dan trabajo, vivienda y comida: esto hace muy difícil decir que no o irse.
   *[other] Las mismas personas le dan a la persona trabajo, vivienda y comida: esto hace muy difícil decir que no o irse.
}
checklist-indicator-isolated = { $perspective ->
    [me] Alguien te impide comunicarte con tu familia y tus amigos: cuando uno está solo, es más difícil conseguir ayuda.
   *[other] Alguien le impide a la persona comunicarse con su familia y sus amigos: cuando uno está solo, es más difícil conseguir ayuda.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Tienes miedo de la policía o de tu situación de papeles: este miedo se usa mucho para que la gente se quede callada.
   *[other] La persona tiene miedo de la policía o de su situación de papeles: este miedo se usa mucho para que la gente se quede callada.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Ningún lugar privado para dormir: UNODC lo nombra entre las señales de servidumbre doméstica.
   *[other] Ningún lugar privado para dormir: UNODC lo nombra entre las señales de servidumbre doméstica.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] No hay suficiente comida, o solo las sobras: UNODC lo nombra entre las señales de servidumbre doméstica.
   *[other] No hay suficiente comida, o solo las sobras: UNODC lo nombra entre las señales de servidumbre doméstica.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Castigos por traer muy poco: UNODC lo nombra entre las señales de mendicidad y delitos forzados.
   *[other] Castigos por traer muy poco: UNODC lo nombra entre las señales de mendicidad y delitos forzados.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Te llevan al lugar donde pides limosna y te van a buscar: UNODC nombra como señal que a alguien lo trasladen así.
   *[other] Llevan a la persona al lugar donde pide limosna y la van a buscar: UNODC nombra como señal que a alguien lo trasladen así.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Empezó con drogas: necesitar drogas puede atar a una persona a quienes se las dan.
   *[other] Empezó con drogas: necesitar drogas puede atar a una persona a quienes se las dan.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Empezó con una oferta de dinero fácil: es una forma común de meter a la gente en delitos para otros.
   *[other] Empezó con una oferta de dinero fácil: es una forma común de meter a la gente en delitos para otros.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] La persona en la que piensas es mucho mayor: Child Focus lo nombra entre las señales de alerta.
   *[other] El novio, la novia o el amigo es mucho mayor que el o la joven: Child Focus lo nombra entre las señales de alerta.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Recibes dinero o regalos caros: los regalos se pueden usar para que uno sienta que debe algo.
   *[other] La persona recibe dinero o regalos caros: los regalos se pueden usar para que uno sienta que debe algo.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Esa persona quiere que dejes de ver a tus amigos o a tu familia: los proxenetas jóvenes ("teen pimps") alejan a los jóvenes de quienes podrían ayudarlos.
   *[other] Esa persona quiere que el o la joven deje de ver a sus amigos o a su familia: los proxenetas jóvenes ("teen pimps") alejan a los jóvenes de quienes podrían ayudarlos.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Noches fuera de casa sin decir dónde: Child Focus lo nombra entre las señales de alerta.
   *[other] Noches fuera de casa sin decir dónde: Child Focus lo nombra entre las señales de alerta.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hoteles o apartamentos desconocidos con esa persona o sus amigos: Child Focus lo nombra entre las señales de alerta.
   *[other] Hoteles o apartamentos desconocidos con esa persona o sus amigos: Child Focus lo nombra entre las señales de alerta.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Esa persona te pide fotos sexuales tuyas: esas fotos muchas veces se usan después para obligar a un joven.
   *[other] Esa persona le pide fotos sexuales al o a la joven: esas fotos muchas veces se usan después para obligar a un joven.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Esa persona dice que le debes por los regalos: una deuda inventada es una forma de hacer que un joven obedezca.
   *[other] Esa persona dice que el o la joven le debe por los regalos: una deuda inventada es una forma de hacer que un joven obedezca.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Un tatuaje con el nombre o el signo de esa persona: los proxenetas jóvenes ("teen pimps") a veces lo usan para marcar a un joven como suyo.
   *[other] Un tatuaje con el nombre o el signo de esa persona: los proxenetas jóvenes ("teen pimps") a veces lo usan para marcar a un joven como suyo.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Un segundo teléfono que te dio esa persona: puede ser una forma de comunicarse contigo sin que otros lo sepan.
   *[other] Un segundo teléfono que le dio esa persona: puede ser una forma de comunicarse con el o la joven sin que otros lo sepan.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Grandes cambios de ánimo: esto puede ser una señal de que algo anda muy mal. Mereces ayuda.
   *[other] Grandes cambios de ánimo: esto puede ser una señal de que algo anda muy mal para el o la joven.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Mucho alcohol o drogas en los últimos tiempos: Child Focus lo nombra entre las señales de alerta.
   *[other] Mucho alcohol o drogas en los últimos tiempos: Child Focus lo nombra entre las señales de alerta.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Hacerte daño, o pensar en hacerlo: mereces ayuda ahora, pase lo que pase.
   *[other] Hacerse daño, o hablar de hacerlo: el o la joven merece ayuda ahora, pase lo que pase.
}

## Preguntas: niveles de resultado

checklist-level-immediate-danger = Peligro ahora
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Dijiste que estás en peligro ahora. Si puedes hacerlo sin riesgo, pide ayuda ahora. Puedes volver a las preguntas más tarde.
   *[other] Dijiste que la persona está en peligro ahora. Si puedes hacerlo sin riesgo, pide ayuda ahora. Puedes volver a las preguntas más tarde.
}
checklist-level-strong-signs = Señales fuertes
checklist-level-strong-signs-summary = { $perspective ->
    [me] Tus respuestas muestran señales claras de trata de personas o de explotación. No es un juicio: un centro especializado puede revisar tu situación contigo.
   *[other] Tus respuestas muestran señales claras de trata de personas o de explotación. No es un juicio: un centro especializado puede revisar la situación contigo.
}
checklist-level-some-signs = Algunas señales
checklist-level-some-signs-summary = { $perspective ->
    [me] Algunas de tus respuestas pueden ser señales de explotación. No prueban nada, pero vale la pena hablar de ellas con alguien que conoce estas situaciones.
   *[other] Algunas de tus respuestas pueden ser señales de explotación. No prueban nada, pero vale la pena hablar de ellas con alguien que conoce estas situaciones.
}
checklist-level-no-clear-signs = Ninguna señal clara
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Tus respuestas no muestran señales claras de trata de personas. Si igual sientes que algo anda mal, siempre puedes pedir consejo.
   *[other] Tus respuestas no muestran señales claras de trata de personas. Si igual sientes que algo anda mal, siempre puedes pedir consejo.
}

## Preguntas: notas con el resultado

checklist-note-not-proof = { $perspective ->
    [me] Estas señales vienen de listas que usan la Organización Internacional del Trabajo, la Comisión Europea y las Naciones Unidas. Las señales por sí solas no prueban ni descartan la trata; muestran cuándo vale la pena pedir ayuda.
   *[other] Estas señales vienen de listas que usan la Organización Internacional del Trabajo, la Comisión Europea y las Naciones Unidas. Las señales por sí solas no prueban ni descartan la trata; muestran cuándo vale la pena pedir ayuda.
}
checklist-note-crisis = { $perspective ->
    [me] Si piensas en hacerte daño, no tienes que quedarte solo o sola con eso. En peligro, llama al 112. Un joven puede llamar a Child Focus al 116 000, gratis, de día y de noche. Lueur todavía no muestra una línea de prevención del suicidio: todavía no verificamos ninguna con una fuente.
   *[other] Si la persona piensa en hacerse daño, no debería quedarse sola con eso. En peligro, llama al 112. Un joven puede llamar a Child Focus al 116 000, gratis, de día y de noche. Lueur todavía no muestra una línea de prevención del suicidio: todavía no verificamos ninguna con una fuente.
}
checklist-note-minor = { $perspective ->
    [me] Puede que tengas menos de 18 años. Ganar dinero con los actos sexuales, las fotos o los videos de un joven siempre es explotación, aunque haya dicho que sí. Para un joven, no hace falta fuerza ni mentiras para que sea trata. Hay servicios solo para jóvenes.
   *[other] Puede que la persona tenga menos de 18 años. Ganar dinero con los actos sexuales, las fotos o los videos de un joven siempre es explotación, aunque haya dicho que sí. Para un joven, no hace falta fuerza ni mentiras para que sea trata. Hay servicios solo para jóvenes.
}
checklist-note-work-rights = { $perspective ->
    [me] Algunas respuestas describen un trabajo injusto. Aunque no sea trata, puede ser ilegal, y tienes derechos en el trabajo.
   *[other] Algunas respuestas describen un trabajo injusto. Aunque no sea trata, puede ser ilegal, y la persona tiene derechos en el trabajo.
}
checklist-note-unsure = { $perspective ->
    [me] No estabas seguro de algunas preguntas. Es normal. Un centro especializado te puede ayudar a pensarlas.
   *[other] No estabas seguro de algunas preguntas. Es normal. Un centro especializado te puede ayudar a pensarlas.
}
checklist-note-still-worried = { $perspective ->
    [me] Una lista de preguntas no puede ver todo. Si estás preocupado, confía en ese sentimiento y pide consejo.
   *[other] Una lista de preguntas no puede ver todo. Si estás preocupado por la persona, confía en ese sentimiento y pide consejo.
}
