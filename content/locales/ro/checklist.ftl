## Întrebări: ecrane și butoane

checklist-title = Verifică semnele
checklist-intro = Câteva întrebări, cu răspuns da, nu sau nu știu sigur. Poți sări peste o întrebare sau te poți întoarce. Răspunsurile tale rămân în această aplicație și dispar când o închizi, doar dacă nu alegi să le păstrezi.
checklist-answer-yes = Da
checklist-answer-no = Nu
checklist-answer-unsure = Nu știu sigur
checklist-skip = Sari peste această întrebare
checklist-back = Înapoi
checklist-continue = Continuă întrebările
checklist-progress = Întrebarea { $current } din { $total }
checklist-prompt = Scrie un număr și apasă Enter:
checklist-keep-answers = Păstrează răspunsurile mele pe acest telefon
checklist-keep-answers-hint = Oricine poate deschide Lueur pe acest telefon le-ar putea vedea atunci. Le poți șterge oricând.
checklist-delete-answers = Șterge răspunsurile mele de pe acest telefon
checklist-answers-kept = Răspunsurile tale sunt păstrate pe acest telefon.
checklist-answers-deleted = Răspunsurile tale au fost șterse de pe acest telefon.
checklist-saved-found = Ai păstrat mai devreme răspunsuri pe acest telefon.
checklist-resume = Continuă cu răspunsurile păstrate
checklist-start-again = Începe din nou
checklist-signs-heading = Ce arată răspunsurile
checklist-element-present = Răspunsurile arată acest lucru.
checklist-unsure-heading = Răspunsuri pe care nu le știai sigur
checklist-notes-heading = Bine de știut
checklist-contacts-heading = Cine te poate ajuta
checklist-steps-heading = Ce poți face acum
checklist-grade-strong = semn puternic
checklist-grade-medium = semn
checklist-grade-weak = semn slab
checklist-sources = Surse: { $sources }
checklist-close = Închide
checklist-invalid-choice = Te rog scrie unul dintre numerele afișate.
checklist-error-about = Spune a cui este situația: „me” (eu) sau „other” (altcineva).
checklist-ignored = Nu s-au pus cu aceste răspunsuri, deci nu se numără: { $questions }

## Întrebări: pașii următori și contactele

checklist-action-call = Sună la { $name }: { $number }
checklist-action-talk = Vorbește cu { $name }
checklist-action-report = Pregătește un raport confidențial
checklist-action-report-hint = Lueur scrie un scurt rezumat al acestor răspunsuri. Îl poți schimba sau șterge.
checklist-action-read = Citește: { $title }
checklist-contact-reason-emergency = În caz de urgență
checklist-contact-reason-minors = Pentru tinerii sub 18 ani
checklist-contact-reason-region = Aproape de tine
checklist-contact-reason-language = Vorbește limba ta
checklist-contact-reason-centre = Specializat în ajutorul oamenilor în această situație
checklist-contact-reason-report = Ca să semnalezi o situație

## Întrebări: rezumatul pentru un raport

checklist-summary-heading = { $perspective ->
    [me] Întrebările Lueur, despre situația mea
   *[other] Întrebările Lueur, despre cineva pe care îl cunosc
}
checklist-summary-level = Rezultat: { $level }
checklist-summary-minor = Persoana poate avea sub 18 ani.
checklist-summary-signs = Semne în răspunsuri:
checklist-summary-unsure = Nu știu sigur:
checklist-summary-none = La niciun semn nu s-a răspuns cu da.

## Întrebări: erori

checklist-error-unknown-question = Nu există întrebarea „{ $question }” în listă.
checklist-error-unknown-answer = „{ $answer }” nu este un răspuns posibil la această întrebare.
checklist-error-not-current = Această întrebare nu este cea de pe ecran acum.

## Întrebări: părți

checklist-module-entry = Primele întrebări
checklist-module-general = Situația
checklist-module-sexual = Sex, escortă și online
checklist-module-labour = Munca
checklist-module-domestic = Muncă într-o casă
checklist-module-begging = Cerșitul
checklist-module-criminality = Infracțiuni pentru altcineva
checklist-module-teen-pimps = O relație care nu pare în regulă
checklist-module-closing = Ultima întrebare

## Întrebări: primele întrebări

checklist-q-about = Despre cine este vorba?
checklist-q-about-me = Despre mine
checklist-q-about-other = Despre cineva pe care îl cunosc
checklist-q-danger-now = { $perspective ->
    [me] Ești în pericol chiar acum sau îți este frică să nu-ți facă cineva rău foarte curând?
   *[other] Persoana este în pericol chiar acum sau îi este frică să nu-i facă cineva rău foarte curând?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Te ține cineva sub cheie undeva chiar acum sau te ține acolo împotriva voinței tale?
   *[other] O ține cineva sub cheie undeva chiar acum sau o ține acolo împotriva voinței ei?
}
checklist-q-under-18 = { $perspective ->
    [me] Ai sub 18 ani?
   *[other] Persoana are sub 18 ani?
}
checklist-q-situation = { $perspective ->
    [me] Despre ce este mai ales situația ta?
   *[other] Despre ce este mai ales situația persoanei?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sex, escortă, poze sau filmări sexuale, și online
   *[other] Sex, escortă, poze sau filmări sexuale, și online
}
checklist-q-situation-labour = { $perspective ->
    [me] Muncă: de exemplu într-un restaurant, pe un șantier, la o fermă, într-un magazin
   *[other] Muncă: de exemplu într-un restaurant, pe un șantier, la o fermă, într-un magazin
}
checklist-q-situation-domestic = { $perspective ->
    [me] Muncă în casa cuiva: curățenie, gătit, îngrijirea copiilor
   *[other] Muncă în casa cuiva: curățenie, gătit, îngrijirea copiilor
}
checklist-q-situation-begging = { $perspective ->
    [me] Cerșit pe stradă
   *[other] Cerșit pe stradă
}
checklist-q-situation-criminality = { $perspective ->
    [me] Trebuie să fur, să vând droguri sau să încalc legea în alt fel
   *[other] Trebuie să fure, să vândă droguri sau să încalce legea în alt fel
}
checklist-q-situation-relationship = { $perspective ->
    [me] Un iubit, o iubită sau un prieten care cere tot mai mult: bani, sex, poze sau timp departe de casă și de școală
   *[other] Un iubit, o iubită sau un prieten care îi cere persoanei tot mai mult: bani, sex, poze sau timp departe de casă și de școală
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Nu știu sigur, sau altceva
   *[other] Nu știu sigur, sau altceva
}

## Întrebări pentru orice situație

checklist-q-g-act-arranged = { $perspective ->
    [me] Ți-a găsit sau ți-a aranjat altcineva această muncă sau activitate?
   *[other] I-a găsit sau i-a aranjat altcineva persoanei această muncă sau activitate?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Te-a adus cineva în locul unde ești acum sau ți-a organizat drumul?
   *[other] A adus-o cineva pe persoană unde este acum sau i-a organizat drumul?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Persoana pentru care lucrezi, sau cineva care lucrează cu ea, hotărăște unde dormi?
   *[other] Cel pentru care lucrează persoana, sau cineva care lucrează cu el, hotărăște unde doarme persoana?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Munca sau situația ta este foarte diferită de ce ți s-a promis?
   *[other] Munca sau situația persoanei este foarte diferită de ce i s-a promis?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Te-a mințit cineva despre plată, despre ore sau despre locul unde stai?
   *[other] A mințit-o cineva pe persoană despre plată, despre ore sau despre locul unde stă?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Ți-a promis cineva acte sau ședere legală pe care nu le-ai primit niciodată?
   *[other] I-a promis cineva persoanei acte sau ședere legală pe care nu le-a primit niciodată?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Te-a lovit sau ți-a făcut cineva rău ca să vii aici sau să începi această muncă?
   *[other] A lovit-o sau i-a făcut cineva rău persoanei ca să vină aici sau să înceapă această muncă?
}
checklist-q-g-taken = { $perspective ->
    [me] La început, te-a luat cineva cu forța sau te-a ținut împotriva voinței tale?
   *[other] La început, a luat-o cineva pe persoană cu forța sau a ținut-o împotriva voinței ei?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Te-a amenințat cineva ca să vii aici sau să începi această muncă?
   *[other] A amenințat-o cineva pe persoană ca să vină aici sau să înceapă această muncă?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Când a început, a folosit cineva o perioadă foarte grea din viața ta, de exemplu când nu aveai bani sau casă?
   *[other] Când a început, a folosit cineva o perioadă foarte grea din viața persoanei, de exemplu când nu avea bani sau casă?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] A folosit cineva faptul că nu ai acte de ședere în Belgia ca să te aducă în această situație?
   *[other] A folosit cineva faptul că persoana nu are acte de ședere în Belgia ca să o aducă în această situație?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] A folosit cineva faptul că nu știai limba, regulile sau drepturile tale de aici?
   *[other] A folosit cineva faptul că persoana nu știa limba, regulile sau drepturile ei de aici?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Lucrezi des zile foarte lungi sau șapte zile pe săptămână?
   *[other] Persoana lucrează des zile foarte lungi sau șapte zile pe săptămână?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Primești puțini bani sau deloc pentru ce faci?
   *[other] Persoana primește puțini bani sau deloc pentru ce face?
}
checklist-q-g-housing = { $perspective ->
    [me] Locul unde dormi este supraaglomerat, murdar sau nesigur?
   *[other] Locul unde doarme persoana este supraaglomerat, murdar sau nesigur?
}
checklist-q-g-documents = { $perspective ->
    [me] Refuză cineva să-ți dea înapoi pașaportul sau buletinul când le ceri?
   *[other] Refuză cineva să-i dea persoanei înapoi pașaportul sau buletinul când le cere?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Te oprește cineva să pleci, te încuie sau te urmărește când ieși?
   *[other] O oprește cineva pe persoană să plece, o încuie sau o urmărește când iese?
}
checklist-q-g-debt = { $perspective ->
    [me] Datorezi bani oamenilor pentru care lucrezi sau celor care te-au adus aici?
   *[other] Persoana datorează bani oamenilor pentru care lucrează sau celor care au adus-o aici?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Datoria rămâne la fel sau crește, orice ai plăti sau ai face?
   *[other] Datoria rămâne la fel sau crește, orice ar plăti sau ar face persoana?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Datoria a început cu costul drumului, al locului de muncă sau al locuinței tale?
   *[other] Datoria a început cu costul drumului, al locului de muncă sau al locuinței persoanei?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Ia altcineva toți sau aproape toți banii pe care îi câștigi?
   *[other] Ia altcineva toți sau aproape toți banii pe care îi câștigă persoana?
}
checklist-q-g-threats = { $perspective ->
    [me] Te-a amenințat cineva pe tine sau familia ta?
   *[other] A amenințat cineva persoana sau familia ei?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Ți-a spus cineva că te va denunța la poliție sau la imigrare dacă nu asculți?
   *[other] I-a spus cineva persoanei că o va denunța la poliție sau la imigrare dacă nu ascultă?
}
checklist-q-g-violence = { $perspective ->
    [me] Te-a lovit cineva, ți-a făcut rău sau te-a forțat la acte sexuale?
   *[other] A lovit-o cineva pe persoană, i-a făcut rău sau a forțat-o la acte sexuale?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Dacă ai vrea să te oprești, te-ar pedepsi cineva sau ți-ar face viața mai grea?
   *[other] Dacă persoana ar vrea să se oprească, ar pedepsi-o cineva sau i-ar face viața mai grea?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Ți-a spus cineva ce să spui la poliție, autorităților sau familiei tale?
   *[other] I-a spus cineva persoanei ce să spună la poliție, autorităților sau familiei ei?
}
checklist-q-g-dependent = { $perspective ->
    [me] Depinzi de aceiași oameni pentru muncă, locuință și mâncare?
   *[other] Persoana depinde de aceiași oameni pentru muncă, locuință și mâncare?
}
checklist-q-g-isolated = { $perspective ->
    [me] Te oprește cineva să iei legătura cu familia sau prietenii tăi?
   *[other] O oprește cineva pe persoană să ia legătura cu familia sau prietenii ei?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Îți este frică să ceri ajutor la poliție, de exemplu din cauza actelor?
   *[other] Îi este frică persoanei să ceară ajutor la poliție, de exemplu din cauza actelor?
}

## Întrebări: sex, escortă și online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Te obligă cineva să vezi clienți sau să faci acte sexuale pe care nu le vrei?
   *[other] O obligă cineva pe persoană să vadă clienți sau să facă acte sexuale pe care nu le vrea?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Ia altcineva cea mai mare parte din banii pe care ți-i plătesc clienții?
   *[other] Ia altcineva cea mai mare parte din banii pe care i-i plătesc clienții persoanei?
}
checklist-q-s-organised = { $perspective ->
    [me] Altcineva îți pune anunțurile, îți alege clienții sau îți organizează întâlnirile de escortă?
   *[other] Altcineva pune anunțurile persoanei, îi alege clienții sau îi organizează întâlnirile de escortă?
}
checklist-q-s-images = { $perspective ->
    [me] Te obligă cineva să faci poze sau filmări sexuale, sau lucruri sexuale în fața camerei, ca să câștige el din asta?
   *[other] O obligă cineva pe persoană să facă poze sau filmări sexuale, sau lucruri sexuale în fața camerei, ca să câștige el din asta?
}

## Întrebări: munca

checklist-q-l-contract = { $perspective ->
    [me] Lucrezi fără contract sau la negru?
   *[other] Persoana lucrează fără contract sau la negru?
}
checklist-q-l-hazard = { $perspective ->
    [me] Munca este periculoasă, fără protecție sau fără instruire?
   *[other] Munca persoanei este periculoasă, fără protecție sau fără instruire?
}
checklist-q-l-live-in = { $perspective ->
    [me] Locuiești în casa oamenilor pentru care lucrezi?
   *[other] Persoana locuiește în casa oamenilor pentru care lucrează?
}

## Întrebări: muncă într-o casă

checklist-q-d-sleep-place = { $perspective ->
    [me] Trebuie să dormi undeva fără nicio intimitate, de exemplu în bucătărie, pe hol sau pe jos?
   *[other] Persoana trebuie să doarmă undeva fără nicio intimitate, de exemplu în bucătărie, pe hol sau pe jos?
}
checklist-q-d-food = { $perspective ->
    [me] Nu ai destulă mâncare sau primești doar ce rămâne?
   *[other] Persoana nu are destulă mâncare sau primește doar ce rămâne?
}

## Întrebări: cerșitul

checklist-q-b-quota = { $perspective ->
    [me] Trebuie să-i aduci cuiva o sumă fixă de bani în fiecare zi?
   *[other] Persoana trebuie să-i aducă cuiva o sumă fixă de bani în fiecare zi?
}
checklist-q-b-punished = { $perspective ->
    [me] Te pedepsește cineva când aduci prea puțin?
   *[other] O pedepsește cineva pe persoană când aduce prea puțin?
}
checklist-q-b-brought = { $perspective ->
    [me] Te duce cineva cu mașina la locul unde cerșești și te ia apoi înapoi?
   *[other] O duce cineva cu mașina pe persoană la locul unde cerșește și o ia apoi înapoi?
}
checklist-q-b-school = { $perspective ->
    [me] Cerșești în loc să mergi la școală?
   *[other] Persoana cerșește în loc să meargă la școală?
}

## Întrebări: infracțiuni sub constrângere

checklist-q-c-drawn-drugs = { $perspective ->
    [me] A început cu cineva care ți-a dat droguri sau te-a făcut să ai nevoie de ele?
   *[other] A început cu cineva care i-a dat persoanei droguri sau a făcut-o să aibă nevoie de ele?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] A început cu cineva care ți-a oferit bani ușori?
   *[other] A început cu cineva care i-a oferit persoanei bani ușori?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] A început cu o datorie pe care ți s-a spus să o plătești așa?
   *[other] A început cu o datorie pe care persoanei i s-a spus să o plătească așa?
}
checklist-q-c-made-to = { $perspective ->
    [me] Te obligă cineva să furi, să vinzi droguri sau să încalci legea în alt fel pentru altcineva?
   *[other] O obligă cineva pe persoană să fure, să vândă droguri sau să încalce legea în alt fel pentru altcineva?
}
checklist-q-c-profits = { $perspective ->
    [me] Păstrează altcineva banii sau lucrurile pe care le aduci?
   *[other] Păstrează altcineva banii sau lucrurile pe care le aduce persoana?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Trebuie să stai într-o casă ca să ai grijă de plante de canabis?
   *[other] Persoana trebuie să stea într-o casă ca să aibă grijă de plante de canabis?
}

## Întrebări: o relație care nu pare în regulă (proxeneți de adolescenți)

checklist-q-t-older = { $perspective ->
    [me] Persoana la care te gândești este mult mai mare decât tine?
   *[other] Acest iubit, această iubită sau acest prieten este mult mai mare decât persoana tânără?
}
checklist-q-t-gifts = { $perspective ->
    [me] Această persoană îți dă bani, cadouri scumpe sau un telefon?
   *[other] Această persoană îi dă persoanei tinere bani, cadouri scumpe sau un telefon?
}
checklist-q-t-love = { $perspective ->
    [me] Ți-a promis această persoană dragoste sau un viitor împreună, și nu s-a ținut de promisiune?
   *[other] I-a promis această persoană persoanei tinere dragoste sau un viitor împreună, și nu s-a ținut de promisiune?
}
checklist-q-t-hard-time = { $perspective ->
    [me] A apărut această persoană în viața ta când simțeai că nu ai pe nimeni sau aveai probleme acasă sau la școală?
   *[other] A apărut această persoană în viața persoanei tinere când simțea că nu are pe nimeni sau avea probleme acasă sau la școală?
}
checklist-q-t-need = { $perspective ->
    [me] Simți că ai atâta nevoie de această persoană încât nu-i poți spune nu?
   *[other] Pare că persoana tânără are atâta nevoie de această persoană încât nu-i poate spune nu?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Vrea această persoană să nu-ți mai vezi prietenii sau familia?
   *[other] Vrea această persoană ca persoana tânără să nu-și mai vadă prietenii sau familia?
}
checklist-q-t-nights = { $perspective ->
    [me] Stai noaptea departe de casă fără să spui unde ești?
   *[other] Persoana tânără stă noaptea departe de casă fără să spună unde este?
}
checklist-q-t-hotels = { $perspective ->
    [me] Mergi în hoteluri sau apartamente pe care nu le cunoști, cu această persoană sau cu prietenii ei?
   *[other] Persoana tânără merge în hoteluri sau apartamente pe care nu le cunoaște, cu această persoană sau cu prietenii ei?
}
checklist-q-t-school = { $perspective ->
    [me] Lipsești des de la școală?
   *[other] Persoana tânără lipsește des de la școală?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Ți-a cerut această persoană să faci sex cu alți oameni?
   *[other] I-a cerut această persoană persoanei tinere să facă sex cu alți oameni?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Ți-a cerut această persoană poze sau filmări sexuale cu tine?
   *[other] I-a cerut această persoană persoanei tinere poze sau filmări sexuale cu ea însăși?
}
checklist-q-t-owe = { $perspective ->
    [me] Spune această persoană că îi datorezi bani pentru cadouri sau pentru alte lucruri?
   *[other] Spune această persoană că persoana tânără îi datorează bani pentru cadouri sau pentru alte lucruri?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Ai un tatuaj cu numele sau semnul acestei persoane?
   *[other] Persoana tânără are un tatuaj cu numele sau semnul acestei persoane?
}
checklist-q-t-phones = { $perspective ->
    [me] Ai un al doilea telefon, primit de la această persoană?
   *[other] Persoana tânără are un al doilea telefon, primit de la această persoană?
}
checklist-q-t-mood = { $perspective ->
    [me] Ți s-a schimbat mult starea în ultima vreme?
   *[other] S-a schimbat mult starea persoanei tinere în ultima vreme?
}
checklist-q-t-drugs = { $perspective ->
    [me] În ultima vreme, bei mult sau iei droguri?
   *[other] În ultima vreme, persoana tânără bea mult sau ia droguri?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Îți faci rău sau te gândești să-ți faci rău?
   *[other] Persoana tânără își face rău sau vorbește despre asta?
}

## Întrebări: ultima întrebare

checklist-q-region = { $perspective ->
    [me] Unde ești în Belgia? Așa îți putem arăta un centru aproape de tine.
   *[other] Unde este persoana în Belgia? Așa putem arăta un centru din apropiere.
}
checklist-q-region-brussels = { $perspective ->
    [me] Bruxelles
   *[other] Bruxelles
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandra
   *[other] Flandra
}
checklist-q-region-wallonia = { $perspective ->
    [me] Valonia
   *[other] Valonia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Estul Belgiei (Comunitatea germanofonă)
   *[other] Estul Belgiei (Comunitatea germanofonă)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Prefer să nu spun
   *[other] Prefer să nu spun sau nu știu
}

## Întrebări: elemente (cum sunt grupate semnele)

checklist-element-act = Cineva a aranjat, a mutat sau a cazat persoana
checklist-element-deceptive-recruitment = Minciuni la început
checklist-element-coercive-recruitment = Forță la început
checklist-element-vulnerability-recruitment = O situație grea folosită la început
checklist-element-exploitative-conditions = Exploatare: muncă sau trai în condiții nedrepte
checklist-element-exploitation-in-law = Exploatare numită în lege: sex, cerșit sau infracțiuni pentru altcineva
checklist-element-coercion-destination = Control și constrângere acum
checklist-element-vulnerability-destination = O situație grea folosită acum
checklist-element-other-signs = Alte semne (UNODC), nenumărate ca indicatori ILO
checklist-element-warning-signs = Semne de alarmă la tineri (Child Focus), nu indicatori ILO

## Întrebări: semnele explicate

checklist-indicator-act-recruited = { $perspective ->
    [me] Altcineva ți-a găsit sau ți-a aranjat asta: în definiția legală, asta înseamnă recrutarea unei persoane.
   *[other] Altcineva i-a găsit sau i-a aranjat asta persoanei: în definiția legală, asta înseamnă recrutarea unei persoane.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Cineva te-a adus aici sau ți-a organizat drumul: în definiția legală, asta înseamnă transportul unei persoane.
   *[other] Cineva a adus persoana aici sau i-a organizat drumul: în definiția legală, asta înseamnă transportul unei persoane.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Oamenii pentru care lucrezi hotărăsc unde dormi: în definiția legală, asta înseamnă cazarea unei persoane.
   *[other] Oamenii pentru care lucrează persoana hotărăsc unde doarme: în definiția legală, asta înseamnă cazarea unei persoane.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Munca sau situația este foarte diferită de ce ți s-a promis: minciuna de la început este un mod des folosit de a aduce oamenii în exploatare.
   *[other] Munca sau situația este foarte diferită de ce i s-a promis persoanei: minciuna de la început este un mod des folosit de a aduce oamenii în exploatare.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Te-a mințit cineva despre plată, ore sau locuință: promisiunile false îi fac pe oameni să accepte condiții pe care altfel le-ar refuza.
   *[other] Cineva a mințit persoana despre plată, ore sau locuință: promisiunile false îi fac pe oameni să accepte condiții pe care altfel le-ar refuza.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Ți s-au promis acte care nu au venit: această promisiune este folosită des ca oamenii să aștepte și să asculte.
   *[other] Persoanei i s-au promis acte care nu au venit: această promisiune este folosită des ca oamenii să aștepte și să asculte.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Cineva ți-a promis dragoste sau un viitor împreună: proxeneții de adolescenți încep des așa, ca să câștige încrederea.
   *[other] Cineva i-a promis persoanei dragoste sau un viitor împreună: proxeneții de adolescenți încep des așa, ca să câștige încrederea.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Cineva te-a lovit sau ți-a făcut rău ca să începi: acesta este un semn grav că nu ai ales liber.
   *[other] Cineva a lovit persoana sau i-a făcut rău ca să înceapă: acesta este un semn grav că nu a ales liber.
}
checklist-indicator-abducted = { $perspective ->
    [me] La început, cineva te-a luat cu forța sau te-a ținut împotriva voinței tale: nimeni nu are voie să-ți facă asta.
   *[other] La început, cineva a luat persoana cu forța sau a ținut-o împotriva voinței ei: nimeni nu are voie să-i facă asta cuiva.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Cineva te-a amenințat ca să începi: frica poate lua alegerea.
   *[other] Cineva a amenințat persoana ca să înceapă: frica poate lua alegerea.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Datoria a început cu drumul sau cu locul de muncă: o astfel de datorie este folosită des ca să lege o persoană de cei care o aduc.
   *[other] Datoria a început cu drumul sau cu locul de muncă: o astfel de datorie este folosită des ca să lege o persoană de cei care o aduc.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] A început când nu aveai bani, acte sau casă: cei care îi exploatează pe alții caută oameni aflați într-o perioadă grea.
   *[other] A început când persoana nu avea bani, acte sau casă: cei care îi exploatează pe alții caută oameni aflați într-o perioadă grea.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Cineva a folosit faptul că nu ai acte ca să te aducă în această situație: oamenii fără acte sunt ușor de amenințat, iar exploatatorii folosesc asta.
   *[other] Cineva a folosit faptul că persoana nu are acte ca să o aducă în această situație: oamenii fără acte sunt ușor de amenințat, iar exploatatorii folosesc asta.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Cineva a folosit ce nu știai despre limbă, reguli sau drepturile tale: când nu știi, ești ușor de păcălit.
   *[other] Cineva a folosit ce nu știa persoana despre limbă, reguli sau drepturile ei: când nu știi, ești ușor de păcălit.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] A început când simțeai că nu ai pe nimeni sau aveai probleme acasă sau la școală: proxeneții de adolescenți caută tineri în această situație.
   *[other] A început când persoana simțea că nu are pe nimeni sau avea probleme acasă sau la școală: proxeneții de adolescenți caută tineri în această situație.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Simți că nu-i poți spune nu acestei persoane: să-l faci pe cineva să se simtă dependent este un mod de a-l controla.
   *[other] Persoana pare să nu poată spune nu: să-l faci pe cineva să se simtă dependent este un mod de a-l controla.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Zile foarte lungi sau nicio zi liberă: acesta poate fi un semn de exploatare, mai ales împreună cu alte semne.
   *[other] Zile foarte lungi sau nicio zi liberă: acesta poate fi un semn de exploatare, mai ales împreună cu alte semne.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Plată mică sau deloc pentru munca ta: acesta poate fi un semn de exploatare.
   *[other] Plată mică sau deloc pentru muncă: acesta poate fi un semn de exploatare.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Fără contract și nedeclarat: asta înseamnă des fără asigurare și fără protecție la muncă.
   *[other] Fără contract și nedeclarat: asta înseamnă des fără asigurare și fără protecție la muncă pentru persoană.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Muncă periculoasă fără protecție: îți pune sănătatea în pericol și poate fi un semn de exploatare.
   *[other] Muncă periculoasă fără protecție: pune în pericol sănătatea persoanei și poate fi un semn de exploatare.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Un loc de dormit supraaglomerat, murdar sau nesigur: astfel de condiții de trai pot fi un semn de exploatare.
   *[other] Un loc de dormit supraaglomerat, murdar sau nesigur: astfel de condiții de trai pot fi un semn de exploatare.
}
checklist-indicator-no-school = { $perspective ->
    [me] Lipsa de la școală: un tânăr are dreptul să meargă la școală.
   *[other] Lipsa de la școală: un tânăr are dreptul să meargă la școală.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Altcineva câștigă bani din actele tale sexuale: legea numește asta exploatare sexuală, iar pentru cineva sub 18 ani este întotdeauna exploatare.
   *[other] Altcineva câștigă bani din actele sexuale ale persoanei: legea numește asta exploatare sexuală, iar pentru cineva sub 18 ani este întotdeauna exploatare.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Cineva te obligă să faci poze sau filmări sexuale ca să câștige el: aceasta este exploatare sexuală, și online.
   *[other] Cineva obligă persoana să facă poze sau filmări sexuale ca să câștige el: aceasta este exploatare sexuală, și online.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Această persoană îți cere să faci sex cu alți oameni: proxeneții de adolescenți fac asta, iar pentru cineva sub 18 ani este întotdeauna exploatare.
   *[other] Această persoană îi cere persoanei tinere să facă sex cu alți oameni: proxeneții de adolescenți fac asta, iar pentru cineva sub 18 ani este întotdeauna exploatare.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Ai sub 18 ani și ești în situații de sex, escortă sau poze sexuale: pentru un tânăr asta este întotdeauna exploatare, chiar dacă ai fost de acord. Nu este niciodată vina ta.
   *[other] Persoana are sub 18 ani și este în situații de sex, escortă sau poze sexuale: pentru un tânăr asta este întotdeauna exploatare, chiar dacă a fost de acord. Nu este niciodată vina ei.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Trebuie să dai o sumă fixă din cerșit: legea numește exploatare cerșitul pentru altcineva.
   *[other] Persoana trebuie să dea o sumă fixă din cerșit: legea numește exploatare cerșitul pentru altcineva.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Altcineva păstrează ce aduc infracțiunile tale: legea numește asta exploatare, iar vinovați sunt cei care câștigă din ea.
   *[other] Altcineva păstrează ce aduc infracțiunile persoanei: legea numește asta exploatare, iar vinovați sunt cei care câștigă din ea.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Trebuie să stai într-o casă ca să ai grijă de plante de canabis: obligarea cuiva să comită infracțiuni pentru alții este exploatare în fața legii.
   *[other] Persoana trebuie să stea într-o casă ca să aibă grijă de plante de canabis: obligarea cuiva să comită infracțiuni pentru alții este exploatare în fața legii.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Ai sub 18 ani și cineva te împinge să comiți infracțiuni: pentru un tânăr asta este exploatare, orice ai fi acceptat.
   *[other] Persoana are sub 18 ani și cineva o împinge să comită infracțiuni: pentru un tânăr asta este exploatare, orice ar fi acceptat.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Cineva refuză să-ți dea înapoi actele de identitate: acesta este un mod de a controla o persoană.
   *[other] Cineva refuză să-i dea persoanei înapoi actele de identitate: acesta este un mod de a controla o persoană.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] O datorie care nu scade niciodată: datoriile sunt folosite des ca oamenii să continue să muncească.
   *[other] O datorie care nu scade niciodată: datoriile sunt folosite des ca oamenii să continue să muncească.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Cineva te oprește să pleci, te încuie sau te urmărește: asta îți ia libertatea.
   *[other] Cineva oprește persoana să plece, o încuie sau o urmărește: asta îi ia libertatea.
}
checklist-indicator-violence = { $perspective ->
    [me] Cineva îți face rău sau te forțează la acte sexuale: aceasta este violență și nu este niciodată vina ta.
   *[other] Cineva îi face rău persoanei sau o forțează la acte sexuale: aceasta este violență și nu este niciodată vina ei.
}
checklist-indicator-threats = { $perspective ->
    [me] Amenințări împotriva ta sau a familiei tale: frica este folosită ca oamenii să asculte.
   *[other] Amenințări împotriva persoanei sau a familiei ei: frica este folosită ca oamenii să asculte.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] O amenințare că te denunță la poliție sau la imigrare: asta este folosită ca oamenii să tacă.
   *[other] O amenințare că persoana va fi denunțată la poliție sau la imigrare: asta este folosită ca oamenii să tacă.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Cineva te-ar pedepsi dacă te-ai opri: o muncă pe care nu o poți lăsa nu este aleasă liber.
   *[other] Persoana ar fi pedepsită dacă s-ar opri: o muncă pe care nu o poți lăsa nu este aleasă liber.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Altcineva ia banii pe care îi câștigi: asta ține o persoană dependentă.
   *[other] Altcineva ia banii pe care îi câștigă persoana: asta ține o persoană dependentă.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Cineva te obligă să încalci legea pentru altcineva: aceasta poate fi o formă de exploatare, în care vinovați sunt cei care câștigă.
   *[other] Persoana este obligată să încalce legea pentru altcineva: aceasta poate fi o formă de exploatare, în care vinovați sunt cei care câștigă.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Nu poți spune nu unui client sau unui act sexual: acesta este un semn că altcineva te controlează.
   *[other] Persoana nu poate spune nu unui client sau unui act sexual: acesta este un semn de control.
}
checklist-indicator-under-control = { $perspective ->
    [me] Altcineva hotărăște anunțurile, clienții sau întâlnirile tale: altcineva controlează munca, iar asta poate fi un semn de exploatare.
   *[other] Altcineva hotărăște anunțurile, clienții sau întâlnirile persoanei: altcineva controlează munca, iar asta poate fi un semn de exploatare.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Cineva îți spune ce să spui la poliție, autorităților sau familiei tale: asta este folosit ca să se ascundă ce se întâmplă.
   *[other] Cineva îi spune persoanei ce să spună la poliție, autorităților sau familiei: asta este folosit ca să se ascundă ce se întâmplă.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Aceiași oameni îți dau muncă, locuință și mâncare: asta face foarte greu să spui nu sau să pleci.
   *[other] Aceiași oameni îi dau persoanei muncă, locuință și mâncare: asta face foarte greu să spună nu sau să plece.
}
checklist-indicator-isolated = { $perspective ->
    [me] Cineva te oprește să iei legătura cu familia și prietenii: fără oameni aproape, e mai greu să primești ajutor.
   *[other] Cineva oprește persoana să ia legătura cu familia și prietenii: fără oameni aproape, e mai greu să primești ajutor.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Îți este frică de poliție sau de situația actelor tale: această frică este folosită des ca oamenii să tacă.
   *[other] Persoanei îi este frică de poliție sau de situația actelor ei: această frică este folosită des ca oamenii să tacă.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Niciun loc privat pentru dormit: UNODC numește asta printre semnele de servitute domestică.
   *[other] Niciun loc privat pentru dormit: UNODC numește asta printre semnele de servitute domestică.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Mâncare prea puțină sau doar resturi: UNODC numește asta printre semnele de servitute domestică.
   *[other] Mâncare prea puțină sau doar resturi: UNODC numește asta printre semnele de servitute domestică.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Pedeapsă pentru că aduci prea puțin: UNODC numește asta printre semnele de cerșit forțat și infracțiuni forțate.
   *[other] Pedeapsă pentru că aduce prea puțin: UNODC numește asta printre semnele de cerșit forțat și infracțiuni forțate.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Cineva te duce cu mașina la locul unde cerșești și te ia apoi înapoi: UNODC numește un semn acest fel de mutare dintr-un loc în altul.
   *[other] Cineva duce persoana cu mașina la locul unde cerșește și o ia apoi înapoi: UNODC numește un semn acest fel de mutare dintr-un loc în altul.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] A început cu droguri: nevoia de droguri poate ține o persoană legată de cei care i le dau.
   *[other] A început cu droguri: nevoia de droguri poate ține o persoană legată de cei care i le dau.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] A început cu o ofertă de bani ușori: acesta este un mod des întâlnit de a atrage oamenii în infracțiuni pentru alții.
   *[other] A început cu o ofertă de bani ușori: acesta este un mod des întâlnit de a atrage oamenii în infracțiuni pentru alții.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Persoana la care te gândești este mult mai mare: Child Focus numește asta printre semnele de alarmă.
   *[other] Iubitul, iubita sau prietenul este mult mai mare decât persoana tânără: Child Focus numește asta printre semnele de alarmă.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Primești bani sau cadouri scumpe: cadourile pot fi folosite ca să te facă să simți că datorezi ceva.
   *[other] Persoana primește bani sau cadouri scumpe: cadourile pot fi folosite ca să creeze sentimentul că datorezi ceva.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Această persoană vrea să nu-ți mai vezi prietenii sau familia: proxeneții de adolescenți îi despart pe tineri de cei care i-ar putea ajuta.
   *[other] Această persoană vrea ca persoana tânără să nu-și mai vadă prietenii sau familia: proxeneții de adolescenți îi despart pe tineri de cei care i-ar putea ajuta.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nopți departe de casă fără să spui unde: Child Focus numește asta printre semnele de alarmă.
   *[other] Nopți departe de casă fără să spună unde: Child Focus numește asta printre semnele de alarmă.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hoteluri sau apartamente necunoscute, cu această persoană sau cu prietenii ei: Child Focus numește asta printre semnele de alarmă.
   *[other] Hoteluri sau apartamente necunoscute, cu această persoană sau cu prietenii ei: Child Focus numește asta printre semnele de alarmă.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Această persoană îți cere poze sexuale cu tine: astfel de poze sunt folosite des mai târziu ca să forțeze un tânăr.
   *[other] Această persoană îi cere persoanei tinere poze sexuale: astfel de poze sunt folosite des mai târziu ca să forțeze un tânăr.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Această persoană spune că îi datorezi ceva pentru cadouri: o datorie inventată este un mod de a face un tânăr să asculte.
   *[other] Această persoană spune că persoana tânără îi datorează ceva pentru cadouri: o datorie inventată este un mod de a face un tânăr să asculte.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Un tatuaj cu numele sau semnul acestei persoane: proxeneții de adolescenți îl folosesc uneori ca să arate că un tânăr este „al lor”.
   *[other] Un tatuaj cu numele sau semnul acestei persoane: proxeneții de adolescenți îl folosesc uneori ca să arate că un tânăr este „al lor”.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Un al doilea telefon de la această persoană: poate fi un mod de a vorbi cu tine fără să știe alții.
   *[other] Un al doilea telefon de la această persoană: poate fi un mod de a vorbi cu persoana tânără fără să știe alții.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Schimbări mari de stare: acesta poate fi un semn că ceva nu este deloc în regulă. Meriți ajutor.
   *[other] Schimbări mari de stare: acesta poate fi un semn că ceva nu este deloc în regulă pentru persoana tânără.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Mult alcool sau droguri în ultima vreme: Child Focus numește asta printre semnele de alarmă.
   *[other] Mult alcool sau droguri în ultima vreme: Child Focus numește asta printre semnele de alarmă.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Îți faci rău sau te gândești la asta: meriți ajutor acum, orice altceva s-ar întâmpla.
   *[other] Își face rău sau vorbește despre asta: persoana tânără merită ajutor acum, orice altceva s-ar întâmpla.
}

## Întrebări: nivelurile rezultatului

checklist-level-immediate-danger = Pericol acum
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Ai spus că ești în pericol acum. Dacă poți face asta fără risc, cere ajutor acum. Te poți întoarce la întrebări mai târziu.
   *[other] Ai spus că persoana este în pericol acum. Dacă poți face asta fără risc, cere ajutor acum. Te poți întoarce la întrebări mai târziu.
}
checklist-level-strong-signs = Semne puternice
checklist-level-strong-signs-summary = { $perspective ->
    [me] Răspunsurile tale arată semne clare de trafic de persoane sau de exploatare. Aceasta nu este o judecată: un centru specializat se poate uita împreună cu tine la situația ta.
   *[other] Răspunsurile tale arată semne clare de trafic de persoane sau de exploatare. Aceasta nu este o judecată: un centru specializat se poate uita împreună cu tine la situație.
}
checklist-level-some-signs = Câteva semne
checklist-level-some-signs-summary = { $perspective ->
    [me] Unele răspunsuri pot fi semne de exploatare. Nu dovedesc nimic, dar merită să vorbești despre ele cu cineva care cunoaște astfel de situații.
   *[other] Unele răspunsuri pot fi semne de exploatare. Nu dovedesc nimic, dar merită să vorbești despre ele cu cineva care cunoaște astfel de situații.
}
checklist-level-no-clear-signs = Niciun semn clar
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Răspunsurile tale nu arată semne clare de trafic de persoane. Dacă totuși ceva nu ți se pare în regulă, poți cere oricând un sfat.
   *[other] Răspunsurile tale nu arată semne clare de trafic de persoane. Dacă totuși ceva nu ți se pare în regulă, poți cere oricând un sfat.
}

## Întrebări: note la rezultat

checklist-note-not-proof = { $perspective ->
    [me] Aceste semne vin din listele folosite de Organizația Internațională a Muncii, Comisia Europeană și Națiunile Unite. Semnele singure nu dovedesc și nici nu exclud traficul; ele arată când merită să ceri ajutor.
   *[other] Aceste semne vin din listele folosite de Organizația Internațională a Muncii, Comisia Europeană și Națiunile Unite. Semnele singure nu dovedesc și nici nu exclud traficul; ele arată când merită să ceri ajutor.
}
checklist-note-crisis = { $perspective ->
    [me] Dacă te gândești să-ți faci rău, nu trebuie să treci prin asta fără ajutor. În pericol, sună la 112. Un tânăr poate suna la Child Focus la 116 000, gratuit, zi și noapte. Lueur nu are încă o linie de prevenire a sinuciderii: nu am verificat-o încă într-o sursă.
   *[other] Dacă persoana se gândește să-și facă rău, nu ar trebui să treacă prin asta fără ajutor. În pericol, sună la 112. Un tânăr poate suna la Child Focus la 116 000, gratuit, zi și noapte. Lueur nu are încă o linie de prevenire a sinuciderii: nu am verificat-o încă într-o sursă.
}
checklist-note-minor = { $perspective ->
    [me] Poate ai sub 18 ani. Să câștigi bani din actele sexuale, pozele sau filmările unui tânăr este întotdeauna exploatare, chiar dacă tânărul a fost de acord. Pentru un tânăr, nu e nevoie de forță sau minciuni ca să fie trafic. Există servicii doar pentru tineri.
   *[other] Persoana poate avea sub 18 ani. Să câștigi bani din actele sexuale, pozele sau filmările unui tânăr este întotdeauna exploatare, chiar dacă tânărul a fost de acord. Pentru un tânăr, nu e nevoie de forță sau minciuni ca să fie trafic. Există servicii doar pentru tineri.
}
checklist-note-work-rights = { $perspective ->
    [me] Unele răspunsuri descriu o muncă nedreaptă. Chiar dacă nu este trafic, poate fi împotriva legii, iar tu ai drepturi la muncă.
   *[other] Unele răspunsuri descriu o muncă nedreaptă. Chiar dacă nu este trafic, poate fi împotriva legii, iar persoana are drepturi la muncă.
}
checklist-note-unsure = { $perspective ->
    [me] La unele întrebări nu ai știut sigur. Este normal. Un centru specializat te poate ajuta să te gândești la ele.
   *[other] La unele întrebări nu ai știut sigur. Este normal. Un centru specializat te poate ajuta să te gândești la ele.
}
checklist-note-still-worried = { $perspective ->
    [me] O listă de întrebări nu poate vedea totul. Dacă îți faci griji, ai încredere în acest sentiment și cere un sfat.
   *[other] O listă de întrebări nu poate vedea totul. Dacă îți faci griji pentru persoană, ai încredere în acest sentiment și cere un sfat.
}
