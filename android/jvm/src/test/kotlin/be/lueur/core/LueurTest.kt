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
    private val stores = mutableMapOf<Path, MemorySecretStore>()

    /**
     * The device-secret store of [dir]: the same one each time, as the Keystore is the
     * same across starts of the app, so a folder reopened in a test still opens.
     */
    protected fun storeFor(dir: Path = dataDir): MemorySecretStore =
        stores.getOrPut(dir.toAbsolutePath().normalize()) { MemorySecretStore() }

    /**
     * Opens Lueur in [dir] (the test's data folder by default) with these OS locales and
     * the folder's secret store (or [secrets]).
     */
    protected fun open(
        vararg locales: String,
        dir: Path = dataDir,
        secrets: DeviceSecretStore = storeFor(dir),
    ): Lueur = Lueur.open(dir.toString(), locales.toList(), secrets).also { opened += it }

    @AfterEach
    fun everyOpenedObjectWasClosed() {
        val leaked = opened.count { !it.uniffiIsDestroyed }
        opened.forEach { it.close() }
        assertTrue(leaked == 0, "$leaked Lueur object(s) left open by the test")
    }
}
