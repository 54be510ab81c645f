package org.carbonsim.core.compliance;

import java.util.Objects;
import java.util.Optional;

/**
 * Years settled together at one deadline, the last trading deadline of {@code lastYear}, with the
 * rules of the cycle's own allocation plan (as 2019–2020 and 2021–2022 in the national ETS). Until
 * the deadline nothing is surrendered: each year's verified obligation is carried, and at the
 * deadline the years are settled in order. With {@code borrowingWithinCycle} an earlier year's
 * obligation may be met from any vintage of the cycle (the allowances of the cycle's years are one
 * pool); without it, each year only from vintages up to its own. After the deadline {@code
 * borrowingShare} of the cycle's obligation may be met from the next year's allocation, and what is
 * left is banked by {@code banking}, counting the net sales of the whole cycle. A year outside every
 * declared cycle is a cycle of its own under the scheme's rules. Immutable.
 *
 * @param firstYear first year of the cycle
 * @param lastYear last year, whose deadline settles the cycle (>= firstYear)
 * @param borrowingWithinCycle whether later vintages of the cycle may meet earlier years' obligations
 * @param banking what happens to allowances left after the cycle's surrender
 * @param borrowingShare largest share of the cycle's obligation that may be met from the next year's
 *     allocation (0..1)
 * @param burdenCap the limit on the compliance burden, if the plan has one
 */
public record ComplianceCycle(
        int firstYear,
        int lastYear,
        boolean borrowingWithinCycle,
        BankingRule banking,
        double borrowingShare,
        Optional<BurdenCap> burdenCap) {
    public ComplianceCycle {
        Objects.requireNonNull(banking, "banking");
        Objects.requireNonNull(burdenCap, "burdenCap");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException(
                    "a cycle's last year " + lastYear + " is before its first year " + firstYear);
        }
        if (!(borrowingShare >= 0 && borrowingShare <= 1)) {
            throw new IllegalArgumentException("borrowingShare must be in [0, 1], got " + borrowingShare);
        }
    }

    /** A one-year cycle under the scheme's banking and borrowing, with no burden cap. */
    public static ComplianceCycle annual(int year, BankingRule banking, double borrowingShare) {
        return new ComplianceCycle(year, year, true, banking, borrowingShare, Optional.empty());
    }

    /** Whether {@code year} belongs to the cycle. */
    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Whether {@code year}'s deadline settles the cycle. */
    public boolean settlesIn(int year) {
        return year == lastYear;
    }

    /**
     * Whether allowances left after the cycle's deadline are carried into the next year: unless its
     * banking rule forbids it (a capped rule carries some).
     */
    public boolean banks() {
        return !(banking instanceof BankingRule.Forbidden);
    }

    /** The newest vintage that may meet {@code year}'s obligation at the cycle's deadline. */
    public int newestVintageFor(int year) {
        return borrowingWithinCycle ? lastYear : year;
    }

    /** What a unit of {@code sectorId} owes for a year: its emissions, capped by the burden cap if any. */
    public long obligationTonnes(String sectorId, long emissionsTonnes, long allocationTonnes) {
        return burdenCap
                .map(cap -> cap.obligationTonnes(sectorId, emissionsTonnes, allocationTonnes))
                .orElse(emissionsTonnes);
    }
}
