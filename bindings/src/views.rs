//! The browsing screens: home, the articles, one article, the contacts with their
//! filters, one contact, search and settings. One call per screen returns the whole
//! view model, every string already in the person's language; the types are the
//! core's own, declared here with `#[uniffi::remote]` so any drift fails to compile.

use crate::app::Lueur;
use crate::error::LueurError;
pub use lueur_contract::{Block, Span};
pub use lueur_core::views::{
    AboutSection, Action, ActionItem, AddressView, ArticleItem, ArticleView, ArticlesView,
    ContactDetailView, ContactFilter, ContactItem, ContactsView, DangerSection, Destination,
    FilterOption, FilterOptions, HomeEntry, HomeView, LabelledValue, LanguageChoice,
    LanguageSection, NavigationLabels, Notice, NoticeLevel, SearchResult, SearchResultKind,
    SearchView, SettingsView, SourceView, TextRun,
};

#[uniffi::export]
impl Lueur {
    /// The home screen: the emergency calls (always first), the ways in, and any
    /// notice about saved data.
    pub fn home(&self) -> Result<HomeView, LueurError> {
        self.map(self.core().home_view())
    }

    /// The list of articles, in the current language.
    pub fn articles(&self) -> Result<ArticlesView, LueurError> {
        self.map(self.core().articles_view())
    }

    /// One article as blocks to draw natively. An unknown `id` is `NotFound`.
    pub fn article(&self, id: String) -> Result<ArticleView, LueurError> {
        self.map(self.core().article_view(&id))
    }

    /// The contacts matching `filter` (place, kind of service, language; blank fields
    /// do not filter), with the filter chips to offer and, for a place, the services
    /// that work everywhere in Belgium.
    pub fn contacts(&self, filter: ContactFilter) -> Result<ContactsView, LueurError> {
        self.map(self.core().contacts_view(&filter))
    }

    /// One contact with its typed actions (call, SMS, e-mail, website, map). An
    /// unknown `id` is `NotFound`.
    pub fn contact(&self, id: String) -> Result<ContactDetailView, LueurError> {
        self.map(self.core().contact_view(&id))
    }

    /// Search results for what the person typed so far; any text is accepted. The
    /// query stays in memory only (see `last_search`), and quick exit forgets it.
    pub fn search(&self, query: String) -> Result<SearchView, LueurError> {
        self.map(self.core().search_view(&query))
    }

    /// The search screen as the person left it (same query, current language), or an
    /// empty one.
    pub fn last_search(&self) -> Result<SearchView, LueurError> {
        self.map(self.core().last_search_view())
    }

    /// The settings and about screen: language choice, versions and dates, notices.
    /// Discreet mode has its own screen (`discreet_settings`).
    pub fn settings(&self) -> Result<SettingsView, LueurError> {
        self.map(self.core().settings_view())
    }
}

/// Where the app goes when a person picks an entry; each maps to one screen and
/// the call that fills it.
#[uniffi::remote(Enum)]
pub enum Destination {
    /// Help now: the contacts screen, emergency numbers first.
    HelpNow,
    /// The checklist about the person's own situation (`checklist_start(Me)`).
    CheckMe,
    /// The checklist about someone the person knows (`checklist_start(Other)`).
    CheckOther,
    /// The list of articles (`articles`).
    Learn,
    /// One article (`article(id)`).
    Article {
        /// The article's id.
        id: String,
    },
    /// The contacts screen (`contacts`).
    Contacts,
    /// One contact (`contact(id)`).
    Contact {
        /// The contact's id.
        id: String,
    },
    /// Writing a confidential report (`report_form`).
    Report,
    /// Reports waiting to be sent (`outbox`).
    Outbox,
    /// The search screen (`last_search`).
    Search,
    /// The calculator (`calculator`).
    Calculator,
    /// Settings (`settings`).
    Settings,
}

/// Something the app does outside itself with the phone's own apps; the core only
/// says what, the label says it to the person.
#[uniffi::remote(Enum)]
pub enum Action {
    /// Dial `number`: E.164 (`+3242324030`) or the digits of a short code (`112`).
    Call {
        /// The number to dial.
        number: String,
    },
    /// Open a text message to `number` (only offered where the content says the
    /// number takes SMS).
    Sms {
        /// The number to text.
        number: String,
    },
    /// Open the mail app with this address.
    Email {
        /// The e-mail address.
        address: String,
    },
    /// Open the browser at `url`.
    Website {
        /// An `https://` address.
        url: String,
    },
    /// Open the maps app searching for `query`.
    Map {
        /// Street, postal code, city and country.
        query: String,
    },
}

/// An action with the label of its button.
#[uniffi::remote(Record)]
pub struct ActionItem {
    /// The button's text, e.g. "Call 112".
    pub label: String,
    /// What pressing it does.
    pub action: Action,
}

/// How prominent a notice is.
#[uniffi::remote(Enum)]
pub enum NoticeLevel {
    /// For information.
    Info,
    /// Something the person should know (e.g. nothing can be saved).
    Warning,
}

/// A message shown above a screen's content (e.g. that saved data had to be reset).
#[uniffi::remote(Record)]
pub struct Notice {
    /// How prominent it is.
    pub level: NoticeLevel,
    /// The sentence to show.
    pub text: String,
}

/// The home screen.
#[uniffi::remote(Record)]
pub struct HomeView {
    /// The screen's title.
    pub title: String,
    /// One or two sentences under the title.
    pub intro: String,
    /// The emergency calls; always present.
    pub danger: DangerSection,
    /// The main ways in: help now, the two checklists, learn, contacts, report.
    pub primary: Vec<HomeEntry>,
    /// Secondary entries: search, reports waiting, calculator, settings.
    pub more: Vec<HomeEntry>,
    /// Notices about the person's saved data.
    pub notices: Vec<Notice>,
    /// Words a text shell needs to move around (native apps use their own).
    pub navigation: NavigationLabels,
}

/// The immediate-danger section of home.
#[uniffi::remote(Record)]
pub struct DangerSection {
    /// Its heading.
    pub title: String,
    /// When to call.
    pub text: String,
    /// One call per emergency and police number.
    pub actions: Vec<ActionItem>,
}

/// One entry of home.
#[uniffi::remote(Record)]
pub struct HomeEntry {
    /// Where it leads.
    pub destination: Destination,
    /// Its text.
    pub label: String,
    /// A line under the label, for the main entries.
    pub hint: Option<String>,
}

/// Words of the terminal shell's own navigation.
#[uniffi::remote(Record)]
pub struct NavigationLabels {
    /// The prompt to choose an entry.
    pub choose: String,
    /// "Back".
    pub back: String,
    /// "Quit".
    pub quit: String,
    /// Said when the choice is not on the list.
    pub invalid_choice: String,
}

/// The list of articles.
#[uniffi::remote(Record)]
pub struct ArticlesView {
    /// The screen's title.
    pub title: String,
    /// A sentence under the title.
    pub intro: String,
    /// The articles, in the content's order.
    pub articles: Vec<ArticleItem>,
}

/// One article in the list.
#[uniffi::remote(Record)]
pub struct ArticleItem {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub summary: String,
    /// Opens it.
    pub destination: Destination,
}

/// One article, as blocks a native UI draws without a Markdown library.
#[uniffi::remote(Record)]
pub struct ArticleView {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub summary: String,
    /// The body, block by block.
    pub blocks: Vec<Block>,
    /// "Facts checked on 28 November 2026."
    pub reviewed: String,
    /// Set while no native speaker has checked this translation.
    pub review_note: Option<String>,
    /// The heading of the sources.
    pub sources_title: String,
    /// Where the facts come from.
    pub sources: Vec<SourceView>,
}

/// A source of an article.
#[uniffi::remote(Record)]
pub struct SourceView {
    /// The document's title.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
}

/// A block of an article.
#[uniffi::remote(Enum)]
pub enum Block {
    /// A heading; `level` 2 is the largest used in articles.
    Heading {
        /// 1 to 6, as in HTML.
        level: u8,
        /// Its text.
        spans: Vec<Span>,
    },
    /// A paragraph.
    Paragraph {
        /// Its text.
        spans: Vec<Span>,
    },
    /// One item of a bulleted list.
    ListItem {
        /// Its text.
        spans: Vec<Span>,
    },
}

/// A run of text with one style; a link is a span with a target.
#[uniffi::remote(Record)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Bold.
    pub strong: bool,
    /// Italic.
    pub emphasis: bool,
    /// Where the link goes (an `https://` address), if this is a link.
    pub link: Option<String>,
}

/// What the person chose to filter the contacts by. `None` or blank does not filter.
#[uniffi::remote(Record)]
pub struct ContactFilter {
    /// A city or region name in any bundled language, a region code, or a postal code.
    #[uniffi(default)]
    pub city: Option<String>,
    /// A kind code (`specialised-centre`) or its name in any bundled language.
    #[uniffi(default)]
    pub kind: Option<String>,
    /// A language code (`fr`, `fr-BE`) or its name in any bundled language.
    #[uniffi(default)]
    pub language: Option<String>,
}

/// The contacts screen.
#[uniffi::remote(Record)]
pub struct ContactsView {
    /// The screen's title.
    pub title: String,
    /// A sentence under the title.
    pub intro: String,
    /// "Filtered by: Antwerpen, Specialised centre", when a filter is set.
    pub filtered_by: Option<String>,
    /// The services matching every filter.
    pub contacts: Vec<ContactItem>,
    /// With a place filter: the heading of the services for the whole country.
    pub nationwide_title: Option<String>,
    /// With a place filter: services for the whole country that match the other
    /// filters. Empty without a place filter.
    pub nationwide: Vec<ContactItem>,
    /// Set when `contacts` is empty, saying why and what to do.
    pub empty_message: Option<String>,
    /// Remarks about the filtering, e.g. that some services list no languages.
    pub notes: Vec<String>,
    /// The choices to offer as filter chips.
    pub options: FilterOptions,
}

/// One service in the contacts list.
#[uniffi::remote(Record)]
pub struct ContactItem {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind code (`specialised-centre`, `emergency`, ...).
    pub kind: String,
    /// The kind in words.
    pub kind_label: String,
    /// "Antwerpen (Vlaanderen)" for a service with an address.
    pub place: Option<String>,
    /// What it does.
    pub description: String,
    /// Says the service also helps people under 18, when it does.
    pub for_minors: Option<String>,
    /// The first phone number as a call (or the website when there is none).
    pub primary_action: Option<ActionItem>,
    /// Opens the contact.
    pub destination: Destination,
}

/// The filter chips of the contacts screen; each `value` goes back in `ContactFilter`.
#[uniffi::remote(Record)]
pub struct FilterOptions {
    /// The heading of the places.
    pub city_label: String,
    /// Places with a service.
    pub places: Vec<FilterOption>,
    /// The heading of the kinds of service.
    pub kind_label: String,
    /// Kinds of service.
    pub kinds: Vec<FilterOption>,
    /// The heading of the languages.
    pub language_label: String,
    /// Languages some service is known to speak (may be empty: the content lists
    /// languages only where a source states them).
    pub languages: Vec<FilterOption>,
}

/// One filter chip.
#[uniffi::remote(Record)]
pub struct FilterOption {
    /// What to put in the `ContactFilter` field.
    pub value: String,
    /// Its text.
    pub label: String,
    /// Whether the current filter uses it.
    pub selected: bool,
}

/// One contact in full.
#[uniffi::remote(Record)]
pub struct ContactDetailView {
    /// The contact's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind code.
    pub kind: String,
    /// The kind in words.
    pub kind_label: String,
    /// What it does.
    pub description: String,
    /// Says the service also helps people under 18, when it does.
    pub for_minors: Option<String>,
    /// Where it is, for a service with an address.
    pub address: Option<AddressView>,
    /// "Languages spoken: French, Dutch", or that they are not listed.
    pub languages: String,
    /// Whether the content lists the languages.
    pub languages_listed: bool,
    /// "Works in: Wallonia", when the content says which regions are served.
    pub serves: Option<String>,
    /// Call, SMS (only where the content says so), e-mail, website, map.
    pub actions: Vec<ActionItem>,
    /// A reminder that calls and texts leave traces, when there is a number.
    pub privacy_note: Option<String>,
}

/// A postal address.
#[uniffi::remote(Record)]
pub struct AddressView {
    /// The heading ("Address").
    pub title: String,
    /// "Leguit 4", "2000 Antwerpen".
    pub lines: Vec<String>,
    /// The region in words.
    pub region: String,
}

/// The search screen.
#[uniffi::remote(Record)]
pub struct SearchView {
    /// The screen's title.
    pub title: String,
    /// The text inside the empty search field.
    pub placeholder: String,
    /// The text as the person typed it, to put back in the field.
    pub query: String,
    /// Shown while the query holds no word yet.
    pub hint: Option<String>,
    /// "3 results", when there are any.
    pub count_label: Option<String>,
    /// The results, best first.
    pub results: Vec<SearchResult>,
    /// Shown when a query with words found nothing.
    pub empty_message: Option<String>,
}

/// What a search result is.
#[uniffi::remote(Enum)]
pub enum SearchResultKind {
    /// An article.
    Article,
    /// A contact.
    Contact,
}

/// One search result.
#[uniffi::remote(Record)]
pub struct SearchResult {
    /// Article or contact.
    pub kind: SearchResultKind,
    /// The kind in words.
    pub kind_label: String,
    /// The article's or contact's id.
    pub id: String,
    /// The title, with the matching words highlighted.
    pub title: Vec<TextRun>,
    /// A few words around the match, highlighted the same way.
    pub snippet: Vec<TextRun>,
    /// Opens it.
    pub destination: Destination,
}

/// A run of text that is or is not part of a match, so highlights need no markup.
#[uniffi::remote(Record)]
pub struct TextRun {
    /// The text.
    pub text: String,
    /// Whether to draw it highlighted.
    pub highlight: bool,
}

/// The settings and about screen.
#[uniffi::remote(Record)]
pub struct SettingsView {
    /// The screen's title.
    pub title: String,
    /// The language choice.
    pub language: LanguageSection,
    /// Versions and dates.
    pub about: AboutSection,
    /// Notices about the person's saved data.
    pub notices: Vec<Notice>,
}

/// The language choice.
#[uniffi::remote(Record)]
pub struct LanguageSection {
    /// Its heading.
    pub title: String,
    /// Every bundled language, named in itself ("Français", "Nederlands", ...).
    pub choices: Vec<LanguageChoice>,
}

/// One language to choose.
#[uniffi::remote(Record)]
pub struct LanguageChoice {
    /// Pass to `set_locale`.
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    /// Whether it is the current language.
    pub selected: bool,
}

/// The about section.
#[uniffi::remote(Record)]
pub struct AboutSection {
    /// Its heading.
    pub title: String,
    /// What Lueur is.
    pub text: String,
    /// App version, content version, the date the information was checked.
    pub facts: Vec<LabelledValue>,
}

/// A label with its value.
#[uniffi::remote(Record)]
pub struct LabelledValue {
    /// What it is.
    pub label: String,
    /// Its value, formatted.
    pub value: String,
}
