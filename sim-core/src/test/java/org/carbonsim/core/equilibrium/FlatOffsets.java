package org.carbonsim.core.equilibrium;

import java.util.List;

/** Offset supplies the equilibrium tests pose by hand. */
final class FlatOffsets {
    private FlatOffsets() {}

    /** One flat programme: {@code supplyTonnes} at {@code priceFen}, at most {@code capTonnes} usable. */
    static OffsetSupply of(long supplyTonnes, long priceFen, long capTonnes) {
        return new OffsetSupply(
                List.of(new OffsetTranche("offsets", supplyTonnes, priceFen, 0, capTonnes, 0)), capTonnes, 0);
    }
}
