package org.carbonsim.core.model;

/**
 * A lumpy abatement option: adopting it cuts emissions by {@code abatementShare} of business-as-usual
 * at {@code costFenPerTonne} per tonne abated, from {@code leadTimeYears} after the decision.
 * Immutable.
 *
 * @param name display name ("waste-heat recovery")
 * @param costFenPerTonne cost per tonne abated, fen
 * @param abatementShare share of business-as-usual emissions removed (0..1)
 * @param leadTimeYears years between the decision and the first year it takes effect (0 = same year)
 */
public record TechnologyStep(String name, long costFenPerTonne, double abatementShare, int leadTimeYears) {
    public TechnologyStep {
        java.util.Objects.requireNonNull(name, "name");
        if (costFenPerTonne < 0) {
            throw new IllegalArgumentException("costFenPerTonne must be >= 0, got " + costFenPerTonne);
        }
        if (!(abatementShare > 0 && abatementShare <= 1)) {
            throw new IllegalArgumentException("abatementShare must be in (0, 1], got " + abatementShare);
        }
        if (leadTimeYears < 0) {
            throw new IllegalArgumentException("leadTimeYears must be >= 0, got " + leadTimeYears);
        }
    }
}
