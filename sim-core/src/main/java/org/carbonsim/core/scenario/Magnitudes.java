package org.carbonsim.core.scenario;

import org.carbonsim.core.model.Enterprise;

/**
 * Checks the quantities an enterprise derives from its inputs, so that a scenario that validates can
 * run: each key may be in range while their product (output × intensity, grown over the years) is
 * not, and the tonnes the run rounds must stay below {@link Values#MAX_TONNES} (far from the 2^62
 * the rounding accepts, which leaves room for output shocks). Immutable (no state).
 */
final class Magnitudes {
    private Magnitudes() {}

    /** The problem with {@code e}'s trend in the simulated years, or {@code null}. */
    static String check(Enterprise e, int startYear, int endYear) {
        for (int year = startYear; year <= endYear; year++) {
            double output = e.output().trendOutputUnits(year);
            double emissions = output * e.emissionIntensity();
            double energy = output * e.energyIntensity();
            if (!(output <= Values.MAX_OUTPUT)) {
                return "enterprise \"" + e.id() + "\": its trend output in " + year + " is " + output
                        + " product units, above the maximum " + Values.Range.fmt(Values.MAX_OUTPUT)
                        + " (lower baseOutput, or a population's medianEmissions, or growthRate; or raise"
                        + " emissionIntensity)";
            }
            if (!(emissions <= Values.MAX_TONNES) || !(energy <= Values.MAX_TONNES)) {
                return "enterprise \"" + e.id() + "\": its trend " + (emissions > energy ? "emissions" : "energy use")
                        + " in " + year + " would be " + Math.max(emissions, energy) + " t, above the maximum "
                        + Values.MAX_TONNES + " t (lower baseOutput, growthRate or the intensities)";
            }
        }
        return null;
    }
}
