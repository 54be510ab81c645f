package org.carbonsim.core.mrv;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A year's reports and verification over the covered enterprises, in id order, with the totals the
 * outputs show. Immutable.
 *
 * @param year the compliance year
 * @param outcomes one per covered enterprise
 */
public record MrvYear(int year, List<MrvOutcome> outcomes) {
    public MrvYear {
        outcomes = List.copyOf(outcomes);
    }

    /** True covered emissions, t. */
    public long trueTonnes() {
        return sum(MrvOutcome::trueTonnes);
    }

    /** Measured covered emissions, t. */
    public long measuredTonnes() {
        return sum(MrvOutcome::measuredTonnes);
    }

    /** Reported covered emissions, t. */
    public long reportedTonnes() {
        return sum(MrvOutcome::reportedTonnes);
    }

    /** Covered emissions allowances are surrendered for (reported, corrected where detected), t. */
    public long complianceTonnes() {
        return sum(MrvOutcome::complianceTonnes);
    }

    /** Tonnes hidden on purpose, found or not, t. */
    public long hiddenTonnes() {
        return sum(MrvOutcome::hiddenTonnes);
    }

    /** True − compliance emissions: the environmental-integrity loss, t (negative when over-reported). */
    public long undetectedGapTonnes() {
        return sum(MrvOutcome::undetectedGapTonnes);
    }

    /** Hidden tonnes the audits found and corrected, t. */
    public long correctedTonnes() {
        return sum(o -> o.detected() ? o.hiddenTonnes() : 0);
    }

    /** Enterprises that hid tonnes. */
    public int underReporters() {
        return (int) outcomes.stream().filter(o -> o.hiddenTonnes() > 0).count();
    }

    /** Reports audited. */
    public int audits() {
        return (int) outcomes.stream().filter(MrvOutcome::audited).count();
    }

    /** Misreports found. */
    public int detections() {
        return (int) outcomes.stream().filter(MrvOutcome::detected).count();
    }

    /** Fines for misreporting, fen. */
    public long finesFen() {
        return sum(MrvOutcome::fineFen);
    }

    /** Tonnes to be deducted from next year's allocation, t. */
    public long deductionTonnes() {
        return sum(MrvOutcome::deductionTonnes);
    }

    private long sum(ToLongFunction<MrvOutcome> f) {
        long total = 0;
        for (MrvOutcome o : outcomes) {
            total = Math.addExact(total, f.applyAsLong(o));
        }
        return total;
    }
}
