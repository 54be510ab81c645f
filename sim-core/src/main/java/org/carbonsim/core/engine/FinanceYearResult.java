package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.finance.FinancingYear;
import org.carbonsim.core.finance.ForwardYear;

/** A year of carbon finance: the forward market's totals and the financing against allowances. Immutable. */
public record FinanceYearResult(int year, ForwardYear forwards, FinancingYear financing) {
    public FinanceYearResult {
        Objects.requireNonNull(forwards, "forwards");
        Objects.requireNonNull(financing, "financing");
    }
}
