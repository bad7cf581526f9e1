//! The HTTP side of the intake: `POST /v1/reports` with an `Idempotency-Key`.
//! It checks the request and the envelope's structure, stores the bytes once, and
//! answers with a receipt. It has no private key and decrypts nothing.

use crate::store::{PutOutcome, Store};
use lueur_envelope::{self as envelope, Envelope};
use rand_core::{RngCore, TryRngCore};
use std::io::Read;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// A body larger than this is refused with 413 before it is read.
pub const DEFAULT_MAX_BODY: usize = envelope::MAX_ENVELOPE_LEN;

#[derive(Debug, Clone)]
pub struct Options {
    pub max_body: usize,
    /// Key ids this intake holds private keys for; empty accepts any well-formed id.
    pub key_ids: Vec<String>,
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_body: DEFAULT_MAX_BODY,
            key_ids: Vec::new(),
            threads: 4,
        }
    }
}

/// A running intake; dropping it (or `stop`) shuts it down.
pub struct Server {
    http: Arc<tiny_http::Server>,
    workers: Vec<JoinHandle<()>>,
    pub addr: SocketAddr,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {reason}")]
    Listen { addr: String, reason: String },
    #[error("cannot open the database {path}: {reason}")]
    Database { path: String, reason: String },
}

impl Server {
    pub fn start(addr: &str, db: &Path, options: Options) -> Result<Server, ServeError> {
        let store = Store::open(db).map_err(|e| ServeError::Database {
            path: db.display().to_string(),
            reason: e.to_string(),
        })?;
        let http = tiny_http::Server::http(addr).map_err(|e| ServeError::Listen {
            addr: addr.to_string(),
            reason: e.to_string(),
        })?;
        let addr = http
            .server_addr()
            .to_ip()
            .ok_or_else(|| ServeError::Listen {
                addr: addr.to_string(),
                reason: "not an IP address".into(),
            })?;
        let http = Arc::new(http);
        let store = Arc::new(Mutex::new(store));
        let options = Arc::new(options);
        let workers = (0..options.threads.max(1))
            .map(|_| {
                let (http, store, options) = (http.clone(), store.clone(), options.clone());
                std::thread::spawn(move || {
                    while let Ok(request) = http.recv() {
                        handle(request, &store, &options);
                    }
                })
            })
            .collect();
        Ok(Server {
            http,
            workers,
            addr,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        for _ in &self.workers {
            self.http.unblock();
        }
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// An answer: status and a small JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub body: String,
}

fn error(status: u16, code: &str) -> Answer {
    Answer {
        status,
        body: format!("{{\"error\":\"{code}\"}}"),
    }
}

fn handle(mut request: tiny_http::Request, store: &Mutex<Store>, options: &Options) {
    let answer = route(&mut request, store, options);
    let content_type =
        tiny_http::Header::from_bytes(&b"Content-Type"[..], &b"application/json"[..]);
    let mut response =
        tiny_http::Response::from_string(answer.body).with_status_code(answer.status);
    if let Ok(header) = content_type {
        response = response.with_header(header);
    }
    // A client that went away cannot be answered; nothing else to do.
    let _ = request.respond(response);
}

fn route(request: &mut tiny_http::Request, store: &Mutex<Store>, options: &Options) -> Answer {
    let path = request.url().split('?').next().unwrap_or("");
    match (request.method(), path) {
        (tiny_http::Method::Get, "/v1/health") => Answer {
            status: 200,
            body: "{\"status\":\"ok\"}".into(),
        },
        (tiny_http::Method::Post, "/v1/reports") => receive(request, store, options),
        (_, "/v1/reports") => error(405, "method-not-allowed"),
        _ => error(404, "not-found"),
    }
}

fn header<'r>(request: &'r tiny_http::Request, name: &str) -> Vec<&'r str> {
    request
        .headers()
        .iter()
        .filter(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str())
        .collect()
}

fn receive(request: &mut tiny_http::Request, store: &Mutex<Store>, options: &Options) -> Answer {
    if request.body_length().is_some_and(|n| n > options.max_body) {
        return error(413, "payload-too-large");
    }
    let keys = header(request, "Idempotency-Key");
    let key = match keys.as_slice() {
        [] => return error(400, "missing-idempotency-key"),
        [key] => key,
        // Two keys, even equal: which report is meant cannot be told.
        _ => return error(400, "bad-idempotency-key"),
    };
    let key = key.trim().to_string();
    if envelope::parse_uuid(&key).is_none() {
        return error(400, "bad-idempotency-key");
    }
    // When the first `Connection` header names `Upgrade` (an h2c offer, which Java's
    // HttpClient makes by default on plain http), tiny_http hands over the raw socket
    // instead of a reader bounded by Content-Length, and reading to the end would wait
    // for the client to close. The upgrade is ignored (the answer is HTTP/1.1), so the
    // body is bounded here by its declared length, and refused when it has none.
    let upgrade_offered = header(request, "Connection")
        .first()
        .is_some_and(|v| v.to_ascii_lowercase().contains("upgrade"));
    let declared = request.body_length();
    if upgrade_offered && declared.is_none() {
        return error(411, "length-required");
    }
    let mut body = Vec::new();
    let limit = declared
        .map_or(u64::MAX, |n| n as u64)
        .min(options.max_body as u64 + 1);
    if request
        .as_reader()
        .take(limit)
        .read_to_end(&mut body)
        .is_err()
    {
        return error(400, "unreadable-body");
    }
    if body.len() > options.max_body {
        return error(413, "payload-too-large");
    }
    let parsed = match Envelope::parse(&body) {
        Ok(parsed) => parsed,
        Err(_) => return error(400, "malformed-envelope"),
    };
    if parsed.report_id_text() != key {
        return error(400, "idempotency-key-mismatch");
    }
    if !options.key_ids.is_empty() && !options.key_ids.iter().any(|k| k == parsed.key_id) {
        return error(400, "unknown-key");
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    let mut store = store.lock().unwrap_or_else(|p| p.into_inner());
    let outcome = store.put(&key, &body, now, || {
        let mut bytes = [0u8; 16];
        rand_core::OsRng.unwrap_err().fill_bytes(&mut bytes);
        lueur_envelope::keys::encode_hex(&bytes)
    });
    match outcome {
        Ok(PutOutcome::Stored(receipt)) => Answer {
            status: 201,
            body: serde_json::to_string(&receipt).unwrap_or_default(),
        },
        Ok(PutOutcome::Repeat(receipt)) => Answer {
            status: 200,
            body: serde_json::to_string(&receipt).unwrap_or_default(),
        },
        Ok(PutOutcome::Conflict) => error(409, "idempotency-key-reused"),
        Err(_) => error(503, "storage-unavailable"),
    }
}
