## Relato confidencial: o formulário, a caixa de saída e as suas mensagens.

report-form-title = Escrever um relato confidencial
report-form-intro = Escreva o que você sabe. Isto não é uma queixa à polícia. Só "O que aconteceu" é obrigatório; pule o que você não quiser dizer.
report-form-privacy = O seu relato é trancado neste celular antes de ser salvo. Só a organização que o recebe pode abri-lo. O relato é enviado quando houver conexão, mesmo mais tarde.
# Diz quem abre o relato; o núcleo passa o nome da organização que usa o app.
report-recipient = O seu relato vai para { $organisation }. Não é uma queixa à polícia e não vai para o stoptraite.be. Se você está em perigo agora, ligue para o 112 ou o 101.
report-development-key = Versão de teste: os relatos são trancados com uma chave de teste pública. Não escreva informações reais nesta versão.
report-send = Enviar o relato
report-skip-hint = Aperte Enter para pular.
report-choose-one-hint = Digite um número.
report-choose-many-hint = Digite um ou mais números, separados por espaços.

report-field-about = Sobre quem é?
report-about-me = Sobre mim
report-about-someone-else = Sobre outra pessoa
report-field-forms = Que tipo de situação é?
    .hint = Você pode escolher mais de uma, ou "Não tenho certeza".
report-form-sexual = Prostituição forçada ou exploração sexual
report-form-labour = Trabalho em condições muito ruins ou sem pagamento
report-form-begging = Mendicância forçada (pedir esmola à força)
report-form-forced-crime = Obrigação de cometer crimes
report-form-organ-removal = Retirada de órgãos
report-form-other = Outra coisa
report-form-not-sure = Não tenho certeza
report-field-municipality = Em que cidade ou município?
report-field-place = Onde exatamente?
    .hint = Por exemplo uma rua, um tipo de lugar ou o nome de um negócio.
report-field-when = Quando?
    .hint = Por exemplo "desde o verão passado" ou "toda noite".
report-field-what-happened = O que aconteceu?
    .hint = Escreva com as suas palavras. Você pode escrever em qualquer língua.
report-field-people = Quem está envolvido?
    .hint = Por exemplo nomes, apelidos, como as pessoas são, carros ou números de telefone.
report-field-contact = A organização pode entrar em contato com você?
    .hint = Só se for seguro para você.
report-contact-no-contact = Não, não entrem em contato comigo
report-contact-phone = Sim, por telefone
report-contact-email = Sim, por e-mail
report-field-contact-phone = Número de telefone
report-field-contact-email = Endereço de e-mail
report-field-contact-note = Quando e como é seguro entrar em contato com você?
    .hint = Por exemplo "só em dias de semana antes das 9" ou "não deixem recado".
report-field-language = Em que língua você quer ser contatado?
    .hint = Por exemplo fr, nl, de, en, ar ou ro.
report-field-checklist-summary = Resumo das suas respostas às perguntas
    .hint = Só se você quiser adicionar.

report-outbox-title = Relatos
report-outbox-empty = Não há relatos neste celular.
report-state-queued = Esperando
report-state-sending = Enviando
report-state-sent = Enviado
report-state-failed = Precisa da sua atenção
report-state-expired = Não enviado
report-detail-queued = Trancado e esperando conexão. Ele será enviado sozinho.
report-detail-retrying = A última tentativa não funcionou. A próxima tentativa é daqui a mais ou menos { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }.
report-detail-sending = Sendo enviado agora.
report-detail-sent = A organização recebeu.
report-detail-failed = A organização não pôde aceitar este relato. Você pode tentar de novo ou apagá-lo.
report-detail-expired = Não foi possível enviar a tempo e ele foi retirado deste celular. Você pode escrever de novo.
report-age = { $days ->
        [0] Hoje
        [1] Ontem
       *[other] Há { $days } dias
    }
report-action-retry = Tentar de novo
report-action-delete = Apagar

report-error-required = Escreva o que aconteceu.
report-error-too-long = Isto está longo demais. Use menos de { $max } caracteres.
report-error-phone = Isto não parece um número de telefone. Confira, com o código do país se não for belga.
report-error-email = Isto não parece um endereço de e-mail. Confira.
report-error-language = Escreva um código de língua, por exemplo fr, nl, de ou en.
report-error-repeated-choice = Uma escolha aparece duas vezes. Escolha cada uma só uma vez.
report-error-file = Não é possível ler o arquivo do relato (linha { $line }, coluna { $column }).
report-error-too-large = O relato é grande demais para enviar. Deixe algumas respostas mais curtas.
report-error-cannot-delete = Não dá para apagar este relato agora: ele está sendo enviado. Tente de novo daqui a pouco.
report-error-cannot-retry = Só um relato que precisa da sua atenção pode ser tentado de novo.
report-error-choice = Esta escolha não está na lista. Escolha de novo.
report-error-not-asked = Esta pergunta não vale para as suas respostas. Nada foi guardado aqui.
