package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTest {
    @ParameterizedTest(name = "{0} is written {1}")
    @MethodSource("cells")
    void cellsAreQuotedWhenNeededAndFormulasNeutralisedButNotNumbers(String text, String written, String why) {
        assertEquals(written, Csv.cell(text), why);
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("HB-CEM-001", "HB-CEM-001", "plain text as it is"),
                Arguments.of("a,b", "\"a,b\"", "a comma is quoted"),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\"", "a quote is doubled inside quotes"),
                Arguments.of("two\nlines", "\"two\nlines\"", "a line break is quoted"),
                Arguments.of("化工 Chemicals", "化工 Chemicals", "a sector name as the scenario gives it"),
                Arguments.of("=1+2", "'=1+2", "an = starts a formula"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)", "an @ starts a formula"),
                Arguments.of("+cmd", "'+cmd", "a + starts a formula"),
                Arguments.of("-A1", "'-A1", "a - starts a formula"),
                Arguments.of("\tx", "'\tx", "a tab starts a formula"),
                Arguments.of("\rx", "\"'\rx\"", "a carriage return is neutralised, then quoted"),
                Arguments.of(
                        "=HYPERLINK(\"http://x\",\"y\")",
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                        "neutralised, then quoted"),
                Arguments.of("-12", "-12", "a negative integer stays a number"),
                Arguments.of("-0.25", "-0.25", "a negative decimal stays a number"),
                Arguments.of("12.50", "12.50", "a decimal as it is"),
                Arguments.of("-1-2", "'-1-2", "not a number, so neutralised"),
                Arguments.of("+5", "'+5", "the writers never sign a positive number, so a + is text"));
    }

    @Test
    void rowsJoinNeutralisedCellsWithCommas() {
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, "2024", "=1+2", "-89", "");
        assertEquals("2024,'=1+2,-89,\n", csv.toString());
    }

    @Test
    void wholeNumbersAreWrittenAsIntegersAndOthersWithAtMostSixDecimals() {
        assertEquals("1200", Csv.number(1200.0));
        assertEquals("0", Csv.number(0.0));
        assertEquals("0", Csv.number(-0.0));
        assertEquals("0.5", Csv.number(0.5));
        assertEquals("0.333333", Csv.number(1.0 / 3));
        assertEquals("-2.000001", Csv.number(-2.0000005));
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("", Csv.number(Double.POSITIVE_INFINITY));
    }
}
