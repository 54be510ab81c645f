package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The warning when Chinese is about to be drawn and the installed fonts cannot draw it, and the plain
 * stand-ins for the few other characters the charts' text uses.
 */
class ChartFontsTest {
    /** Fonts with Latin glyphs only: the first character outside ASCII cannot be drawn. */
    private static final ChartFonts.Glyphs LATIN_ONLY = text -> {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return i;
            }
        }
        return -1;
    };

    /** Fonts that draw everything, as with fonts-noto-cjk installed. */
    private static final ChartFonts.Glyphs EVERYTHING = text -> -1;

    @Test
    void chineseWithoutACjkFontWarnsOnOneLineNamingThePackage() {
        Optional<String> warning = ChartFonts.missingCjkWarning("Allocation by sector\n化工 Chemicals\n", LATIN_ONLY);
        assertTrue(warning.isPresent());
        assertTrue(warning.get().contains("apt-get install fonts-noto-cjk"), warning.get());
        assertTrue(warning.get().contains("\"化\""), "names a character that will show as a box: " + warning.get());
        assertTrue(warning.get().startsWith("carbonsim: warning: "), warning.get());
        assertFalse(warning.get().contains("\n"), "one line");
    }

    @Test
    void noWarningWhenTheFontsDrawTheChinese() {
        assertEquals(Optional.empty(), ChartFonts.missingCjkWarning("配额总量（吨）", EVERYTHING));
    }

    @Test
    void noWarningForLatinTextAndTheFontsAreOnlyAskedAboutTheChinese() {
        List<String> asked = new ArrayList<>();
        ChartFonts.Glyphs recording = text -> {
            asked.add(text);
            return LATIN_ONLY.canDisplayUpTo(text);
        };
        // é is not CJK: a Latin font lacking it is not this warning's business
        assertEquals(Optional.empty(), ChartFonts.missingCjkWarning("Price (CNY/t) café", recording));
        assertTrue(asked.isEmpty(), "no CJK, no lookup: " + asked);
        assertTrue(ChartFonts.missingCjkWarning("Price (CNY/t)：", recording).isPresent(), "full-width colon");
        assertEquals(List.of("："), asked);
    }

    @Test
    void aMinusSignTheFontCannotDrawIsDrawnAsAHyphen() {
        String legend = "cap 5% (1) − pilot (0): mean, 95% CI";
        assertEquals("cap 5% (1) - pilot (0): mean, 95% CI", ChartFonts.drawable(legend, LATIN_ONLY));
        assertEquals(legend, ChartFonts.drawable(legend, EVERYTHING), "kept where the font has it");
        assertEquals("3 x 4 <= 12 +/- 1", ChartFonts.drawable("3 × 4 ≤ 12 ± 1", LATIN_ONLY));
        assertEquals("化工 - Chemicals", ChartFonts.drawable("化工 − Chemicals", LATIN_ONLY), "no stand-in for Chinese");
    }

    @Test
    void everyTextOfAChartPassesThroughTheStandIns() {
        ChartData chart = new ChartData(
                "c",
                "A − B",
                ChartData.Kind.POINTS,
                "x − 1",
                "y − 2",
                "",
                List.of(new ChartData.Series("s − 3", ChartData.Style.LINE, false, 0, List.of())),
                List.of(ChartData.Marker.at(ChartData.MarkerKind.DEADLINE, 1, "m − 4")),
                List.of("p − 5"));
        ChartData plain = chart.withText(text -> ChartFonts.drawable(text, LATIN_ONLY));
        assertEquals("A - B\nx - 1\ny - 2\n\ns - 3\nm - 4\np - 5\n", plain.words());
    }
}
