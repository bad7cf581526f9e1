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
    fun `closing frees the Rust object, and what it stored is sealed on disk`() {
        val lueur = open("fr")
        lueur.setLocale("nl")
        // The user database lives in memory and is written sealed to one file, "data"
        // (core/src/userdb), with no SQLite log beside it.
        assertTrue(Files.exists(dataDir.resolve("data")), "the sealed user database")
        assertFalse(Files.exists(dataDir.resolve("data.db-wal")), "no plain SQLite log on disk")
        lueur.close()
        assertTrue(lueur.uniffiIsDestroyed)
        open("fr").use { assertTrue(it.locale() == "nl", "the choice was on disk when the object closed") }
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
