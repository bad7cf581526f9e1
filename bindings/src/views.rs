//! The browsing screens: home, the articles, one article, the contacts with their
//! filters, one contact, search and settings. One call per screen returns the whole
//! view model, every string already in the person's language, as the core's own
//! types.

use crate::app::Lueur;
use crate::error::LueurError;
use lueur_core::views::{
    ArticleView, ArticlesView, ContactDetailView, ContactFilter, ContactsView, HelperCardView,
    HomeView, SearchView, SettingsView,
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

    /// The card to show a helper: the reader's language and the helper's (fr, nl, de
    /// or en) side by side. `helper_language` as the reader chose it, else from
    /// `region` (brussels, flanders, wallonia, east-belgium), else French; the
    /// checklist summary only when `include_checklist`. Nothing of it is stored.
    pub fn helper_card(
        &self,
        helper_language: Option<String>,
        region: Option<String>,
        include_checklist: bool,
    ) -> Result<HelperCardView, LueurError> {
        self.map(
            self.core()
                .helper_card(helper_language, region, include_checklist),
        )
    }
}
