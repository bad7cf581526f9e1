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

    /** Sets a code; [current] is the unlock code already set, which every change needs. */
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

            setCode(lueur, CodeKind.UNLOCK, "246813")
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
            assertEquals("135792", display(press(lueur, "a135792=")))
            assertEquals(StartScreen.DECOY, lueur.startScreen())

            val opened = press(lueur, "a246813=")
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), opened)
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertFalse(lueur.userDataHidden())
            assertEquals("0", lueur.calculator().display, "the code does not stay on the display")
        }
    }

    @Test
    fun `codes are checked for form, confirmation and clashes, with localised reasons`() {
        open("fr").use { lueur ->
            for (bad in listOf("12", "1234", "12345", "123456789", "12a456", "")) {
                val error = assertThrows<LueurException.Invalid> { lueur.beginCode(CodeKind.UNLOCK, bad, null) }
                assertEquals("code", error.field)
                assertFalse(error.text.startsWith("error-"), error.text)
            }
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.UNLOCK, "123456") }
            assertThrows<LueurException.Invalid> { lueur.beginCode(CodeKind.DURESS, "999999", null) }
            lueur.beginCode(CodeKind.UNLOCK, "123456", null)
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.UNLOCK, "654321") }
            assertFalse(lueur.codeIsSet(CodeKind.UNLOCK))

            setCode(lueur, CodeKind.UNLOCK, "12345678")
            // From now on every change needs the current unlock code.
            for (current in listOf(null, "", "87654321")) {
                val wrong = assertThrows<LueurException.Invalid> { lueur.beginCode(CodeKind.DURESS, "987654", current) }
                assertEquals("current_code", wrong.field)
                assertFalse(wrong.text.startsWith("error-"), wrong.text)
            }
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.DURESS, "987654") }
            assertFalse(lueur.codeIsSet(CodeKind.DURESS))
            lueur.beginCode(CodeKind.DURESS, "12345678", "12345678")
            assertThrows<LueurException.Invalid> { lueur.confirmCode(CodeKind.DURESS, "12345678") }
            setCode(lueur, CodeKind.DURESS, "987654", current = "12345678")

            val settings = lueur.discreetSettings()
            assertTrue(settings.unlockCodeSet && settings.duressCodeSet && !settings.duressWipes)
            assertEquals(Disguise.OFF, settings.disguise)
            assertEquals(listOf(Disguise.OFF, Disguise.CALCULATOR), settings.disguiseOptions.map { it.disguise })
            assertTrue(settings.limits.any { it.onlyOn == Platform.IOS } && settings.limits.any { it.onlyOn == null })
            assertTrue(settings.guessDelayNote.any { it.isDigit() })
            lueur.setDuressWipes(true)
            assertTrue(lueur.discreetSettings().duressWipes)

            lueur.setDisguise(Disguise.CALCULATOR)
            assertThrows<LueurException.Invalid> { lueur.removeCode(CodeKind.UNLOCK, "12345678") }
            lueur.setDisguise(Disguise.OFF)
            assertEquals("current_code", assertThrows<LueurException.Invalid> { lueur.removeCode(CodeKind.UNLOCK, "987654") }.field)
            assertTrue(lueur.codeIsSet(CodeKind.UNLOCK), "a wrong current code removes nothing")
            lueur.removeCode(CodeKind.UNLOCK, "12345678")
            assertFalse(lueur.codeIsSet(CodeKind.UNLOCK))
            assertFalse(lueur.codeIsSet(CodeKind.DURESS), "the duress code goes with the unlock code")
        }
    }

    @Test
    fun `the duress code opens an empty Lueur and hides stored data`() {
        open("nl").use { lueur ->
            setCode(lueur, CodeKind.UNLOCK, UNLOCK)
            setCode(lueur, CodeKind.DURESS, DURESS, current = UNLOCK)
            lueur.setDisguise(Disguise.CALCULATOR)
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(ReportDraft(whatHappened = "Een melding.", contact = ContactPreference.NoContact))
            lueur.sendReportDraft()
            walkToKeptAnswers(lueur)
        }
        open("nl").use { lueur ->
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "$DURESS="))
            assertTrue(lueur.userDataHidden())
            assertTrue(lueur.outbox().items.isEmpty(), "the outbox looks empty")
            assertFalse(lueur.hasKeptAnswers(Perspective.ME), "no kept answers either")
            assertThrows<LueurException.NotFound> { lueur.resumeKeptAnswers(Perspective.ME) }
            assertEquals(StartScreen.HOME, lueur.startScreen())
            // Quick exit ends the duress session; the unlock code opens the stored data.
            assertEquals(QuickExitAction.SHOW_DECOY, lueur.quickExit())
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "$UNLOCK="))
            assertFalse(lueur.userDataHidden())
            assertEquals(1, lueur.outbox().items.size)
            assertTrue(lueur.hasKeptAnswers(Perspective.ME))
        }
    }

    /** Issue 12, F3: the erasing emergency code keeps the disguise and becomes the only code. */
    @Test
    fun `a duress code that wipes erases everything but keeps the disguise, its code the only one`() {
        open("de").use { lueur ->
            setCode(lueur, CodeKind.UNLOCK, UNLOCK)
            setCode(lueur, CodeKind.DURESS, DURESS, current = UNLOCK)
            lueur.setDuressWipes(true)
            lueur.setDisguise(Disguise.CALCULATOR)
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(ReportDraft(whatHappened = "Nicht gesendet.", contact = ContactPreference.NoContact))
            lueur.sendReportDraft()
            walkToKeptAnswers(lueur)
            lueur.quickExit()
            val store = storeFor()
            assertEquals(0, store.renewals.get())

            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "$DURESS="))
            assertEquals(1, store.renewals.get(), "the erase renews the device secret once")
            // Nothing on the launcher or on screen changed for whoever is watching.
            assertEquals(Disguise.CALCULATOR, lueur.disguise())
            assertEquals(LauncherIdentity.CALCULATOR, lueur.launcherIdentity())
            assertEquals("de", lueur.locale())
            // But the data is gone for real, not hidden.
            assertTrue(lueur.outbox().items.isEmpty())
            assertFalse(lueur.hasKeptAnswers(Perspective.ME))
            assertTrue(lueur.codeIsSet(CodeKind.UNLOCK))
            assertFalse(lueur.codeIsSet(CodeKind.DURESS))
        }
        // At the next start: still the calculator; the old unlock code is a sum, the code typed opens.
        open("de").use { lueur ->
            assertFalse(lueur.recreatedAfterCorruption(), "written again under the renewed secret")
            assertEquals(StartScreen.DECOY, lueur.startScreen())
            assertEquals(UNLOCK, display(press(lueur, "$UNLOCK=")))
            assertEquals(StartScreen.DECOY, lueur.startScreen())
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "a$DURESS="))
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertFalse(lueur.userDataHidden(), "after the erase it is the only real code")
            assertTrue(lueur.outbox().items.isEmpty())
        }
    }

    /** Issue 12, F1: a new unlock code set inside a duress session never reaches the stored data. */
    @Test
    fun `a new unlock code set in a duress session opens only the empty copy`() {
        open("nl").use { lueur ->
            storeReportAndAnswersBehindCodes(lueur)
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "$DURESS="))
            assertTrue(lueur.userDataHidden())
            // Whoever forced the emergency code now sets a code of their own: the code
            // that opened the session is the current one, and it is accepted.
            setCode(lueur, CodeKind.UNLOCK, "777777", current = DURESS)
            assertTrue(lueur.codeIsSet(CodeKind.UNLOCK))
            assertEquals(QuickExitAction.SHOW_DECOY, lueur.quickExit())
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "777777="))
            assertTrue(lueur.outbox().items.isEmpty(), "the stored outbox showed through the new code")
            assertFalse(lueur.hasKeptAnswers(Perspective.ME), "the kept answers showed through the new code")
        }
        // Not after a restart either; the person's own code still opens their data.
        open("nl").use { lueur ->
            // The duress copy lives in memory for one run of the app: its code is now a sum.
            assertEquals("777777", display(press(lueur, "777777=")))
            assertEquals(StartScreen.DECOY, lueur.startScreen())
            assertEquals(CalcOutcome.Open(LauncherIdentity.CALCULATOR), press(lueur, "a$UNLOCK="))
            assertFalse(lueur.userDataHidden())
            assertEquals(1, lueur.outbox().items.size)
            assertTrue(lueur.hasKeptAnswers(Perspective.ME))
        }
    }

    /** Issue 12, F2: the duress session's settings and wipe warning look like a plain install's. */
    @Test
    fun `a duress session shows no emergency code and nothing unsent`() {
        open("fr").use { lueur ->
            storeReportAndAnswersBehindCodes(lueur)
            assertTrue(lueur.discreetSettings().duressCodeSet)
            assertEquals(1u, lueur.wipeWarning().unsentReports)
            lueur.quickExit()

            press(lueur, "$DURESS=")
            assertTrue(lueur.userDataHidden())
            val settings = lueur.discreetSettings()
            assertFalse(settings.duressCodeSet, "the settings give the emergency code away")
            assertFalse(settings.duressWipes)
            assertTrue(settings.unlockCodeSet, "the code just typed looks like the unlock code")
            assertEquals(Disguise.CALCULATOR, settings.disguise)
            assertFalse(lueur.codeIsSet(CodeKind.DURESS))
            val warning = lueur.wipeWarning()
            assertEquals(0u, warning.unsentReports)
            assertNull(warning.unsentText)
        }
    }

    /** Issue 12, F16: a code lock without the calculator. */
    @Test
    fun `the code lock asks for the unlock code at every start, without the disguise`() {
        open("en").use { lueur ->
            assertEquals("code_lock", assertThrows<LueurException.Invalid> { lueur.setCodeLock(true, UNLOCK) }.field)
            setCode(lueur, CodeKind.UNLOCK, UNLOCK)
            setCode(lueur, CodeKind.DURESS, DURESS, current = UNLOCK)
            assertEquals("current_code", assertThrows<LueurException.Invalid> { lueur.setCodeLock(true, "000000") }.field)
            assertFalse(lueur.discreetSettings().codeLock)
            lueur.setCodeLock(true, UNLOCK)
            val settings = lueur.discreetSettings()
            assertTrue(settings.codeLock)
            for (text in listOf(settings.codeLockLabel, settings.codeLockExplanation, settings.currentCodePrompt)) {
                assertTrue(text.isNotBlank() && !text.startsWith("discreet-"), text)
            }
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(ReportDraft(whatHappened = "Locked away.", contact = ContactPreference.NoContact))
            lueur.sendReportDraft()
        }
        open("en").use { lueur ->
            assertEquals(StartScreen.LOCKED, lueur.startScreen())
            assertEquals(Disguise.OFF, lueur.disguise())
            assertEquals(LauncherIdentity.LUEUR, lueur.launcherIdentity(), "no disguise on the launcher")
            val view = lueur.codeLockView()
            assertTrue(view.title.isNotBlank() && view.prompt.isNotBlank() && view.unlockLabel.isNotBlank())
            assertNull(view.error)

            for (wrong in listOf("000000", "12", "")) {
                val refused = lueur.enterLockCode(wrong) as? LockOutcome.Refused ?: error("$wrong opened the lock")
                assertNotNull(refused.view.error)
                assertEquals(view.title, refused.view.title)
            }
            assertEquals(StartScreen.LOCKED, lueur.startScreen())
            assertEquals(LockOutcome.Open(LauncherIdentity.LUEUR), lueur.enterLockCode(UNLOCK))
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertEquals(1, lueur.outbox().items.size)
            assertEquals(QuickExitAction.LEAVE_APP, lueur.quickExit())
            assertEquals(StartScreen.LOCKED, lueur.startScreen(), "quick exit locks again")
            // The emergency code works on the lock too, and opens the empty copy.
            assertEquals(LockOutcome.Open(LauncherIdentity.LUEUR), lueur.enterLockCode(DURESS))
            assertTrue(lueur.userDataHidden())
            assertTrue(lueur.outbox().items.isEmpty())
        }
        open("en").use { lueur ->
            assertEquals(LockOutcome.Open(LauncherIdentity.LUEUR), lueur.enterLockCode(UNLOCK))
            lueur.setCodeLock(false, UNLOCK)
            assertFalse(lueur.discreetSettings().codeLock)
        }
        open("en").use { assertEquals(StartScreen.HOME, it.startScreen()) }
    }

    /**
     * Issue 12, F5: re-lock after time in the background. The core reads the boot clock
     * itself, so a JVM test cannot make 30 s pass cheaply; locking after more than the
     * grace period is covered in Rust (core/tests/discreet_codes.rs, manual clock). Here:
     * both calls cross the FFI, and coming back at once keeps the screen and the work.
     */
    @Test
    fun `coming back within the grace period keeps home open, and the calls cross the FFI`() {
        open("fr").use { lueur ->
            setCode(lueur, CodeKind.UNLOCK, UNLOCK)
            lueur.setCodeLock(true, UNLOCK)
        }
        open("fr").use { lueur ->
            lueur.appBackgrounded()
            assertEquals(StartScreen.LOCKED, lueur.appForegrounded(), "never opens by itself")
            assertEquals(LockOutcome.Open(LauncherIdentity.LUEUR), lueur.enterLockCode(UNLOCK))
            lueur.setReportDraft(ReportDraft(whatHappened = "en cours", contact = ContactPreference.NoContact))
            lueur.appBackgrounded()
            assertEquals(StartScreen.HOME, lueur.appForegrounded())
            assertEquals("en cours", lueur.reportDraft().whatHappened, "the work is still there")
            // Foregrounded without a background first (a shell's first onStart): no change.
            assertEquals(StartScreen.HOME, lueur.appForegrounded())
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

            setCode(lueur, CodeKind.UNLOCK, UNLOCK)
            lueur.setDisguise(Disguise.CALCULATOR)
            press(lueur, "$UNLOCK=")
            assertEquals(StartScreen.HOME, lueur.startScreen())
            assertEquals(QuickExitAction.SHOW_DECOY, lueur.quickExit())
            assertEquals(StartScreen.DECOY, lueur.startScreen(), "quick exit locks the disguise again")
        }
    }

    @Test
    fun `the wipe warns about unsent reports, then leaves a fresh install`() {
        open("fr-BE").use { lueur ->
            lueur.setLocale("nl")
            setCode(lueur, CodeKind.UNLOCK, UNLOCK)
            lueur.setDisguise(Disguise.CALCULATOR)
            lueur.setDeploymentEndpoint("http://127.0.0.1:9")
            lueur.setReportDraft(ReportDraft(whatHappened = "Niet verzonden.", contact = ContactPreference.NoContact))
            lueur.sendReportDraft()
            walkToKeptAnswers(lueur)

            val warning = lueur.wipeWarning()
            assertEquals(1u, warning.unsentReports)
            assertNotNull(warning.unsentText)
            assertTrue(warning.confirmLabel.isNotBlank() && warning.cancelLabel.isNotBlank())

            val store = storeFor()
            val sealedUnder = store.current()
            assertTrue(Files.exists(dataDir.resolve(SealedImage.FILE_NAME)))
            assertEquals(0, store.renewals.get())
            val done = lueur.wipe()
            assertEquals(LauncherIdentity.LUEUR, done.launcher)
            assertTrue(done.message.isNotBlank())
            assertEquals(1, store.renewals.get(), "the wipe renews the device secret exactly once")
            assertFalse(sealedUnder.contentEquals(store.current()))
            for (name in listOf(SealedImage.FILE_NAME, "data.new", "data.db", "data.db-wal", "data.db-shm")) {
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

    /** Codes, the disguise, an unsent report and kept answers: what the person stored. */
    private fun storeReportAndAnswersBehindCodes(lueur: Lueur) {
        setCode(lueur, CodeKind.UNLOCK, UNLOCK)
        setCode(lueur, CodeKind.DURESS, DURESS, current = UNLOCK)
        lueur.setDisguise(Disguise.CALCULATOR)
        lueur.setDeploymentEndpoint("http://127.0.0.1:9")
        lueur.setReportDraft(ReportDraft(whatHappened = "Een melding.", contact = ContactPreference.NoContact))
        lueur.sendReportDraft()
        walkToKeptAnswers(lueur)
        assertEquals(QuickExitAction.SHOW_DECOY, lueur.quickExit())
    }

    private fun walkToKeptAnswers(lueur: Lueur) {
        lueur.startChecklist(Perspective.ME)
        lueur.answerQuestion("danger-now", "no")
        lueur.keepChecklistAnswers()
        assertTrue(lueur.hasKeptAnswers(Perspective.ME))
    }

    private companion object {
        const val UNLOCK = "246813"
        const val DURESS = "135792"
    }
}
