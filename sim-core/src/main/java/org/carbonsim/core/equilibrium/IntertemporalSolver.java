package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;

/**
 * Finds the least-cost path of abatement over a scenario's years when allowances can be banked
 * (Rubin 1996; Schennach 2000). While the bank is positive the price rises at the discount rate,
 * {@code p(t+1) = p(t) × (1 + r)}: a tonne abated now and banked is worth as much as a tonne abated
 * next year. Where the bank runs out the path restarts, and the price may jump.
 *
 * <p>The algorithm: from a segment's first year {@code s}, with bank {@code B}, the price at {@code
 * s} is the smallest {@code p} at which the path {@code p × (1 + r)^(t - s)} keeps the bank at or
 * above its lower bound at the end of every later year (none before a compliance cycle's deadline,
 * then 0 or minus the borrowable share of the cycle's emissions, never below 0 after the last year); the bank at each year's end is monotone in
 * {@code p}, so bisection finds it. The first year whose bound fails just below that price is where
 * the bank binds: the segment ends there, closing exactly to the bound, and the next segment starts
 * after it. Where a year's supply jumps at that price (a flat offset programme priced there), that year
 * fails just below it for the jump alone; the segment then runs on to the last year whose bank can
 * still close at its bound, the jump used in part and the rest banked, each bank as small as that
 * allows. Each year supplies abatement and offsets as {@link EquilibriumSolver#supplyAt} counts them, the same
 * rule as the one-year reference; the tonnes it is asked for are then allocated among firms by
 * {@link EquilibriumSolver#solve}, so the least cost within a year is the one-year solver's.
 *
 * <p>Bounds. At or above a year's ceiling (the penalty-equivalent price, or the price at which every
 * option is used when there is none) the year pays the penalty on whatever its bank and abatement
 * leave uncovered, but never banks tonnes covered by a penalty: its bank ends at 0 and a segment ends
 * there. A floor above the path price sets that year's price and abatement as in the one-year
 * reference; the extra tonnes it causes are withdrawn by whoever defends the floor and are not banked.
 * When banking is forbidden each year is solved on its own, so the two references coincide. A
 * compliance cycle whose own rule forbids banking ({@link CycleLink#endsThePath}) ends the path at its
 * deadline as the last year does (what is left is cancelled, with no borrowing from beyond it), and the
 * years after it are a path of their own that opens with an empty bank. Capped banking (a firm-level
 * limit that depends on its sales) is treated as allowed. Immutable (stateless).
 */
public final class IntertemporalSolver {
    /** Width of the final interval of the first year's price, fen per tonne. */
    static final double PRICE_TOLERANCE_FEN = 1e-4;

    private IntertemporalSolver() {}

    /** Solves the problem over all its years. */
    public static IntertemporalResult solve(IntertemporalInput input) {
        List<EquilibriumInput> years = input.years();
        List<EquilibriumResult> results = new ArrayList<>(years.size());
        List<Long> banks = new ArrayList<>(years.size());
        if (!input.banking()) {
            for (EquilibriumInput year : years) {
                results.add(EquilibriumSolver.solve(year));
                banks.add(0L);
            }
            return new IntertemporalResult(results, banks);
        }
        int first = 0;
        for (int t = 0; t < years.size(); t++) {
            if (t == years.size() - 1 || input.cycles().get(t).endsThePath()) {
                IntertemporalResult part = solveBanking(part(input, first, t));
                results.addAll(part.years());
                banks.addAll(part.bankAfterTonnes());
                first = t + 1;
            }
        }
        return new IntertemporalResult(results, banks);
    }

    /**
     * Years {@code first} to {@code last} of {@code input} as a path of their own: a path that starts
     * after a cycle whose banking is forbidden starts with an empty bank.
     */
    private static IntertemporalInput part(IntertemporalInput input, int first, int last) {
        if (first == 0 && last == input.years().size() - 1) {
            return input;
        }
        List<EquilibriumInput> years = new ArrayList<>(input.years().subList(first, last + 1));
        if (first > 0) {
            EquilibriumInput opening = years.get(0);
            years.set(
                    0,
                    new EquilibriumInput(
                            opening.firms(),
                            opening.capTonnes(),
                            0,
                            opening.offsets(),
                            opening.floorFen(),
                            opening.ceilingFen()));
        }
        List<CycleLink> cycles = new ArrayList<>(last - first + 1);
        for (CycleLink link : input.cycles().subList(first, last + 1)) {
            cycles.add(link.shiftedBy(first));
        }
        return new IntertemporalInput(years, true, input.borrowingShare(), input.discountRate(), cycles);
    }

    /** The path over all of {@code input}'s years, banking allowed from each into the next. */
    private static IntertemporalResult solveBanking(IntertemporalInput input) {
        List<EquilibriumInput> years = input.years();
        List<EquilibriumResult> results = new ArrayList<>(years.size());
        List<Long> banks = new ArrayList<>(years.size());
        Path path = new Path(input);
        long bank = years.get(0).bankedTonnes();
        int start = 0;
        while (start < years.size()) {
            start = path.segment(start, bank, results, banks);
            bank = banks.get(start - 1);
        }
        return new IntertemporalResult(results, banks);
    }

    /** The years' fixed figures and the forward walk of the bank along a price path. */
    private static final class Path {
        final IntertemporalInput input;
        final int n;
        final long[] supply;
        final long[] bau;
        final double[] ceiling;
        final double bankTolerance;
        /** What each year's firms supply at a price, set up once per year. */
        final YearSupply[] yearSupply;
        /** Scratch of the last walk: what each year supplied, and the bank it ended with. */
        final double[] tonnes;

        final double[] bankAfter;
        final boolean[] unmet;

        Path(IntertemporalInput input) {
            this.input = input;
            this.n = input.years().size();
            this.supply = new long[n];
            this.bau = new long[n];
            this.ceiling = new double[n];
            this.tonnes = new double[n];
            this.bankAfter = new double[n];
            this.unmet = new boolean[n];
            this.yearSupply = new YearSupply[n];
            double scale = 1;
            for (int t = 0; t < n; t++) {
                EquilibriumInput year = input.years().get(t);
                supply[t] = year.capTonnes();
                yearSupply[t] = YearSupply.of(year);
                bau[t] = year.totalBauTonnes();
                ceiling[t] = Math.min((double) year.ceilingFen(), EquilibriumSolver.highestRelevantPrice(year));
                scale += bau[t] + supply[t];
            }
            this.bankTolerance = 1e-9 * scale;
        }

        /**
         * Solves the segment starting at {@code s} with {@code bank}; adds its years' results and banks
         * and returns the first year after it.
         */
        int segment(int s, long bank, List<EquilibriumResult> results, List<Long> banks) {
            int end;
            double[] amounts;
            long needed = -1;
            double[] prices = new double[n];
            if (walk(s, bank, 0) < 0) {
                end = n - 1;
                amounts = tonnes.clone();
                fillPrices(s, 0, prices);
            } else {
                double top = 1;
                for (int t = s; t < n; t++) {
                    top = Math.max(top, ceiling[t]);
                }
                PriceBracket price = PriceBracket.narrowed(0, top, PRICE_TOLERANCE_FEN, mid -> walk(s, bank, mid) < 0);
                double lo = price.loFen();
                double hi = price.hiFen();
                end = walk(s, bank, lo);
                double[] lower = tonnes.clone();
                int upperFails = walk(s, bank, hi);
                double[] upper = tonnes.clone();
                boolean[] upperUnmet = unmet.clone();
                fillPrices(s, hi, prices);
                for (int t = s; t < end; t++) {
                    if (unmet[t]) {
                        end = t;
                        break;
                    }
                }
                // where a year's supply jumps at the price (a flat offset programme), the year just
                // below it fails for that jump alone, though the bank may bind only later
                int closing = lastClosing(s, bank, end, lo, upper, upperFails, upperUnmet);
                if (closing > end) {
                    long total = Math.subtractExact(endBound(closing, upper), bank);
                    for (int t = s; t <= closing; t++) {
                        total = Math.addExact(total, bau[t] - supply[t]);
                    }
                    double[] lowest = new double[n];
                    along(s, bank, lo, lowest);
                    amounts = leastBanked(s, bank, closing, lowest, upper);
                    return close(s, bank, closing, amounts, total, prices, results, banks);
                }
                // Tonnes the segment's years must supply so that the bank closes exactly at its bound.
                needed = unmet[end] ? 0 : endBound(end, upper);
                needed = Math.subtractExact(needed, bank);
                for (int t = s; t <= end; t++) {
                    needed = Math.addExact(needed, bau[t] - supply[t]);
                }
                double sumLo = 0;
                double sumHi = 0;
                for (int t = s; t <= end; t++) {
                    sumLo += lower[t];
                    sumHi += upper[t];
                }
                double span = sumHi - sumLo;
                double theta = unmet[end] ? 1 : span > 0 ? Math.max(0, Math.min(1, (needed - sumLo) / span)) : 1;
                amounts = new double[n];
                for (int t = s; t <= end; t++) {
                    amounts[t] = lower[t] + theta * (upper[t] - lower[t]);
                }
            }
            return close(s, bank, end, amounts, needed, prices, results, banks);
        }

        /**
         * Adds years {@code s} to {@code end} of a segment with their {@code amounts} of tonnes,
         * {@code needed} in all (negative: the amounts rounded), and returns the first year after it.
         */
        private int close(
                int s,
                long bank,
                int end,
                double[] amounts,
                long needed,
                double[] prices,
                List<EquilibriumResult> results,
                List<Long> banks) {
            double[] slice = new double[end - s + 1];
            double total = 0;
            for (int t = s; t <= end; t++) {
                slice[t - s] = Math.max(0, amounts[t]);
                total += slice[t - s];
            }
            long[] asked = Apportion.largestRemainder(slice, needed >= 0 ? needed : Math.round(total));
            long carried = bank;
            for (int t = s; t <= end; t++) {
                long year = asked[t - s];
                carried = Math.addExact(carried, supply[t] - bau[t] + year);
                results.add(yearResult(input.years().get(t), yearSupply[t], year, prices[t]));
                banks.add(carried);
            }
            return end + 1;
        }

        /**
         * The last year after {@code end} at which the segment starting at {@code s} with {@code bank}
         * can close its bank exactly at the bound, or {@code end} where none can. Just below the
         * segment's price {@code lowFen} year {@code end} fails first; where it fails because a year's
         * supply jumps at the price (a flat offset programme at the segment's price in that year), a
         * later year may fail too, for the same jump. The path then uses only part of the jump and
         * carries the rest of what the jump offers into the later years: the segment runs to the last
         * year whose bound the upper walk ({@code upper}, which fails first at {@code upperFails}, -1
         * for none) meets with no year unmet, and whose bank can still be brought down to its bound
         * with every earlier bank at or above its own, each year supplying at least what it supplies
         * just below the price. Ending at {@code end} instead would close the bank there and open the
         * next year at a price above this one's, discounted: a tonne banked would then be worth more
         * than it costs.
         */
        private int lastClosing(
                int s, long bank, int end, double lowFen, double[] upper, int upperFails, boolean[] upperUnmet) {
            int last = upperFails < 0 ? n - 1 : upperFails - 1;
            for (int t = s; t <= last; t++) {
                if (upperUnmet[t]) {
                    last = t - 1;
                    break;
                }
            }
            if (last <= end) {
                return end;
            }
            double[] lowest = new double[n];
            along(s, bank, lowFen, lowest);
            for (int closing = last; closing > end; closing--) {
                double least = bank;
                for (int t = s; t <= closing; t++) {
                    least += supply[t] - bau[t] + lowest[t];
                    if (t < closing) {
                        least = Math.max(least, endBound(t, upper));
                    }
                }
                if (least <= endBound(closing, upper) + bankTolerance) {
                    return closing;
                }
            }
            return end;
        }

        /**
         * What each year from {@code s} supplies along the path starting at {@code priceFen} with
         * {@code bank}, into {@code supplied}, walking on past a year whose bank falls below its bound.
         */
        private void along(int s, long bank, double priceFen, double[] supplied) {
            double carried = bank;
            double price = priceFen;
            for (int t = s; t < n; t++) {
                double own = carried + supply[t] - bau[t];
                supplyInto(t, own, price, supplied);
                carried = own + supplied[t];
                price *= 1 + input.discountRate();
            }
        }

        /**
         * Years {@code s} to {@code closing} of a segment starting with {@code bank}, each supplying
         * between {@code lower} and {@code upper}, so that every bank is at or above its bound and the
         * last exactly at it, with each bank as small as that allows: every year starts at its lower
         * tonnes, and where a bank falls short of its bound the shortfall is supplied by the latest
         * year up to it that can still supply more. Any split costs the same at the segment's one
         * discounted price; this one banks only what a later year needs, as the path closing each year
         * at its bound does where that is possible, so that a technology step the path builds is not
         * foreseen used in full in one year and in part the next.
         */
        private double[] leastBanked(int s, long bank, int closing, double[] lower, double[] upper) {
            double[] amounts = new double[n];
            double carried = bank;
            for (int t = s; t <= closing; t++) {
                amounts[t] = lower[t];
                carried += supply[t] - bau[t] + lower[t];
                double bound = endBound(t, upper);
                double missing = bound - carried;
                if (t < closing && missing <= 0) {
                    continue;
                }
                for (int u = t; u >= s && missing > 0; u--) {
                    double more = Math.min(missing, Math.max(0, upper[u] - amounts[u]));
                    amounts[u] += more;
                    missing -= more;
                }
                carried = bound - Math.max(0, missing);
            }
            return amounts;
        }

        /**
         * Writes into {@code into[t]} what year {@code t} supplies at {@code price} with {@code own}
         * tonnes in hand (its bank and allocation less its business as usual): its supply at the
         * price, or from its ceiling up what the ceiling's supply and the tonnes still missing make.
         * Returns whether tonnes were still missing at the ceiling.
         */
        private boolean supplyInto(int t, double own, double price, double[] into) {
            if (price < ceiling[t]) {
                into[t] = yearSupply[t].at(price);
                return false;
            }
            double available = yearSupply[t].at(ceiling[t]);
            double shortfall = Math.max(0, -(own + available));
            into[t] = available + shortfall;
            return shortfall > 0;
        }

        /**
         * Walks the bank from year {@code s} along the path starting at {@code priceFen}, recording
         * each year's tonnes; returns the first year whose bank falls below its bound, or -1.
         */
        int walk(int s, long bank, double priceFen) {
            double carried = bank;
            double price = priceFen;
            for (int t = s; t < n; t++) {
                double own = carried + supply[t] - bau[t];
                unmet[t] = supplyInto(t, own, price, tonnes);
                carried = own + tonnes[t];
                bankAfter[t] = carried;
                if (carried < endBound(t, tonnes) - bankTolerance) {
                    return t;
                }
                price *= 1 + input.discountRate();
            }
            return -1;
        }

        /**
         * The lowest bank allowed after year {@code t} when each year supplied {@code supplied}
         * tonnes, t: none before the cycle's deadline, then minus the borrowable share of the cycle's
         * emissions so far, and 0 after the last year.
         */
        long endBound(int t, double[] supplied) {
            CycleLink link = input.cycles().get(t);
            if (t == n - 1) {
                return 0;
            }
            if (!link.settles()) {
                return Long.MIN_VALUE / 4;
            }
            if (link.borrowingShare() == 0) {
                return 0;
            }
            double emissions = 0;
            for (int u = link.cycleStart(); u <= t; u++) {
                emissions += Math.max(0, bau[u] - supplied[u]);
            }
            return -(long) Math.floor(link.borrowingShare() * emissions);
        }

        void fillPrices(int s, double priceFen, double[] prices) {
            double price = priceFen;
            for (int t = s; t < n; t++) {
                prices[t] = Math.min(price, ceiling[t]);
                price *= 1 + input.discountRate();
            }
        }
    }

    /**
     * The year's share of the path: {@code asked} tonnes of abatement, offsets and unmet tonnes,
     * allocated at least cost by the one-year solver; the price reported is the path's.
     */
    private static EquilibriumResult yearResult(
            EquilibriumInput year, YearSupply yearSupply, long asked, double pathPriceFen) {
        long bau = year.totalBauTonnes();
        EquilibriumInput own = new EquilibriumInput(
                year.firms(), Math.max(0, bau - asked), 0, year.offsets(), year.floorFen(), year.ceilingFen());
        EquilibriumResult share = EquilibriumSolver.solve(own, yearSupply);
        if (share.regime() == Regime.FLOOR || share.regime() == Regime.CEILING) {
            return share;
        }
        Regime regime = pathPriceFen > 0 || asked > 0 ? Regime.CLEARED : Regime.SURPLUS;
        return new EquilibriumResult(
                regime,
                pathPriceFen,
                Math.round(pathPriceFen),
                share.gapTonnes(),
                share.firms(),
                share.totalAbatementTonnes(),
                share.offsetsUsedTonnes(),
                share.unmetTonnes(),
                share.leastCostFen(),
                share.offsetCostFen());
    }
}
