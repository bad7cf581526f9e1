//! The Rust uploader (`lueur-upload`) is an executor only: against the reference
//! intake on loopback it delivers, and against a server that redirects or answers a
//! bare 200 it never lets the core mark a report sent.

mod common;

use lueur_core::env::ManualClock;
use lueur_core::report::{OutboxState, ReportDraft};
use lueur_intake::server::{Options, Server};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A loopback server that answers every request with `status`, `location` and an
/// empty body, and counts what it received.
struct Fake {
    url: String,
    hits: Arc<AtomicUsize>,
    _worker: std::thread::JoinHandle<()>,
}

fn fake(status: u16, location: Option<String>) -> Fake {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", server.server_addr().to_ip().expect("ip"));
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    let worker = std::thread::spawn(move || {
        for request in server.incoming_requests() {
            counted.fetch_add(1, Ordering::SeqCst);
            let mut response = tiny_http::Response::empty(status);
            if let Some(location) = &location {
                response.add_header(
                    tiny_http::Header::from_bytes("Location", location.as_bytes()).expect("header"),
                );
            }
            let _ = request.respond(response);
        }
    });
    Fake {
        url,
        hits,
        _worker: worker,
    }
}

fn draft() -> ReportDraft {
    ReportDraft {
        what_happened: "Hij werkt zonder loon.".into(),
        ..ReportDraft::default()
    }
}

#[test]
fn a_redirect_to_a_server_that_answers_200_is_never_followed_nor_taken_as_delivered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sink = fake(200, None);
    let redirect = fake(302, Some(format!("{}/v1/reports", sink.url)));
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let lueur = common::core(dir.path(), &clock, 3, &redirect.url);
    let item = lueur.queue_report(&draft()).expect("queue");
    lueur_upload::flush(&lueur, &lueur_upload::agent()).expect("flush");
    assert_eq!(redirect.hits.load(Ordering::SeqCst), 1);
    assert_eq!(
        sink.hits.load(Ordering::SeqCst),
        0,
        "the redirect was followed"
    );
    let view = lueur.outbox().expect("outbox");
    assert_eq!(view.items[0].id, item.id);
    assert_eq!(view.items[0].state, OutboxState::Failed);
}

#[test]
fn a_bare_200_is_retried_and_the_real_intake_then_gets_the_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let liar = fake(200, None);
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let lueur = common::core(&dir.path().join("phone"), &clock, 4, &liar.url);
    let item = lueur.queue_report(&draft()).expect("queue");
    let flush = lueur_upload::flush(&lueur, &lueur_upload::agent()).expect("flush");
    assert_eq!(liar.hits.load(Ordering::SeqCst), 1);
    let view = lueur.outbox().expect("outbox");
    assert_eq!(
        view.items[0].state,
        OutboxState::Queued,
        "a 200 without receipt"
    );
    assert!(view.items[0].sent_at.is_none());

    let db = dir.path().join("intake.db");
    let intake = Server::start("127.0.0.1:0", &db, Options::default()).expect("intake");
    lueur
        .set_deployment_endpoint(&intake.url())
        .expect("endpoint");
    clock.advance(flush.next_run_in_millis.expect("a retry is planned"));
    lueur_upload::flush(&lueur, &lueur_upload::agent()).expect("flush");
    assert_eq!(
        lueur.outbox().expect("outbox").items[0].state,
        OutboxState::Sent
    );
    intake.stop();
    let stored = common::opened(&db);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, item.id);
}
