package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.nio.file.Files

/** Discreet mode from Kotlin: disguise, the calculator decoy and its codes, quick exit, the wipe. */
class DiscreetTest : LueurTest() {
    /** The keys a string stands for, as the decoy's buttons send them. */
    private fun keys(text: String): List<CalcKey> = text.map { c ->
        when (c) {
            in '0'..'9' -> CalcKey.Digit((c - '0').toUByte())
            '+' -> CalcKey.Operator(CalcOperator.ADD)
            '-' -> CalcKey.Operator(CalcOperator.SUBTRACT)
            '*' -> CalcKey.Operator(CalcOperator.MULTIPLY)
            '/' -> CalcKey.Operator(CalcOperator.DIVIDE)
            '.' -> CalcKey.Decimal
            '%' -> CalcKey.Percent
            'n' -> CalcKey.Negate
            'c' -> CalcKey.Clear
            'a' -> CalcKey.AllClear
            '=' -> CalcKey.Equals
            else -> error("no key for '$c'")
        }
    }

    private fun press(lueur: Lueur, text: String): CalcOutcome =
        keys(text).map { lueur.pressCalculatorKey(it) }.last()

    private fun display(outcome: CalcOutcome) = (outcome as? CalcOutcome.Show)?.view?.display
        ?: error("expected the calculator, got $outcome")

    /** Sets a code; once an unlock code exists, [current] is that code. */
    private fun setCode(lueur: Lueur, kind: CodeKind, code: String, current: String? = null) {
        lueur.beginCode(kind, code, current)
        lueur.confirmCode(kind, code)
    }

    @Test
    fun `the calculator disguise needs an unlock code, then opens only with it`() {
        open("en").use { lueur ->
            assertEquals(Disguise.OFF, lueur.disguise())
            assertEquals(LauncherIdentity.LUEUR, lueur.launcherIdentity())
            assertEquals(StartScreen.HOME, lueur.startScreen())
            val needsCode = assertThrows<LueurException.Invalid> { lueur.setDisguise(Disguise.CALCULATOR) }
            assertEquals("disguise", needsCode.field)

            setCode(lueur, CodeKind.UNLOCK, "246824")
            assertTrue(lueur.codeIsSet(CodeKind.UNLOCK))
            assertEquals(LauncherIdentity.CALCULATOR, lueur.setDisguise(Disguise.CALCULATOR))
            assertEquals(LauncherIdentity.CALCULATOR, lueur.launcherIdentity())
        }
        // The next start opens on the decoy.
        open("en").use { lueur ->
            assertEquals(StartScreen.DECOY, lueur.startScreen())
            val calculator = lueur.calculator()
            assertEquals("0", calculator.display)
            assertEquals(5, calculator.rows.size)
            assertTrue(calculator.rows.flatMap { it.keys }.all { it.label.isNotBlank() && it.description.isNotBlank() })

            // It calculates, a wrong code included, and never says more.
            assertEquals("5", display(press(lueur, "2+3=")))
            assertEquals("135713", display(press(lueur, "a135713=")))
            assertEquals(StartScreen.DECOY, lueur.startScreen())

            val opened = press(lueur, "a246824=")
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), opened)
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertFalse(lueur.userDataHidden())
            assertEquals("0", lueur.calculator().display, "the code does not stay on the display")
        }
    }

    @Test
    fun `codes are checked for form, confirmation and clashes, with localised reasons`() {
        open("fr").use { lueur ->
            for (bad in listOf("12", "1234", "123456789", "12a4", "")) {
                val error = assertThrows<LueurException.Invalid> { lueur.beginCode(CodeKind.UNLOCK, bad, null) }
                assertEquals("code", error.field)
                assertFalse(error.text.startsWith("error-"), error.text)
            }
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.UNLOCK, "123456") }
            assertThrows<LueurException.Invalid> { lueur.beginCode(CodeKind.DURESS, "999999", null) }
            lueur.beginCode(CodeKind.UNLOCK, "123456", null)
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.UNLOCK, "654321") }
            assertFalse(lueur.codeIsSet(CodeKind.UNLOCK))

            setCode(lueur, CodeKind.UNLOCK, "123456")
            lueur.beginCode(CodeKind.DURESS, "123456", "123456")
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.DURESS, "123456") }
            setCode(lueur, CodeKind.DURESS, "987654", "123456")

            val settings = lueur.discreetSettings()
            assertTrue(settings.unlockCodeSet && settings.duressCodeSet && !settings.duressWipes)
            assertEquals(Disguise.OFF, settings.disguise)
            assertEquals(listOf(Disguise.OFF, Disguise.CALCULATOR), settings.disguiseOptions.map { it.disguise })
            assertTrue(settings.limits.any { it.onlyOn == Platform.IOS } && settings.limits.any { it.onlyOn == null })
            assertTrue(settings.guessDelayNote.any { it.isDigit() })
            lueur.setDuressWipes(true)
            assertTrue(lueur.discreetSettings().duressWipes)

            lueur.setDisguise(Disguise.CALCULATOR)
            assertThrows<LueurException.Invalid> { lueur.removeCode(CodeKind.UNLOCK, "123456") }
            lueur.setDisguise(Disguise.OFF)
            lueur.removeCode(CodeKind.UNLOCK, "123456")
            assertFalse(lueur.codeIsSet(CodeKind.UNLOCK))
            assertFalse(lueur.codeIsSet(CodeKind.DURESS), "the duress code goes with the unlock code")
        }
    }

    @Test
    fun `the duress code opens an empty Lueur and hides stored data`() {
        open("nl").use { lueur ->
            setCode(lueur, CodeKind.UNLOCK, "246824")
            setCode(lueur, CodeKind.DURESS, "135713", "246824")
            lueur.setDisguise(Disguise.CALCULATOR)
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(ReportDraft(whatHappened = "Een melding.", contact = ContactPreference.NoContact))
            lueur.sendReportDraft()
            walkToKeptAnswers(lueur)
        }
        open("nl").use { lueur ->
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "135713="))
            assertTrue(lueur.userDataHidden())
            assertTrue(lueur.outbox().items.isEmpty(), "the outbox looks empty")
            assertFalse(lueur.hasKeptAnswers(Perspective.ME), "no kept answers either")
            assertThrows<LueurException.NotFound> { lueur.resumeKeptAnswers(Perspective.ME) }
            assertEquals(StartScreen.HOME, lueur.startScreen())
            // Quick exit ends the duress session; only the real code opens what is stored.
            lueur.quickExit()
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "246824="))
            assertFalse(lueur.userDataHidden())
            assertEquals(1, lueur.outbox().items.size)
            assertTrue(lueur.hasKeptAnswers(Perspective.ME))
        }
    }

    @Test
    fun `a duress code that wipes erases everything, keeps the disguise and becomes the only code`() {
        open("de").use { lueur ->
            setCode(lueur, CodeKind.UNLOCK, "246824")
            setCode(lueur, CodeKind.DURESS, "135713", "246824")
            lueur.setDuressWipes(true)
            lueur.setDisguise(Disguise.CALCULATOR)
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "135713="))
            // The phone still looks as it did: a calculator, whose only code is the one just typed.
            assertEquals(Disguise.CALCULATOR, lueur.disguise())
            assertFalse(lueur.codeIsSet(CodeKind.DURESS))
            lueur.quickExit()
            assertTrue(press(lueur, "246824=") is CalcOutcome.Show, "the old unlock code opens nothing")
            assertTrue(press(lueur, "135713=") is CalcOutcome.Open)
        }
    }

    @Test
    fun `quick exit drops every trace in memory and says what to show`() {
        open("fr").use { lueur ->
            lueur.search("travail")
            lueur.startChecklist(Perspective.ME)
            lueur.setReportDraft(ReportDraft(whatHappened = "brouillon", contact = ContactPreference.NoContact))
            press(lueur, "12+")
            assertEquals(QuickExitAction.LEAVE_APP, lueur.quickExit())
            assertEquals("", lueur.lastSearch().query)
            assertThrows<LueurException.NotNow> { lueur.checklist() }
            assertEquals("", lueur.reportDraft().whatHappened)
            assertEquals("0", lueur.calculator().display)

            setCode(lueur, CodeKind.UNLOCK, "246824")
            lueur.setDisguise(Disguise.CALCULATOR)
            press(lueur, "246824=")
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertEquals(QuickExitAction.SHOW_DECOY, lueur.quickExit())
            assertEquals(StartScreen.DECOY, lueur.startScreen(), "quick exit locks the disguise again")
        }
    }

    @Test
    fun `the wipe warns about unsent reports, then leaves a fresh install`() {
        open("fr-BE").use { lueur ->
            lueur.setLocale("nl")
            setCode(lueur, CodeKind.UNLOCK, "246824")
            lueur.setDisguise(Disguise.CALCULATOR)
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(ReportDraft(whatHappened = "Niet verzonden.", contact = ContactPreference.NoContact))
            lueur.sendReportDraft()
            walkToKeptAnswers(lueur)

            val warning = lueur.wipeWarning()
            assertEquals(1u, warning.unsentReports)
            assertNotNull(warning.unsentText)
            assertTrue(warning.confirmLabel.isNotBlank() && warning.cancelLabel.isNotBlank())

            val done = lueur.wipe()
            assertEquals(LauncherIdentity.LUEUR, done.launcher)
            assertTrue(done.message.isNotBlank())
            for (name in listOf("data.db", "data.db-wal", "data.db-shm")) {
                assertFalse(Files.exists(dataDir.resolve(name)), "$name survived the wipe")
            }
            assertEquals("fr", lueur.locale(), "back to the phone's language")
            assertEquals(Disguise.OFF, lueur.disguise())
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertFalse(lueur.codeIsSet(CodeKind.UNLOCK))
            assertFalse(lueur.hasKeptAnswers(Perspective.ME))
            assertTrue(lueur.outbox().items.isEmpty())
            assertNull(lueur.wipeWarning().unsentText)
        }
        open("de").use { assertEquals("de", it.locale(), "the language choice was wiped too") }
    }

    private fun walkToKeptAnswers(lueur: Lueur) {
        lueur.startChecklist(Perspective.ME)
        lueur.answerQuestion("danger-now", "no")
        lueur.keepChecklistAnswers()
        assertTrue(lueur.hasKeptAnswers(Perspective.ME))
    }
}
