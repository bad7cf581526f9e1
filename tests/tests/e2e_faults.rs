//! End to end on loopback, through a proxy that injects faults between the phone's
//! uploader and the intake: refused connections, resets, timeouts, 500, 503 with
//! Retry-After, 429, 400, and an answer lost after the intake stored the report.
//! The core runs on a manual clock, so backoff is followed without waiting for it.
//! Every report must end up stored exactly once and open to what was written.

mod common;

use lueur_core::env::ManualClock;
use lueur_core::report::{OutboxState, ReportDraft, UploadStep, UploadTask};
use lueur_intake::server::{Options, Server};
use std::collections::{BTreeMap, VecDeque};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the proxy does with one connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fault {
    /// Reads a few bytes and closes with the rest unread: the kernel sends RST.
    Reset,
    /// Reads the request and says nothing until the client gives up.
    Timeout,
    /// Answers this status itself, with `Retry-After: 2` for 503.
    Status(u16),
    /// Lets the intake store the report, then drops the answer.
    LoseAnswer,
    Forward,
}

struct Proxy {
    addr: SocketAddr,
    script: Arc<Mutex<VecDeque<Fault>>>,
    applied: Arc<Mutex<Vec<Fault>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Proxy {
    fn start(upstream: SocketAddr, script: Vec<Fault>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let addr = listener.local_addr().expect("addr");
        let script = Arc::new(Mutex::new(VecDeque::from(script)));
        let applied = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (script, applied, stop) = (script.clone(), applied.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let fault = script
                        .lock()
                        .expect("script")
                        .pop_front()
                        .unwrap_or(Fault::Forward);
                    applied.lock().expect("applied").push(fault);
                    std::thread::spawn(move || serve(stream, fault, upstream));
                }
            })
        };
        Proxy {
            addr,
            script,
            applied,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one HTTP/1.1 message framed by Content-Length.
fn read_message(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut data = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            if data.len() >= end + 4 + length {
                data.truncate(end + 4 + length);
                return Ok(data);
            }
        }
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        data.extend_from_slice(&buffer[..n]);
    }
}

fn respond(stream: &mut TcpStream, status: u16, extra: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}

fn serve(mut client: TcpStream, fault: Fault, upstream: SocketAddr) {
    if fault == Fault::Reset {
        let mut first = [0u8; 16];
        let _ = client.read(&mut first);
        std::thread::sleep(Duration::from_millis(20));
        return;
    }
    let Ok(request) = read_message(&mut client) else {
        return;
    };
    match fault {
        Fault::Reset => {}
        Fault::Timeout => std::thread::sleep(Duration::from_millis(1_500)),
        Fault::Status(503) => respond(&mut client, 503, "Retry-After: 2\r\n", b"{}"),
        Fault::Status(status) => respond(&mut client, status, "", b"{}"),
        Fault::Forward | Fault::LoseAnswer => {
            let Ok(mut intake) = TcpStream::connect(upstream) else {
                return;
            };
            if intake.write_all(&request).is_err() {
                return;
            }
            let Ok(answer) = read_message(&mut intake) else {
                return;
            };
            if fault == Fault::LoseAnswer {
                return;
            }
            let text = String::from_utf8_lossy(&answer);
            let status: u16 = text
                .split(' ')
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(502);
            let body_at = answer
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map_or(answer.len(), |p| p + 4);
            respond(&mut client, status, "", &answer[body_at..]);
        }
    }
}

fn draft(n: usize) -> ReportDraft {
    ReportDraft {
        what_happened: format!("report {n}: « travail sans salaire », Überstunden, 工作 {n}"),
        municipality: Some(["Liège", "Antwerpen", "Eupen"][n % 3].into()),
        ..ReportDraft::default()
    }
}

#[test]
fn every_report_is_stored_exactly_once_through_every_fault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("intake.db");
    let phone = dir.path().join("phone");
    let server = Server::start("127.0.0.1:0", &db, Options::default()).expect("intake");
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let agent = lueur_upload::agent();
    const REPORTS: usize = 12;

    // Offline: the endpoint refuses connections.
    let refused = format!("http://127.0.0.1:{}", common::closed_port());
    let mut queued = BTreeMap::new();
    {
        let lueur = common::core(&phone, &clock, 11, &refused);
        for n in 0..REPORTS {
            let item = lueur.queue_report(&draft(n)).expect("queue");
            queued.insert(item.id, n);
        }
        // A refused connection ends the run (the network is down for every report):
        // runs go on, each after the wait the core gives, until each report was tried.
        let all_tried = || {
            lueur
                .outbox()
                .expect("outbox")
                .items
                .iter()
                .all(|i| i.state == OutboxState::Queued && i.attempts >= 1)
        };
        let mut runs = 0;
        while !all_tried() {
            runs += 1;
            assert!(runs < 200, "some report was never tried");
            let flush = lueur_upload::flush(&lueur, &agent).expect("flush");
            assert_eq!(flush.uploads, 1, "one refusal stops the run");
            clock.advance(flush.next_run_in_millis.expect("waits after refusals"));
        }
        // The app is closed in the middle of it all.
    }

    // Back online, through a proxy that misbehaves in every way, then behaves.
    let script = vec![
        Fault::Reset,
        Fault::Timeout,
        Fault::Status(500),
        Fault::Status(503),
        Fault::Status(429),
        Fault::LoseAnswer,
        Fault::Status(400),
        Fault::Reset,
        Fault::Status(502),
        Fault::LoseAnswer,
        Fault::Timeout,
        Fault::Status(408),
        Fault::Status(400),
        Fault::Status(503),
    ];
    let proxy = Proxy::start(server.addr, script.clone());
    let lueur = common::core(&phone, &clock, 12, &proxy.url());
    let mut retried_by_person = 0;
    for round in 0.. {
        assert!(round < 500, "delivery did not converge");
        match lueur.next_upload().expect("next") {
            UploadTask::Upload { mut request } => {
                // The proxy's "timeout" holds the answer back; a short timeout keeps
                // the test quick without changing what the core decides.
                request.timeout_millis = 400;
                let response = lueur_upload::perform(&agent, &request);
                if let UploadStep::Stop { millis } =
                    lueur.finish_upload(&request.id, response).expect("finish")
                {
                    clock.advance(millis);
                }
            }
            UploadTask::Wait { millis } => clock.advance(millis),
            UploadTask::Done => {
                // What needs the person: a 400 shows as failed; they tap "try again".
                let failed: Vec<String> = lueur
                    .outbox()
                    .expect("outbox")
                    .items
                    .into_iter()
                    .filter(|i| i.state == OutboxState::Failed)
                    .map(|i| i.id)
                    .collect();
                if failed.is_empty() {
                    break;
                }
                for id in failed {
                    lueur.retry_report(&id).expect("retry");
                    retried_by_person += 1;
                }
            }
        }
    }
    assert_eq!(retried_by_person, 2, "each 400 needed the person once");
    let applied = proxy.applied.lock().expect("applied").clone();
    assert!(
        proxy.script.lock().expect("script").is_empty(),
        "every fault was used"
    );
    for fault in &script {
        assert!(applied.contains(fault), "{fault:?} never happened");
    }
    drop(proxy);
    server.stop();

    let view = lueur.outbox().expect("outbox");
    assert_eq!(view.items.len(), REPORTS);
    assert!(view.items.iter().all(|i| i.state == OutboxState::Sent));
    let stored = common::opened(&db);
    assert_eq!(stored.len(), REPORTS, "stored exactly once each");
    for report in stored {
        let n = queued
            .remove(&report.id)
            .expect("a report that was queued, once");
        assert_eq!(report.draft, draft(n).normalised());
    }
    assert!(queued.is_empty());
}
