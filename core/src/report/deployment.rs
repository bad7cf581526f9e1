//! The deployment in force: the one bundled from `content/deployment.toml`, or the
//! one a shell passed in `LueurConfig::deployment` (tests, staging). The bundled file
//! was checked by the content compiler when this build was made.

use crate::error::{Error, Result};
pub use lueur_contract::deployment::{Deployment, DeploymentError};
use std::sync::OnceLock;

const BUNDLED: &str = include_str!("../../../content/deployment.toml");

/// The bundled deployment.
pub fn bundled() -> Result<Deployment> {
    static PARSED: OnceLock<std::result::Result<Deployment, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            lueur_contract::deployment::parse(BUNDLED).map_err(|errors| {
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        })
        .clone()
        .map_err(|reason| Error::Internal(format!("the bundled deployment is invalid: {reason}")))
}

/// Parses a deployment file's text (for `--deployment FILE`).
pub fn parse(text: &str) -> std::result::Result<Deployment, Vec<DeploymentError>> {
    lueur_contract::deployment::parse(text)
}

impl crate::Lueur {
    /// The deployment reports are sealed to and sent to.
    pub fn deployment(&self) -> Result<Deployment> {
        let chosen = self
            .deployment
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        match chosen {
            Some(deployment) => Ok(deployment),
            None => bundled(),
        }
    }

    /// Replaces the bundled deployment for this `Lueur` (the CLI's `--deployment`
    /// and `--endpoint`, tests, staging builds). Reports already sealed stay sealed
    /// to the key they were sealed to.
    pub fn set_deployment(&self, deployment: Deployment) {
        *self.deployment.write().unwrap_or_else(|p| p.into_inner()) = Some(deployment);
    }

    /// Points this `Lueur` at another intake with the same key (tests, staging):
    /// `https://…`, or `http://` only to this machine. A refused endpoint is `Invalid`
    /// for the field `endpoint`, with the reason. Reports already queued go there too.
    /// Only a development deployment moves: with a real key, someone holding the phone
    /// could otherwise send every queued report to a server that acknowledges it (F23).
    pub fn set_deployment_endpoint(&self, endpoint: &str) -> Result<()> {
        let current = self.deployment()?;
        if !current.development {
            return Err(Error::Invalid {
                field: "endpoint".into(),
                message_id: "error-endpoint-refused".into(),
                args: vec![(
                    "reason".into(),
                    "the endpoint of a deployment with a real key is fixed in the build".into(),
                )],
            });
        }
        let moved = current
            .with_endpoint(endpoint)
            .map_err(|reason| Error::Invalid {
                field: "endpoint".into(),
                message_id: "error-endpoint-refused".into(),
                args: vec![("reason".into(), reason)],
            })?;
        self.set_deployment(moved);
        Ok(())
    }
}
