package org.carbonsim.core.allocation;

import java.util.Map;
import java.util.TreeMap;

/**
 * The cap, total allowances for a year. Closed set: given per year, a trajectory declining at a rate,
 * an EU-style linear reduction, or derived from free allocation (intensity-based schemes with no
 * absolute cap).
 */
public sealed interface CapSchedule
        permits CapSchedule.Given, CapSchedule.Declining, CapSchedule.LinearReduction, CapSchedule.FromAllocation {

    /**
     * Caps listed by year; a year not listed takes the last listed year before it. Immutable.
     *
     * @param capTonnesByYear cap by year, t
     */
    record Given(Map<Integer, Long> capTonnesByYear) implements CapSchedule {
        public Given {
            if (capTonnesByYear.isEmpty()) {
                throw new IllegalArgumentException("at least one cap is needed");
            }
            capTonnesByYear = Map.copyOf(capTonnesByYear);
            for (long cap : capTonnesByYear.values()) {
                if (cap <= 0) {
                    throw new IllegalArgumentException("caps must be > 0 t, got " + cap);
                }
            }
        }

        /** The cap in {@code year}: the listed value, or the last listed before it, or the first. */
        public long capTonnes(int year) {
            TreeMap<Integer, Long> sorted = new TreeMap<>(capTonnesByYear);
            Map.Entry<Integer, Long> floor = sorted.floorEntry(year);
            return floor != null ? floor.getValue() : sorted.firstEntry().getValue();
        }
    }

    /**
     * {@code baseCapTonnes} in {@code baseYear}, falling by {@code annualDeclineRate} a year
     * (compounding). Immutable.
     *
     * @param baseYear year of the base cap
     * @param baseCapTonnes cap in the base year, t
     * @param annualDeclineRate decline per year (0.02 = 2% a year)
     */
    record Declining(int baseYear, long baseCapTonnes, double annualDeclineRate) implements CapSchedule {
        public Declining {
            if (baseCapTonnes <= 0) {
                throw new IllegalArgumentException("baseCapTonnes must be > 0");
            }
            if (!(annualDeclineRate > -1 && annualDeclineRate < 1)) {
                throw new IllegalArgumentException("annualDeclineRate must be in (-1, 1)");
            }
        }

        /**
         * The cap in {@code year}, rounded down to whole tonnes. A micro-tonne of slack keeps binary
         * floating point from turning an exact 960,400 (1,000,000 × 0.98²) into 960,399.
         */
        public long capTonnes(int year) {
            return (long) Math.floor(baseCapTonnes * Math.pow(1 - annualDeclineRate, year - baseYear) + 1e-6);
        }
    }

    /**
     * EU-style: the cap falls each year by the linear reduction factor times the reference cap.
     * Immutable.
     *
     * @param baseYear year of the base cap
     * @param baseCapTonnes cap in the base year, t
     * @param linearReductionFactor share of {@code referenceCapTonnes} removed each year (0.043)
     * @param referenceCapTonnes the cap the factor applies to, t
     */
    record LinearReduction(int baseYear, long baseCapTonnes, double linearReductionFactor, long referenceCapTonnes)
            implements CapSchedule {
        public LinearReduction {
            if (baseCapTonnes <= 0 || referenceCapTonnes <= 0) {
                throw new IllegalArgumentException("caps must be > 0");
            }
            if (!(linearReductionFactor >= 0 && linearReductionFactor < 1)) {
                throw new IllegalArgumentException("linearReductionFactor must be in [0, 1)");
            }
        }

        /** The cap in {@code year}, never below zero. */
        public long capTonnes(int year) {
            long reduction = Math.round(linearReductionFactor * referenceCapTonnes) * (year - baseYear);
            return Math.max(0, baseCapTonnes - reduction);
        }
    }

    /**
     * No absolute cap: the cap is the year's free allocation plus reserves (intensity-based schemes
     * such as the national ETS). Immutable.
     */
    record FromAllocation() implements CapSchedule {}
}
