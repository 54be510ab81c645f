package org.carbonsim.core.engine;

import org.carbonsim.core.compliance.PenaltyModel;

/**
 * What a tonne short costs an enterprise under the year's penalty rule, fen per tonne: the model
 * assumption behind the ceiling of the reference equilibrium and the marginal cost of a shortfall
 * beyond an enterprise's abatement potential. It is the fine per tonne plus the allowances deducted
 * (or owed) per tonne valued at the reference price ({@link PenaltyModel#costPerTonneShortFen}),
 * computed for a probe shortfall of {@value #PROBE_TONNES} t so that a fine cap per enterprise (Hubei's CNY 150,000)
 * counts as it would for a typical shortfall. The reference price is the one the rule itself reads
 * and the firms know when the year opens: the previous compliance year's average (volume-weighted)
 * exchange price, the initial price in the first year. Priced at the last close or the year-to-date
 * average instead, it would feed on itself: a high close raises what short firms bid to avoid the
 * penalty, which raises the close. Stateless.
 */
final class PenaltyEquivalent {
    /** The shortfall at which the per-tonne cost is read, t. */
    static final long PROBE_TONNES = 1_000;

    private PenaltyEquivalent() {}

    /** The penalty-equivalent price, fen per tonne, when the rule's reference price is {@code referenceFen}. */
    static long perTonneFen(PenaltyModel penalty, long referenceFen) {
        if (referenceFen < 0) {
            throw new IllegalArgumentException("referenceFen must be >= 0, got " + referenceFen);
        }
        return penalty.costPerTonneShortFen(PROBE_TONNES, referenceFen);
    }
}
