package org.carbonsim.core.coverage;

import java.util.List;

/**
 * Inclusion rules: thresholds by year, entry when any of the last {@code lookbackYears} years meets
 * the threshold (Hubei's 2022 plan used four), exit after {@code exitYearsBelow} consecutive years
 * below (Hubei: two) or on closure. Sectors enter by their own coverage years. Immutable.
 *
 * @param thresholds thresholds by ascending {@code fromYear}, the first for every sector and in force
 *     in every earlier year; two from the same year apply to different sectors
 * @param lookbackYears years looked back for entry (1 = only the previous year)
 * @param exitYearsBelow consecutive years below the threshold after which a covered enterprise leaves
 */
public record CoverageRules(List<Threshold> thresholds, int lookbackYears, int exitYearsBelow) {
    public CoverageRules {
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("at least one threshold is needed");
        }
        if (!thresholds.get(0).sectors().isEmpty()) {
            throw new IllegalArgumentException("the first threshold must apply to every sector");
        }
        for (int i = 1; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            if (threshold.fromYear() < thresholds.get(i - 1).fromYear()) {
                throw new IllegalArgumentException("thresholds must be in ascending fromYear");
            }
            for (int j = 0; j < i; j++) {
                if (thresholds.get(j).fromYear() == threshold.fromYear()
                        && thresholds.get(j).overlaps(threshold)) {
                    throw new IllegalArgumentException(
                            "two thresholds from " + threshold.fromYear() + " apply to the same sector");
                }
            }
        }
        if (lookbackYears < 1) {
            throw new IllegalArgumentException("lookbackYears must be >= 1, got " + lookbackYears);
        }
        if (exitYearsBelow < 1) {
            throw new IllegalArgumentException("exitYearsBelow must be >= 1, got " + exitYearsBelow);
        }
    }

    /**
     * The threshold in force in {@code year} for the enterprises of {@code sectorId}: the latest from
     * that year or before that applies to the sector, else the first.
     */
    public Threshold thresholdIn(int year, String sectorId) {
        Threshold current = thresholds.get(0);
        for (Threshold threshold : thresholds) {
            if (threshold.fromYear() <= year && threshold.appliesTo(sectorId)) {
                current = threshold;
            }
        }
        return current;
    }
}
