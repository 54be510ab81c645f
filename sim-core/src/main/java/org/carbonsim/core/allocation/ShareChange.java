package org.carbonsim.core.allocation;

import java.util.Objects;

/**
 * The allocation shares a scheme uses from {@code fromYear} on, until a later change: a paid share
 * raised over the years, an auction held in the first year only, pre-allocation dropped for
 * allocation after verification. Immutable.
 *
 * @param fromYear the first year the shares apply to
 * @param shares every share from that year on
 */
public record ShareChange(int fromYear, AllocationShares shares) {
    public ShareChange {
        Objects.requireNonNull(shares, "shares");
    }
}
