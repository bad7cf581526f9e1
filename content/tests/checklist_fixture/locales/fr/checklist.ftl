checklist-module-entry = Start
checklist-module-work = Work
checklist-q-about = Who ?
checklist-q-about-me = Me
checklist-q-about-other = Someone else
checklist-q-danger = { $perspective ->
    [me] Are you in danger ?
   *[other] Is the person in danger ?
}
checklist-q-age = { $perspective ->
    [me] Are you under 18 ?
   *[other] Is the person under 18 ?
}
checklist-q-kind = { $perspective ->
    [me] What about ?
   *[other] What about ?
}
checklist-q-kind-work = { $perspective ->
    [me] Work
   *[other] Work
}
checklist-q-kind-other = { $perspective ->
    [me] Other
   *[other] Other
}
checklist-q-promised = { $perspective ->
    [me] Were you lied to ?
   *[other] Was the person lied to ?
}
checklist-q-papers = { $perspective ->
    [me] Does someone keep your papers ?
   *[other] Does someone keep the person's papers ?
}
checklist-indicator-lied-to = { $perspective ->
    [me] Lied to.
   *[other] Lied to.
}
checklist-indicator-papers-kept = Papers kept.
checklist-indicator-threats = Threats.
checklist-element-deception = Deception
checklist-element-control = Control
checklist-level-strong-signs = Strong
checklist-level-strong-signs-summary = Strong signs.
checklist-level-some-signs = Some
checklist-level-some-signs-summary = Some signs.
checklist-level-immediate-danger = Danger
checklist-level-immediate-danger-summary = Danger now.
checklist-level-no-clear-signs = None
checklist-level-no-clear-signs-summary = No clear signs.
checklist-note-always = A note.
