package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.File
import java.lang.ref.WeakReference
import java.nio.file.Files

/** Closing frees the Rust side for real, and repeated use leaks nothing. */
class LifecycleTest : LueurTest() {
    /**
     * The Rust object holds the app's [DeviceSecretStore] (it renews the secret at a
     * wipe) through UniFFI's handle map, which lets the Kotlin store go only when Rust
     * drops its last reference: a store that can be collected proves the core is gone.
     * (The database itself leaves no trace to watch: it lives in memory, and the sealed
     * file on disk is written whole and closed at every change.)
     */
    private fun collected(store: WeakReference<*>): Boolean {
        repeat(100) {
            if (store.get() == null) return true
            System.gc()
            Thread.sleep(10)
        }
        return store.get() == null
    }

    /** Opens with a store only the Rust side keeps. */
    private fun openWithOwnStore(vararg locales: String): Pair<Lueur, WeakReference<MemorySecretStore>> {
        val store = MemorySecretStore()
        return open(*locales, secrets = store) to WeakReference(store)
    }

    @Test
    fun `closing frees the Rust object, which lets go of the app's secret store`() {
        val (lueur, store) = openWithOwnStore("fr")
        lueur.setLocale("nl")
        assertTrue(Files.exists(dataDir.resolve(SealedImage.FILE_NAME)), "a change is written at once")
        assertFalse(collected(store), "an open core keeps its store")
        lueur.close()
        assertTrue(lueur.uniffiIsDestroyed)
        assertTrue(collected(store), "the Rust object is still alive after close()")
    }

    @Test
    fun `a closed object refuses calls and closing twice is harmless`() {
        val lueur = open("de")
        lueur.use { it.locale() }
        assertThrows<IllegalStateException> { lueur.locale() }
        lueur.close()
    }

    @Test
    fun `many open and close cycles leave no file handle and no core behind`() {
        fun openFiles() = File("/proc/self/fd").list()?.size ?: 0
        repeat(5) { open("en").use { it.setLocale("fr") } }
        val before = openFiles()
        val stores = (1..200).map {
            val (lueur, store) = openWithOwnStore("en")
            lueur.use { it.setLocale(if (it.locale() == "fr") "nl" else "fr") }
            store
        }
        val after = openFiles()
        // A leaked folder lock would keep one file per cycle.
        assertTrue(after - before < 10, "open files grew from $before to $after")
        assertTrue(collected(stores.last()), "the last core outlived its close()")
        assertNull(stores.firstOrNull { it.get() != null }?.get(), "a core outlived its close()")
    }
}
