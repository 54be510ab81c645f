package org.carbonsim.core.engine;

import java.util.Objects;

/**
 * One sector in one year of a run: the sums of its enterprises' rows (covered enterprises only for the
 * compliance columns, which are 0 for the others). Tonnes and fen. Immutable.
 *
 * @param year the compliance year
 * @param sectorId the sector
 * @param coveredEnterprises enterprises covered
 * @param allocation final free allocation, t
 * @param emissions verified emissions of all its operating enterprises, t
 * @param abatement abatement of all its operating enterprises, t
 * @param surrendered allowances surrendered, t
 * @param offsets offset credits surrendered, t
 * @param shortfall obligations left unmet, t
 * @param penalty fines, fen
 * @param bought tonnes bought
 * @param sold tonnes sold
 * @param banked allowances banked, t
 * @param coveredEmissions verified emissions of its covered enterprises, t
 * @param abatementCost realised abatement cost of its covered enterprises, fen
 * @param offsetCost what its surrendered offset credits cost, fen
 */
public record SectorResult(
        int year,
        String sectorId,
        int coveredEnterprises,
        long allocation,
        long emissions,
        long abatement,
        long surrendered,
        long offsets,
        long shortfall,
        long penalty,
        long bought,
        long sold,
        long banked,
        long coveredEmissions,
        long abatementCost,
        long offsetCost) {
    public SectorResult {
        Objects.requireNonNull(sectorId, "sectorId");
    }
}
