## Perguntas: telas e botões

checklist-title = Ver os sinais
checklist-intro = Algumas perguntas, para responder com sim, não ou não sei. Você pode pular uma pergunta ou voltar. As suas respostas ficam neste app e somem quando você fecha, a não ser que você escolha guardá-las.
checklist-answer-yes = Sim
checklist-answer-no = Não
checklist-answer-unsure = Não sei
checklist-skip = Pular esta pergunta
checklist-back = Voltar
checklist-continue = Continuar as perguntas
checklist-progress = Pergunta { $current } de { $total }
checklist-prompt = Digite um número e aperte Enter:
checklist-keep-answers = Guardar as minhas respostas neste celular
checklist-keep-answers-hint = Aí qualquer pessoa que consiga abrir o Lueur neste celular poderia ver as respostas. Você pode apagá-las a qualquer momento.
checklist-delete-answers = Apagar as minhas respostas deste celular
checklist-answers-kept = As suas respostas estão guardadas neste celular.
checklist-answers-deleted = As suas respostas foram apagadas deste celular.
checklist-saved-found = Você guardou respostas neste celular antes.
checklist-resume = Continuar com as respostas guardadas
checklist-start-again = Começar de novo
checklist-signs-heading = O que as respostas indicam
checklist-element-present = As respostas indicam isto.
checklist-unsure-heading = Respostas em que você não tinha certeza
checklist-notes-heading = É bom saber
checklist-contacts-heading = Quem pode ajudar
checklist-steps-heading = O que você pode fazer agora
checklist-grade-strong = sinal forte
checklist-grade-medium = sinal
checklist-grade-weak = sinal fraco
checklist-sources = Fontes: { $sources }
checklist-close = Fechar
checklist-invalid-choice = Digite um dos números mostrados.
checklist-error-about = Diga de quem é a situação: “me” (eu) ou “other” (outra pessoa).
checklist-ignored = Não perguntado com estas respostas, por isso não contado: { $questions }

## Perguntas: próximos passos e contatos

checklist-action-call = Ligar para { $name }: { $number }
checklist-action-talk = Falar com { $name }
checklist-action-report = Preparar um relato confidencial
checklist-action-report-hint = O Lueur preenche um resumo curto destas respostas. Você pode mudar ou tirar o resumo.
checklist-action-read = Ler: { $title }
checklist-contact-reason-emergency = Em caso de emergência
checklist-contact-reason-minors = Para jovens com menos de 18 anos
checklist-contact-reason-region = Perto de você
checklist-contact-reason-language = Fala a sua língua
checklist-contact-reason-centre = Especializado em ajudar pessoas nesta situação
checklist-contact-reason-report = Para relatar uma situação

## Perguntas: o resumo para um relato

checklist-summary-heading = { $perspective ->
    [me] Perguntas do Lueur, sobre a minha própria situação
   *[other] Perguntas do Lueur, sobre uma pessoa que eu conheço
}
checklist-summary-level = Resultado: { $level }
checklist-summary-minor = A pessoa pode ter menos de 18 anos.
checklist-summary-signs = Sinais nas respostas:
checklist-summary-unsure = Não sei:
checklist-summary-none = Nenhum sinal foi respondido com sim.

## Perguntas: erros

checklist-error-unknown-question = Não existe a pergunta “{ $question }” nesta lista.
checklist-error-unknown-answer = “{ $answer }” não é uma resposta possível para esta pergunta.
checklist-error-not-current = Esta pergunta não é a que está na tela agora.

## Perguntas: partes

checklist-module-entry = Primeiras perguntas
checklist-module-general = A situação
checklist-module-sexual = Sexo, acompanhante e internet
checklist-module-labour = Trabalho
checklist-module-domestic = Trabalho numa casa
checklist-module-begging = Pedir esmola
checklist-module-criminality = Crimes para outra pessoa
checklist-module-teen-pimps = Um relacionamento que parece errado
checklist-module-closing = Última pergunta

## Perguntas: primeiras perguntas

checklist-q-about = Sobre quem é?
checklist-q-about-me = Sobre mim
checklist-q-about-other = Sobre uma pessoa que eu conheço
checklist-q-danger-now = { $perspective ->
    [me] Você está em perigo agora, ou com medo de que alguém machuque você muito em breve?
   *[other] A pessoa está em perigo agora, ou com medo de que alguém a machuque muito em breve?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Você está trancado em algum lugar agora, ou preso lá contra a sua vontade?
   *[other] A pessoa está trancada em algum lugar agora, ou presa lá contra a vontade dela?
}
checklist-q-under-18 = { $perspective ->
    [me] Você tem menos de 18 anos?
   *[other] A pessoa tem menos de 18 anos?
}
checklist-q-situation = { $perspective ->
    [me] A sua situação é principalmente sobre o quê?
   *[other] A situação da pessoa é principalmente sobre o quê?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sexo, acompanhante (escort), fotos ou vídeos sexuais, também pela internet
   *[other] Sexo, acompanhante (escort), fotos ou vídeos sexuais, também pela internet
}
checklist-q-situation-labour = { $perspective ->
    [me] Trabalho: por exemplo num restaurante, numa obra, numa fazenda, numa loja
   *[other] Trabalho: por exemplo num restaurante, numa obra, numa fazenda, numa loja
}
checklist-q-situation-domestic = { $perspective ->
    [me] Trabalho na casa de alguém: limpar, cozinhar, cuidar de crianças
   *[other] Trabalho na casa de alguém: limpar, cozinhar, cuidar de crianças
}
checklist-q-situation-begging = { $perspective ->
    [me] Pedir esmola na rua
   *[other] Pedir esmola na rua
}
checklist-q-situation-criminality = { $perspective ->
    [me] Ter que roubar, vender drogas ou desobedecer à lei de outras formas
   *[other] Ter que roubar, vender drogas ou desobedecer à lei de outras formas
}
checklist-q-situation-relationship = { $perspective ->
    [me] Um namorado, uma namorada ou um amigo que pede cada vez mais: dinheiro, sexo, fotos, ou tempo longe de casa e da escola
   *[other] Um namorado, uma namorada ou um amigo que pede cada vez mais à pessoa: dinheiro, sexo, fotos, ou tempo longe de casa e da escola
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Não tenho certeza, ou é outra coisa
   *[other] Não tenho certeza, ou é outra coisa
}

## Perguntas para todas as situações

checklist-q-g-act-arranged = { $perspective ->
    [me] Outra pessoa encontrou ou arranjou este trabalho ou atividade para você?
   *[other] Outra pessoa encontrou ou arranjou este trabalho ou atividade para a pessoa?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Alguém trouxe você para o lugar onde você está agora, ou organizou a viagem?
   *[other] Alguém trouxe a pessoa para onde ela está agora, ou organizou a viagem?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] A pessoa para quem você trabalha, ou alguém que trabalha com ela, decide onde você dorme?
   *[other] A pessoa para quem ela trabalha, ou alguém que trabalha com essa pessoa, decide onde ela dorme?
}
checklist-q-g-promised-other = { $perspective ->
    [me] O seu trabalho ou a sua situação é muito diferente do que prometeram a você?
   *[other] O trabalho ou a situação da pessoa é muito diferente do que prometeram a ela?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Mentiram para você sobre o pagamento, o horário ou o lugar para morar?
   *[other] Mentiram para a pessoa sobre o pagamento, o horário ou o lugar para morar?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Alguém prometeu a você documentos ou uma permissão de residência que você nunca recebeu?
   *[other] Alguém prometeu à pessoa documentos ou uma permissão de residência que ela nunca recebeu?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Alguém bateu em você ou machucou você para fazer você vir para cá ou começar este trabalho?
   *[other] Alguém bateu na pessoa ou a machucou para fazer ela vir para cá ou começar este trabalho?
}
checklist-q-g-taken = { $perspective ->
    [me] No começo, levaram você à força ou prenderam você contra a sua vontade?
   *[other] No começo, levaram a pessoa à força ou a prenderam contra a vontade dela?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Ameaçaram você para você vir para cá ou começar este trabalho?
   *[other] Ameaçaram a pessoa para ela vir para cá ou começar este trabalho?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Quando começou, alguém se aproveitou de um momento muito difícil da sua vida, como estar sem dinheiro ou sem casa?
   *[other] Quando começou, alguém se aproveitou de um momento muito difícil da vida da pessoa, como estar sem dinheiro ou sem casa?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Alguém se aproveitou de você não ter documentos para ficar na Bélgica, para colocar você nisso?
   *[other] Alguém se aproveitou de a pessoa não ter documentos para ficar na Bélgica, para colocá-la nisso?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Alguém se aproveitou de você não conhecer a língua, as regras ou os seus direitos aqui?
   *[other] Alguém se aproveitou de a pessoa não conhecer a língua, as regras ou os direitos dela aqui?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Você trabalha muitas vezes dias muito longos, ou sete dias por semana?
   *[other] A pessoa trabalha muitas vezes dias muito longos, ou sete dias por semana?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Você recebe pouco ou nenhum dinheiro pelo que faz?
   *[other] A pessoa recebe pouco ou nenhum dinheiro pelo que faz?
}
checklist-q-g-housing = { $perspective ->
    [me] O lugar onde você dorme está lotado, sujo ou não é seguro?
   *[other] O lugar onde a pessoa dorme está lotado, sujo ou não é seguro?
}
checklist-q-g-documents = { $perspective ->
    [me] Alguém se recusa a devolver o seu passaporte ou a sua carteira de identidade quando você pede?
   *[other] Alguém se recusa a devolver o passaporte ou a carteira de identidade da pessoa quando ela pede?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Alguém impede você de sair, tranca você ou segue você quando você sai?
   *[other] Alguém impede a pessoa de sair, tranca a pessoa ou segue ela quando ela sai?
}
checklist-q-g-debt = { $perspective ->
    [me] Você deve dinheiro às pessoas para quem trabalha, ou às pessoas que trouxeram você para cá?
   *[other] A pessoa deve dinheiro às pessoas para quem trabalha, ou às pessoas que a trouxeram para cá?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Essa dívida continua igual ou aumenta, não importa o que você pague ou faça?
   *[other] Essa dívida continua igual ou aumenta, não importa o que a pessoa pague ou faça?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Essa dívida começou com o custo da sua viagem, do seu trabalho ou da sua moradia?
   *[other] Essa dívida começou com o custo da viagem, do trabalho ou da moradia da pessoa?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Outra pessoa fica com todo ou quase todo o dinheiro que você ganha?
   *[other] Outra pessoa fica com todo ou quase todo o dinheiro que a pessoa ganha?
}
checklist-q-g-threats = { $perspective ->
    [me] Alguém ameaçou você ou a sua família?
   *[other] Alguém ameaçou a pessoa ou a família dela?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Alguém disse que ia denunciar você à polícia ou à imigração se você não obedecesse?
   *[other] Alguém disse que ia denunciar a pessoa à polícia ou à imigração se ela não obedecesse?
}
checklist-q-g-violence = { $perspective ->
    [me] Alguém bateu em você, machucou você ou obrigou você a atos sexuais?
   *[other] Alguém bateu na pessoa, machucou a pessoa ou obrigou ela a atos sexuais?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Se você quisesse parar, alguém castigaria você ou deixaria as coisas piores para você?
   *[other] Se a pessoa quisesse parar, alguém castigaria ela ou deixaria as coisas piores para ela?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Alguém disse a você o que falar para a polícia, para as autoridades ou para a sua família?
   *[other] Alguém disse à pessoa o que falar para a polícia, para as autoridades ou para a família dela?
}
checklist-q-g-dependent = { $perspective ->
    [me] Você depende das mesmas pessoas para o seu trabalho, a sua moradia e a sua comida?
   *[other] A pessoa depende das mesmas pessoas para trabalho, moradia e comida?
}
checklist-q-g-isolated = { $perspective ->
    [me] Alguém impede você de falar com a sua família ou os seus amigos?
   *[other] Alguém impede a pessoa de falar com a família ou os amigos dela?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Você tem medo de pedir ajuda à polícia, por exemplo por causa dos seus documentos?
   *[other] A pessoa tem medo de pedir ajuda à polícia, por exemplo por causa dos documentos dela?
}

## Perguntas: sexo, acompanhante e internet

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Alguém obriga você a atender clientes ou fazer atos sexuais que você não quer?
   *[other] Alguém obriga a pessoa a atender clientes ou fazer atos sexuais que ela não quer?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Outra pessoa fica com a maior parte do dinheiro que os seus clientes pagam?
   *[other] Outra pessoa fica com a maior parte do dinheiro que os clientes da pessoa pagam?
}
checklist-q-s-organised = { $perspective ->
    [me] Outra pessoa publica os seus anúncios, escolhe os seus clientes ou marca os seus encontros?
   *[other] Outra pessoa publica os anúncios da pessoa, escolhe os clientes dela ou marca os encontros dela?
}
checklist-q-s-images = { $perspective ->
    [me] Alguém obriga você a fazer fotos ou vídeos sexuais, ou coisas sexuais na câmera, para ganhar dinheiro com isso?
   *[other] Alguém obriga a pessoa a fazer fotos ou vídeos sexuais, ou coisas sexuais na câmera, para ganhar dinheiro com isso?
}

## Perguntas: trabalho

checklist-q-l-contract = { $perspective ->
    [me] Você trabalha sem contrato, ou sem carteira assinada?
   *[other] A pessoa trabalha sem contrato, ou sem carteira assinada?
}
checklist-q-l-hazard = { $perspective ->
    [me] O trabalho é perigoso, sem proteção ou sem treinamento?
   *[other] O trabalho da pessoa é perigoso, sem proteção ou sem treinamento?
}
checklist-q-l-live-in = { $perspective ->
    [me] Você mora na casa das pessoas para quem trabalha?
   *[other] A pessoa mora na casa das pessoas para quem trabalha?
}

## Perguntas: trabalho numa casa

checklist-q-d-sleep-place = { $perspective ->
    [me] Você tem que dormir num lugar sem nenhuma privacidade, como a cozinha, um corredor ou o chão?
   *[other] A pessoa tem que dormir num lugar sem nenhuma privacidade, como a cozinha, um corredor ou o chão?
}
checklist-q-d-food = { $perspective ->
    [me] Você fica sem comida suficiente, ou só recebe o que sobra?
   *[other] A pessoa fica sem comida suficiente, ou só recebe o que sobra?
}

## Perguntas: pedir esmola

checklist-q-b-quota = { $perspective ->
    [me] Você tem que entregar uma quantia fixa de dinheiro a alguém todo dia?
   *[other] A pessoa tem que entregar uma quantia fixa de dinheiro a alguém todo dia?
}
checklist-q-b-punished = { $perspective ->
    [me] Você é castigado quando traz pouco dinheiro?
   *[other] A pessoa é castigada quando traz pouco dinheiro?
}
checklist-q-b-brought = { $perspective ->
    [me] Alguém leva você de carro até o lugar onde você pede esmola e depois busca você?
   *[other] Alguém leva a pessoa de carro até o lugar onde ela pede esmola e depois busca ela?
}
checklist-q-b-school = { $perspective ->
    [me] Você pede esmola em vez de ir à escola?
   *[other] A pessoa pede esmola em vez de ir à escola?
}

## Perguntas: crimes sob pressão

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Começou com alguém dando drogas a você, ou fazendo você precisar delas?
   *[other] Começou com alguém dando drogas à pessoa, ou fazendo ela precisar delas?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Começou com alguém oferecendo a você dinheiro fácil?
   *[other] Começou com alguém oferecendo à pessoa dinheiro fácil?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Começou com uma dívida que disseram que você tinha que pagar assim?
   *[other] Começou com uma dívida que disseram que a pessoa tinha que pagar assim?
}
checklist-q-c-made-to = { $perspective ->
    [me] Obrigam você a roubar, vender drogas ou desobedecer à lei de outra forma para outra pessoa?
   *[other] Obrigam a pessoa a roubar, vender drogas ou desobedecer à lei de outra forma para outra pessoa?
}
checklist-q-c-profits = { $perspective ->
    [me] Outra pessoa fica com o dinheiro ou as coisas que você traz?
   *[other] Outra pessoa fica com o dinheiro ou as coisas que a pessoa traz?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Você tem que ficar numa casa para cuidar de plantas de maconha?
   *[other] A pessoa tem que ficar numa casa para cuidar de plantas de maconha?
}

## Perguntas: um relacionamento que parece errado (aliciadores jovens, "teen pimps")

checklist-q-t-older = { $perspective ->
    [me] A pessoa em quem você está pensando é muito mais velha que você?
   *[other] Esse namorado, essa namorada ou esse amigo é muito mais velho que o jovem?
}
checklist-q-t-gifts = { $perspective ->
    [me] Essa pessoa dá a você dinheiro, presentes caros ou um celular?
   *[other] Essa pessoa dá ao jovem dinheiro, presentes caros ou um celular?
}
checklist-q-t-love = { $perspective ->
    [me] Essa pessoa prometeu a você amor ou um futuro juntos, e não cumpriu a promessa?
   *[other] Essa pessoa prometeu ao jovem amor ou um futuro juntos, e não cumpriu a promessa?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Essa pessoa entrou na sua vida quando você se sentia sozinho, ou tinha problemas em casa ou na escola?
   *[other] Essa pessoa entrou na vida do jovem quando ele se sentia sozinho, ou tinha problemas em casa ou na escola?
}
checklist-q-t-need = { $perspective ->
    [me] Você sente que precisa tanto dessa pessoa que não consegue dizer não a ela?
   *[other] O jovem parece precisar tanto dessa pessoa que não consegue dizer não?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Essa pessoa quer que você pare de ver os seus amigos ou a sua família?
   *[other] Essa pessoa quer que o jovem pare de ver os amigos ou a família dele?
}
checklist-q-t-nights = { $perspective ->
    [me] Você passa noites fora sem dizer onde está?
   *[other] O jovem passa noites fora sem dizer onde está?
}
checklist-q-t-hotels = { $perspective ->
    [me] Você vai a hotéis ou apartamentos que não conhece, com essa pessoa ou os amigos dela?
   *[other] O jovem vai a hotéis ou apartamentos que não conhece, com essa pessoa ou os amigos dela?
}
checklist-q-t-school = { $perspective ->
    [me] Você falta muito à escola?
   *[other] O jovem falta muito à escola?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Essa pessoa pediu para você fazer sexo com outras pessoas?
   *[other] Essa pessoa pediu para o jovem fazer sexo com outras pessoas?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Essa pessoa pediu a você fotos ou vídeos sexuais seus?
   *[other] Essa pessoa pediu ao jovem fotos ou vídeos sexuais dele mesmo?
}
checklist-q-t-owe = { $perspective ->
    [me] Essa pessoa diz que você deve dinheiro a ela pelos presentes ou por outras coisas?
   *[other] Essa pessoa diz que o jovem deve dinheiro a ela pelos presentes ou por outras coisas?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Você tem uma tatuagem com o nome ou o sinal dessa pessoa?
   *[other] O jovem tem uma tatuagem com o nome ou o sinal dessa pessoa?
}
checklist-q-t-phones = { $perspective ->
    [me] Você tem um segundo celular, que essa pessoa deu a você?
   *[other] O jovem tem um segundo celular, que essa pessoa deu a ele?
}
checklist-q-t-mood = { $perspective ->
    [me] O seu humor mudou muito nos últimos tempos?
   *[other] O humor do jovem mudou muito nos últimos tempos?
}
checklist-q-t-drugs = { $perspective ->
    [me] Nos últimos tempos, você bebe muito ou usa drogas?
   *[other] Nos últimos tempos, o jovem bebe muito ou usa drogas?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Você se machuca, ou pensa em se machucar?
   *[other] O jovem se machuca, ou fala em se machucar?
}

## Perguntas: última pergunta

checklist-q-region = { $perspective ->
    [me] Em que parte da Bélgica você está? Isso ajuda a mostrar um centro perto de você.
   *[other] Em que parte da Bélgica a pessoa está? Isso ajuda a mostrar um centro perto dela.
}
checklist-q-region-brussels = { $perspective ->
    [me] Bruxelas
   *[other] Bruxelas
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandres
   *[other] Flandres
}
checklist-q-region-wallonia = { $perspective ->
    [me] Valônia
   *[other] Valônia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Leste da Bélgica (Comunidade de língua alemã)
   *[other] Leste da Bélgica (Comunidade de língua alemã)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Prefiro não dizer
   *[other] Prefiro não dizer, ou não sei
}

## Perguntas: elementos (como os sinais são agrupados)

checklist-element-act = Alguém arranjou, levou ou deu moradia para a pessoa
checklist-element-deceptive-recruitment = Mentiras no começo
checklist-element-coercive-recruitment = Força no começo
checklist-element-vulnerability-recruitment = Uma situação difícil usada no começo
checklist-element-exploitative-conditions = Exploração: trabalho ou moradia em condições injustas
checklist-element-exploitation-in-law = Exploração prevista na lei: sexo, esmola ou crimes para outra pessoa
checklist-element-coercion-destination = Controle e pressão agora
checklist-element-vulnerability-destination = Uma situação difícil usada agora
checklist-element-other-signs = Outros sinais (UNODC), não contados como indicadores da OIT
checklist-element-warning-signs = Sinais de alerta em torno de jovens (Child Focus), não são indicadores da OIT

## Perguntas: os sinais explicados

checklist-indicator-act-recruited = { $perspective ->
    [me] Outra pessoa encontrou ou arranjou isto para você: na definição da lei, isto é recrutar uma pessoa.
   *[other] Outra pessoa encontrou ou arranjou isto para a pessoa: na definição da lei, isto é recrutar uma pessoa.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Alguém trouxe você para cá ou organizou a viagem: na definição da lei, isto é transportar uma pessoa.
   *[other] Alguém trouxe a pessoa para cá ou organizou a viagem: na definição da lei, isto é transportar uma pessoa.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] As pessoas para quem você trabalha decidem onde você dorme: na definição da lei, isto é alojar uma pessoa.
   *[other] As pessoas para quem a pessoa trabalha decidem onde ela dorme: na definição da lei, isto é alojar uma pessoa.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] O trabalho ou a situação é muito diferente do que prometeram a você: mentir no começo é uma forma comum de levar pessoas à exploração.
   *[other] O trabalho ou a situação é muito diferente do que prometeram à pessoa: mentir no começo é uma forma comum de levar pessoas à exploração.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Mentiram para você sobre pagamento, horário ou moradia: promessas falsas fazem as pessoas aceitarem condições que elas recusariam.
   *[other] Mentiram para a pessoa sobre pagamento, horário ou moradia: promessas falsas fazem as pessoas aceitarem condições que elas recusariam.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Prometeram a você documentos que não chegaram: essa promessa é muito usada para manter as pessoas esperando e obedecendo.
   *[other] Prometeram à pessoa documentos que não chegaram: essa promessa é muito usada para manter as pessoas esperando e obedecendo.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Alguém prometeu a você amor ou um futuro juntos: aliciadores jovens ("teen pimps") muitas vezes começam assim para ganhar confiança.
   *[other] Alguém prometeu à pessoa amor ou um futuro juntos: aliciadores jovens ("teen pimps") muitas vezes começam assim para ganhar confiança.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Bateram em você ou machucaram você para você começar: é um sinal sério de que você não escolheu livremente.
   *[other] Bateram na pessoa ou a machucaram para ela começar: é um sinal sério de que ela não escolheu livremente.
}
checklist-indicator-abducted = { $perspective ->
    [me] No começo, levaram você à força ou prenderam você contra a sua vontade: ninguém pode fazer isso com você.
   *[other] No começo, levaram a pessoa à força ou a prenderam contra a vontade dela: ninguém pode fazer isso com ninguém.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Ameaçaram você para você começar: o medo pode tirar a escolha.
   *[other] Ameaçaram a pessoa para ela começar: o medo pode tirar a escolha.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] A dívida começou com a viagem ou o trabalho: uma dívida assim é muito usada para prender uma pessoa a quem a trouxe.
   *[other] A dívida começou com a viagem ou o trabalho: uma dívida assim é muito usada para prender uma pessoa a quem a trouxe.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Começou quando você estava sem dinheiro, sem documentos ou sem casa: quem explora outras pessoas procura pessoas num momento difícil.
   *[other] Começou quando a pessoa estava sem dinheiro, sem documentos ou sem casa: quem explora outras pessoas procura pessoas num momento difícil.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Alguém usou a sua falta de documentos para colocar você nisso: pessoas sem documentos são fáceis de ameaçar, e os exploradores usam isso.
   *[other] Alguém usou a falta de documentos da pessoa para colocá-la nisso: pessoas sem documentos são fáceis de ameaçar, e os exploradores usam isso.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Alguém usou o que você não sabia sobre a língua, as regras ou os seus direitos: quem não sabe é enganado com facilidade.
   *[other] Alguém usou o que a pessoa não sabia sobre a língua, as regras ou os direitos dela: quem não sabe é enganado com facilidade.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Começou quando você se sentia sozinho ou tinha problemas em casa ou na escola: aliciadores jovens ("teen pimps") procuram jovens nessa situação.
   *[other] Começou quando a pessoa se sentia sozinha ou tinha problemas em casa ou na escola: aliciadores jovens ("teen pimps") procuram jovens nessa situação.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Você sente que não consegue dizer não a essa pessoa: fazer alguém se sentir dependente é uma forma de controlar essa pessoa.
   *[other] A pessoa parece não conseguir dizer não: fazer alguém se sentir dependente é uma forma de controlar essa pessoa.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Dias muito longos ou nenhum dia de folga: isso pode ser um sinal de exploração, principalmente junto com outros sinais.
   *[other] Dias muito longos ou nenhum dia de folga: isso pode ser um sinal de exploração, principalmente junto com outros sinais.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Pouco ou nenhum pagamento pelo seu trabalho: isso pode ser um sinal de exploração.
   *[other] Pouco ou nenhum pagamento pelo trabalho: isso pode ser um sinal de exploração.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Sem contrato e sem registro: isso muitas vezes quer dizer sem seguro e sem proteção no trabalho.
   *[other] Sem contrato e sem registro: isso muitas vezes quer dizer sem seguro e sem proteção no trabalho para a pessoa.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Trabalho perigoso sem proteção: isso coloca a sua saúde em risco e pode ser um sinal de exploração.
   *[other] Trabalho perigoso sem proteção: isso coloca a saúde da pessoa em risco e pode ser um sinal de exploração.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Um lugar para dormir lotado, sujo ou inseguro: condições de moradia assim podem ser um sinal de exploração.
   *[other] Um lugar para dormir lotado, sujo ou inseguro: condições de moradia assim podem ser um sinal de exploração.
}
checklist-indicator-no-school = { $perspective ->
    [me] Faltar à escola: um jovem tem direito de ir à escola.
   *[other] Faltar à escola: um jovem tem direito de ir à escola.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Outra pessoa ganha dinheiro com os seus atos sexuais: a lei chama isso de exploração sexual, e para quem tem menos de 18 anos é sempre exploração.
   *[other] Outra pessoa ganha dinheiro com os atos sexuais da pessoa: a lei chama isso de exploração sexual, e para quem tem menos de 18 anos é sempre exploração.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Alguém obriga você a fazer fotos ou vídeos sexuais para ganhar dinheiro: isso é exploração sexual, também pela internet.
   *[other] Alguém obriga a pessoa a fazer fotos ou vídeos sexuais para ganhar dinheiro: isso é exploração sexual, também pela internet.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Essa pessoa pede para você fazer sexo com outras pessoas: aliciadores jovens ("teen pimps") fazem isso, e para quem tem menos de 18 anos é sempre exploração.
   *[other] Essa pessoa pede para o jovem fazer sexo com outras pessoas: aliciadores jovens ("teen pimps") fazem isso, e para quem tem menos de 18 anos é sempre exploração.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Você tem menos de 18 anos e está em sexo, acompanhante ou fotos sexuais: para um jovem isso é sempre exploração, mesmo que você tenha concordado. A culpa nunca é sua.
   *[other] A pessoa tem menos de 18 anos e está em sexo, acompanhante ou fotos sexuais: para um jovem isso é sempre exploração, mesmo que ela tenha concordado. A culpa nunca é dela.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Você tem que entregar uma quantia fixa da esmola: a lei chama de exploração pedir esmola para outra pessoa.
   *[other] A pessoa tem que entregar uma quantia fixa da esmola: a lei chama de exploração pedir esmola para outra pessoa.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Outra pessoa fica com o que os seus crimes rendem: a lei chama isso de exploração, e os culpados são os que lucram.
   *[other] Outra pessoa fica com o que os crimes da pessoa rendem: a lei chama isso de exploração, e os culpados são os que lucram.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Você tem que ficar numa casa para cuidar de plantas de maconha: ser obrigado a cometer crimes para outros é exploração pela lei.
   *[other] A pessoa tem que ficar numa casa para cuidar de plantas de maconha: ser obrigado a cometer crimes para outros é exploração pela lei.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Você tem menos de 18 anos e alguém empurra você para crimes: para um jovem isso é exploração, não importa com o que você concordou.
   *[other] A pessoa tem menos de 18 anos e alguém a empurra para crimes: para um jovem isso é exploração, não importa com o que ela concordou.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Alguém se recusa a devolver os seus documentos de identidade: é uma forma de controlar uma pessoa.
   *[other] Alguém se recusa a devolver os documentos de identidade da pessoa: é uma forma de controlar uma pessoa.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Uma dívida que nunca diminui: dívidas são muito usadas para manter as pessoas trabalhando.
   *[other] Uma dívida que nunca diminui: dívidas são muito usadas para manter as pessoas trabalhando.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Alguém impede você de sair, tranca você ou segue você: isso tira a sua liberdade.
   *[other] Alguém impede a pessoa de sair, tranca ou segue a pessoa: isso tira a liberdade dela.
}
checklist-indicator-violence = { $perspective ->
    [me] Alguém machuca você ou obriga você a atos sexuais: isso é violência, e a culpa nunca é sua.
   *[other] Alguém machuca a pessoa ou a obriga a atos sexuais: isso é violência, e a culpa nunca é dela.
}
checklist-indicator-threats = { $perspective ->
    [me] Ameaças contra você ou a sua família: o medo é usado para fazer as pessoas obedecerem.
   *[other] Ameaças contra a pessoa ou a família dela: o medo é usado para fazer as pessoas obedecerem.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Uma ameaça de denunciar você à polícia ou à imigração: isso é usado para manter as pessoas caladas.
   *[other] Uma ameaça de denunciar a pessoa à polícia ou à imigração: isso é usado para manter as pessoas caladas.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Você seria castigado se parasse: um trabalho que não se pode deixar não é escolhido livremente.
   *[other] A pessoa seria castigada se parasse: um trabalho que não se pode deixar não é escolhido livremente.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Outra pessoa pega o dinheiro que você ganha: isso deixa uma pessoa dependente.
   *[other] Outra pessoa pega o dinheiro que a pessoa ganha: isso deixa uma pessoa dependente.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Obrigam você a desobedecer à lei para outra pessoa: isso pode ser uma forma de exploração, e os culpados são os que lucram.
   *[other] Obrigam a pessoa a desobedecer à lei para outra pessoa: isso pode ser uma forma de exploração, e os culpados são os que lucram.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Você não pode dizer não a um cliente ou a um ato sexual: isso é um sinal de estar sob controle.
   *[other] A pessoa não pode dizer não a um cliente ou a um ato sexual: isso é um sinal de estar sob controle.
}
checklist-indicator-under-control = { $perspective ->
    [me] Outra pessoa decide os seus anúncios, clientes ou encontros: outra pessoa controla o trabalho, e isso pode ser um sinal de exploração.
   *[other] Outra pessoa decide os anúncios, clientes ou encontros da pessoa: outra pessoa controla o trabalho, e isso pode ser um sinal de exploração.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Alguém diz a você o que falar para a polícia, as autoridades ou a sua família: isso é usado para esconder o que está acontecendo.
   *[other] Alguém diz à pessoa o que falar para a polícia, as autoridades ou a família: isso é usado para esconder o que está acontecendo.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] As mesmas pessoas dão a você trabalho, moradia e comida: isso torna muito difícil dizer não ou ir embora.
   *[other] As mesmas pessoas dão à pessoa trabalho, moradia e comida: isso torna muito difícil dizer não ou ir embora.
}
checklist-indicator-isolated = { $perspective ->
    [me] Alguém impede você de falar com a família e os amigos: ficar sozinho torna mais difícil conseguir ajuda.
   *[other] Alguém impede a pessoa de falar com a família e os amigos: ficar sozinho torna mais difícil conseguir ajuda.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Você tem medo da polícia ou da situação dos seus documentos: esse medo é muito usado para manter as pessoas caladas.
   *[other] A pessoa tem medo da polícia ou da situação dos documentos dela: esse medo é muito usado para manter as pessoas caladas.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Nenhum lugar privado para dormir: o UNODC cita isso entre os sinais de servidão doméstica.
   *[other] Nenhum lugar privado para dormir: o UNODC cita isso entre os sinais de servidão doméstica.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Comida insuficiente, ou só as sobras: o UNODC cita isso entre os sinais de servidão doméstica.
   *[other] Comida insuficiente, ou só as sobras: o UNODC cita isso entre os sinais de servidão doméstica.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Castigo por trazer pouco dinheiro: o UNODC cita isso entre os sinais de mendicância e crimes forçados.
   *[other] Castigo por trazer pouco dinheiro: o UNODC cita isso entre os sinais de mendicância e crimes forçados.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Levado até o lugar onde você pede esmola e buscado depois: o UNODC cita ser levado de um lugar para outro assim como um sinal.
   *[other] Levado até o lugar onde pede esmola e buscado depois: o UNODC cita ser levado de um lugar para outro assim como um sinal.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Começou com drogas: precisar de drogas pode prender uma pessoa a quem fornece as drogas.
   *[other] Começou com drogas: precisar de drogas pode prender uma pessoa a quem fornece as drogas.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Começou com uma oferta de dinheiro fácil: é uma forma comum de levar pessoas a cometer crimes para outros.
   *[other] Começou com uma oferta de dinheiro fácil: é uma forma comum de levar pessoas a cometer crimes para outros.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] A pessoa em quem você está pensando é muito mais velha: o Child Focus cita isso entre os sinais de alerta.
   *[other] O namorado, a namorada ou o amigo é muito mais velho que o jovem: o Child Focus cita isso entre os sinais de alerta.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Você recebe dinheiro ou presentes caros: presentes podem ser usados para criar a sensação de estar devendo algo.
   *[other] A pessoa recebe dinheiro ou presentes caros: presentes podem ser usados para criar a sensação de estar devendo algo.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Essa pessoa quer que você pare de ver amigos ou família: aliciadores jovens ("teen pimps") afastam os jovens de quem poderia ajudar.
   *[other] Essa pessoa quer que o jovem pare de ver amigos ou família: aliciadores jovens ("teen pimps") afastam os jovens de quem poderia ajudar.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Noites fora sem dizer onde: o Child Focus cita isso entre os sinais de alerta.
   *[other] Noites fora sem dizer onde: o Child Focus cita isso entre os sinais de alerta.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hotéis ou apartamentos desconhecidos com essa pessoa ou os amigos dela: o Child Focus cita isso entre os sinais de alerta.
   *[other] Hotéis ou apartamentos desconhecidos com essa pessoa ou os amigos dela: o Child Focus cita isso entre os sinais de alerta.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Essa pessoa pede a você fotos sexuais suas: fotos assim muitas vezes são usadas depois para forçar um jovem.
   *[other] Essa pessoa pede ao jovem fotos sexuais: fotos assim muitas vezes são usadas depois para forçar um jovem.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Essa pessoa diz que você deve a ela pelos presentes: uma dívida inventada é uma forma de fazer um jovem obedecer.
   *[other] Essa pessoa diz que o jovem deve a ela pelos presentes: uma dívida inventada é uma forma de fazer um jovem obedecer.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Uma tatuagem com o nome ou o sinal dessa pessoa: aliciadores jovens ("teen pimps") às vezes usam isso para marcar um jovem como deles.
   *[other] Uma tatuagem com o nome ou o sinal dessa pessoa: aliciadores jovens ("teen pimps") às vezes usam isso para marcar um jovem como deles.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Um segundo celular dado por essa pessoa: pode ser uma forma de falar com você sem os outros saberem.
   *[other] Um segundo celular dado por essa pessoa: pode ser uma forma de falar com o jovem sem os outros saberem.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Grandes mudanças de humor: isso pode ser um sinal de que algo está muito errado. Você merece ajuda.
   *[other] Grandes mudanças de humor: isso pode ser um sinal de que algo está muito errado com o jovem.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Muito álcool ou drogas nos últimos tempos: o Child Focus cita isso entre os sinais de alerta.
   *[other] Muito álcool ou drogas nos últimos tempos: o Child Focus cita isso entre os sinais de alerta.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Machucar a si mesmo, ou pensar nisso: você merece ajuda agora, não importa o que mais esteja acontecendo.
   *[other] Machucar a si mesmo, ou falar nisso: o jovem merece ajuda agora, não importa o que mais esteja acontecendo.
}

## Perguntas: níveis de resultado

checklist-level-immediate-danger = Perigo agora
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Você disse que está em perigo agora. Se puder fazer isso com segurança, peça ajuda agora. Você pode voltar às perguntas depois.
   *[other] Você disse que a pessoa está em perigo agora. Se puder fazer isso com segurança, peça ajuda agora. Você pode voltar às perguntas depois.
}
checklist-level-strong-signs = Sinais fortes
checklist-level-strong-signs-summary = { $perspective ->
    [me] As suas respostas mostram sinais claros de tráfico de pessoas ou de exploração. Isto não é um julgamento: um centro especializado pode olhar a sua situação com você.
   *[other] As suas respostas mostram sinais claros de tráfico de pessoas ou de exploração. Isto não é um julgamento: um centro especializado pode olhar a situação com você.
}
checklist-level-some-signs = Alguns sinais
checklist-level-some-signs-summary = { $perspective ->
    [me] Algumas das suas respostas podem ser sinais de exploração. Elas não provam nada, mas vale a pena falar sobre elas com alguém que conhece estas situações.
   *[other] Algumas das suas respostas podem ser sinais de exploração. Elas não provam nada, mas vale a pena falar sobre elas com alguém que conhece estas situações.
}
checklist-level-no-clear-signs = Nenhum sinal claro
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] As suas respostas não mostram sinais claros de tráfico de pessoas. Se ainda assim algo parece errado, você sempre pode pedir orientação.
   *[other] As suas respostas não mostram sinais claros de tráfico de pessoas. Se ainda assim algo parece errado, você sempre pode pedir orientação.
}

## Perguntas: observações com o resultado

checklist-note-not-proof = { $perspective ->
    [me] Estes sinais vêm de listas usadas pela Organização Internacional do Trabalho, pela Comissão Europeia e pelas Nações Unidas. Sinais sozinhos não provam nem descartam o tráfico; eles mostram quando vale a pena pedir ajuda.
   *[other] Estes sinais vêm de listas usadas pela Organização Internacional do Trabalho, pela Comissão Europeia e pelas Nações Unidas. Sinais sozinhos não provam nem descartam o tráfico; eles mostram quando vale a pena pedir ajuda.
}
checklist-note-crisis = { $perspective ->
    [me] Se você pensa em se machucar, você não precisa ficar sozinho com isso. Em perigo, ligue para o 112. Um jovem pode ligar para o Child Focus no 116 000, de graça, dia e noite. O Lueur ainda não mostra uma linha de prevenção do suicídio: ainda não verificamos nenhuma com uma fonte.
   *[other] Se a pessoa pensa em se machucar, ela não deve ficar sozinha com isso. Em perigo, ligue para o 112. Um jovem pode ligar para o Child Focus no 116 000, de graça, dia e noite. O Lueur ainda não mostra uma linha de prevenção do suicídio: ainda não verificamos nenhuma com uma fonte.
}
checklist-note-minor = { $perspective ->
    [me] Você pode ter menos de 18 anos. Ganhar dinheiro com atos sexuais, fotos ou vídeos de um jovem é sempre exploração, mesmo que ele tenha concordado. Para um jovem, não é preciso força nem mentira para ser tráfico. Existem serviços só para jovens.
   *[other] A pessoa pode ter menos de 18 anos. Ganhar dinheiro com atos sexuais, fotos ou vídeos de um jovem é sempre exploração, mesmo que ele tenha concordado. Para um jovem, não é preciso força nem mentira para ser tráfico. Existem serviços só para jovens.
}
checklist-note-work-rights = { $perspective ->
    [me] Algumas respostas descrevem um trabalho injusto. Mesmo quando não é tráfico, pode ser contra a lei, e você tem direitos no trabalho.
   *[other] Algumas respostas descrevem um trabalho injusto. Mesmo quando não é tráfico, pode ser contra a lei, e a pessoa tem direitos no trabalho.
}
checklist-note-unsure = { $perspective ->
    [me] Você não tinha certeza em algumas perguntas. Isso é normal. Um centro especializado pode ajudar você a pensar sobre elas.
   *[other] Você não tinha certeza em algumas perguntas. Isso é normal. Um centro especializado pode ajudar você a pensar sobre elas.
}
checklist-note-still-worried = { $perspective ->
    [me] Uma lista de perguntas não consegue ver tudo. Se você está preocupado, confie nesse sentimento e peça orientação.
   *[other] Uma lista de perguntas não consegue ver tudo. Se você está preocupado com a pessoa, confie nesse sentimento e peça orientação.
}
