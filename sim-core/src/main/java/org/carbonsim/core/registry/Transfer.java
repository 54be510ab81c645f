package org.carbonsim.core.registry;

import java.util.Objects;

/**
 * One movement of allowances of one vintage lot. {@code from} is {@link Registry#EXTERNAL} for
 * issuance; {@code to} is {@link Registry#EXTERNAL} for surrender and cancellation. Immutable.
 *
 * @param sequence position in the registry's movement sequence, from 0
 * @param from the account delivering, or {@link Registry#EXTERNAL}
 * @param to the account receiving, or {@link Registry#EXTERNAL}
 * @param tonnes allowances moved, t (> 0)
 * @param vintage the lot's vintage year
 * @param bankable whether the lot may be carried past its year
 * @param reason why
 */
public record Transfer(
        long sequence, int from, int to, long tonnes, int vintage, boolean bankable, TransferReason reason) {
    public Transfer {
        Objects.requireNonNull(reason, "reason");
    }
}
