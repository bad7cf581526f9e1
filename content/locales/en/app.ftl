## Home

home-title = Lueur
home-intro = Information and help about human trafficking in Belgium. The app works without internet.
home-danger-title = In danger right now?
home-danger-text = If your life or someone else's life is in danger, call for help now or go to the nearest police station.
home-action-help-now = Get help now
home-action-help-now-hint = Organisations and phone numbers that can help you.
home-action-check-me = Questions about my situation
home-action-check-me-hint = A few questions about your situation. Your answers stay on this phone.
home-action-check-other = Questions about someone I know
home-action-check-other-hint = A few questions about the situation of someone you are worried about.
home-action-learn = Learn
home-action-learn-hint = What human trafficking is, the signs, and your rights.
home-action-contacts = Contacts
home-action-contacts-hint = Specialised centres, help lines and the police.
home-action-report = Report a situation
home-action-report-hint = Write a confidential report. It is sent when there is a connection.
home-action-search = Search
home-action-outbox = Reports waiting to be sent
home-action-calculator = Calculator
home-action-settings = Settings
home-notice-data-reset = Lueur could not read the data saved on this phone, so it started again with empty data. Your settings and any reports that were waiting may be gone.
home-notice-storage-unavailable = Lueur cannot save anything on this phone right now, for example because the memory is full. You can still read everything and call for help.

## Moving around (menus and lists)

nav-choose = Type a number and press Enter:
nav-back = Back
nav-quit = Close
nav-invalid-choice = Please type one of the numbers shown.
nav-no-app = No app on this phone can do this.

## Learn: the list of articles and one article

articles-title = Learn
articles-intro = Short texts to understand human trafficking and to find help.
article-reviewed = Facts checked on { $date }.
article-review-pending = This translation has not yet been checked by a native speaker.
article-sources = Sources

date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Contacts: list, filters and detail

contacts-title = Who can help
contacts-intro = The specialised centres treat what you tell them confidentially. The police and 112 are there for emergencies.
contacts-filter-city = City or region
contacts-filter-kind = Type of service
contacts-filter-language = Language spoken
contacts-filtered-by = Filtered by: { $filters }
contacts-nationwide = Available everywhere in Belgium
contacts-empty = No service matches these filters. You can remove a filter or look at the whole list.
contacts-empty-place = No service was found in this place. The services below can help you wherever you are in Belgium.
contacts-languages-not-listed = { $count ->
        [one] For one service, the languages spoken are not listed, so it is not shown for this language. You can still contact it and ask.
       *[other] For { $count } services, the languages spoken are not listed, so they are not shown for this language. You can still contact them and ask.
    }
contact-for-minors = For children and young people
contact-languages = Languages spoken: { $languages }
contact-languages-not-listed = The languages spoken are not listed.
contact-serves = Works in: { $regions }
contact-address = Address
contact-country = Belgium
contact-call-note = A call or a text message appears in the history of your phone. You can delete it afterwards, but a missing entry can be noticed, and the call can still show on the phone bill. If you can, use a phone that nobody checks.

action-call = Call { $number }
action-sms = Send a text message to { $number }
action-email = Write to { $address }
action-website = Open { $site }
action-map = Show on a map

language-name = { $code ->
        [fr] French
        [nl] Dutch
        [de] German
        [en] English
        [ar] Arabic
        [es] Spanish
        [pt] Portuguese
        [ro] Romanian
        [bg] Bulgarian
        [pl] Polish
        [ru] Russian
        [uk] Ukrainian
        [tr] Turkish
        [zh] Chinese
       *[other] { $code }
    }

## Search

search-title = Search
search-placeholder = Search articles and contacts
search-hint = Type a word to search, for example "work" or "Brussels".
search-empty = Nothing was found. Try another word, or look at the list of contacts.
search-results = { $count ->
        [one] One result
       *[other] { $count } results
    }
search-kind-article = Article
search-kind-contact = Contact

## Settings and about

settings-title = Settings
settings-language = Language
settings-locale-own-name = English
settings-about = About Lueur
settings-about-text = Lueur gives information about human trafficking in Belgium and shows where to find help. It works without internet and does not send anything unless you send a report yourself.
settings-app-version = App version
settings-content-version = Content version
settings-content-date = Information checked on

## Errors

error-not-found = This page does not exist. Please go back and choose again.
error-not-now = This is not possible right now. Please try again.
error-storage = Lueur cannot read or save its data on this phone right now. Check that there is free space, then try again.
error-content = The information in this app cannot be read. Please install the app again.
error-internal = Something went wrong inside Lueur. If it happens again, please install the app again.
error-endpoint-refused = This address cannot receive reports: { $reason }
error-unknown-locale = This language is not available. You can choose French, Dutch, German or English.

## What each action leaves in the phone's own apps

action-trace-call = The call stays in the phone's call list.
action-trace-sms = The message stays in the phone's messages app.
action-trace-email = The email stays in the sent mail of the phone's mail app.
action-trace-website = The website opens inside Lueur and stays out of the browser history.
action-trace-map = The address can stay in the history of the maps app.
