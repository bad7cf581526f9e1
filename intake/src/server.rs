//! The HTTP side of the intake: `POST /v1/reports` with an `Idempotency-Key`.
//! It checks the request and the envelope's structure, stores the bytes once, and
//! answers with a receipt. It has no private key and decrypts nothing.
//!
//! It speaks only the HTTP/1.1 it needs (one request per connection, a body with a
//! `Content-Length`), on std's sockets, so that every read has a deadline. A server
//! whose workers read bodies without one is stalled by as many slow uploads as it
//! has workers (security review F14). Here each connection has its own thread,
//! capped in number, and gets a whole-request deadline for its headers, another for
//! its body, and an idle timeout for any single read; past any of them it gets 408
//! and is closed.

use crate::store::{PutOutcome, Store};
use lueur_envelope::{self as envelope, Envelope};
use rand_core::{RngCore, TryRngCore};
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A body larger than this is refused with 413 before it is read.
pub const DEFAULT_MAX_BODY: usize = envelope::MAX_ENVELOPE_LEN;
/// The request line and headers together; the phone sends about 200 bytes.
pub const MAX_HEAD: usize = 16 * 1024;
/// After answering, what a client may still send is read and dropped for this long
/// (up to [`LINGER_BYTES`]), so that closing does not reset the connection before
/// the client has read an early answer such as 413.
const LINGER: Duration = Duration::from_secs(1);
const LINGER_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Options {
    pub max_body: usize,
    /// Key ids this intake holds private keys for; empty accepts any well-formed id.
    pub key_ids: Vec<String>,
    /// Connections served at once. One more is answered 503 and closed at once.
    pub max_connections: usize,
    /// The request line and headers must have arrived this long after the
    /// connection was accepted.
    pub head_deadline: Duration,
    /// The body must have arrived this long after the headers.
    pub body_deadline: Duration,
    /// The longest wait for any single read, within those deadlines.
    pub idle_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_body: DEFAULT_MAX_BODY,
            key_ids: Vec::new(),
            max_connections: 128,
            head_deadline: Duration::from_secs(10),
            // 128 KiB in 30 s is about 35 kbit/s: slower than the worst mobile data.
            body_deadline: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(5),
        }
    }
}

/// A running intake; dropping it (or `stop`) shuts it down. Requests already
/// being served finish on their own threads, within their deadlines.
pub struct Server {
    stopping: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
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
        let listen_error = |reason: String| ServeError::Listen {
            addr: addr.to_string(),
            reason,
        };
        let listener = TcpListener::bind(addr).map_err(|e| listen_error(e.to_string()))?;
        let local = listener
            .local_addr()
            .map_err(|e| listen_error(e.to_string()))?;
        let stopping = Arc::new(AtomicBool::new(false));
        let shared = Arc::new(Shared {
            store: Mutex::new(store),
            options,
            active: AtomicUsize::new(0),
        });
        let acceptor = {
            let stopping = stopping.clone();
            std::thread::Builder::new()
                .name("intake-accept".into())
                .spawn(move || accept_loop(listener, &stopping, shared))
                .map_err(|e| listen_error(e.to_string()))?
        };
        Ok(Server {
            stopping,
            acceptor: Some(acceptor),
            addr: local,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let Some(acceptor) = self.acceptor.take() else {
            return;
        };
        self.stopping.store(true, Ordering::SeqCst);
        // `accept` has no timeout; a connection of our own wakes it to see the flag.
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(match wake {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        // Joining an acceptor that was never woken would hang the caller; if the
        // wake-up fails (no descriptors left), it ends with the process instead.
        if TcpStream::connect_timeout(&wake, Duration::from_secs(1)).is_ok() {
            let _ = acceptor.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

struct Shared {
    store: Mutex<Store>,
    options: Options,
    active: AtomicUsize,
}

/// Gives a connection's place back when its thread ends, or when the thread could
/// not be started and the closure holding it is dropped.
struct Slot(Arc<Shared>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.active.fetch_sub(1, Ordering::SeqCst);
    }
}

fn accept_loop(listener: TcpListener, stopping: &AtomicBool, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else {
            // Out of file descriptors, or a connection reset before it was accepted:
            // a short pause keeps a persistent failure from spinning a core.
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        if shared.active.fetch_add(1, Ordering::SeqCst) >= shared.options.max_connections {
            shared.active.fetch_sub(1, Ordering::SeqCst);
            busy(stream);
            continue;
        }
        let slot = Slot(shared.clone());
        let spawned = std::thread::Builder::new()
            .name("intake-conn".into())
            .spawn(move || {
                let slot = slot;
                serve(stream, &slot.0);
            });
        // A thread that cannot be started drops its closure: the slot is returned and
        // the socket closed, which the phone retries like any transport error.
        drop(spawned);
    }
}

/// Full: say so without reading anything, so the acceptor never waits on a client.
fn busy(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
    let answer = error(503, "busy");
    let _ = stream.write_all(&response_bytes(&answer, &[("Retry-After", "5")]));
    let _ = stream.shutdown(Shutdown::Write);
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

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

fn response_bytes(answer: &Answer, extra: &[(&str, &str)]) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        answer.status,
        reason(answer.status),
        answer.body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(answer.body.as_bytes());
    bytes
}

/// Why a request stopped being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// A deadline passed, or the socket was silent for the idle timeout.
    TimedOut,
    /// The client closed or reset the connection.
    Closed,
}

/// A connection's socket and the bytes read from it but not used yet.
struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
    idle: Duration,
}

impl Conn {
    /// Reads what is there, waiting at most until `deadline` and at most the idle
    /// timeout: the read timeout is set before every read, so no read outlives either.
    fn fill(&mut self, deadline: Instant) -> Result<(), Cut> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Cut::TimedOut);
        }
        let wait = left.min(self.idle).max(Duration::from_millis(1));
        self.stream
            .set_read_timeout(Some(wait))
            .map_err(|_| Cut::Closed)?;
        let mut chunk = [0u8; 16 * 1024];
        match self.stream.read(&mut chunk) {
            Ok(0) => Err(Cut::Closed),
            Ok(n) => {
                self.buf.extend_from_slice(&chunk[..n]);
                Ok(())
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => Ok(()),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                Err(Cut::TimedOut)
            }
            Err(_) => Err(Cut::Closed),
        }
    }
}

/// A request line and headers.
struct Head {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
}

impl Head {
    fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

fn serve(stream: TcpStream, shared: &Shared) {
    let options = &shared.options;
    let _ = stream.set_write_timeout(Some(options.idle_timeout));
    let mut conn = Conn {
        stream,
        buf: Vec::new(),
        idle: options.idle_timeout,
    };
    let answer = match read_head(&mut conn, Instant::now() + options.head_deadline) {
        Ok(head) => route(&head, &mut conn, shared),
        Err(HeadError::Cut(Cut::TimedOut)) => error(408, "request-timeout"),
        // Nothing can be answered to a client that went away.
        Err(HeadError::Cut(Cut::Closed)) => return,
        Err(HeadError::TooLarge) => error(431, "headers-too-large"),
        Err(HeadError::Malformed) => error(400, "bad-request"),
    };
    let _ = conn.stream.write_all(&response_bytes(&answer, &[]));
    let _ = conn.stream.flush();
    let _ = conn.stream.shutdown(Shutdown::Write);
    // A client cut off for being slow has had its time.
    if answer.status != 408 {
        linger(&mut conn.stream);
    }
}

/// Reads and drops what the client still sends, briefly: a socket closed with
/// unread bytes is reset, and a reset can destroy the answer before it is read.
fn linger(stream: &mut TcpStream) {
    let until = Instant::now() + LINGER;
    let mut dropped = 0;
    let mut chunk = [0u8; 16 * 1024];
    while dropped < LINGER_BYTES {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => dropped += n,
        }
    }
}

enum HeadError {
    Cut(Cut),
    TooLarge,
    Malformed,
}

fn read_head(conn: &mut Conn, deadline: Instant) -> Result<Head, HeadError> {
    let end = loop {
        if let Some(at) = conn.buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if conn.buf.len() > MAX_HEAD {
            return Err(HeadError::TooLarge);
        }
        match conn.fill(deadline) {
            Ok(()) => {}
            // Half a request and then a close is not a request.
            Err(Cut::Closed) if !conn.buf.is_empty() => return Err(HeadError::Malformed),
            Err(cut) => return Err(HeadError::Cut(cut)),
        }
    };
    if end > MAX_HEAD {
        return Err(HeadError::TooLarge);
    }
    let head: Vec<u8> = conn.buf.drain(..end + 4).collect();
    let text = std::str::from_utf8(&head[..end]).map_err(|_| HeadError::Malformed)?;
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or("");
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HeadError::Malformed);
    };
    if !version.starts_with("HTTP/1.") || method.is_empty() || !target.starts_with('/') {
        return Err(HeadError::Malformed);
    }
    let mut headers = Vec::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            return Err(HeadError::Malformed);
        };
        if name.is_empty() || name.contains(|c: char| c.is_whitespace()) {
            return Err(HeadError::Malformed);
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    Ok(Head {
        method: method.to_string(),
        path: target.split('?').next().unwrap_or("").to_string(),
        headers,
    })
}

fn route(head: &Head, conn: &mut Conn, shared: &Shared) -> Answer {
    match (head.method.as_str(), head.path.as_str()) {
        ("GET", "/v1/health") => Answer {
            status: 200,
            body: "{\"status\":\"ok\"}".into(),
        },
        ("POST", "/v1/reports") => receive(head, conn, shared),
        (_, "/v1/reports") => error(405, "method-not-allowed"),
        _ => error(404, "not-found"),
    }
}

fn receive(head: &Head, conn: &mut Conn, shared: &Shared) -> Answer {
    let options = &shared.options;
    // Without a declared length a body has no end to wait for but the deadline, and
    // the phone always declares one, so chunked bodies are refused.
    if !head.header("Transfer-Encoding").is_empty() {
        return error(411, "length-required");
    }
    let declared = match head.header("Content-Length").as_slice() {
        [] => 0,
        [value] => match value.parse::<usize>() {
            Ok(n) if value.bytes().all(|b| b.is_ascii_digit()) => n,
            _ => return error(400, "bad-request"),
        },
        _ => return error(400, "bad-request"),
    };
    if declared > options.max_body {
        return error(413, "payload-too-large");
    }
    let keys = head.header("Idempotency-Key");
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
    if head
        .header("Expect")
        .iter()
        .any(|v| v.eq_ignore_ascii_case("100-continue"))
    {
        let _ = conn.stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
    }
    let deadline = Instant::now() + options.body_deadline;
    while conn.buf.len() < declared {
        match conn.fill(deadline) {
            Ok(()) => {}
            Err(Cut::TimedOut) => return error(408, "request-timeout"),
            Err(Cut::Closed) => return error(400, "unreadable-body"),
        }
    }
    // One request per connection: anything after the body is not read.
    let body = &conn.buf[..declared];
    let parsed = match Envelope::parse(body) {
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
    let mut store = shared.store.lock().unwrap_or_else(|p| p.into_inner());
    let outcome = store.put(&key, body, now, || {
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
