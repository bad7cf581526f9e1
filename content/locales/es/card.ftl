## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Ningún hablante nativo ha revisado todavía esta traducción.
text-in-other-language = Aún no traducido: se muestra en { $language }.
home-action-card = Tarjeta para mostrar a quien ayuda
card-title = Tarjeta para mostrar a quien ayuda
card-intro = Muestra esta pantalla a alguien que pueda ayudarte. No se guarda nada.
card-helper-language = Idioma de la persona que ayuda
card-add-checklist = Añadir el resumen de mi lista
card-need-help = Puede que necesite ayuda.
card-speaks = Hablo { $language }.
card-interpreter = Puede que necesite un intérprete.
card-contact-point = Punto de contacto nacional
card-nearest-centre = Centro especializado más cercano
card-checklist = Resumen de mi lista
