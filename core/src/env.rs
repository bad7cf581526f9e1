//! What the core takes from its surroundings, injected so that every test is
//! deterministic: time (wall clock and boot clock), randomness, and the device secret
//! the shell keeps in the platform's key store. The apps pass the system clock, the
//! OS generator and their Keystore/Keychain store; tests pass a manual clock, a seed
//! and a secret in memory.

use rand_core::{RngCore, SeedableRng};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

/// The two times the core needs.
pub trait Clock: Send + Sync {
    /// Milliseconds since the Unix epoch: dates the person reads, report ages.
    fn now_millis(&self) -> i64;
    /// Milliseconds since the phone started, counting sleep. Nobody can set it, so the
    /// code-guess throttle and the re-lock grace period use it: moving the wall clock
    /// back or forward must not buy an extra guess (F18). It restarts at 0 on reboot.
    fn boot_millis(&self) -> u64;
}

/// A source of cryptographically secure random bytes.
pub trait Random: Send + Sync {
    fn fill(&self, dest: &mut [u8]);

    fn next_u64(&self) -> u64 {
        let mut bytes = [0u8; 8];
        self.fill(&mut bytes);
        u64::from_le_bytes(bytes)
    }
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now_millis(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }

    fn boot_millis(&self) -> u64 {
        boot_clock_millis()
    }
}

/// CLOCK_BOOTTIME on Linux and Android and CLOCK_MONOTONIC on Apple systems (where it
/// counts sleep, as mach_continuous_time does): both keep running while the phone
/// sleeps and restart at boot. Read here rather than passed by each shell so that no
/// shell can forget it or pass a settable clock.
#[cfg(unix)]
fn boot_clock_millis() -> u64 {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const CLOCK: rustix::time::ClockId = rustix::time::ClockId::Boottime;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    const CLOCK: rustix::time::ClockId = rustix::time::ClockId::Monotonic;
    let time = rustix::time::clock_gettime(CLOCK);
    (time.tv_sec.max(0) as u64)
        .saturating_mul(1000)
        .saturating_add(time.tv_nsec.max(0) as u64 / 1_000_000)
}

#[cfg(not(unix))]
fn boot_clock_millis() -> u64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_millis() as u64
}

/// A clock that only moves when told to. `advance` moves both times, as real time
/// passing does; `set` moves only the wall clock, as a person changing the phone's
/// date does; `reboot` restarts the boot clock.
pub struct ManualClock {
    wall: AtomicI64,
    boot: AtomicU64,
}

impl ManualClock {
    pub fn new(now_millis: i64) -> Self {
        ManualClock {
            wall: AtomicI64::new(now_millis),
            boot: AtomicU64::new(3_600_000),
        }
    }

    pub fn set(&self, now_millis: i64) {
        self.wall.store(now_millis, Ordering::SeqCst);
    }

    pub fn advance(&self, millis: i64) {
        self.wall.fetch_add(millis, Ordering::SeqCst);
        if millis > 0 {
            self.boot.fetch_add(millis as u64, Ordering::SeqCst);
        }
    }

    pub fn reboot(&self) {
        self.boot.store(0, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_millis(&self) -> i64 {
        self.wall.load(Ordering::SeqCst)
    }

    fn boot_millis(&self) -> u64 {
        self.boot.load(Ordering::SeqCst)
    }
}

/// Where the shell keeps the device secret: a value only this app on this phone can
/// read (Android: wrapped by a non-exportable Keystore key; iOS: a Keychain item that
/// is this-device-only). The core derives the user database's key and the code-hash
/// secret from it, so a copied data folder can be neither read nor brute-forced
/// anywhere else.
#[cfg_attr(feature = "ffi", uniffi::export(with_foreign))]
pub trait DeviceSecretStore: Send + Sync {
    /// The device secret, at least 32 random bytes, made on the first call. `None`
    /// when it cannot be read now (a phone still locked after a restart): the core then
    /// runs without the user database, as when storage is unavailable.
    fn device_secret(&self) -> Option<Vec<u8>>;
    /// Destroys the current secret and returns a new one. The core calls it from every
    /// wipe, so that no copy of the old data folder can be decrypted any more.
    fn renew_device_secret(&self) -> Option<Vec<u8>>;
}

/// The shortest device secret the core accepts.
pub const DEVICE_SECRET_MIN_LEN: usize = 32;

/// A device secret held in memory: for tests, measurements and the CLI's own store.
pub struct MemorySecretStore {
    secret: Mutex<zeroize::Zeroizing<Vec<u8>>>,
    random: Box<dyn Random>,
}

impl MemorySecretStore {
    /// A store whose first secret and every renewal come from `random`.
    pub fn new(random: impl Random + 'static) -> Self {
        let mut secret = zeroize::Zeroizing::new(vec![0u8; DEVICE_SECRET_MIN_LEN]);
        random.fill(&mut secret);
        MemorySecretStore {
            secret: Mutex::new(secret),
            random: Box::new(random),
        }
    }

    /// A store with a fixed first secret (to reopen the same data folder in a test).
    pub fn with_secret(secret: &[u8], random: impl Random + 'static) -> Self {
        MemorySecretStore {
            secret: Mutex::new(zeroize::Zeroizing::new(secret.to_vec())),
            random: Box::new(random),
        }
    }
}

impl DeviceSecretStore for MemorySecretStore {
    fn device_secret(&self) -> Option<Vec<u8>> {
        Some(
            self.secret
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .to_vec(),
        )
    }

    fn renew_device_secret(&self) -> Option<Vec<u8>> {
        let mut fresh = zeroize::Zeroizing::new(vec![0u8; DEVICE_SECRET_MIN_LEN]);
        self.random.fill(&mut fresh);
        let mut guard = self.secret.lock().unwrap_or_else(|p| p.into_inner());
        *guard = fresh;
        Some(guard.to_vec())
    }
}

/// The operating system's generator.
pub struct OsRandom;

impl Random for OsRandom {
    fn fill(&self, dest: &mut [u8]) {
        // The OS generator only fails when the platform has none at all, which no
        // supported phone lacks; a zeroed key would be worse than stopping.
        getrandom::fill(dest).expect("the operating system has no random number generator");
    }
}

/// A seeded ChaCha20 generator for tests and reproducible runs.
pub struct SeededRandom(Mutex<rand_chacha::ChaCha20Rng>);

impl SeededRandom {
    pub fn new(seed: u64) -> Self {
        SeededRandom(Mutex::new(rand_chacha::ChaCha20Rng::seed_from_u64(seed)))
    }
}

impl Random for SeededRandom {
    fn fill(&self, dest: &mut [u8]) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .fill_bytes(dest);
    }
}

/// Adapts a [`Random`] to the `rand_core` traits that cryptographic crates expect.
pub struct RngAdapter<'a>(pub &'a dyn Random);

impl RngCore for RngAdapter<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut bytes = [0u8; 4];
        self.0.fill(&mut bytes);
        u32::from_le_bytes(bytes)
    }

    fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        self.0.fill(dest)
    }
}

impl rand_core::CryptoRng for RngAdapter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_random_repeats_and_differs_by_seed() {
        let (a, b, c) = (
            SeededRandom::new(7),
            SeededRandom::new(7),
            SeededRandom::new(8),
        );
        assert_eq!(a.next_u64(), b.next_u64());
        assert_ne!(SeededRandom::new(7).next_u64(), c.next_u64());
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(1_000);
        assert_eq!(clock.now_millis(), 1_000);
        clock.advance(500);
        assert_eq!(clock.now_millis(), 1_500);
        let boot = clock.boot_millis();
        clock.set(10);
        assert_eq!(clock.now_millis(), 10);
        assert_eq!(
            clock.boot_millis(),
            boot,
            "setting the date is not time passing"
        );
        clock.reboot();
        assert_eq!(clock.boot_millis(), 0);
    }

    #[test]
    fn the_system_boot_clock_runs() {
        let first = SystemClock.boot_millis();
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(SystemClock.boot_millis() >= first + 10);
        assert!(first > 0);
    }

    #[test]
    fn a_memory_store_renews_to_a_different_secret() {
        let store = MemorySecretStore::new(SeededRandom::new(3));
        let first = store.device_secret().expect("secret");
        assert_eq!(first.len(), DEVICE_SECRET_MIN_LEN);
        let renewed = store.renew_device_secret().expect("renewed");
        assert_ne!(first, renewed);
        assert_eq!(store.device_secret(), Some(renewed));
    }
}
