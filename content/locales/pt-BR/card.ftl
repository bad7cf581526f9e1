## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Nenhum falante nativo revisou esta tradução ainda.
text-in-other-language = Ainda não traduzido: mostrado em { $language }.
home-action-card = Cartão para mostrar a quem ajuda
card-title = Cartão para mostrar a quem ajuda
card-intro = Mostre esta tela a alguém que pode ajudar você. Nada dela fica salvo.
card-helper-language = Idioma da pessoa que ajuda
card-add-checklist = Adicionar o resumo da minha lista
card-need-help = Eu posso precisar de ajuda.
card-speaks = Eu falo { $language }.
card-interpreter = Eu posso precisar de um intérprete.
card-contact-point = Ponto de contato nacional
card-nearest-centre = Centro especializado mais próximo
card-checklist = Resumo da minha lista
