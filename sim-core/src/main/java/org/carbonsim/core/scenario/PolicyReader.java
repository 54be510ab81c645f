package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carbonsim.core.allocation.AllocationPlan;
import org.carbonsim.core.policy.AuctionSchedule;
import org.carbonsim.core.policy.InterventionRule;
import org.carbonsim.core.policy.PolicyRules;
import org.carbonsim.core.policy.PriceCorridor;
import org.carbonsim.core.policy.StabilityReserve;

/**
 * Reads a scenario's optional {@code policy}: the primary {@code auctions} (days, reserve price,
 * covered firms only), the limit-hit {@code intervention} rule, the price {@code corridor} and the
 * market {@code stabilityReserve}, days checked against the calendar's trading days and prices
 * against the market's tick. It checks them against the market and allocation read before it: an
 * auction share needs auction days and an intervention needs a price band. Problems are reported at
 * their JSON paths. Stateless.
 */
final class PolicyReader {
    private PolicyReader() {}

    /**
     * Reports at {@code path} the first rules in force from {@code fromYear} on (the first year's or a
     * change's) whose band is 0: an intervention that counts limit hits has nothing to count there.
     */
    private static void checkBand(String path, MarketRules market, int fromYear, Problems problems) {
        List<MarketRuleChange> changes = market.changes();
        if (market.limitBasisPoints() == 0
                && (changes.isEmpty() || changes.get(0).fromYear() > fromYear)) {
            problems.add(path, "an intervention counts limit hits but market.limitPct is 0 (no price band)");
            return;
        }
        for (int c = 0; c < changes.size(); c++) {
            boolean inForce = c + 1 == changes.size() || changes.get(c + 1).fromYear() > fromYear;
            if (inForce && changes.get(c).limitBasisPoints() == 0) {
                problems.add(
                        path,
                        "an intervention counts limit hits but market.changes[" + c + "].limitPct is 0 (no price band"
                                + " from " + changes.get(c).fromYear() + ")");
                return;
            }
        }
    }

    /**
     * The policy rules of {@code o}; {@code market} and {@code allocation} are {@code null} when they
     * had problems, and are then not checked against. {@code null} after a problem.
     */
    static PolicyRules read(
            Obj o, Problems problems, int tradingDays, long tickFen, MarketRules market, AllocationPlan allocation) {
        int before = problems.count();
        Obj a = o.object("auctions", "primary auction schedule");
        int aBefore = problems.count();
        List<Integer> days = new ArrayList<>();
        if (a.has("days")) {
            List<JsonElement> list = a.array("days", "0-based trading days");
            String outOfOrderPath = null;
            String outOfOrderText = null;
            int outOfOrder = 0;
            for (int i = 0; i < list.size(); i++) {
                String p = Obj.index(a.path("days"), i);
                int dBefore = problems.count();
                int day = (int) Values.integer(
                        list.get(i), p, 0, tradingDays - 1, "0-based trading day of the year", problems, 0);
                if (problems.count() == dBefore && !days.isEmpty() && day <= days.get(days.size() - 1)) {
                    if (outOfOrder++ == 0) {
                        outOfOrderPath = p;
                        outOfOrderText = day + " is not after " + days.get(days.size() - 1);
                    }
                }
                days.add(day);
            }
            if (outOfOrder > 0) {
                // one problem for the list: days given in descending order are one mistake, not one a day
                problems.add(
                        outOfOrderPath,
                        "auction days must be strictly ascending; " + outOfOrderText
                                + (outOfOrder == 1
                                        ? ""
                                        : " (and " + (outOfOrder - 1) + " more out of order after it)"));
            }
        } else {
            days.add(0);
        }
        long reserve = a.price("reservePrice", 0, tickFen, true, "CNY per t");
        boolean coveredOnly = a.bool("coveredOnly", false);
        a.finish();
        if (allocation != null
                && allocation.everyShares().stream().anyMatch(shares -> shares.auctionShare() > 0)
                && days.isEmpty()
                && problems.count() == aBefore) {
            problems.add(
                    a.path("days"), "allocation.auctionShare is above 0 (in some year) but no auction days are listed");
        }
        AuctionSchedule auctions =
                problems.build(a.path(), aBefore, () -> new AuctionSchedule(days, reserve, coveredOnly));

        Optional<InterventionRule> intervention = Optional.empty();
        if (o.has("intervention")) {
            Obj i = o.object("intervention", "limit-hit intervention rule");
            int iBefore = problems.count();
            int hits = (int) i.integer("limitHits", 6, 1, 366, "limit hits");
            int window = (int) i.integer("windowDays", 20, 1, 366, "trading days");
            long quantity = i.requiredInteger("quantityTonnes", 1, Values.MAX_TONNES, "t per intervention");
            boolean sells = i.bool("sells", true);
            boolean buys = i.bool("buys", true);
            boolean bankable = i.bool("bankable", false);
            boolean verifiedShortfallSale = i.bool("verifiedShortfallSale", false);
            int fromYear = i.has("fromYear") ? i.year("fromYear", 0) : InterventionRule.FROM_THE_START;
            i.finish();
            if (problems.count() == iBefore) {
                if (window > tradingDays) {
                    problems.add(
                            i.path("windowDays"),
                            "intervention window of " + window + " trading days is longer than the year (" + tradingDays
                                    + " trading days)");
                } else if (hits > window) {
                    problems.add(i.path("limitHits"), "limitHits " + hits + " is more than windowDays " + window);
                }
                if (market != null) {
                    checkBand(i.path(), market, fromYear, problems);
                }
            }
            InterventionRule rule = problems.build(
                    i.path(),
                    iBefore,
                    () -> new InterventionRule(
                            hits, window, quantity, sells, buys, bankable, verifiedShortfallSale, fromYear));
            intervention = Optional.ofNullable(rule);
        }

        PriceCorridor corridor = PriceCorridor.NONE;
        if (o.has("corridor")) {
            Obj c = o.object("corridor", "price floor and ceiling");
            int cBefore = problems.count();
            long floor = c.price("floor", 0, tickFen, true, "CNY per t");
            long ceiling =
                    c.has("ceiling") ? c.price("ceiling", Long.MAX_VALUE, tickFen, false, "CNY per t") : Long.MAX_VALUE;
            long daily = c.integer("dailyReserveSaleTonnes", 0, 0, Values.MAX_TONNES, "t a day");
            c.finish();
            if (problems.count() == cBefore && ceiling <= floor) {
                problems.add(c.path("ceiling"), "the ceiling must be above the floor");
            }
            corridor = problems.build(c.path(), cBefore, () -> new PriceCorridor(floor, ceiling, daily));
        }

        Optional<StabilityReserve> msr = Optional.empty();
        if (o.has("stabilityReserve")) {
            Obj m = o.object("stabilityReserve", "market stability reserve");
            int mBefore = problems.count();
            long upper = m.requiredInteger("upperThresholdTonnes", 1, Values.MAX_TONNES, "t in circulation");
            long lower = m.requiredInteger("lowerThresholdTonnes", 0, Values.MAX_TONNES, "t in circulation");
            double intake = m.number("intakeRate", 0.24, Values.Range.SHARE, "share of circulation");
            long release = m.requiredInteger("releaseTonnes", 0, Values.MAX_TONNES, "t");
            long initial = m.integer("initialReserveTonnes", 0, 0, Values.MAX_TONNES, "t");
            long buffer = m.integer(
                    "bufferUpperTonnes",
                    0,
                    0,
                    Values.MAX_TONNES,
                    "t in circulation at the top of the buffer zone; 0 for none");
            m.finish();
            if (problems.count() == mBefore && upper <= lower) {
                problems.add(
                        m.path("upperThresholdTonnes"),
                        "expected more than lowerThresholdTonnes " + lower + " (t), got " + upper);
            }
            if (problems.count() == mBefore && buffer != 0 && buffer <= upper) {
                problems.add(
                        m.path("bufferUpperTonnes"),
                        "expected more than upperThresholdTonnes " + upper + " (t), or 0 for no buffer zone, got "
                                + buffer);
            }
            if (problems.count() == mBefore
                    && allocation != null
                    && allocation.everyShares().stream().allMatch(shares -> shares.auctionShare() == 0)) {
                problems.add(
                        m.path(),
                        "the stability reserve takes in and releases through the primary auctions, but"
                                + " allocation.auctionShare is 0 in every year: it would do nothing");
            }
            StabilityReserve reserveRule = problems.build(
                    m.path(), mBefore, () -> new StabilityReserve(upper, lower, intake, release, initial, buffer));
            msr = Optional.ofNullable(reserveRule);
        }
        o.finish();
        PriceCorridor finalCorridor = corridor;
        Optional<InterventionRule> finalIntervention = intervention;
        Optional<StabilityReserve> finalMsr = msr;
        return problems.build(
                o.path(), before, () -> new PolicyRules(auctions, finalIntervention, finalCorridor, finalMsr));
    }
}
