package be.lueur.core

import java.security.SecureRandom
import java.util.concurrent.atomic.AtomicInteger

/**
 * The tests' [DeviceSecretStore]: what the app keeps in the Android Keystore, kept in
 * memory (32 random bytes; renewing makes new ones). It counts the core's calls, so a
 * test can see when the core read or renewed the secret. One store per data folder:
 * the user database is sealed under the secret, and another store's secret does not
 * open it.
 */
class MemorySecretStore : DeviceSecretStore {
    private val random = SecureRandom()

    @Volatile
    private var secret: ByteArray = fresh()

    /** How many times the core asked for the secret. */
    val reads = AtomicInteger()

    /** How many times the core renewed it (every wipe, once). */
    val renewals = AtomicInteger()

    /** What [deviceSecret] answers now (a copy), for tests that open the data file themselves. */
    fun current(): ByteArray = secret.copyOf()

    override fun deviceSecret(): ByteArray? {
        reads.incrementAndGet()
        return secret.copyOf()
    }

    override fun renewDeviceSecret(): ByteArray? {
        renewals.incrementAndGet()
        secret = fresh()
        return secret.copyOf()
    }

    private fun fresh() = ByteArray(32).also { random.nextBytes(it) }
}
