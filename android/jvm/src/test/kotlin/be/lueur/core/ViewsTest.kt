package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The browsing screens: one call per screen, every string already in the person's language. */
class ViewsTest : LueurTest() {
    private fun localised(text: String) =
        assertTrue(text.isNotBlank() && !text.startsWith("error-") && !text.contains("{"), "not a sentence: '$text'")

    @Test
    fun `home puts the emergency calls first and leads to every feature`() {
        open("fr-BE").use { lueur ->
            val home = lueur.home()
            localised(home.title)
            val numbers = home.danger.actions.map { (it.action as Action.Call).number }
            assertEquals("112", numbers.first(), numbers.toString())
            assertTrue(home.danger.actions.all { it.label.isNotBlank() })
            val destinations = (home.primary + home.more).map { it.destination }
            for (wanted in listOf(
                Destination.HelpNow, Destination.CheckMe, Destination.CheckOther, Destination.Learn,
                Destination.Contacts, Destination.Report, Destination.Search, Destination.Outbox,
                Destination.Calculator, Destination.Settings,
            )) {
                assertTrue(wanted in destinations, "$wanted missing from $destinations")
            }
            assertTrue(home.primary.all { it.hint != null })
            assertTrue(home.notices.isEmpty())

            lueur.setLocale("nl")
            assertNotEquals(home.intro, lueur.home().intro, "the view follows the language")
        }
    }

    @Test
    fun `a fresh data file after damage shows a notice on home and in settings`() {
        java.nio.file.Files.write(dataDir.resolve(SealedImage.FILE_NAME), ByteArray(8192) { 0x42 })
        open("en").use { lueur ->
            val notice = lueur.home().notices.single()
            assertEquals(NoticeLevel.WARNING, notice.level)
            localised(notice.text)
            assertEquals(listOf(notice), lueur.settings().notices)
        }
    }

    @Test
    fun `articles list and open as native blocks, an unknown id is NotFound`() {
        open("en").use { lueur ->
            val list = lueur.articles()
            localised(list.title)
            assertTrue(list.articles.isNotEmpty())
            val item = list.articles.first()
            assertEquals(Destination.Article(item.id), item.destination)
            val article = lueur.article(item.id)
            assertEquals(item.title, article.title)
            assertTrue(article.blocks.any { it is Block.Paragraph }, article.blocks.toString())
            val text = article.blocks.flatMap {
                when (it) {
                    is Block.Heading -> it.spans
                    is Block.Paragraph -> it.spans
                    is Block.ListItem -> it.spans
                }
            }
            assertTrue(text.all { it.text.isNotEmpty() })
            localised(article.reviewed)
            assertTrue(article.sources.isNotEmpty(), "every article cites its sources")

            val missing = assertThrows<LueurException.NotFound> { lueur.article("no-such-article") }
            localised(missing.text)
        }
    }

    @Test
    fun `contacts filter by place in any language, with the nationwide services apart`() {
        open("fr").use { lueur ->
            val all = lueur.contacts(ContactFilter())
            assertNull(all.filteredBy)
            assertTrue(all.contacts.isNotEmpty() && all.nationwide.isEmpty())
            assertTrue(all.options.places.isNotEmpty() && all.options.kinds.isNotEmpty())

            val liege = lueur.contacts(ContactFilter(city = "LIEGE"))
            assertNotNull(liege.filteredBy)
            assertNotNull(liege.nationwideTitle)
            assertTrue(liege.contacts.size + liege.nationwide.size <= all.contacts.size)
            assertTrue(liege.contacts.isNotEmpty() || liege.emptyMessage != null)

            val kind = all.options.kinds.first()
            val byKind = lueur.contacts(ContactFilter(kind = kind.value))
            assertTrue(byKind.contacts.isNotEmpty())
            assertTrue(byKind.options.kinds.single { it.value == kind.value }.selected)

            val nowhere = lueur.contacts(ContactFilter(city = "Zzyzx"))
            assertTrue(nowhere.contacts.isEmpty())
            localised(nowhere.emptyMessage!!)
        }
    }

    @Test
    fun `a contact has typed actions, an unknown one is NotFound`() {
        open("nl").use { lueur ->
            val item = lueur.contacts(ContactFilter()).contacts.first { it.primaryAction != null }
            val contact = lueur.contact(item.id)
            assertEquals(item.name, contact.name)
            assertTrue(contact.actions.isNotEmpty())
            for (action in contact.actions) {
                localised(action.label)
                // What the action leaves in the phone's own apps, shown next to the button (F12).
                localised(action.historyNote)
                when (val a = action.action) {
                    is Action.Call -> assertTrue(a.number.all { it.isDigit() || it == '+' }, a.number)
                    is Action.Sms -> assertTrue(a.number.isNotEmpty())
                    is Action.Email -> assertTrue('@' in a.address)
                    is Action.Website -> assertTrue(a.url.startsWith("https://"), a.url)
                    is Action.Map -> assertTrue(a.query.isNotBlank())
                }
            }
            localised(contact.languages)
            localised(assertThrows<LueurException.NotFound> { lueur.contact("nobody") }.text)
        }
    }

    @Test
    fun `search highlights matches and remembers the query in memory only`() {
        open("fr").use { lueur ->
            val empty = lueur.lastSearch()
            assertEquals("", empty.query)
            assertNotNull(empty.hint)

            val view = lueur.search("travail")
            assertTrue(view.results.isNotEmpty())
            localised(view.countLabel!!)
            val first = view.results.first()
            assertTrue((first.title + first.snippet).any { it.highlight }, first.toString())
            assertTrue(first.destination is Destination.Article || first.destination is Destination.Contact)

            assertEquals("travail", lueur.lastSearch().query)
            val nothing = lueur.search("qwxzvk")
            assertTrue(nothing.results.isEmpty())
            localised(nothing.emptyMessage!!)
            // Any text is accepted, FTS syntax included.
            lueur.search("\"AND (* NEAR")
        }
        open("fr").use { assertEquals("", it.lastSearch().query, "a search never reaches the disk") }
    }

    @Test
    fun `settings offer the four full languages first, then the packs, named in themselves`() {
        open("de-BE").use { lueur ->
            val settings = lueur.settings()
            val codes = settings.language.choices.map { it.code }
            assertEquals(listOf("fr", "nl", "de", "en"), codes.take(4))
            assertEquals(24, codes.size)
            assertTrue("ar" in codes && "prs" in codes && "zh-Hans" in codes, codes.toString())
            assertEquals("de", settings.language.choices.single { it.selected }.code)
            assertEquals("Français", settings.language.choices.first().name)
            assertEquals(3, settings.about.facts.size)
            assertTrue(settings.about.facts.any { it.value == lueur.contentInfo().version })
            assertFalse(settings.notices.isNotEmpty())
        }
    }
}
