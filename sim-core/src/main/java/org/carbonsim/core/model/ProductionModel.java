package org.carbonsim.core.model;

import java.util.random.RandomGenerator;

/**
 * The formulas that turn an enterprise's trend, shock, intensities and abatement into an
 * {@link EnterpriseYear}: output = trend × shock; business-as-usual emissions = output × emission
 * intensity, rounded half-up to the tonne; emissions = those tonnes × (1 − abatement share),
 * rounded half-up; energy = output × energy intensity, rounded half-up to the tce. Emissions are
 * counted from the rounded business as usual so that they and {@link #abatedTonnes} add up to it.
 * Immutable (no state).
 */
public final class ProductionModel {
    private ProductionModel() {}

    /**
     * A multiplicative output shock. Draws exactly one {@code nextGaussian()} from {@code random}
     * unless the model is {@link ShockModel#NONE} or {@code sd} is 0, so a replication's stream does
     * not depend on which enterprises happen to operate.
     */
    public static double shock(ShockModel model, double sd, RandomGenerator random) {
        if (model == ShockModel.NONE || sd == 0) {
            return 1;
        }
        double z = random.nextGaussian();
        switch (model) {
            case LOGNORMAL:
                return Math.exp(sd * z - sd * sd / 2);
            case NORMAL:
                return Math.max(0, 1 + sd * z);
            default:
                throw new IllegalArgumentException("unknown shock model " + model);
        }
    }

    /** The year's record when the enterprise produces {@code outputUnits} and abates {@code abatementShare}. */
    public static EnterpriseYear produce(Enterprise enterprise, int year, double outputUnits, double abatementShare) {
        if (!enterprise.operatesIn(year)) {
            return EnterpriseYear.idle(enterprise.id(), year);
        }
        if (!(abatementShare >= 0 && abatementShare <= 1)) {
            throw new IllegalArgumentException(
                    enterprise.id() + ": abatementShare must be in [0, 1], got " + abatementShare);
        }
        long bauTonnes = roundHalfUp(outputUnits * enterprise.emissionIntensity());
        return new EnterpriseYear(
                enterprise.id(),
                year,
                true,
                outputUnits,
                bauTonnes,
                bauTonnes - abatedTonnes(bauTonnes, abatementShare),
                roundHalfUp(outputUnits * enterprise.energyIntensity()),
                abatementShare);
    }

    /** The year on trend: no shock, no abatement. What a climate office expects when drafting a plan. */
    public static EnterpriseYear trend(Enterprise enterprise, int year) {
        return produce(enterprise, year, enterprise.output().trendOutputUnits(year), 0);
    }

    /** A simulated year: trend × a shock drawn from {@code random}, with {@code abatementShare} abated. */
    public static EnterpriseYear simulate(
            Enterprise enterprise, int year, double abatementShare, RandomGenerator random) {
        OutputProcess process = enterprise.output();
        double shock = shock(process.shockModel(), process.shockSd(), random);
        return produce(enterprise, year, process.trendOutputUnits(year) * shock, abatementShare);
    }

    /** A verified history year as an {@link EnterpriseYear}: no abatement recorded, emissions as verified. */
    public static EnterpriseYear fromHistory(String enterpriseId, HistoryYear history) {
        return new EnterpriseYear(
                enterpriseId,
                history.year(),
                true,
                history.outputUnits(),
                history.emissionsTonnes(),
                history.emissionsTonnes(),
                history.energyTce(),
                0);
    }

    /**
     * The tonnes abated when {@code share} of {@code bauTonnes} is abated: business as usual less the
     * emissions {@link #produce} reports for it ({@code bauTonnes × (1 − share)}, rounded half-up), so
     * that abatement and emissions add up to business as usual. Rounding the abatement itself half-up
     * instead would count the half tonne of {@code bau × share = n + 0.5} twice, once abated and
     * once emitted.
     */
    public static long abatedTonnes(long bauTonnes, double share) {
        return bauTonnes - roundHalfUp(bauTonnes * Math.max(0.0, 1 - share));
    }

    /** {@code value} rounded half-up to a whole number; the rounding rule for tonnes in carbonsim. */
    public static long roundHalfUp(double value) {
        if (!(value >= 0) || value >= 0x1p62) {
            throw new IllegalArgumentException("cannot round " + value + " to tonnes");
        }
        return (long) Math.floor(value + 0.5);
    }
}
