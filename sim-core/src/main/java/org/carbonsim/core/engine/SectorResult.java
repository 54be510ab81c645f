package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonsim.core.compliance.ComplianceOutcome;

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
 * @param cancelled allowances the banking rule cancelled at the year's deadline, t
 * @param deducted tonnes withheld from the year's issuance for what its enterprises owed, t
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
        long offsetCost,
        long cancelled,
        long deducted) {
    public SectorResult {
        Objects.requireNonNull(sectorId, "sectorId");
    }

    /**
     * The sector rows of {@code year}: the sums of its enterprise rows by sector id, in id order; the
     * covered enterprises' emissions, abatement cost ({@code realisedCostFen}, by enterprise id) and
     * offset cost (of their {@code outcomes}) in the compliance columns.
     */
    static List<SectorResult> sum(
            int year,
            List<EnterpriseResult> enterpriseRows,
            Map<String, ComplianceOutcome> outcomes,
            Map<String, Long> realisedCostFen) {
        Map<String, long[]> sums = new TreeMap<>();
        for (EnterpriseResult row : enterpriseRows) {
            long[] s = sums.computeIfAbsent(row.sectorId(), k -> new long[16]);
            s[0] += row.covered() ? 1 : 0;
            s[1] += row.allocation();
            s[2] += row.emissions();
            s[3] += row.abatement();
            s[4] += row.surrendered();
            s[5] += row.offsets();
            s[6] += row.shortfall();
            s[7] += row.penalty();
            s[8] += row.bought();
            s[9] += row.sold();
            s[10] += row.banked();
            s[14] += row.cancelled();
            s[15] += row.deducted();
            if (row.covered()) {
                ComplianceOutcome outcome = outcomes.get(row.enterpriseId());
                s[11] += row.emissions();
                s[12] += realisedCostFen.getOrDefault(row.enterpriseId(), 0L);
                s[13] += outcome == null ? 0 : outcome.offsetCostFen();
            }
        }
        List<SectorResult> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : sums.entrySet()) {
            long[] s = entry.getValue();
            rows.add(new SectorResult(
                    year,
                    entry.getKey(),
                    (int) s[0],
                    s[1],
                    s[2],
                    s[3],
                    s[4],
                    s[5],
                    s[6],
                    s[7],
                    s[8],
                    s[9],
                    s[10],
                    s[11],
                    s[12],
                    s[13],
                    s[14],
                    s[15]));
        }
        return rows;
    }
}
