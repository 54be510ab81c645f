package org.carbonsim.cli.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * The tick units of a number axis, JFreeChart's own (1, 2 and 5 times a power of ten), labelled the
 * same on every machine: JFreeChart formats them with the default locale's symbols, so a chart drawn
 * on a German or French machine read {@code 1.000} for a thousand and {@code 0,5} for a half, beside
 * tables that write {@code 1,000} and {@code 0.5}, and its files differed from the same run's
 * elsewhere. The labels here have JFreeChart's patterns ({@code 0.0} to {@code 0.0000} below 1,
 * {@code #,##0} up to 10^6, scientific beyond) with the symbols of {@link Locale#ROOT}: a dot for the
 * decimals and a comma between thousands, as the report's tables write numbers. Immutable.
 */
final class RootTickUnits implements TickUnitSource {
    private final NumberTickUnitSource sizes;

    /** Tick units of every size, or ({@code integers}) of whole numbers only. */
    RootTickUnits(boolean integers) {
        this.sizes = new NumberTickUnitSource(integers);
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        // JFreeChart steps up only from a unit equal to its own, formatter included
        return labelled(sizes.getLargerTickUnit(sizes.getCeilingTickUnit(unit.getSize())));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return labelled(sizes.getCeilingTickUnit(unit.getSize()));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return labelled(sizes.getCeilingTickUnit(size));
    }

    private static TickUnit labelled(TickUnit unit) {
        return new NumberTickUnit(unit.getSize(), format(unit.getSize()), unit.getMinorTickCount());
    }

    /** JFreeChart's pattern for a tick unit of {@code size}, with the root locale's symbols. */
    static DecimalFormat format(double size) {
        int power = (int) Math.floor(Math.log10(size) + 1e-9);
        String pattern =
                switch (power) {
                    case -4 -> "0.0000";
                    case -3 -> "0.000";
                    case -2 -> "0.00";
                    case -1 -> "0.0";
                    default -> power >= 0 && power <= 6 ? "#,##0" : "#.######E0";
                };
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
