package org.carbonsim.core.agents;

import java.util.List;
import java.util.Objects;
import org.carbonsim.core.model.ProductionModel;
import org.carbonsim.core.model.TechnologyStep;

/**
 * One enterprise's abatement for one year, as planned against its business-as-usual forecast. The
 * share and the cost per business-as-usual tonne carry over to actual emissions: {@link
 * #abatementTonnesAt} and {@link #costFenAt} give the realised tonnes and cost. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param year the compliance year
 * @param expectedPriceFen the price expectation the decision was made against, fen per tonne
 * @param share share of business-as-usual emissions abated this year (0..1)
 * @param costFenPerBauTonne abatement cost per tonne of business-as-usual emissions, fen
 * @param bauTonnes business-as-usual forecast the plan was made on, t
 * @param abatementTonnes planned abatement on that forecast, t
 * @param costFen planned cost on that forecast, fen (rounded once)
 * @param decidedSteps technology steps decided this year (effective now or after their lead time)
 * @param effectiveSteps technology steps that take effect this year (decided this year or earlier)
 */
public record AbatementDecision(
        String enterpriseId,
        int year,
        double expectedPriceFen,
        double share,
        double costFenPerBauTonne,
        long bauTonnes,
        long abatementTonnes,
        long costFen,
        List<TechnologyStep> decidedSteps,
        List<TechnologyStep> effectiveSteps) {
    public AbatementDecision {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        decidedSteps = List.copyOf(decidedSteps);
        effectiveSteps = List.copyOf(effectiveSteps);
        if (!(share >= 0 && share <= 1) || !(costFenPerBauTonne >= 0) || bauTonnes < 0) {
            throw new IllegalArgumentException(
                    enterpriseId + ": need share in [0, 1], costFenPerBauTonne >= 0 and bauTonnes >= 0");
        }
    }

    /** Tonnes abated when business-as-usual emissions turn out to be {@code actualBauTonnes}. */
    public long abatementTonnesAt(long actualBauTonnes) {
        checkBau(actualBauTonnes);
        return ProductionModel.abatedTonnes(actualBauTonnes, share);
    }

    /** Cost, fen (rounded once), when business-as-usual emissions turn out to be {@code actualBauTonnes}. */
    public long costFenAt(long actualBauTonnes) {
        checkBau(actualBauTonnes);
        return Math.round(costFenPerBauTonne * actualBauTonnes);
    }

    private void checkBau(long actualBauTonnes) {
        if (actualBauTonnes < 0) {
            throw new IllegalArgumentException(enterpriseId + ": actualBauTonnes must be >= 0, got " + actualBauTonnes);
        }
    }
}
