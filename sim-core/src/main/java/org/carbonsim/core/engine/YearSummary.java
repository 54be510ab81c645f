package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.LeastCostAbatement;
import org.carbonsim.core.model.Economy;

/**
 * The rows each year of a run ends with: its enterprise rows ({@link EnterpriseRows}) and its summary
 * row ({@link YearResult}), compared with the year's one-year reference; and each year's fines per
 * tonne short, which the intertemporal reference reads after the last year. Not thread-safe.
 */
final class YearSummary {
    private final Economy economy;
    /** Each enterprise's registry account, by id. */
    private final Map<String, Integer> accountOf;

    private final AccountBook book;
    private final GovernmentOperations operations;
    /** Each year's fines ÷ tonnes short, fen per tonne (-1 when none was short), for the references. */
    private final List<Long> finesPerTonneShort = new ArrayList<>();

    private List<EnterpriseResult> enterpriseRows;

    YearSummary(Economy economy, Map<String, Integer> accountOf, AccountBook book, GovernmentOperations operations) {
        this.economy = economy;
        this.accountOf = accountOf;
        this.book = book;
        this.operations = operations;
    }

    /**
     * The row of the year that {@code allocation}, {@code verified} and {@code settlement} hold, with
     * its reference {@code equilibrium}, its {@code trading} days, the tonnes and fen its trades moved
     * ({@code volumeTonnes}, {@code turnoverFen}) and its average price {@code averageFen}; its
     * enterprise rows are kept ({@link #enterpriseRows}).
     */
    YearResult close(
            YearAllocation allocation,
            YearVerification verified,
            ComplianceSettlement settlement,
            EquilibriumResult equilibrium,
            TradingDays trading,
            long volumeTonnes,
            long turnoverFen,
            long averageFen) {
        EnterpriseRows rows = EnterpriseRows.of(
                verified.year(),
                economy,
                allocation.coverage(),
                verified.actual(),
                verified.finalAllocation(),
                allocation.withheld(),
                settlement.outcomes(),
                verified.realisedCost(),
                verified.decisions(),
                accountOf,
                book);
        enterpriseRows = rows.rows();
        ComplianceYear compliance = settlement.compliance();
        long realised = Math.addExact(
                Math.addExact(rows.abatementCostFen(), compliance.offsetCostFen()), compliance.finesFen());
        long shortTonnes = compliance.shortfallTonnes();
        long finePerTonneShortFen = shortTonnes == 0 ? -1 : compliance.finesFen() / shortTonnes;
        finesPerTonneShort.add(finePerTonneShortFen);
        OptionalDouble efficiency = equilibrium.efficiency(
                realised, IntertemporalReference.unmetPriceFen(finePerTonneShortFen, equilibrium));
        long capTonnes = allocation.table().capTonnes();
        return new YearResult(
                verified.year(),
                capTonnes,
                rows.coveredEnterprises(),
                rows.coveredEmissionsTonnes(),
                rows.allocatedTonnes(),
                operations.auctionedTonnes(),
                rows.emissionsTonnes(),
                rows.abatementTonnes(),
                compliance.offsetTonnes(),
                compliance.bankedTonnes(),
                volumeTonnes,
                turnoverFen,
                averageFen,
                trading.closeFen(),
                trading.limitHits(),
                operations.interventionCount(),
                compliance.complianceRate(),
                compliance.finesFen(),
                equilibrium.priceFen(),
                rows.abatementCostFen(),
                equilibrium.leastCostFen(),
                efficiency,
                realised,
                equilibrium.priceFen(),
                equilibrium.leastCostFen(),
                efficiency,
                rows.abatementLeastCostFen(),
                LeastCostAbatement.costEffectiveness(rows.abatementLeastCostFen(), rows.abatementCostFen()),
                trading.liquidity(capTonnes),
                rows.rows().stream().mapToLong(EnterpriseResult::cancelled).sum(),
                rows.rows().stream().mapToLong(EnterpriseResult::deducted).sum());
    }

    /** The enterprise rows of the year last closed. */
    List<EnterpriseResult> enterpriseRows() {
        return enterpriseRows;
    }

    /** Each year's fines ÷ tonnes short so far, fen per tonne (-1 when none was short). */
    List<Long> finesPerTonneShort() {
        return finesPerTonneShort;
    }
}
