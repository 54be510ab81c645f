package org.carbonsim.core.agents;

import java.util.Objects;
import org.carbonsim.core.scenario.MarketRules;

/**
 * Behaviour of compliance traders. Immutable.
 *
 * @param dailyGapShare share of the remaining gap between holdings and expected need traded on an
 *     ordinary day, before urgency
 * @param procrastination 0 trades evenly through the year; towards 1 leaves most trading to the last
 *     weeks before the deadline (the rush seen in Chinese pilots)
 * @param expectationWeight weight of the latest close in adaptive price expectations (1 = naive)
 * @param priceAggression how far past the last price a trader bids or asks, as a share of it
 * @param bankValueShare where banking is allowed, the share of last year's average price (the
 *     initial price in the first year) at which an enterprise values a banked allowance: it neither
 *     sells below that nor abates less than where its marginal cost reaches it, and buys to bank
 *     below it (0 = a surplus is worth only its abatement cost, the default)
 * @param estimateIntervalDays trading days between an enterprise's estimates of its emissions before
 *     verification, the first on the year's first day (0 = no estimates: it trades toward its
 *     forecast until verification shows its emissions)
 * @param estimateErrorSd standard deviation of an estimate's relative error on the year's first day;
 *     it shrinks with the square root of the share of the time to verification still to run
 * @param uncertaintyBuffer standard deviations of its estimate's error an enterprise leaves untraded:
 *     it buys only the part of its expected shortfall, and sells only the part of its expected surplus,
 *     that lies beyond that many standard deviations, so it does not buy what it may not need nor sell
 *     what it may have to buy back
 * @param finalAbatement how an enterprise with a continuous curve fixes its abatement at verification
 * @param bankValue how an enterprise values a banked allowance ({@code bankValueShare} is read by
 *     {@link BankValue#LAST_YEAR_SHARE} only)
 * @param reviewsPerDay how many times a trading day, on average, an enterprise's desk looks at the
 *     market and re-prices its order: at the opening, when it enters again the day order the close
 *     cancelled, and {@code reviewsPerDay − 1} more times on a Poisson clock over the day's later
 *     rounds (the rounds a day or more, the default, means every round); below 1, the share of
 *     trading days that are its market days, on which it looks once, at the opening (each day after
 *     a market day is the next with that probability; every day in the rush before the deadline); on
 *     the deadline day it watches every round
 * @param repriceToleranceBasisPoints how far, in basis points of the price it last priced from, the
 *     expected price may move before a desk re-prices: a compliance trader whose day and position are
 *     those of its last review, and whose expected price is within this of the one that review priced
 *     from, keeps its order (or its lack of one) without reviewing (0, the default, re-prices at any
 *     move of a tick)
 * @param deadlineQuotes how a desk quotes on the deadline day
 * @param bankValueSpread how far the enterprises' bank values spread around the common one, as a
 *     share of it: each covered enterprise values a banked allowance at the common value ×
 *     (1 + {@code bankValueSpread} × u), u uniform in [−1, 1) and drawn once a run for each
 *     enterprise (0, the default: they all value it alike)
 * @param foresightYearsAfterRun with {@link BankValue#FORESIGHT}, how many years after the run's
 *     last year the enterprises foresee: the coverage, allocation and cap rules and their expected business-as-usual emissions
 *     continue that far, so an allowance banked in the run's later years is worth what the scarcity to
 *     come makes it worth (0, the default: the foresight ends with the run, and an allowance banked in
 *     its last year is worth nothing)
 * @param targetsNetOfFee whether a desk sets its target with the exchange fee: a tonne it buys costs
 *     the price plus the fee and a tonne it sells brings the price less the fee, so it buys only where
 *     its marginal cost is above the first and sells only where it is below the second (false, the
 *     default: it sets its target at the price itself)
 */
public record ComplianceTraderParams(
        double dailyGapShare,
        double procrastination,
        double expectationWeight,
        double priceAggression,
        double bankValueShare,
        int estimateIntervalDays,
        double estimateErrorSd,
        double uncertaintyBuffer,
        FinalAbatement finalAbatement,
        BankValue bankValue,
        double reviewsPerDay,
        int repriceToleranceBasisPoints,
        DeadlineQuotes deadlineQuotes,
        double bankValueSpread,
        int foresightYearsAfterRun,
        boolean targetsNetOfFee) {
    /**
     * How often an enterprise's desk re-prices when a scenario does not say: every round (the most rounds
     * a day a market may have). Fewer reviews make a run cheaper but leave more of each gap to the
     * deadline day; see the model documentation.
     */
    public static final double DEFAULT_REVIEWS_PER_DAY = MarketRules.MAX_ROUNDS_PER_DAY;

    /**
     * How far the expected price may move, in basis points, before a desk re-prices when a scenario does
     * not say: 0, any move of a tick.
     */
    public static final int DEFAULT_REPRICE_TOLERANCE_BASIS_POINTS = 0;

    /**
     * How a desk quotes on the deadline day when a scenario does not say: it takes the quotes worth
     * taking, since there is no later day to haggle on (the model documentation has the measurements
     * that made {@link DeadlineQuotes#TAKE} the default on 2026-12-03).
     */
    public static final DeadlineQuotes DEFAULT_DEADLINE_QUOTES = DeadlineQuotes.TAKE;

    /** The most {@code repriceToleranceBasisPoints} may be: the whole price. */
    public static final int MAX_REPRICE_TOLERANCE_BASIS_POINTS = 10_000;

    /** The most {@code foresightYearsAfterRun} may be: a century. */
    public static final int MAX_FORESIGHT_YEARS_AFTER_RUN = 100;

    /** The same behaviour with the foresight ending with the run and targets set at the price itself. */
    public ComplianceTraderParams(
            double dailyGapShare,
            double procrastination,
            double expectationWeight,
            double priceAggression,
            double bankValueShare,
            int estimateIntervalDays,
            double estimateErrorSd,
            double uncertaintyBuffer,
            FinalAbatement finalAbatement,
            BankValue bankValue,
            double reviewsPerDay,
            int repriceToleranceBasisPoints,
            DeadlineQuotes deadlineQuotes,
            double bankValueSpread) {
        this(
                dailyGapShare,
                procrastination,
                expectationWeight,
                priceAggression,
                bankValueShare,
                estimateIntervalDays,
                estimateErrorSd,
                uncertaintyBuffer,
                finalAbatement,
                bankValue,
                reviewsPerDay,
                repriceToleranceBasisPoints,
                deadlineQuotes,
                bankValueSpread,
                false);
    }

    /** The same behaviour with the foresight ending with the run. */
    public ComplianceTraderParams(
            double dailyGapShare,
            double procrastination,
            double expectationWeight,
            double priceAggression,
            double bankValueShare,
            int estimateIntervalDays,
            double estimateErrorSd,
            double uncertaintyBuffer,
            FinalAbatement finalAbatement,
            BankValue bankValue,
            double reviewsPerDay,
            int repriceToleranceBasisPoints,
            DeadlineQuotes deadlineQuotes,
            double bankValueSpread,
            boolean targetsNetOfFee) {
        this(
                dailyGapShare,
                procrastination,
                expectationWeight,
                priceAggression,
                bankValueShare,
                estimateIntervalDays,
                estimateErrorSd,
                uncertaintyBuffer,
                finalAbatement,
                bankValue,
                reviewsPerDay,
                repriceToleranceBasisPoints,
                deadlineQuotes,
                bankValueSpread,
                0,
                targetsNetOfFee);
    }

    /**
     * The same behaviour with every enterprise valuing a banked allowance alike (no spread) and a desk
     * that sets its target at the price itself, fee aside.
     */
    public ComplianceTraderParams(
            double dailyGapShare,
            double procrastination,
            double expectationWeight,
            double priceAggression,
            double bankValueShare,
            int estimateIntervalDays,
            double estimateErrorSd,
            double uncertaintyBuffer,
            FinalAbatement finalAbatement,
            BankValue bankValue,
            double reviewsPerDay,
            int repriceToleranceBasisPoints,
            DeadlineQuotes deadlineQuotes) {
        this(
                dailyGapShare,
                procrastination,
                expectationWeight,
                priceAggression,
                bankValueShare,
                estimateIntervalDays,
                estimateErrorSd,
                uncertaintyBuffer,
                finalAbatement,
                bankValue,
                reviewsPerDay,
                repriceToleranceBasisPoints,
                deadlineQuotes,
                0,
                false);
    }

    /** Behaviour without a bank value and without estimates before verification. */
    public ComplianceTraderParams(
            double dailyGapShare, double procrastination, double expectationWeight, double priceAggression) {
        this(dailyGapShare, procrastination, expectationWeight, priceAggression, 0, 0, 0, 0);
    }

    /** Behaviour in which a short firm closes its gap by abating at verification. */
    public ComplianceTraderParams(
            double dailyGapShare,
            double procrastination,
            double expectationWeight,
            double priceAggression,
            double bankValueShare,
            int estimateIntervalDays,
            double estimateErrorSd,
            double uncertaintyBuffer) {
        this(
                dailyGapShare,
                procrastination,
                expectationWeight,
                priceAggression,
                bankValueShare,
                estimateIntervalDays,
                estimateErrorSd,
                uncertaintyBuffer,
                FinalAbatement.SHORTFALL,
                BankValue.LAST_YEAR_SHARE,
                DEFAULT_REVIEWS_PER_DAY,
                DEFAULT_REPRICE_TOLERANCE_BASIS_POINTS,
                DEFAULT_DEADLINE_QUOTES);
    }

    public ComplianceTraderParams {
        Objects.requireNonNull(bankValue, "bankValue");
        Objects.requireNonNull(deadlineQuotes, "deadlineQuotes");
        if (!(bankValueShare >= 0 && bankValueShare <= 1)) {
            throw new IllegalArgumentException("bankValueShare must be in [0, 1], got " + bankValueShare);
        }
        if (!(bankValueSpread >= 0 && bankValueSpread < 1)) {
            throw new IllegalArgumentException("bankValueSpread must be in [0, 1), got " + bankValueSpread);
        }
        if (!(dailyGapShare > 0 && dailyGapShare <= 1)) {
            throw new IllegalArgumentException("dailyGapShare must be in (0, 1], got " + dailyGapShare);
        }
        if (!(procrastination >= 0 && procrastination < 1)) {
            throw new IllegalArgumentException("procrastination must be in [0, 1), got " + procrastination);
        }
        if (!(expectationWeight > 0 && expectationWeight <= 1)) {
            throw new IllegalArgumentException("expectationWeight must be in (0, 1], got " + expectationWeight);
        }
        Objects.requireNonNull(finalAbatement, "finalAbatement");
        if (estimateIntervalDays < 0) {
            throw new IllegalArgumentException("estimateIntervalDays must be >= 0, got " + estimateIntervalDays);
        }
        if (!(estimateErrorSd >= 0 && estimateErrorSd <= 1)) {
            throw new IllegalArgumentException("estimateErrorSd must be in [0, 1], got " + estimateErrorSd);
        }
        if (!(uncertaintyBuffer >= 0 && uncertaintyBuffer <= 10)) {
            throw new IllegalArgumentException("uncertaintyBuffer must be in [0, 10], got " + uncertaintyBuffer);
        }
        if (!(reviewsPerDay > 0 && reviewsPerDay <= MarketRules.MAX_ROUNDS_PER_DAY)) {
            throw new IllegalArgumentException(
                    "reviewsPerDay must be in (0, " + MarketRules.MAX_ROUNDS_PER_DAY + "], got " + reviewsPerDay);
        }
        if (repriceToleranceBasisPoints < 0 || repriceToleranceBasisPoints > MAX_REPRICE_TOLERANCE_BASIS_POINTS) {
            throw new IllegalArgumentException("repriceToleranceBasisPoints must be in [0, "
                    + MAX_REPRICE_TOLERANCE_BASIS_POINTS + "], got " + repriceToleranceBasisPoints);
        }
        if (foresightYearsAfterRun < 0 || foresightYearsAfterRun > MAX_FORESIGHT_YEARS_AFTER_RUN) {
            throw new IllegalArgumentException("foresightYearsAfterRun must be in [0, " + MAX_FORESIGHT_YEARS_AFTER_RUN
                    + "], got " + foresightYearsAfterRun);
        }
        if (!(priceAggression >= 0 && priceAggression <= 1)) {
            throw new IllegalArgumentException("priceAggression must be in [0, 1], got " + priceAggression);
        }
    }
}
