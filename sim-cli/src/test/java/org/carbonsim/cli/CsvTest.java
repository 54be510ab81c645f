package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("HB-CEM-001", Csv.cell("HB-CEM-001"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("化工 Chemicals", Csv.cell("化工 Chemicals"));
    }

    @Test
    void textThatCouldStartAFormulaGetsASingleQuote() {
        assertEquals("'=1+2", Csv.cell("=1+2"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'+cmd", Csv.cell("+cmd"));
        assertEquals("'-A1", Csv.cell("-A1"));
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("\"'\rx\"", Csv.cell("\rx"), "a carriage return is neutralised, then quoted");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"http://x\",\"y\")"));
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertEquals("-12", Csv.cell("-12"));
        assertEquals("-0.25", Csv.cell("-0.25"));
        assertEquals("12.50", Csv.cell("12.50"));
        assertEquals("'-1-2", Csv.cell("-1-2"), "not a number, so neutralised");
        assertEquals("'+5", Csv.cell("+5"), "the writers never sign a positive number, so a + is text");
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
