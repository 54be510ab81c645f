package org.carbonsim.core.engine;

import java.util.List;
import org.carbonsim.core.finance.ForwardDay;

/**
 * What a scenario's {@code finance} block produced: each forward contract's trading days (by day, then
 * contract) and each year's totals. Immutable.
 */
public record FinanceResult(List<ForwardDay> forwardDays, List<FinanceYearResult> years) {
    public FinanceResult {
        forwardDays = List.copyOf(forwardDays);
        years = List.copyOf(years);
    }
}
