package org.carbonsim.core.compliance;

import java.util.List;
import java.util.Objects;

/**
 * The compliance rules of a scheme. Immutable.
 *
 * @param deadlineDay trading day (0-based) of the surrender deadline; {@link #LAST_TRADING_DAY} for
 *     the last day of the year, so the deadline rush falls in December as in Hubei
 * @param offsets offset programs, each with its own cap
 * @param totalOffsetCapShare cap on all offsets together, as a share of the first program's cap base
 *     (1 = no overall cap beyond each program's)
 * @param banking what happens to allowances left after surrender
 * @param borrowingShare largest share of a year's obligation that may be met from next year's
 *     allocation (0 = no borrowing)
 * @param penalty the penalty for a shortfall
 * @param verificationLeadDays trading days from verification (the year's emissions known, the
 *     allocation trued up) to the deadline, in which enterprises buy or sell what verification showed
 * @param discountRate interest rate per year at which a banked allowance must appreciate on the
 *     intertemporal least-cost reference, fraction; it sets a trader's behaviour only through a bank
 *     value of {@code FORESIGHT}, which discounts the path's next-year price by it
 * @param deadlineReserveSale whether, after the deadline day's trading, the government reserve sells
 *     each covered enterprise still short what it lacks at the day's upper price limit (while the
 *     reserve lasts), so that a market locked limit-up does not turn small shortfalls into penalties
 * @param cycles multi-year compliance cycles, in year order and not overlapping; a year in none is a
 *     cycle of its own under {@code banking} and {@code borrowingShare}
 */
public record ComplianceRules(
        int deadlineDay,
        List<OffsetProgram> offsets,
        double totalOffsetCapShare,
        BankingRule banking,
        double borrowingShare,
        PenaltyModel penalty,
        int verificationLeadDays,
        double discountRate,
        boolean deadlineReserveSale,
        List<ComplianceCycle> cycles) {
    /** Trading days from verification to the deadline unless a scenario says otherwise: about a month. */
    public static final int DEFAULT_VERIFICATION_LEAD_DAYS = 20;

    /**
     * Discount rate of the intertemporal reference unless a scenario says otherwise: 5% a year, an
     * assumed cost of capital for industrial firms.
     */
    public static final double DEFAULT_DISCOUNT_RATE = 0.05;

    /** {@code deadlineDay} meaning the last trading day of the year. */
    public static final int LAST_TRADING_DAY = -1;

    public ComplianceRules {
        offsets = List.copyOf(offsets);
        cycles = List.copyOf(cycles);
        for (int i = 1; i < cycles.size(); i++) {
            if (cycles.get(i).firstYear() <= cycles.get(i - 1).lastYear()) {
                throw new IllegalArgumentException("compliance cycles must be in year order and not overlap: "
                        + cycles.get(i - 1).firstYear() + "-"
                        + cycles.get(i - 1).lastYear() + " and "
                        + cycles.get(i).firstYear() + "-" + cycles.get(i).lastYear());
            }
        }
        Objects.requireNonNull(banking, "banking");
        Objects.requireNonNull(penalty, "penalty");
        if (deadlineDay < LAST_TRADING_DAY) {
            throw new IllegalArgumentException("deadlineDay must be >= 0 or LAST_TRADING_DAY");
        }
        if (!(totalOffsetCapShare >= 0 && totalOffsetCapShare <= 1)) {
            throw new IllegalArgumentException("totalOffsetCapShare must be in [0, 1]");
        }
        if (verificationLeadDays < 0) {
            throw new IllegalArgumentException("verificationLeadDays must be >= 0");
        }
        if (!(discountRate >= 0 && discountRate <= 1)) {
            throw new IllegalArgumentException("discountRate must be in [0, 1] per year, got " + discountRate);
        }
        if (!(borrowingShare >= 0 && borrowingShare <= 1)) {
            throw new IllegalArgumentException("borrowingShare must be in [0, 1]");
        }
    }

    /**
     * Rules in which every year is a cycle of its own, with the default discount rate and no deadline
     * reserve sale: the shape of most hand-made rules in tests and examples.
     */
    public static ComplianceRules yearly(
            int deadlineDay,
            List<OffsetProgram> offsets,
            double totalOffsetCapShare,
            BankingRule banking,
            double borrowingShare,
            PenaltyModel penalty,
            int verificationLeadDays) {
        return new ComplianceRules(
                deadlineDay,
                offsets,
                totalOffsetCapShare,
                banking,
                borrowingShare,
                penalty,
                verificationLeadDays,
                DEFAULT_DISCOUNT_RATE,
                false,
                List.of());
    }

    /** These rules with {@code programs} as the offset programmes, everything else (cycles too) kept. */
    public ComplianceRules withOffsets(List<OffsetProgram> programs) {
        return new ComplianceRules(
                deadlineDay,
                programs,
                totalOffsetCapShare,
                banking,
                borrowingShare,
                penalty,
                verificationLeadDays,
                discountRate,
                deadlineReserveSale,
                cycles);
    }

    /** The 0-based verification day in a year of {@code tradingDays} days: the lead before the deadline. */
    public int verificationDayIn(int tradingDays) {
        return Math.max(0, deadlineDayIn(tradingDays) - verificationLeadDays);
    }

    /** The 0-based deadline day in a year of {@code tradingDays} days. */
    public int deadlineDayIn(int tradingDays) {
        return deadlineDay == LAST_TRADING_DAY ? tradingDays - 1 : Math.min(deadlineDay, tradingDays - 1);
    }

    /** The cycle {@code year} belongs to: a declared one, or a one-year cycle under the scheme's rules. */
    public ComplianceCycle cycleOf(int year) {
        for (ComplianceCycle cycle : cycles) {
            if (cycle.contains(year)) {
                return cycle;
            }
        }
        return ComplianceCycle.annual(year, banking, borrowingShare);
    }
}
