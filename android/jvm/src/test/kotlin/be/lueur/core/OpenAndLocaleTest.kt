package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** Opening, language negotiation and switching, and the facts about the content. */
class OpenAndLocaleTest : LueurTest() {
    @Test
    fun `the first bundled preference wins`() {
        open("nl-BE", "fr-BE").use { assertEquals("nl", it.locale()) }
        open("de-BE").use { assertEquals("de", it.locale()) }
    }

    @Test
    fun `unbundled preferences fall back to English`() {
        open("ja-JP", "ko").use { assertEquals("en", it.locale()) }
        open().use { assertEquals("en", it.locale()) }
    }

    @Test
    fun `a phone's tags reach the essentials packs, aliases included`() {
        open("ar-MA", "ro").use { assertEquals("ar", it.locale()) }
        open("fa-AF").use { assertEquals("prs", it.locale()) }
        open("zh-CN").use { assertEquals("zh-Hans", it.locale()) }
    }

    @Test
    fun `a chosen language wins over the phone's at the next start`() {
        open("fr-BE").use { it.setLocale("nl") }
        open("fr-BE").use { assertEquals("nl", it.locale()) }
    }

    @Test
    fun `content info lists the four bundled languages`() {
        open("en").use { lueur ->
            val info = lueur.contentInfo()
            assertEquals(lueur.availableLocales(), info.locales)
            assertTrue(info.locales.containsAll(listOf("fr", "nl", "de", "en")), info.locales.toString())
            assertTrue(info.version.isNotEmpty() && info.hash.startsWith(info.version), info.toString())
            assertTrue(Regex("""\d{4}-\d{2}-\d{2}""").matches(info.date), info.date)
        }
    }

    @Test
    fun `one object serves many threads`() {
        open("en").use { lueur ->
            val pool = Executors.newFixedThreadPool(4)
            val jobs = listOf("fr", "nl", "de", "en").map { locale ->
                pool.submit {
                    repeat(50) {
                        lueur.setLocale(locale)
                        assertTrue(lueur.locale() in lueur.availableLocales())
                    }
                }
            }
            jobs.forEach { it.get(30, TimeUnit.SECONDS) }
            pool.shutdown()
        }
    }
}
