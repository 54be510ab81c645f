package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.agents.AbatementDecision;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.LeastCostAbatement;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.EnterpriseYear;

/**
 * A settled year's enterprise rows, one per enterprise of the economy in its order, covered or not,
 * with the covered enterprises' totals over them that the year's summary row reports. Immutable.
 *
 * @param rows the enterprise rows
 * @param coveredEnterprises enterprises covered in the year
 * @param coveredEmissionsTonnes verified emissions of the covered enterprises, t
 * @param emissionsTonnes verified emissions of every operating enterprise, t
 * @param abatementTonnes business-as-usual minus verified emissions of the covered enterprises, t
 * @param allocatedTonnes final free allocation to the covered enterprises, t
 * @param abatementCostFen realised abatement cost of the covered enterprises, fen
 * @param abatementLeastCostFen least cost of the abatement those enterprises did (each one's realised
 *     share of its actual business-as-usual emissions, summed before rounding to whole tonnes), spread
 *     over their curves at those emissions least-cost first, fen
 */
record EnterpriseRows(
        List<EnterpriseResult> rows,
        int coveredEnterprises,
        long coveredEmissionsTonnes,
        long emissionsTonnes,
        long abatementTonnes,
        long allocatedTonnes,
        long abatementCostFen,
        long abatementLeastCostFen) {
    EnterpriseRows {
        rows = List.copyOf(rows);
    }

    /**
     * The rows of {@code year}: each enterprise's coverage, its {@code actual} year (idle when it did
     * not operate), final allocation, compliance outcome, the allowances its account ({@code
     * accountOf}) bought and sold in the year by {@code book}, the tonnes {@code withheld} from its
     * issuance for what it owed, and for the totals the covered
     * enterprises' {@code realisedCostFen} and the least cost of the abatement they did at the shares
     * of their final {@code decisions} (the enterprises that settled abatement, those in both maps).
     */
    static EnterpriseRows of(
            int year,
            Economy economy,
            Map<String, CoverageRecord> coverageById,
            Map<String, EnterpriseYear> actual,
            Map<String, Long> finalAllocation,
            Map<String, Long> withheld,
            Map<String, ComplianceOutcome> outcomes,
            Map<String, Long> realisedCostFen,
            Map<String, AbatementDecision> decisions,
            Map<String, Integer> accountOf,
            AccountBook book) {
        List<EnterpriseResult> rows = new ArrayList<>(economy.enterprises().size());
        int covered = 0;
        long coveredEmissions = 0;
        long emissions = 0;
        long abatement = 0;
        long allocated = 0;
        long cost = 0;
        List<CoveredFirm> settled = new ArrayList<>();
        double settledTonnes = 0;
        for (Enterprise enterprise : economy.enterprises()) {
            String id = enterprise.id();
            CoverageRecord record = coverageById.get(id);
            EnterpriseYear simulated = actual.get(id);
            // an idle year made only where none was simulated, not for every enterprise as a default
            EnterpriseYear y = simulated != null ? simulated : EnterpriseYear.idle(id, year);
            long abated = y.bauEmissionsTonnes() - y.emissionsTonnes();
            emissions += y.emissionsTonnes();
            ComplianceOutcome outcome = outcomes.get(id);
            long allocation = finalAllocation.getOrDefault(id, 0L);
            if (record.covered()) {
                covered++;
                coveredEmissions += y.emissionsTonnes();
                abatement += abated;
                allocated += allocation;
                // one look-up: present for the enterprises that settled abatement
                Long realisedFen = realisedCostFen.get(id);
                if (realisedFen != null) {
                    cost = Math.addExact(cost, realisedFen);
                    settled.add(new CoveredFirm(id, y.bauEmissionsTonnes(), enterprise.abatement()));
                    settledTonnes += decisions.get(id).share() * y.bauEmissionsTonnes();
                }
            }
            Integer account = accountOf.get(id);
            rows.add(new EnterpriseResult(
                    year,
                    id,
                    enterprise.sectorId(),
                    record.covered(),
                    record.reason().name(),
                    record.newEntrant(),
                    allocation,
                    y.emissionsTonnes(),
                    abated,
                    outcome == null ? 0 : outcome.surrenderedTonnes(),
                    outcome == null ? 0 : outcome.offsetTonnes(),
                    outcome == null ? 0 : outcome.shortfallTonnes(),
                    outcome == null ? 0 : outcome.fineFen(),
                    account == null ? 0 : book.boughtTonnes(account),
                    account == null ? 0 : book.soldTonnes(account),
                    outcome == null ? 0 : outcome.bankedTonnes(),
                    outcome == null ? 0 : outcome.cancelledTonnes(),
                    withheld.getOrDefault(id, 0L)));
        }
        return new EnterpriseRows(
                rows,
                covered,
                coveredEmissions,
                emissions,
                abatement,
                allocated,
                cost,
                LeastCostAbatement.costFen(settled, settledTonnes));
    }
}
