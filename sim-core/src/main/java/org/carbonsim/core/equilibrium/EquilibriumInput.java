package org.carbonsim.core.equilibrium;

import java.util.List;
import java.util.Objects;

/**
 * One year's reference-equilibrium problem: the covered firms, the allowances available (the year's
 * cap plus any banked allowances), the offset supply, and the price bounds. The ceiling is the price
 * at which firms stop abating and pay instead (a price cap, or the penalty per tonne); if abatement
 * and offsets up to it cannot close the gap, the shortfall is reported as unmet. Immutable.
 *
 * @param firms covered firms, in the order the result reports them
 * @param capTonnes allowances issued for the year, t
 * @param bankedTonnes allowances banked from earlier years and available this year, t
 * @param offsets offset credits
 * @param floorFen price floor, fen per tonne (0 = none)
 * @param ceilingFen penalty-equivalent price ceiling, fen per tonne ({@link Long#MAX_VALUE} = none)
 */
public record EquilibriumInput(
        List<CoveredFirm> firms,
        long capTonnes,
        long bankedTonnes,
        OffsetSupply offsets,
        long floorFen,
        long ceilingFen) {
    public EquilibriumInput {
        firms = List.copyOf(firms);
        Objects.requireNonNull(offsets, "offsets");
        if (capTonnes < 0 || bankedTonnes < 0) {
            throw new IllegalArgumentException(
                    "capTonnes and bankedTonnes must be >= 0 (t), got " + capTonnes + " and " + bankedTonnes);
        }
        if (floorFen < 0 || ceilingFen < floorFen) {
            throw new IllegalArgumentException(
                    "need 0 <= floorFen <= ceilingFen (fen/t), got " + floorFen + " and " + ceilingFen);
        }
        Math.addExact(capTonnes, bankedTonnes);
        long bau = 0;
        for (CoveredFirm firm : firms) {
            bau = Math.addExact(bau, firm.bauTonnes());
        }
    }

    /** A problem with no offsets, no floor and a ceiling of {@code ceilingFen}. */
    public static EquilibriumInput of(List<CoveredFirm> firms, long capTonnes, long ceilingFen) {
        return new EquilibriumInput(firms, capTonnes, 0, OffsetSupply.NONE, 0, ceilingFen);
    }

    /** The same problem with {@code tonnes} banked from earlier years instead. */
    public EquilibriumInput withBankedTonnes(long tonnes) {
        return new EquilibriumInput(firms, capTonnes, tonnes, offsets, floorFen, ceilingFen);
    }

    /** Business-as-usual emissions of all firms, t. */
    public long totalBauTonnes() {
        long bau = 0;
        for (CoveredFirm firm : firms) {
            bau += firm.bauTonnes();
        }
        return bau;
    }

    /** Allowances available: cap plus banked, t. */
    public long allowanceSupplyTonnes() {
        return capTonnes + bankedTonnes;
    }

    /** Business-as-usual emissions minus allowances available, t; negative when there is a surplus. */
    public long gapTonnes() {
        return totalBauTonnes() - allowanceSupplyTonnes();
    }
}
