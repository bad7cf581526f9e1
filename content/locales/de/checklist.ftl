## Checkliste: Bildschirme und Schaltflächen

checklist-title = Anzeichen erkennen
checklist-intro = Einige Fragen, mit Ja, Nein oder Weiß nicht. Sie können eine Frage überspringen oder zurückgehen. Ihre Antworten bleiben in der App und verschwinden, wenn Sie die App schließen, außer Sie möchten sie behalten.
checklist-answer-yes = Ja
checklist-answer-no = Nein
checklist-answer-unsure = Weiß nicht
checklist-skip = Diese Frage überspringen
checklist-back = Zurück
checklist-continue = Mit den Fragen weitermachen
checklist-progress = Frage { $current } von { $total }
checklist-prompt = Geben Sie eine Zahl ein und drücken Sie die Eingabetaste:
checklist-keep-answers = Meine Antworten auf diesem Telefon behalten
checklist-keep-answers-hint = Jede Person, die Lueur auf diesem Telefon öffnen kann, könnte sie dann sehen. Sie können sie jederzeit löschen.
checklist-delete-answers = Meine Antworten von diesem Telefon löschen
checklist-answers-kept = Ihre Antworten sind auf diesem Telefon gespeichert.
checklist-answers-deleted = Ihre Antworten wurden von diesem Telefon gelöscht.
checklist-saved-found = Sie haben bereits Antworten auf diesem Telefon gespeichert.
checklist-resume = Mit meinen gespeicherten Antworten weitermachen
checklist-start-again = Neu beginnen
checklist-signs-heading = Worauf die Antworten hinweisen
checklist-element-present = Die Antworten weisen darauf hin.
checklist-unsure-heading = Antworten, bei denen Sie unsicher waren
checklist-notes-heading = Gut zu wissen
checklist-contacts-heading = Wer helfen kann
checklist-steps-heading = Was Sie jetzt tun können
checklist-grade-strong = starkes Anzeichen
checklist-grade-medium = Anzeichen
checklist-grade-weak = schwaches Anzeichen
checklist-sources = Quellen: { $sources }
checklist-close = Schließen
checklist-invalid-choice = Bitte geben Sie eine der angezeigten Zahlen ein.
checklist-error-about = Sagen Sie, um wen es geht: „me“ (ich) oder „other“ (eine andere Person).
checklist-ignored = Mit diesen Antworten nicht gefragt, also nicht gezählt: { $questions }

## Checkliste: nächste Schritte und Kontakte

checklist-action-call = { $name } anrufen: { $number }
checklist-action-talk = Mit { $name } sprechen
checklist-action-report = Eine vertrauliche Meldung vorbereiten
checklist-action-report-hint = Lueur fügt eine kurze Zusammenfassung dieser Antworten ein. Sie können sie ändern oder entfernen.
checklist-action-read = Lesen: { $title }
checklist-contact-reason-emergency = Im Notfall
checklist-contact-reason-minors = Für junge Menschen unter 18
checklist-contact-reason-region = In Ihrer Nähe
checklist-contact-reason-language = Spricht Ihre Sprache
checklist-contact-reason-centre = Auf Hilfe für Menschen in dieser Lage spezialisiert
checklist-contact-reason-report = Um eine Situation zu melden

## Checkliste: Zusammenfassung für eine Meldung

checklist-summary-heading = { $perspective ->
    [me] Checkliste von Lueur, über meine eigene Situation
   *[other] Checkliste von Lueur, über eine Person, die ich kenne
}
checklist-summary-level = Ergebnis: { $level }
checklist-summary-minor = Die Person ist vielleicht unter 18.
checklist-summary-signs = Anzeichen in den Antworten:
checklist-summary-unsure = Unsicher:
checklist-summary-none = Bei keinem Anzeichen wurde Ja geantwortet.

## Checkliste: Fehler

checklist-error-unknown-question = Die Checkliste hat keine Frage „{ $question }“.
checklist-error-unknown-answer = „{ $answer }“ ist keine mögliche Antwort auf diese Frage.
checklist-error-not-current = Diese Frage ist nicht die Frage, die jetzt angezeigt wird.

## Checkliste: Teile

checklist-module-entry = Erste Fragen
checklist-module-general = Die Situation
checklist-module-sexual = Sex, Escort und online
checklist-module-labour = Arbeit
checklist-module-domestic = Arbeit in einem Haushalt
checklist-module-begging = Betteln
checklist-module-criminality = Straftaten für jemand anderen
checklist-module-teen-pimps = Eine Beziehung, die sich falsch anfühlt
checklist-module-closing = Letzte Frage

## Checkliste: erste Fragen

checklist-q-about = Um wen geht es?
checklist-q-about-me = Um mich
checklist-q-about-other = Um eine Person, die ich kenne
checklist-q-danger-now = { $perspective ->
    [me] Sind Sie jetzt in Gefahr, oder haben Sie Angst, dass Ihnen bald jemand wehtut?
   *[other] Ist die Person jetzt in Gefahr, oder hat sie Angst, dass ihr bald jemand wehtut?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Sind Sie gerade irgendwo eingesperrt, oder werden Sie gegen Ihren Willen festgehalten?
   *[other] Ist die Person gerade irgendwo eingesperrt, oder wird sie gegen ihren Willen festgehalten?
}
checklist-q-under-18 = { $perspective ->
    [me] Sind Sie unter 18?
   *[other] Ist die Person unter 18?
}
checklist-q-situation = { $perspective ->
    [me] Worum geht es in Ihrer Situation vor allem?
   *[other] Worum geht es in der Situation der Person vor allem?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sex, Escort, sexuelle Fotos oder Videos, auch online
   *[other] Sex, Escort, sexuelle Fotos oder Videos, auch online
}
checklist-q-situation-labour = { $perspective ->
    [me] Arbeit: zum Beispiel in einem Restaurant, auf einer Baustelle, auf einem Bauernhof, in einem Geschäft
   *[other] Arbeit: zum Beispiel in einem Restaurant, auf einer Baustelle, auf einem Bauernhof, in einem Geschäft
}
checklist-q-situation-domestic = { $perspective ->
    [me] Arbeit bei jemandem zu Hause: Putzen, Kochen, Kinderbetreuung
   *[other] Arbeit bei jemandem zu Hause: Putzen, Kochen, Kinderbetreuung
}
checklist-q-situation-begging = { $perspective ->
    [me] Betteln auf der Straße
   *[other] Betteln auf der Straße
}
checklist-q-situation-criminality = { $perspective ->
    [me] Stehlen, Drogen verkaufen oder auf andere Weise das Gesetz brechen müssen
   *[other] Stehlen, Drogen verkaufen oder auf andere Weise das Gesetz brechen müssen
}
checklist-q-situation-relationship = { $perspective ->
    [me] Ein Freund oder eine Freundin, der oder die immer mehr verlangt: Geld, Sex, Fotos oder Zeit weg von Zuhause und Schule
   *[other] Ein Freund oder eine Freundin, der oder die von der Person immer mehr verlangt: Geld, Sex, Fotos oder Zeit weg von Zuhause und Schule
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Ich weiß es nicht, oder etwas anderes
   *[other] Ich weiß es nicht, oder etwas anderes
}

## Checkliste: Fragen für jede Situation

checklist-q-g-act-arranged = { $perspective ->
    [me] Hat jemand anderes diese Arbeit oder Tätigkeit für Sie gefunden oder organisiert?
   *[other] Hat jemand anderes diese Arbeit oder Tätigkeit für die Person gefunden oder organisiert?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Hat jemand Sie an den Ort gebracht, an dem Sie jetzt sind, oder die Reise organisiert?
   *[other] Hat jemand die Person an den Ort gebracht, an dem sie jetzt ist, oder die Reise organisiert?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Entscheidet die Person, für die Sie arbeiten, oder jemand, der mit ihr zusammenarbeitet, wo Sie schlafen?
   *[other] Entscheidet die Person, für die sie arbeitet, oder jemand, der mit ihr zusammenarbeitet, wo die Person schläft?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Ist Ihre Arbeit oder Ihre Lage ganz anders, als man Ihnen versprochen hat?
   *[other] Ist die Arbeit oder die Lage der Person ganz anders, als man ihr versprochen hat?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Hat man Sie über den Lohn, die Arbeitszeiten oder die Unterkunft belogen?
   *[other] Hat man die Person über den Lohn, die Arbeitszeiten oder die Unterkunft belogen?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Hat man Ihnen Papiere oder einen legalen Aufenthalt versprochen, die Sie nie bekommen haben?
   *[other] Hat man der Person Papiere oder einen legalen Aufenthalt versprochen, die sie nie bekommen hat?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Hat man Sie geschlagen oder verletzt, damit Sie hierherkommen oder diese Arbeit anfangen?
   *[other] Hat man die Person geschlagen oder verletzt, damit sie hierherkommt oder diese Arbeit anfängt?
}
checklist-q-g-taken = { $perspective ->
    [me] Hat man Sie am Anfang gegen Ihren Willen mitgenommen oder festgehalten?
   *[other] Hat man die Person am Anfang gegen ihren Willen mitgenommen oder festgehalten?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Hat man Ihnen gedroht, damit Sie hierherkommen oder diese Arbeit anfangen?
   *[other] Hat man der Person gedroht, damit sie hierherkommt oder diese Arbeit anfängt?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Hat jemand am Anfang eine sehr schwere Zeit für Sie ausgenutzt, zum Beispiel ohne Geld oder ohne Wohnung?
   *[other] Hat jemand am Anfang eine sehr schwere Zeit der Person ausgenutzt, zum Beispiel ohne Geld oder ohne Wohnung?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Hat jemand ausgenutzt, dass Sie keine Papiere für den Aufenthalt in Belgien haben?
   *[other] Hat jemand ausgenutzt, dass die Person keine Papiere für den Aufenthalt in Belgien hat?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Hat jemand ausgenutzt, dass Sie die Sprache, die Regeln oder Ihre Rechte hier nicht kannten?
   *[other] Hat jemand ausgenutzt, dass die Person die Sprache, die Regeln oder ihre Rechte hier nicht kannte?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Arbeiten Sie oft sehr lange Tage oder sieben Tage die Woche?
   *[other] Arbeitet die Person oft sehr lange Tage oder sieben Tage die Woche?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Bekommen Sie wenig oder kein Geld für das, was Sie tun?
   *[other] Bekommt die Person wenig oder kein Geld für das, was sie tut?
}
checklist-q-g-housing = { $perspective ->
    [me] Ist der Ort, an dem Sie schlafen, überfüllt, schmutzig oder unsicher?
   *[other] Ist der Ort, an dem die Person schläft, überfüllt, schmutzig oder unsicher?
}
checklist-q-g-documents = { $perspective ->
    [me] Weigert sich jemand, Ihnen Ihren Pass oder Ausweis zurückzugeben, wenn Sie danach fragen?
   *[other] Weigert sich jemand, der Person ihren Pass oder Ausweis zurückzugeben, wenn sie danach fragt?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Hindert Sie jemand daran wegzugehen, sperrt man Sie ein oder überwacht man Sie, wenn Sie hinausgehen?
   *[other] Hindert jemand die Person daran wegzugehen, sperrt man sie ein oder überwacht man sie, wenn sie hinausgeht?
}
checklist-q-g-debt = { $perspective ->
    [me] Schulden Sie den Leuten, für die Sie arbeiten, oder denen, die Sie hergebracht haben, Geld?
   *[other] Schuldet die Person den Leuten, für die sie arbeitet, oder denen, die sie hergebracht haben, Geld?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Bleibt diese Schuld gleich oder wächst sie, egal was Sie zahlen oder tun?
   *[other] Bleibt diese Schuld gleich oder wächst sie, egal was die Person zahlt oder tut?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Hat diese Schuld mit den Kosten Ihrer Reise, Ihrer Arbeit oder Ihrer Unterkunft begonnen?
   *[other] Hat diese Schuld mit den Kosten der Reise, der Arbeit oder der Unterkunft der Person begonnen?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Nimmt jemand anderes das ganze Geld, das Sie verdienen, oder fast alles?
   *[other] Nimmt jemand anderes das ganze Geld, das die Person verdient, oder fast alles?
}
checklist-q-g-threats = { $perspective ->
    [me] Hat jemand Sie oder Ihre Familie bedroht?
   *[other] Hat jemand die Person oder ihre Familie bedroht?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Hat jemand gesagt, er würde Sie bei der Polizei oder beim Ausländeramt anzeigen, wenn Sie nicht gehorchen?
   *[other] Hat jemand gesagt, er würde die Person bei der Polizei oder beim Ausländeramt anzeigen, wenn sie nicht gehorcht?
}
checklist-q-g-violence = { $perspective ->
    [me] Hat jemand Sie geschlagen, verletzt oder zu sexuellen Handlungen gezwungen?
   *[other] Hat jemand die Person geschlagen, verletzt oder zu sexuellen Handlungen gezwungen?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Wenn Sie aufhören wollten, würde jemand Sie bestrafen oder Ihre Lage verschlimmern?
   *[other] Wenn die Person aufhören wollte, würde jemand sie bestrafen oder ihre Lage verschlimmern?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Hat Ihnen jemand gesagt, was Sie der Polizei, den Behörden oder Ihrer Familie sagen sollen?
   *[other] Hat jemand der Person gesagt, was sie der Polizei, den Behörden oder ihrer Familie sagen soll?
}
checklist-q-g-dependent = { $perspective ->
    [me] Hängen Sie für Arbeit, Unterkunft und Essen von denselben Leuten ab?
   *[other] Hängt die Person für Arbeit, Unterkunft und Essen von denselben Leuten ab?
}
checklist-q-g-isolated = { $perspective ->
    [me] Hindert Sie jemand daran, Ihre Familie oder Ihre Freunde zu kontaktieren?
   *[other] Hindert jemand die Person daran, ihre Familie oder ihre Freunde zu kontaktieren?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Haben Sie Angst, die Polizei um Hilfe zu bitten, zum Beispiel wegen Ihrer Papiere?
   *[other] Hat die Person Angst, die Polizei um Hilfe zu bitten, zum Beispiel wegen ihrer Papiere?
}

## Checkliste: Sex, Escort und online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Zwingt Sie jemand, Kunden zu treffen oder sexuelle Handlungen zu machen, die Sie nicht wollen?
   *[other] Zwingt jemand die Person, Kunden zu treffen oder sexuelle Handlungen zu machen, die sie nicht will?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Bekommt jemand anderes den größten Teil des Geldes, das Ihre Kunden zahlen?
   *[other] Bekommt jemand anderes den größten Teil des Geldes, das die Kunden der Person zahlen?
}
checklist-q-s-organised = { $perspective ->
    [me] Veröffentlicht jemand anderes Ihre Anzeigen, wählt Ihre Kunden aus oder plant Ihre Escort-Termine?
   *[other] Veröffentlicht jemand anderes die Anzeigen der Person, wählt ihre Kunden aus oder plant ihre Escort-Termine?
}
checklist-q-s-images = { $perspective ->
    [me] Zwingt Sie jemand zu sexuellen Fotos oder Videos oder zu sexuellen Handlungen vor der Kamera, zu seinem Gewinn?
   *[other] Zwingt jemand die Person zu sexuellen Fotos oder Videos oder zu sexuellen Handlungen vor der Kamera, zu seinem Gewinn?
}

## Checkliste: Arbeit

checklist-q-l-contract = { $perspective ->
    [me] Arbeiten Sie ohne Vertrag oder schwarz?
   *[other] Arbeitet die Person ohne Vertrag oder schwarz?
}
checklist-q-l-hazard = { $perspective ->
    [me] Ist die Arbeit gefährlich, ohne Schutz oder Ausbildung?
   *[other] Ist die Arbeit der Person gefährlich, ohne Schutz oder Ausbildung?
}
checklist-q-l-live-in = { $perspective ->
    [me] Wohnen Sie im Haus der Leute, für die Sie arbeiten?
   *[other] Wohnt die Person im Haus der Leute, für die sie arbeitet?
}

## Checkliste: Arbeit in einem Haushalt

checklist-q-d-sleep-place = { $perspective ->
    [me] Müssen Sie an einem Ort ohne Privatsphäre schlafen, etwa in der Küche, im Flur oder auf dem Boden?
   *[other] Muss die Person an einem Ort ohne Privatsphäre schlafen, etwa in der Küche, im Flur oder auf dem Boden?
}
checklist-q-d-food = { $perspective ->
    [me] Bekommen Sie nicht genug zu essen oder nur die Reste?
   *[other] Bekommt die Person nicht genug zu essen oder nur die Reste?
}

## Checkliste: Betteln

checklist-q-b-quota = { $perspective ->
    [me] Müssen Sie jeden Tag einen festen Geldbetrag bei jemandem abgeben?
   *[other] Muss die Person jeden Tag einen festen Geldbetrag bei jemandem abgeben?
}
checklist-q-b-punished = { $perspective ->
    [me] Werden Sie bestraft, wenn Sie zu wenig zurückbringen?
   *[other] Wird die Person bestraft, wenn sie zu wenig zurückbringt?
}
checklist-q-b-brought = { $perspective ->
    [me] Fährt jemand Sie zu dem Ort, an dem Sie betteln, und holt Sie dort wieder ab?
   *[other] Fährt jemand die Person zu dem Ort, an dem sie bettelt, und holt sie dort wieder ab?
}
checklist-q-b-school = { $perspective ->
    [me] Betteln Sie, statt zur Schule zu gehen?
   *[other] Bettelt die Person, statt zur Schule zu gehen?
}

## Checkliste: Straftaten unter Druck

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Hat es damit angefangen, dass jemand Ihnen Drogen gab oder Sie davon abhängig machte?
   *[other] Hat es damit angefangen, dass jemand der Person Drogen gab oder sie davon abhängig machte?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Hat es damit angefangen, dass Ihnen jemand schnelles Geld angeboten hat?
   *[other] Hat es damit angefangen, dass jemand der Person schnelles Geld angeboten hat?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Hat es mit einer Schuld angefangen, die Sie auf diese Weise abzahlen sollten?
   *[other] Hat es mit einer Schuld angefangen, die die Person auf diese Weise abzahlen sollte?
}
checklist-q-c-made-to = { $perspective ->
    [me] Müssen Sie für jemand anderen stehlen, Drogen verkaufen oder auf andere Weise das Gesetz brechen?
   *[other] Muss die Person für jemand anderen stehlen, Drogen verkaufen oder auf andere Weise das Gesetz brechen?
}
checklist-q-c-profits = { $perspective ->
    [me] Behält jemand anderes das Geld oder die Sachen, die Sie zurückbringen?
   *[other] Behält jemand anderes das Geld oder die Sachen, die die Person zurückbringt?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Müssen Sie in einem Haus bleiben, um sich um Cannabispflanzen zu kümmern?
   *[other] Muss die Person in einem Haus bleiben, um sich um Cannabispflanzen zu kümmern?
}

## Checkliste: eine Beziehung, die sich falsch anfühlt (Loverboys, Teenager-Zuhälter)

checklist-q-t-older = { $perspective ->
    [me] Ist die Person, an die Sie denken, viel älter als Sie?
   *[other] Ist dieser Freund oder diese Freundin viel älter als die junge Person?
}
checklist-q-t-gifts = { $perspective ->
    [me] Gibt diese Person Ihnen Geld, teure Geschenke oder ein Handy?
   *[other] Bekommt die junge Person von dieser Person Geld, teure Geschenke oder ein Handy?
}
checklist-q-t-love = { $perspective ->
    [me] Hat diese Person Ihnen Liebe oder eine gemeinsame Zukunft versprochen und das Versprechen nicht gehalten?
   *[other] Hat diese Person der jungen Person Liebe oder eine gemeinsame Zukunft versprochen und das Versprechen nicht gehalten?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Kam diese Person in Ihr Leben, als Sie sich allein fühlten oder Probleme zu Hause oder in der Schule hatten?
   *[other] Kam diese Person in das Leben der jungen Person, als sie sich allein fühlte oder Probleme zu Hause oder in der Schule hatte?
}
checklist-q-t-need = { $perspective ->
    [me] Haben Sie das Gefühl, diese Person so sehr zu brauchen, dass Sie nicht Nein sagen können?
   *[other] Scheint die junge Person diese Person so sehr zu brauchen, dass sie nicht Nein sagen kann?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Will diese Person, dass Sie Ihre Freunde oder Ihre Familie nicht mehr sehen?
   *[other] Will diese Person, dass die junge Person ihre Freunde oder ihre Familie nicht mehr sieht?
}
checklist-q-t-nights = { $perspective ->
    [me] Bleiben Sie nachts weg, ohne zu sagen, wo Sie sind?
   *[other] Bleibt die junge Person nachts weg, ohne zu sagen, wo sie ist?
}
checklist-q-t-hotels = { $perspective ->
    [me] Gehen Sie in Hotels oder Wohnungen, die Sie nicht kennen, mit dieser Person oder ihren Freunden?
   *[other] Geht die junge Person in Hotels oder Wohnungen, die sie nicht kennt, mit dieser Person oder ihren Freunden?
}
checklist-q-t-school = { $perspective ->
    [me] Fehlen Sie oft in der Schule?
   *[other] Fehlt die junge Person oft in der Schule?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Hat diese Person Sie gebeten, mit anderen Menschen Sex zu haben?
   *[other] Hat diese Person die junge Person gebeten, mit anderen Menschen Sex zu haben?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Hat diese Person Sie um sexuelle Fotos oder Videos von Ihnen gebeten?
   *[other] Hat diese Person die junge Person um sexuelle Fotos oder Videos von ihr gebeten?
}
checklist-q-t-owe = { $perspective ->
    [me] Sagt diese Person, dass Sie ihr Geld für die Geschenke oder für andere Dinge schulden?
   *[other] Sagt diese Person, dass die junge Person ihr Geld für die Geschenke oder für andere Dinge schuldet?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Haben Sie ein Tattoo mit dem Namen oder Zeichen dieser Person?
   *[other] Hat die junge Person ein Tattoo mit dem Namen oder Zeichen dieser Person?
}
checklist-q-t-phones = { $perspective ->
    [me] Haben Sie ein zweites Handy, das Ihnen diese Person gegeben hat?
   *[other] Hat die junge Person ein zweites Handy, das ihr diese Person gegeben hat?
}
checklist-q-t-mood = { $perspective ->
    [me] Hat sich Ihre Stimmung in letzter Zeit stark verändert?
   *[other] Hat sich die Stimmung der jungen Person in letzter Zeit stark verändert?
}
checklist-q-t-drugs = { $perspective ->
    [me] Trinken Sie in letzter Zeit viel oder nehmen Sie Drogen?
   *[other] Trinkt die junge Person in letzter Zeit viel oder nimmt sie Drogen?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Verletzen Sie sich selbst oder denken Sie daran?
   *[other] Verletzt sich die junge Person selbst oder spricht sie davon?
}

## Checkliste: letzte Frage

checklist-q-region = { $perspective ->
    [me] Wo in Belgien sind Sie? So können wir ein Zentrum in Ihrer Nähe zeigen.
   *[other] Wo in Belgien ist die Person? So können wir ein Zentrum in der Nähe zeigen.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brüssel
   *[other] Brüssel
}
checklist-q-region-flanders = { $perspective ->
    [me] Flandern
   *[other] Flandern
}
checklist-q-region-wallonia = { $perspective ->
    [me] Wallonie
   *[other] Wallonie
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Ostbelgien (Deutschsprachige Gemeinschaft)
   *[other] Ostbelgien (Deutschsprachige Gemeinschaft)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Das möchte ich lieber nicht sagen
   *[other] Das möchte ich lieber nicht sagen, oder ich weiß es nicht
}

## Checkliste: Elemente (Gruppen von Indikatoren)

checklist-element-act = Jemand hat die Person angeworben, befördert oder untergebracht
checklist-element-deceptive-recruitment = Lügen am Anfang
checklist-element-coercive-recruitment = Zwang am Anfang
checklist-element-vulnerability-recruitment = Eine schwierige Lage am Anfang ausgenutzt
checklist-element-exploitative-conditions = Ausbeutung: Arbeit oder Wohnen zu unfairen Bedingungen
checklist-element-exploitation-in-law = Ausbeutung nach dem Gesetz: Sex, Betteln oder Straftaten für jemand anderen
checklist-element-coercion-destination = Kontrolle und Zwang jetzt
checklist-element-vulnerability-destination = Eine schwierige Lage, die jetzt ausgenutzt wird
checklist-element-other-signs = Weitere Zeichen (UNODC), keine Indikatoren der IAO
checklist-element-warning-signs = Warnzeichen bei jungen Menschen (Child Focus), keine Indikatoren der IAO

## Checkliste: Indikatoren erklärt

checklist-indicator-act-recruited = { $perspective ->
    [me] Jemand anderes hat das für Sie gefunden oder organisiert: In der rechtlichen Definition heißt das, eine Person anwerben.
   *[other] Jemand anderes hat das für die Person gefunden oder organisiert: In der rechtlichen Definition heißt das, eine Person anwerben.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Jemand hat Sie hergebracht oder die Reise organisiert: In der rechtlichen Definition heißt das, eine Person befördern.
   *[other] Jemand hat die Person hergebracht oder die Reise organisiert: In der rechtlichen Definition heißt das, eine Person befördern.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Die Leute, für die Sie arbeiten, entscheiden, wo Sie schlafen: In der rechtlichen Definition heißt das, eine Person beherbergen.
   *[other] Die Leute, für die die Person arbeitet, entscheiden, wo sie schläft: In der rechtlichen Definition heißt das, eine Person beherbergen.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Die Arbeit oder die Situation ist ganz anders, als man Ihnen versprochen hat: Lügen am Anfang sind ein häufiger Weg, Menschen in die Ausbeutung zu bringen.
   *[other] Die Arbeit oder die Situation ist ganz anders, als man der Person versprochen hat: Lügen am Anfang sind ein häufiger Weg, Menschen in die Ausbeutung zu bringen.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Man hat Sie über Lohn, Arbeitszeiten oder Unterkunft belogen: Falsche Versprechen bringen Menschen dazu, Bedingungen anzunehmen, die sie sonst ablehnen würden.
   *[other] Man hat die Person über Lohn, Arbeitszeiten oder Unterkunft belogen: Falsche Versprechen bringen Menschen dazu, Bedingungen anzunehmen, die sie sonst ablehnen würden.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Man hat Ihnen Papiere versprochen, die nie kamen: Dieses Versprechen wird oft genutzt, damit Menschen warten und gehorchen.
   *[other] Man hat der Person Papiere versprochen, die nie kamen: Dieses Versprechen wird oft genutzt, damit Menschen warten und gehorchen.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Jemand hat Ihnen Liebe oder eine gemeinsame Zukunft versprochen: Teenager-Zuhälter beginnen oft so, um Vertrauen zu gewinnen.
   *[other] Jemand hat der Person Liebe oder eine gemeinsame Zukunft versprochen: Teenager-Zuhälter beginnen oft so, um Vertrauen zu gewinnen.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Man hat Sie geschlagen oder verletzt, damit Sie anfangen: Das ist ein ernstes Zeichen, dass Sie nicht frei gewählt haben.
   *[other] Man hat die Person geschlagen oder verletzt, damit sie anfängt: Das ist ein ernstes Zeichen, dass sie nicht frei gewählt hat.
}
checklist-indicator-abducted = { $perspective ->
    [me] Man hat Sie am Anfang gegen Ihren Willen mitgenommen oder festgehalten: Das darf Ihnen niemand antun.
   *[other] Man hat die Person am Anfang gegen ihren Willen mitgenommen oder festgehalten: Das darf niemand einem Menschen antun.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Man hat Ihnen gedroht, damit Sie anfangen: Angst kann die Wahl nehmen.
   *[other] Man hat der Person gedroht, damit sie anfängt: Angst kann die Wahl nehmen.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Die Schuld hat mit der Reise oder der Arbeit angefangen: Eine solche Schuld wird oft genutzt, um einen Menschen an die zu binden, die ihn hergebracht haben.
   *[other] Die Schuld hat mit der Reise oder der Arbeit angefangen: Eine solche Schuld wird oft genutzt, um einen Menschen an die zu binden, die ihn hergebracht haben.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Es hat angefangen, als Sie kein Geld, keine Papiere oder keine Unterkunft hatten: Wer andere ausbeutet, sucht Menschen in einer schweren Zeit.
   *[other] Es hat angefangen, als die Person kein Geld, keine Papiere oder keine Unterkunft hatte: Wer andere ausbeutet, sucht Menschen in einer schweren Zeit.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Jemand hat ausgenutzt, dass Sie keine Papiere haben: Menschen ohne Papiere sind leicht zu bedrohen, und Ausbeuter nutzen das.
   *[other] Jemand hat ausgenutzt, dass die Person keine Papiere hat: Menschen ohne Papiere sind leicht zu bedrohen, und Ausbeuter nutzen das.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Jemand hat ausgenutzt, was Sie über Sprache, Regeln oder Ihre Rechte nicht wussten: Wer das nicht weiß, ist leicht zu täuschen.
   *[other] Jemand hat ausgenutzt, was die Person über Sprache, Regeln oder ihre Rechte nicht wusste: Wer das nicht weiß, ist leicht zu täuschen.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Es hat angefangen, als Sie sich allein fühlten oder Probleme zu Hause oder in der Schule hatten: Teenager-Zuhälter suchen junge Menschen in dieser Lage.
   *[other] Es hat angefangen, als die Person sich allein fühlte oder Probleme zu Hause oder in der Schule hatte: Teenager-Zuhälter suchen junge Menschen in dieser Lage.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Sie haben das Gefühl, dieser Person nicht Nein sagen zu können: Jemanden abhängig zu machen ist ein Weg, ihn zu kontrollieren.
   *[other] Die Person scheint nicht Nein sagen zu können: Jemanden abhängig zu machen ist ein Weg, ihn zu kontrollieren.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Sehr lange Tage oder kein freier Tag: Das kann ein Zeichen von Ausbeutung sein, vor allem zusammen mit anderen Zeichen.
   *[other] Sehr lange Tage oder kein freier Tag: Das kann ein Zeichen von Ausbeutung sein, vor allem zusammen mit anderen Zeichen.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Wenig oder kein Lohn für Ihre Arbeit: Das kann ein Zeichen von Ausbeutung sein.
   *[other] Wenig oder kein Lohn für die Arbeit: Das kann ein Zeichen von Ausbeutung sein.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Kein Vertrag und nicht angemeldet: Das bedeutet oft keine Versicherung und keinen Schutz bei der Arbeit.
   *[other] Kein Vertrag und nicht angemeldet: Das bedeutet oft keine Versicherung und keinen Schutz bei der Arbeit für die Person.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Gefährliche Arbeit ohne Schutz: Das gefährdet Ihre Gesundheit und kann ein Zeichen von Ausbeutung sein.
   *[other] Gefährliche Arbeit ohne Schutz: Das gefährdet die Gesundheit der Person und kann ein Zeichen von Ausbeutung sein.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Ein überfüllter, schmutziger oder unsicherer Schlafplatz: Solche Lebensbedingungen können ein Zeichen von Ausbeutung sein.
   *[other] Ein überfüllter, schmutziger oder unsicherer Schlafplatz: Solche Lebensbedingungen können ein Zeichen von Ausbeutung sein.
}
checklist-indicator-no-school = { $perspective ->
    [me] Nicht zur Schule gehen: Junge Menschen haben ein Recht auf Schule.
   *[other] Nicht zur Schule gehen: Junge Menschen haben ein Recht auf Schule.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Jemand anderes verdient Geld mit Ihren sexuellen Handlungen: Das Gesetz nennt das sexuelle Ausbeutung, und unter 18 ist es immer Ausbeutung.
   *[other] Jemand anderes verdient Geld mit den sexuellen Handlungen der Person: Das Gesetz nennt das sexuelle Ausbeutung, und unter 18 ist es immer Ausbeutung.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Jemand lässt Sie zu seinem Gewinn sexuelle Bilder machen: Das ist sexuelle Ausbeutung, auch online.
   *[other] Jemand lässt die Person zu seinem Gewinn sexuelle Bilder machen: Das ist sexuelle Ausbeutung, auch online.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Diese Person bittet Sie, mit anderen Sex zu haben: Teenager-Zuhälter tun das, und unter 18 ist es immer Ausbeutung.
   *[other] Diese Person bittet die junge Person, mit anderen Sex zu haben: Teenager-Zuhälter tun das, und unter 18 ist es immer Ausbeutung.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Sie sind unter 18 und in Sex, Escort oder sexuellen Bildern: Für junge Menschen ist das immer Ausbeutung, auch wenn Sie zugestimmt haben. Es ist nie Ihre Schuld.
   *[other] Die Person ist unter 18 und in Sex, Escort oder sexuellen Bildern: Für junge Menschen ist das immer Ausbeutung, auch mit Zustimmung. Es ist nie ihre Schuld.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Sie müssen einen festen Betrag vom Betteln abgeben: Das Gesetz nennt Betteln für jemand anderen Ausbeutung.
   *[other] Die Person muss einen festen Betrag vom Betteln abgeben: Das Gesetz nennt Betteln für jemand anderen Ausbeutung.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Jemand anderes behält, was Ihre Straftaten einbringen: Das Gesetz nennt das Ausbeutung, und schuld sind die, die daran verdienen.
   *[other] Jemand anderes behält, was die Straftaten der Person einbringen: Das Gesetz nennt das Ausbeutung, und schuld sind die, die daran verdienen.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Sie müssen in einem Haus bei Cannabispflanzen bleiben: Zu Straftaten für andere gezwungen werden ist nach dem Gesetz Ausbeutung.
   *[other] Die Person muss in einem Haus bei Cannabispflanzen bleiben: Zu Straftaten für andere gezwungen werden ist nach dem Gesetz Ausbeutung.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Sie sind unter 18 und jemand drängt Sie zu Straftaten: Für junge Menschen ist das Ausbeutung, auch wenn Sie zugestimmt haben.
   *[other] Die Person ist unter 18 und jemand drängt sie zu Straftaten: Für junge Menschen ist das Ausbeutung, auch mit Zustimmung.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Jemand gibt Ihnen Ihre Ausweispapiere nicht zurück: So kontrolliert man einen Menschen.
   *[other] Jemand gibt der Person ihre Ausweispapiere nicht zurück: So kontrolliert man einen Menschen.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Eine Schuld, die nie kleiner wird: Schulden werden oft genutzt, damit Menschen weiterarbeiten.
   *[other] Eine Schuld, die nie kleiner wird: Schulden werden oft genutzt, damit Menschen weiterarbeiten.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Jemand hindert Sie am Weggehen, sperrt Sie ein oder überwacht Sie: Das nimmt Ihnen die Freiheit.
   *[other] Jemand hindert die Person am Weggehen, sperrt sie ein oder überwacht sie: Das nimmt ihr die Freiheit.
}
checklist-indicator-violence = { $perspective ->
    [me] Jemand tut Ihnen weh oder zwingt Sie zu sexuellen Handlungen: Das ist Gewalt, und es ist nie Ihre Schuld.
   *[other] Jemand tut der Person weh oder zwingt sie zu sexuellen Handlungen: Das ist Gewalt, und es ist nie ihre Schuld.
}
checklist-indicator-threats = { $perspective ->
    [me] Drohungen gegen Sie oder Ihre Familie: Angst wird genutzt, damit Menschen gehorchen.
   *[other] Drohungen gegen die Person oder ihre Familie: Angst wird genutzt, damit Menschen gehorchen.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Eine Drohung, Sie bei der Polizei oder beim Ausländeramt anzuzeigen: Das wird genutzt, damit Menschen schweigen.
   *[other] Eine Drohung, die Person bei der Polizei oder beim Ausländeramt anzuzeigen: Das wird genutzt, damit Menschen schweigen.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Sie würden bestraft, wenn Sie aufhörten: Eine Arbeit, die man nicht verlassen kann, ist nicht frei gewählt.
   *[other] Die Person würde bestraft, wenn sie aufhörte: Eine Arbeit, die man nicht verlassen kann, ist nicht frei gewählt.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Jemand anderes nimmt das Geld, das Sie verdienen: Das macht einen Menschen abhängig.
   *[other] Jemand anderes nimmt das Geld, das die Person verdient: Das macht einen Menschen abhängig.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Sie müssen für jemand anderen das Gesetz brechen: Das kann eine Form der Ausbeutung sein, bei der die Verantwortung bei denen liegt, die daran verdienen.
   *[other] Die Person muss für jemand anderen das Gesetz brechen: Das kann eine Form der Ausbeutung sein, bei der die Verantwortung bei denen liegt, die daran verdienen.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Sie können einen Kunden oder eine sexuelle Handlung nicht ablehnen: Das ist ein Anzeichen für Kontrolle.
   *[other] Die Person kann einen Kunden oder eine sexuelle Handlung nicht ablehnen: Das ist ein Anzeichen für Kontrolle.
}
checklist-indicator-under-control = { $perspective ->
    [me] Jemand anderes bestimmt über Ihre Anzeigen, Kunden oder Termine: Jemand anderes kontrolliert diese Tätigkeit, und das kann ein Zeichen von Ausbeutung sein.
   *[other] Jemand anderes bestimmt über die Anzeigen, Kunden oder Termine der Person: Jemand anderes kontrolliert diese Tätigkeit, und das kann ein Zeichen von Ausbeutung sein.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Jemand sagt Ihnen, was Sie der Polizei, den Behörden oder Ihrer Familie sagen sollen: So wird verborgen, was geschieht.
   *[other] Jemand sagt der Person, was sie der Polizei, den Behörden oder ihrer Familie sagen soll: So wird verborgen, was geschieht.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Dieselben Leute geben Ihnen Arbeit, Unterkunft und Essen: Dann ist es sehr schwer, Nein zu sagen oder wegzugehen.
   *[other] Dieselben Leute geben der Person Arbeit, Unterkunft und Essen: Dann ist es sehr schwer, Nein zu sagen oder wegzugehen.
}
checklist-indicator-isolated = { $perspective ->
    [me] Jemand hindert Sie am Kontakt mit Familie und Freunden: Allein ist es schwerer, Hilfe zu finden.
   *[other] Jemand hindert die Person am Kontakt mit Familie und Freunden: Allein ist es schwerer, Hilfe zu finden.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Sie haben Angst vor der Polizei oder wegen Ihres Aufenthalts: Diese Angst wird oft genutzt, damit Menschen schweigen.
   *[other] Die Person hat Angst vor der Polizei oder wegen ihres Aufenthalts: Diese Angst wird oft genutzt, damit Menschen schweigen.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Kein eigener Schlafplatz: UNODC nennt das unter den Zeichen von Hausknechtschaft.
   *[other] Kein eigener Schlafplatz: UNODC nennt das unter den Zeichen von Hausknechtschaft.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Nicht genug Essen oder nur Reste: UNODC nennt das unter den Zeichen von Hausknechtschaft.
   *[other] Nicht genug Essen oder nur Reste: UNODC nennt das unter den Zeichen von Hausknechtschaft.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Bestraft, weil Sie zu wenig zurückbringen: UNODC nennt das unter den Zeichen von erzwungenem Betteln und Straftaten.
   *[other] Bestraft, weil die Person zu wenig zurückbringt: UNODC nennt das unter den Zeichen von erzwungenem Betteln und Straftaten.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Zum Bettelort gefahren und wieder abgeholt: UNODC nennt solche Fahrten ein Zeichen.
   *[other] Zum Bettelort gefahren und wieder abgeholt: UNODC nennt solche Fahrten ein Zeichen.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Es hat mit Drogen angefangen: Wer Drogen braucht, kann an die gebunden werden, die sie liefern.
   *[other] Es hat mit Drogen angefangen: Wer Drogen braucht, kann an die gebunden werden, die sie liefern.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Es hat mit einem Angebot von schnellem Geld angefangen: So werden Menschen oft in Straftaten für andere hineingezogen.
   *[other] Es hat mit einem Angebot von schnellem Geld angefangen: So werden Menschen oft in Straftaten für andere hineingezogen.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Die Person, an die Sie denken, ist viel älter: Child Focus nennt das unter den Warnzeichen.
   *[other] Der Freund oder die Freundin ist viel älter als die junge Person: Child Focus nennt das unter den Warnzeichen.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Sie bekommen Geld oder teure Geschenke: Geschenke können genutzt werden, damit man das Gefühl hat, etwas schuldig zu sein.
   *[other] Die Person bekommt Geld oder teure Geschenke: Geschenke können genutzt werden, damit man das Gefühl hat, etwas schuldig zu sein.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Diese Person will, dass Sie Freunde oder Familie nicht mehr sehen: Teenager-Zuhälter trennen junge Menschen von denen, die helfen könnten.
   *[other] Diese Person will, dass die junge Person Freunde oder Familie nicht mehr sieht: Teenager-Zuhälter trennen junge Menschen von denen, die helfen könnten.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nächte weg, ohne zu sagen wo: Child Focus nennt das unter den Warnzeichen.
   *[other] Nächte weg, ohne zu sagen wo: Child Focus nennt das unter den Warnzeichen.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hotels oder fremde Wohnungen mit dieser Person oder ihren Freunden: Child Focus nennt das unter den Warnzeichen.
   *[other] Hotels oder fremde Wohnungen mit dieser Person oder ihren Freunden: Child Focus nennt das unter den Warnzeichen.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Diese Person bittet Sie um sexuelle Fotos von Ihnen: Solche Fotos werden später oft benutzt, um junge Menschen zu zwingen.
   *[other] Diese Person bittet die junge Person um sexuelle Fotos: Solche Fotos werden später oft benutzt, um junge Menschen zu zwingen.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Diese Person sagt, Sie schulden ihr die Geschenke: Eine erfundene Schuld bringt junge Menschen zum Gehorchen.
   *[other] Diese Person sagt, die junge Person schulde ihr die Geschenke: Eine erfundene Schuld bringt junge Menschen zum Gehorchen.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Ein Tattoo mit dem Namen von jemandem: Teenager-Zuhälter nutzen es manchmal, um einen jungen Menschen als „ihren“ zu markieren.
   *[other] Ein Tattoo mit dem Namen von jemandem: Teenager-Zuhälter nutzen es manchmal, um einen jungen Menschen als „ihren“ zu markieren.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Ein zweites Handy von dieser Person: So kann sie Sie erreichen, ohne dass andere es wissen.
   *[other] Ein zweites Handy von dieser Person: So kann sie die junge Person erreichen, ohne dass andere es wissen.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Starke Stimmungswechsel: Das kann ein Zeichen sein, dass etwas sehr falsch läuft. Sie verdienen Hilfe.
   *[other] Starke Stimmungswechsel: Das kann ein Zeichen sein, dass für die junge Person etwas sehr falsch läuft.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] In letzter Zeit viel Alkohol oder Drogen: Child Focus nennt das unter den Warnzeichen.
   *[other] In letzter Zeit viel Alkohol oder Drogen: Child Focus nennt das unter den Warnzeichen.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Sich selbst verletzen oder daran denken: Sie verdienen jetzt Hilfe, was auch sonst geschieht.
   *[other] Sich selbst verletzen oder davon sprechen: Die junge Person verdient jetzt Hilfe, was auch sonst geschieht.
}

## Checkliste: Ergebnisstufen

checklist-level-immediate-danger = Jetzt in Gefahr
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Sie haben gesagt, dass Sie jetzt in Gefahr sind. Wenn es sicher möglich ist, rufen Sie jetzt um Hilfe. Sie können später zu den Fragen zurückkommen.
   *[other] Sie haben gesagt, dass die Person jetzt in Gefahr ist. Wenn es sicher möglich ist, rufen Sie jetzt um Hilfe. Sie können später zu den Fragen zurückkommen.
}
checklist-level-strong-signs = Starke Anzeichen
checklist-level-strong-signs-summary = { $perspective ->
    [me] Ihre Antworten zeigen deutliche Anzeichen von Menschenhandel oder Ausbeutung. Das ist kein Urteil: Ein spezialisiertes Zentrum kann sich Ihre Lage mit Ihnen ansehen.
   *[other] Ihre Antworten zeigen deutliche Anzeichen von Menschenhandel oder Ausbeutung. Das ist kein Urteil: Ein spezialisiertes Zentrum kann sich die Lage mit Ihnen ansehen.
}
checklist-level-some-signs = Einige Anzeichen
checklist-level-some-signs-summary = { $perspective ->
    [me] Einige Ihrer Antworten sind Anzeichen für Ausbeutung. Sie beweisen nichts, aber es lohnt sich, mit jemandem darüber zu sprechen, der solche Situationen kennt.
   *[other] Einige Ihrer Antworten sind Anzeichen für Ausbeutung. Sie beweisen nichts, aber es lohnt sich, mit jemandem darüber zu sprechen, der solche Situationen kennt.
}
checklist-level-no-clear-signs = Keine deutlichen Anzeichen
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Ihre Antworten zeigen keine deutlichen Anzeichen für Menschenhandel. Wenn sich trotzdem etwas falsch anfühlt, können Sie immer um Rat fragen.
   *[other] Ihre Antworten zeigen keine deutlichen Anzeichen für Menschenhandel. Wenn sich trotzdem etwas falsch anfühlt, können Sie immer um Rat fragen.
}

## Checkliste: Hinweise zum Ergebnis

checklist-note-not-proof = { $perspective ->
    [me] Diese Anzeichen stammen aus Listen der Internationalen Arbeitsorganisation, der Europäischen Kommission und der Vereinten Nationen. Anzeichen allein beweisen keinen Menschenhandel und schließen ihn auch nicht aus; sie zeigen, wann es sich lohnt, um Hilfe zu bitten.
   *[other] Diese Anzeichen stammen aus Listen der Internationalen Arbeitsorganisation, der Europäischen Kommission und der Vereinten Nationen. Anzeichen allein beweisen keinen Menschenhandel und schließen ihn auch nicht aus; sie zeigen, wann es sich lohnt, um Hilfe zu bitten.
}
checklist-note-crisis = { $perspective ->
    [me] Wenn Sie daran denken, sich selbst zu verletzen, müssen Sie damit nicht allein bleiben. In Gefahr rufen Sie die 112 an. Junge Menschen können Child Focus unter 116 000 anrufen, kostenlos, Tag und Nacht. Lueur nennt noch keine Telefonseelsorge: Wir haben noch keine anhand einer Quelle geprüft.
   *[other] Wenn die Person daran denkt, sich selbst zu verletzen, soll sie damit nicht allein bleiben. In Gefahr rufen Sie die 112 an. Junge Menschen können Child Focus unter 116 000 anrufen, kostenlos, Tag und Nacht. Lueur nennt noch keine Telefonseelsorge: Wir haben noch keine anhand einer Quelle geprüft.
}
checklist-note-minor = { $perspective ->
    [me] Sie sind vielleicht unter 18. Mit sexuellen Handlungen, Fotos oder Videos junger Menschen Geld verdienen ist immer Ausbeutung, auch mit ihrer Zustimmung. Bei jungen Menschen braucht es weder Gewalt noch Lügen, damit es Menschenhandel ist. Es gibt Dienste nur für junge Menschen.
   *[other] Die Person ist vielleicht unter 18. Mit sexuellen Handlungen, Fotos oder Videos junger Menschen Geld verdienen ist immer Ausbeutung, auch mit ihrer Zustimmung. Bei jungen Menschen braucht es weder Gewalt noch Lügen, damit es Menschenhandel ist. Es gibt Dienste nur für junge Menschen.
}
checklist-note-work-rights = { $perspective ->
    [me] Einige Antworten beschreiben unfaire Arbeit. Auch wenn es kein Menschenhandel ist, kann es gegen das Gesetz verstoßen, und Sie haben Rechte bei der Arbeit.
   *[other] Einige Antworten beschreiben unfaire Arbeit. Auch wenn es kein Menschenhandel ist, kann es gegen das Gesetz verstoßen, und die Person hat Rechte bei der Arbeit.
}
checklist-note-unsure = { $perspective ->
    [me] Bei einigen Fragen waren Sie unsicher. Das ist normal. Ein spezialisiertes Zentrum kann Ihnen helfen, klarer zu sehen.
   *[other] Bei einigen Fragen waren Sie unsicher. Das ist normal. Ein spezialisiertes Zentrum kann Ihnen helfen, klarer zu sehen.
}
checklist-note-still-worried = { $perspective ->
    [me] Eine Checkliste sieht nicht alles. Wenn Sie sich Sorgen machen, vertrauen Sie diesem Gefühl und fragen Sie um Rat.
   *[other] Eine Checkliste sieht nicht alles. Wenn Sie sich um die Person Sorgen machen, vertrauen Sie diesem Gefühl und fragen Sie um Rat.
}
