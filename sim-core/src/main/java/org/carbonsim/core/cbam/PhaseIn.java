package org.carbonsim.core.cbam;

import java.util.Map;
import java.util.TreeMap;

/**
 * The CBAM factor by year, in basis points of the full liability: the share of free allocation the
 * EU withdraws from the CBAM sectors that year (Directive 2003/87/EC as amended by Directive (EU)
 * 2023/959, Art. 10a(1a)). Before the first year listed the factor is 0 (the transitional period
 * reports but pays nothing); after the last it stays at the last value. Immutable.
 *
 * @param basisPointsByYear the factor in basis points (0..10,000) by year
 */
public record PhaseIn(Map<Integer, Integer> basisPointsByYear) {
    /** Full liability, basis points. */
    public static final int FULL = 10_000;

    /**
     * The EU schedule: 2.5% in 2026, 5% in 2027, 10% in 2028, 22.5% in 2029, 48.5% in 2030, 61% in
     * 2031, 73.5% in 2032, 86% in 2033 and 100% from 2034 (100% less the share of free allocation
     * kept: 97.5, 95, 90, 77.5, 51.5, 39, 26.5, 14, 0).
     */
    public static final PhaseIn EU_SCHEDULE = new PhaseIn(Map.of(
            2026, 250, 2027, 500, 2028, 1_000, 2029, 2_250, 2030, 4_850, 2031, 6_100, 2032, 7_350, 2033, 8_600, 2034,
            FULL));

    public PhaseIn {
        basisPointsByYear = Map.copyOf(new TreeMap<>(basisPointsByYear));
        if (basisPointsByYear.isEmpty()) {
            throw new IllegalArgumentException("a phase-in needs at least one year");
        }
        for (Map.Entry<Integer, Integer> entry : basisPointsByYear.entrySet()) {
            if (entry.getValue() < 0 || entry.getValue() > FULL) {
                throw new IllegalArgumentException(
                        "CBAM factor of " + entry.getKey() + " must be 0..10000 basis points, got " + entry.getValue());
            }
        }
    }

    /** The factor of {@code year}, basis points. */
    public int basisPoints(int year) {
        TreeMap<Integer, Integer> sorted = new TreeMap<>(basisPointsByYear);
        Map.Entry<Integer, Integer> entry = sorted.floorEntry(year);
        return entry == null ? 0 : entry.getValue();
    }
}
