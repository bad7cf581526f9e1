//! What is sealed inside an envelope: the report JSON (format 1). The draft's own
//! shape belongs to the app that writes it, so the type is generic over it: the core
//! seals its typed draft, the intake opens into whatever it needs to print.

use serde::{Deserialize, Serialize};

/// Version of the JSON inside the envelope.
pub const REPORT_FORMAT: u32 = 1;

/// What the organisation reads after opening an envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedReport<Draft> {
    pub format: u32,
    /// The report id, equal to the envelope's (and so to the idempotency key).
    pub id: String,
    pub created_at: i64,
    /// The app's language when the report was written.
    pub app_locale: String,
    pub draft: Draft,
}

/// Opens an envelope with the intake's private key and checks that the report inside
/// is the one the envelope names, in a format this version reads.
#[cfg(feature = "open")]
pub fn open_report<Draft: serde::de::DeserializeOwned>(
    bytes: &[u8],
    secret_key: &[u8; 32],
) -> Result<SealedReport<Draft>, crate::EnvelopeError> {
    use crate::{Envelope, EnvelopeError};
    let envelope = Envelope::parse(bytes)?;
    let plaintext = envelope.open(secret_key)?;
    let report: SealedReport<Draft> =
        serde_json::from_slice(&plaintext).map_err(|_| EnvelopeError::BadPlaintext)?;
    if report.id != envelope.report_id_text() || report.format != REPORT_FORMAT {
        return Err(EnvelopeError::BadPlaintext);
    }
    Ok(report)
}
