package org.carbonsim.core.compliance;

import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * What one enterprise owes at a cycle's deadline: one {@link YearObligation} per year of the cycle
 * in which it was covered, in year order. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param account its registry account
 * @param years its covered years of the cycle, in order (at least one)
 * @param netSalesTonnes allowances it sold minus bought over the cycle, and before it where a capped rule
 *     counts net sales from a year, t (for capped banking)
 */
public record CycleDue(String enterpriseId, int account, List<YearObligation> years, long netSalesTonnes) {
    public CycleDue {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException(enterpriseId + ": a cycle due needs at least one year");
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() <= years.get(i - 1).year()) {
                throw new IllegalArgumentException(enterpriseId + ": the years of a cycle due must be in order");
            }
        }
    }

    /** A one-year due whose obligation is its verified emissions. */
    public static CycleDue of(ComplianceDue due, int year) {
        return new CycleDue(
                due.enterpriseId(),
                due.account(),
                List.of(new YearObligation(year, due.emissionsTonnes(), due.allocationTonnes(), due.emissionsTonnes())),
                due.netSalesTonnes());
    }

    /** Verified emissions over the years, t. */
    public long emissionsTonnes() {
        return sum(YearObligation::emissionsTonnes);
    }

    /** Free allocation over the years, t. */
    public long allocationTonnes() {
        return sum(YearObligation::allocationTonnes);
    }

    /** What the years require surrendered, t. */
    public long obligationTonnes() {
        return sum(YearObligation::obligationTonnes);
    }

    private long sum(ToLongFunction<YearObligation> tonnes) {
        long total = 0;
        for (YearObligation year : years) {
            total = Math.addExact(total, tonnes.applyAsLong(year));
        }
        return total;
    }
}
