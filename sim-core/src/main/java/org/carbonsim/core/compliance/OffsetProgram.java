package org.carbonsim.core.compliance;

import java.util.Objects;

/**
 * A supply of offset credits: how many a year, at what price, which vintages count, and the cap on
 * their use. Credits are bought at {@code priceFenPerTonne} while supply lasts, by enterprises whose
 * allowance price is higher. Immutable.
 *
 * @param id identifier ("ccer")
 * @param kind CCER or carbon-inclusion credits
 * @param supplyTonnesPerYear credits that become available each year, t
 * @param priceFenPerTonne price per credit, fen
 * @param priceSlopeFenPerMt price rise per million tonnes already sold in the year (0 = flat supply)
 * @param minVintageYear earliest vintage accepted
 * @param capShare largest share of the cap base an enterprise may cover with credits of this program
 * @param capBase what {@code capShare} is a share of
 */
public record OffsetProgram(
        String id,
        OffsetKind kind,
        long supplyTonnesPerYear,
        long priceFenPerTonne,
        long priceSlopeFenPerMt,
        int minVintageYear,
        double capShare,
        CapBase capBase) {
    public OffsetProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(capBase, "capBase");
        if (supplyTonnesPerYear < 0 || priceFenPerTonne < 0 || priceSlopeFenPerMt < 0) {
            throw new IllegalArgumentException(id + ": supply and prices must be >= 0");
        }
        if (!(capShare >= 0 && capShare <= 1)) {
            throw new IllegalArgumentException(id + ": capShare must be in [0, 1], got " + capShare);
        }
    }

    /** This programme with {@code tonnes} of credits on offer this year instead of its own supply. */
    public OffsetProgram withSupplyTonnes(long tonnes) {
        return new OffsetProgram(
                id, kind, tonnes, priceFenPerTonne, priceSlopeFenPerMt, minVintageYear, capShare, capBase);
    }
}
