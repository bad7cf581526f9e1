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
checklist-element-present = The answers point to this.
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
checklist-contact-reason-centre = Specialised in helping people in this situation
checklist-contact-reason-report = To report a situation

## Checklist: the summary for a report

checklist-summary-heading = { $perspective ->
    [me] Lueur checklist, about my own situation
   *[other] Lueur checklist, about someone I know
}
checklist-summary-level = Result: { $level }
checklist-summary-minor = The person may be under 18.
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
checklist-module-criminality = Crimes for someone else
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
    [me] A boyfriend, girlfriend or friend who asks for more and more: money, sex, pictures, or time away from home and school
   *[other] A boyfriend, girlfriend or friend who asks the person for more and more: money, sex, pictures, or time away from home and school
}
checklist-q-situation-not-sure = { $perspective ->
    [me] I am not sure, or something else
   *[other] I am not sure, or something else
}

## Checklist: questions for every situation

checklist-q-g-act-arranged = { $perspective ->
    [me] Did someone else find or arrange this work or activity for you?
   *[other] Did someone else find or arrange this work or activity for the person?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Did someone bring you to the place where you are now, or organise the journey?
   *[other] Did someone bring the person to where they are now, or organise the journey?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Does the person you work for, or someone who works with them, decide where you sleep?
   *[other] Does the person they work for, or someone who works with them, decide where the person sleeps?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Is your work or your situation very different from what you were promised?
   *[other] Is the person's work or situation very different from what they were promised?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Were you lied to about the pay, the hours or the place to live?
   *[other] Was the person lied to about the pay, the hours or the place to live?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Did someone promise you papers or a legal stay that you never got?
   *[other] Did someone promise the person papers or a legal stay that they never got?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Did someone hit or hurt you to make you come here or start this work?
   *[other] Did someone hit or hurt the person to make them come here or start this work?
}
checklist-q-g-taken = { $perspective ->
    [me] Were you taken away or kept against your will at the start?
   *[other] Was the person taken away or kept against their will at the start?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Were you threatened into coming here or starting this work?
   *[other] Was the person threatened into coming here or starting this work?
}
checklist-q-g-hard-time = { $perspective ->
    [me] When it started, did someone use a very hard time in your life, such as having no money or no home?
   *[other] When it started, did someone use a very hard time in the person's life, such as having no money or no home?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Did someone use the fact that you have no papers to stay in Belgium to get you into this?
   *[other] Did someone use the fact that the person has no papers to stay in Belgium to get them into this?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Did someone use the fact that you did not know the language, the rules or your rights here?
   *[other] Did someone use the fact that the person did not know the language, the rules or their rights here?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Do you often work very long days, or seven days a week?
   *[other] Does the person often work very long days, or seven days a week?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Do you get little or no money for what you do?
   *[other] Does the person get little or no money for what they do?
}
checklist-q-g-housing = { $perspective ->
    [me] Is the place where you sleep overcrowded, dirty or unsafe?
   *[other] Is the place where the person sleeps overcrowded, dirty or unsafe?
}
checklist-q-g-documents = { $perspective ->
    [me] Does someone refuse to give back your passport or identity card when you ask for it?
   *[other] Does someone refuse to give back the person's passport or identity card when they ask for it?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Does someone stop you from leaving, lock you in or follow you when you go out?
   *[other] Does someone stop the person from leaving, lock them in or follow them when they go out?
}
checklist-q-g-debt = { $perspective ->
    [me] Do you owe money to the people you work for, or to the people who brought you here?
   *[other] Does the person owe money to the people they work for, or to the people who brought them here?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Does this debt stay the same or grow, whatever you pay or do?
   *[other] Does this debt stay the same or grow, whatever the person pays or does?
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
    [me] Has someone said they would report you to the police or to immigration if you did not obey?
   *[other] Has someone said they would report the person to the police or to immigration if they did not obey?
}
checklist-q-g-violence = { $perspective ->
    [me] Has someone hit you, hurt you or forced you into sexual acts?
   *[other] Has someone hit the person, hurt them or forced them into sexual acts?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] If you wanted to stop, would someone punish you or make things worse for you?
   *[other] If the person wanted to stop, would someone punish them or make things worse for them?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Has someone told you what to say to the police, to officials or to your family?
   *[other] Has someone told the person what to say to the police, to officials or to their family?
}
checklist-q-g-dependent = { $perspective ->
    [me] Do you depend on the same people for your work, your housing and your food?
   *[other] Does the person depend on the same people for work, housing and food?
}
checklist-q-g-isolated = { $perspective ->
    [me] Does someone stop you from contacting your family or friends?
   *[other] Does someone stop the person from contacting their family or friends?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Are you afraid to ask the police for help, for example because of your papers?
   *[other] Is the person afraid to ask the police for help, for example because of their papers?
}

## Checklist: sex, escort and online

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Does someone make you see clients or do sexual acts that you do not want?
   *[other] Does someone make the person see clients or do sexual acts that they do not want?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Does someone else get most of the money that your clients pay?
   *[other] Does someone else get most of the money that the person's clients pay?
}
checklist-q-s-organised = { $perspective ->
    [me] Does someone else post your ads, choose your clients or plan your escort meetings?
   *[other] Does someone else post the person's ads, choose their clients or plan their escort meetings?
}
checklist-q-s-images = { $perspective ->
    [me] Does someone make you take sexual pictures or videos, or do sexual things on camera, to their profit?
   *[other] Does someone make the person take sexual pictures or videos, or do sexual things on camera, to their profit?
}

## Checklist: work

checklist-q-l-contract = { $perspective ->
    [me] Do you work without a contract, or off the books?
   *[other] Does the person work without a contract, or off the books?
}
checklist-q-l-hazard = { $perspective ->
    [me] Is the work dangerous, without protection or training?
   *[other] Is the person's work dangerous, without protection or training?
}
checklist-q-l-live-in = { $perspective ->
    [me] Do you live in the home of the people you work for?
   *[other] Does the person live in the home of the people they work for?
}

## Checklist: work in a home

checklist-q-d-sleep-place = { $perspective ->
    [me] Do you have to sleep somewhere without any privacy, such as the kitchen, a corridor or the floor?
   *[other] Does the person have to sleep somewhere without any privacy, such as the kitchen, a corridor or the floor?
}
checklist-q-d-food = { $perspective ->
    [me] Do you go without enough food, or get only what is left over?
   *[other] Does the person go without enough food, or get only what is left over?
}

## Checklist: begging

checklist-q-b-quota = { $perspective ->
    [me] Do you have to bring a fixed amount of money to someone each day?
   *[other] Does the person have to bring a fixed amount of money to someone each day?
}
checklist-q-b-punished = { $perspective ->
    [me] Are you punished when you bring back too little?
   *[other] Is the person punished when they bring back too little?
}
checklist-q-b-brought = { $perspective ->
    [me] Does someone drive you to the place where you beg and pick you up again?
   *[other] Does someone drive the person to the place where they beg and pick them up again?
}
checklist-q-b-school = { $perspective ->
    [me] Do you beg instead of going to school?
   *[other] Does the person beg instead of going to school?
}

## Checklist: crimes under pressure

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Did it start with someone giving you drugs, or getting you to need them?
   *[other] Did it start with someone giving the person drugs, or getting them to need them?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Did it start with someone offering you easy money?
   *[other] Did it start with someone offering the person easy money?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Did it start with a debt that you were told to pay off this way?
   *[other] Did it start with a debt that the person was told to pay off this way?
}
checklist-q-c-made-to = { $perspective ->
    [me] Are you made to steal, sell drugs or break the law in another way for someone else?
   *[other] Is the person made to steal, sell drugs or break the law in another way for someone else?
}
checklist-q-c-profits = { $perspective ->
    [me] Does someone else keep the money or the things you bring back?
   *[other] Does someone else keep the money or the things the person brings back?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Do you have to stay in a house to look after cannabis plants?
   *[other] Does the person have to stay in a house to look after cannabis plants?
}

## Checklist: a relationship that feels wrong (teen pimps)

checklist-q-t-older = { $perspective ->
    [me] Is the person you are thinking of much older than you?
   *[other] Is this boyfriend, girlfriend or friend much older than the young person?
}
checklist-q-t-gifts = { $perspective ->
    [me] Does this person give you money, expensive presents or a phone?
   *[other] Does this person give the young person money, expensive presents or a phone?
}
checklist-q-t-love = { $perspective ->
    [me] Did this person promise you love or a future together, and not keep the promise?
   *[other] Did this person promise the young person love or a future together, and not keep the promise?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Did this person come into your life when you felt alone, or had problems at home or at school?
   *[other] Did this person come into the young person's life when they felt alone, or had problems at home or at school?
}
checklist-q-t-need = { $perspective ->
    [me] Do you feel you need this person so much that you cannot say no to them?
   *[other] Does the young person seem to need this person so much that they cannot say no?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Does this person want you to stop seeing your friends or family?
   *[other] Does this person want the young person to stop seeing their friends or family?
}
checklist-q-t-nights = { $perspective ->
    [me] Do you stay away at night without saying where you are?
   *[other] Does the young person stay away at night without saying where they are?
}
checklist-q-t-hotels = { $perspective ->
    [me] Do you go to hotels or flats you do not know, with this person or their friends?
   *[other] Does the young person go to hotels or flats they do not know, with this person or their friends?
}
checklist-q-t-school = { $perspective ->
    [me] Do you often miss school?
   *[other] Does the young person often miss school?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Has this person asked you to have sex with other people?
   *[other] Has this person asked the young person to have sex with other people?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Has this person asked you for sexual pictures or videos of yourself?
   *[other] Has this person asked the young person for sexual pictures or videos of themselves?
}
checklist-q-t-owe = { $perspective ->
    [me] Does this person say you owe them money for the presents or for other things?
   *[other] Does this person say the young person owes them money for the presents or for other things?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Do you have a tattoo with this person's name or sign?
   *[other] Does the young person have a tattoo with this person's name or sign?
}
checklist-q-t-phones = { $perspective ->
    [me] Do you have a second phone, one that this person gave you?
   *[other] Does the young person have a second phone, one that this person gave them?
}
checklist-q-t-mood = { $perspective ->
    [me] Has your mood changed a lot lately?
   *[other] Has the young person's mood changed a lot lately?
}
checklist-q-t-drugs = { $perspective ->
    [me] Lately, do you drink a lot or take drugs?
   *[other] Lately, does the young person drink a lot or take drugs?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Do you hurt yourself, or think about it?
   *[other] Does the young person hurt themselves, or talk about it?
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

checklist-element-act = Someone arranged, moved or housed the person
checklist-element-deceptive-recruitment = Lies at the start
checklist-element-coercive-recruitment = Force at the start
checklist-element-vulnerability-recruitment = A difficult situation used at the start
checklist-element-exploitative-conditions = Exploitation: work or living on unfair terms
checklist-element-exploitation-in-law = Exploitation named in law: sex, begging or crimes for someone else
checklist-element-coercion-destination = Control and coercion now
checklist-element-vulnerability-destination = A difficult situation used now
checklist-element-other-signs = Other signs (UNODC), not counted as ILO indicators
checklist-element-warning-signs = Warning signs around young people (Child Focus), not ILO indicators

## Checklist: indicators explained

checklist-indicator-act-recruited = { $perspective ->
    [me] Someone else found or arranged this for you: in the legal definition this is recruiting a person.
   *[other] Someone else found or arranged this for the person: in the legal definition this is recruiting a person.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Someone brought you here or organised the journey: in the legal definition this is transporting a person.
   *[other] Someone brought the person here or organised the journey: in the legal definition this is transporting a person.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] The people you work for decide where you sleep: in the legal definition this is housing a person.
   *[other] The people the person works for decide where they sleep: in the legal definition this is housing a person.
}
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
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] You were hit or hurt to make you start: this is a serious sign that you did not choose freely.
   *[other] The person was hit or hurt to make them start: this is a serious sign that they did not choose freely.
}
checklist-indicator-abducted = { $perspective ->
    [me] You were taken away or kept against your will at the start: nobody may do this to you.
   *[other] The person was taken away or kept against their will at the start: nobody may do this to anyone.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] You were threatened into starting: fear can take away the choice.
   *[other] The person was threatened into starting: fear can take away the choice.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] The debt started with the journey or the job: such a debt is often used to tie a person to the people who bring them.
   *[other] The debt started with the journey or the job: such a debt is often used to tie a person to the people who bring them.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] It started when you had no money, papers or home: people who exploit others look for people in a hard time.
   *[other] It started when the person had no money, papers or home: people who exploit others look for people in a hard time.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Someone used your lack of papers to get you into this: people without papers are easy to threaten, which exploiters use.
   *[other] Someone used the person's lack of papers to get them into this: people without papers are easy to threaten, which exploiters use.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Someone used what you did not know about the language, the rules or your rights: not knowing makes it easy to be misled.
   *[other] Someone used what the person did not know about the language, the rules or their rights: not knowing makes it easy to be misled.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] It started when you felt alone or had problems at home or at school: teen pimps look for young people in this situation.
   *[other] It started when the person felt alone or had problems at home or at school: teen pimps look for young people in this situation.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] You feel you cannot say no to this person: making someone feel dependent is a way to control them.
   *[other] The person seems unable to say no: making someone feel dependent is a way to control them.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Very long days or no day off: this can be a sign of exploitation, above all with other signs.
   *[other] Very long days or no day off: this can be a sign of exploitation, above all with other signs.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Little or no pay for your work: this can be a sign of exploitation.
   *[other] Little or no pay for the work: this can be a sign of exploitation.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] No contract and not declared: this often means no insurance and no protection at work.
   *[other] No contract and not declared: this often means no insurance and no protection at work for the person.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Dangerous work without protection: this puts your health at risk and can be a sign of exploitation.
   *[other] Dangerous work without protection: this puts the person's health at risk and can be a sign of exploitation.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] An overcrowded, dirty or unsafe place to sleep: living conditions like these can be a sign of exploitation.
   *[other] An overcrowded, dirty or unsafe place to sleep: living conditions like these can be a sign of exploitation.
}
checklist-indicator-no-school = { $perspective ->
    [me] Missing school: a young person has the right to go to school.
   *[other] Missing school: a young person has the right to go to school.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Someone else makes money from your sexual acts: the law calls this sexual exploitation, and for someone under 18 it is always exploitation.
   *[other] Someone else makes money from the person's sexual acts: the law calls this sexual exploitation, and for someone under 18 it is always exploitation.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Someone makes you produce sexual pictures or videos to their profit: this is sexual exploitation, also online.
   *[other] Someone makes the person produce sexual pictures or videos to their profit: this is sexual exploitation, also online.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] This person asks you to have sex with other people: teen pimps do this, and for someone under 18 it is always exploitation.
   *[other] This person asks the young person to have sex with other people: teen pimps do this, and for someone under 18 it is always exploitation.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] You are under 18 and in sex, escort or sexual pictures: for a young person this is always exploitation, even if you agreed. It is never your fault.
   *[other] The person is under 18 and in sex, escort or sexual pictures: for a young person this is always exploitation, even if they agreed. It is never their fault.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] You must hand over a fixed amount from begging: the law calls begging for someone else exploitation.
   *[other] The person must hand over a fixed amount from begging: the law calls begging for someone else exploitation.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Someone else keeps what your crimes bring in: the law calls this exploitation, and the ones to blame are those who profit.
   *[other] Someone else keeps what the person's crimes bring in: the law calls this exploitation, and the ones to blame are those who profit.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] You have to stay in a house to look after cannabis plants: being made to commit crimes for others is exploitation in law.
   *[other] The person has to stay in a house to look after cannabis plants: being made to commit crimes for others is exploitation in law.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] You are under 18 and someone pushes you into crimes: for a young person this is exploitation, whatever you agreed to.
   *[other] The person is under 18 and someone pushes them into crimes: for a young person this is exploitation, whatever they agreed to.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Someone refuses to give back your identity papers: this is a way to control a person.
   *[other] Someone refuses to give back the person's identity papers: this is a way to control a person.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] A debt that never gets smaller: debts are often used to keep people working.
   *[other] A debt that never gets smaller: debts are often used to keep people working.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Someone stops you from leaving, locks you in or follows you: this takes away your freedom.
   *[other] Someone stops the person from leaving, locks them in or follows them: this takes away their freedom.
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
    [me] You would be punished if you stopped: a job you cannot leave is not freely chosen.
   *[other] The person would be punished if they stopped: a job you cannot leave is not freely chosen.
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
    [me] Someone else decides your ads, clients or meetings: someone else controls the work, which can be a sign of exploitation.
   *[other] Someone else decides the person's ads, clients or meetings: someone else controls the work, which can be a sign of exploitation.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Someone tells you what to say to the police, officials or your family: this is used to hide what is happening.
   *[other] Someone tells the person what to say to the police, officials or family: this is used to hide what is happening.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] The same people give you work, housing and food: this makes it very hard to say no or to leave.
   *[other] The same people give the person work, housing and food: this makes it very hard to say no or to leave.
}
checklist-indicator-isolated = { $perspective ->
    [me] Someone stops you from contacting family and friends: being alone makes it harder to get help.
   *[other] Someone stops the person from contacting family and friends: being alone makes it harder to get help.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] You are afraid of the police or of your papers situation: this fear is often used to keep people silent.
   *[other] The person is afraid of the police or of their papers situation: this fear is often used to keep people silent.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] No private place to sleep: UNODC names this among the signs of domestic servitude.
   *[other] No private place to sleep: UNODC names this among the signs of domestic servitude.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Not enough food, or only leftovers: UNODC names this among the signs of domestic servitude.
   *[other] Not enough food, or only leftovers: UNODC names this among the signs of domestic servitude.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Punished for bringing back too little: UNODC names this among the signs of forced begging and crime.
   *[other] Punished for bringing back too little: UNODC names this among the signs of forced begging and crime.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Driven to the place where you beg and picked up again: UNODC names being moved around like this as a sign.
   *[other] Driven to the place where they beg and picked up again: UNODC names being moved around like this as a sign.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] It started with drugs: needing drugs can keep a person tied to the people who supply them.
   *[other] It started with drugs: needing drugs can keep a person tied to the people who supply them.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] It started with an offer of easy money: this is a common way to draw people into crimes for others.
   *[other] It started with an offer of easy money: this is a common way to draw people into crimes for others.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] The person you are thinking of is much older: Child Focus names this among the warning signs.
   *[other] The boyfriend, girlfriend or friend is much older than the young person: Child Focus names this among the warning signs.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] You get money or expensive presents: gifts can be used to create a feeling of owing something.
   *[other] The person gets money or expensive presents: gifts can be used to create a feeling of owing something.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] This person wants you to stop seeing friends or family: teen pimps cut young people off from those who could help.
   *[other] This person wants the young person to stop seeing friends or family: teen pimps cut young people off from those who could help.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Nights away without saying where: Child Focus names this among the warning signs.
   *[other] Nights away without saying where: Child Focus names this among the warning signs.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Hotels or unknown flats with this person or their friends: Child Focus names this among the warning signs.
   *[other] Hotels or unknown flats with this person or their friends: Child Focus names this among the warning signs.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] This person asks you for sexual pictures of yourself: such pictures are often used later to force a young person.
   *[other] This person asks the young person for sexual pictures: such pictures are often used later to force a young person.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] This person says you owe them for the presents: a made-up debt is a way to make a young person obey.
   *[other] This person says the young person owes them for the presents: a made-up debt is a way to make a young person obey.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] A tattoo with this person's name or sign: teen pimps sometimes use it to mark a young person as theirs.
   *[other] A tattoo with this person's name or sign: teen pimps sometimes use it to mark a young person as theirs.
}
checklist-indicator-several-phones = { $perspective ->
    [me] A second phone from this person: it can be a way to reach you without others knowing.
   *[other] A second phone from this person: it can be a way to reach the young person without others knowing.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Big changes in mood: this can be a sign that something is very wrong. You deserve help.
   *[other] Big changes in mood: this can be a sign that something is very wrong for the young person.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] A lot of alcohol or drugs lately: Child Focus names this among the warning signs.
   *[other] A lot of alcohol or drugs lately: Child Focus names this among the warning signs.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Hurting yourself, or thinking about it: you deserve help now, whatever else is going on.
   *[other] Hurting themselves, or talking about it: the young person deserves help now, whatever else is going on.
}

## Checklist: result levels

checklist-level-immediate-danger = Danger now
checklist-level-immediate-danger-summary = { $perspective ->
    [me] You said you are in danger now. If you can do it safely, call for help now. You can come back to the questions later.
   *[other] You said the person is in danger now. If you can do it safely, call for help now. You can come back to the questions later.
}
checklist-level-strong-signs = Strong signs
checklist-level-strong-signs-summary = { $perspective ->
    [me] Your answers show clear signs of human trafficking or exploitation. This is not a judgement: a specialised centre can look at your situation with you.
   *[other] Your answers show clear signs of human trafficking or exploitation. This is not a judgement: a specialised centre can look at the situation with you.
}
checklist-level-some-signs = Some signs
checklist-level-some-signs-summary = { $perspective ->
    [me] Some of your answers can be signs of exploitation. They do not prove anything, but they are worth talking about with someone who knows these situations.
   *[other] Some of your answers can be signs of exploitation. They do not prove anything, but they are worth talking about with someone who knows these situations.
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
checklist-note-crisis = { $perspective ->
    [me] If you think of hurting yourself, you do not have to stay alone with it. In danger, call 112. A young person can call Child Focus on 116 000, free, day and night. Lueur does not list a suicide-prevention line yet: we have not yet checked one against a source.
   *[other] If the person thinks of hurting themselves, they should not stay alone with it. In danger, call 112. A young person can call Child Focus on 116 000, free, day and night. Lueur does not list a suicide-prevention line yet: we have not yet checked one against a source.
}
checklist-note-minor = { $perspective ->
    [me] You may be under 18. Making money from a young person's sexual acts, pictures or videos is always exploitation, even if they agreed. For a young person, force or lies are not needed for it to be trafficking. There are services just for young people.
   *[other] The person may be under 18. Making money from a young person's sexual acts, pictures or videos is always exploitation, even if they agreed. For a young person, force or lies are not needed for it to be trafficking. There are services just for young people.
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
