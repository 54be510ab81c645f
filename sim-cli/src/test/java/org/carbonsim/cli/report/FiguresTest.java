package org.carbonsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;
import org.junit.jupiter.api.Test;

/** How the report writes numbers: thousands separators, Mt and million CNY for large columns, n/a. */
class FiguresTest {
    private static final Text ALLOCATION = Text.of("Allocation", "分配量");

    @Test
    void tonnesAreWholeTonnesWithThousandsSeparatorsBelowAMillionAndMtFromAMillion() {
        Figures t = Figures.of(Quantity.TONNES, List.of("999999", "24000"));
        assertEquals(List.of("24,000", "999,999"), List.of(t.format("24000"), t.format("999999")));
        assertEquals(List.of("Allocation (t)", "分配量（吨）"), headings(t));
        Figures mt = Figures.of(Quantity.TONNES, List.of("2862350000", "1000000"));
        assertEquals(List.of("2,862.35", "1.00"), List.of(mt.format("2862350000"), mt.format("1000000")));
        assertEquals(List.of("Allocation (Mt)", "分配量（百万吨）"), headings(mt));
        assertEquals("2,862.35 Mt", mt.withUnit("2862350000").in(Lang.EN));
    }

    /**
     * A column holding a large firm beside small ones stays in tonnes (and yuan): in Mt at two decimals
     * a firm of 3,000 t read 0.00, as the enterprise table of a pilot with a steel mill wrote it. Zero
     * and blanks do not count.
     */
    @Test
    void aColumnWithASmallNonZeroValueStaysInTonnesAndYuan() {
        Figures t = Figures.of(Quantity.TONNES, List.of("39524645", "3000", "0", ""));
        assertEquals(List.of("39,524,645", "3,000"), List.of(t.format("39524645"), t.format("3000")));
        assertEquals("t", t.unit().en());
        Figures mt = Figures.of(Quantity.TONNES, List.of("39524645", "100000", "0", ""));
        assertEquals(List.of("39.52", "0.10"), List.of(mt.format("39524645"), mt.format("100000")));
        Figures yuan = Figures.of(Quantity.YUAN, List.of("150000000", "-2500.5"));
        assertEquals(List.of("150,000,000.00", "-2,500.50"), List.of(yuan.format("150000000"), yuan.format("-2500.5")));
        assertEquals("CNY", yuan.unit().en());
    }

    private static List<String> headings(Figures f) {
        return List.of(f.heading(ALLOCATION).in(Lang.EN), f.heading(ALLOCATION).in(Lang.ZH));
    }

    @Test
    void yuanFromTenMillionAreInMillionCny() {
        Figures small = Figures.of(Quantity.YUAN, List.of("9999999.5"));
        assertEquals("9,999,999.50", small.format("9999999.5"));
        assertEquals("CNY", small.unit().en());
        Figures large = Figures.of(Quantity.YUAN, List.of("12345678.9", "-20000000"));
        assertEquals("12.35", large.format("12345678.9"));
        assertEquals("-20.00", large.format("-20000000"));
        assertEquals("12.35 million CNY", large.withUnit("12345678.9").in(Lang.EN));
        assertEquals("12.35 百万元", large.withUnit("12345678.9").in(Lang.ZH));
    }

    @Test
    void undefinedIsNotZeroAndYearsAndRatesKeepTheirForm() {
        assertEquals("n/a", Figures.of(Quantity.TONNES, List.of("", "5")).format(""));
        assertEquals("2024", Figures.of(Quantity.YEAR, List.of("2024")).format("2024"));
        assertEquals("66.7", Figures.of(Quantity.RATE, List.of("0.6667")).format("0.6667"));
        assertEquals("1,234", Figures.of(Quantity.COUNT, List.of("1234")).format("1234"));
    }

    @Test
    void textThatJavaWouldReadAsANumberButAFileNeverHoldsIsShownAsItIs() {
        // a cell edited by hand: Double.parseDouble takes all three, and formatting them used to fail with a
        // NumberFormatException that stopped chart
        Figures t = Figures.of(Quantity.TONNES, List.of("90000d", "0x1p3", "Infinity"));
        assertEquals(
                List.of("90000d", "0x1p3", "Infinity", "1e400"),
                List.of(t.format("90000d"), t.format("0x1p3"), t.format("Infinity"), t.format("1e400")));
        assertEquals("5", t.format(" 5 "));
        // the comparison page's figures: the cell as it is, and a number with spaces around it read
        assertEquals(
                List.of("Infinity", "-Infinity", "5d", "5.00"),
                List.of(
                        CompareReport.shown("Infinity"),
                        CompareReport.shown("-Infinity"),
                        CompareReport.shown("5d"),
                        CompareReport.shown(" 5 ")));
    }
}
