//! `lueur-upload`: the platform side of report delivery in Rust, shared by the `lueur`
//! CLI and the cross-crate delivery tests, benchmark and crash child. It is an
//! executor with no decision of its own: it performs exactly the request the core
//! describes (method, headers, body, timeout, no redirect, a bounded read of the
//! answer) and hands back what came. Retries, backoff, the run's budget and what
//! counts as delivered are the core's.

use lueur_core::Lueur;
use lueur_core::report::{
    HttpHeader, TransportError, UploadRequest, UploadResponse, UploadStep, UploadTask,
};
use std::io::Read;
use std::time::Duration;

/// An HTTP agent for uploads: every status is an answer (not an error) and a redirect
/// is answered as it is. Timeouts come with each request.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .max_redirects_will_error(false)
        // Nothing that names the phone or the app: the request carries only the
        // core's headers.
        .user_agent("")
        .build()
        .into()
}

/// Performs one request as described and turns what came back into the core's terms.
pub fn perform(agent: &ureq::Agent, request: &UploadRequest) -> UploadResponse {
    // The core never asks for a redirect to be followed; an executor that could not
    // honour the request would say so rather than guess.
    if request.follow_redirects {
        return UploadResponse::Transport {
            error: TransportError::Other,
        };
    }
    let mut builder = ureq::http::Request::builder()
        .method(request.method.as_str())
        .uri(request.url.as_str());
    for header in &request.headers {
        builder = builder.header(header.name.as_str(), header.value.as_str());
    }
    let Ok(http_request) = builder.body(request.body.as_slice()) else {
        return UploadResponse::Transport {
            error: TransportError::Other,
        };
    };
    let http_request = agent
        .configure_request(http_request)
        .timeout_global(Some(Duration::from_millis(u64::from(
            request.timeout_millis,
        ))))
        .build();
    match agent.run(http_request) {
        Ok(mut response) => {
            let status = response.status().as_u16();
            let headers = response
                .headers()
                .iter()
                .filter_map(|(name, value)| {
                    Some(HttpHeader {
                        name: name.as_str().to_string(),
                        value: value.to_str().ok()?.to_string(),
                    })
                })
                .collect();
            let mut body = Vec::new();
            let read = response
                .body_mut()
                .as_reader()
                .take(u64::from(request.max_response_bytes))
                .read_to_end(&mut body);
            match read {
                Ok(_) => UploadResponse::Http {
                    status,
                    headers,
                    body,
                },
                // The answer broke off: the receipt, if any, is lost with it.
                Err(error) => UploadResponse::Transport {
                    error: io_error(&error),
                },
            }
        }
        Err(error) => UploadResponse::Transport {
            error: transport_error(&error),
        },
    }
}

fn io_error(error: &std::io::Error) -> TransportError {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::ConnectionRefused => TransportError::Refused,
        ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::BrokenPipe
        | ErrorKind::UnexpectedEof => TransportError::Reset,
        ErrorKind::TimedOut | ErrorKind::WouldBlock => TransportError::Timeout,
        _ => TransportError::Other,
    }
}

/// The kind of a transport failure, as far as ureq can tell.
pub fn transport_error(error: &ureq::Error) -> TransportError {
    match error {
        ureq::Error::Io(io) => io_error(io),
        ureq::Error::Timeout(_) => TransportError::Timeout,
        ureq::Error::HostNotFound => TransportError::Dns,
        ureq::Error::ConnectionFailed => TransportError::Refused,
        ureq::Error::Tls(_) => TransportError::Tls,
        _ => TransportError::Other,
    }
}

/// What one run of the loop did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flush {
    pub uploads: u32,
    /// When the core wants the next run, if it did not finish: after this many ms.
    pub next_run_in_millis: Option<i64>,
}

/// One run of the Glean loop: until the core says `Done`, `Wait` or `Stop`.
pub fn flush(lueur: &Lueur, agent: &ureq::Agent) -> lueur_core::Result<Flush> {
    let mut flush = Flush::default();
    loop {
        match lueur.next_upload()? {
            UploadTask::Done => return Ok(flush),
            UploadTask::Wait { millis } => {
                flush.next_run_in_millis = Some(millis);
                return Ok(flush);
            }
            UploadTask::Upload { request } => {
                let response = perform(agent, &request);
                flush.uploads += 1;
                match lueur.finish_upload(&request.id, response)? {
                    UploadStep::Continue => {}
                    UploadStep::Stop { millis } => {
                        flush.next_run_in_millis = Some(millis);
                        return Ok(flush);
                    }
                }
            }
        }
    }
}
