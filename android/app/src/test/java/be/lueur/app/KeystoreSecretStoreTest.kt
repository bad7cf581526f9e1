package be.lueur.app

import androidx.test.ext.junit.runners.AndroidJUnit4
import java.io.File
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The device secret's store with a JCA software key in place of AndroidKeyStore, which
 * Robolectric does not have: the wrapping, the file and the renewal are the app's code.
 */
@RunWith(AndroidJUnit4::class)
@Config(sdk = [34])
// One Robolectric sandbox for every test class (same SDK and graphics mode): the core
// library is loaded once per process, and its callback tables belong to the first
// sandbox that registered them (TestSupport.kt).
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class KeystoreSecretStoreTest {
    private val file get() = File(context.noBackupFilesDir, "s")

    @Test
    fun theSecretIsMadeOnceKeptWrappedAndReadBack() {
        val key = SoftwareKey()
        val secret = KeystoreSecretStore(context, key).deviceSecret()
        assertNotNull(secret)
        assertEquals(32, secret!!.size)
        assertArrayEquals("a second store reads the same secret", secret, KeystoreSecretStore(context, key).deviceSecret())
        val stored = file.readBytes()
        assertFalse("never stored in the clear", stored.asList().windowed(32).any { it == secret.asList() })
    }

    @Test
    fun renewingDestroysTheOldSecretForGood() {
        val key = SoftwareKey()
        val store = KeystoreSecretStore(context, key)
        val old = store.deviceSecret()!!
        val oldFile = file.readBytes()
        val new = store.renewDeviceSecret()!!
        assertFalse(old.contentEquals(new))
        assertArrayEquals(new, store.deviceSecret())
        // A copy of the old file no longer opens: its key is gone.
        file.writeBytes(oldFile)
        assertNull(store.deviceSecret())
    }
}
