//! The core's error type: every fallible public call returns it. Each variant is a
//! case a caller handles differently. Which sentence a person reads for each error is
//! decided here once ([`Error::message`]), for an open `Lueur` and before one exists.

use crate::content::{ContentError, ContentStore};
use crate::l10n::Localizer;
use crate::userdb::StorageError;
use fluent_bundle::FluentValue;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// No item with this id (an article, a contact, a report ...).
    #[error("no {kind} with id `{id}`")]
    NotFound { kind: &'static str, id: String },
    /// Input a person typed is not acceptable; `message_id` names the Fluent message
    /// that explains why, `field` the input it is about.
    #[error("invalid {field}: {message_id}")]
    Invalid {
        field: String,
        message_id: String,
        args: Vec<(String, String)>,
    },
    /// The call does not fit the current state (e.g. answering with no open checklist):
    /// reloading the screen from a fresh view model is the answer.
    #[error("not possible now: {0}")]
    State(String),
    /// A bug or a broken build (the bundled deployment does not parse, a value cannot
    /// be encoded): trying again will not help.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        Error::Storage(StorageError::Sqlite(error))
    }
}

impl Error {
    pub fn invalid(field: &str, message_id: &str) -> Self {
        Error::Invalid {
            field: field.to_string(),
            message_id: message_id.to_string(),
            args: Vec::new(),
        }
    }

    pub fn not_found(kind: &'static str, id: &str) -> Self {
        Error::NotFound {
            kind,
            id: id.to_string(),
        }
    }

    /// The Fluent message that explains this error to a person, with its arguments.
    pub fn message(&self) -> (&str, Vec<(&str, &str)>) {
        match self {
            Error::Invalid {
                message_id, args, ..
            } => (
                message_id.as_str(),
                args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
            ),
            Error::NotFound { .. } => ("error-not-found", Vec::new()),
            Error::State(_) => ("error-not-now", Vec::new()),
            Error::Storage(_) => ("error-storage", Vec::new()),
            Error::Content(_) => ("error-content", Vec::new()),
            Error::Internal(_) => ("error-internal", Vec::new()),
        }
    }

    /// The sentence for this error in `l10n`'s language.
    pub fn text(&self, l10n: &Localizer) -> String {
        let (id, args) = self.message();
        let args: Vec<(&str, FluentValue<'_>)> = args
            .into_iter()
            .map(|(k, v)| (k, FluentValue::from(v)))
            .collect();
        l10n.text(id, &args)
    }

    /// The sentence for an error raised while opening, when no `Lueur` exists yet: in
    /// the best bundled match for the phone's languages.
    pub fn text_before_open(&self, preferred_locales: &[String]) -> String {
        // Without readable content there is no translation to use.
        const UNREADABLE: &str =
            "The information in this app cannot be read. Please install the app again.";
        let Ok(content) = ContentStore::open_embedded() else {
            return UNREADABLE.to_string();
        };
        let locale = crate::l10n::negotiate_for(&content, preferred_locales);
        match Localizer::load(&content, &locale) {
            Ok(l10n) => self.text(&l10n),
            Err(_) => UNREADABLE.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
