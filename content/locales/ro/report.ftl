## Raport confidențial: formularul, rapoartele în așteptare și mesajele lor.

report-form-title = Scrie un raport confidențial
report-form-intro = Scrie ce știi. Aceasta nu este o plângere la poliție. Este nevoie doar de „Ce s-a întâmplat”; sari peste tot ce nu vrei să spui.
report-form-privacy = Raportul tău este încuiat pe acest telefon înainte să fie salvat. Doar organizația care îl primește îl poate deschide. Raportul este trimis când există conexiune, chiar și mai târziu.
# Numele celui care deschide raportul; aplicația dă numele organizației care o folosește.
report-recipient = Raportul tău merge la { $organisation }. Nu este o plângere la poliție și nu merge la stoptraite.be. Dacă ești în pericol acum, sună la 112 sau 101.
report-development-key = Versiune de test: rapoartele sunt încuiate cu o cheie de test publică. Nu scrie informații reale în această versiune.
report-send = Trimite raportul
report-skip-hint = Apasă Enter ca să sari peste.
report-choose-one-hint = Scrie un număr.
report-choose-many-hint = Scrie unul sau mai multe numere, cu spații între ele.

report-field-about = Despre cine este vorba?
report-about-me = Despre mine
report-about-someone-else = Despre altcineva
report-field-forms = Ce fel de situație este?
    .hint = Poți alege mai multe sau „Nu știu sigur”.
report-form-sexual = Prostituție forțată sau exploatare sexuală
report-form-labour = Muncă în condiții foarte rele sau fără plată
report-form-begging = Cerșit forțat
report-form-forced-crime = Obligarea de a comite infracțiuni
report-form-organ-removal = Scoaterea de organe
report-form-other = Altceva
report-form-not-sure = Nu știu sigur
report-field-municipality = În ce oraș sau comună?
report-field-place = Unde exact?
    .hint = De exemplu o stradă, un fel de loc sau numele unei firme.
report-field-when = Când?
    .hint = De exemplu „din vara trecută” sau „în fiecare noapte”.
report-field-what-happened = Ce s-a întâmplat?
    .hint = Scrie cu cuvintele tale. Poți scrie în orice limbă.
report-field-people = Cine este implicat?
    .hint = De exemplu nume, porecle, cum arată, mașini sau numere de telefon.
report-field-contact = Te poate contacta organizația?
    .hint = Doar dacă este sigur pentru tine.
report-contact-no-contact = Nu, nu mă contactați
report-contact-phone = Da, la telefon
report-contact-email = Da, prin e-mail
report-field-contact-phone = Număr de telefon
report-field-contact-email = Adresă de e-mail
report-field-contact-note = Când și cum te putem contacta fără risc?
    .hint = De exemplu „doar în zilele lucrătoare înainte de 9” sau „nu lăsați mesaj”.
report-field-language = În ce limbă vrei să te contactăm?
    .hint = De exemplu fr, nl, de, en, ar sau ro.
report-field-checklist-summary = Rezumatul răspunsurilor tale la întrebări
    .hint = Doar dacă vrei să-l adaugi.

report-outbox-title = Rapoarte
report-outbox-empty = Nu există rapoarte pe acest telefon.
report-state-queued = În așteptare
report-state-sending = Se trimite
report-state-sent = Trimis
report-state-failed = Are nevoie de atenția ta
report-state-expired = Netrimis
report-detail-queued = Încuiat și în așteptarea unei conexiuni. Va fi trimis singur.
report-detail-retrying = Ultima încercare nu a mers. Următoarea încercare este în aproximativ { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
report-detail-sending = Se trimite acum.
report-detail-sent = Organizația l-a primit.
report-detail-failed = Organizația nu a putut accepta acest raport. Poți încerca din nou sau îl poți șterge.
report-detail-expired = Nu a putut fi trimis la timp și a fost scos de pe acest telefon. Îl poți scrie din nou.
report-age = { $days ->
        [0] Azi
        [1] Ieri
        [few] Acum { $days } zile
       *[other] Acum { $days } de zile
    }
report-action-retry = Încearcă din nou
report-action-delete = Șterge

report-error-required = Te rog scrie ce s-a întâmplat.
report-error-too-long = Textul este prea lung. Te rog să nu treci de { $max ->
        [one] un caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
report-error-phone = Acesta nu pare un număr de telefon. Te rog verifică-l, cu prefixul țării dacă nu este belgian.
report-error-email = Aceasta nu pare o adresă de e-mail. Te rog verifică-o.
report-error-language = Te rog scrie un cod de limbă, de exemplu fr, nl, de sau en.
report-error-repeated-choice = O alegere apare de două ori. Te rog alege fiecare variantă o singură dată.
report-error-file = Fișierul raportului nu poate fi citit (rândul { $line }, coloana { $column }).
report-error-too-large = Raportul este prea mare pentru a fi trimis. Te rog scurtează câteva răspunsuri.
report-error-cannot-delete = Acest raport nu poate fi șters acum: se trimite. Încearcă din nou peste puțin timp.
report-error-cannot-retry = Doar un raport care are nevoie de atenția ta poate fi încercat din nou.
report-error-choice = Această alegere nu este în listă. Te rog alege din nou.
report-error-not-asked = Această întrebare nu se potrivește cu răspunsurile tale. Nu s-a păstrat nimic aici.
