## Checkliste: Bildschirme und Schaltflächen

checklist-title = Anzeichen erkennen
checklist-intro = Einige Fragen, mit Ja, Nein oder Weiß nicht. Sie können eine Frage überspringen oder zurückgehen. Ihre Antworten bleiben in der App und verschwinden, wenn Sie sie schließen, außer Sie möchten sie behalten.
checklist-answer-yes = Ja
checklist-answer-no = Nein
checklist-answer-unsure = Weiß nicht
checklist-skip = Diese Frage überspringen
checklist-back = Zurück
checklist-continue = Mit den Fragen weitermachen
checklist-progress = Frage { $current } von { $total }
checklist-prompt = Geben Sie eine Zahl ein und drücken Sie Enter:
checklist-keep-answers = Meine Antworten auf diesem Telefon behalten
checklist-keep-answers-hint = Jede Person, die Lueur auf diesem Telefon öffnen kann, könnte sie dann sehen. Sie können sie jederzeit löschen.
checklist-delete-answers = Meine Antworten von diesem Telefon löschen
checklist-answers-kept = Ihre Antworten sind auf diesem Telefon gespeichert.
checklist-answers-deleted = Ihre Antworten wurden von diesem Telefon gelöscht.
checklist-saved-found = Sie haben früher Antworten auf diesem Telefon behalten.
checklist-resume = Mit meinen behaltenen Antworten weitermachen
checklist-start-again = Neu beginnen
checklist-signs-heading = Worauf die Antworten hinweisen
checklist-element-present = Mehrere Antworten weisen darauf hin.
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
checklist-contact-reason-centre = Beratung und Unterstützung, kostenlos und vertraulich
checklist-contact-reason-report = Um eine Situation zu melden

## Checkliste: Zusammenfassung für eine Meldung

checklist-summary-heading = { $perspective ->
    [me] Checkliste von Lueur, über meine eigene Situation
   *[other] Checkliste von Lueur, über eine Person, die ich kenne
}
checklist-summary-level = Ergebnis: { $level }
checklist-summary-minor = Die Person ist unter 18 oder vielleicht unter 18.
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
checklist-module-criminality = Straftaten unter Druck
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
    [me] Ein Freund oder eine Freundin, der oder die immer mehr verlangt
   *[other] Ein Freund oder eine Freundin, der oder die immer mehr von der Person verlangt
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Ich weiß es nicht, oder etwas anderes
   *[other] Ich weiß es nicht, oder etwas anderes
}

## Checkliste: Fragen für jede Situation

checklist-q-g-promised-other = { $perspective ->
    [me] Ist Ihre Arbeit oder Ihre Situation ganz anders, als man Ihnen versprochen hat?
   *[other] Ist die Arbeit oder die Situation der Person ganz anders, als man ihr versprochen hat?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Hat man Sie über den Lohn, die Arbeitszeiten oder die Unterkunft belogen?
   *[other] Hat man die Person über den Lohn, die Arbeitszeiten oder die Unterkunft belogen?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Hat man Ihnen Papiere oder einen legalen Aufenthalt versprochen, die Sie nicht bekommen haben?
   *[other] Hat man der Person Papiere oder einen legalen Aufenthalt versprochen, die sie nicht bekommen hat?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Wurden Sie gezwungen oder bedroht, hierherzukommen oder damit anzufangen?
   *[other] Wurde die Person gezwungen oder bedroht, hierherzukommen oder damit anzufangen?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Waren Sie am Anfang in einer sehr schweren Zeit, zum Beispiel ohne Geld, ohne Papiere oder ohne Unterkunft?
   *[other] War die Person am Anfang in einer sehr schweren Zeit, zum Beispiel ohne Geld, ohne Papiere oder ohne Unterkunft?
}
checklist-q-g-documents = { $perspective ->
    [me] Behält jemand anderes Ihren Reisepass oder Ihren Personalausweis, obwohl Sie das nicht wollen?
   *[other] Behält jemand anderes den Reisepass oder den Personalausweis der Person, obwohl sie das nicht will?
}
checklist-q-g-free-to-leave = { $perspective ->
    [me] Können Sie den Ort, an dem Sie arbeiten oder wohnen, verlassen, wann Sie wollen?
   *[other] Kann die Person den Ort, an dem sie arbeitet oder wohnt, verlassen, wann sie will?
}
checklist-q-g-debt = { $perspective ->
    [me] Schulden Sie den Leuten, für die Sie arbeiten, Geld, und scheint die Schuld nie kleiner zu werden?
   *[other] Schuldet die Person den Leuten, für die sie arbeitet, Geld, und scheint die Schuld nie kleiner zu werden?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Hat diese Schuld mit den Kosten für Ihre Reise, Ihre Arbeit oder Ihre Unterkunft angefangen?
   *[other] Hat diese Schuld mit den Kosten für die Reise, die Arbeit oder die Unterkunft der Person angefangen?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Nimmt jemand anderes das ganze Geld oder fast das ganze Geld, das Sie verdienen?
   *[other] Nimmt jemand anderes das ganze Geld oder fast das ganze Geld, das die Person verdient?
}
checklist-q-g-threats = { $perspective ->
    [me] Hat jemand Sie oder Ihre Familie bedroht?
   *[other] Hat jemand die Person oder ihre Familie bedroht?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Hat man gesagt, man würde Sie bei der Polizei oder beim Ausländeramt anzeigen, wenn Sie nicht gehorchen?
   *[other] Hat man gesagt, man würde die Person bei der Polizei oder beim Ausländeramt anzeigen, wenn sie nicht gehorcht?
}
checklist-q-g-violence = { $perspective ->
    [me] Hat jemand Sie geschlagen, verletzt oder zu sexuellen Handlungen gezwungen?
   *[other] Hat jemand die Person geschlagen, verletzt oder zu sexuellen Handlungen gezwungen?
}
checklist-q-g-dependent = { $perspective ->
    [me] Hängen Sie für Arbeit, Unterkunft und Essen von denselben Leuten ab?
   *[other] Hängt die Person für Arbeit, Unterkunft und Essen von denselben Leuten ab?
}
checklist-q-g-isolated = { $perspective ->
    [me] Hält man Sie von Ihrer Familie und Ihren Freunden fern, oder dürfen Sie nicht frei mit anderen sprechen?
   *[other] Hält man die Person von Familie und Freunden fern, oder darf sie nicht frei mit anderen sprechen?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Haben Sie Angst, die Polizei um Hilfe zu bitten, zum Beispiel wegen Ihrer Papiere?
   *[other] Hat die Person Angst, die Polizei um Hilfe zu bitten, zum Beispiel wegen ihrer Papiere?
}

## Checkliste: Sex, Escort und online

checklist-q-s-refuse = { $perspective ->
    [me] Können Sie einen Kunden oder eine sexuelle Handlung ablehnen?
   *[other] Kann die Person einen Kunden oder eine sexuelle Handlung ablehnen?
}
checklist-q-s-keep-money = { $perspective ->
    [me] Behalten Sie den größten Teil des Geldes, das die Kunden bezahlen?
   *[other] Behält die Person den größten Teil des Geldes, das die Kunden bezahlen?
}
checklist-q-s-hours = { $perspective ->
    [me] Müssen Sie viele Kunden empfangen oder sehr lange arbeiten, ohne freien Tag?
   *[other] Muss die Person viele Kunden empfangen oder sehr lange arbeiten, ohne freien Tag?
}
checklist-q-s-organised = { $perspective ->
    [me] Veröffentlicht jemand anderes Ihre Anzeigen, wählt Ihre Kunden aus oder plant Ihre Escort-Termine?
   *[other] Veröffentlicht jemand anderes die Anzeigen der Person, wählt ihre Kunden aus oder plant ihre Escort-Termine?
}
checklist-q-s-online = { $perspective ->
    [me] Zwingt Sie jemand, sexuelle Fotos oder Videos zu machen oder vor einer Kamera sexuelle Dinge zu tun, damit er daran verdient?
   *[other] Zwingt jemand die Person, sexuelle Fotos oder Videos zu machen oder vor einer Kamera sexuelle Dinge zu tun, damit er daran verdient?
}
checklist-q-s-living = { $perspective ->
    [me] Schlafen Sie dort, wo Sie arbeiten, oder dort, wo die Person bestimmt, die alles organisiert?
   *[other] Schläft die Person dort, wo sie arbeitet, oder dort, wo der Organisator bestimmt?
}

## Checkliste: Arbeit

checklist-q-l-hours = { $perspective ->
    [me] Arbeiten Sie oft sehr lange Tage, oder sieben Tage in der Woche?
   *[other] Arbeitet die Person oft sehr lange Tage, oder sieben Tage in der Woche?
}
checklist-q-l-pay = { $perspective ->
    [me] Ist Ihr Lohn viel niedriger als vereinbart, oder gibt es gar keinen Lohn?
   *[other] Ist der Lohn der Person viel niedriger als vereinbart, oder gibt es gar keinen Lohn?
}
checklist-q-l-contract = { $perspective ->
    [me] Arbeiten Sie ohne Vertrag oder ohne angemeldet zu sein?
   *[other] Arbeitet die Person ohne Vertrag oder ohne angemeldet zu sein?
}
checklist-q-l-hazard = { $perspective ->
    [me] Ist die Arbeit gefährlich, ohne Schutz oder Ausbildung?
   *[other] Ist die Arbeit der Person gefährlich, ohne Schutz oder Ausbildung?
}
checklist-q-l-housing = { $perspective ->
    [me] Bestimmt Ihr Arbeitgeber, wo Sie wohnen, und ist die Unterkunft sehr schlecht oder überfüllt?
   *[other] Bestimmt der Arbeitgeber, wo die Person wohnt, und ist die Unterkunft sehr schlecht oder überfüllt?
}
checklist-q-l-quit = { $perspective ->
    [me] Könnten Sie mit dieser Arbeit aufhören, ohne bestraft oder bedroht zu werden?
   *[other] Könnte die Person mit dieser Arbeit aufhören, ohne bestraft oder bedroht zu werden?
}
checklist-q-l-live-in = { $perspective ->
    [me] Wohnen Sie im Haus der Leute, für die Sie arbeiten?
   *[other] Wohnt die Person im Haus der Leute, für die sie arbeitet?
}

## Checkliste: Arbeit in einem Haushalt

checklist-q-d-rest = { $perspective ->
    [me] Haben Sie Zeit zum Schlafen und Ausruhen, und einen freien Tag pro Woche?
   *[other] Hat die Person Zeit zum Schlafen und Ausruhen, und einen freien Tag pro Woche?
}
checklist-q-d-room = { $perspective ->
    [me] Haben Sie einen eigenen Schlafplatz, an dem Sie allein sein können?
   *[other] Hat die Person einen eigenen Schlafplatz, an dem sie allein sein kann?
}
checklist-q-d-food = { $perspective ->
    [me] Bekommen Sie genug zu essen?
   *[other] Bekommt die Person genug zu essen?
}
checklist-q-d-out = { $perspective ->
    [me] Dürfen Sie allein hinausgehen?
   *[other] Darf die Person allein hinausgehen?
}
checklist-q-d-pay = { $perspective ->
    [me] Werden Sie für diese Arbeit bezahlt, wie vereinbart?
   *[other] Wird die Person für diese Arbeit bezahlt, wie vereinbart?
}
checklist-q-d-phone = { $perspective ->
    [me] Können Sie Ihre Familie anrufen oder ein Telefon benutzen, wann Sie wollen?
   *[other] Kann die Person ihre Familie anrufen oder ein Telefon benutzen, wann sie will?
}

## Checkliste: Betteln

checklist-q-b-quota = { $perspective ->
    [me] Müssen Sie jeden Tag einen festen Geldbetrag bei jemandem abgeben?
   *[other] Muss die Person jeden Tag einen festen Geldbetrag bei jemandem abgeben?
}
checklist-q-b-hours = { $perspective ->
    [me] Müssen Sie den ganzen Tag betteln, jeden Tag, bei jedem Wetter?
   *[other] Muss die Person den ganzen Tag betteln, jeden Tag, bei jedem Wetter?
}
checklist-q-b-punished = { $perspective ->
    [me] Werden Sie bestraft oder bedroht, wenn Sie zu wenig zurückbringen?
   *[other] Wird die Person bestraft oder bedroht, wenn sie zu wenig zurückbringt?
}
checklist-q-b-brought = { $perspective ->
    [me] Bringt jemand Sie zu dem Ort, an dem Sie betteln, holt Sie ab oder beobachtet Sie?
   *[other] Bringt jemand die Person zu dem Ort, an dem sie bettelt, holt sie ab oder beobachtet sie?
}
checklist-q-b-school = { $perspective ->
    [me] Betteln Sie, statt zur Schule zu gehen?
   *[other] Bettelt die Person, statt zur Schule zu gehen?
}

## Checkliste: Straftaten unter Druck

checklist-q-c-made-to = { $perspective ->
    [me] Müssen Sie für jemand anderen stehlen, Drogen verkaufen oder auf andere Weise das Gesetz brechen?
   *[other] Muss die Person für jemand anderen stehlen, Drogen verkaufen oder auf andere Weise das Gesetz brechen?
}
checklist-q-c-kept-in = { $perspective ->
    [me] Müssen Sie in einem Haus bleiben, um Pflanzen, Drogen oder gestohlene Sachen zu bewachen?
   *[other] Muss die Person in einem Haus bleiben, um Pflanzen, Drogen oder gestohlene Sachen zu bewachen?
}
checklist-q-c-conditions = { $perspective ->
    [me] Müssen Sie das sehr viele Stunden lang tun, für wenig oder kein Geld?
   *[other] Muss die Person das sehr viele Stunden lang tun, für wenig oder kein Geld?
}
checklist-q-c-profits = { $perspective ->
    [me] Behält jemand anderes das Geld oder die Sachen, die Sie zurückbringen?
   *[other] Behält jemand anderes das Geld oder die Sachen, die die Person zurückbringt?
}
checklist-q-c-debt = { $perspective ->
    [me] Sagt man Ihnen, dass Sie das tun müssen, um eine Schuld zurückzuzahlen?
   *[other] Sagt man der Person, dass sie das tun muss, um eine Schuld zurückzuzahlen?
}
checklist-q-c-lie = { $perspective ->
    [me] Hat man Ihnen gesagt, was Sie sagen sollen, wenn die Polizei Sie anhält?
   *[other] Hat man der Person gesagt, was sie sagen soll, wenn die Polizei sie anhält?
}

## Checkliste: eine Beziehung, die sich falsch anfühlt (Loverboys, Teenager-Zuhälter)

checklist-q-t-older = { $perspective ->
    [me] Gibt es jemanden, der viel älter ist und Ihnen viel Aufmerksamkeit schenkt, zum Beispiel ein neuer Freund oder Bekannter?
   *[other] Gibt es jemanden, der viel älter ist und der Person viel Aufmerksamkeit schenkt, zum Beispiel ein neuer Freund oder Bekannter?
}
checklist-q-t-gifts = { $perspective ->
    [me] Gibt Ihnen diese Person Geld, teure Geschenke oder ein Telefon?
   *[other] Gibt diese ältere Person ihr Geld, teure Geschenke oder ein Telefon?
}
checklist-q-t-love = { $perspective ->
    [me] Hat Ihnen diese Person Liebe, eine gemeinsame Zukunft oder ein leichtes Leben versprochen?
   *[other] Hat diese ältere Person ihr Liebe, eine gemeinsame Zukunft oder ein leichtes Leben versprochen?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Hat es angefangen, als Sie sich allein fühlten oder Probleme zu Hause oder in der Schule hatten?
   *[other] Hat es angefangen, als die Person sich allein fühlte oder Probleme zu Hause oder in der Schule hatte?
}
checklist-q-t-need = { $perspective ->
    [me] Haben Sie das Gefühl, diese Person so sehr zu brauchen, dass Sie nicht Nein sagen können?
   *[other] Scheint die Person diese ältere Person so sehr zu brauchen, dass sie nicht Nein sagen kann?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Will diese Person, dass Sie Ihre Freunde oder Ihre Familie nicht mehr sehen?
   *[other] Will diese ältere Person, dass sie ihre Freunde oder ihre Familie nicht mehr sieht?
}
checklist-q-t-away = { $perspective ->
    [me] Bleiben Sie nachts weg, schwänzen Sie die Schule, oder gehen Sie in Hotels oder Wohnungen, die Sie nicht kennen?
   *[other] Bleibt die Person nachts weg, schwänzt sie die Schule, oder geht sie in Hotels oder Wohnungen, die sie nicht kennt?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Hat diese Person Sie gebeten, Sex mit anderen Leuten zu haben oder sexuelle Fotos zu schicken?
   *[other] Hat diese ältere Person sie gebeten, Sex mit anderen Leuten zu haben oder sexuelle Fotos zu schicken?
}
checklist-q-t-owe = { $perspective ->
    [me] Sagt diese Person, dass Sie ihr Geld für die Geschenke oder für andere Dinge schulden?
   *[other] Sagt diese ältere Person, dass die Person ihr Geld für die Geschenke oder für andere Dinge schuldet?
}
checklist-q-t-changes = { $perspective ->
    [me] Haben Sie jetzt ein Tattoo mit dem Namen von jemandem, oder mehr als ein Telefon?
   *[other] Hat die Person jetzt ein Tattoo mit dem Namen von jemandem, oder mehr als ein Telefon?
}
checklist-q-t-mood = { $perspective ->
    [me] Haben Sie sich in letzter Zeit stark verändert: Ihre Stimmung, Alkohol oder Drogen, oder sich selbst verletzen?
   *[other] Hat sich die Person in letzter Zeit stark verändert: ihre Stimmung, Alkohol oder Drogen, oder sich selbst verletzen?
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
    [me] Wallonien
   *[other] Wallonien
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

checklist-element-deceptive-recruitment = Lügen am Anfang
checklist-element-coercive-recruitment = Zwang am Anfang
checklist-element-vulnerability-recruitment = Eine schwierige Lage, die am Anfang ausgenutzt wurde
checklist-element-exploitative-conditions = Ausbeutung: Arbeit oder Sex zu unfairen Bedingungen
checklist-element-coercion-destination = Kontrolle und Druck jetzt
checklist-element-vulnerability-destination = Eine schwache Lage, die jetzt ausgenutzt wird
checklist-element-warning-signs = Warnzeichen bei jungen Menschen

## Checkliste: Indikatoren erklärt

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
checklist-indicator-recruited-by-force = { $perspective ->
    [me] Sie wurden gezwungen oder bedroht, damit anzufangen: Das ist ein ernstes Zeichen, dass Sie nicht frei gewählt haben.
   *[other] Die Person wurde gezwungen oder bedroht, damit anzufangen: Das ist ein ernstes Zeichen, dass sie nicht frei gewählt hat.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Die Schuld hat mit der Reise oder der Arbeit angefangen: Eine solche Schuld wird oft genutzt, um einen Menschen an die zu binden, die ihn hergebracht haben.
   *[other] Die Schuld hat mit der Reise oder der Arbeit angefangen: Eine solche Schuld wird oft genutzt, um einen Menschen an die zu binden, die ihn hergebracht haben.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Es hat angefangen, als Sie kein Geld, keine Papiere oder keine Unterkunft hatten: Wer andere ausbeutet, sucht Menschen in einer schweren Zeit.
   *[other] Es hat angefangen, als die Person kein Geld, keine Papiere oder keine Unterkunft hatte: Wer andere ausbeutet, sucht Menschen in einer schweren Zeit.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Es hat angefangen, als Sie sich allein fühlten oder Probleme zu Hause oder in der Schule hatten: Teenager-Zuhälter suchen junge Menschen in dieser Lage.
   *[other] Es hat angefangen, als die Person sich allein fühlte oder Probleme zu Hause oder in der Schule hatte: Teenager-Zuhälter suchen junge Menschen in dieser Lage.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Sie haben das Gefühl, dieser Person nicht Nein sagen zu können: Jemanden abhängig zu machen ist ein Weg, ihn zu kontrollieren.
   *[other] Die Person scheint nicht Nein sagen zu können: Jemanden abhängig zu machen ist ein Weg, ihn zu kontrollieren.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Sie bekommen Geld oder teure Geschenke: Geschenke können genutzt werden, damit man das Gefühl hat, etwas schuldig zu sein.
   *[other] Die Person bekommt Geld oder teure Geschenke: Geschenke können genutzt werden, damit man das Gefühl hat, etwas schuldig zu sein.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Sehr lange Tage oder kein freier Tag: Das ist eines der deutlichsten Anzeichen für Ausbeutung.
   *[other] Sehr lange Tage oder kein freier Tag: Das ist eines der deutlichsten Anzeichen für Ausbeutung.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Wenig oder kein Lohn für Ihre Arbeit: Das ist ein Anzeichen für Ausbeutung.
   *[other] Wenig oder kein Lohn für die Arbeit: Das ist ein Anzeichen für Ausbeutung.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Kein Vertrag und nicht angemeldet: Das bedeutet oft keine Versicherung und keinen Schutz bei der Arbeit.
   *[other] Kein Vertrag und nicht angemeldet: Das bedeutet oft keine Versicherung und keinen Schutz bei der Arbeit für die Person.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Gefährliche Arbeit ohne Schutz: Das gefährdet Ihre Gesundheit und ist ein Anzeichen für Ausbeutung.
   *[other] Gefährliche Arbeit ohne Schutz: Das gefährdet die Gesundheit der Person und ist ein Anzeichen für Ausbeutung.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Ein schlechter Schlafplatz, keine Privatsphäre oder zu wenig Essen: Solche Lebensbedingungen sind ein Anzeichen für Ausbeutung.
   *[other] Ein schlechter Schlafplatz, keine Privatsphäre oder zu wenig Essen: Solche Lebensbedingungen sind ein Anzeichen für Ausbeutung.
}
checklist-indicator-no-school = { $perspective ->
    [me] Nicht zur Schule gehen: Junge Menschen haben ein Recht auf Schule.
   *[other] Nicht zur Schule gehen: Junge Menschen haben ein Recht auf Schule.
}
checklist-indicator-sexual-acts-for-others = { $perspective ->
    [me] Sexuelle Handlungen oder Fotos, an denen jemand anderes verdient: Das ist sexuelle Ausbeutung, und bei jemandem unter 18 ist es immer Ausbeutung.
   *[other] Sexuelle Handlungen oder Fotos, an denen jemand anderes verdient: Das ist sexuelle Ausbeutung, und bei jemandem unter 18 ist es immer Ausbeutung.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Sie müssen einen festen Betrag vom Betteln abgeben: Das Geld geht an andere, und das ist ein Anzeichen für Ausbeutung.
   *[other] Die Person muss einen festen Betrag vom Betteln abgeben: Das Geld geht an andere, und das ist ein Anzeichen für Ausbeutung.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Jemand anderes behält Ihre Ausweispapiere: Das ist ein Weg, einen Menschen zu kontrollieren.
   *[other] Jemand anderes behält die Ausweispapiere der Person: Das ist ein Weg, einen Menschen zu kontrollieren.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Eine Schuld, die nie kleiner wird: Schulden werden oft genutzt, damit Menschen weiterarbeiten.
   *[other] Eine Schuld, die nie kleiner wird: Schulden werden oft genutzt, damit Menschen weiterarbeiten.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Sie können nicht frei weggehen, oder Sie werden eingesperrt oder beobachtet: Das nimmt Ihnen Ihre Freiheit.
   *[other] Die Person kann nicht frei weggehen, oder sie wird eingesperrt oder beobachtet: Das nimmt ihr ihre Freiheit.
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
    [me] Sie können nicht aufhören, ohne bestraft zu werden: Eine Arbeit, die man nicht verlassen kann, ist nicht frei gewählt.
   *[other] Die Person kann nicht aufhören, ohne bestraft zu werden: Eine Arbeit, die man nicht verlassen kann, ist nicht frei gewählt.
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
    [me] Jemand anderes bestimmt über Ihre Anzeigen, Kunden oder Termine: So wird Sexarbeit kontrolliert.
   *[other] Jemand anderes bestimmt über die Anzeigen, Kunden oder Termine der Person: So wird Sexarbeit kontrolliert.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Man hat Ihnen gesagt, was Sie der Polizei sagen sollen: Das wird genutzt, um zu verbergen, was passiert.
   *[other] Man hat der Person gesagt, was sie der Polizei sagen soll: Das wird genutzt, um zu verbergen, was passiert.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Dieselben Leute geben Ihnen Arbeit, Unterkunft und Essen: Dann ist es sehr schwer, Nein zu sagen oder wegzugehen.
   *[other] Dieselben Leute geben der Person Arbeit, Unterkunft und Essen: Dann ist es sehr schwer, Nein zu sagen oder wegzugehen.
}
checklist-indicator-isolated = { $perspective ->
    [me] Man hält Sie von Familie und Freunden fern: Allein ist es schwerer, Hilfe zu finden.
   *[other] Man hält die Person von Familie und Freunden fern: Allein ist es schwerer, Hilfe zu finden.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Sie haben Angst vor der Polizei oder wegen Ihres Aufenthalts: Diese Angst wird oft genutzt, damit Menschen schweigen.
   *[other] Die Person hat Angst vor der Polizei oder wegen ihres Aufenthalts: Diese Angst wird oft genutzt, damit Menschen schweigen.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Jemand, der viel älter ist, schenkt Ihnen viel Aufmerksamkeit: So beginnen Teenager-Zuhälter oft.
   *[other] Jemand, der viel älter ist, schenkt der Person viel Aufmerksamkeit: So beginnen Teenager-Zuhälter oft.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nächte weg, Schule geschwänzt oder Hotels: Das sind Warnzeichen, die Child Focus nennt.
   *[other] Nächte weg, Schule geschwänzt oder Hotels: Das sind Warnzeichen, die Child Focus nennt.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Ein Tattoo mit dem Namen von jemandem: Teenager-Zuhälter nutzen es manchmal, um einen jungen Menschen als „ihren“ zu markieren.
   *[other] Ein Tattoo mit dem Namen von jemandem: Teenager-Zuhälter nutzen es manchmal, um einen jungen Menschen als „ihren“ zu markieren.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Mehr als ein Telefon: So kann jemand Sie erreichen, ohne dass andere es wissen.
   *[other] Mehr als ein Telefon: So kann jemand die Person erreichen, ohne dass andere es wissen.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Große Veränderungen bei Stimmung, Alkohol, Drogen oder Selbstverletzung: Das kann ein Zeichen sein, dass etwas sehr falsch läuft. Sie verdienen Hilfe.
   *[other] Große Veränderungen bei Stimmung, Alkohol, Drogen oder Selbstverletzung: Das kann ein Zeichen sein, dass für die Person etwas sehr falsch läuft.
}

## Checkliste: Ergebnisstufen

checklist-level-immediate-danger = Jetzt in Gefahr
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Sie haben gesagt, dass Sie jetzt in Gefahr sind. Wenn es sicher möglich ist, rufen Sie jetzt um Hilfe. Sie können später zu den Fragen zurückkommen.
   *[other] Sie haben gesagt, dass die Person jetzt in Gefahr ist. Wenn es sicher möglich ist, rufen Sie jetzt um Hilfe. Sie können später zu den Fragen zurückkommen.
}
checklist-level-strong-signs = Starke Anzeichen
checklist-level-strong-signs-summary = { $perspective ->
    [me] Ihre Antworten zeigen mehrere starke Anzeichen für Menschenhandel oder Ausbeutung. Das ist kein Urteil: Ein spezialisiertes Zentrum kann sich Ihre Situation mit Ihnen ansehen, kostenlos und vertraulich.
   *[other] Ihre Antworten zeigen mehrere starke Anzeichen für Menschenhandel oder Ausbeutung. Das ist kein Urteil: Ein spezialisiertes Zentrum kann sich die Situation mit Ihnen ansehen, kostenlos und vertraulich.
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
checklist-note-minor = { $perspective ->
    [me] Sie sind unter 18 oder vielleicht unter 18. Junge Menschen haben zusätzlichen Schutz: Einen jungen Menschen für Sex oder für Geld zu benutzen ist immer Ausbeutung, auch wenn er zugestimmt hat. Es gibt Dienste nur für junge Menschen.
   *[other] Die Person ist unter 18 oder vielleicht unter 18. Junge Menschen haben zusätzlichen Schutz: Einen jungen Menschen für Sex oder für Geld zu benutzen ist immer Ausbeutung, auch wenn er zugestimmt hat. Es gibt Dienste nur für junge Menschen.
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
