package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.carbonsim.cli.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("t.csv"), text);
    }

    @Test
    void readsQuotedFieldsAsTheWritersQuoteThem() throws IOException {
        CsvTable t = CsvTable.read(file("a,b\n\"x, \"\"y\"\"\",2\n"), "a", "b");
        assertEquals("x, \"y\"", t.rows().get(0).text("a"));
        assertEquals(2, t.rows().get(0).integer("b"));
        assertEquals(2, t.rows().get(0).line());
    }

    @Test
    void skipsAByteOrderMarkAndAcceptsCrLf() throws IOException {
        CsvTable t = CsvTable.read(file("\uFEFFa,b\r\n1,2\r\n"), "a", "b");
        assertEquals(1, t.rows().get(0).integer("a"));
        assertEquals(2, t.rows().get(0).integer("b"));
    }

    @Test
    void namesFileAndLineOfEveryProblem() throws IOException {
        assertEquals(
                dir.resolve("t.csv") + ":3:2: column b: expected a number, found \"zwei\"",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b\n1,2\n1,zwei\n"))
                                .rows()
                                .get(1)
                                .number("b"))
                        .getMessage());
        // a hand-edited number too large for a chart's scale, or an interval whose ends are swapped
        assertEquals(
                dir.resolve("t.csv") + ":2:2: column b: expected a number of at most 1e20 in size, found \"1e300\"",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b\n1,1e300\n"))
                                .rows()
                                .get(0)
                                .number("b"))
                        .getMessage());
        // a cell of 100,001 digits is named in one short line, not copied whole into the message
        assertEquals(
                dir.resolve("t.csv") + ":2:2: column b: expected a number of at most 1e20 in size, found"
                        + " \"1000000000000000000000000000000000000000...\" (100001 characters)",
                assertThrows(UserInputException.class, () -> CsvTable.read(
                                        file("a,b\n1,1" + "0".repeat(100_000) + "\n"))
                                .rows()
                                .get(0)
                                .number("b"))
                        .getMessage());
        // Java's own spellings of a number are not the files': a typed 5d is a mistake, not 5
        assertEquals(
                dir.resolve("t.csv") + ":2:2: column b: expected a number, found \"5d\"",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b\n1,5d\n"))
                                .rows()
                                .get(0)
                                .number("b"))
                        .getMessage());
        assertEquals(
                dir.resolve("t.csv") + ":2:1: column lo: 0.5 is above the interval's other end, column hi, 0",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("lo,hi\n0.5,0\n"))
                                .rows()
                                .get(0)
                                .interval(0, "lo", "hi"))
                        .getMessage());
        assertEquals(
                dir.resolve("t.csv") + ":2:1: expected 2 fields, found 3",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b\n1,2,3\n")))
                        .getMessage());
        assertEquals(
                dir.resolve("t.csv") + ":1:1: missing column c",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b\n"), "c"))
                        .getMessage());
        assertEquals(
                dir.resolve("t.csv") + ":2:1: a quoted field that starts here is never closed (unterminated quote)",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b\n\"1,2\n")))
                        .getMessage());
    }

    @Test
    void refusesAColumnNameThatAppearsTwice() throws IOException {
        // a column copied in a spreadsheet: reading either copy would be a guess, and the report's table
        // of the file used to fail on the header with an index out of bounds
        assertEquals(
                dir.resolve("t.csv") + ":1:3: column a appears twice, also in column 1",
                assertThrows(UserInputException.class, () -> CsvTable.read(file("a,b,a\n1,2,1\n"), "a"))
                        .getMessage());
        assertEquals(List.of("a", "b"), CsvTable.read(file("a,b\n1,2\n")).header());
    }

    @Test
    void fontFallsBackToSansSerifAndPrefersCjkFonts() {
        assertEquals("SansSerif", ChartFonts.choose(Set.of("DejaVu Sans")));
        assertEquals("WenQuanYi Zen Hei", ChartFonts.choose(Set.of("DejaVu Sans", "WenQuanYi Zen Hei")));
        assertEquals("Noto Sans CJK SC", ChartFonts.choose(Set.of("WenQuanYi Zen Hei", "Noto Sans CJK SC")));
    }
}
