package be.lueur.core

import be.lueur.contract.*
import be.lueur.ffi.*
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import java.io.File
import java.util.concurrent.TimeUnit

/**
 * The median time of one call made from Kotlin through the bindings, next to the same
 * call made from Rust (bindings/examples/call_timing.rs) in the same run, so the cost of
 * crossing the FFI is visible. `home` is the measured call (one call per screen, the
 * first screen drawn); `locale` (a short string, almost no work) shows the bare cost of
 * a crossing. Prints figures only; it asserts no budget, since shared CI machines are noisy.
 */
class CallTimingTest : LueurTest() {
    private val iterations = System.getProperty("lueur.timingIterations")?.toInt() ?: 5_000

    private val calls: List<Pair<String, (Lueur) -> Any>> = listOf(
        "home" to { l -> l.home() },
        "locale" to { l -> l.locale() },
    )

    private fun medianNanos(lueur: Lueur, call: (Lueur) -> Any): Long {
        repeat(iterations) { call(lueur) }
        val samples = LongArray(iterations) {
            val start = System.nanoTime()
            call(lueur)
            System.nanoTime() - start
        }
        samples.sort()
        return samples[samples.size / 2]
    }

    private fun rustMedians(): Map<String, Long> {
        val binary = File(System.getProperty("lueur.rustTiming") ?: "")
        assumeTrue(binary.canExecute(), "the Rust half is not built ($binary); run bindings/generate.sh")
        val process = ProcessBuilder(binary.path, iterations.toString()).redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "call_timing did not finish")
        assertEquals(0, process.exitValue(), output)
        return output.lines().filter { it.isNotBlank() }.associate { line ->
            val (name, median) = line.split('\t')
            name to median.toLong()
        }
    }

    @Test
    fun `median call time from Kotlin next to Rust`() {
        val kotlin = open("fr-BE").use { lueur -> calls.associate { (name, call) -> name to medianNanos(lueur, call) } }
        val rust = rustMedians()
        val library = System.getProperty("jna.library.path")
        println("[timing] median of $iterations calls, library in $library")
        println(String.format("[timing] %-12s %12s %12s %8s", "call", "kotlin ns", "rust ns", "ratio"))
        for ((name, _) in calls) {
            val k = kotlin.getValue(name)
            val r = rust[name] ?: error("call_timing printed no '$name'")
            println(String.format("[timing] %-12s %12d %12d %8.1f", name, k, r, k.toDouble() / maxOf(r, 1)))
            assertTrue(k > 0 && r >= 0)
        }
    }
}
