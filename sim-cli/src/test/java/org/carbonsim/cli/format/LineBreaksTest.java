package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where help prose breaks, worked by hand: at spaces, between Chinese characters, never inside a name. */
class LineBreaksTest {
    @Test
    void aFileNameStaysWholeOnItsOwnLineRatherThanBreakingAtItsDot() {
        // "write report.html" is 17 columns, "report.html now" 15: neither fits 12
        assertEquals(List.of("write", "report.html", "now"), LineBreaks.wrap("write report.html now", 12));
    }

    @Test
    void chineseBreaksBetweenCharactersEachTwoColumnsWide() {
        // 5 characters fill 10 columns; the full stop stays with the character before it
        assertEquals(List.of("模拟碳市场", "与排放配额", "制度。"), LineBreaks.wrap("模拟碳市场与排放配额制度。", 10));
    }

    @Test
    void aNameInChineseTextKeepsItsPunctuationAndBreaksOnlyBesideAChineseCharacter() {
        // 写出 is 4 columns, runs.csv、 10, montecarlo.json。 17: wider than 14, so alone and whole
        assertEquals(
                List.of("写出", "runs.csv、", "montecarlo.json。"), LineBreaks.wrap("写出 runs.csv、montecarlo.json。", 14));
    }

    @Test
    void noLineEndsOnAnOpeningBracket() {
        // "abcd（" would fill 6 columns, but the bracket goes down with 默; 认） closes its own line
        assertEquals(List.of("abcd", "（默", "认）"), LineBreaks.wrap("abcd（默认）", 6));
    }

    @Test
    void leadingSpacesStayAndEmptyTextIsOneEmptyLine() {
        assertEquals(List.of("  a", "b"), LineBreaks.wrap("  a b", 3));
        assertEquals(List.of(""), LineBreaks.wrap("", 10));
    }

    @Test
    void theFirstLineHasItsOwnWidth() {
        assertEquals(
                List.of(new LineBreaks.Line(0, 3), new LineBreaks.Line(4, 11)), LineBreaks.lines("one two six", 5, 7));
    }
}
