package org.carbonsim.core.compliance;

/**
 * One year of what an enterprise owes at a cycle's deadline. Immutable.
 *
 * @param year the compliance year
 * @param emissionsTonnes verified emissions of the year, t
 * @param allocationTonnes final free allocation of the year, t
 * @param obligationTonnes what the year requires surrendered, t: the emissions, or less under a
 *     burden cap
 */
public record YearObligation(int year, long emissionsTonnes, long allocationTonnes, long obligationTonnes) {
    public YearObligation {
        if (emissionsTonnes < 0 || allocationTonnes < 0 || obligationTonnes < 0) {
            throw new IllegalArgumentException(year + ": emissions, allocation and obligation must be >= 0 t");
        }
        if (obligationTonnes > emissionsTonnes) {
            throw new IllegalArgumentException(year + ": the obligation " + obligationTonnes
                    + " t cannot exceed the emissions " + emissionsTonnes + " t");
        }
    }
}
