package org.carbonsim.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static List<CsvRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static List<CsvRecord> read(byte[] bytes, Charset charset) {
        return CsvReader.readAll(bytes, "t.csv", charset, 1000);
    }

    private static String problem(byte[] bytes, Charset charset) {
        return assertThrows(CsvException.class, () -> read(bytes, charset)).getMessage();
    }

    private static String problem(String text) {
        return problem(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void readsRfc4180QuotingWithTheLineEachRecordStartsOn() {
        List<CsvRecord> records = read("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\n  \n3,\"\"\n");
        assertEquals(
                List.of(
                        new CsvRecord("t.csv", 1, List.of("a", "b")),
                        new CsvRecord("t.csv", 2, List.of("x, \"y\"", "two\nlines")),
                        new CsvRecord("t.csv", 6, List.of("3", ""))),
                records);
        assertEquals("t.csv:6:2", records.get(2).location(1));
    }

    @Test
    void dropsAByteOrderMarkAndCountsCrOnlyLineEnds() {
        assertEquals(
                List.of(new CsvRecord("t.csv", 1, List.of("a")), new CsvRecord("t.csv", 2, List.of("1"))),
                read("\uFEFFa\r1"));
    }

    @Test
    void decodesTheDeclaredEncodingAndLetsAByteOrderMarkOverrideIt() {
        byte[] gbk = "企业,排放\n湖北,1\n".getBytes(GBK);
        assertEquals(List.of("湖北", "1"), read(gbk, GBK).get(1).fields());
        byte[] utf16 = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(
                List.of("a", "b"), read(utf16, StandardCharsets.UTF_8).get(0).fields());
    }

    @Test
    void locatesTheFirstByteNotValidInTheEncoding() {
        byte[] gbk = "id,name\nA,湖北\n".getBytes(GBK);
        assertEquals(
                "t.csv:2:3: bytes not valid in UTF-8 (0xBA at byte offset 10): save the file as UTF-8 or declare its"
                        + " encoding, e.g. --encoding GBK",
                problem(gbk, StandardCharsets.UTF_8));
        byte[] late = new byte[20_000];
        java.util.Arrays.fill(late, (byte) 'x');
        for (int i = 99; i < late.length; i += 100) {
            late[i] = '\n';
        }
        late[15_005] = (byte) 0xFF;
        assertEquals("t.csv:151:6:", problem(late, StandardCharsets.UTF_8).substring(0, 12));
    }

    @Test
    void refusesARecordLongerThanTheLimitAtTheLineItStartsOn() {
        String message = ": a record longer than 1,048,576 characters: is it a CSV file with line ends?";
        assertEquals("t.csv:1:1" + message, problem("x".repeat(DecodingReader.MAX_RECORD_CHARS + 2)));
        assertEquals("t.csv:3:1" + message, problem("a,b\n1,2\n" + "y".repeat(3 * DecodingReader.MAX_RECORD_CHARS)));
        String quoted = "a\n\"" + "z\n".repeat(DecodingReader.MAX_RECORD_CHARS) + "\"\n";
        assertEquals("t.csv:2:1" + message, problem(quoted), "a quoted field running over many lines");
        String atTheLimit = "w".repeat(DecodingReader.MAX_RECORD_CHARS - 1) + "\n";
        assertEquals(1, read(atTheLimit + atTheLimit).get(1).fields().size(), "records up to the limit are read");
    }

    /** The limit reads the same on a German machine, not 1.048.576. */
    @Test
    void theLimitIsWrittenWithACommaWhateverTheLocale() {
        Locale before = java.util.Locale.getDefault(Locale.Category.FORMAT);
        java.util.Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        try {
            assertEquals(
                    "t.csv:1:1: a record longer than 1,048,576 characters: is it a CSV file with line ends?",
                    problem("x".repeat(DecodingReader.MAX_RECORD_CHARS + 2)));
        } finally {
            java.util.Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    /**
     * A {@code #} line meant as a comment, with a quote in it: the quoting error was all the message said,
     * where the same line without a quote is told that comments are not allowed.
     */
    @Test
    void aBrokenQuoteOnACommentLineSaysCommentsAreNotAllowed() {
        String hint = "; comments are not allowed (a line starting with # is read as a record, and its quote as"
                + " opening a quoted field)";
        assertEquals(
                "t.csv:2:10: a quoted field that starts here is never closed (unterminated quote)" + hint,
                problem("a,b\n# a note,\"with a quote\n1,2\n"));
        assertEquals(
                "t.csv:2:10: unexpected character after the closing quote of a quoted field (a quote inside a"
                        + " quoted field must be doubled: \"\")" + hint,
                problem("a,b\n  #x,\"y\" z\n"));
        assertEquals(
                "t.csv:2:3: a quoted field that starts here is never closed (unterminated quote)",
                problem("a,b\n1,\"# not a comment\n"),
                "a # inside a field is no comment line");
    }

    @Test
    void locatesBrokenQuotes() {
        assertEquals(
                "t.csv:2:3: a quoted field that starts here is never closed (unterminated quote)",
                problem("a,b\n1,\"2\n3\n"));
        assertEquals(
                "t.csv:2:6: unexpected character after the closing quote of a quoted field (a quote inside a"
                        + " quoted field must be doubled: \"\")",
                problem("a,b\n1,\"2\"x\n"));
        String manyLines = "a,b\n1,\"" + "x\n".repeat(40_000) + "y\" z,2\n";
        assertEquals("t.csv:40002:4:", problem(manyLines).substring(0, 14));
        assertEquals(
                "t.csv:2:3: a quoted field that starts here",
                problem("a\n1,\"" + "x\n".repeat(40_000)).substring(0, 42));
        assertEquals("t.csv:3:9:", problem("a,b\r\n1,2\r\n\"lo\"\"ng\"x,\n").substring(0, 10));
    }

    @Test
    void endsWithNullAndNamesAnUnknownEncoding() {
        try (CsvReader reader = CsvReader.of(new byte[0], "t.csv", StandardCharsets.UTF_8)) {
            assertNull(reader.next());
        }
        assertEquals(
                "expected the name of a character encoding such as UTF-8, GBK, GB18030 or windows-1252, got 'KLINGON'",
                assertThrows(IllegalArgumentException.class, () -> CsvReader.charset("KLINGON"))
                        .getMessage());
    }
}
