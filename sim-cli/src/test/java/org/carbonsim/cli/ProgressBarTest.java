package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final long SECOND = 1_000_000_000L;

    private long nowNanos;
    private final StringWriter err = new StringWriter();

    private ProgressBar bar() {
        return new ProgressBar("hubei", "days", new PrintWriter(err), () -> nowNanos);
    }

    @Test
    void lineShowsShareCountAndTimeLeftAtTheRateSoFar() {
        assertEquals(
                "hubei [" + "-".repeat(30) + "]   0% 0/100 days ETA --:--",
                ProgressBar.line("hubei", "days", 0, 100, 0));
        assertEquals(
                "hubei [" + "#".repeat(15) + "-".repeat(15) + "]  50% 50/100 days ETA 0:10",
                ProgressBar.line("hubei", "days", 50, 100, 10 * SECOND));
        assertEquals(
                "hubei [" + "#".repeat(30) + "] 100% 7/7 runs ETA 0:00",
                ProgressBar.line("hubei", "runs", 7, 7, 3 * SECOND));
    }

    @Test
    void durationsUseMinutesAndHoursFromAnHourOn() {
        assertEquals("0:05", ProgressBar.duration(5));
        assertEquals("2:03", ProgressBar.duration(123));
        assertEquals("1:00:01", ProgressBar.duration(3601));
    }

    @Test
    void drawsOnlyForSomeoneWatching() {
        assertTrue(ProgressBar.wanted(false, true, Map.of()));
        assertFalse(ProgressBar.wanted(true, true, Map.of()), "--quiet");
        assertFalse(ProgressBar.wanted(false, false, Map.of()), "no console");
        assertFalse(ProgressBar.wanted(false, true, Map.of("CI", "true")), "under CI");
    }

    @Test
    void withoutAConsoleStartGivesABarThatWritesNothing() {
        ProgressBar off = ProgressBar.start(new PrintWriter(err), "x", "days", false);
        assertFalse(off.isDrawing(), "tests run without a console");
        off.advanced(1, 2);
        off.close();
        assertEquals("", err.toString());
    }

    @Test
    void redrawsAtMostEveryIntervalAndCloseWipesTheLine() {
        ProgressBar bar = bar();
        bar.advanced(1, 4);
        assertEquals("", err.toString(), "nothing before the first interval has passed");

        nowNanos = ProgressBar.REDRAW_NANOS;
        bar.advanced(2, 4);
        String first = "\r" + ProgressBar.line("hubei", "days", 2, 4, ProgressBar.REDRAW_NANOS);
        assertEquals(first, err.toString());

        bar.advanced(3, 4);
        assertEquals(first, err.toString(), "no redraw within the interval");

        bar.close();
        assertEquals(first + "\r" + " ".repeat(first.length() - 1) + "\r", err.toString());
    }

    @Test
    void closeWithoutADrawWritesNothing() {
        ProgressBar bar = bar();
        bar.advanced(1, 4);
        bar.close();
        assertEquals("", err.toString());
    }
}
