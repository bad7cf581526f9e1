## Checklist: screens and buttons

checklist-title = Check the signs
checklist-intro = A few questions, answered with yes, no or not sure. You can skip a question or go back. Your answers stay in this app and disappear when you close it, unless you choose to keep them.
checklist-answer-yes = Yes
checklist-answer-no = No
checklist-answer-unsure = Not sure
checklist-skip = Skip this question
checklist-back = Back
checklist-continue = Continue the questions
checklist-progress = Question { $current } of { $total }
checklist-prompt = Type a number and press Enter:
checklist-keep-answers = Keep my answers on this phone
checklist-keep-answers-hint = Anyone who can open Lueur on this phone could then see them. You can delete them at any time.
checklist-delete-answers = Delete my answers from this phone
checklist-answers-kept = Your answers are kept on this phone.
checklist-answers-deleted = Your answers were deleted from this phone.
checklist-saved-found = You kept answers on this phone earlier.
checklist-resume = Continue with my kept answers
checklist-start-again = Start again
checklist-signs-heading = What the answers point to
checklist-element-present = Several answers point to this.
checklist-unsure-heading = Answers you were not sure about
checklist-notes-heading = Good to know
checklist-contacts-heading = Who can help
checklist-steps-heading = What you can do now
checklist-grade-strong = strong sign
checklist-grade-medium = sign
checklist-grade-weak = weak sign
checklist-sources = Sources: { $sources }
checklist-close = Close
checklist-invalid-choice = Please type one of the numbers shown.
checklist-error-about = Say whose situation it is: “me” or “other”.
checklist-ignored = Not asked with these answers, so not counted: { $questions }

## Checklist: next steps and contacts

checklist-action-call = Call { $name }: { $number }
checklist-action-talk = Talk to { $name }
checklist-action-report = Prepare a confidential report
checklist-action-report-hint = Lueur fills in a short summary of these answers. You can change it or remove it.
checklist-action-read = Read: { $title }
checklist-contact-reason-emergency = In an emergency
checklist-contact-reason-minors = For young people under 18
checklist-contact-reason-region = Near you
checklist-contact-reason-language = Speaks your language
checklist-contact-reason-centre = Advice and support, free and confidential
checklist-contact-reason-report = To report a situation

## Checklist: the summary for a report

checklist-summary-heading = { $perspective ->
    [me] Lueur checklist, about my own situation
   *[other] Lueur checklist, about someone I know
}
checklist-summary-level = Result: { $level }
checklist-summary-minor = The person is under 18, or may be.
checklist-summary-signs = Signs in the answers:
checklist-summary-unsure = Not sure:
checklist-summary-none = No sign was answered with yes.

## Checklist: errors

checklist-error-unknown-question = There is no question “{ $question }” in the checklist.
checklist-error-unknown-answer = “{ $answer }” is not a possible answer to this question.
checklist-error-not-current = This question is not the one on the screen now.

## Checklist: modules

checklist-module-entry = First questions
checklist-module-general = The situation
checklist-module-sexual = Sex, escort and online
checklist-module-labour = Work
checklist-module-domestic = Work in a home
checklist-module-begging = Begging
checklist-module-criminality = Crimes under pressure
checklist-module-teen-pimps = A relationship that feels wrong
checklist-module-closing = Last question

## Checklist: first questions

checklist-q-about = Who is this about?
checklist-q-about-me = About me
checklist-q-about-other = About someone I know
checklist-q-danger-now = { $perspective ->
    [me] Are you in danger right now, or afraid someone will hurt you very soon?
   *[other] Is the person in danger right now, or afraid someone will hurt them very soon?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Are you locked in somewhere right now, or kept there against your will?
   *[other] Is the person locked in somewhere right now, or kept there against their will?
}
checklist-q-under-18 = { $perspective ->
    [me] Are you under 18?
   *[other] Is the person under 18?
}
checklist-q-situation = { $perspective ->
    [me] What is your situation mostly about?
   *[other] What is the person's situation mostly about?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Sex, escort, sexual pictures or videos, also online
   *[other] Sex, escort, sexual pictures or videos, also online
}
checklist-q-situation-labour = { $perspective ->
    [me] Work: for example in a restaurant, on a building site, on a farm, in a shop
   *[other] Work: for example in a restaurant, on a building site, on a farm, in a shop
}
checklist-q-situation-domestic = { $perspective ->
    [me] Work in someone's home: cleaning, cooking, looking after children
   *[other] Work in someone's home: cleaning, cooking, looking after children
}
checklist-q-situation-begging = { $perspective ->
    [me] Begging in the street
   *[other] Begging in the street
}
checklist-q-situation-criminality = { $perspective ->
    [me] Having to steal, sell drugs or break the law in other ways
   *[other] Having to steal, sell drugs or break the law in other ways
}
checklist-q-situation-relationship = { $perspective ->
    [me] A boyfriend, girlfriend or friend who asks for more and more
   *[other] A boyfriend, girlfriend or friend who asks the person for more and more
}
checklist-q-situation-not-sure = { $perspective ->
    [me] I am not sure, or something else
   *[other] I am not sure, or something else
}

## Checklist: questions for every situation

checklist-q-g-promised-other = { $perspective ->
    [me] Is your work or your situation very different from what you were promised?
   *[other] Is the person's work or situation very different from what they were promised?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Were you lied to about the pay, the hours or the place to live?
   *[other] Was the person lied to about the pay, the hours or the place to live?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Were you promised papers or a legal stay that you did not get?
   *[other] Was the person promised papers or a legal stay that they did not get?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Were you forced or threatened to come here or to start this?
   *[other] Was the person forced or threatened to come here or to start this?
}
checklist-q-g-hard-time = { $perspective ->
    [me] When it started, were you in a very hard time, for example without money, papers or a place to live?
   *[other] When it started, was the person in a very hard time, for example without money, papers or a place to live?
}
checklist-q-g-documents = { $perspective ->
    [me] Does someone else keep your passport or identity card, when you do not want this?
   *[other] Does someone else keep the person's passport or identity card, when they do not want this?
}
checklist-q-g-free-to-leave = { $perspective ->
    [me] Can you leave the place where you work or live when you want to?
   *[other] Can the person leave the place where they work or live when they want to?
}
checklist-q-g-debt = { $perspective ->
    [me] Do you owe money to the people you work for, and does the debt never seem to get smaller?
   *[other] Does the person owe money to the people they work for, and does the debt never seem to get smaller?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Did this debt start with the cost of your journey, your job or your housing?
   *[other] Did this debt start with the cost of the person's journey, job or housing?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Does someone else take all or most of the money you earn?
   *[other] Does someone else take all or most of the money the person earns?
}
checklist-q-g-threats = { $perspective ->
    [me] Has someone threatened you or your family?
   *[other] Has someone threatened the person or their family?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Did they say they would report you to the police or to immigration if you do not obey?
   *[other] Did they say they would report the person to the police or to immigration if they do not obey?
}
checklist-q-g-violence = { $perspective ->
    [me] Has someone hit you, hurt you or forced you into sexual acts?
   *[other] Has someone hit the person, hurt them or forced them into sexual acts?
}
checklist-q-g-dependent = { $perspective ->
    [me] Do you depend on the same people for your work, your housing and your food?
   *[other] Does the person depend on the same people for work, housing and food?
}
checklist-q-g-isolated = { $perspective ->
    [me] Are you kept away from your family and friends, or not allowed to talk freely with others?
   *[other] Is the person kept away from family and friends, or not allowed to talk freely with others?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Are you afraid to ask the police for help, for example because of your papers?
   *[other] Is the person afraid to ask the police for help, for example because of their papers?
}

## Checklist: sex, escort and online

checklist-q-s-refuse = { $perspective ->
    [me] Can you say no to a client or to a sexual act?
   *[other] Can the person say no to a client or to a sexual act?
}
checklist-q-s-keep-money = { $perspective ->
    [me] Do you keep most of the money that clients pay?
   *[other] Does the person keep most of the money that clients pay?
}
checklist-q-s-hours = { $perspective ->
    [me] Do you have to see many clients or work very long hours, with no day off?
   *[other] Does the person have to see many clients or work very long hours, with no day off?
}
checklist-q-s-organised = { $perspective ->
    [me] Does someone else post your ads, choose your clients or plan your escort meetings?
   *[other] Does someone else post the person's ads, choose their clients or plan their escort meetings?
}
checklist-q-s-online = { $perspective ->
    [me] Does someone make you take sexual pictures or videos, or do sexual things on camera, for their profit?
   *[other] Does someone make the person take sexual pictures or videos, or do sexual things on camera, for their profit?
}
checklist-q-s-living = { $perspective ->
    [me] Do you sleep where you work, or where the person who organises it decides?
   *[other] Does the person sleep where they work, or where the organiser decides?
}

## Checklist: work

checklist-q-l-hours = { $perspective ->
    [me] Do you often work very long days, or seven days a week?
   *[other] Does the person often work very long days, or seven days a week?
}
checklist-q-l-pay = { $perspective ->
    [me] Is your pay much lower than agreed, or is there no pay at all?
   *[other] Is the person's pay much lower than agreed, or is there no pay at all?
}
checklist-q-l-contract = { $perspective ->
    [me] Do you work without a contract or without being declared?
   *[other] Does the person work without a contract or without being declared?
}
checklist-q-l-hazard = { $perspective ->
    [me] Is the work dangerous, without protection or training?
   *[other] Is the person's work dangerous, without protection or training?
}
checklist-q-l-housing = { $perspective ->
    [me] Does your employer decide where you live, and is the place very poor or overcrowded?
   *[other] Does the employer decide where the person lives, and is the place very poor or overcrowded?
}
checklist-q-l-quit = { $perspective ->
    [me] Could you stop this job without being punished or threatened?
   *[other] Could the person stop this job without being punished or threatened?
}
checklist-q-l-live-in = { $perspective ->
    [me] Do you live in the home of the people you work for?
   *[other] Does the person live in the home of the people they work for?
}

## Checklist: work in a home

checklist-q-d-rest = { $perspective ->
    [me] Do you have time to sleep and rest, and one free day each week?
   *[other] Does the person have time to sleep and rest, and one free day each week?
}
checklist-q-d-room = { $perspective ->
    [me] Do you have your own place to sleep, where you can be alone?
   *[other] Does the person have their own place to sleep, where they can be alone?
}
checklist-q-d-food = { $perspective ->
    [me] Do you get enough to eat?
   *[other] Does the person get enough to eat?
}
checklist-q-d-out = { $perspective ->
    [me] Are you allowed to go out alone?
   *[other] Is the person allowed to go out alone?
}
checklist-q-d-pay = { $perspective ->
    [me] Are you paid for this work, as agreed?
   *[other] Is the person paid for this work, as agreed?
}
checklist-q-d-phone = { $perspective ->
    [me] Can you call your family or use a phone when you want?
   *[other] Can the person call their family or use a phone when they want?
}

## Checklist: begging

checklist-q-b-quota = { $perspective ->
    [me] Do you have to bring a fixed amount of money to someone each day?
   *[other] Does the person have to bring a fixed amount of money to someone each day?
}
checklist-q-b-hours = { $perspective ->
    [me] Do you have to beg all day, every day, whatever the weather?
   *[other] Does the person have to beg all day, every day, whatever the weather?
}
checklist-q-b-punished = { $perspective ->
    [me] Are you punished or threatened when you bring back too little?
   *[other] Is the person punished or threatened when they bring back too little?
}
checklist-q-b-brought = { $perspective ->
    [me] Does someone take you to the place where you beg, pick you up, or watch you?
   *[other] Does someone take the person to the place where they beg, pick them up, or watch them?
}
checklist-q-b-school = { $perspective ->
    [me] Do you beg instead of going to school?
   *[other] Does the person beg instead of going to school?
}

## Checklist: crimes under pressure

checklist-q-c-made-to = { $perspective ->
    [me] Are you made to steal, sell drugs or break the law in another way for someone else?
   *[other] Is the person made to steal, sell drugs or break the law in another way for someone else?
}
checklist-q-c-kept-in = { $perspective ->
    [me] Do you have to stay in a house to look after plants, drugs or stolen goods?
   *[other] Does the person have to stay in a house to look after plants, drugs or stolen goods?
}
checklist-q-c-conditions = { $perspective ->
    [me] Do you have to do this for very long hours, with little or no pay?
   *[other] Does the person have to do this for very long hours, with little or no pay?
}
checklist-q-c-profits = { $perspective ->
    [me] Does someone else keep the money or the things you bring back?
   *[other] Does someone else keep the money or the things the person brings back?
}
checklist-q-c-debt = { $perspective ->
    [me] Are you told you must do this to pay back a debt?
   *[other] Is the person told they must do this to pay back a debt?
}
checklist-q-c-lie = { $perspective ->
    [me] Were you told what to say if the police stop you?
   *[other] Was the person told what to say if the police stop them?
}

## Checklist: a relationship that feels wrong (teen pimps)

checklist-q-t-older = { $perspective ->
    [me] Is there someone much older who gives you a lot of attention, for example a new boyfriend or friend?
   *[other] Is there someone much older who gives the person a lot of attention, for example a new boyfriend or friend?
}
checklist-q-t-gifts = { $perspective ->
    [me] Does this person give you money, expensive presents or a phone?
   *[other] Does this older person give them money, expensive presents or a phone?
}
checklist-q-t-love = { $perspective ->
    [me] Did this person promise you love, a future together or an easy life?
   *[other] Did this older person promise them love, a future together or an easy life?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Did it start at a time when you felt alone, or had problems at home or at school?
   *[other] Did it start at a time when the person felt alone, or had problems at home or at school?
}
checklist-q-t-need = { $perspective ->
    [me] Do you feel you need this person so much that you cannot say no to them?
   *[other] Does the person seem to need this older person so much that they cannot say no?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Does this person want you to stop seeing your friends or family?
   *[other] Does this older person want them to stop seeing friends or family?
}
checklist-q-t-away = { $perspective ->
    [me] Do you stay away at night, miss school, or go to hotels or flats you do not know?
   *[other] Does the person stay away at night, miss school, or go to hotels or flats they do not know?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Has this person asked you to have sex with other people, or to send sexual pictures?
   *[other] Has this older person asked them to have sex with other people, or to send sexual pictures?
}
checklist-q-t-owe = { $perspective ->
    [me] Does this person say you owe them money for the presents or for other things?
   *[other] Does this older person say the person owes them money for the presents or for other things?
}
checklist-q-t-changes = { $perspective ->
    [me] Do you now have a tattoo with someone's name, or more than one phone?
   *[other] Does the person now have a tattoo with someone's name, or more than one phone?
}
checklist-q-t-mood = { $perspective ->
    [me] Have you changed a lot lately: your mood, drinking or drugs, or hurting yourself?
   *[other] Has the person changed a lot lately: their mood, drinking or drugs, or hurting themselves?
}

## Checklist: last question

checklist-q-region = { $perspective ->
    [me] Where in Belgium are you? This helps to show a centre near you.
   *[other] Where in Belgium is the person? This helps to show a centre nearby.
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
    [me] East Belgium (German-speaking Community)
   *[other] East Belgium (German-speaking Community)
}
checklist-q-region-not-sure = { $perspective ->
    [me] I prefer not to say
   *[other] I prefer not to say, or I do not know
}

## Checklist: elements (how indicators are grouped)

checklist-element-deceptive-recruitment = Lies at the start
checklist-element-coercive-recruitment = Force at the start
checklist-element-vulnerability-recruitment = A hard situation used at the start
checklist-element-exploitative-conditions = Exploitation: work or sex on unfair terms
checklist-element-coercion-destination = Control and pressure now
checklist-element-vulnerability-destination = A weak position used now
checklist-element-warning-signs = Warning signs noticed around young people

## Checklist: indicators explained

checklist-indicator-deceived-job = { $perspective ->
    [me] The work or the situation is very different from what you were promised: lying at the start is a common way to bring people into exploitation.
   *[other] The work or the situation is very different from what the person was promised: lying at the start is a common way to bring people into exploitation.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] You were lied to about pay, hours or housing: false promises make people accept conditions they would refuse.
   *[other] The person was lied to about pay, hours or housing: false promises make people accept conditions they would refuse.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] You were promised papers that did not come: this promise is often used to keep people waiting and obeying.
   *[other] The person was promised papers that did not come: this promise is often used to keep people waiting and obeying.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Someone promised you love or a future together: teen pimps often start this way to win trust.
   *[other] Someone promised the person love or a future together: teen pimps often start this way to win trust.
}
checklist-indicator-recruited-by-force = { $perspective ->
    [me] You were forced or threatened to start: this is a serious sign that you did not choose freely.
   *[other] The person was forced or threatened to start: this is a serious sign that they did not choose freely.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] The debt started with the journey or the job: such a debt is often used to tie a person to the people who bring them.
   *[other] The debt started with the journey or the job: such a debt is often used to tie a person to the people who bring them.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] It started when you had no money, papers or home: people who exploit others look for people in a hard time.
   *[other] It started when the person had no money, papers or home: people who exploit others look for people in a hard time.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] It started when you felt alone or had problems at home or at school: teen pimps look for young people in this situation.
   *[other] It started when the person felt alone or had problems at home or at school: teen pimps look for young people in this situation.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] You feel you cannot say no to this person: making someone feel dependent is a way to control them.
   *[other] The person seems unable to say no: making someone feel dependent is a way to control them.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] You get money or expensive presents: gifts can be used to create a feeling of owing something.
   *[other] The person gets money or expensive presents: gifts can be used to create a feeling of owing something.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Very long days or no day off: this is one of the clearest signs of exploitation.
   *[other] Very long days or no day off: this is one of the clearest signs of exploitation.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Little or no pay for your work: this is a sign of exploitation.
   *[other] Little or no pay for the work: this is a sign of exploitation.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] No contract and not declared: this often means no insurance and no protection at work.
   *[other] No contract and not declared: this often means no insurance and no protection at work for the person.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Dangerous work without protection: this puts your health at risk and is a sign of exploitation.
   *[other] Dangerous work without protection: this puts the person's health at risk and is a sign of exploitation.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] A poor place to sleep, no privacy or not enough food: living conditions like these are a sign of exploitation.
   *[other] A poor place to sleep, no privacy or not enough food: living conditions like these are a sign of exploitation.
}
checklist-indicator-no-school = { $perspective ->
    [me] Missing school: a young person has the right to go to school.
   *[other] Missing school: a young person has the right to go to school.
}
checklist-indicator-sexual-acts-for-others = { $perspective ->
    [me] Sexual acts or pictures that make money for someone else: this is sexual exploitation, and for someone under 18 it is always exploitation.
   *[other] Sexual acts or pictures that make money for someone else: this is sexual exploitation, and for someone under 18 it is always exploitation.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] You must hand over a fixed amount from begging: the money goes to others, which is a sign of exploitation.
   *[other] The person must hand over a fixed amount from begging: the money goes to others, which is a sign of exploitation.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Someone else keeps your identity papers: this is a way to control a person.
   *[other] Someone else keeps the person's identity papers: this is a way to control a person.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] A debt that never gets smaller: debts are often used to keep people working.
   *[other] A debt that never gets smaller: debts are often used to keep people working.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] You cannot leave freely, or you are locked in or watched: this takes away your freedom.
   *[other] The person cannot leave freely, or is locked in or watched: this takes away their freedom.
}
checklist-indicator-violence = { $perspective ->
    [me] Someone hurts you or forces you into sexual acts: this is violence, and it is never your fault.
   *[other] Someone hurts the person or forces them into sexual acts: this is violence, and it is never their fault.
}
checklist-indicator-threats = { $perspective ->
    [me] Threats against you or your family: fear is used to make people obey.
   *[other] Threats against the person or their family: fear is used to make people obey.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] A threat to report you to the police or immigration: this is used to keep people silent.
   *[other] A threat to report the person to the police or immigration: this is used to keep people silent.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] You cannot stop without being punished: a job you cannot leave is not freely chosen.
   *[other] The person cannot stop without being punished: a job you cannot leave is not freely chosen.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Someone else takes the money you earn: this keeps a person dependent.
   *[other] Someone else takes the money the person earns: this keeps a person dependent.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] You are made to break the law for someone else: this can be a form of exploitation, where the people who profit are the ones to blame.
   *[other] The person is made to break the law for someone else: this can be a form of exploitation, where the people who profit are the ones to blame.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] You cannot say no to a client or a sexual act: this is a sign of being controlled.
   *[other] The person cannot say no to a client or a sexual act: this is a sign of being controlled.
}
checklist-indicator-under-control = { $perspective ->
    [me] Someone else decides your ads, clients or meetings: this is a way of controlling sex work.
   *[other] Someone else decides the person's ads, clients or meetings: this is a way of controlling sex work.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] You were told what to say to the police: this is used to hide what is happening.
   *[other] The person was told what to say to the police: this is used to hide what is happening.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] The same people give you work, housing and food: this makes it very hard to say no or to leave.
   *[other] The same people give the person work, housing and food: this makes it very hard to say no or to leave.
}
checklist-indicator-isolated = { $perspective ->
    [me] You are kept away from family and friends: being alone makes it harder to get help.
   *[other] The person is kept away from family and friends: being alone makes it harder to get help.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] You are afraid of the police or of your papers situation: this fear is often used to keep people silent.
   *[other] The person is afraid of the police or of their papers situation: this fear is often used to keep people silent.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Someone much older gives you a lot of attention: this is how teen pimps often start.
   *[other] Someone much older gives the person a lot of attention: this is how teen pimps often start.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nights away, missed school or hotels: these are warning signs that Child Focus names.
   *[other] Nights away, missed school or hotels: these are warning signs that Child Focus names.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] A tattoo with someone's name: teen pimps sometimes use it to mark a young person as theirs.
   *[other] A tattoo with someone's name: teen pimps sometimes use it to mark a young person as theirs.
}
checklist-indicator-several-phones = { $perspective ->
    [me] More than one phone: this can be a way for someone to reach you without others knowing.
   *[other] More than one phone: this can be a way for someone to reach the person without others knowing.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Big changes in mood, drinking, drugs or self-harm: these can be signs that something is very wrong. You deserve help.
   *[other] Big changes in mood, drinking, drugs or self-harm: these can be signs that something is very wrong for the person.
}

## Checklist: result levels

checklist-level-immediate-danger = Danger now
checklist-level-immediate-danger-summary = { $perspective ->
    [me] You said you are in danger now. If you can do it safely, call for help now. You can come back to the questions later.
   *[other] You said the person is in danger now. If you can do it safely, call for help now. You can come back to the questions later.
}
checklist-level-strong-signs = Strong signs
checklist-level-strong-signs-summary = { $perspective ->
    [me] Your answers show several strong signs of human trafficking or exploitation. This is not a judgement: a specialised centre can look at your situation with you, for free and in confidence.
   *[other] Your answers show several strong signs of human trafficking or exploitation. This is not a judgement: a specialised centre can look at the situation with you, for free and in confidence.
}
checklist-level-some-signs = Some signs
checklist-level-some-signs-summary = { $perspective ->
    [me] Some of your answers are signs of exploitation. They do not prove anything, but they are worth talking about with someone who knows these situations.
   *[other] Some of your answers are signs of exploitation. They do not prove anything, but they are worth talking about with someone who knows these situations.
}
checklist-level-no-clear-signs = No clear signs
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Your answers do not show clear signs of human trafficking. If something still feels wrong, you can always ask for advice.
   *[other] Your answers do not show clear signs of human trafficking. If something still feels wrong, you can always ask for advice.
}

## Checklist: notes with the result

checklist-note-not-proof = { $perspective ->
    [me] These signs come from lists used by the International Labour Organization, the European Commission and the United Nations. Signs alone do not prove or rule out trafficking; they show when it is worth asking for help.
   *[other] These signs come from lists used by the International Labour Organization, the European Commission and the United Nations. Signs alone do not prove or rule out trafficking; they show when it is worth asking for help.
}
checklist-note-minor = { $perspective ->
    [me] You are under 18, or may be. Young people have extra protection: using a young person for sex or for money is always exploitation, even if they agreed. There are services just for young people.
   *[other] The person is under 18, or may be. Young people have extra protection: using a young person for sex or for money is always exploitation, even if they agreed. There are services just for young people.
}
checklist-note-work-rights = { $perspective ->
    [me] Some answers describe unfair work. Even when it is not trafficking, it can be against the law, and you have rights at work.
   *[other] Some answers describe unfair work. Even when it is not trafficking, it can be against the law, and the person has rights at work.
}
checklist-note-unsure = { $perspective ->
    [me] You were not sure about some questions. That is normal. A specialised centre can help you think them through.
   *[other] You were not sure about some questions. That is normal. A specialised centre can help you think them through.
}
checklist-note-still-worried = { $perspective ->
    [me] A checklist cannot see everything. If you are worried, trust that feeling and ask for advice.
   *[other] A checklist cannot see everything. If you are worried about the person, trust that feeling and ask for advice.
}
