package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeFalse
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.nio.ByteBuffer
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

/** Each LueurException case, raised for real, carrying a sentence in the person's language. */
class ErrorMappingTest : LueurTest() {
    private fun assertLocalised(text: String) {
        assertTrue(text.isNotBlank() && !text.startsWith("error-"), "not a localised sentence: '$text'")
    }

    @Test
    fun `an unknown locale is Invalid for the field locale, in the current language`() {
        open("fr").use { lueur ->
            val french = assertThrows<LueurException.Invalid> { lueur.setLocale("xx") }
            assertEquals("locale", french.field)
            assertLocalised(french.text)
            assertEquals("fr", lueur.locale(), "a refused switch changes nothing")

            lueur.setLocale("en")
            val english = assertThrows<LueurException.Invalid> { lueur.setLocale("tlh") }
            assertLocalised(english.text)
            assertNotEquals(french.text, english.text)
        }
    }

    @Test
    fun `an unusable data folder still opens, and saving is a Storage error`() {
        val file = Files.writeString(dataDir.resolve("not-a-folder"), "x")
        open("de-BE", dir = file).use { lueur ->
            assertTrue(lueur.storageUnavailable())
            assertEquals("de", lueur.locale())
            assertTrue(lueur.contentInfo().locales.isNotEmpty(), "help stays reachable")
            val error = assertThrows<LueurException.Storage> { lueur.setLocale("fr") }
            assertLocalised(error.text)
        }
        open("de-BE").use { assertFalse(it.storageUnavailable()) }
    }

    @Test
    fun `a database from a newer app is a Storage error at open, in the phone's language`() {
        open("nl").use { it.setLocale("nl") }
        // The file is sealed under the device secret: open it as the core does, then
        // set the schema version SQLite keeps (user_version) big-endian at offset 60.
        val file = dataDir.resolve(SealedImage.FILE_NAME)
        val secret = storeFor().current()
        val image = SealedImage.open(Files.readAllBytes(file), secret)
        assertEquals("SQLite format 3", String(image, 0, 15, Charsets.US_ASCII))
        ByteBuffer.wrap(image, 60, 4).putInt(999)
        Files.write(file, SealedImage.seal(image, secret))
        val dutch = assertThrows<LueurException.Storage> { open("nl-BE") }
        val english = assertThrows<LueurException.Storage> { open("en") }
        assertLocalised(dutch.text)
        assertNotEquals(dutch.text, english.text)
    }

    @Test
    fun `a read-only data folder opens without storage`() {
        val locked = Files.createDirectory(dataDir.resolve("locked"))
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"))
        try {
            // root ignores permission bits; there the folder is writable after all.
            assumeFalse(Files.isWritable(locked), "running as root: permissions are not enforced")
            open("nl", dir = locked).use { lueur ->
                assertTrue(lueur.storageUnavailable())
                assertLocalised(assertThrows<LueurException.Storage> { lueur.setLocale("fr") }.text)
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"))
        }
    }

    @Test
    fun `a damaged data file is replaced and the app is told once`() {
        Files.write(dataDir.resolve(SealedImage.FILE_NAME), ByteArray(8192) { 0x42 })
        open("fr").use { assertTrue(it.recreatedAfterCorruption()) }
        open("fr").use { assertFalse(it.recreatedAfterCorruption()) }
    }

    @Test
    fun `a folder sealed under another device secret opens empty and says so`() {
        open("fr").use { lueur ->
            lueur.setLocale("nl")
            lueur.beginCode(CodeKind.UNLOCK, "246813", null)
            lueur.confirmCode(CodeKind.UNLOCK, "246813")
        }
        assertTrue(Files.exists(dataDir.resolve(SealedImage.FILE_NAME)))
        // A copy of the folder on another phone, or this one after the Keystore lost its key.
        val other = MemorySecretStore()
        open("fr", secrets = other).use { lueur ->
            assertTrue(lueur.recreatedAfterCorruption())
            assertTrue(other.reads.get() >= 1, "the core asked the store for its secret")
            assertEquals("fr", lueur.locale(), "the chosen language was not readable")
            assertFalse(lueur.codeIsSet(CodeKind.UNLOCK))
            lueur.setLocale("de")
        }
        open("fr", secrets = other).use { lueur ->
            assertFalse(lueur.recreatedAfterCorruption(), "told once")
            assertEquals("de", lueur.locale(), "the new data opens under the new secret")
        }
        // And the original secret no longer opens what the other one wrote.
        open("fr").use { assertTrue(it.recreatedAfterCorruption()) }
    }

    @Test
    fun `an unknown item is NotFound and a call out of turn is NotNow, both localised`() {
        open("nl").use { lueur ->
            val dutch = assertThrows<LueurException.NotFound> { lueur.article("bestaat-niet") }
            assertLocalised(dutch.text)
            assertLocalised(assertThrows<LueurException.NotFound> { lueur.contact("niemand") }.text)
            val notNow = assertThrows<LueurException.NotNow> { lueur.answerQuestion("danger-now", "no") }
            assertLocalised(notNow.text)
            lueur.setLocale("de")
            assertNotEquals(dutch.text, assertThrows<LueurException.NotFound> { lueur.article("bestaat-niet") }.text)
        }
    }

    @Test
    fun `an invalid report field is Invalid for that field, in the current language`() {
        open("fr").use { lueur ->
            lueur.setReportDraft(ReportDraft(whatHappened = "x", contact = ContactPreference.Email("pas une adresse", null)))
            val error = assertThrows<LueurException.Invalid> { lueur.sendReportDraft() }
            assertEquals("contact-email", error.field)
            assertLocalised(error.text)
            assertEquals(error.text, lueur.reportForm().fields.single { it.field == ReportField.CONTACT_EMAIL }.error)
        }
    }

    @Test
    fun `an exception is a LueurException whose message is the localised text`() {
        open("nl").use { lueur ->
            val error: LueurException = assertThrows<LueurException> { lueur.setLocale("") }
            val invalid = error as LueurException.Invalid
            assertTrue(error.message!!.contains(invalid.text))
        }
    }
}
