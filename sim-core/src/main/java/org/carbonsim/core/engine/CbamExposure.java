package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.carbonsim.core.cbam.Cbam;
import org.carbonsim.core.cbam.CbamRules;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.cbam.ExportingFirm;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.EnterpriseYear;

/**
 * A year's CBAM rows from what the run produced: each operating enterprise's actual output, true
 * emissions and the emissions it surrendered for (its compliance emissions under MRV rules), its
 * final free allocation and coverage, and the year's average allowance price as the domestic price.
 * Immutable (stateless).
 */
final class CbamExposure {
    private CbamExposure() {}

    /**
     * The rows of {@code year}; {@code complianceEmissionsTonnes} gives what each enterprise
     * surrendered allowances for, t (its emissions in {@code actual} without MRV rules).
     */
    static List<CbamSectorYear> of(
            CbamRules rules,
            int year,
            List<Enterprise> enterprises,
            Map<String, EnterpriseYear> actual,
            Map<String, CoverageRecord> coverage,
            Map<String, Long> finalAllocation,
            ToLongFunction<String> complianceEmissionsTonnes,
            long allowancePriceFen) {
        List<ExportingFirm> firms = new ArrayList<>();
        for (Enterprise enterprise : enterprises) {
            EnterpriseYear y = actual.get(enterprise.id());
            if (y == null || !y.operating()) {
                continue;
            }
            CoverageRecord record = coverage.get(enterprise.id());
            firms.add(new ExportingFirm(
                    enterprise.id(),
                    enterprise.sectorId(),
                    record != null && record.covered(),
                    y.outputUnits(),
                    y.emissionsTonnes(),
                    complianceEmissionsTonnes.applyAsLong(enterprise.id()),
                    finalAllocation.getOrDefault(enterprise.id(), 0L)));
        }
        return Cbam.year(year, rules, firms, allowancePriceFen);
    }
}
