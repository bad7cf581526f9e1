package be.lueur.app

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import be.lueur.core.DeviceSecretStore
import java.io.File
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * Where the key that wraps the device secret lives. On a phone: AndroidKeyStore, so the key
 * never leaves the secure hardware and is gone with the app. Robolectric has no
 * AndroidKeyStore; the tests give a JCA software key through the same interface.
 */
interface WrappingKey {
    /** The key, made on first use. */
    fun get(): SecretKey
    /** Destroys the key: whatever it wrapped can never be unwrapped again. */
    fun destroy()
}

/** An AES-256-GCM key in AndroidKeyStore, not exportable, usable only by this app. */
class AndroidKeystoreKey(private val alias: String = "k") : WrappingKey {
    private fun keyStore() = KeyStore.getInstance("AndroidKeyStore").apply { load(null) }

    override fun get(): SecretKey {
        (keyStore().getKey(alias, null) as? SecretKey)?.let { return it }
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, "AndroidKeyStore")
        generator.init(
            KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build(),
        )
        return generator.generateKey()
    }

    override fun destroy() {
        keyStore().deleteEntry(alias)
    }
}

/**
 * The device secret the core peppers codes with and derives its at-rest keys from:
 * 32 random bytes, kept only wrapped (AES-GCM under [key]) in a file under
 * noBackupFilesDir, so neither a backup nor a copy of the data folder carries it in a
 * readable form. Renewing destroys the key and the file before making new ones.
 */
class KeystoreSecretStore(
    context: Context,
    private val key: WrappingKey = AndroidKeystoreKey(),
    private val random: SecureRandom = SecureRandom(),
) : DeviceSecretStore {
    private val file = File(context.noBackupFilesDir, "s")

    /** The secret, made on the first call; null when the keystore cannot be used now. */
    @Synchronized
    override fun deviceSecret(): ByteArray? = try {
        if (file.exists()) unwrap(file.readBytes()) else make()
    } catch (unreadable: GeneralSecurityException) {
        null
    } catch (unreadable: java.io.IOException) {
        null
    }

    /** Destroys the current secret and returns a new one (the core calls it from every wipe). */
    @Synchronized
    override fun renewDeviceSecret(): ByteArray? = try {
        file.delete()
        key.destroy()
        make()
    } catch (unusable: GeneralSecurityException) {
        null
    } catch (unusable: java.io.IOException) {
        null
    }

    private fun make(): ByteArray {
        val secret = ByteArray(SECRET_BYTES).also(random::nextBytes)
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key.get())
        val sealed = cipher.doFinal(secret)
        // Written whole then renamed: a crash never leaves half a secret behind.
        val partial = File(file.parentFile, file.name + ".partial")
        partial.writeBytes(byteArrayOf(cipher.iv.size.toByte()) + cipher.iv + sealed)
        if (!partial.renameTo(file)) throw java.io.IOException("rename")
        return secret
    }

    private fun unwrap(stored: ByteArray): ByteArray? {
        if (stored.isEmpty()) return null
        val ivSize = stored[0].toInt()
        if (ivSize <= 0 || stored.size <= 1 + ivSize) return null
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key.get(), GCMParameterSpec(TAG_BITS, stored, 1, ivSize))
        return cipher.doFinal(stored, 1 + ivSize, stored.size - 1 - ivSize)
    }

    private companion object {
        const val SECRET_BYTES = 32
        const val TAG_BITS = 128
        const val TRANSFORMATION = "AES/GCM/NoPadding"
    }
}
