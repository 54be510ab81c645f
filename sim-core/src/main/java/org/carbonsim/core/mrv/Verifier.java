package org.carbonsim.core.mrv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A year's verification: each covered enterprise's monitoring measures its true emissions with its
 * method's error, it reports the measurement less what it hides, verifiers audit a share of the
 * reports ({@link AuditSelection}), and an audit finds a misreport with the detection probability.
 * A detected misreport is corrected (the hidden tonnes are added back to what the enterprise must
 * surrender), fined and marked for a deduction from next year's allocation. Audits look for hidden
 * tonnes; they check a report against the enterprise's own monitoring, so the method's error stays
 * (a default carbon content set high on purpose is the rule, not a misreport). Immutable.
 */
public final class Verifier {
    private final MrvRules rules;

    /** A verifier applying {@code rules}. */
    public Verifier(MrvRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules it applies. */
    public MrvRules rules() {
        return rules;
    }

    /**
     * Verifies {@code reports} of {@code year} with each enterprise's {@code draws}, fining detected
     * misreports at {@code priceFen} per tonne; outcomes in id order.
     */
    public MrvYear verify(int year, List<FirmReport> reports, Map<String, Draws> draws, long priceFen) {
        List<FirmReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(FirmReport::enterpriseId));
        Map<String, Long> measured = new HashMap<>();
        Map<String, Long> hidden = new HashMap<>();
        for (FirmReport report : sorted) {
            String id = report.enterpriseId();
            Draws d = Objects.requireNonNull(draws.get(id), () -> "no draws for " + id);
            long m = rules.errorOf(report.method()).measuredTonnes(report.trueTonnes(), d.errorZ());
            if (measured.put(id, m) != null) {
                throw new IllegalArgumentException("enterprise " + id + " reports twice in " + year);
            }
            hidden.put(id, Math.round(report.hiddenShare() * m));
        }
        Set<String> audited = audited(sorted, measured, hidden, draws);
        List<MrvOutcome> outcomes = new ArrayList<>(sorted.size());
        for (FirmReport report : sorted) {
            String id = report.enterpriseId();
            long m = measured.get(id);
            long h = hidden.get(id);
            boolean isAudited = audited.contains(id);
            boolean detected = isAudited && h > 0 && draws.get(id).detection() < rules.detectionProbability();
            outcomes.add(new MrvOutcome(
                    id,
                    report.sectorId(),
                    report.method(),
                    report.trueTonnes(),
                    m,
                    h,
                    m - h,
                    isAudited,
                    detected,
                    detected ? m : m - h,
                    detected ? rules.fine().fineFen(h, priceFen) : 0,
                    detected ? rules.fine().deductionTonnes(h) : 0));
        }
        return new MrvYear(year, outcomes);
    }

    private Set<String> audited(
            List<FirmReport> sorted, Map<String, Long> measured, Map<String, Long> hidden, Map<String, Draws> draws) {
        Set<String> audited = new HashSet<>();
        if (rules.selection() == AuditSelection.RANDOM) {
            for (FirmReport report : sorted) {
                if (draws.get(report.enterpriseId()).audit() < rules.auditRate()) {
                    audited.add(report.enterpriseId());
                }
            }
            return audited;
        }
        Map<String, double[]> sectorTotals = new HashMap<>();
        Map<String, Long> reported = new HashMap<>();
        for (FirmReport report : sorted) {
            String id = report.enterpriseId();
            long r = measured.get(id) - hidden.get(id);
            reported.put(id, r);
            double[] t = sectorTotals.computeIfAbsent(report.sectorId(), k -> new double[2]);
            t[0] += r;
            t[1] += report.outputUnits();
        }
        Map<String, Double> suspicion = new HashMap<>();
        for (FirmReport report : sorted) {
            double[] t = sectorTotals.get(report.sectorId());
            double sectorIntensity = t[1] > 0 ? t[0] / t[1] : 0;
            double own = report.outputUnits() > 0 ? reported.get(report.enterpriseId()) / report.outputUnits() : 0;
            // relative reported intensity: low is suspicious; no output or no sector intensity ranks last
            double ratio = report.outputUnits() > 0 && sectorIntensity > 0 ? own / sectorIntensity : Double.MAX_VALUE;
            suspicion.put(report.enterpriseId(), ratio);
        }
        List<FirmReport> ranked = new ArrayList<>(sorted);
        ranked.sort(Comparator.comparingDouble((FirmReport r) -> suspicion.get(r.enterpriseId()))
                .thenComparing(FirmReport::enterpriseId));
        long count = Math.round(rules.auditRate() * ranked.size());
        for (int i = 0; i < count; i++) {
            audited.add(ranked.get(i).enterpriseId());
        }
        return audited;
    }
}
