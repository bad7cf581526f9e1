package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.File
import java.nio.file.Files

/** Closing frees the Rust side for real, and repeated use leaks nothing. */
class LifecycleTest : LueurTest() {
    @Test
    fun `closing frees the Rust object, which closes the database`() {
        val wal = dataDir.resolve("data.db-wal")
        val lueur = open("fr")
        lueur.setLocale("nl")
        assertTrue(Files.exists(wal), "an open database keeps its write-ahead log")
        lueur.close()
        assertTrue(lueur.uniffiIsDestroyed)
        // SQLite folds the log back and deletes it when the last connection closes,
        // which happens only when the Rust object is dropped.
        assertFalse(Files.exists(wal), "the Rust object is still alive after close()")
    }

    @Test
    fun `a closed object refuses calls and closing twice is harmless`() {
        val lueur = open("de")
        lueur.use { it.locale() }
        assertThrows<IllegalStateException> { lueur.locale() }
        lueur.close()
    }

    @Test
    fun `many open and close cycles leave no file handle behind`() {
        fun openFiles() = File("/proc/self/fd").list()?.size ?: 0
        repeat(5) { open("en").use { it.setLocale("fr") } }
        val before = openFiles()
        repeat(200) { open("en").use { it.setLocale(if (it.locale() == "fr") "nl" else "fr") } }
        val after = openFiles()
        // Each leaked object would keep three files (database, log, shared memory).
        assertTrue(after - before < 10, "open files grew from $before to $after")
    }
}
