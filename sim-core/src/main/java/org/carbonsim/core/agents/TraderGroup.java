package org.carbonsim.core.agents;

import java.util.List;
import java.util.Objects;

/**
 * Market participants that are not covered enterprises (or, for zero-intelligence traders, abstract
 * buyers and sellers with reservation values). Closed set; each group has a count and its own
 * parameters; money in fen, quantities in tonnes.
 */
public sealed interface TraderGroup
        permits TraderGroup.ZeroIntelligence,
                TraderGroup.Speculators,
                TraderGroup.NoiseTraders,
                TraderGroup.MarketMaker,
                TraderGroup.UnitSchedules {

    /** Number of traders in the group. */
    int count();

    /**
     * Gode–Sunder buyers and sellers: each buyer values a tonne at a value drawn uniformly in
     * [minValueFen, maxValueFen] and never bids above it; each seller's cost is drawn in the same
     * range and it never asks below it. Immutable.
     *
     * @param count traders, half buyers and half sellers
     * @param unitsPerTrader tonnes each wants to buy or sell a day
     * @param minValueFen lowest reservation value, fen per tonne
     * @param maxValueFen highest reservation value, fen per tonne
     */
    record ZeroIntelligence(int count, long unitsPerTrader, long minValueFen, long maxValueFen) implements TraderGroup {
        public ZeroIntelligence {
            checkCount(count);
            if (unitsPerTrader <= 0 || minValueFen <= 0 || maxValueFen < minValueFen) {
                throw new IllegalArgumentException("need unitsPerTrader > 0 and 0 < minValueFen <= maxValueFen");
            }
        }
    }

    /**
     * Institutional speculators with cash and position limits. Immutable.
     *
     * @param count traders
     * @param style trend-following or mean-reverting
     * @param lookbackDays days of closes the signal looks at: the first trader's
     * @param lookbackDaysMax the last trader's lookback, at least {@code lookbackDays}: the group's
     *     lookbacks are spread evenly between the two ({@link #lookbackDaysOf}), so the traders of a group
     *     read the market over different horizons instead of acting as one
     * @param cashFen starting cash each, fen
     * @param positionLimitTonnes largest position each may hold, t (no short selling:
     *     the lower limit is 0)
     * @param orderTonnes size of one order, t
     * @param participationShare the largest share of the market's average daily volume over the
     *     lookback one order may take, 0 to 1; 0 for none (every order is {@code orderTonnes})
     */
    record Speculators(
            int count,
            SpeculatorStyle style,
            int lookbackDays,
            int lookbackDaysMax,
            long cashFen,
            long positionLimitTonnes,
            long orderTonnes,
            double participationShare)
            implements TraderGroup {
        public Speculators {
            checkCount(count);
            Objects.requireNonNull(style, "style");
            if (lookbackDays < 1
                    || lookbackDaysMax < lookbackDays
                    || cashFen < 0
                    || positionLimitTonnes < 0
                    || orderTonnes <= 0
                    || !(participationShare >= 0 && participationShare <= 1)) {
                throw new IllegalArgumentException("speculator parameters out of range");
            }
        }

        /** Speculators whose orders are all {@code orderTonnes}, whatever the market's volume. */
        public Speculators(
                int count,
                SpeculatorStyle style,
                int lookbackDays,
                long cashFen,
                long positionLimitTonnes,
                long orderTonnes) {
            this(count, style, lookbackDays, lookbackDays, cashFen, positionLimitTonnes, orderTonnes, 0);
        }

        /**
         * The lookback of trader {@code index} (0 to {@code count − 1}), trading days: {@code lookbackDays}
         * + round(index × ({@code lookbackDaysMax} − {@code lookbackDays}) / ({@code count} − 1)), so the
         * first has the shortest and the last the longest; a group of one takes {@code lookbackDays}.
         */
        public int lookbackDaysOf(int index) {
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException("index must be in [0, " + count + "), got " + index);
            }
            if (count == 1) {
                return lookbackDays;
            }
            return lookbackDays + (int) Math.round((double) index * (lookbackDaysMax - lookbackDays) / (count - 1));
        }
    }

    /**
     * Individual noise traders placing small random orders around the last price. Immutable.
     *
     * @param count traders
     * @param dailyProbability chance each trades on a given day
     * @param maxOrderTonnes largest order, t
     * @param cashFen starting cash each, fen
     * @param holdingsTonnes starting allowances each, t
     * @param priceSpread relative spread of their limit prices around the last price (0.02 = ±2%)
     */
    record NoiseTraders(
            int count,
            double dailyProbability,
            long maxOrderTonnes,
            long cashFen,
            long holdingsTonnes,
            double priceSpread)
            implements TraderGroup {
        public NoiseTraders {
            checkCount(count);
            if (!(dailyProbability >= 0 && dailyProbability <= 1)
                    || maxOrderTonnes <= 0
                    || cashFen < 0
                    || holdingsTonnes < 0
                    || !(priceSpread >= 0 && priceSpread < 1)) {
                throw new IllegalArgumentException("noise trader parameters out of range");
            }
        }
    }

    /**
     * A market maker quoting both sides around the last price. Immutable.
     *
     * @param count market makers (usually 1)
     * @param spreadTicks distance between its bid and ask, ticks
     * @param quoteTonnes size of each quote, t
     * @param inventoryLimitTonnes it stops quoting a side past this inventory, t
     * @param cashFen starting cash, fen
     * @param holdingsTonnes starting allowances, t
     */
    record MarketMaker(
            int count, long spreadTicks, long quoteTonnes, long inventoryLimitTonnes, long cashFen, long holdingsTonnes)
            implements TraderGroup {
        public MarketMaker {
            checkCount(count);
            if (spreadTicks < 1 || quoteTonnes <= 0 || inventoryLimitTonnes < 0 || cashFen < 0 || holdingsTonnes < 0) {
                throw new IllegalArgumentException("market maker parameters out of range");
            }
        }
    }

    /**
     * A Gode–Sunder market's buyers and sellers, each with its own schedule of units: buyers hold cash
     * and may buy one tonne for each value in their schedule, sellers hold one tonne for each cost in
     * theirs. Values are listed in the order they are bought (non-increasing), costs in the order they
     * are sold (non-decreasing). Immutable.
     *
     * @param buyerValuesFen each buyer's redemption value per unit, fen per tonne
     * @param sellerCostsFen each seller's cost per unit, fen per tonne
     * @param minPriceFen lowest price any of them bids or asks, fen per tonne
     * @param maxPriceFen highest price any of them bids or asks, fen per tonne
     * @param budgetConstrained true for ZI-C traders that never trade a unit at a loss, false for
     *     ZI-U traders that bid and ask at random whatever their units are worth
     */
    record UnitSchedules(
            List<List<Long>> buyerValuesFen,
            List<List<Long>> sellerCostsFen,
            long minPriceFen,
            long maxPriceFen,
            boolean budgetConstrained)
            implements TraderGroup {
        public UnitSchedules {
            buyerValuesFen = buyerValuesFen.stream().map(List::copyOf).toList();
            sellerCostsFen = sellerCostsFen.stream().map(List::copyOf).toList();
            if (minPriceFen < 1 || maxPriceFen < minPriceFen) {
                throw new IllegalArgumentException(
                        "need 1 <= minPriceFen <= maxPriceFen (fen/t), got " + minPriceFen + " and " + maxPriceFen);
            }
            checkSchedules(buyerValuesFen, -1, "buyer");
            checkSchedules(sellerCostsFen, 1, "seller");
        }

        @Override
        public int count() {
            return buyerValuesFen.size() + sellerCostsFen.size();
        }

        private static void checkSchedules(List<List<Long>> schedules, int direction, String who) {
            for (int t = 0; t < schedules.size(); t++) {
                List<Long> units = schedules.get(t);
                if (units.isEmpty()) {
                    throw new IllegalArgumentException(who + " " + t + " has no units");
                }
                for (int i = 0; i < units.size(); i++) {
                    if (units.get(i) < 0) {
                        throw new IllegalArgumentException(who + " " + t + " unit " + i + " is below 0 fen/t");
                    }
                    if (i > 0 && Long.signum(units.get(i) - units.get(i - 1)) == -direction) {
                        throw new IllegalArgumentException(who + " " + t + "'s units must be "
                                + (direction < 0 ? "non-increasing" : "non-decreasing") + " in trading order");
                    }
                }
            }
        }
    }

    private static void checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }
}
