//! The write stage: the checked model, serialized once as JSON into the one-row
//! `checklist` table, which the core deserializes with the same types. JSON keeps the
//! blob readable with the sqlite3 shell, which audits of the bundled file rely on.

use crate::compile::CompileError;
use lueur_contract::checklist::Model;

/// Creates the `checklist` table and stores `model` in it; without a checklist the
/// table stays empty.
pub fn write(tx: &rusqlite::Transaction<'_>, model: Option<&Model>) -> Result<(), CompileError> {
    tx.execute_batch("CREATE TABLE checklist (model TEXT NOT NULL);")?;
    if let Some(model) = model {
        tx.execute(
            "INSERT INTO checklist (model) VALUES (?1)",
            [serde_json::to_string(model)?],
        )?;
    }
    Ok(())
}
