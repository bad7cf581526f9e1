//! Time and randomness, injected so that every test is deterministic: the apps pass
//! the system clock and the OS generator, tests pass a manual clock and a seed.

use rand_core::{RngCore, SeedableRng};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

/// Milliseconds since the Unix epoch.
pub trait Clock: Send + Sync {
    fn now_millis(&self) -> i64;
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
}

/// A clock that only moves when told to.
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(now_millis: i64) -> Self {
        ManualClock(AtomicI64::new(now_millis))
    }

    pub fn set(&self, now_millis: i64) {
        self.0.store(now_millis, Ordering::SeqCst);
    }

    pub fn advance(&self, millis: i64) {
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_millis(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
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
        clock.set(10);
        assert_eq!(clock.now_millis(), 10);
    }
}
