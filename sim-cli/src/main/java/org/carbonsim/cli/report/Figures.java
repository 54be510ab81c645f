package org.carbonsim.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.text.Text;

/**
 * How the report writes a number: thousands separators, tonnes in Mt and yuan in million CNY where a
 * column is large (the thresholds of the charts' axes) and none of its non-zero values is below 0.1
 * million, rates as percentages. The value a table sorts
 * by stays the number in the file. Immutable.
 *
 * @param quantity what the number is
 * @param unit the unit's label, empty for counts, ratios and text
 * @param divisor what the file's value is divided by
 * @param decimals the decimals written
 */
record Figures(Quantity quantity, Text unit, double divisor, int decimals) {
    private static final Text T = Text.of("t", "吨");
    private static final Text MT = Text.of("Mt", "百万吨");
    private static final Text CNY = Text.of("CNY", "元");
    private static final Text MILLION_CNY = Text.of("million CNY", "百万元");
    private static final Text CNY_PER_T = Text.of("CNY/t", "元/吨");
    private static final Text NONE = Text.same("");
    /**
     * The least non-zero value a column may hold to be written in millions: 0.10 at two decimals. A
     * column of a large firm and small ones stays in tonnes or yuan, where a firm of 3,000 t would read
     * 0.00 Mt.
     */
    private static final double LEAST_IN_MILLIONS = 1e5;

    /** The way to write a column of {@code quantity} holding {@code values} (as in the file). */
    static Figures of(Quantity quantity, Collection<String> values) {
        double max = 0;
        double leastNonZero = Double.POSITIVE_INFINITY;
        for (String v : values) {
            double d = Math.abs(parse(v));
            if (Double.isFinite(d)) {
                max = Math.max(max, d);
                if (d > 0) {
                    leastNonZero = Math.min(leastNonZero, d);
                }
            }
        }
        boolean inMillions = leastNonZero >= LEAST_IN_MILLIONS;
        return switch (quantity) {
            case TONNES -> max >= 1e6 && inMillions
                    ? new Figures(quantity, MT, 1e6, 2)
                    : new Figures(quantity, T, 1, 0);
            case YUAN -> max >= 1e7 && inMillions
                    ? new Figures(quantity, MILLION_CNY, 1e6, 2)
                    : new Figures(quantity, CNY, 1, 2);
            case PRICE -> new Figures(quantity, CNY_PER_T, 1, 2);
            case COUNT -> new Figures(quantity, NONE, 1, 0);
            case RATE -> new Figures(quantity, Text.same("%"), 0.01, 1);
            default -> new Figures(quantity, NONE, 1, -1);
        };
    }

    /** {@code term (unit)} in each language, or the term alone when there is no unit. */
    Text heading(Text term) {
        if (unit.en().isEmpty()) {
            return term;
        }
        return Text.of(term.en() + " (" + unit.en() + ")", term.zh() + "（" + unit.zh() + "）");
    }

    /** {@code raw}, a value as the file writes it, written for a reader; text and blanks as they are. */
    String format(String raw) {
        if (decimals < 0 || quantity == Quantity.YEAR) {
            return raw;
        }
        double value = parse(raw);
        if (!Double.isFinite(value)) {
            return raw.isEmpty() ? "n/a" : raw;
        }
        BigDecimal scaled = new BigDecimal(raw.trim())
                .divide(BigDecimal.valueOf(divisor), 12, RoundingMode.HALF_UP)
                .setScale(decimals, RoundingMode.HALF_UP);
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("0".repeat(decimals));
        }
        DecimalFormat format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(scaled);
    }

    /** {@code raw} with its unit, for a single figure: {@code 2,862.35 Mt}. */
    Text withUnit(String raw) {
        String number = format(raw);
        if (unit.en().isEmpty() || unit.en().equals("%") || number.equals("n/a")) {
            return Text.same(quantity == Quantity.RATE && !number.equals("n/a") ? number + "%" : number);
        }
        return Text.of(number + " " + unit.en(), number + " " + unit.zh());
    }

    /** Whether {@code text} is a number as the files write them. */
    static boolean isNumber(String text) {
        return !Double.isNaN(parse(text));
    }

    private static double parse(String text) {
        return CsvTable.decimal(text);
    }
}
