package org.carbonsim.cli.chart;

import java.util.Collection;
import org.carbonsim.cli.text.Lang;

/** Tonnes shown as t or, when large, Mt; yuan as CNY or million CNY. */
record Units(String label, double divisor) {
    static final Units TONNES = new Units("t", 1);
    static final Units MEGATONNES = new Units("Mt", 1e6);
    static final Units YUAN = new Units("CNY", 1);
    static final Units MILLION_YUAN = new Units("million CNY", 1e6);

    static final Units TONNES_ZH = new Units("吨", 1);
    static final Units MEGATONNES_ZH = new Units("百万吨", 1e6);
    static final Units YUAN_ZH = new Units("元", 1);
    static final Units MILLION_YUAN_ZH = new Units("百万元", 1e6);

    /** Mt when the largest value is at least a million tonnes, t otherwise; labelled in {@code lang}. */
    static Units tonnes(Collection<Double> values, Lang lang) {
        boolean large = max(values) >= 1e6;
        return lang == Lang.EN ? (large ? MEGATONNES : TONNES) : (large ? MEGATONNES_ZH : TONNES_ZH);
    }

    /** Million CNY when the largest value is at least ten million yuan, CNY otherwise; labelled in {@code lang}. */
    static Units yuan(Collection<Double> values, Lang lang) {
        boolean large = max(values) >= 1e7;
        return lang == Lang.EN ? (large ? MILLION_YUAN : YUAN) : (large ? MILLION_YUAN_ZH : YUAN_ZH);
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
