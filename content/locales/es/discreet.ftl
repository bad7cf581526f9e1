## Modo discreto. Los mensajes calc-* son las palabras de la calculadora de camuflaje:
## deben ser palabras simples de calculadora que no digan nada sobre Lueur.

calc-decimal-separator = { "," }
calc-error = Error
calc-unknown-key = No hay ninguna tecla "{ $key }".
calc-key-clear = C
calc-key-clear-description = Borrar entrada
calc-key-all-clear = AC
calc-key-all-clear-description = Borrar todo
calc-key-negate = ±
calc-key-negate-description = Cambiar signo
calc-key-percent = %
calc-key-percent-description = Porcentaje
calc-key-divide = ÷
calc-key-divide-description = Dividido entre
calc-key-multiply = ×
calc-key-multiply-description = Por
calc-key-subtract = −
calc-key-subtract-description = Menos
calc-key-add = +
calc-key-add-description = Más
calc-key-equals = { "=" }
calc-key-equals-description = Igual
calc-key-decimal-description = Coma decimal

## Ajustes del modo discreto

discreet-title = Modo discreto
discreet-disguise-label = Cómo se ve Lueur en el teléfono
discreet-disguise-off = Como Lueur
discreet-disguise-calculator = Como una calculadora
discreet-disguise-explanation = Como calculadora, Lueur se abre en una calculadora que funciona de verdad. Para abrir Lueur, escribe tu código de desbloqueo y después presiona =. Cualquier otro número solo da un resultado normal.
discreet-unlock-code-label = Código de desbloqueo
discreet-duress-code-label = Código de emergencia
discreet-code-status-set = Definido
discreet-code-status-not-set = Todavía no definido
discreet-duress-explanation = Si alguien te obliga a abrir Lueur, escribe el código de emergencia. Entonces Lueur se abre vacío: tus respuestas guardadas y tus reportes no se muestran.
discreet-duress-wipes-label = El código de emergencia también borra todo lo que Lueur guardó
discreet-code-rules = Un código tiene de { $min } a { $max } dígitos. Elige uno que otras personas no puedan adivinar, y que no sea tu fecha de nacimiento.
discreet-code-prompt = Escribe tu nuevo código.
discreet-code-confirm-prompt = Escribe el mismo código otra vez.
discreet-guess-delay-note = Después de { $attempts } códigos equivocados seguidos, la calculadora sigue funcionando, pero solo revisa un código cada { $seconds } segundos. Si tu código no funciona, espera un momento y vuelve a intentarlo.
discreet-limits-title = Lo que el camuflaje no puede esconder
discreet-limit-app-list = La lista de apps en los ajustes del teléfono sigue mostrando Lueur.
discreet-limit-store = El historial de descargas de la tienda de apps muestra que Lueur se instaló.
discreet-limit-phone-bill = La factura del teléfono puede mostrar tus llamadas y mensajes de texto, por ejemplo a una línea de ayuda.
discreet-limit-backups = Las copias de seguridad del teléfono, por ejemplo en la nube, pueden mostrar que Lueur está instalado.
discreet-limit-ios-name = En un iPhone, el nombre debajo del ícono sigue siendo "Lueur". Solo cambia la imagen.
discreet-limit-ios-alert = En un iPhone, el sistema muestra un mensaje cuando cambia el ícono.
discreet-quick-exit-label = Salida rápida
discreet-quick-exit-explanation = Cierra Lueur enseguida y olvida todo lo que hay en la pantalla y no está guardado.
discreet-wipe-label = Borrar todo

## Borrado de pánico

discreet-wipe-title = ¿Borrar todo?
discreet-wipe-body = Esto borra todo lo que Lueur guardó en este teléfono: respuestas guardadas, reportes, ajustes y códigos. No se puede deshacer. Después, Lueur queda como recién instalado.
discreet-wipe-unsent = { $count ->
    [one] Un reporte todavía no se envió. No se va a enviar.
   *[other] { $count } reportes todavía no se enviaron. No se van a enviar.
}
discreet-wipe-confirm = Borrar todo
discreet-wipe-cancel = Cancelar
discreet-wipe-done = Se borró todo lo que Lueur guardó en este teléfono.

## Errores

error-discreet-code-format = Un código tiene de 6 a 8 dígitos y nada más.
error-discreet-code-mismatch = Los dos códigos no son iguales. Empieza otra vez.
error-discreet-code-same = El código de emergencia tiene que ser distinto del código de desbloqueo.
error-discreet-code-first = Primero escribe el nuevo código y después escríbelo otra vez para confirmarlo.
error-discreet-code-needed = Primero elige un código de desbloqueo. Sin él, no podrías abrir Lueur detrás de la calculadora.
error-discreet-unlock-first = Elige un código de desbloqueo antes del código de emergencia.
error-discreet-disguise-on = Apaga el camuflaje de calculadora antes de quitar el código de desbloqueo.
error-discreet-disguise-unknown = "{ $value }" no es un camuflaje. Elige "off" o "calculator".
error-discreet-wipe-not-confirmed = No se borró nada. Para borrar todo, primero confírmalo.
discreet-code-lock-label = Pedir el código de desbloqueo cada vez que se abre Lueur
discreet-code-lock-explanation = Entonces Lueur se abre en una pantalla de código, también sin la calculadora. Tus respuestas guardadas y tus reportes quedan ocultos hasta que se escribe el código.
discreet-current-code-prompt = Escribe tu código de desbloqueo actual.
discreet-limit-call-list = Una llamada o un mensaje a alguien que ayuda queda en la lista de llamadas o en la app de mensajes del teléfono.

## El bloqueo simple con código (sin camuflaje)

lock-title = Lueur
lock-prompt = Escribe tu código de desbloqueo.
lock-unlock = Abrir
lock-error-wrong = Este código no abre Lueur.
lock-error-wait = Demasiados códigos equivocados. Espera { $seconds } segundos y vuelve a intentarlo.
error-discreet-current-code-wrong = Este no es tu código de desbloqueo actual.
