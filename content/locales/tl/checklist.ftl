## Checklist: mga screen at button

checklist-title = Tingnan ang mga palatandaan
checklist-intro = Ilang tanong, na sasagutin ng oo, hindi, o hindi sigurado. Puwede kang lumaktaw ng tanong o bumalik. Nananatili ang mga sagot mo sa app na ito at nawawala kapag isinara mo ito, maliban kung piliin mong itago ang mga ito.
checklist-answer-yes = Oo
checklist-answer-no = Hindi
checklist-answer-unsure = Hindi sigurado
checklist-skip = Laktawan ang tanong na ito
checklist-back = Bumalik
checklist-continue = Ituloy ang mga tanong
checklist-progress = Tanong { $current } sa { $total }
checklist-prompt = Mag-type ng numero at pindutin ang Enter:
checklist-keep-answers = Itago ang mga sagot ko sa teleponong ito
checklist-keep-answers-hint = Makikita ang mga ito ng sinumang makakapagbukas ng Lueur sa teleponong ito. Puwede mong burahin ang mga ito kahit kailan.
checklist-delete-answers = Burahin ang mga sagot ko sa teleponong ito
checklist-answers-kept = Nakatago ang mga sagot mo sa teleponong ito.
checklist-answers-deleted = Nabura na ang mga sagot mo sa teleponong ito.
checklist-saved-found = May mga sagot kang itinago sa teleponong ito noon.
checklist-resume = Ituloy gamit ang mga itinago kong sagot
checklist-start-again = Magsimula ulit
checklist-signs-heading = Ano ang ipinapakita ng mga sagot
checklist-element-present = Ito ang ipinapakita ng mga sagot.
checklist-unsure-heading = Mga sagot na hindi ka sigurado
checklist-notes-heading = Mabuting malaman
checklist-contacts-heading = Sino ang puwedeng tumulong
checklist-steps-heading = Ano ang magagawa mo ngayon
checklist-grade-strong = malakas na palatandaan
checklist-grade-medium = palatandaan
checklist-grade-weak = mahinang palatandaan
checklist-sources = Mga pinagmulan: { $sources }
checklist-close = Isara
checklist-invalid-choice = Pakiusap, i-type ang isa sa mga numerong nakikita.
checklist-error-about = Sabihin kung kaninong sitwasyon ito: “me” (ako) o “other” (iba).
checklist-ignored = Hindi itinanong dahil sa mga sagot na ito, kaya hindi binilang: { $questions }

## Checklist: mga susunod na hakbang at mga contact

checklist-action-call = Tawagan ang { $name }: { $number }
checklist-action-talk = Makipag-usap sa { $name }
checklist-action-report = Maghanda ng kumpidensyal na ulat
checklist-action-report-hint = Maglalagay ang Lueur ng maikling buod ng mga sagot na ito. Puwede mo itong baguhin o alisin.
checklist-action-read = Basahin: { $title }
checklist-contact-reason-emergency = Sa emergency
checklist-contact-reason-minors = Para sa mga kabataang wala pang 18
checklist-contact-reason-region = Malapit sa iyo
checklist-contact-reason-language = Nagsasalita ng wika mo
checklist-contact-reason-centre = Espesyalista sa pagtulong sa mga taong nasa ganitong sitwasyon
checklist-contact-reason-report = Para mag-ulat ng sitwasyon

## Checklist: ang buod para sa ulat

checklist-summary-heading = { $perspective ->
    [me] Lueur checklist, tungkol sa sarili kong sitwasyon
   *[other] Lueur checklist, tungkol sa taong kilala ko
}
checklist-summary-level = Resulta: { $level }
checklist-summary-minor = Maaaring wala pang 18 ang tao.
checklist-summary-signs = Mga palatandaan sa mga sagot:
checklist-summary-unsure = Hindi sigurado:
checklist-summary-none = Walang palatandaang sinagot ng oo.

## Checklist: mga error

checklist-error-unknown-question = Walang tanong na “{ $question }” sa checklist.
checklist-error-unknown-answer = Hindi puwedeng sagot sa tanong na ito ang “{ $answer }”.
checklist-error-not-current = Hindi ito ang tanong na nasa screen ngayon.

## Checklist: mga bahagi

checklist-module-entry = Mga unang tanong
checklist-module-general = Ang sitwasyon
checklist-module-sexual = Sex, escort at online
checklist-module-labour = Trabaho
checklist-module-domestic = Trabaho sa loob ng bahay
checklist-module-begging = Pamamalimos
checklist-module-criminality = Krimen para sa ibang tao
checklist-module-teen-pimps = Isang relasyong parang may mali
checklist-module-closing = Huling tanong

## Checklist: mga unang tanong

checklist-q-about = Tungkol kanino ito?
checklist-q-about-me = Tungkol sa akin
checklist-q-about-other = Tungkol sa taong kilala ko
checklist-q-danger-now = { $perspective ->
    [me] Nasa panganib ka ba ngayon, o takot kang may mananakit sa iyo sa lalong madaling panahon?
   *[other] Nasa panganib ba ang tao ngayon, o takot siyang may mananakit sa kanya sa lalong madaling panahon?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Nakakulong ka ba sa isang lugar ngayon, o pinipigilan ka roon nang labag sa kalooban mo?
   *[other] Nakakulong ba ang tao sa isang lugar ngayon, o pinipigilan siya roon nang labag sa kalooban niya?
}
checklist-q-under-18 = { $perspective ->
    [me] Wala ka pa bang 18 taong gulang?
   *[other] Wala pa bang 18 taong gulang ang tao?
}
checklist-q-situation = { $perspective ->
    [me] Tungkol saan ang sitwasyon mo, kadalasan?
   *[other] Tungkol saan ang sitwasyon ng tao, kadalasan?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sex, escort, sekswal na litrato o video, pati online
   *[other] Sex, escort, sekswal na litrato o video, pati online
}
checklist-q-situation-labour = { $perspective ->
    [me] Trabaho: halimbawa sa restawran, construction site, bukid, o tindahan
   *[other] Trabaho: halimbawa sa restawran, construction site, bukid, o tindahan
}
checklist-q-situation-domestic = { $perspective ->
    [me] Trabaho sa bahay ng iba: paglilinis, pagluluto, pag-aalaga ng bata
   *[other] Trabaho sa bahay ng iba: paglilinis, pagluluto, pag-aalaga ng bata
}
checklist-q-situation-begging = { $perspective ->
    [me] Pamamalimos sa kalye
   *[other] Pamamalimos sa kalye
}
checklist-q-situation-criminality = { $perspective ->
    [me] Kailangang magnakaw, magbenta ng droga o lumabag sa batas sa ibang paraan
   *[other] Kailangang magnakaw, magbenta ng droga o lumabag sa batas sa ibang paraan
}
checklist-q-situation-relationship = { $perspective ->
    [me] Isang boyfriend, girlfriend o kaibigan na humihingi nang humihingi: pera, sex, litrato, o oras na malayo sa bahay at paaralan
   *[other] Isang boyfriend, girlfriend o kaibigan na humihingi nang humihingi sa tao: pera, sex, litrato, o oras na malayo sa bahay at paaralan
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Hindi ako sigurado, o iba pa
   *[other] Hindi ako sigurado, o iba pa
}

## Checklist: mga tanong para sa lahat ng sitwasyon

checklist-q-g-act-arranged = { $perspective ->
    [me] Ibang tao ba ang naghanap o nag-ayos ng trabahong ito o gawaing ito para sa iyo?
   *[other] Ibang tao ba ang naghanap o nag-ayos ng trabahong ito o gawaing ito para sa tao?
}
checklist-q-g-act-journey = { $perspective ->
    [me] May nagdala ba sa iyo sa lugar kung nasaan ka ngayon, o nag-ayos ng biyahe?
   *[other] May nagdala ba sa tao sa lugar kung nasaan siya ngayon, o nag-ayos ng biyahe?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Ang pinagtatrabahuhan mo ba, o isang katrabaho nila, ang nagpapasya kung saan ka matutulog?
   *[other] Ang pinagtatrabahuhan ba ng tao, o isang katrabaho nila, ang nagpapasya kung saan siya matutulog?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Ibang-iba ba ang trabaho o sitwasyon mo sa ipinangako sa iyo?
   *[other] Ibang-iba ba ang trabaho o sitwasyon ng tao sa ipinangako sa kanya?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Nagsinungaling ba sila sa iyo tungkol sa sahod, oras ng trabaho o tirahan?
   *[other] Nagsinungaling ba sila sa tao tungkol sa sahod, oras ng trabaho o tirahan?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] May nangako ba sa iyo ng papeles o legal na paninirahan na hindi mo kailanman nakuha?
   *[other] May nangako ba sa tao ng papeles o legal na paninirahan na hindi niya kailanman nakuha?
}
checklist-q-g-forced-start = { $perspective ->
    [me] May nanakit o pumalo ba sa iyo para papuntahin ka rito o simulan ang trabahong ito?
   *[other] May nanakit o pumalo ba sa tao para papuntahin siya rito o simulan ang trabahong ito?
}
checklist-q-g-taken = { $perspective ->
    [me] Sa simula, kinuha ka ba o pinigilan nang labag sa kalooban mo?
   *[other] Sa simula, kinuha ba ang tao o pinigilan nang labag sa kalooban niya?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Tinakot ka ba para pumunta rito o simulan ang trabahong ito?
   *[other] Tinakot ba ang tao para pumunta rito o simulan ang trabahong ito?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Noong nagsimula ito, may sumamantala ba sa napakahirap na panahon sa buhay mo, gaya ng walang pera o walang bahay?
   *[other] Noong nagsimula ito, may sumamantala ba sa napakahirap na panahon sa buhay ng tao, gaya ng walang pera o walang bahay?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] May gumamit ba sa katotohanang wala kang papeles para manatili sa Belgium para maipasok ka rito?
   *[other] May gumamit ba sa katotohanang walang papeles ang tao para manatili sa Belgium para maipasok siya rito?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] May gumamit ba sa hindi mo pagkaalam ng wika, ng mga patakaran o ng mga karapatan mo rito?
   *[other] May gumamit ba sa hindi pagkaalam ng tao ng wika, ng mga patakaran o ng mga karapatan niya rito?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Madalas ka bang magtrabaho nang napakahabang oras bawat araw, o pitong araw sa isang linggo?
   *[other] Madalas bang magtrabaho ang tao nang napakahabang oras bawat araw, o pitong araw sa isang linggo?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Kaunti o wala ka bang natatanggap na pera sa ginagawa mo?
   *[other] Kaunti o wala bang natatanggap na pera ang tao sa ginagawa niya?
}
checklist-q-g-housing = { $perspective ->
    [me] Siksikan, marumi o hindi ligtas ba ang lugar kung saan ka natutulog?
   *[other] Siksikan, marumi o hindi ligtas ba ang lugar kung saan natutulog ang tao?
}
checklist-q-g-documents = { $perspective ->
    [me] May ayaw bang magbalik ng passport o ID mo kapag hinihingi mo ito?
   *[other] May ayaw bang magbalik ng passport o ID ng tao kapag hinihingi niya ito?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] May pumipigil ba sa iyong umalis, nagkukulong sa iyo, o sumusunod sa iyo kapag lumalabas ka?
   *[other] May pumipigil ba sa taong umalis, nagkukulong sa kanya, o sumusunod sa kanya kapag lumalabas siya?
}
checklist-q-g-debt = { $perspective ->
    [me] May utang ka ba sa mga pinagtatrabahuhan mo, o sa mga nagdala sa iyo rito?
   *[other] May utang ba ang tao sa mga pinagtatrabahuhan niya, o sa mga nagdala sa kanya rito?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Hindi ba nababawasan o lumalaki pa ang utang na ito, anuman ang bayaran o gawin mo?
   *[other] Hindi ba nababawasan o lumalaki pa ang utang na ito, anuman ang bayaran o gawin ng tao?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Nagsimula ba ang utang na ito sa gastos ng biyahe mo, ng trabaho mo o ng tirahan mo?
   *[other] Nagsimula ba ang utang na ito sa gastos ng biyahe, trabaho o tirahan ng tao?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Ibang tao ba ang kumukuha ng lahat o halos lahat ng perang kinikita mo?
   *[other] Ibang tao ba ang kumukuha ng lahat o halos lahat ng perang kinikita ng tao?
}
checklist-q-g-threats = { $perspective ->
    [me] May nagbanta ba sa iyo o sa pamilya mo?
   *[other] May nagbanta ba sa tao o sa pamilya niya?
}
checklist-q-g-threat-report = { $perspective ->
    [me] May nagsabi ba na isusumbong ka nila sa pulis o sa immigration kung hindi ka susunod?
   *[other] May nagsabi ba na isusumbong nila ang tao sa pulis o sa immigration kung hindi siya susunod?
}
checklist-q-g-violence = { $perspective ->
    [me] May pumalo, nanakit, o pumilit ba sa iyo na gumawa ng sekswal na bagay?
   *[other] May pumalo, nanakit, o pumilit ba sa tao na gumawa ng sekswal na bagay?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Kung gusto mong tumigil, may magpaparusa ba sa iyo o magpapalala ng sitwasyon mo?
   *[other] Kung gusto ng tao na tumigil, may magpaparusa ba sa kanya o magpapalala ng sitwasyon niya?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] May nagsabi ba sa iyo kung ano ang sasabihin mo sa pulis, sa mga opisyal o sa pamilya mo?
   *[other] May nagsabi ba sa tao kung ano ang sasabihin niya sa pulis, sa mga opisyal o sa pamilya niya?
}
checklist-q-g-dependent = { $perspective ->
    [me] Umaasa ka ba sa iisang grupo ng tao para sa trabaho, tirahan at pagkain mo?
   *[other] Umaasa ba ang tao sa iisang grupo ng tao para sa trabaho, tirahan at pagkain?
}
checklist-q-g-isolated = { $perspective ->
    [me] May pumipigil ba sa iyong makipag-ugnayan sa pamilya o mga kaibigan mo?
   *[other] May pumipigil ba sa taong makipag-ugnayan sa pamilya o mga kaibigan niya?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Takot ka bang humingi ng tulong sa pulis, halimbawa dahil sa papeles mo?
   *[other] Takot ba ang taong humingi ng tulong sa pulis, halimbawa dahil sa papeles niya?
}

## Checklist: sex, escort at online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] May pumipilit ba sa iyo na tumanggap ng kliyente o gumawa ng sekswal na bagay na ayaw mo?
   *[other] May pumipilit ba sa tao na tumanggap ng kliyente o gumawa ng sekswal na bagay na ayaw niya?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Ibang tao ba ang kumukuha ng halos lahat ng perang ibinabayad ng mga kliyente mo?
   *[other] Ibang tao ba ang kumukuha ng halos lahat ng perang ibinabayad ng mga kliyente ng tao?
}
checklist-q-s-organised = { $perspective ->
    [me] Ibang tao ba ang nagpo-post ng mga ad mo, pumipili ng mga kliyente mo o nag-aayos ng mga escort meeting mo?
   *[other] Ibang tao ba ang nagpo-post ng mga ad ng tao, pumipili ng mga kliyente niya o nag-aayos ng mga escort meeting niya?
}
checklist-q-s-images = { $perspective ->
    [me] May pumipilit ba sa iyo na kumuha ng sekswal na litrato o video, o gumawa ng sekswal na bagay sa harap ng camera, para sila ang kumita?
   *[other] May pumipilit ba sa tao na kumuha ng sekswal na litrato o video, o gumawa ng sekswal na bagay sa harap ng camera, para sila ang kumita?
}

## Checklist: trabaho

checklist-q-l-contract = { $perspective ->
    [me] Nagtatrabaho ka ba nang walang kontrata, o nang hindi nakadeklara?
   *[other] Nagtatrabaho ba ang tao nang walang kontrata, o nang hindi nakadeklara?
}
checklist-q-l-hazard = { $perspective ->
    [me] Delikado ba ang trabaho, nang walang proteksyon o training?
   *[other] Delikado ba ang trabaho ng tao, nang walang proteksyon o training?
}
checklist-q-l-live-in = { $perspective ->
    [me] Nakatira ka ba sa bahay ng mga pinagtatrabahuhan mo?
   *[other] Nakatira ba ang tao sa bahay ng mga pinagtatrabahuhan niya?
}

## Checklist: trabaho sa loob ng bahay

checklist-q-d-sleep-place = { $perspective ->
    [me] Kailangan mo bang matulog sa lugar na walang kahit anong privacy, gaya ng kusina, pasilyo o sahig?
   *[other] Kailangan bang matulog ng tao sa lugar na walang kahit anong privacy, gaya ng kusina, pasilyo o sahig?
}
checklist-q-d-food = { $perspective ->
    [me] Kulang ba ang pagkain mo, o tira-tira lang ang nakukuha mo?
   *[other] Kulang ba ang pagkain ng tao, o tira-tira lang ang nakukuha niya?
}

## Checklist: pamamalimos

checklist-q-b-quota = { $perspective ->
    [me] Kailangan mo bang magbigay ng takdang halaga ng pera sa isang tao araw-araw?
   *[other] Kailangan bang magbigay ng tao ng takdang halaga ng pera sa isang tao araw-araw?
}
checklist-q-b-punished = { $perspective ->
    [me] Pinaparusahan ka ba kapag kaunti lang ang naiuwi mo?
   *[other] Pinaparusahan ba ang tao kapag kaunti lang ang naiuwi niya?
}
checklist-q-b-brought = { $perspective ->
    [me] May naghahatid ba sa iyo sa lugar kung saan ka namamalimos at sumusundo ulit sa iyo?
   *[other] May naghahatid ba sa tao sa lugar kung saan siya namamalimos at sumusundo ulit sa kanya?
}
checklist-q-b-school = { $perspective ->
    [me] Namamalimos ka ba sa halip na pumasok sa paaralan?
   *[other] Namamalimos ba ang tao sa halip na pumasok sa paaralan?
}

## Checklist: krimen dahil sa pamimilit

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Nagsimula ba ito nang may nagbigay sa iyo ng droga, o nang ginawa kang umasa rito?
   *[other] Nagsimula ba ito nang may nagbigay sa tao ng droga, o nang ginawa siyang umasa rito?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Nagsimula ba ito nang may nag-alok sa iyo ng madaling pera?
   *[other] Nagsimula ba ito nang may nag-alok sa tao ng madaling pera?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Nagsimula ba ito sa isang utang na sinabihan kang bayaran sa ganitong paraan?
   *[other] Nagsimula ba ito sa isang utang na sinabihan ang taong bayaran sa ganitong paraan?
}
checklist-q-c-made-to = { $perspective ->
    [me] Pinipilit ka bang magnakaw, magbenta ng droga o lumabag sa batas sa ibang paraan para sa ibang tao?
   *[other] Pinipilit ba ang taong magnakaw, magbenta ng droga o lumabag sa batas sa ibang paraan para sa ibang tao?
}
checklist-q-c-profits = { $perspective ->
    [me] Ibang tao ba ang nagtatago ng pera o mga bagay na naiuuwi mo?
   *[other] Ibang tao ba ang nagtatago ng pera o mga bagay na naiuuwi ng tao?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Kailangan mo bang manatili sa isang bahay para alagaan ang mga halamang cannabis (marijuana)?
   *[other] Kailangan bang manatili ng tao sa isang bahay para alagaan ang mga halamang cannabis (marijuana)?
}

## Checklist: isang relasyong parang may mali (teen pimps)

checklist-q-t-older = { $perspective ->
    [me] Mas matanda ba nang malaki sa iyo ang taong iniisip mo?
   *[other] Mas matanda ba nang malaki ang boyfriend, girlfriend o kaibigang ito kaysa sa kabataan?
}
checklist-q-t-gifts = { $perspective ->
    [me] Binibigyan ka ba ng taong ito ng pera, mamahaling regalo o telepono?
   *[other] Binibigyan ba ng taong ito ang kabataan ng pera, mamahaling regalo o telepono?
}
checklist-q-t-love = { $perspective ->
    [me] Nangako ba ang taong ito ng pagmamahal o ng kinabukasang magkasama kayo, at hindi tinupad ang pangako?
   *[other] Nangako ba ang taong ito sa kabataan ng pagmamahal o ng kinabukasang magkasama sila, at hindi tinupad ang pangako?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Dumating ba ang taong ito sa buhay mo noong nag-iisa ka, o may problema ka sa bahay o sa paaralan?
   *[other] Dumating ba ang taong ito sa buhay ng kabataan noong nag-iisa siya, o may problema siya sa bahay o sa paaralan?
}
checklist-q-t-need = { $perspective ->
    [me] Pakiramdam mo ba ay kailangang-kailangan mo ang taong ito kaya hindi ka makatanggi sa kanya?
   *[other] Mukha bang kailangang-kailangan ng kabataan ang taong ito kaya hindi siya makatanggi?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Gusto ba ng taong ito na tumigil ka sa pakikipagkita sa mga kaibigan o pamilya mo?
   *[other] Gusto ba ng taong ito na tumigil ang kabataan sa pakikipagkita sa mga kaibigan o pamilya niya?
}
checklist-q-t-nights = { $perspective ->
    [me] Hindi ka ba umuuwi sa gabi nang hindi sinasabi kung nasaan ka?
   *[other] Hindi ba umuuwi ang kabataan sa gabi nang hindi sinasabi kung nasaan siya?
}
checklist-q-t-hotels = { $perspective ->
    [me] Pumupunta ka ba sa mga hotel o apartment na hindi mo kilala, kasama ang taong ito o ang mga kaibigan niya?
   *[other] Pumupunta ba ang kabataan sa mga hotel o apartment na hindi niya kilala, kasama ang taong ito o ang mga kaibigan nito?
}
checklist-q-t-school = { $perspective ->
    [me] Madalas ka bang lumiban sa paaralan?
   *[other] Madalas bang lumiban sa paaralan ang kabataan?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Hiniling ba ng taong ito na makipag-sex ka sa ibang tao?
   *[other] Hiniling ba ng taong ito na makipag-sex ang kabataan sa ibang tao?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Humingi ba ang taong ito ng sekswal na litrato o video mo?
   *[other] Humingi ba ang taong ito ng sekswal na litrato o video ng kabataan mismo?
}
checklist-q-t-owe = { $perspective ->
    [me] Sinasabi ba ng taong ito na may utang ka sa kanya dahil sa mga regalo o sa ibang bagay?
   *[other] Sinasabi ba ng taong ito na may utang ang kabataan sa kanya dahil sa mga regalo o sa ibang bagay?
}
checklist-q-t-tattoo = { $perspective ->
    [me] May tattoo ka ba ng pangalan o simbolo ng taong ito?
   *[other] May tattoo ba ang kabataan ng pangalan o simbolo ng taong ito?
}
checklist-q-t-phones = { $perspective ->
    [me] May pangalawa ka bang telepono, na ibinigay ng taong ito?
   *[other] May pangalawa bang telepono ang kabataan, na ibinigay ng taong ito?
}
checklist-q-t-mood = { $perspective ->
    [me] Malaki ba ang pinagbago ng mood mo nitong mga nakaraang araw?
   *[other] Malaki ba ang pinagbago ng mood ng kabataan nitong mga nakaraang araw?
}
checklist-q-t-drugs = { $perspective ->
    [me] Nitong mga nakaraang araw, marami ka bang iniinom na alak o gumagamit ka ba ng droga?
   *[other] Nitong mga nakaraang araw, marami bang iniinom na alak ang kabataan o gumagamit ba siya ng droga?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Sinasaktan mo ba ang sarili mo, o iniisip mo ba itong gawin?
   *[other] Sinasaktan ba ng kabataan ang sarili niya, o nagsasalita ba siya tungkol dito?
}

## Checklist: huling tanong

checklist-q-region = { $perspective ->
    [me] Nasaan ka sa Belgium? Makakatulong ito para maipakita ang sentrong malapit sa iyo.
   *[other] Nasaan ang tao sa Belgium? Makakatulong ito para maipakita ang sentrong malapit.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brussels
   *[other] Brussels
}
checklist-q-region-flanders = { $perspective ->
    [me] Flanders
   *[other] Flanders
}
checklist-q-region-wallonia = { $perspective ->
    [me] Wallonia
   *[other] Wallonia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] East Belgium (komunidad na nagsasalita ng German)
   *[other] East Belgium (komunidad na nagsasalita ng German)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Mas gusto kong hindi sabihin
   *[other] Mas gusto kong hindi sabihin, o hindi ko alam
}

## Checklist: mga grupo ng palatandaan

checklist-element-act = May nag-ayos, naglipat o nagpatira sa tao
checklist-element-deceptive-recruitment = Kasinungalingan sa simula
checklist-element-coercive-recruitment = Pamimilit sa simula
checklist-element-vulnerability-recruitment = Sinamantala ang mahirap na sitwasyon sa simula
checklist-element-exploitative-conditions = Pagsasamantala: trabaho o pamumuhay sa hindi patas na kondisyon
checklist-element-exploitation-in-law = Pagsasamantalang nakasaad sa batas: sex, pamamalimos o krimen para sa iba
checklist-element-coercion-destination = Kontrol at pamimilit ngayon
checklist-element-vulnerability-destination = Sinasamantala ang mahirap na sitwasyon ngayon
checklist-element-other-signs = Ibang palatandaan (UNODC), hindi binibilang bilang ILO indicators
checklist-element-warning-signs = Mga babalang palatandaan sa mga kabataan (Child Focus), hindi ILO indicators

## Checklist: paliwanag ng mga palatandaan

checklist-indicator-act-recruited = { $perspective ->
    [me] Ibang tao ang naghanap o nag-ayos nito para sa iyo: sa legal na kahulugan, ito ay pag-recruit ng tao.
   *[other] Ibang tao ang naghanap o nag-ayos nito para sa tao: sa legal na kahulugan, ito ay pag-recruit ng tao.
}
checklist-indicator-act-transported = { $perspective ->
    [me] May nagdala sa iyo rito o nag-ayos ng biyahe: sa legal na kahulugan, ito ay pagbiyahe ng tao.
   *[other] May nagdala sa tao rito o nag-ayos ng biyahe: sa legal na kahulugan, ito ay pagbiyahe ng tao.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Ang mga pinagtatrabahuhan mo ang nagpapasya kung saan ka matutulog: sa legal na kahulugan, ito ay pagpapatira sa tao.
   *[other] Ang mga pinagtatrabahuhan ng tao ang nagpapasya kung saan siya matutulog: sa legal na kahulugan, ito ay pagpapatira sa tao.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Ibang-iba ang trabaho o sitwasyon sa ipinangako sa iyo: ang pagsisinungaling sa simula ay karaniwang paraan para maipasok ang tao sa pagsasamantala.
   *[other] Ibang-iba ang trabaho o sitwasyon sa ipinangako sa tao: ang pagsisinungaling sa simula ay karaniwang paraan para maipasok ang tao sa pagsasamantala.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Nagsinungaling sila sa iyo tungkol sa sahod, oras o tirahan: dahil sa maling pangako, tinatanggap ng tao ang kondisyong tatanggihan sana niya.
   *[other] Nagsinungaling sila sa tao tungkol sa sahod, oras o tirahan: dahil sa maling pangako, tinatanggap ng tao ang kondisyong tatanggihan sana niya.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Pinangakuan ka ng papeles na hindi dumating: madalas gamitin ang pangakong ito para maghintay at sumunod ang tao.
   *[other] Pinangakuan ang tao ng papeles na hindi dumating: madalas gamitin ang pangakong ito para maghintay at sumunod ang tao.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] May nangako sa iyo ng pagmamahal o ng kinabukasang magkasama: madalas ganito magsimula ang mga teen pimp para makuha ang tiwala.
   *[other] May nangako sa tao ng pagmamahal o ng kinabukasang magkasama: madalas ganito magsimula ang mga teen pimp para makuha ang tiwala.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Pinalo o sinaktan ka para magsimula: seryosong palatandaan ito na hindi ka malayang pumili.
   *[other] Pinalo o sinaktan ang tao para magsimula: seryosong palatandaan ito na hindi siya malayang pumili.
}
checklist-indicator-abducted = { $perspective ->
    [me] Sa simula, kinuha ka o pinigilan nang labag sa kalooban mo: walang sinumang may karapatang gawin ito sa iyo.
   *[other] Sa simula, kinuha ang tao o pinigilan nang labag sa kalooban niya: walang sinumang may karapatang gawin ito kaninuman.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Tinakot ka para magsimula: kayang alisin ng takot ang kalayaang pumili.
   *[other] Tinakot ang tao para magsimula: kayang alisin ng takot ang kalayaang pumili.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Nagsimula ang utang sa biyahe o sa trabaho: madalas gamitin ang ganitong utang para itali ang tao sa mga nagdala sa kanya.
   *[other] Nagsimula ang utang sa biyahe o sa trabaho: madalas gamitin ang ganitong utang para itali ang tao sa mga nagdala sa kanya.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Nagsimula ito noong wala kang pera, papeles o bahay: ang mga nagsasamantala ay naghahanap ng mga taong nasa kagipitan.
   *[other] Nagsimula ito noong walang pera, papeles o bahay ang tao: ang mga nagsasamantala ay naghahanap ng mga taong nasa kagipitan.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] May gumamit sa kawalan mo ng papeles para maipasok ka rito: madaling takutin ang mga taong walang papeles, at ginagamit ito ng mga nagsasamantala.
   *[other] May gumamit sa kawalan ng papeles ng tao para maipasok siya rito: madaling takutin ang mga taong walang papeles, at ginagamit ito ng mga nagsasamantala.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] May gumamit sa hindi mo alam tungkol sa wika, mga patakaran o mga karapatan mo: kapag hindi mo alam, madali kang malinlang.
   *[other] May gumamit sa hindi alam ng tao tungkol sa wika, mga patakaran o mga karapatan niya: kapag hindi alam, madaling malinlang.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Nagsimula ito noong nag-iisa ka o may problema ka sa bahay o paaralan: naghahanap ang mga teen pimp ng mga kabataang nasa ganitong sitwasyon.
   *[other] Nagsimula ito noong nag-iisa ang tao o may problema siya sa bahay o paaralan: naghahanap ang mga teen pimp ng mga kabataang nasa ganitong sitwasyon.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Pakiramdam mo ay hindi ka makatanggi sa taong ito: ang pagpaparamdam sa isang tao na umaasa siya ay paraan para kontrolin siya.
   *[other] Mukhang hindi makatanggi ang tao: ang pagpaparamdam sa isang tao na umaasa siya ay paraan para kontrolin siya.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Napakahahabang araw o walang day off: puwede itong palatandaan ng pagsasamantala, lalo na kung may iba pang palatandaan.
   *[other] Napakahahabang araw o walang day off: puwede itong palatandaan ng pagsasamantala, lalo na kung may iba pang palatandaan.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Kaunti o walang bayad sa trabaho mo: puwede itong palatandaan ng pagsasamantala.
   *[other] Kaunti o walang bayad sa trabaho: puwede itong palatandaan ng pagsasamantala.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Walang kontrata at hindi nakadeklara: madalas ibig sabihin nito ay walang insurance at walang proteksyon sa trabaho.
   *[other] Walang kontrata at hindi nakadeklara: madalas ibig sabihin nito ay walang insurance at walang proteksyon sa trabaho ang tao.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Delikadong trabaho nang walang proteksyon: inilalagay nito sa panganib ang kalusugan mo at puwede itong palatandaan ng pagsasamantala.
   *[other] Delikadong trabaho nang walang proteksyon: inilalagay nito sa panganib ang kalusugan ng tao at puwede itong palatandaan ng pagsasamantala.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Siksikan, marumi o hindi ligtas na tulugan: ang ganitong kondisyon ng pamumuhay ay puwedeng palatandaan ng pagsasamantala.
   *[other] Siksikan, marumi o hindi ligtas na tulugan: ang ganitong kondisyon ng pamumuhay ay puwedeng palatandaan ng pagsasamantala.
}
checklist-indicator-no-school = { $perspective ->
    [me] Lumiliban sa paaralan: may karapatan ang kabataan na pumasok sa paaralan.
   *[other] Lumiliban sa paaralan: may karapatan ang kabataan na pumasok sa paaralan.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Ibang tao ang kumikita sa mga sekswal na gawain mo: tinatawag ito ng batas na sekswal na pagsasamantala, at para sa wala pang 18, ito ay laging pagsasamantala.
   *[other] Ibang tao ang kumikita sa mga sekswal na gawain ng tao: tinatawag ito ng batas na sekswal na pagsasamantala, at para sa wala pang 18, ito ay laging pagsasamantala.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] May pumipilit sa iyo na gumawa ng sekswal na litrato o video para sila ang kumita: sekswal na pagsasamantala ito, pati online.
   *[other] May pumipilit sa tao na gumawa ng sekswal na litrato o video para sila ang kumita: sekswal na pagsasamantala ito, pati online.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Hinihiling ng taong ito na makipag-sex ka sa ibang tao: ginagawa ito ng mga teen pimp, at para sa wala pang 18, ito ay laging pagsasamantala.
   *[other] Hinihiling ng taong ito na makipag-sex ang kabataan sa ibang tao: ginagawa ito ng mga teen pimp, at para sa wala pang 18, ito ay laging pagsasamantala.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Wala ka pang 18 at sangkot ka sa sex, escort o sekswal na litrato: para sa kabataan, ito ay laging pagsasamantala, kahit pumayag ka. Hindi mo ito kasalanan kailanman.
   *[other] Wala pang 18 ang tao at sangkot siya sa sex, escort o sekswal na litrato: para sa kabataan, ito ay laging pagsasamantala, kahit pumayag siya. Hindi niya ito kasalanan kailanman.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Kailangan mong ibigay ang takdang halaga mula sa pamamalimos: tinatawag ng batas na pagsasamantala ang pamamalimos para sa ibang tao.
   *[other] Kailangang ibigay ng tao ang takdang halaga mula sa pamamalimos: tinatawag ng batas na pagsasamantala ang pamamalimos para sa ibang tao.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Ibang tao ang nagtatago ng kinikita ng mga krimen mo: tinatawag ito ng batas na pagsasamantala, at ang may kasalanan ay ang mga nakikinabang.
   *[other] Ibang tao ang nagtatago ng kinikita ng mga krimen ng tao: tinatawag ito ng batas na pagsasamantala, at ang may kasalanan ay ang mga nakikinabang.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Kailangan mong manatili sa isang bahay para alagaan ang mga halamang cannabis: sa batas, pagsasamantala ang pagpilit sa isang tao na gumawa ng krimen para sa iba.
   *[other] Kailangang manatili ng tao sa isang bahay para alagaan ang mga halamang cannabis: sa batas, pagsasamantala ang pagpilit sa isang tao na gumawa ng krimen para sa iba.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Wala ka pang 18 at may nagtutulak sa iyo sa krimen: para sa kabataan, pagsasamantala ito, anuman ang pinayagan mo.
   *[other] Wala pang 18 ang tao at may nagtutulak sa kanya sa krimen: para sa kabataan, pagsasamantala ito, anuman ang pinayagan niya.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] May ayaw magbalik ng mga ID o papeles mo: paraan ito para kontrolin ang isang tao.
   *[other] May ayaw magbalik ng mga ID o papeles ng tao: paraan ito para kontrolin ang isang tao.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Utang na hindi lumiliit kailanman: madalas gamitin ang utang para patuloy na magtrabaho ang mga tao.
   *[other] Utang na hindi lumiliit kailanman: madalas gamitin ang utang para patuloy na magtrabaho ang mga tao.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] May pumipigil sa iyong umalis, nagkukulong sa iyo o sumusunod sa iyo: inaalis nito ang kalayaan mo.
   *[other] May pumipigil sa taong umalis, nagkukulong sa kanya o sumusunod sa kanya: inaalis nito ang kalayaan niya.
}
checklist-indicator-violence = { $perspective ->
    [me] May nananakit sa iyo o pumipilit sa iyo sa sekswal na gawain: karahasan ito, at hindi mo ito kasalanan kailanman.
   *[other] May nananakit sa tao o pumipilit sa kanya sa sekswal na gawain: karahasan ito, at hindi niya ito kasalanan kailanman.
}
checklist-indicator-threats = { $perspective ->
    [me] Mga banta laban sa iyo o sa pamilya mo: ginagamit ang takot para sumunod ang mga tao.
   *[other] Mga banta laban sa tao o sa pamilya niya: ginagamit ang takot para sumunod ang mga tao.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Bantang isusumbong ka sa pulis o sa immigration: ginagamit ito para manahimik ang mga tao.
   *[other] Bantang isusumbong ang tao sa pulis o sa immigration: ginagamit ito para manahimik ang mga tao.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Paparusahan ka kung titigil ka: ang trabahong hindi mo maiwan ay hindi malayang pinili.
   *[other] Paparusahan ang tao kung titigil siya: ang trabahong hindi mo maiwan ay hindi malayang pinili.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Ibang tao ang kumukuha ng perang kinikita mo: dahil dito, nananatiling umaasa ang isang tao.
   *[other] Ibang tao ang kumukuha ng perang kinikita ng tao: dahil dito, nananatiling umaasa ang isang tao.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Pinipilit kang lumabag sa batas para sa ibang tao: puwede itong uri ng pagsasamantala, kung saan ang may kasalanan ay ang mga nakikinabang.
   *[other] Pinipilit ang taong lumabag sa batas para sa ibang tao: puwede itong uri ng pagsasamantala, kung saan ang may kasalanan ay ang mga nakikinabang.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Hindi ka makatanggi sa kliyente o sa sekswal na gawain: palatandaan ito na kinokontrol ka.
   *[other] Hindi makatanggi ang tao sa kliyente o sa sekswal na gawain: palatandaan ito na kinokontrol siya.
}
checklist-indicator-under-control = { $perspective ->
    [me] Ibang tao ang nagpapasya sa mga ad, kliyente o meeting mo: ibang tao ang kumokontrol sa trabaho, at puwede itong palatandaan ng pagsasamantala.
   *[other] Ibang tao ang nagpapasya sa mga ad, kliyente o meeting ng tao: ibang tao ang kumokontrol sa trabaho, at puwede itong palatandaan ng pagsasamantala.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] May nagsasabi sa iyo kung ano ang sasabihin mo sa pulis, sa mga opisyal o sa pamilya mo: ginagamit ito para itago ang nangyayari.
   *[other] May nagsasabi sa tao kung ano ang sasabihin niya sa pulis, sa mga opisyal o sa pamilya: ginagamit ito para itago ang nangyayari.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Iisang grupo ng tao ang nagbibigay sa iyo ng trabaho, tirahan at pagkain: dahil dito, napakahirap tumanggi o umalis.
   *[other] Iisang grupo ng tao ang nagbibigay sa tao ng trabaho, tirahan at pagkain: dahil dito, napakahirap tumanggi o umalis.
}
checklist-indicator-isolated = { $perspective ->
    [me] May pumipigil sa iyong makipag-ugnayan sa pamilya at mga kaibigan: kapag nag-iisa ka, mas mahirap humingi ng tulong.
   *[other] May pumipigil sa taong makipag-ugnayan sa pamilya at mga kaibigan: kapag nag-iisa, mas mahirap humingi ng tulong.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Takot ka sa pulis o sa sitwasyon ng papeles mo: madalas gamitin ang takot na ito para manahimik ang mga tao.
   *[other] Takot ang tao sa pulis o sa sitwasyon ng papeles niya: madalas gamitin ang takot na ito para manahimik ang mga tao.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Walang sariling lugar na tulugan: isinasama ito ng UNODC sa mga palatandaan ng domestic servitude (pang-aalipin sa bahay).
   *[other] Walang sariling lugar na tulugan: isinasama ito ng UNODC sa mga palatandaan ng domestic servitude (pang-aalipin sa bahay).
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Kulang ang pagkain, o tira-tira lang: isinasama ito ng UNODC sa mga palatandaan ng domestic servitude (pang-aalipin sa bahay).
   *[other] Kulang ang pagkain, o tira-tira lang: isinasama ito ng UNODC sa mga palatandaan ng domestic servitude (pang-aalipin sa bahay).
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Pinaparusahan dahil kaunti ang naiuwi: isinasama ito ng UNODC sa mga palatandaan ng sapilitang pamamalimos at krimen.
   *[other] Pinaparusahan dahil kaunti ang naiuwi: isinasama ito ng UNODC sa mga palatandaan ng sapilitang pamamalimos at krimen.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Inihahatid sa lugar ng pamamalimos at sinusundo ulit: itinuturing ng UNODC na palatandaan ang ganitong paglilipat-lipat.
   *[other] Inihahatid sa lugar ng pamamalimos at sinusundo ulit: itinuturing ng UNODC na palatandaan ang ganitong paglilipat-lipat.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Nagsimula ito sa droga: ang pangangailangan sa droga ay puwedeng magtali sa isang tao sa mga nagbibigay nito.
   *[other] Nagsimula ito sa droga: ang pangangailangan sa droga ay puwedeng magtali sa isang tao sa mga nagbibigay nito.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Nagsimula ito sa alok ng madaling pera: karaniwang paraan ito para mahila ang mga tao sa krimen para sa iba.
   *[other] Nagsimula ito sa alok ng madaling pera: karaniwang paraan ito para mahila ang mga tao sa krimen para sa iba.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Mas matanda nang malaki ang taong iniisip mo: isinasama ito ng Child Focus sa mga babalang palatandaan.
   *[other] Mas matanda nang malaki ang boyfriend, girlfriend o kaibigan kaysa sa kabataan: isinasama ito ng Child Focus sa mga babalang palatandaan.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Binibigyan ka ng pera o mamahaling regalo: puwedeng gamitin ang regalo para maramdaman mong may utang ka.
   *[other] Binibigyan ang tao ng pera o mamahaling regalo: puwedeng gamitin ang regalo para maramdaman niyang may utang siya.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Gusto ng taong ito na tumigil ka sa pakikipagkita sa mga kaibigan o pamilya: inilalayo ng mga teen pimp ang kabataan sa mga puwedeng tumulong.
   *[other] Gusto ng taong ito na tumigil ang kabataan sa pakikipagkita sa mga kaibigan o pamilya: inilalayo ng mga teen pimp ang kabataan sa mga puwedeng tumulong.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Hindi umuuwi sa gabi nang hindi sinasabi kung saan: isinasama ito ng Child Focus sa mga babalang palatandaan.
   *[other] Hindi umuuwi sa gabi nang hindi sinasabi kung saan: isinasama ito ng Child Focus sa mga babalang palatandaan.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Mga hotel o hindi kilalang apartment kasama ang taong ito o ang mga kaibigan niya: isinasama ito ng Child Focus sa mga babalang palatandaan.
   *[other] Mga hotel o hindi kilalang apartment kasama ang taong ito o ang mga kaibigan niya: isinasama ito ng Child Focus sa mga babalang palatandaan.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Humihingi ang taong ito ng sekswal na litrato mo: madalas gamitin ang ganitong litrato sa huli para pilitin ang kabataan.
   *[other] Humihingi ang taong ito ng sekswal na litrato sa kabataan: madalas gamitin ang ganitong litrato sa huli para pilitin ang kabataan.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Sinasabi ng taong ito na may utang ka sa kanya dahil sa mga regalo: ang gawa-gawang utang ay paraan para sumunod ang kabataan.
   *[other] Sinasabi ng taong ito na may utang ang kabataan sa kanya dahil sa mga regalo: ang gawa-gawang utang ay paraan para sumunod ang kabataan.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Tattoo ng pangalan o simbolo ng taong ito: minsan ginagamit ito ng mga teen pimp para markahan ang kabataan bilang kanila.
   *[other] Tattoo ng pangalan o simbolo ng taong ito: minsan ginagamit ito ng mga teen pimp para markahan ang kabataan bilang kanila.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Pangalawang telepono mula sa taong ito: puwedeng paraan ito para makontak ka nang hindi alam ng iba.
   *[other] Pangalawang telepono mula sa taong ito: puwedeng paraan ito para makontak ang kabataan nang hindi alam ng iba.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Malalaking pagbabago sa mood: puwedeng palatandaan ito na may mabigat na problema. Karapat-dapat kang matulungan.
   *[other] Malalaking pagbabago sa mood: puwedeng palatandaan ito na may mabigat na problema ang kabataan.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Maraming alak o droga nitong mga nakaraang araw: isinasama ito ng Child Focus sa mga babalang palatandaan.
   *[other] Maraming alak o droga nitong mga nakaraang araw: isinasama ito ng Child Focus sa mga babalang palatandaan.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Sinasaktan ang sarili, o iniisip ito: karapat-dapat kang matulungan ngayon, anuman ang iba pang nangyayari.
   *[other] Sinasaktan ang sarili, o nagsasalita tungkol dito: karapat-dapat matulungan ngayon ang kabataan, anuman ang iba pang nangyayari.
}

## Checklist: mga antas ng resulta

checklist-level-immediate-danger = Panganib ngayon
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Sinabi mong nasa panganib ka ngayon. Kung ligtas mong magagawa, tumawag ng tulong ngayon. Puwede kang bumalik sa mga tanong mamaya.
   *[other] Sinabi mong nasa panganib ang tao ngayon. Kung ligtas mong magagawa, tumawag ng tulong ngayon. Puwede kang bumalik sa mga tanong mamaya.
}
checklist-level-strong-signs = Malalakas na palatandaan
checklist-level-strong-signs-summary = { $perspective ->
    [me] Malinaw na palatandaan ng human trafficking o pagsasamantala ang ipinapakita ng mga sagot mo. Hindi ito paghuhusga: puwedeng tingnan ng isang espesyal na sentro ang sitwasyon mo kasama ka.
   *[other] Malinaw na palatandaan ng human trafficking o pagsasamantala ang ipinapakita ng mga sagot mo. Hindi ito paghuhusga: puwedeng tingnan ng isang espesyal na sentro ang sitwasyon kasama ka.
}
checklist-level-some-signs = Ilang palatandaan
checklist-level-some-signs-summary = { $perspective ->
    [me] Ang ilan sa mga sagot mo ay puwedeng palatandaan ng pagsasamantala. Wala itong pinapatunayan, pero mabuting pag-usapan ito sa taong may alam sa ganitong sitwasyon.
   *[other] Ang ilan sa mga sagot mo ay puwedeng palatandaan ng pagsasamantala. Wala itong pinapatunayan, pero mabuting pag-usapan ito sa taong may alam sa ganitong sitwasyon.
}
checklist-level-no-clear-signs = Walang malinaw na palatandaan
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Walang malinaw na palatandaan ng human trafficking sa mga sagot mo. Kung pakiramdam mo ay may mali pa rin, puwede kang humingi ng payo kahit kailan.
   *[other] Walang malinaw na palatandaan ng human trafficking sa mga sagot mo. Kung pakiramdam mo ay may mali pa rin, puwede kang humingi ng payo kahit kailan.
}

## Checklist: mga paalala kasama ng resulta

checklist-note-not-proof = { $perspective ->
    [me] Galing ang mga palatandaang ito sa mga listahang ginagamit ng International Labour Organization, ng European Commission at ng United Nations. Hindi kayang patunayan o itanggi ng mga palatandaan lang ang trafficking; ipinapakita nila kung kailan sulit humingi ng tulong.
   *[other] Galing ang mga palatandaang ito sa mga listahang ginagamit ng International Labour Organization, ng European Commission at ng United Nations. Hindi kayang patunayan o itanggi ng mga palatandaan lang ang trafficking; ipinapakita nila kung kailan sulit humingi ng tulong.
}
checklist-note-crisis = { $perspective ->
    [me] Kung naiisip mong saktan ang sarili mo, hindi mo kailangang dalhin ito nang mag-isa. Kapag nasa panganib, tumawag sa 112. Puwedeng tumawag ang kabataan sa Child Focus sa 116 000, libre, araw at gabi. Wala pang nakalistang suicide-prevention line sa Lueur: hindi pa namin nasusuri ang isa laban sa isang pinagmulan.
   *[other] Kung naiisip ng tao na saktan ang sarili niya, hindi niya dapat dalhin ito nang mag-isa. Kapag nasa panganib, tumawag sa 112. Puwedeng tumawag ang kabataan sa Child Focus sa 116 000, libre, araw at gabi. Wala pang nakalistang suicide-prevention line sa Lueur: hindi pa namin nasusuri ang isa laban sa isang pinagmulan.
}
checklist-note-minor = { $perspective ->
    [me] Maaaring wala ka pang 18. Ang pagkita ng pera mula sa sekswal na gawain, litrato o video ng isang kabataan ay laging pagsasamantala, kahit pumayag siya. Para sa kabataan, hindi kailangan ng pamimilit o kasinungalingan para maging trafficking ito. May mga serbisyo na para lang sa mga kabataan.
   *[other] Maaaring wala pang 18 ang tao. Ang pagkita ng pera mula sa sekswal na gawain, litrato o video ng isang kabataan ay laging pagsasamantala, kahit pumayag siya. Para sa kabataan, hindi kailangan ng pamimilit o kasinungalingan para maging trafficking ito. May mga serbisyo na para lang sa mga kabataan.
}
checklist-note-work-rights = { $perspective ->
    [me] Ang ilang sagot ay naglalarawan ng hindi patas na trabaho. Kahit hindi ito trafficking, puwede itong labag sa batas, at may mga karapatan ka sa trabaho.
   *[other] Ang ilang sagot ay naglalarawan ng hindi patas na trabaho. Kahit hindi ito trafficking, puwede itong labag sa batas, at may mga karapatan ang tao sa trabaho.
}
checklist-note-unsure = { $perspective ->
    [me] Hindi ka sigurado sa ilang tanong. Normal iyon. Matutulungan ka ng isang espesyal na sentro na pag-isipan ang mga ito.
   *[other] Hindi ka sigurado sa ilang tanong. Normal iyon. Matutulungan ka ng isang espesyal na sentro na pag-isipan ang mga ito.
}
checklist-note-still-worried = { $perspective ->
    [me] Hindi nakikita ng checklist ang lahat. Kung nag-aalala ka, magtiwala sa pakiramdam na iyon at humingi ng payo.
   *[other] Hindi nakikita ng checklist ang lahat. Kung nag-aalala ka para sa tao, magtiwala sa pakiramdam na iyon at humingi ng payo.
}
