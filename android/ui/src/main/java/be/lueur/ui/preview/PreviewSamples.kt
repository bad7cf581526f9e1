// Sample view models for the @Previews in Previews.kt, and for nothing else: Android
// Studio's renderer cannot load the core (no native library), so the previews draw
// these. Every text is plainly a sample ("Example centre"); the only numbers are 112
// and 101, the Belgian emergency numbers the real home screen shows too. What the app
// draws always comes from the core.
package be.lueur.ui.preview

import be.lueur.contract.Block
import be.lueur.contract.Span
import be.lueur.core.AboutSection
import be.lueur.core.Action
import be.lueur.core.ActionItem
import be.lueur.core.AddressView
import be.lueur.core.AnswerOption
import be.lueur.core.ArticleItem
import be.lueur.core.ArticleView
import be.lueur.core.ArticlesView
import be.lueur.core.CalcKey
import be.lueur.core.CalcKeyRow
import be.lueur.core.CalcKeyView
import be.lueur.core.CalculatorView
import be.lueur.core.CardContact
import be.lueur.core.CardSide
import be.lueur.core.ChecklistResult
import be.lueur.core.ChoiceView
import be.lueur.core.CodeLockView
import be.lueur.core.ContactDetailView
import be.lueur.core.ContactItem
import be.lueur.core.ContactsView
import be.lueur.core.ContentChecks
import be.lueur.core.ContentStatusView
import be.lueur.core.DangerSection
import be.lueur.core.Destination
import be.lueur.core.Direction
import be.lueur.core.DiscreetSettingsView
import be.lueur.core.Disguise
import be.lueur.core.DisguiseLimit
import be.lueur.core.DisguiseOption
import be.lueur.core.FieldKind
import be.lueur.core.FilterOption
import be.lueur.core.FilterOptions
import be.lueur.core.HelperCardView
import be.lueur.core.HelperLanguageChoice
import be.lueur.core.HomeEntry
import be.lueur.core.HomeView
import be.lueur.core.KeepAnswers
import be.lueur.core.LabelledValue
import be.lueur.core.LanguageChoice
import be.lueur.core.LanguageSection
import be.lueur.core.LauncherIdentity
import be.lueur.contract.Level
import be.lueur.core.NavigationLabels
import be.lueur.core.NextStep
import be.lueur.core.Notice
import be.lueur.core.NoticeLevel
import be.lueur.core.OutboxItemView
import be.lueur.core.OutboxState
import be.lueur.core.OutboxView
import be.lueur.core.Perspective
import be.lueur.core.Platform
import be.lueur.core.Progress
import be.lueur.core.QuestionKind
import be.lueur.core.QuestionView
import be.lueur.core.ReportField
import be.lueur.core.ReportFieldView
import be.lueur.core.ReportFormView
import be.lueur.core.ScreenLanguage
import be.lueur.core.SearchView
import be.lueur.core.SettingsView
import be.lueur.core.WipeWarningView

internal object PreviewSamples {
    val ltr = ScreenLanguage(locale = "en", direction = Direction.LTR, fallbackNote = null)

    private fun call(number: String) = ActionItem(
        label = "Call $number",
        action = Action.Call(number = number),
        historyNote = "Sample note: the call shows in the phone's call history.",
    )

    val home = HomeView(
        title = "Sample home",
        intro = "Sample introduction.",
        danger = DangerSection(
            title = "Sample: in danger now?",
            text = "Sample text about the emergency numbers.",
            actions = listOf(call("112"), call("101")),
        ),
        primary = listOf(
            HomeEntry(destination = Destination.HelpNow, label = "Sample: get help", hint = "Sample hint"),
            HomeEntry(destination = Destination.CheckMe, label = "Sample: check my situation", hint = null),
        ),
        more = listOf(
            HomeEntry(destination = Destination.HelperCard, label = "Sample: card for a helper", hint = null),
            HomeEntry(destination = Destination.Settings, label = "Sample: settings", hint = null),
        ),
        notices = emptyList(),
        navigation = NavigationLabels(
            choose = "Sample: choose",
            noApp = "Sample: no app on this phone can do this.",
            back = "Back",
            quit = "Close",
            invalidChoice = "Sample: not on the list.",
        ),
        screenLanguage = ltr,
    )

    val articles = ArticlesView(
        title = "Sample articles",
        intro = "Sample introduction.",
        articles = listOf(
            ArticleItem(id = "sample", title = "Sample article", summary = "Sample summary.",
                destination = Destination.Article(id = "sample"), otherLanguage = null),
        ),
        screenLanguage = ltr,
    )

    val article = ArticleView(
        id = "sample",
        title = "Sample article",
        summary = "Sample summary.",
        blocks = listOf(
            Block.Heading(level = 2u, spans = listOf(Span(text = "Sample heading", strong = false, emphasis = false, link = null))),
            Block.Paragraph(spans = listOf(Span(text = "Sample paragraph with ", strong = false, emphasis = false, link = null),
                Span(text = "strong words", strong = true, emphasis = false, link = null))),
            Block.ListItem(spans = listOf(Span(text = "Sample list item", strong = false, emphasis = false, link = null))),
        ),
        reviewed = "Sample date",
        reviewNote = null,
        sourcesTitle = "Sample sources",
        sources = emptyList(),
        otherLanguage = null,
        screenLanguage = ltr,
    )

    private val centre = ContactItem(
        id = "example-centre",
        name = "Example centre",
        kind = "specialised-centre",
        kindLabel = "Sample kind",
        place = "Sample city",
        description = "Sample description of a centre.",
        forMinors = null,
        primaryAction = null,
        destination = Destination.Contact(id = "example-centre"),
    )

    val contacts = ContactsView(
        title = "Sample contacts",
        intro = "Sample introduction.",
        filteredBy = null,
        contacts = listOf(centre),
        nationwideTitle = null,
        nationwide = emptyList(),
        emptyMessage = null,
        notes = emptyList(),
        options = FilterOptions(
            cityLabel = "Sample: city",
            places = listOf(FilterOption(value = "sample", label = "Sample city", selected = false)),
            kindLabel = "Sample: kind",
            kinds = emptyList(),
            languageLabel = "Sample: language",
            languages = emptyList(),
        ),
        screenLanguage = ltr,
    )

    val contact = ContactDetailView(
        id = "example-centre",
        name = "Example centre",
        kind = "specialised-centre",
        kindLabel = "Sample kind",
        description = "Sample description of a centre, without any number.",
        forMinors = null,
        address = AddressView(title = "Sample: address", lines = listOf("Sample street"), region = "Sample region"),
        languages = "Sample: languages spoken",
        languagesListed = true,
        serves = null,
        actions = listOf(call("112")),
        privacyNote = "Sample privacy note.",
        screenLanguage = ltr,
    )

    val search = SearchView(
        title = "Sample search",
        placeholder = "Sample: search",
        query = "",
        hint = "Sample hint",
        countLabel = null,
        results = emptyList(),
        emptyMessage = null,
        screenLanguage = ltr,
    )

    val question = QuestionView(
        title = "Sample checklist",
        intro = null,
        module = "sample",
        moduleTitle = "Sample part",
        id = "sample-question",
        text = "Sample question?",
        kind = QuestionKind.YES_NO,
        options = listOf(
            AnswerOption(value = "yes", label = "Yes", selected = false),
            AnswerOption(value = "no", label = "No", selected = false),
        ),
        danger = false,
        progress = Progress(current = 1u, total = 3u, label = "Sample: 1 of 3"),
        backLabel = null,
        skipLabel = "Sample: skip",
        screenLanguage = ltr,
    )

    val result = ChecklistResult(
        level = Level.STRONG_SIGNS,
        title = "Sample result",
        summary = "Sample summary.",
        perspective = Perspective.ME,
        minor = false,
        signsHeading = "Sample signs",
        groups = emptyList(),
        unsureHeading = "Sample: unsure",
        unsure = emptyList(),
        notesHeading = "Sample notes",
        notes = listOf("Sample note."),
        contactsHeading = "Sample contacts",
        contacts = emptyList(),
        stepsHeading = "Sample next steps",
        steps = listOf(NextStep.PrepareReport(label = "Sample: prepare a report", hint = "Sample hint", destination = Destination.Report)),
        continueLabel = null,
        backLabel = "Back",
        keep = KeepAnswers(kept = false, keepLabel = "Sample: keep", keepHint = "Sample hint", deleteLabel = "Sample: delete", status = null),
        screenLanguage = ltr,
    )

    val report = ReportFormView(
        title = "Sample report",
        intro = "Sample introduction.",
        privacy = "Sample privacy text.",
        recipient = "Sample recipient",
        developmentNotice = null,
        fields = listOf(
            ReportFieldView(field = ReportField.FORMS, label = "Sample: which forms", hint = "Sample hint",
                kind = FieldKind.MANY_CHOICES, required = true, maxChars = null,
                choices = listOf(ChoiceView(key = "sample", label = "Sample choice", selected = false)),
                value = "", error = null, shown = true),
            ReportFieldView(field = ReportField.WHAT_HAPPENED, label = "Sample: what happened", hint = "Sample hint",
                kind = FieldKind.LONG_TEXT, required = true, maxChars = 2000u, choices = emptyList(),
                value = "", error = null, shown = true),
        ),
        canSend = false,
        sendLabel = "Sample: send",
        skipHint = "Sample hint",
        chooseOneHint = "Sample hint",
        chooseManyHint = "Sample hint",
        screenLanguage = ltr,
    )

    val outbox = OutboxView(
        title = "Sample outbox",
        emptyText = null,
        items = listOf(
            OutboxItemView(id = "sample", state = OutboxState.QUEUED, stateLabel = "Sample: waiting",
                detail = "Sample detail", ageLabel = "Sample age", createdAt = 0, sentAt = null, attempts = 0u,
                canRetry = false, canDelete = true, retryLabel = null, deleteLabel = "Sample: delete"),
        ),
        unsent = 1u,
        developmentNotice = null,
        screenLanguage = ltr,
    )

    val settings = SettingsView(
        title = "Sample settings",
        language = LanguageSection(
            title = "Sample: language",
            choices = listOf(
                LanguageChoice(code = "en", name = "English", selected = true, direction = Direction.LTR, complete = true, reviewPending = false),
                LanguageChoice(code = "fr", name = "Français", selected = false, direction = Direction.LTR, complete = true, reviewPending = false),
            ),
        ),
        about = AboutSection(
            title = "Sample: about",
            text = "Sample text.",
            facts = listOf(LabelledValue(label = "Sample label", value = "Sample value")),
        ),
        notices = listOf(Notice(level = NoticeLevel.INFO, text = "Sample notice.")),
        screenLanguage = ltr,
        contentUpdates = ContentStatusView(
            title = "Sample: content",
            version = 1u,
            downloaded = false,
            versionLabel = "Sample: version 1, came with the app",
            date = "Sample date",
            checks = ContentChecks.ON,
            checksText = "Sample: checks run.",
            toggleLabel = null,
            lastCheck = null,
            lastResult = null,
            pending = null,
            fallback = null,
        ),
    )

    val discreet = DiscreetSettingsView(
        title = "Sample discreet mode",
        disguise = Disguise.OFF,
        launcher = LauncherIdentity.LUEUR,
        disguiseLabel = "Sample: disguise",
        disguiseOptions = listOf(
            DisguiseOption(disguise = Disguise.OFF, label = "Sample: off", selected = true),
            DisguiseOption(disguise = Disguise.CALCULATOR, label = "Sample: calculator", selected = false),
        ),
        disguiseExplanation = "Sample explanation.",
        unlockCodeSet = false,
        unlockCodeLabel = "Sample: unlock code",
        unlockCodeStatus = "Sample: not set",
        duressCodeSet = false,
        duressCodeLabel = "Sample: emergency code",
        duressCodeStatus = "Sample: not set",
        duressExplanation = "Sample explanation.",
        duressWipes = false,
        duressWipesLabel = "Sample: the emergency code wipes",
        codeLock = false,
        codeLockLabel = "Sample: code lock",
        codeLockExplanation = "Sample explanation.",
        currentCodePrompt = "Sample: current code",
        codeRules = "Sample rules.",
        codePrompt = "Sample: new code",
        confirmPrompt = "Sample: the same again",
        guessDelayNote = "Sample note.",
        limitsTitle = "Sample limits",
        limits = listOf(DisguiseLimit(text = "Sample limit.", onlyOn = Platform.ANDROID)),
        quickExitLabel = "Quick exit",
        quickExitExplanation = "Sample explanation.",
        wipeLabel = "Sample: wipe",
        screenLanguage = ltr,
    )

    val wipe = WipeWarningView(
        title = "Sample: erase everything?",
        body = "Sample body.",
        unsentReports = 0u,
        unsentText = null,
        confirmLabel = "Sample: erase",
        cancelLabel = "Sample: cancel",
        screenLanguage = ltr,
    )

    val calculator = CalculatorView(
        display = "0",
        error = false,
        rows = listOf(
            CalcKeyRow(keys = listOf(
                CalcKeyView(key = CalcKey.AllClear, label = "AC", description = "Sample: clear", active = false),
                CalcKeyView(key = CalcKey.Equals, label = "=", description = "Sample: equals", active = false),
            )),
        ),
    )

    val codeLock = CodeLockView(
        title = "Sample code lock",
        prompt = "Sample: type the code",
        unlockLabel = "Sample: open",
        error = null,
        screenLanguage = ltr,
    )

    private fun side(locale: String, direction: Direction, prefix: String) = CardSide(
        locale = locale,
        direction = direction,
        needHelp = "$prefix: I may need help.",
        speaks = "$prefix: I speak this language.",
        interpreter = "$prefix: I may need an interpreter.",
        contactPointTitle = "$prefix: contact point",
        contactPoint = listOf(CardContact(name = "Example centre", phones = listOf("112"), websites = emptyList())),
        centreTitle = "$prefix: nearest centre",
        centres = listOf(CardContact(name = "Example centre", phones = emptyList(), websites = emptyList())),
        checklistTitle = null,
        checklist = null,
    )

    val card = HelperCardView(
        title = "Sample card",
        intro = "Sample: show this screen to someone who can help.",
        reader = side("ar", Direction.RTL, "عينة"),
        helper = side("fr", Direction.LTR, "Exemple"),
        helperLanguageLabel = "Sample: the helper's language",
        helperLanguages = listOf(
            HelperLanguageChoice(code = "fr", name = "Français", selected = true),
            HelperLanguageChoice(code = "nl", name = "Nederlands", selected = false),
        ),
        addChecklistLabel = "Sample: add my checklist summary",
        checklistIncluded = false,
        screenLanguage = ScreenLanguage(locale = "ar", direction = Direction.RTL, fallbackNote = null),
    )
}
