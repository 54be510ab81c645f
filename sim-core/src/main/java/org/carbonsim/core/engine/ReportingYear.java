package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.mrv.Draws;
import org.carbonsim.core.mrv.FirmReport;
import org.carbonsim.core.mrv.MrvOutcome;
import org.carbonsim.core.mrv.MrvRules;
import org.carbonsim.core.mrv.MrvYear;
import org.carbonsim.core.mrv.UnderReportingRule;
import org.carbonsim.core.mrv.Verifier;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;

/**
 * One year's emissions reporting by the covered enterprises under the scenario's MRV rules: each
 * enterprise's decision to hide part of its emissions when the year opens ({@link UnderReportingRule}),
 * the obligation it plans with, the verifier's reports, audits and detections, what it surrenders for
 * from verification on, and the fines and deductions of the detected at the deadline. Without MRV
 * rules (no verifier) enterprises report exactly: each plans with and surrenders for its emissions,
 * and nothing is drawn. Not thread-safe.
 */
final class ReportingYear {
    /** The verifier of the scenario's MRV rules; {@code null} when emissions are reported exactly. */
    private final Verifier verifier;

    private final Economy economy;
    private final int year;
    /** Share of its measured emissions each covered enterprise hides this year. */
    private final Map<String, Double> hiddenShares = new HashMap<>();
    /** What each covered enterprise must surrender for after verification, t. */
    private final Map<String, Long> obligations = new HashMap<>();

    private MrvYear verified;

    ReportingYear(Verifier verifier, Economy economy, int year) {
        this.verifier = verifier;
        this.economy = economy;
        this.year = year;
    }

    /**
     * Each covered enterprise's reporting decision for the year, taken on its expected
     * business-as-usual emissions as its method measures them, at the price {@code expectedFen} it
     * expects when the year opens; nothing without MRV rules.
     */
    void decide(List<AllocationLine> covered, double expectedFen) {
        if (verifier == null) {
            return;
        }
        MrvRules rules = verifier.rules();
        for (AllocationLine line : covered) {
            String id = line.enterpriseId();
            double bias = rules.errorOf(
                            rules.methodOf(id, economy.enterprise(id).sectorId()))
                    .bias();
            long measured = Math.round(economy.expectedYear(id, year).bauEmissionsTonnes() * (1 + bias));
            hiddenShares.put(id, UnderReportingRule.hiddenShare(rules, measured, expectedFen));
        }
    }

    /**
     * What {@code id} expects to surrender for {@code tonnes} emitted: the tonnes themselves without
     * MRV rules, else scaled by its {@link MrvRules#expectedObligationFactor}.
     */
    long expectedObligation(String id, long tonnes) {
        if (verifier == null) {
            return tonnes;
        }
        MrvRules rules = verifier.rules();
        double factor = rules.expectedObligationFactor(
                rules.methodOf(id, economy.enterprise(id).sectorId()), hiddenShares.getOrDefault(id, 0.0));
        return Math.round(tonnes * factor);
    }

    /**
     * Reports, audits and detections of the covered enterprises' true emissions {@code actual}, the
     * draws of each from its own stream of {@code seed}; nothing without MRV rules.
     */
    void verify(List<AllocationLine> covered, Map<String, EnterpriseYear> actual, long seed, long priceFen) {
        if (verifier == null) {
            return;
        }
        MrvRules rules = verifier.rules();
        List<FirmReport> reports = new ArrayList<>();
        Map<String, Draws> draws = new HashMap<>();
        for (AllocationLine line : covered) {
            String id = line.enterpriseId();
            EnterpriseYear y = actual.get(id);
            String sectorId = economy.enterprise(id).sectorId();
            reports.add(new FirmReport(
                    id,
                    sectorId,
                    y.emissionsTonnes(),
                    y.outputUnits(),
                    rules.methodOf(id, sectorId),
                    hiddenShares.getOrDefault(id, 0.0)));
            draws.put(id, Draws.of(seed, year, id));
        }
        verified = verifier.verify(year, reports, draws, priceFen);
        for (MrvOutcome outcome : verified.outcomes()) {
            obligations.put(outcome.enterpriseId(), outcome.complianceTonnes());
        }
    }

    /**
     * What {@code id} surrenders allowances for: its compliance emissions once verified under MRV
     * rules, else its emissions in {@code actual}.
     */
    long obligationTonnes(String id, Map<String, EnterpriseYear> actual) {
        Long tonnes = obligations.get(id);
        return tonnes != null ? tonnes : actual.get(id).emissionsTonnes();
    }

    /**
     * Detected misreports pay their fines from the account {@code accountOf} gives and owe their
     * deductions from next year's issuance; nothing before verification or without MRV rules.
     */
    void chargeMisreports(Registry registry, ToIntFunction<String> accountOf) {
        if (verified == null) {
            return;
        }
        for (MrvOutcome outcome : verified.outcomes()) {
            if (outcome.detected()) {
                int account = accountOf.applyAsInt(outcome.enterpriseId());
                registry.pay(account, outcome.fineFen(), CashReason.DATA_QUALITY_FINE);
                if (outcome.deductionTonnes() > 0) {
                    registry.addDebt(account, outcome.deductionTonnes());
                }
            }
        }
    }

    /** The year's verification, once it has taken place under MRV rules. */
    Optional<MrvYear> verified() {
        return Optional.ofNullable(verified);
    }
}
