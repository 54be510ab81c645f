package org.carbonsim.core.equilibrium;

import java.util.Objects;

/**
 * One firm's part of the reference equilibrium: the business-as-usual emissions the reference counts
 * for it, its least-cost abatement, and the offset credits it surrenders there under the offset rule ({@link FirmCredits}: within its own caps, the same share of
 * its room on each programme as every other firm's), with their cost. The solver's firms' credits and
 * credit costs sum exactly to the result's {@link EquilibriumResult#offsetsUsedTonnes} and {@link
 * EquilibriumResult#offsetCostFen}. Immutable.
 *
 * @param id enterprise id
 * @param bauTonnes the firm's business-as-usual emissions on the reference ({@link CoveredFirm#bauTonnes}), t
 * @param abatementTonnes tonnes abated, t
 * @param costFen cost of that abatement, fen (rounded once for the firm-year)
 * @param creditTonnes offset credits the firm surrenders on the reference, t
 * @param creditCostFen what those credits cost, fen (its share of each programme's cost, in whole fen)
 */
public record FirmAbatement(
        String id, long bauTonnes, long abatementTonnes, long costFen, long creditTonnes, long creditCostFen) {
    public FirmAbatement {
        Objects.requireNonNull(id, "id");
        if (bauTonnes < 0 || abatementTonnes < 0 || costFen < 0 || creditTonnes < 0 || creditCostFen < 0) {
            throw new IllegalArgumentException(
                    id + ": bauTonnes, abatementTonnes, costFen, creditTonnes and creditCostFen must be >= 0");
        }
    }
}
