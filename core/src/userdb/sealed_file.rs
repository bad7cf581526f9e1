//! The user database's form on disk: one file holding the whole SQLite image sealed
//! with XChaCha20-Poly1305 under a key derived from the device secret. It is replaced
//! whole and atomically (written beside, synced, renamed over, folder synced), so a
//! crash leaves the old image or the new one, and no journal or WAL ever holds a page
//! in clear. The folder lock keeps two processes (two CLI commands) from interleaving.
//!
//! Why the whole image rather than SQLCipher or per-value sealing (measured in
//! docs/performance.md): SQLCipher with its crypto library added 4.3 MiB to a 4 MiB
//! budget; sealing values one by one still showed the schema, row counts and the
//! WAL's history. The person's database is tens of kilobytes, so rewriting it costs
//! about a millisecond.

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;
use zeroize::Zeroizing;

use crate::env::Random;

/// The file's format version, also bound into the seal so a file cannot be replayed
/// as another version.
const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const HEADER_LEN: usize = 1 + NONCE_LEN;

/// The key that seals the image. Derived, never stored.
pub struct FileKey(Zeroizing<[u8; 32]>);

impl FileKey {
    pub fn derive(device_secret: &[u8]) -> FileKey {
        FileKey(derive_key(device_secret, b"lueur user database v1"))
    }
}

/// A 32-byte key for one purpose, from the device secret (HKDF-SHA256; the purpose
/// is the info string, so keys for different uses never coincide).
pub fn derive_key(device_secret: &[u8], purpose: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    hkdf::Hkdf::<sha2::Sha256>::new(None, device_secret)
        .expand(purpose, key.as_mut())
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    key
}

/// Identifies one written image: its random nonce. Each write makes a new one, so a
/// changed stamp means another process wrote (or wiped) since this one last looked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp([u8; NONCE_LEN]);

/// Seals `image` into the bytes of a file.
pub fn seal(key: &FileKey, image: &[u8], random: &dyn Random) -> (Vec<u8>, Stamp) {
    let mut nonce = [0u8; NONCE_LEN];
    random.fill(&mut nonce);
    let mut out = Vec::with_capacity(HEADER_LEN + image.len() + TAG_LEN);
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(image);
    let cipher = XChaCha20Poly1305::new(key.0.as_ref().into());
    let (header, body) = out.split_at_mut(HEADER_LEN);
    let tag = cipher
        .encrypt_in_place_detached(XNonce::from_slice(&nonce), &header[..1], body)
        .expect("XChaCha20-Poly1305 seals any length this database reaches");
    out.extend_from_slice(&tag);
    (out, Stamp(nonce))
}

/// Opens a file's bytes; `None` when it is not an image sealed with this key (another
/// device's secret, a damaged or truncated file, another format).
pub fn open(key: &FileKey, file: &[u8]) -> Option<(Zeroizing<Vec<u8>>, Stamp)> {
    if file.len() < HEADER_LEN + TAG_LEN || file[0] != VERSION {
        return None;
    }
    let (header, rest) = file.split_at(HEADER_LEN);
    let (body, tag) = rest.split_at(rest.len() - TAG_LEN);
    let mut image = Zeroizing::new(body.to_vec());
    let cipher = XChaCha20Poly1305::new(key.0.as_ref().into());
    cipher
        .decrypt_in_place_detached(
            XNonce::from_slice(&header[1..]),
            &header[..1],
            &mut image,
            tag.into(),
        )
        .ok()?;
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&header[1..]);
    Some((image, Stamp(nonce)))
}

/// The stamp of the file at `path` as it is now; `None` when there is no such file.
pub fn stamp(path: &Path) -> std::io::Result<Option<Stamp>> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut header = [0u8; HEADER_LEN];
    match file.read_exact(&mut header) {
        Ok(()) => {
            let mut nonce = [0u8; NONCE_LEN];
            nonce.copy_from_slice(&header[1..]);
            Ok(Some(Stamp(nonce)))
        }
        // Shorter than a header: not a file this module wrote; any stamp differs.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(Some(Stamp([0; NONCE_LEN]))),
        Err(e) => Err(e),
    }
}

/// Replaces `path` with `bytes`: written to `staging` first and synced, then renamed
/// over `path`, then the folder synced so the rename itself survives a power cut.
pub fn replace(path: &Path, staging: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(staging)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(staging, path)?;
    sync_folder(path.parent().unwrap_or(Path::new(".")))
}

fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// Held while a process reads, changes and writes the image. An advisory lock on the
/// folder itself, so that no extra file exists to be noticed or forgotten by the wipe;
/// released when dropped.
pub struct FolderLock(#[allow(dead_code)] File);

pub fn lock_folder(folder: &Path) -> std::io::Result<FolderLock> {
    let handle = File::open(folder)?;
    handle.lock()?;
    Ok(FolderLock(handle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::SeededRandom;
    use proptest::prelude::*;

    #[test]
    fn seals_and_opens_and_refuses_another_key() {
        let random = SeededRandom::new(1);
        let key = FileKey::derive(&[7u8; 32]);
        let (sealed, stamp) = seal(&key, b"SQLite format 3\0 MARKER", &random);
        assert!(!sealed.windows(6).any(|w| w == b"MARKER"));
        let (image, opened_stamp) = open(&key, &sealed).expect("opens");
        assert_eq!(&image[..], b"SQLite format 3\0 MARKER");
        assert_eq!(stamp, opened_stamp);
        assert!(open(&FileKey::derive(&[8u8; 32]), &sealed).is_none());
    }

    #[test]
    fn every_write_has_a_new_stamp() {
        let random = SeededRandom::new(1);
        let key = FileKey::derive(&[7u8; 32]);
        let (_, a) = seal(&key, b"x", &random);
        let (_, b) = seal(&key, b"x", &random);
        assert_ne!(a, b);
    }

    #[test]
    fn replaces_atomically_and_stamps_what_is_there() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (path, staging) = (dir.path().join("f"), dir.path().join("f.new"));
        assert_eq!(stamp(&path).expect("stat"), None);
        let key = FileKey::derive(&[1u8; 32]);
        let (bytes, written) = seal(&key, b"image", &SeededRandom::new(2));
        replace(&path, &staging, &bytes).expect("write");
        assert_eq!(stamp(&path).expect("stat"), Some(written));
        assert!(!staging.exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn the_folder_lock_excludes_a_second_holder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let held = lock_folder(dir.path()).expect("lock");
        let other = File::open(dir.path()).expect("open");
        assert!(other.try_lock().is_err(), "a second lock must wait");
        drop(held);
        other.try_lock().expect("free after release");
    }

    proptest! {
        #[test]
        fn any_damage_is_refused_never_a_panic(
            image in proptest::collection::vec(any::<u8>(), 0..300),
            flip in any::<usize>(),
            cut in any::<usize>(),
        ) {
            let key = FileKey::derive(&[9u8; 32]);
            let (mut sealed, _) = seal(&key, &image, &SeededRandom::new(3));
            let at = flip % sealed.len();
            sealed[at] ^= 0x01;
            prop_assert!(open(&key, &sealed).is_none());
            sealed[at] ^= 0x01;
            sealed.truncate(cut % sealed.len());
            prop_assert!(open(&key, &sealed).is_none());
        }
    }
}
