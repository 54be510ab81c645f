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
    void tonnesBelowAMillionAreWholeTonnesWithThousandsSeparators() {
        Figures f = Figures.of(Quantity.TONNES, List.of("999999", "24000"));
        assertEquals("24,000", f.format("24000"));
        assertEquals("999,999", f.format("999999"));
        assertEquals("Allocation (t)", f.heading(ALLOCATION).in(Lang.EN));
        assertEquals("分配量（吨）", f.heading(ALLOCATION).in(Lang.ZH));
    }

    @Test
    void aColumnReachingAMillionTonnesIsInMtWithTwoDecimals() {
        Figures f = Figures.of(Quantity.TONNES, List.of("2862350000", "1000000"));
        assertEquals("2,862.35", f.format("2862350000"));
        assertEquals("1.00", f.format("1000000"));
        assertEquals("Allocation (Mt)", f.heading(ALLOCATION).in(Lang.EN));
        assertEquals("分配量（百万吨）", f.heading(ALLOCATION).in(Lang.ZH));
        assertEquals("2,862.35 Mt", f.withUnit("2862350000").in(Lang.EN));
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
}
