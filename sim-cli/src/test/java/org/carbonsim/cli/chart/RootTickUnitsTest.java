package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.carbonsim.cli.CarbonsimCommand;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart axes are labelled the same whatever the machine's locale: on an English machine as JFreeChart
 * labels them, and on a German one too, not with {@code 1.000} for a thousand and {@code 0,5} for a
 * half; so the charts and report of a run are the same files everywhere.
 */
class RootTickUnitsTest {
    private static final double[] SIZES = {
        0.00002, 0.0005, 0.002, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 250, 1000, 20000, 500000, 1e6, 5e6, 2e7, 1e9
    };
    private static final double[] VALUES = {-1234.5, -0.25, 0, 0.0003, 0.125, 0.5, 1, 7.5, 1500, 123456.789, 2.5e7};

    private static Locale swap(Locale format) {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, format);
        return before;
    }

    @Test
    void onAnEnglishMachineTheLabelsAreJFreeChartsOwn() {
        Locale before = swap(Locale.US);
        try {
            NumberTickUnitSource theirs = new NumberTickUnitSource(false);
            RootTickUnits ours = new RootTickUnits(false);
            for (double size : SIZES) {
                TickUnit want = theirs.getCeilingTickUnit(size);
                TickUnit got = ours.getCeilingTickUnit(size);
                assertEquals(want.getSize(), got.getSize(), "tick size for " + size);
                assertEquals(want.getMinorTickCount(), got.getMinorTickCount(), "minor ticks for " + size);
                for (double value : VALUES) {
                    assertEquals(want.valueToString(value), got.valueToString(value), value + " on a tick of " + size);
                }
                assertEquals(
                        theirs.getLargerTickUnit(want).getSize(),
                        ours.getLargerTickUnit(got).getSize(),
                        "next size");
            }
        } finally {
            swap(before);
        }
    }

    @Test
    void onAGermanMachineTheLabelsStayPointAndComma() {
        Locale before = swap(Locale.GERMANY);
        try {
            RootTickUnits ours = new RootTickUnits(false);
            assertEquals("1,500", ours.getCeilingTickUnit(500).valueToString(1500));
            assertEquals("0.5", ours.getCeilingTickUnit(0.5).valueToString(0.5));
            assertEquals("-0.25", ours.getCeilingTickUnit(0.05).valueToString(-0.25));
        } finally {
            swap(before);
        }
    }

    @Test
    void aRunsChartsAreTheSameFilesOnAGermanMachine(@TempDir Path dir) throws IOException {
        Path english = chartsOf(dir.resolve("en"), Locale.US);
        Path german = chartsOf(dir.resolve("de"), Locale.GERMANY);
        List<Path> files;
        try (var listing = Files.list(english.resolve("charts"))) {
            files = listing.sorted().toList();
        }
        assertEquals(10, files.size(), "the run's charts: " + files);
        for (Path file : files) {
            assertArrayEquals(
                    Files.readAllBytes(file),
                    Files.readAllBytes(german.resolve("charts").resolve(file.getFileName())),
                    file.getFileName() + " drawn with a German default locale");
        }
        assertArrayEquals(
                Files.readAllBytes(english.resolve("report.html")),
                Files.readAllBytes(german.resolve("report.html")),
                "report.html drawn with a German default locale");
    }

    private static Path chartsOf(Path out, Locale format) {
        Locale before = swap(format);
        try {
            int code = CarbonsimCommand.newCommandLine()
                    .execute("run", "classroom-ten-firms", "--out", out.toString(), "--quiet", "--lang", "en");
            assertEquals(0, code, "carbonsim run classroom-ten-firms with the default locale " + format);
        } finally {
            swap(before);
        }
        return out;
    }
}
