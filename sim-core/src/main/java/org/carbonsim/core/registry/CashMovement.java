package org.carbonsim.core.registry;

import java.util.Objects;

/**
 * One movement of cash, fen. {@code from} or {@code to} is {@link Registry#EXTERNAL} for money
 * entering or leaving the system (deposits, fees, fines, auction and offset payments). Immutable.
 *
 * @param sequence position in the registry's movement sequence, from 0
 * @param from the paying account, or {@link Registry#EXTERNAL}
 * @param to the receiving account, or {@link Registry#EXTERNAL}
 * @param fen amount, fen (> 0)
 * @param reason why
 */
public record CashMovement(long sequence, int from, int to, long fen, CashReason reason) {
    public CashMovement {
        Objects.requireNonNull(reason, "reason");
    }
}
