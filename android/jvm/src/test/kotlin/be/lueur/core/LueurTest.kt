package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/**
 * Base of every bindings test: a fresh data folder per test, and a check after each
 * test that every Lueur object it opened was closed (`use {}` or `close()`), so no
 * test can leak a Rust object unnoticed. One subclass per feature (ViewsTest,
 * ChecklistTest, ReportTest, DiscreetTest, ...).
 */
abstract class LueurTest {
    @TempDir
    lateinit var dataDir: Path

    private val opened = mutableListOf<Lueur>()

    /** This test's device secret: every open of the same folder reads it back, as a phone's keystore does. */
    protected val secrets = MemorySecrets()

    /** Opens Lueur in [dir] (the test's data folder by default) with these OS locales. */
    protected fun open(vararg locales: String, dir: Path = dataDir): Lueur =
        Lueur.open(dir.toString(), locales.toList(), secrets).also { opened += it }

    @AfterEach
    fun everyOpenedObjectWasClosed() {
        val leaked = opened.count { !it.uniffiIsDestroyed }
        opened.forEach { it.close() }
        assertTrue(leaked == 0, "$leaked Lueur object(s) left open by the test")
    }
}

/** A device secret held in memory, standing in for the Android Keystore store. */
class MemorySecrets : DeviceSecretStore {
    private var secret = fresh()
    private fun fresh() = ByteArray(32).also(java.security.SecureRandom()::nextBytes)
    override fun deviceSecret(): ByteArray = secret
    override fun renewDeviceSecret(): ByteArray = fresh().also { secret = it }
}
