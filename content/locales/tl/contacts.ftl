## Mga contact

contact-emergency-112-name = 112 – Numero pang-emergency sa Europa
contact-emergency-112-description = Tumawag sa 112 kung nasa panganib ngayon ang buhay mo o ng ibang tao. Gumagana ang numerong ito sa kahit anong telepono, kahit saan sa European Union.

contact-police-101-name = Pulis – 101
contact-police-101-description = Nasa agarang panganib ka ba? Tumawag sa 101 o pumunta sa lokal na istasyon ng pulis.

contact-surya-name = Sürya
contact-surya-description = Isang espesyal na sentro para sa mga biktima ng human trafficking sa Liège. Makakakuha ka roon ng kumpidensyal na payo at impormasyon. Puwede ring magbigay ang sentro ng matutuluyan, depende sa bakanteng lugar, at ng suporta.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Isang espesyal na sentro para sa mga biktima ng human trafficking sa Brussels. Makakakuha ka roon ng kumpidensyal na payo at impormasyon. Puwede ring magbigay ang sentro ng matutuluyan, depende sa bakanteng lugar, at ng suporta.

contact-payoke-name = Payoke
contact-payoke-description = Isang espesyal na sentro para sa mga biktima ng human trafficking sa Antwerp. Makakakuha ka roon ng kumpidensyal na payo at impormasyon. Puwede ring magbigay ang sentro ng matutuluyan, depende sa bakanteng lugar, at ng suporta.

contact-national-contact-point-name = Pambansang contact point tungkol sa human trafficking
contact-national-contact-point-description = Ito ang linya ng telepono ng stoptraite.be, ang pambansang contact point. Puwede kang humingi ng impormasyon o mag-ulat ng sitwasyon nang hindi muna pumupunta sa pulis.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Ang website ng pambansang contact point, na ginawa ng FPS Justice kasama ang tatlong espesyal na sentro. Makakahanap ka roon ng impormasyon at makakapag-ulat ng human trafficking nang kumpidensyal, nang hindi muna pumupunta sa pulis.

contact-myria-name = Myria
contact-myria-description = Ang Myria ay ang independiyenteng pambansang rapporteur tungkol sa human trafficking at naglalabas ito ng ulat bawat taon. Para sa personal na tulong, makipag-ugnayan sa isang espesyal na sentro.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Libre, araw at gabi. Para sa mga bata at kabataan, at para sa sinumang nag-aalala sa kanila, kapag may batang nawawala o sekswal na pinagsasamantalahan.


contact-guardianship-name = Guardianship Service (mga menor de edad na walang kasama)
contact-guardianship-description = Isang serbisyo ng FPS Justice (ang pederal na serbisyo ng hustisya) para sa mga kabataang wala pang 18 taong gulang na nasa Belgium nang walang magulang o tagapag-alaga. Binibigyan sila nito ng guardian, na tumutulong sa mga papeles, paaralan, pangangalaga sa kalusugan at paghahanap ng abogado. Kahit sino ay puwedeng magsabi sa serbisyo tungkol sa ganitong kabataan. Sumasagot ang emergency number nito araw at gabi.
## Mga uri ng contact

contact-kind-emergency = Emergency
contact-kind-police = Pulis
contact-kind-specialised-centre = Espesyal na sentro
contact-kind-national-contact-point = Pambansang contact point
contact-kind-report-website = Website para mag-ulat
contact-kind-helpline = Helpline
contact-kind-national-rapporteur = Pambansang rapporteur

## Mga rehiyon

region-brussels = Brussels
region-flanders = Flanders
region-wallonia = Wallonia
region-east-belgium = East Belgium (Silangang Belgium)
region-belgium = Buong Belgium
