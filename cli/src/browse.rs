//! Browsing commands (home, articles, read, contacts, contact, search, settings) and
//! the interactive menu that ties every screen together. Each command asks the core
//! for one view model and renders it; with `--json` the view model itself is printed.
//! The menu reads numbered choices line by line, so it works the same typed by a
//! person or piped in by a script.

use crate::shell::{CliError, Shell};
use lueur_contract::{Block, Span};
use lueur_core::views::{
    Action, ActionItem, ArticleView, ArticlesView, ContactDetailView, ContactFilter, ContactItem,
    ContactsView, Destination, Direction, HelperCardView, HomeEntry, HomeView, NavigationLabels,
    Notice, ScreenLanguage, SearchView, SettingsView, TextRun,
};
use std::fmt::Write as _;
use std::io::IsTerminal;

pub fn home(shell: &Shell) -> Result<(), CliError> {
    let view = shell.lueur.home_view()?;
    shell.show(&view, |v| render_home(v, false))
}

pub fn articles(shell: &Shell) -> Result<(), CliError> {
    let view = shell.lueur.articles_view()?;
    shell.show(&view, |v| render_articles(v, false))
}

pub fn read(shell: &Shell, id: &str) -> Result<(), CliError> {
    let view = shell.lueur.article_view(id)?;
    shell.show(&view, |v| render_article(v, style()))
}

pub fn contacts(
    shell: &Shell,
    city: Option<String>,
    kind: Option<String>,
    language: Option<String>,
) -> Result<(), CliError> {
    let view = shell.lueur.contacts_view(&ContactFilter {
        city,
        kind,
        language,
    })?;
    shell.show(&view, |v| render_contacts(v, false))
}

pub fn contact(shell: &Shell, id: &str) -> Result<(), CliError> {
    let view = shell.lueur.contact_view(id)?;
    shell.show(&view, render_contact)
}

pub fn search(shell: &Shell, text: &str) -> Result<(), CliError> {
    let view = shell.lueur.search_view(text)?;
    shell.show(&view, |v| render_search(v, false, style()))
}

pub fn card(
    shell: &Shell,
    helper: Option<String>,
    region: Option<String>,
    with_checklist: bool,
) -> Result<(), CliError> {
    let view = shell.lueur.helper_card(helper, region, with_checklist)?;
    shell.show(&view, render_card)
}

fn render_card(view: &HelperCardView) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}
{}
",
        direction_line(&view.screen_language),
        view.title,
        view.intro
    );
    for side in [&view.reader, &view.helper] {
        let _ = writeln!(out, "[{}]", side.locale);
        for line in [&side.need_help, &side.speaks, &side.interpreter] {
            let _ = writeln!(out, "  {line}");
        }
        let _ = writeln!(out, "  {}:", side.contact_point_title);
        render_card_contacts(&mut out, &side.contact_point);
        let _ = writeln!(out, "  {}:", side.centre_title);
        render_card_contacts(&mut out, &side.centres);
        if let (Some(title), Some(summary)) = (&side.checklist_title, &side.checklist) {
            let _ = writeln!(out, "  {title}:\n    {summary}");
        }
        out.push('\n');
    }
    let names: Vec<String> = view
        .helper_languages
        .iter()
        .map(|l| format!("{}{}", l.code, if l.selected { "*" } else { "" }))
        .collect();
    let _ = writeln!(out, "{}: {}", view.helper_language_label, names.join(" "));
    out.trim_end().to_string()
}

fn render_card_contacts(out: &mut String, contacts: &[lueur_core::views::CardContact]) {
    for contact in contacts {
        let mut parts = vec![contact.name.clone()];
        parts.extend(contact.phones.iter().cloned());
        parts.extend(contact.websites.iter().cloned());
        let _ = writeln!(out, "    {}", parts.join("  "));
    }
}

/// A first line saying a screen is right to left: a terminal lays every line out
/// left to right, so the reader (and a test) is told what an app would do.
fn direction_line(screen: &ScreenLanguage) -> String {
    match screen.direction {
        Direction::Rtl => "(rtl)\n".to_string(),
        Direction::Ltr => String::new(),
    }
}

pub fn settings(shell: &Shell) -> Result<(), CliError> {
    let view = shell.lueur.settings_view()?;
    shell.show(&view, |v| render_settings(v, false))
}

/// Whether the person is still there after a screen: end of input closes the menu.
enum Flow {
    Continue,
    Quit,
}

/// The interactive menu: the home screen with numbered entries, each leading to its
/// screen; `0` (or the end of input) closes it.
pub fn menu(shell: &Shell) -> Result<(), CliError> {
    loop {
        // Fetched on every round so a language change shows at once.
        let view = shell.lueur.home_view()?;
        shell.show(&view, |v| render_home(v, true))?;
        let entries: Vec<&HomeEntry> = view.primary.iter().chain(view.more.iter()).collect();
        let Some(choice) = choose(shell, &view.navigation, entries.len())? else {
            return Ok(());
        };
        let Some(index) = choice else {
            return Ok(());
        };
        let destination = entries[index].destination.clone();
        match go(shell, &destination, &view.navigation) {
            Ok(Flow::Continue) => {}
            Ok(Flow::Quit) => return Ok(()),
            // A screen that fails (or is not built yet) must not close the menu.
            Err(error) => eprintln!("{}", shell.explain(error)),
        }
    }
}

/// Reads a choice among `count` numbered entries. `Ok(None)`: end of input;
/// `Ok(Some(None))`: the person chose 0 (back or close).
fn choose(
    shell: &Shell,
    nav: &NavigationLabels,
    count: usize,
) -> Result<Option<Option<usize>>, CliError> {
    loop {
        let Some(line) = shell.read_line(&format!("{} ", nav.choose))? else {
            return Ok(None);
        };
        let line = line.trim();
        if line.is_empty() || line == "0" || line.eq_ignore_ascii_case("q") {
            return Ok(Some(None));
        }
        match line.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => return Ok(Some(Some(n - 1))),
            _ => eprintln!("{}", nav.invalid_choice),
        }
    }
}

fn go(shell: &Shell, destination: &Destination, nav: &NavigationLabels) -> Result<Flow, CliError> {
    match destination {
        Destination::HelpNow | Destination::Contacts => browse_contacts(shell, nav),
        Destination::Learn => browse_articles(shell, nav),
        Destination::Article { id } => {
            read(shell, id)?;
            Ok(Flow::Continue)
        }
        Destination::Contact { id } => {
            contact(shell, id)?;
            Ok(Flow::Continue)
        }
        Destination::Search => browse_search(shell, nav),
        Destination::Settings => browse_settings(shell, nav),
        Destination::CheckMe => {
            crate::checklist::run(shell, Some("me".into()), None)?;
            Ok(Flow::Continue)
        }
        Destination::CheckOther => {
            crate::checklist::run(shell, Some("other".into()), None)?;
            Ok(Flow::Continue)
        }
        Destination::Report => {
            crate::report::new_interactive(shell)?;
            Ok(Flow::Continue)
        }
        Destination::Outbox => {
            crate::report::outbox(shell)?;
            Ok(Flow::Continue)
        }
        // Unlocked: back to this menu, which shows home again; input ended: quit.
        Destination::HelperCard => {
            card(shell, None, None, false)?;
            Ok(Flow::Continue)
        }
        Destination::Calculator => match crate::discreet::run_calculator(shell, None)? {
            crate::discreet::CalcEnd::Unlocked => Ok(Flow::Continue),
            crate::discreet::CalcEnd::Closed => Ok(Flow::Quit),
        },
    }
}

fn browse_articles(shell: &Shell, nav: &NavigationLabels) -> Result<Flow, CliError> {
    loop {
        let view = shell.lueur.articles_view()?;
        shell.show(&view, |v| render_articles(v, true))?;
        println_back(shell, nav);
        match choose(shell, nav, view.articles.len())? {
            None => return Ok(Flow::Quit),
            Some(None) => return Ok(Flow::Continue),
            Some(Some(index)) => read(shell, &view.articles[index].id)?,
        }
    }
}

fn browse_contacts(shell: &Shell, nav: &NavigationLabels) -> Result<Flow, CliError> {
    loop {
        let view = shell.lueur.contacts_view(&ContactFilter::default())?;
        shell.show(&view, |v| render_contacts(v, true))?;
        println_back(shell, nav);
        let items: Vec<&ContactItem> = view.contacts.iter().chain(&view.nationwide).collect();
        match choose(shell, nav, items.len())? {
            None => return Ok(Flow::Quit),
            Some(None) => return Ok(Flow::Continue),
            Some(Some(index)) => contact(shell, &items[index].id)?,
        }
    }
}

fn browse_search(shell: &Shell, nav: &NavigationLabels) -> Result<Flow, CliError> {
    let placeholder = shell.lueur.search_view("")?.placeholder;
    let Some(query) = shell.read_line(&format!("{placeholder}: "))? else {
        return Ok(Flow::Quit);
    };
    loop {
        let view = shell.lueur.search_view(&query)?;
        shell.show(&view, |v| render_search(v, true, style()))?;
        if view.results.is_empty() {
            return Ok(Flow::Continue);
        }
        println_back(shell, nav);
        match choose(shell, nav, view.results.len())? {
            None => return Ok(Flow::Quit),
            Some(None) => return Ok(Flow::Continue),
            Some(Some(index)) => {
                if let Flow::Quit = go(shell, &view.results[index].destination, nav)? {
                    return Ok(Flow::Quit);
                }
            }
        }
    }
}

fn browse_settings(shell: &Shell, nav: &NavigationLabels) -> Result<Flow, CliError> {
    let view = shell.lueur.settings_view()?;
    shell.show(&view, |v| render_settings(v, true))?;
    println_back(shell, nav);
    match choose(shell, nav, view.language.choices.len())? {
        None => Ok(Flow::Quit),
        Some(None) => Ok(Flow::Continue),
        Some(Some(index)) => {
            shell.lueur.set_locale(&view.language.choices[index].code)?;
            Ok(Flow::Continue)
        }
    }
}

/// The "0. Back" line under a numbered list (not in JSON mode, where stdout holds
/// only view models).
fn println_back(shell: &Shell, nav: &NavigationLabels) {
    if !shell.json {
        println!("0. {}", nav.back);
    }
}

/// How highlights and strong text are marked: bold in a terminal, brackets when the
/// output goes to a file or a pipe.
#[derive(Clone, Copy)]
struct Style {
    ansi: bool,
}

fn style() -> Style {
    Style {
        ansi: std::io::stdout().is_terminal(),
    }
}

impl Style {
    fn mark(self, text: &str) -> String {
        if self.ansi {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            format!("[{text}]")
        }
    }
}

fn number(numbered: bool, index: usize) -> String {
    if numbered {
        format!("{}. ", index + 1)
    } else {
        "- ".to_string()
    }
}

fn render_notices(out: &mut String, notices: &[Notice]) {
    for notice in notices {
        let _ = writeln!(out, "! {}\n", notice.text);
    }
}

fn render_action(item: &ActionItem) -> String {
    let target = match &item.action {
        Action::Call { number } => format!("tel:{number}"),
        Action::Sms { number } => format!("sms:{number}"),
        Action::Email { address } => format!("mailto:{address}"),
        Action::Website { url } => url.clone(),
        Action::Map { query } => query.clone(),
    };
    format!("{}  <{target}>", item.label)
}

fn render_home(view: &HomeView, numbered: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}\n{}\n",
        direction_line(&view.screen_language),
        view.title,
        view.intro
    );
    render_notices(&mut out, &view.notices);
    let _ = writeln!(out, "!! {}\n   {}", view.danger.title, view.danger.text);
    for action in &view.danger.actions {
        let _ = writeln!(out, "   > {}", render_action(action));
    }
    let _ = writeln!(out);
    for (index, entry) in view.primary.iter().chain(view.more.iter()).enumerate() {
        let _ = write!(out, "{}{}", number(numbered, index), entry.label);
        if let Some(hint) = &entry.hint {
            let _ = write!(out, " — {hint}");
        }
        let _ = writeln!(out);
    }
    if numbered {
        let _ = writeln!(out, "0. {}", view.navigation.quit);
    }
    out.trim_end().to_string()
}

fn render_articles(view: &ArticlesView, numbered: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}\n{}\n",
        direction_line(&view.screen_language),
        view.title,
        view.intro
    );
    for (index, article) in view.articles.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}{}  [{}]\n   {}",
            number(numbered, index),
            article.title,
            article.id,
            article.summary
        );
        if let Some(note) = &article.other_language {
            let _ = writeln!(out, "   ({note})");
        }
    }
    out.trim_end().to_string()
}

fn render_spans(spans: &[Span], style: Style) -> String {
    let mut out = String::new();
    for span in spans {
        if span.strong {
            out.push_str(&style.mark(&span.text));
        } else {
            out.push_str(&span.text);
        }
        if let Some(link) = &span.link
            && link != &span.text
        {
            let _ = write!(out, " <{link}>");
        }
    }
    out
}

fn render_article(view: &ArticleView, style: Style) -> String {
    let mut out = String::new();
    let _ = write!(out, "{}", direction_line(&view.screen_language));
    if let Some(note) = &view.other_language {
        let _ = writeln!(out, "({note})\n");
    }
    let _ = writeln!(out, "# {}\n\n{}\n", view.title, view.summary);
    let mut in_list = false;
    for block in &view.blocks {
        let is_item = matches!(block, Block::ListItem { .. });
        if in_list && !is_item {
            out.push('\n');
        }
        in_list = is_item;
        match block {
            Block::Heading { level, spans } => {
                let hashes = "#".repeat(usize::from(*level).clamp(2, 6));
                let _ = writeln!(out, "\n{hashes} {}\n", render_spans(spans, style));
            }
            Block::Paragraph { spans } => {
                let _ = writeln!(out, "{}\n", render_spans(spans, style));
            }
            Block::ListItem { spans } => {
                let _ = writeln!(out, "  • {}", render_spans(spans, style));
            }
        }
    }
    let _ = writeln!(out, "\n{}", view.reviewed);
    if let Some(note) = &view.review_note {
        let _ = writeln!(out, "{note}");
    }
    if !view.sources.is_empty() {
        let _ = writeln!(out, "\n## {}", view.sources_title);
        for source in &view.sources {
            let _ = write!(out, "  - {}", source.title);
            if let Some(publisher) = &source.publisher {
                let _ = write!(out, ", {publisher}");
            }
            if let Some(url) = &source.url {
                let _ = write!(out, " <{url}>");
            }
            let _ = writeln!(out);
        }
    }
    out.trim_end().to_string()
}

fn render_contact_item(out: &mut String, prefix: &str, item: &ContactItem) {
    let _ = write!(out, "{prefix}{} — {}", item.name, item.kind_label);
    if let Some(place) = &item.place {
        let _ = write!(out, " — {place}");
    }
    let _ = writeln!(out, "  [{}]", item.id);
    if let Some(minors) = &item.for_minors {
        let _ = writeln!(out, "   {minors}");
    }
    let _ = writeln!(out, "   {}", item.description);
    if let Some(action) = &item.primary_action {
        let _ = writeln!(out, "   > {}", render_action(action));
    }
}

fn render_contacts(view: &ContactsView, numbered: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n{}\n", view.title, view.intro);
    if let Some(filtered) = &view.filtered_by {
        let _ = writeln!(out, "{filtered}\n");
    }
    if let Some(message) = &view.empty_message {
        let _ = writeln!(out, "{message}\n");
    }
    for (index, item) in view.contacts.iter().enumerate() {
        render_contact_item(&mut out, &number(numbered, index), item);
    }
    if !view.nationwide.is_empty() {
        if let Some(title) = &view.nationwide_title {
            let _ = writeln!(out, "\n{title}\n");
        }
        for (index, item) in view.nationwide.iter().enumerate() {
            render_contact_item(
                &mut out,
                &number(numbered, view.contacts.len() + index),
                item,
            );
        }
    }
    for note in &view.notes {
        let _ = writeln!(out, "\n{note}");
    }
    out.trim_end().to_string()
}

fn render_contact(view: &ContactDetailView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n{}", view.name, view.kind_label);
    if let Some(minors) = &view.for_minors {
        let _ = writeln!(out, "{minors}");
    }
    let _ = writeln!(out, "\n{}\n", view.description);
    if let Some(address) = &view.address {
        let _ = writeln!(out, "{}:", address.title);
        for line in &address.lines {
            let _ = writeln!(out, "  {line}");
        }
        let _ = writeln!(out, "  {}\n", address.region);
    }
    let _ = writeln!(out, "{}", view.languages);
    if let Some(serves) = &view.serves {
        let _ = writeln!(out, "{serves}");
    }
    let _ = writeln!(out);
    for action in &view.actions {
        let _ = writeln!(out, "> {}", render_action(action));
    }
    if let Some(note) = &view.privacy_note {
        let _ = writeln!(out, "\n{note}");
    }
    out.trim_end().to_string()
}

fn render_runs(runs: &[TextRun], style: Style) -> String {
    runs.iter()
        .map(|run| {
            if run.highlight {
                style.mark(&run.text)
            } else {
                run.text.clone()
            }
        })
        .collect()
}

fn render_search(view: &SearchView, numbered: bool, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}\n", view.title, view.query);
    if let Some(hint) = &view.hint {
        let _ = writeln!(out, "{hint}");
    }
    if let Some(message) = &view.empty_message {
        let _ = writeln!(out, "{message}");
    }
    if let Some(count) = &view.count_label {
        let _ = writeln!(out, "{count}\n");
    }
    for (index, result) in view.results.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}{} ({})  [{}]\n   {}",
            number(numbered, index),
            render_runs(&result.title, style),
            result.kind_label,
            result.id,
            render_runs(&result.snippet, style).replace('\n', " ")
        );
    }
    out.trim_end().to_string()
}

fn render_settings(view: &SettingsView, numbered: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", view.title);
    render_notices(&mut out, &view.notices);
    let _ = writeln!(out, "{}:", view.language.title);
    for (index, choice) in view.language.choices.iter().enumerate() {
        let marker = if choice.selected { " *" } else { "" };
        let _ = writeln!(
            out,
            "{}{} ({}){marker}",
            number(numbered, index),
            choice.name,
            choice.code
        );
    }
    let _ = writeln!(out, "\n{}\n{}", view.about.title, view.about.text);
    for fact in &view.about.facts {
        let _ = writeln!(out, "  {}: {}", fact.label, fact.value);
    }
    if let Some(content) = &view.content_updates {
        let _ = writeln!(out, "\n{}\n  {}", content.title, content.version_label);
        let _ = writeln!(out, "  {}", content.checks_text);
    }
    out.trim_end().to_string()
}
