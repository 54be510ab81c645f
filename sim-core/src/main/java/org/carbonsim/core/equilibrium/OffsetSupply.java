package org.carbonsim.core.equilibrium;

/**
 * Offset credits as a flat supply for the reference equilibrium: {@code supplyTonnes} available at
 * {@code priceFen} per tonne, of which at most {@code capTonnes} may be surrendered in the year. They
 * are used whenever the allowance price is at or above their price. Immutable.
 *
 * @param supplyTonnes credits available in the year, t
 * @param priceFen price per credit, fen per tonne
 * @param capTonnes most credits that may count towards compliance in the year, t
 */
public record OffsetSupply(long supplyTonnes, long priceFen, long capTonnes) {
    /** No offsets. */
    public static final OffsetSupply NONE = new OffsetSupply(0, 0, 0);

    public OffsetSupply {
        if (supplyTonnes < 0 || priceFen < 0 || capTonnes < 0) {
            throw new IllegalArgumentException("offset supplyTonnes, priceFen and capTonnes must be >= 0, got "
                    + supplyTonnes + " t, " + priceFen + " fen/t, " + capTonnes + " t");
        }
    }

    /** Credits that can count towards compliance: the smaller of supply and cap, t. */
    public long usableTonnes() {
        return Math.min(supplyTonnes, capTonnes);
    }

    /** Credits used at allowance price {@code priceFen}: all usable ones if they are not dearer, else none. */
    public double tonnesAtPrice(double priceFen) {
        return priceFen >= this.priceFen ? usableTonnes() : 0;
    }
}
