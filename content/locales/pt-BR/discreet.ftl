## Modo discreto. As mensagens calc-* são as palavras da calculadora de disfarce:
## devem ser palavras simples de calculadora, que não dizem nada sobre o Lueur.

calc-decimal-separator = { "," }
calc-error = Erro
calc-unknown-key = Não existe a tecla "{ $key }".
calc-key-clear = C
calc-key-clear-description = Apagar entrada
calc-key-all-clear = AC
calc-key-all-clear-description = Apagar tudo
calc-key-negate = ±
calc-key-negate-description = Trocar sinal
calc-key-percent = %
calc-key-percent-description = Porcentagem
calc-key-divide = ÷
calc-key-divide-description = Dividido por
calc-key-multiply = ×
calc-key-multiply-description = Vezes
calc-key-subtract = −
calc-key-subtract-description = Menos
calc-key-add = +
calc-key-add-description = Mais
calc-key-equals = { "=" }
calc-key-equals-description = Igual
calc-key-decimal-description = Vírgula decimal

## Configurações do modo discreto

discreet-title = Modo discreto
discreet-disguise-label = Como o Lueur aparece no celular
discreet-disguise-off = Como Lueur
discreet-disguise-calculator = Como calculadora
discreet-disguise-explanation = Como calculadora, o Lueur abre numa calculadora que funciona de verdade. Para abrir o Lueur, digite o seu código de desbloqueio e depois aperte =. Qualquer outro número só dá um resultado normal.
discreet-unlock-code-label = Código de desbloqueio
discreet-duress-code-label = Código de emergência
discreet-code-status-set = Definido
discreet-code-status-not-set = Ainda não definido
discreet-duress-explanation = Se alguém obrigar você a abrir o Lueur, digite o código de emergência. Aí o Lueur abre vazio: as suas respostas salvas e os seus relatos não aparecem.
discreet-duress-wipes-label = O código de emergência também apaga tudo o que o Lueur guardou
discreet-code-rules = Um código tem de { $min } a { $max } dígitos. Escolha um que outras pessoas não possam adivinhar, e não a sua data de nascimento.
discreet-code-prompt = Digite o seu novo código.
discreet-code-confirm-prompt = Digite o mesmo código de novo.
discreet-guess-delay-note = Depois de { $attempts } códigos errados seguidos, a calculadora continua funcionando, mas só verifica um código a cada { $seconds } segundos. Se o seu código não funcionar, espere um pouco e tente de novo.
discreet-limits-title = O que o disfarce não consegue esconder
discreet-limit-app-list = A lista de apps nas configurações do celular ainda mostra o Lueur.
discreet-limit-store = O histórico de downloads da loja de apps mostra que o Lueur foi instalado.
discreet-limit-phone-bill = A conta do telefone pode mostrar as suas ligações e mensagens de texto, por exemplo para uma linha de ajuda.
discreet-limit-backups = Os backups do celular, por exemplo na nuvem, podem mostrar que o Lueur está instalado.
discreet-limit-ios-name = No iPhone, o nome embaixo do ícone continua "Lueur". Só a imagem muda.
discreet-limit-ios-alert = No iPhone, o sistema mostra um aviso quando o ícone muda.
discreet-quick-exit-label = Saída rápida
discreet-quick-exit-explanation = Fecha o Lueur na hora e esquece tudo o que está na tela e não foi salvo.
discreet-wipe-label = Apagar tudo

## Apagar tudo em caso de pânico

discreet-wipe-title = Apagar tudo?
discreet-wipe-body = Isso apaga tudo o que o Lueur guardou neste celular: respostas salvas, relatos, configurações e códigos. Não dá para desfazer. Depois, o Lueur fica como se tivesse acabado de ser instalado.
discreet-wipe-unsent = { $count ->
    [one] Um relato ainda não foi enviado. Ele não será enviado.
   *[other] { $count } relatos ainda não foram enviados. Eles não serão enviados.
}
discreet-wipe-confirm = Apagar tudo
discreet-wipe-cancel = Cancelar
discreet-wipe-done = Tudo o que o Lueur guardou neste celular foi apagado.

## Erros

error-discreet-code-format = Um código tem de 6 a 8 dígitos e nada mais.
error-discreet-code-mismatch = Os dois códigos não são iguais. Comece de novo.
error-discreet-code-same = O código de emergência tem que ser diferente do código de desbloqueio.
error-discreet-code-first = Primeiro digite o novo código, depois digite de novo para confirmar.
error-discreet-code-needed = Primeiro escolha um código de desbloqueio. Sem ele, você não conseguiria abrir o Lueur atrás da calculadora.
error-discreet-unlock-first = Escolha um código de desbloqueio antes do código de emergência.
error-discreet-disguise-on = Desligue o disfarce de calculadora antes de tirar o código de desbloqueio.
error-discreet-disguise-unknown = "{ $value }" não é um disfarce. Escolha "off" ou "calculator".
error-discreet-wipe-not-confirmed = Nada foi apagado. Para apagar tudo, primeiro confirme.
discreet-code-lock-label = Pedir o código de desbloqueio sempre que o Lueur abrir
discreet-code-lock-explanation = Aí o Lueur abre numa tela de código, também sem a calculadora. As suas respostas salvas e os seus relatos ficam escondidos até alguém digitar o código.
discreet-current-code-prompt = Digite o seu código de desbloqueio atual.
discreet-limit-call-list = Uma ligação ou uma mensagem para quem ajuda fica na lista de chamadas ou no app de mensagens do celular.

## O bloqueio simples com código (sem disfarce)

lock-title = Lueur
lock-prompt = Digite o seu código de desbloqueio.
lock-unlock = Abrir
lock-error-wrong = Este código não abre o Lueur.
lock-error-wait = Muitos códigos errados. Espere { $seconds } segundos e tente de novo.
error-discreet-current-code-wrong = Este não é o seu código de desbloqueio atual.
