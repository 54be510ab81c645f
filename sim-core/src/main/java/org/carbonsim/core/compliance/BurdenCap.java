package org.carbonsim.core.compliance;

import java.util.List;

/**
 * The limit on the compliance burden (履约负担上限) of the national ETS in 2019–2022: a unit
 * surrenders no more than its free allocation plus {@code emissionsShare} of its verified emissions,
 * and a unit of an allocation-only sector (the gas units) no more than its free allocation. The
 * desk settles the capped obligation; the traders plan with it and the reference counts what it
 * exempts as supply, all through {@link #obligationTonnes}. Immutable.
 *
 * @param emissionsShare share of verified emissions a unit may owe beyond its allocation (national:
 *     0.2), in [0, 1]
 * @param allocationOnlySectors sector ids whose units owe at most their allocation (national: gas)
 */
public record BurdenCap(double emissionsShare, List<String> allocationOnlySectors) {
    public BurdenCap {
        allocationOnlySectors = List.copyOf(allocationOnlySectors);
        if (!(emissionsShare >= 0 && emissionsShare <= 1)) {
            throw new IllegalArgumentException("emissionsShare must be in [0, 1], got " + emissionsShare);
        }
    }

    /**
     * What a unit of {@code sectorId} with {@code emissionsTonnes} verified emissions and {@code
     * allocationTonnes} free allocation must surrender, t: the emissions, at most the allocation
     * (allocation-only sectors) or the allocation plus the share of emissions (rounded down).
     */
    public long obligationTonnes(String sectorId, long emissionsTonnes, long allocationTonnes) {
        long limit = allocationOnlySectors.contains(sectorId)
                ? allocationTonnes
                : Math.addExact(allocationTonnes, (long) Math.floor(emissionsShare * emissionsTonnes));
        return Math.min(emissionsTonnes, limit);
    }
}
