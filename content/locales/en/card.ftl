## The language of this pack, and the helper card: a screen the person shows to
## someone who can help, in the reader's language and the helper's side by side.

# Shown on home and in settings while no native speaker has read the translation.
pack-review-pending = No native speaker has checked this translation yet.
# Shown where a text is not translated yet and appears in another language.
text-in-other-language = Not translated yet: shown in { $language }.
home-action-card = Card to show a helper
card-title = Card to show a helper
card-intro = Show this screen to someone who can help you. Nothing on it is saved.
card-helper-language = Language of the person helping
card-add-checklist = Add my checklist summary
card-need-help = I may need help.
card-speaks = I speak { $language }.
card-interpreter = I may need an interpreter.
card-contact-point = National contact point
card-nearest-centre = Nearest specialised centre
card-checklist = My checklist summary
