package org.carbonsim.core.equilibrium;

import java.util.Objects;
import org.carbonsim.core.model.AbatementCurve;

/**
 * One covered enterprise as the reference equilibrium sees it: its business-as-usual emissions for
 * the year and its marginal abatement cost curve. Immutable.
 *
 * @param id enterprise id, carried into the result
 * @param bauTonnes business-as-usual emissions of the year, t CO2e
 * @param curve its marginal abatement cost curve
 */
public record CoveredFirm(String id, long bauTonnes, AbatementCurve curve) {
    public CoveredFirm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(curve, "curve");
        if (bauTonnes < 0) {
            throw new IllegalArgumentException(id + ": bauTonnes must be >= 0 (t CO2e), got " + bauTonnes);
        }
    }

    /** Tonnes this firm abates when it abates wherever its MAC is at or below {@code priceFen}. */
    public double tonnesAtPrice(double priceFen) {
        return curve.shareAtPrice(priceFen) * bauTonnes;
    }

    /** Cost, fen (rounded once), of abating {@code tonnes} of this firm's emissions least-cost first. */
    public long costFen(long tonnes) {
        return Math.round(exactCostFen(tonnes));
    }

    /** Cost, fen (not rounded), of abating {@code tonnes}, whole or not, of this firm's emissions least-cost first. */
    public double exactCostFen(double tonnes) {
        if (!(tonnes >= 0)) {
            throw new IllegalArgumentException(id + ": tonnes must be >= 0, got " + tonnes);
        }
        if (bauTonnes == 0 || tonnes == 0) {
            return 0;
        }
        return curve.costFenPerBauTonne(tonnes / bauTonnes) * bauTonnes;
    }

    /** The most this firm can abate: its curve's largest share of its business-as-usual emissions, t. */
    public double maxTonnes() {
        return curve.maxShare() * bauTonnes;
    }
}
