package org.carbonsim.core.allocation;

import java.util.Objects;

/**
 * The allocation method a sector uses from {@code fromYear} until the next period starts. Immutable.
 *
 * @param fromYear first year the method applies
 * @param method the method
 */
public record MethodPeriod(int fromYear, AllocationMethod method) {
    public MethodPeriod {
        Objects.requireNonNull(method, "method");
    }
}
