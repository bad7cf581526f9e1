//! Slow clients against the intake, on real loopback sockets: uploads that trickle
//! in, headers that never end, connections that say nothing. None of them may keep
//! the intake from answering others, and each is cut off at its deadline
//! (security review F14).

use lueur_intake::server::{Options, Server};
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

const SOME_ID: &str = "00000000-0000-4000-8000-000000000000";

fn upload_head(length: usize) -> String {
    format!(
        "POST /v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nIdempotency-Key: {SOME_ID}\r\nContent-Length: {length}\r\n\r\n"
    )
}

/// What a slow client saw: the intake's answer (empty if it only closed) and when.
struct Seen {
    after: Duration,
    answer: String,
}

/// Connects, sends `prefix` at once, then one byte of `drip` every `every` until the
/// intake answers or closes, or until `give_up`.
fn trickle(
    addr: SocketAddr,
    prefix: &[u8],
    drip: &[u8],
    every: Duration,
    give_up: Duration,
) -> Seen {
    let started = Instant::now();
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(every)).expect("timeout");
    stream.write_all(prefix).expect("prefix");
    let mut answer = Vec::new();
    let mut sent = 0;
    while started.elapsed() < give_up {
        let mut chunk = [0u8; 1024];
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                answer.extend_from_slice(&chunk[..n]);
                continue;
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            // A reset after the answer is a close.
            Err(_) => break,
        }
        if answer.is_empty() && sent < drip.len() {
            if stream.write_all(&drip[sent..=sent]).is_err() {
                break;
            }
            sent += 1;
        }
    }
    Seen {
        after: started.elapsed(),
        answer: String::from_utf8_lossy(&answer).into_owned(),
    }
}

/// `GET /v1/health` with a one-second budget for the whole exchange.
fn health_within_a_second(url: &str) -> Result<Duration, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(1)))
        .http_status_as_error(false)
        .build()
        .into();
    let started = Instant::now();
    let response = agent
        .get(&format!("{url}/v1/health"))
        .call()
        .map_err(|e| format!("no answer: {e}"))?;
    match response.status().as_u16() {
        200 => Ok(started.elapsed()),
        other => Err(format!("status {other}")),
    }
}

#[test]
fn health_answers_within_a_second_while_slow_uploads_trickle_in() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The defaults an organisation runs: the deadlines are far longer than this test.
    let server = Server::start(
        "127.0.0.1:0",
        &dir.path().join("intake.db"),
        Options::default(),
    )
    .expect("server");
    let addr = server.addr;
    let head = upload_head(4000);
    let body = vec![b'x'; 4000];
    // More slow clients than the four workers that used to read bodies.
    let uploads: Vec<_> = (0..6)
        .map(|_| {
            let (head, body) = (head.clone(), body.clone());
            std::thread::spawn(move || {
                trickle(
                    addr,
                    head.as_bytes(),
                    &body,
                    Duration::from_millis(50),
                    Duration::from_secs(4),
                )
            })
        })
        .collect();
    let headers: Vec<_> = (0..2)
        .map(|_| {
            let head = head.clone();
            std::thread::spawn(move || {
                trickle(
                    addr,
                    b"",
                    head.as_bytes(),
                    Duration::from_millis(50),
                    Duration::from_secs(4),
                )
            })
        })
        .collect();
    // Let every slow client get past the accept and into its body or headers.
    std::thread::sleep(Duration::from_millis(500));
    for attempt in 0..3 {
        let took = health_within_a_second(&server.url());
        assert!(
            took.is_ok(),
            "attempt {attempt}: {took:?} with 8 slow clients connected"
        );
    }
    for client in uploads.into_iter().chain(headers) {
        let seen = client.join().expect("client");
        // Still trickling when they gave up: none was answered or cut early.
        assert!(seen.answer.is_empty(), "{}", seen.answer);
        assert!(seen.after >= Duration::from_secs(4), "{:?}", seen.after);
    }
    assert!(health_within_a_second(&server.url()).is_ok());
    server.stop();
}

fn quick_deadlines() -> Options {
    Options {
        head_deadline: Duration::from_millis(1500),
        body_deadline: Duration::from_millis(1500),
        idle_timeout: Duration::from_millis(500),
        ..Options::default()
    }
}

#[test]
fn each_slow_client_gets_408_at_its_deadline() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = Server::start(
        "127.0.0.1:0",
        &dir.path().join("intake.db"),
        quick_deadlines(),
    )
    .expect("server");
    let addr = server.addr;
    let head = upload_head(4000);
    let every = Duration::from_millis(100);
    let give_up = Duration::from_secs(6);
    // Bytes every 100 ms never leave the socket idle for 500 ms: only the whole-body
    // and whole-header deadlines can stop these.
    let body = vec![b'x'; 4000];
    let cases: Vec<(&str, Seen, Duration)> = vec![
        (
            "a body that trickles in",
            trickle(addr, head.as_bytes(), &body, every, give_up),
            Duration::from_millis(1500),
        ),
        (
            "headers that trickle in",
            trickle(addr, b"", head.as_bytes(), every, give_up),
            Duration::from_millis(1500),
        ),
        (
            "headers, then silence",
            trickle(addr, head.as_bytes(), b"", every, give_up),
            Duration::from_millis(500),
        ),
        (
            "half a body, then silence",
            trickle(addr, head.as_bytes(), &body[..5], every, give_up),
            Duration::from_millis(1000),
        ),
    ];
    for (what, seen, cut_at) in cases {
        assert!(
            seen.answer.starts_with("HTTP/1.1 408 "),
            "{what}: {:?} after {:?}",
            seen.answer,
            seen.after
        );
        assert!(
            seen.answer.ends_with(r#"{"error":"request-timeout"}"#),
            "{what}: {}",
            seen.answer
        );
        assert!(
            seen.after >= cut_at && seen.after < cut_at + Duration::from_millis(1500),
            "{what}: cut after {:?}, expected about {cut_at:?}",
            seen.after
        );
    }
    // A connection that never sends a byte is told too, once it has been idle.
    let silent = trickle(addr, b"", b"", every, give_up);
    assert!(
        silent.answer.starts_with("HTTP/1.1 408 "),
        "{:?}",
        silent.answer
    );
    assert!(silent.after < Duration::from_secs(2), "{:?}", silent.after);
    assert!(health_within_a_second(&server.url()).is_ok());
    server.stop();
}

#[test]
fn connections_past_the_cap_are_told_to_come_back_without_waiting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options {
        max_connections: 2,
        ..quick_deadlines()
    };
    let server =
        Server::start("127.0.0.1:0", &dir.path().join("intake.db"), options).expect("server");
    let held: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut stream = TcpStream::connect(server.addr).expect("connect");
            stream.write_all(b"POST /v1/rep").expect("start");
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    let refused = health_within_a_second(&server.url());
    assert_eq!(refused, Err("status 503".to_string()));
    assert!(started.elapsed() < Duration::from_millis(500));
    // Once the held connections are cut at their deadline, their places are free.
    std::thread::sleep(Duration::from_millis(2000));
    assert!(health_within_a_second(&server.url()).is_ok());
    drop(held);
    server.stop();
}
