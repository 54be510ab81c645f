package org.carbonsim.core.equilibrium;

import java.util.Objects;
import org.carbonsim.core.compliance.OffsetRationing;

/**
 * One offset programme as the reference equilibrium sees it: credits offered at a marginal price that
 * starts at {@code priceFen} and rises by {@code slopeFenPerMt} per million tonnes sold in the year, up
 * to {@code supplyTonnes}, and usable by the covered firms together up to {@code capTonnes} plus
 * {@code capEmissionsShare} of their emissions. The cap is the sum of the firms' own caps, so a rule
 * on allocation enters as tonnes and a rule on verified emissions as a share that the solver applies
 * to the emissions left at each price. Immutable.
 *
 * @param id programme id
 * @param supplyTonnes credits available in the year, t
 * @param priceFen marginal price of the first credit, fen per tonne
 * @param slopeFenPerMt rise of the marginal price per million tonnes sold, fen per tonne (0 = flat)
 * @param capTonnes the firms' caps that do not depend on emissions, summed, t
 * @param capEmissionsShare the share of the firms' emissions they may also cover with these credits
 */
public record OffsetTranche(
        String id, long supplyTonnes, long priceFen, long slopeFenPerMt, long capTonnes, double capEmissionsShare) {
    public OffsetTranche {
        Objects.requireNonNull(id, "id");
        if (supplyTonnes < 0 || priceFen < 0 || slopeFenPerMt < 0 || capTonnes < 0) {
            throw new IllegalArgumentException(id + ": supply (t), price, slope (fen/t) and cap (t) must be >= 0, got "
                    + supplyTonnes + ", " + priceFen + ", " + slopeFenPerMt + ", " + capTonnes);
        }
        if (!(capEmissionsShare >= 0 && capEmissionsShare <= 1)) {
            throw new IllegalArgumentException(id + ": capEmissionsShare must be in [0, 1], got " + capEmissionsShare);
        }
    }

    /**
     * The whole credits on offer when an allowance costs {@code allowancePriceFen}, before any cap, t:
     * those the compliance desk sells at that price ({@link OffsetRationing#creditsOnOffer}: a sloped
     * programme's credits whose marginal price is below it, a flat one's whole supply from its price up).
     */
    long wholeOfferedAt(double allowancePriceFen) {
        return OffsetRationing.creditsOnOffer(priceFen, slopeFenPerMt, supplyTonnes, allowancePriceFen);
    }

    /** The marginal price of the last credit on offer, fen per tonne. */
    public double highestPriceFen() {
        return priceFen + slopeFenPerMt * (supplyTonnes / 1e6);
    }

    /**
     * What the first {@code tonnes} credits of the year cost, fen: the same sum the compliance desk
     * charges, {@code tonnes × price + slope × tonnes (tonnes - 1) / 2 / 10⁶}, rounded down.
     */
    public long costFen(long tonnes) {
        double slopePart = slopeFenPerMt * (tonnes * (tonnes - 1) / 2.0) / 1e6;
        return Math.addExact(Math.multiplyExact(tonnes, priceFen), (long) Math.floor(slopePart));
    }
}
