//! What the content pack tests share: the development content key, a content variant
//! with one phone number changed, and a static file server on loopback that can also
//! break off a download or announce more than it sends.

#![allow(dead_code)]

use lueur_content::pack::{PackOptions, SigningKeyFile, pack_database};
use lueur_core::ContentStore;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};

pub fn dev_key() -> SigningKeyFile {
    SigningKeyFile::read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("keys/content-development.key"),
    )
    .expect("development content key")
}

/// The embedded content with Sürya's phone changed to the national contact point's
/// number: a real number from the same content, so nothing is invented.
pub fn changed_content() -> Vec<u8> {
    let db = rusqlite::Connection::open_in_memory().expect("memory");
    let bytes = ContentStore::embedded_bytes();
    let mut db = db;
    db.deserialize_read_exact("main", bytes, bytes.len(), false)
        .expect("deserialize");
    db.execute(
        "UPDATE contact_phones SET (number, national) =
           (SELECT number, national FROM contact_phones WHERE contact_id = 'national-contact-point')
         WHERE contact_id = 'surya'",
        [],
    )
    .expect("update");
    db.serialize("main").expect("serialize").to_vec()
}

pub fn now_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub fn pack(content: &[u8], version: u64) -> Vec<u8> {
    pack_database(
        content,
        &dev_key(),
        version,
        &PackOptions {
            created: Some(now_seconds() - 60),
            ..PackOptions::default()
        },
    )
    .expect("pack")
}

/// How the server answers.
#[derive(Clone)]
pub enum Serve {
    /// 200 with these bytes.
    Bytes(Vec<u8>),
    /// 200 announcing the full length, sending only the first `sent` bytes, then closing.
    BrokenOff { bytes: Vec<u8>, sent: usize },
    /// This status and no body.
    Status(u16),
}

/// A one-path static server on 127.0.0.1 that records each request's head.
pub struct PackServer {
    pub url: String,
    pub answer: Arc<Mutex<Serve>>,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl PackServer {
    pub fn start(answer: Serve) -> PackServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!(
            "http://127.0.0.1:{}/v1/content.pack",
            listener.local_addr().expect("addr").port()
        );
        let answer = Arc::new(Mutex::new(answer));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (serving, seen) = (answer.clone(), requests.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut head = String::new();
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    head.push_str(&line);
                }
                seen.lock().expect("requests").push(head);
                let answer = serving.lock().expect("answer").clone();
                let _ = match answer {
                    Serve::Bytes(bytes) => write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        bytes.len()
                    )
                    .and_then(|()| stream.write_all(&bytes)),
                    Serve::BrokenOff { bytes, sent } => write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        bytes.len()
                    )
                    .and_then(|()| stream.write_all(&bytes[..sent])),
                    Serve::Status(status) => write!(
                        stream,
                        "HTTP/1.1 {status} Nope\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    ),
                };
                let _ = stream.flush();
            }
        });
        PackServer {
            url,
            answer,
            requests,
        }
    }

    pub fn serve(&self, answer: Serve) {
        *self.answer.lock().expect("answer") = answer;
    }
}
