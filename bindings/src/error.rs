//! The one public error of the bindings and the one place core errors become it.
//! A variant exists only where an app does something different; each carries the
//! sentence to show, already localised, so no shell assembles an error message.

use lueur_core::Error;

/// Why a call into Lueur did not succeed. Each case asks the app for a different
/// reaction; `text` is always a calm sentence in the person's language, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum LueurError {
    /// What the person typed or chose is not acceptable. Show `text` next to the
    /// input named by `field` and keep the screen as it is.
    #[error("{text}")]
    Invalid {
        /// The input this is about (for example `locale`).
        field: String,
        /// The localised explanation.
        text: String,
    },
    /// The item asked for does not exist (any more). Go back to the list it came from.
    #[error("{text}")]
    NotFound {
        /// The localised explanation.
        text: String,
    },
    /// The call does not fit the current state (for example after a quick exit).
    /// Reload the screen from a fresh view model.
    #[error("{text}")]
    NotNow {
        /// The localised explanation.
        text: String,
    },
    /// Lueur cannot read or write its data folder (no space, no permission, a newer
    /// database). Show `text` and let the person try again; nothing was saved.
    #[error("{text}")]
    Storage {
        /// The localised explanation.
        text: String,
    },
    /// The content bundled in the app cannot be read: trying again will not help.
    /// Show `text`, which asks to reinstall the app.
    #[error("{text}")]
    Content {
        /// The localised explanation.
        text: String,
    },
    /// A bug or a broken build inside Lueur (not something the person did, and not
    /// "later"): show `text`; trying again will not help.
    #[error("{text}")]
    Internal {
        /// The localised explanation.
        text: String,
    },
}

impl LueurError {
    /// The single mapping from the core's error; `text` is the localised sentence
    /// for exactly this error.
    pub(crate) fn from_core(error: &Error, text: String) -> Self {
        match error {
            Error::Invalid { field, .. } => LueurError::Invalid {
                field: field.clone(),
                text,
            },
            Error::NotFound { .. } => LueurError::NotFound { text },
            Error::State(_) => LueurError::NotNow { text },
            Error::Storage(_) => LueurError::Storage { text },
            Error::Content(_) => LueurError::Content { text },
            Error::Internal(_) => LueurError::Internal { text },
        }
    }

    /// Maps an error raised while opening, when no `Lueur` exists yet to localise it.
    pub(crate) fn from_open(error: &Error, preferred_locales: &[String]) -> Self {
        LueurError::from_core(error, error.text_before_open(preferred_locales))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lueur_core::ContentError;
    use lueur_core::userdb::StorageError;

    #[test]
    fn every_core_error_has_its_variant_and_keeps_the_text() {
        let text = || "t".to_string();
        let cases = [
            (
                Error::invalid("locale", "error-unknown-locale"),
                LueurError::Invalid {
                    field: "locale".into(),
                    text: text(),
                },
            ),
            (
                Error::not_found("article", "x"),
                LueurError::NotFound { text: text() },
            ),
            (
                Error::State("closed".into()),
                LueurError::NotNow { text: text() },
            ),
            (
                Error::Storage(StorageError::NewerSchema { found: 9, known: 1 }),
                LueurError::Storage { text: text() },
            ),
            (
                Error::Content(ContentError::Corrupt("x".into())),
                LueurError::Content { text: text() },
            ),
            (
                Error::Internal("x".into()),
                LueurError::Internal { text: text() },
            ),
        ];
        for (core, expected) in cases {
            assert_eq!(LueurError::from_core(&core, text()), expected);
        }
    }

    #[test]
    fn errors_before_open_are_localised_in_the_preferred_language() {
        let storage = Error::Storage(StorageError::NewerSchema { found: 9, known: 1 });
        let french = LueurError::from_open(&storage, &["fr-BE".into()]);
        let english = LueurError::from_open(&storage, &[]);
        assert!(matches!(french, LueurError::Storage { .. }));
        assert_ne!(french, english);
        assert!(!french.to_string().starts_with("error-"));
    }

    #[test]
    fn an_error_reads_the_same_before_and_after_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        for locale in ["fr", "nl", "de", "en"] {
            let preferred = vec![locale.to_string()];
            let lueur = lueur_core::Lueur::open(lueur_core::LueurConfig::new(
                dir.path(),
                preferred.clone(),
                std::sync::Arc::new(lueur_core::env::MemorySecretStore::new(
                    lueur_core::env::SeededRandom::new(1),
                )),
            ))
            .expect("open");
            for error in [
                Error::invalid("locale", "error-unknown-locale"),
                Error::not_found("article", "x"),
                Error::State("closed".into()),
                Error::Storage(StorageError::NewerSchema { found: 9, known: 1 }),
                Error::Content(ContentError::Corrupt("x".into())),
                Error::Internal("x".into()),
            ] {
                assert_eq!(
                    LueurError::from_open(&error, &preferred),
                    LueurError::from_core(&error, lueur.error_text(&error)),
                    "{locale}: {error}"
                );
            }
        }
    }
}
