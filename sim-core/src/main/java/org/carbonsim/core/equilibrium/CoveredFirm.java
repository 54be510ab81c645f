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
     * Tonnes this firm abates when it abates wherever its MAC is at or below {@code priceFen}, counted
     * as the economy rounds them wherever the curve is flat there: at its largest share, its potential
     * as the economy rounds it ({@link #maxTonnes}); on technology steps, the whole steps below the
     * price as the economy rounds their share ({@link ProductionModel#abatedTonnes}). On a continuous
     * curve below its potential the share times business as usual, no more than the rounded potential.
     * <i>Why:</i> where a curve is flat no price gets a firm a fraction of a tonne more, so a year
     * counted on the unrounded tonnes is met on paper and short in the market: an investment decided
     * for the year (the marginal step in part) then left it a tonne or two short with nothing left to
     * build ({@code ForesightLeadTimeMarketsPropertyTest} seeds 650, 904 and 1010). The reported
     * reference counts the same tonnes as the path the firms foresee: it is the least-cost answer in
     * whole tonnes they plan on, and where that ends a year's gap on a plateau its price may lie above
     * the plateau's foot ({@code LeadTimeMarketsPropertyTest} seeds 834, 954 and 1105).
     */
    public double tonnesAtPrice(double priceFen) {
        double share = curve.shareAtPrice(priceFen);
        if (share >= curve.maxShare()) {
            return maxTonnes();
        }
        if (curve instanceof AbatementCurve.Steps) {
            return ProductionModel.abatedTonnes(bauTonnes, share);
        }
        return Math.min(share * bauTonnes, maxTonnes());
    }

    /**
     * Tonnes this firm abates at {@code priceFen} counted on its curve, not as the economy rounds them
     * (the share times business as usual; at its largest share, the larger of that and the rounded
     * potential): the yardstick of realised abatement ({@link LeastCostAbatement}), which is itself a
     * share of business as usual and need not be whole tonnes.
     */
    double curveTonnesAtPrice(double priceFen) {
        double share = curve.shareAtPrice(priceFen);
        return share >= curve.maxShare() ? curveMaxTonnes() : share * bauTonnes;
    }

    /** The most this firm abates counted on its curve: the larger of its largest share of business as usual and its rounded potential. */
    double curveMaxTonnes() {
        return Math.max(curve.maxShare() * bauTonnes, maxTonnes());
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
     * The most this firm can abate, t: its potential as the economy rounds it ({@link
     * ProductionModel#abatedTonnes}), up to half a tonne either side of its curve's largest share of
     * its business-as-usual emissions. The market abates and trades the rounded potential ({@code
     * CurveCost}), so a year that the rounded potentials meet is met and one they miss is missed:
     * counted at the unrounded share, a year whose curves must all reach their potential looked a
     * fraction of a tonne short where the potentials round up, and its reference price jumped to the
     * penalty-equivalent (or to a step that the fraction would need); where they round down it looked
     * met by tonnes no firm abates.
     */
    public double maxTonnes() {
        return ProductionModel.abatedTonnes(bauTonnes, curve.maxShare());
    }
}
