package org.carbonsim.core.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.carbonsim.core.model.Enterprise;

/**
 * Checks the quantities an enterprise derives from its inputs, so that a scenario that validates can
 * run: each key may be in range while their product (output × intensity, grown over the years) is
 * not, and the tonnes the run rounds must stay below {@link Values#MAX_TONNES} (far from the 2^62
 * the rounding accepts, which leaves room for output shocks). The value of an enterprise's trend
 * emissions at the top of the market's price ladder, times the working capital a covered enterprise
 * enters a year with ({@link MarketRules#WORKING_CAPITAL_MULTIPLE}), must also be a count of fen with
 * room for shocks of {@link #SHOCK_HEADROOM} times the trend; so must the cost of abating all it can
 * along its abatement curve, which a firm short at the deadline pays whatever the price. Immutable (no
 * state).
 */
final class Magnitudes {
    /** How many times its trend emissions an enterprise's working capital is kept countable for. */
    static final long SHOCK_HEADROOM = 16;

    /** The largest value of a year's trend emissions at the ladder's top price, fen. */
    private static final double MAX_VALUE_FEN =
            (double) Long.MAX_VALUE / (MarketRules.WORKING_CAPITAL_MULTIPLE * SHOCK_HEADROOM);

    private Magnitudes() {}

    /**
     * The problem with {@code e}'s trend in the simulated years, or {@code null}; {@code ladderTopFen}
     * is the top of the market's price ladder, fen per tonne (0 to leave the value unchecked).
     */
    static String check(Enterprise e, int startYear, int endYear, long ladderTopFen) {
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
            if (!(emissions * ladderTopFen <= MAX_VALUE_FEN)) {
                return "enterprise \"" + e.id() + "\": its trend emissions in " + year + ", " + emissions
                        + " t, would be worth more than "
                        + maxValueYuan()
                        + " CNY at the top of the price ladder, "
                        + BigDecimal.valueOf(ladderTopFen, 2).toPlainString()
                        + " CNY per t (" + MarketRules.LADDER_MULTIPLE + " times market.initialPrice): the money a"
                        + " run counts in fen could overflow (lower baseOutput, growthRate or the intensities, or"
                        + " market.initialPrice)";
            }
            // what abating all it can costs along its curve: a firm short at the deadline may pay it whatever
            // the price, so the ladder's top does not bound it
            double abatementFen =
                    emissions * e.abatement().costFenPerBauTonne(e.abatement().maxShare());
            if (!(abatementFen <= MAX_VALUE_FEN)) {
                return "enterprise \"" + e.id() + "\": abating all it can (a share of "
                        + e.abatement().maxShare()
                        + ") of its trend emissions in " + year + ", " + emissions + " t, would cost more than "
                        + maxValueYuan() + " CNY along its abatement curve: the money a run counts in fen could"
                        + " overflow (lower the abatement's maxCost, maxShare or step costs, or baseOutput)";
            }
        }
        return null;
    }

    private static String maxValueYuan() {
        return BigDecimal.valueOf((long) MAX_VALUE_FEN, 2)
                .setScale(0, RoundingMode.DOWN)
                .toPlainString();
    }
}
