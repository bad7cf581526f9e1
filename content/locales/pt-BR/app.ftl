## Início

home-title = Lueur
home-intro = Informação e ajuda sobre tráfico de pessoas na Bélgica. O app funciona sem internet.
home-danger-title = Em perigo agora?
home-danger-text = Se a sua vida ou a vida de outra pessoa está em perigo, peça ajuda agora ou vá à delegacia de polícia mais próxima.
home-action-help-now = Pedir ajuda agora
home-action-help-now-hint = Organizações e números de telefone que podem ajudar você.
home-action-check-me = Perguntas sobre a minha situação
home-action-check-me-hint = Algumas perguntas sobre a sua situação. As suas respostas ficam neste celular.
home-action-check-other = Perguntas sobre uma pessoa que eu conheço
home-action-check-other-hint = Algumas perguntas sobre a situação de uma pessoa que preocupa você.
home-action-learn = Saber mais
home-action-learn-hint = O que é o tráfico de pessoas, os sinais e os seus direitos.
home-action-contacts = Contatos
home-action-contacts-hint = Centros especializados, linhas de ajuda e a polícia.
home-action-report = Relatar uma situação
home-action-report-hint = Escreva um relato confidencial. Ele é enviado quando houver conexão.
home-action-search = Buscar
home-action-outbox = Relatos esperando envio
home-action-calculator = Calculadora
home-action-settings = Configurações
home-notice-data-reset = O Lueur não conseguiu ler os dados salvos neste celular. Por isso, começou de novo com os dados vazios. As suas configurações e os relatos que esperavam envio podem ter sido perdidos.
home-notice-storage-unavailable = Agora o Lueur não consegue salvar nada neste celular, por exemplo porque a memória está cheia. Você ainda pode ler tudo e pedir ajuda.

## Navegar (menus e listas)

nav-choose = Digite um número e aperte Enter:
nav-back = Voltar
nav-quit = Fechar
nav-invalid-choice = Digite um dos números mostrados.
nav-no-app = Nenhum aplicativo deste celular consegue fazer isso.

## Saber mais: a lista de artigos e um artigo

articles-title = Saber mais
articles-intro = Textos curtos para entender o tráfico de pessoas e encontrar ajuda.
article-reviewed = Fatos verificados em { $date }.
article-review-pending = Esta tradução ainda não foi revisada por um falante nativo.
article-sources = Fontes

date-long = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

## Contatos: lista, filtros e detalhes

contacts-title = Quem pode ajudar
contacts-intro = Os centros especializados tratam o que você conta com sigilo. A polícia e o 112 são para emergências.
contacts-filter-city = Cidade ou região
contacts-filter-kind = Tipo de serviço
contacts-filter-language = Língua falada
contacts-filtered-by = Filtrado por: { $filters }
contacts-nationwide = Disponível em toda a Bélgica
contacts-empty = Nenhum serviço corresponde a estes filtros. Você pode tirar um filtro ou ver a lista completa.
contacts-empty-place = Nenhum serviço foi encontrado neste lugar. Os serviços abaixo podem ajudar você em qualquer lugar da Bélgica.
contacts-languages-not-listed = { $count ->
        [one] Para um serviço, as línguas faladas não estão informadas, por isso ele não aparece para esta língua. Mesmo assim, você pode entrar em contato e perguntar.
       *[other] Para { $count } serviços, as línguas faladas não estão informadas, por isso eles não aparecem para esta língua. Mesmo assim, você pode entrar em contato e perguntar.
    }
contact-for-minors = Para crianças e jovens
contact-languages = Línguas faladas: { $languages }
contact-languages-not-listed = As línguas faladas não estão informadas.
contact-serves = Atende em: { $regions }
contact-address = Endereço
contact-country = Bélgica
contact-call-note = Uma ligação ou uma mensagem de texto aparece no histórico do seu celular. Você pode apagar depois, mas alguém pode notar que falta algo, e a ligação ainda pode aparecer na conta do telefone. Se puder, use um celular que ninguém controla.

action-call = Ligar para { $number }
action-sms = Enviar uma mensagem de texto para { $number }
action-email = Escrever para { $address }
action-website = Abrir { $site }
action-map = Mostrar no mapa

language-name = { $code ->
        [fr] Francês
        [nl] Holandês
        [de] Alemão
        [en] Inglês
        [ar] Árabe
        [es] Espanhol
        [pt] Português
        [ro] Romeno
        [bg] Búlgaro
        [pl] Polonês
        [ru] Russo
        [uk] Ucraniano
        [tr] Turco
        [zh] Chinês
       *[other] { $code }
    }

## Busca

search-title = Buscar
search-placeholder = Buscar em artigos e contatos
search-hint = Digite uma palavra para buscar, por exemplo "trabalho" ou "Bruxelas".
search-empty = Nada foi encontrado. Tente outra palavra ou veja a lista de contatos.
search-results = { $count ->
        [one] Um resultado
       *[other] { $count } resultados
    }
search-kind-article = Artigo
search-kind-contact = Contato

## Configurações e sobre

settings-title = Configurações
settings-language = Língua
settings-locale-own-name = Português (Brasil)
settings-about = Sobre o Lueur
settings-about-text = O Lueur dá informação sobre o tráfico de pessoas na Bélgica e mostra onde encontrar ajuda. Ele funciona sem internet e não envia nada, a não ser que você mesmo envie um relato.
settings-app-version = Versão do app
settings-content-version = Versão do conteúdo
settings-content-date = Informação verificada em

## Erros

error-not-found = Esta página não existe. Volte e escolha de novo.
error-not-now = Isso não é possível agora. Tente de novo.
error-storage = Agora o Lueur não consegue ler nem salvar os seus dados neste celular. Veja se há espaço livre e tente de novo.
error-content = Não é possível ler a informação deste app. Instale o app de novo.
error-internal = Algo deu errado dentro do Lueur. Se acontecer de novo, instale o app de novo.
error-endpoint-refused = Este endereço não pode receber relatos: { $reason }
error-unknown-locale = Esta língua não está disponível. Você pode escolher francês, holandês, alemão ou inglês.

## O que cada ação deixa nos apps do próprio celular

action-trace-call = A ligação fica na lista de chamadas do celular.
action-trace-sms = A mensagem fica no app de mensagens do celular.
action-trace-email = O e-mail fica nos enviados do app de e-mail do celular.
action-trace-website = O site abre dentro do Lueur e não fica no histórico do navegador.
action-trace-map = O endereço pode ficar no histórico do app de mapas.
