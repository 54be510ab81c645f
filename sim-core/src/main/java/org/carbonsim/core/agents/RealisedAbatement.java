package org.carbonsim.core.agents;

import java.util.Objects;

/**
 * An enterprise's abatement and its cost for a year once actual business-as-usual emissions are
 * known. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param year the compliance year
 * @param abatementTonnes tonnes abated, t
 * @param costFen cost of that abatement, fen (rounded once for the firm-year)
 */
public record RealisedAbatement(String enterpriseId, int year, long abatementTonnes, long costFen) {
    public RealisedAbatement {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        if (abatementTonnes < 0 || costFen < 0) {
            throw new IllegalArgumentException(enterpriseId + ": abatementTonnes and costFen must be >= 0");
        }
    }
}
