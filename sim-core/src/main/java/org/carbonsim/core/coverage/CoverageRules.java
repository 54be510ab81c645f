package org.carbonsim.core.coverage;

import java.util.List;

/**
 * Inclusion rules: thresholds by year, entry when any of the last {@code lookbackYears} years meets
 * the threshold (Hubei's 2022 plan used four), exit after {@code exitYearsBelow} consecutive years
 * below (Hubei: two) or on closure. Sectors enter by their own coverage years. Immutable.
 *
 * @param thresholds thresholds by ascending {@code fromYear}; the first applies to every earlier year
 * @param lookbackYears years looked back for entry (1 = only the previous year)
 * @param exitYearsBelow consecutive years below the threshold after which a covered enterprise leaves
 */
public record CoverageRules(List<Threshold> thresholds, int lookbackYears, int exitYearsBelow) {
    public CoverageRules {
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("at least one threshold is needed");
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (thresholds.get(i).fromYear() <= thresholds.get(i - 1).fromYear()) {
                throw new IllegalArgumentException("thresholds must have strictly ascending fromYear");
            }
        }
        if (lookbackYears < 1) {
            throw new IllegalArgumentException("lookbackYears must be >= 1, got " + lookbackYears);
        }
        if (exitYearsBelow < 1) {
            throw new IllegalArgumentException("exitYearsBelow must be >= 1, got " + exitYearsBelow);
        }
    }

    /** The threshold in force in {@code year}. */
    public Threshold thresholdIn(int year) {
        Threshold current = thresholds.get(0);
        for (Threshold threshold : thresholds) {
            if (threshold.fromYear() <= year) {
                current = threshold;
            }
        }
        return current;
    }
}
