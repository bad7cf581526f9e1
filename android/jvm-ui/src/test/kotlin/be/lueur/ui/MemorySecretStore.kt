package be.lueur.ui

import be.lueur.core.DeviceSecretStore
import java.security.SecureRandom

/**
 * The screens tests' [DeviceSecretStore]: what the app keeps in the Android Keystore, in
 * memory (32 random bytes; renewing makes new ones). The user database is sealed under
 * it, so a test that opens the same folder twice uses the same store.
 */
class MemorySecretStore : DeviceSecretStore {
    private val random = SecureRandom()

    @Volatile
    private var secret: ByteArray = fresh()

    override fun deviceSecret(): ByteArray? = secret.copyOf()

    override fun renewDeviceSecret(): ByteArray? {
        secret = fresh()
        return secret.copyOf()
    }

    private fun fresh() = ByteArray(32).also { random.nextBytes(it) }
}
