package org.carbonsim.core.sensitivity;

/**
 * The Sobol indices of one input for one output, with bootstrap 95% percentile intervals. Every
 * value is NaN (undefined, never 0) when the output does not vary over the plan. Immutable.
 *
 * @param first first-order index: the share of the output's variance the input explains alone
 * @param firstCiLow lower end of the first-order index's 95% interval
 * @param firstCiHigh upper end of the first-order index's 95% interval
 * @param total total-order index: the share it explains alone and through its interactions
 * @param totalCiLow lower end of the total-order index's 95% interval
 * @param totalCiHigh upper end of the total-order index's 95% interval
 */
public record SobolIndex(
        double first, double firstCiLow, double firstCiHigh, double total, double totalCiLow, double totalCiHigh) {
    /** Indices of an output that does not vary, or that is undefined at too many points. */
    public static final SobolIndex UNDEFINED =
            new SobolIndex(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
