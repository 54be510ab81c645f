package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Terminal tables whose Chinese text, two columns a character, lines up with the rows. */
class TerminalTableTest {
    @Test
    void englishHeadingsAreExactlyWhatStringFormatWrites() {
        String format = "%-6s %10s %12s";
        assertEquals(
                String.format(Locale.ROOT, format, "year", "close", "volume"),
                TerminalTable.format(format, "year|close|volume"));
    }

    @Test
    void chineseHeadingsTakeTwoColumnsACharacter() {
        String heading = TerminalTable.format("%-6s %10s", "年份|收盘价");
        assertEquals("年份   " + "    收盘价", heading);
        assertEquals(6 + 1 + 10, TerminalTable.width(heading));
    }

    @Test
    void tableColumnsLineUpByDisplayWidth() {
        String table = new TerminalTable(List.of("行业", "t"), 1)
                .row("化工 Chemicals", "5")
                .row("steel", "12")
                .render(TerminalStyle.PLAIN);
        List<String> lines = table.lines().toList();
        assertEquals(3, lines.size());
        int width = TerminalTable.width(lines.get(1));
        assertEquals(width, TerminalTable.width(lines.get(2)), table);
        assertEquals(width, TerminalTable.width(lines.get(0)), "the numbers' heading is right-aligned too: " + table);
        assertEquals("行业             t", lines.get(0));
    }
}
