## Reporte confidencial: el formulario, la bandeja de salida y sus mensajes.

report-form-title = Escribir un reporte confidencial
report-form-intro = Escribe lo que sabes. Esto no es una denuncia ante la policía. Solo "Qué pasó" es obligatorio; salta lo que no quieras decir.
report-form-privacy = Tu reporte se cierra con llave en este teléfono antes de guardarse. Solo la organización que lo recibe puede abrirlo. El reporte se envía cuando hay conexión, aunque sea más tarde.
# Dice quién abre el reporte; el núcleo pasa el nombre de la organización que usa la app.
report-recipient = Tu reporte va a { $organisation }. No es una denuncia ante la policía y no va a stoptraite.be. Si estás en peligro ahora, llama al 112 o al 101.
report-development-key = Versión de prueba: los reportes se cierran con una llave de prueba pública. No escribas información real en esta versión.
report-send = Enviar el reporte
report-skip-hint = Presiona Enter para saltar.
report-choose-one-hint = Escribe un número.
report-choose-many-hint = Escribe uno o más números, separados por espacios.

report-field-about = ¿Sobre quién es?
report-about-me = Sobre mí
report-about-someone-else = Sobre otra persona
report-field-forms = ¿Qué tipo de situación es?
    .hint = Puedes elegir más de una, o "No estoy seguro".
report-form-sexual = Prostitución forzada o explotación sexual
report-form-labour = Trabajo en muy malas condiciones o sin pago
report-form-begging = Mendicidad forzada (pedir limosna a la fuerza)
report-form-forced-crime = Obligación de cometer delitos
report-form-organ-removal = Extracción de órganos
report-form-other = Otra cosa
report-form-not-sure = No estoy seguro
report-field-municipality = ¿En qué ciudad o municipio?
report-field-place = ¿Dónde exactamente?
    .hint = Por ejemplo una calle, un tipo de lugar o el nombre de un negocio.
report-field-when = ¿Cuándo?
    .hint = Por ejemplo "desde el verano pasado" o "todas las noches".
report-field-what-happened = ¿Qué pasó?
    .hint = Escribe con tus propias palabras. Puedes escribir en cualquier idioma.
report-field-people = ¿Quiénes están involucrados?
    .hint = Por ejemplo nombres, apodos, cómo son, autos o números de teléfono.
report-field-contact = ¿La organización puede contactarte?
    .hint = Solo si es seguro para ti.
report-contact-no-contact = No, no me contacten
report-contact-phone = Sí, por teléfono
report-contact-email = Sí, por correo electrónico
report-field-contact-phone = Número de teléfono
report-field-contact-email = Dirección de correo electrónico
report-field-contact-note = ¿Cuándo y cómo es seguro contactarte?
    .hint = Por ejemplo "solo entre semana antes de las 9" o "no dejen mensaje".
report-field-language = ¿En qué idioma quieres que te contacten?
    .hint = Por ejemplo fr, nl, de, en, ar o ro.
report-field-checklist-summary = Resumen de tus respuestas a las preguntas
    .hint = Solo si quieres agregarlo.

report-outbox-title = Reportes
report-outbox-empty = No hay reportes en este teléfono.
report-state-queued = En espera
report-state-sending = Enviando
report-state-sent = Enviado
report-state-failed = Necesita tu atención
report-state-expired = No enviado
report-detail-queued = Cerrado con llave y esperando conexión. Se enviará solo.
report-detail-retrying = El último intento no funcionó. El próximo intento es en más o menos { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.
report-detail-sending = Se está enviando ahora.
report-detail-sent = La organización lo recibió.
report-detail-failed = La organización no pudo aceptar este reporte. Puedes intentarlo otra vez o borrarlo.
report-detail-expired = No se pudo enviar a tiempo y se quitó de este teléfono. Puedes escribirlo otra vez.
report-age = { $days ->
        [0] Hoy
        [1] Ayer
       *[other] Hace { $days } días
    }
report-action-retry = Intentar otra vez
report-action-delete = Borrar

report-error-required = Escribe qué pasó.
report-error-too-long = Esto es demasiado largo. Usa menos de { $max } caracteres.
report-error-phone = Esto no parece un número de teléfono. Revísalo, con el código del país si no es belga.
report-error-email = Esto no parece una dirección de correo electrónico. Revísala.
report-error-language = Escribe un código de idioma, por ejemplo fr, nl, de o en.
report-error-repeated-choice = Una opción aparece dos veces. Elige cada una solo una vez.
report-error-file = No se puede leer el archivo del reporte (línea { $line }, columna { $column }).
report-error-too-large = El reporte es demasiado grande para enviarlo. Haz algunas respuestas más cortas.
report-error-cannot-delete = No se puede borrar este reporte ahora: se está enviando. Inténtalo de nuevo en un momento.
report-error-cannot-retry = Solo se puede volver a intentar un reporte que necesita tu atención.
report-error-choice = Esta opción no está en la lista. Elige otra vez.
report-error-not-asked = Esta pregunta no corresponde a tus respuestas. Aquí no se guardó nada.
