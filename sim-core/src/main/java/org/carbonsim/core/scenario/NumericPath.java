package org.carbonsim.core.scenario;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A number in a scenario file that a study varies over a range, with the precision the loader needs
 * there. Whether a path wants any number, whole fen (two decimals) or a whole number (tonnes, days)
 * is not known from the path, so it is found by asking the loader: the range's ends and a point
 * inside it are loaded as given, then rounded to two decimals, then to whole numbers (the ends
 * outward, so that an end the loader refuses is not rounded back into its range), and the first
 * precision at which all three load is kept. Values are then rounded to it before they are written
 * into the file. Immutable, and serializable so that a study can ship it with its tasks.
 */
public final class NumericPath implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** A point inside a range that is not a round number for any usual range, to catch whole-number paths. */
    private static final double INSIDE = 0.3819660112501051;

    /** Decimal places to round to, from finest to coarsest; -1 for none. */
    private static final int[] SCALES = {-1, 2, 0};

    private final String path;
    private final int scale;

    private NumericPath(String path, int scale) {
        this.path = path;
        this.scale = scale;
    }

    /**
     * Checks that {@code path} names a number in {@code source} and that the scenario loads with any
     * value in {@code [low, high]} written there.
     *
     * @param where where problems are reported ("$.uncertainty.parameters[2]", "--param ...")
     * @throws ScenarioException with one problem at {@code where} saying which value fails and why
     */
    public static NumericPath of(ScenarioSource source, String path, double low, double high, String where) {
        String p = ScenarioEdit.normalise(path);
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("need finite low <= high, got " + low + " and " + high);
        }
        if (!source.namesNumber(p)) {
            throw new ScenarioException(
                    source.name(),
                    List.of(new Problem(
                            where, p + " does not name a number in this file" + JsonPaths.quotedKeyHint(p))));
        }
        String first = null;
        for (int scale : SCALES) {
            NumericPath candidate = new NumericPath(p, scale);
            // the ends rounded outward: a coarser precision is for a path that takes whole fen or whole
            // numbers, not one that passes by rounding an end the loader refuses back into its range (a
            // share of 1.2 to 1, every value between then drawn as 0 or 1)
            List<String> probes = List.of(
                    candidate.text(low, RoundingMode.FLOOR),
                    candidate.text(high, RoundingMode.CEILING),
                    candidate.text(low + INSIDE * (high - low), RoundingMode.HALF_EVEN));
            String failure = null;
            for (String probe : probes) {
                try {
                    source.load(List.of(new ScenarioEdit(p, probe)));
                } catch (ScenarioException e) {
                    failure = p + " = " + probe + ": "
                            + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
                    break;
                }
            }
            if (failure == null) {
                return candidate;
            }
            if (first == null) {
                first = failure;
            }
        }
        throw new ScenarioException(source.name(), List.of(new Problem(where, first)));
    }

    /** The normalised path ({@code $.market.limitPct}). */
    public String path() {
        return path;
    }

    /**
     * The decimals the path takes: 0 for a whole number, 2 for whole fen, or {@code finest} where it
     * takes any number.
     */
    public int decimals(int finest) {
        return scale < 0 ? finest : scale;
    }

    /** {@code value} rounded to the precision the path takes. */
    public double round(double value) {
        return scale < 0 ? value : decimal(value).doubleValue();
    }

    /** The edit that writes {@code value}, rounded, at the path. */
    public ScenarioEdit edit(double value) {
        return new ScenarioEdit(path, text(value));
    }

    private String text(double value) {
        return text(value, RoundingMode.HALF_EVEN);
    }

    private String text(double value, RoundingMode mode) {
        BigDecimal d = decimal(value, mode).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private BigDecimal decimal(double value) {
        return decimal(value, RoundingMode.HALF_EVEN);
    }

    private BigDecimal decimal(double value, RoundingMode mode) {
        BigDecimal d = BigDecimal.valueOf(value);
        return scale < 0 ? d : d.setScale(scale, mode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericPath n && path.equals(n.path) && scale == n.scale;
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + scale;
    }

    @Override
    public String toString() {
        return path + (scale < 0 ? "" : " (rounded to " + scale + " decimal place(s))");
    }
}
