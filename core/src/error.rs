//! The core's error type: every fallible public call returns it. Each variant is a
//! case a caller handles differently; the message shown to a person is localised by
//! [`crate::Lueur::error_text`].

use crate::content::ContentError;
use crate::userdb::StorageError;

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
    /// The call does not fit the current state (e.g. answering with no open checklist).
    #[error("not possible now: {0}")]
    State(String),
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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
