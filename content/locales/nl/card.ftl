## De taal van dit pakket, en de kaart om te tonen: een scherm dat de persoon toont
## aan iemand die kan helpen, in de taal van de lezer en die van de helper naast elkaar.

pack-review-pending = Nog geen moedertaalspreker heeft deze vertaling nagelezen.
text-in-other-language = Nog niet vertaald: getoond in het { $language }.
home-action-card = Kaart om aan een helper te tonen
card-title = Kaart om aan een helper te tonen
card-intro = Toon dit scherm aan iemand die je kan helpen. Er wordt niets bewaard.
card-helper-language = Taal van wie helpt
card-add-checklist = Samenvatting van mijn vragenlijst toevoegen
card-need-help = Ik heb misschien hulp nodig.
card-speaks = Ik spreek { $language }.
card-interpreter = Ik heb misschien een tolk nodig.
card-contact-point = Nationaal meldpunt
card-nearest-centre = Dichtstbijzijnde gespecialiseerd centrum
card-checklist = Samenvatting van mijn vragenlijst
