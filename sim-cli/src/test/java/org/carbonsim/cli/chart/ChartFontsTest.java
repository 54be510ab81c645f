package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The warning when Chinese is about to be drawn and the installed fonts cannot draw it. */
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
}
