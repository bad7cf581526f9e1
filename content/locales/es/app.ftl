## Inicio

home-title = Lueur
home-intro = Información y ayuda sobre la trata de personas en Bélgica. La app funciona sin internet.
home-danger-title = ¿Estás en peligro ahora?
home-danger-text = Si tu vida o la vida de otra persona está en peligro, pide ayuda ahora o ve a la comisaría de policía más cercana.
home-action-help-now = Pedir ayuda ahora
home-action-help-now-hint = Organizaciones y números de teléfono que te pueden ayudar.
home-action-check-me = Preguntas sobre mi situación
home-action-check-me-hint = Algunas preguntas sobre tu situación. Tus respuestas se quedan en este teléfono.
home-action-check-other = Preguntas sobre una persona que conozco
home-action-check-other-hint = Algunas preguntas sobre la situación de una persona que te preocupa.
home-action-learn = Informarme
home-action-learn-hint = Qué es la trata de personas, las señales y tus derechos.
home-action-contacts = Contactos
home-action-contacts-hint = Centros especializados, líneas de ayuda y la policía.
home-action-report = Reportar una situación
home-action-report-hint = Escribe un reporte confidencial. Se envía cuando hay conexión.
home-action-search = Buscar
home-action-outbox = Reportes que esperan ser enviados
home-action-calculator = Calculadora
home-action-settings = Ajustes
home-notice-data-reset = Lueur no pudo leer los datos guardados en este teléfono, así que empezó de nuevo con los datos vacíos. Es posible que tus ajustes y los reportes que esperaban envío se hayan perdido.
home-notice-storage-unavailable = Ahora Lueur no puede guardar nada en este teléfono, por ejemplo porque la memoria está llena. Igual puedes leer todo y pedir ayuda.

## Moverse (menús y listas)

nav-choose = Escribe un número y presiona Enter:
nav-back = Atrás
nav-quit = Cerrar
nav-invalid-choice = Escribe uno de los números que se muestran.
nav-no-app = Ninguna aplicación de este teléfono puede hacer esto.

## Informarme: la lista de artículos y un artículo

articles-title = Informarme
articles-intro = Textos cortos para entender la trata de personas y encontrar ayuda.
article-reviewed = Datos verificados el { $date }.
article-review-pending = Esta traducción todavía no fue revisada por un hablante nativo.
article-sources = Fuentes

date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Contactos: lista, filtros y detalle

contacts-title = Quién puede ayudar
contacts-intro = Los centros especializados tratan con confidencialidad lo que les cuentas. La policía y el 112 son para emergencias.
contacts-filter-city = Ciudad o región
contacts-filter-kind = Tipo de servicio
contacts-filter-language = Idioma que se habla
contacts-filtered-by = Filtrado por: { $filters }
contacts-nationwide = Disponible en toda Bélgica
contacts-empty = Ningún servicio corresponde a estos filtros. Puedes quitar un filtro o ver la lista completa.
contacts-empty-place = No se encontró ningún servicio en este lugar. Los servicios de abajo te pueden ayudar estés donde estés en Bélgica.
contacts-languages-not-listed = { $count ->
        [one] Para un servicio no se indican los idiomas que se hablan, por eso no aparece para este idioma. Igual puedes contactarlo y preguntar.
       *[other] Para { $count } servicios no se indican los idiomas que se hablan, por eso no aparecen para este idioma. Igual puedes contactarlos y preguntar.
    }
contact-for-minors = Para niños, niñas y jóvenes
contact-languages = Idiomas que se hablan: { $languages }
contact-languages-not-listed = No se indican los idiomas que se hablan.
contact-serves = Trabaja en: { $regions }
contact-address = Dirección
contact-country = Bélgica
contact-call-note = Una llamada o un mensaje de texto aparece en el historial de tu teléfono. Puedes borrarlo después, pero alguien puede notar que falta algo, y la llamada puede aparecer igual en la factura del teléfono. Si puedes, usa un teléfono que nadie revisa.

action-call = Llamar al { $number }
action-sms = Enviar un mensaje de texto al { $number }
action-email = Escribir a { $address }
action-website = Abrir { $site }
action-map = Ver en un mapa

language-name = { $code ->
        [fr] Francés
        [nl] Neerlandés
        [de] Alemán
        [en] Inglés
        [ar] Árabe
        [es] Español
        [pt] Portugués
        [ro] Rumano
        [bg] Búlgaro
        [pl] Polaco
        [ru] Ruso
        [uk] Ucraniano
        [tr] Turco
        [zh] Chino
       *[other] { $code }
    }

## Búsqueda

search-title = Buscar
search-placeholder = Buscar en artículos y contactos
search-hint = Escribe una palabra para buscar, por ejemplo "trabajo" o "Bruselas".
search-empty = No se encontró nada. Prueba con otra palabra o mira la lista de contactos.
search-results = { $count ->
        [one] Un resultado
       *[other] { $count } resultados
    }
search-kind-article = Artículo
search-kind-contact = Contacto

## Ajustes y acerca de

settings-title = Ajustes
settings-language = Idioma
settings-locale-own-name = Español
settings-about = Acerca de Lueur
settings-about-text = Lueur da información sobre la trata de personas en Bélgica y muestra dónde encontrar ayuda. Funciona sin internet y no envía nada, salvo que tú mismo envíes un reporte.
settings-app-version = Versión de la app
settings-content-version = Versión del contenido
settings-content-date = Información verificada el

## Errores

error-not-found = Esta página no existe. Vuelve atrás y elige otra vez.
error-not-now = Esto no es posible ahora. Inténtalo otra vez.
error-storage = Ahora Lueur no puede leer ni guardar sus datos en este teléfono. Revisa que haya espacio libre y vuelve a intentarlo.
error-content = No se puede leer la información de esta app. Instala la app otra vez.
error-internal = Algo salió mal dentro de Lueur. Si vuelve a pasar, instala la app otra vez.
error-endpoint-refused = Esta dirección no puede recibir reportes: { $reason }
error-unknown-locale = Este idioma no está disponible. Puedes elegir francés, neerlandés, alemán o inglés.

## Lo que cada acción deja en las apps del propio teléfono

action-trace-call = La llamada queda en la lista de llamadas del teléfono.
action-trace-sms = El mensaje queda en la app de mensajes del teléfono.
action-trace-email = El correo queda en los enviados de la app de correo del teléfono.
action-trace-website = El sitio web se abre dentro de Lueur y no queda en el historial del navegador.
action-trace-map = La dirección puede quedar en el historial de la app de mapas.
