//! Fuzzes the envelope parser the intake runs on every request body, and the
//! opening path after it: no input may panic, hang or allocate without bound.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lueur_envelope::{Envelope, SealedReport, open_report};

fuzz_target!(|data: &[u8]| {
    if let Ok(envelope) = Envelope::parse(data) {
        assert!(envelope.ciphertext.len() <= data.len());
        let _ = envelope.report_id_text();
        let _ = envelope.open(&[0x42; 32]);
    }
    let _ = open_report::<serde_json::Value>(data, &[0x42; 32]).map(|r: SealedReport<_>| r.id);
});
