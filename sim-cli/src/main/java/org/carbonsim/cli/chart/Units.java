package org.carbonsim.cli.chart;

import java.util.Collection;

/** Tonnes shown as t or, when large, Mt; yuan as CNY or million CNY. */
record Units(String label, double divisor) {
    static final Units TONNES = new Units("t", 1);
    static final Units MEGATONNES = new Units("Mt", 1e6);
    static final Units YUAN = new Units("CNY", 1);
    static final Units MILLION_YUAN = new Units("million CNY", 1e6);

    /** Mt when the largest value is at least a million tonnes, t otherwise. */
    static Units tonnes(Collection<Double> values) {
        return max(values) >= 1e6 ? MEGATONNES : TONNES;
    }

    /** Million CNY when the largest value is at least ten million yuan, CNY otherwise. */
    static Units yuan(Collection<Double> values) {
        return max(values) >= 1e7 ? MILLION_YUAN : YUAN;
    }

    double scale(double value) {
        return value / divisor;
    }

    private static double max(Collection<Double> values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
