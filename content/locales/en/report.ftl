## Confidential report: the form, the outbox and their messages.

report-form-title = Write a confidential report
report-form-intro = Write what you know. This is not a complaint to the police. Only "What happened" is needed; skip anything you do not want to say.
report-form-privacy = Your report is locked on this phone before it is saved. Only the organisation that receives it can open it. The report is sent when there is a connection, even later.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = Your report goes to { $organisation }. It is not a complaint to the police, and it does not go to stoptraite.be. If you are in danger now, call 112 or 101.
report-development-key = Test version: reports are locked with a public test key. Do not write real information in this version.
report-send = Send the report
report-skip-hint = Press Enter to skip.
report-choose-one-hint = Type one number.
report-choose-many-hint = Type one or more numbers, separated by spaces.

report-field-about = Who is this about?
report-about-me = Me
report-about-someone-else = Someone else
report-field-forms = What kind of situation is it?
    .hint = You can choose more than one, or "I am not sure".
report-form-sexual = Forced prostitution or sexual exploitation
report-form-labour = Work in very bad conditions or without pay
report-form-begging = Forced begging
report-form-forced-crime = Forced to commit crimes
report-form-organ-removal = Removal of organs
report-form-other = Something else
report-form-not-sure = I am not sure
report-field-municipality = In which town or municipality?
report-field-place = Where exactly?
    .hint = For example a street, a kind of place, or the name of a business.
report-field-when = When?
    .hint = For example "since last summer" or "every night".
report-field-what-happened = What happened?
    .hint = Write in your own words. You can write in any language.
report-field-people = Who is involved?
    .hint = For example names, nicknames, what they look like, cars or phone numbers.
report-field-contact = May the organisation contact you?
    .hint = Only if it is safe for you.
report-contact-no-contact = No, do not contact me
report-contact-phone = Yes, by phone
report-contact-email = Yes, by email
report-field-contact-phone = Phone number
report-field-contact-email = Email address
report-field-contact-note = When and how is it safe to contact you?
    .hint = For example "only on weekdays before 9", or "do not leave a message".
report-field-language = In which language would you like to be contacted?
    .hint = For example fr, nl, de, en, ar or ro.
report-field-checklist-summary = Summary of your checklist answers
    .hint = Only if you want to add it.

report-outbox-title = Reports
report-outbox-empty = There are no reports on this phone.
report-state-queued = Waiting
report-state-sending = Sending
report-state-sent = Sent
report-state-failed = Needs your attention
report-state-expired = Not sent
report-detail-queued = Locked and waiting for a connection. It will be sent by itself.
report-detail-retrying = The last try did not work. The next try is in about { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
report-detail-sending = Being sent now.
report-detail-sent = The organisation has received it.
report-detail-failed = The organisation could not accept this report. You can try again or delete it.
report-detail-expired = It could not be sent in time and was removed from this phone. You can write it again.
report-age = { $days ->
        [0] Today
        [1] Yesterday
       *[other] { $days } days ago
    }
report-action-retry = Try again
report-action-delete = Delete

report-error-required = Please write what happened.
report-error-too-long = This is too long. Please keep it under { $max } characters.
report-error-phone = This does not look like a phone number. Please check it, with the country code if it is not Belgian.
report-error-email = This does not look like an email address. Please check it.
report-error-language = Please write a language code, for example fr, nl, de or en.
report-error-repeated-choice = A choice appears twice. Please choose each one once.
report-error-file = The report file cannot be read (line { $line }, column { $column }).
report-error-too-large = The report is too large to send. Please make some answers shorter.
report-error-cannot-delete = This report cannot be deleted now: it is being sent. Try again in a moment.
report-error-cannot-retry = Only a report that needs your attention can be tried again.
report-error-choice = This choice is not in the list. Please choose again.
report-error-not-asked = This question does not apply to your answers. Nothing was kept here.
