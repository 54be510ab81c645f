package org.carbonsim.core.equilibrium;

import java.util.List;
import java.util.Objects;

/**
 * One covered firm's caps on offset credits that rest on its allocation, as the offset rule sets them
 * (rounded down to whole tonnes for the firm): its cap on each programme of the {@link OffsetSupply},
 * in the order of its tranches (0 for a programme capped on emissions), and its cap on all programmes
 * together (0 when that cap is on emissions). A cap on emissions is the tranche's (or the supply's)
 * share of the emissions the firm has left at the reference, rounded down, which the solver applies
 * ({@link CreditRationing}). Immutable.
 *
 * @param id enterprise id, as in {@link CoveredFirm#id}
 * @param programCapTonnes the firm's cap on allocation on each tranche, t
 * @param totalCapTonnes the firm's cap on allocation on all tranches together, t
 */
public record FirmOffsetCaps(String id, List<Long> programCapTonnes, long totalCapTonnes) {
    public FirmOffsetCaps {
        Objects.requireNonNull(id, "id");
        programCapTonnes = List.copyOf(programCapTonnes);
        for (long cap : programCapTonnes) {
            if (cap < 0) {
                throw new IllegalArgumentException(id + ": programme caps must be >= 0 (t), got " + programCapTonnes);
            }
        }
        if (totalCapTonnes < 0) {
            throw new IllegalArgumentException(id + ": totalCapTonnes must be >= 0 (t), got " + totalCapTonnes);
        }
    }
}
