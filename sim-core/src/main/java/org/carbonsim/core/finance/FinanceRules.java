package org.carbonsim.core.finance;

import java.util.List;
import java.util.Optional;

/**
 * A scenario's carbon-finance block: the forward market, financing against allowances, and the firms
 * whose cash is constrained. Each part is optional; with none the run is as without finance.
 * Immutable.
 */
public record FinanceRules(Optional<ForwardRules> forwards, Optional<PledgeRules> pledges, List<CashFirm> cashFirms) {
    /** No finance at all. */
    public static final FinanceRules NONE = new FinanceRules(Optional.empty(), Optional.empty(), List.of());

    public FinanceRules {
        cashFirms = List.copyOf(cashFirms);
    }

    /** Whether the block adds nothing. */
    public boolean isEmpty() {
        return forwards.isEmpty() && pledges.isEmpty() && cashFirms.isEmpty();
    }
}
