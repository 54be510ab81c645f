package org.carbonsim.core.equilibrium;

import java.util.Objects;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.ProductionModel;

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

    /**
     * Tonnes this firm abates when it abates wherever its MAC is at or below {@code priceFen}; at its
     * largest share, its potential as the economy rounds it ({@link #maxTonnes}).
     */
    public double tonnesAtPrice(double priceFen) {
        double share = curve.shareAtPrice(priceFen);
        return share >= curve.maxShare() ? maxTonnes() : share * bauTonnes;
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
        double onCurve = Math.min(tonnes, curve.maxShare() * bauTonnes);
        // the potential's rounded last tonne, past the largest share, is abated at that share's cost
        double past = tonnes - onCurve;
        double lastFen = past > 0 ? past * curve.marginalCostFen(curve.maxShare()) : 0;
        return curve.costFenPerBauTonne(onCurve / bauTonnes) * bauTonnes + lastFen;
    }

    /**
     * The most this firm can abate, t: its curve's largest share of its business-as-usual emissions,
     * or its potential as the economy rounds it ({@link ProductionModel#abatedTonnes}) where that is
     * up to half a tonne more. The market abates and trades the rounded potential ({@code CurveCost}),
     * so a year that the rounded potentials meet is met: counted at the unrounded share, a year whose
     * curves must all reach their potential looked a fraction of a tonne short, and its reference
     * price jumped to the penalty-equivalent (or to a step that the fraction would need).
     */
    public double maxTonnes() {
        double share = curve.maxShare() * bauTonnes;
        return Math.max(share, ProductionModel.abatedTonnes(bauTonnes, curve.maxShare()));
    }
}
