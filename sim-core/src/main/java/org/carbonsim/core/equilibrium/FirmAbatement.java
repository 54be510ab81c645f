package org.carbonsim.core.equilibrium;

import java.util.Objects;

/**
 * One firm's least-cost abatement in the reference equilibrium. Immutable.
 *
 * @param id enterprise id
 * @param abatementTonnes tonnes abated, t
 * @param costFen cost of that abatement, fen (rounded once for the firm-year)
 */
public record FirmAbatement(String id, long abatementTonnes, long costFen) {
    public FirmAbatement {
        Objects.requireNonNull(id, "id");
        if (abatementTonnes < 0 || costFen < 0) {
            throw new IllegalArgumentException(id + ": abatementTonnes and costFen must be >= 0");
        }
    }
}
