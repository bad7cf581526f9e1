//! `lueur-upload`: the platform side of report delivery in Rust, shared by the `lueur`
//! CLI and the intake's tests, benchmark and crash child. It performs exactly the
//! request the core hands out and reports what came back; retries, backoff and states
//! are the core's.

use lueur_core::Lueur;
use lueur_core::report::{HttpHeader, TransportError, UploadOutcome, UploadTask};
use std::io::Read;
use std::time::Duration;

/// An HTTP agent for uploads: every status is an answer (not an error), and a
/// redirect is answered as it is — the core treats it as a failure to show, never as a
/// reason to post a sealed report somewhere else.
pub fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .max_redirects_will_error(false)
        .build()
        .into()
}

/// POSTs one upload and turns the result into the core's outcome.
pub fn perform(
    agent: &ureq::Agent,
    url: &str,
    headers: &[HttpHeader],
    body: &[u8],
) -> UploadOutcome {
    let mut request = agent.post(url);
    for header in headers {
        request = request.header(header.name.as_str(), header.value.as_str());
    }
    match request.send(body) {
        Ok(mut response) => {
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            // Drain a little of the body so the connection can be reused.
            let mut sink = Vec::new();
            let _ = response
                .body_mut()
                .as_reader()
                .take(64 * 1024)
                .read_to_end(&mut sink);
            UploadOutcome::Http {
                status,
                retry_after,
            }
        }
        Err(error) => UploadOutcome::Transport {
            error: transport_error(&error),
        },
    }
}

pub fn transport_error(error: &ureq::Error) -> TransportError {
    use std::io::ErrorKind;
    match error {
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused => TransportError::Refused,
            ErrorKind::ConnectionReset
            | ErrorKind::ConnectionAborted
            | ErrorKind::BrokenPipe
            | ErrorKind::UnexpectedEof => TransportError::Reset,
            ErrorKind::TimedOut | ErrorKind::WouldBlock => TransportError::Timeout,
            _ => TransportError::Other,
        },
        ureq::Error::Timeout(_) => TransportError::Timeout,
        ureq::Error::HostNotFound => TransportError::Dns,
        ureq::Error::ConnectionFailed => TransportError::Refused,
        ureq::Error::Tls(_) => TransportError::Tls,
        _ => TransportError::Other,
    }
}

/// What one flush did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flush {
    pub uploads: u32,
    /// The wait the core asked for when the flush stopped, if it did not finish.
    pub wait_millis: Option<i64>,
}

/// Runs the Glean loop until the core says `Done` or asks to wait.
pub fn flush(lueur: &Lueur, agent: &ureq::Agent) -> lueur_core::Result<Flush> {
    let mut flush = Flush::default();
    loop {
        match lueur.next_upload(lueur.now_millis())? {
            UploadTask::Done => return Ok(flush),
            UploadTask::Wait { millis } => {
                flush.wait_millis = Some(millis);
                return Ok(flush);
            }
            UploadTask::Upload {
                id,
                url,
                headers,
                body,
            } => {
                let outcome = perform(agent, &url, &headers, &body);
                flush.uploads += 1;
                lueur.upload_finished(&id, outcome)?;
            }
        }
    }
}
