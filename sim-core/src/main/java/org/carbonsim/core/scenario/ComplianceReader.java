package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.PenaltyModel;

/**
 * Reads a scenario's optional {@code compliance}: the deadline and verification lead, the {@code
 * offsets} programmes (their modelled supply handed to {@link OffsetMarketsReader}), the total offset
 * cap, {@code banking}, borrowing, the discount rate of the intertemporal reference, the {@code
 * penalty} model, the deadline reserve sale and the multi-year {@code cycles} ({@link
 * ComplianceCycles}). Days are checked against the calendar's trading days. Problems are reported at
 * their JSON paths. Stateless.
 */
final class ComplianceReader {
    /** Default Hubei-style penalty: multiple of the average price (assumed, within the 1..3 range). */
    static final double DEFAULT_PENALTY_PRICE_MULTIPLE = 2;
    /** Default Hubei-style fine cap, fen (CNY 150,000). */
    static final long DEFAULT_PENALTY_CAP_FEN = 15_000_000;
    /** Default Hubei-style deduction from next year's allocation, multiple of the shortfall. */
    static final double DEFAULT_PENALTY_DEDUCTION = 2;

    private static final List<String> BANKING_TYPES = List.of("allowed", "forbidden", "capped");
    private static final List<String> PENALTY_TYPES = List.of("hubei", "national", "eu");

    private ComplianceReader() {}

    /**
     * The compliance rules of {@code o}, days and cycle years checked against {@code loader}'s calendar
     * and modelled offset supply read into {@code offsetMarkets}; {@code null} after a problem.
     */
    static ComplianceRules read(Obj o, ScenarioLoader loader, OffsetMarketsReader offsetMarkets) {
        Problems problems = loader.problems();
        int tradingDays = loader.calendar().tradingDays();
        int before = problems.count();
        int deadline = o.has("deadlineDay")
                ? (int) o.integer(
                        "deadlineDay",
                        ComplianceRules.LAST_TRADING_DAY,
                        0,
                        tradingDays - 1,
                        "0-based trading day; omit for the last trading day")
                : ComplianceRules.LAST_TRADING_DAY;
        List<OffsetProgram> offsets = new ArrayList<>();
        Map<String, String> offsetIds = new LinkedHashMap<>();
        List<JsonElement> list = o.array("offsets", "offset programs");
        for (int i = 0; i < list.size(); i++) {
            int pBefore = problems.count();
            Obj p = Obj.of(list.get(i), Obj.index(o.path("offsets"), i), "an offset program", problems);
            String id = p.requiredId("id", "offset program id");
            OffsetKind kind = p.enumeration("kind", OffsetKind.class, OffsetKind.CCER);
            long supply = OffsetMarketsReader.modelled(p)
                    ? 0
                    : p.requiredInteger("supplyTonnesPerYear", 0, Values.MAX_TONNES, "t a year");
            if (OffsetMarketsReader.modelled(p) && p.has("supplyTonnesPerYear")) {
                problems.add(
                        p.path("supplyTonnesPerYear"),
                        "the programme's pipeline or inclusion scheme sets its supply each year; leave this out");
            }
            long price = p.requiredMoney("price", "CNY per t");
            long slope = p.money("priceSlopePerMt", 0, "CNY per t per Mt sold");
            checkAtMostLadderTop(p, price, slope, supply, loader.market().ladderTopFen());
            int vintage = (int) p.integer("minVintageYear", 0, 0, Calendar.LAST_YEAR, "year");
            double share = p.number("capShare", 0.1, Values.Range.SHARE, "share of the cap base");
            CapBase base = p.enumeration("capBase", CapBase.class, CapBase.ALLOCATION);
            if (p.has("pipeline")) {
                offsetMarkets.readPipeline(p, id, kind == OffsetKind.CCER, vintage, price, slope, runYears(loader));
            }
            if (p.has("inclusion")) {
                offsetMarkets.readInclusion(p, id, kind == OffsetKind.CARBON_INCLUSION, slope);
            }
            p.finish();
            if (!id.isEmpty() && offsetIds.containsKey(id)) {
                problems.add(
                        p.path("id"),
                        "duplicate offset program id \"" + id + "\" (first defined at " + offsetIds.get(id) + ")");
            }
            offsetIds.putIfAbsent(id, p.path());
            OffsetProgram program = problems.build(
                    p.path(), pBefore, () -> new OffsetProgram(id, kind, supply, price, slope, vintage, share, base));
            offsets.add(program);
        }
        double total = o.number("totalOffsetCapShare", 1, Values.Range.SHARE, "share of the cap base");
        BankingRule banking = o.has("banking")
                ? readBanking(o.object("banking", "banking rule"), problems)
                : new BankingRule.Allowed();
        double borrowing = o.number("borrowingShare", 0, Values.Range.SHARE, "share of the obligation");
        double discountRate = o.number(
                "discountRate",
                ComplianceRules.DEFAULT_DISCOUNT_RATE,
                Values.Range.SHARE,
                "interest rate per year of the intertemporal reference");
        int lead = (int) o.integer(
                "verificationLeadDays",
                ComplianceRules.DEFAULT_VERIFICATION_LEAD_DAYS,
                0,
                tradingDays - 1,
                "trading days from verification to the deadline");
        PenaltyModel penalty = o.has("penalty")
                ? readPenalty(o.object("penalty", "penalty model"), problems)
                : new PenaltyModel.HubeiStyle(
                        DEFAULT_PENALTY_PRICE_MULTIPLE, DEFAULT_PENALTY_CAP_FEN, DEFAULT_PENALTY_DEDUCTION);
        boolean reserveSale = o.bool("deadlineReserveSale", false);
        List<ComplianceCycle> cycles = ComplianceCycles.read(
                o.array("cycles", "multi-year compliance cycles"),
                o.path("cycles"),
                loader,
                problems,
                loader.calendar().startYear(),
                loader.calendar().endYear(),
                banking,
                borrowing,
                rule -> readBanking(rule, problems));
        o.finish();
        return problems.build(
                o.path(),
                before,
                () -> new ComplianceRules(
                        deadline,
                        offsets,
                        total,
                        banking,
                        borrowing,
                        penalty,
                        lead,
                        discountRate,
                        reserveSale,
                        cycles));
    }

    private static BankingRule readBanking(Obj o, Problems problems) {
        int before = problems.count();
        String type = o.type("banking rule", BANKING_TYPES);
        BankingRule rule = null;
        if ("allowed".equals(type)) {
            rule = new BankingRule.Allowed();
        } else if ("forbidden".equals(type)) {
            rule = new BankingRule.Forbidden();
        } else if ("capped".equals(type)) {
            long base = o.requiredInteger("baseTonnes", 0, Values.MAX_TONNES, "t");
            double multiple = o.requiredNumber(
                    "netSalesMultiple", new Values.Range(0, false, 1000, false), "multiple of net sales", 0);
            int fromYear = o.year("netSalesFromYear", 0);
            long prior = o.integer("priorNetSalesTonnes", 0, 0, Values.MAX_TONNES, "t");
            if (prior > 0 && fromYear == 0) {
                problems.add(
                        o.path("priorNetSalesTonnes"),
                        "prior net sales need \"netSalesFromYear\", the first year whose net sales the cap counts");
            }
            rule = problems.build(o.path(), before, () -> new BankingRule.Capped(base, multiple, fromYear, prior));
        }
        o.finish();
        return problems.count() > before ? null : rule;
    }

    private static PenaltyModel readPenalty(Obj o, Problems problems) {
        int before = problems.count();
        String type = o.type("penalty model", PENALTY_TYPES);
        PenaltyModel model = null;
        Values.Range multiple = new Values.Range(0, false, 1000, false);
        if ("hubei".equals(type)) {
            double k = o.number(
                    "priceMultiple", DEFAULT_PENALTY_PRICE_MULTIPLE, multiple, "multiple of the average price");
            long cap = o.money("fineCap", DEFAULT_PENALTY_CAP_FEN, "CNY");
            double deduction =
                    o.number("deductionMultiple", DEFAULT_PENALTY_DEDUCTION, multiple, "multiple of the shortfall");
            model = problems.build(o.path(), before, () -> new PenaltyModel.HubeiStyle(k, cap, deduction));
        } else if ("national".equals(type)) {
            double k = o.number("priceMultiple", 5, multiple, "multiple of the average price");
            double deduction = o.number("deductionMultiple", 1, multiple, "multiple of the shortfall");
            model = problems.build(o.path(), before, () -> new PenaltyModel.NationalStyle(k, deduction));
        } else if ("eu".equals(type)) {
            long perTonne = o.requiredMoney("perTonne", "CNY per t short");
            boolean makeGood = o.bool("makeGood", true);
            model = problems.build(o.path(), before, () -> new PenaltyModel.EuStyle(perTonne, makeGood));
        }
        o.finish();
        return problems.count() > before ? null : model;
    }

    /**
     * A firm short of allowances at the deadline buys credits at any price, so a credit may cost at most
     * what an allowance can ({@code ladderTopFen}, 0 when the market had a problem): its price, and for a
     * fixed supply the curve's price at the whole year's supply. Money the run counts in fen is bounded
     * at that price ({@link Magnitudes}).
     */
    private static void checkAtMostLadderTop(
            Obj p, long priceFen, long slopeFenPerMt, long supplyTonnes, long ladderTopFen) {
        if (ladderTopFen <= 0) {
            return;
        }
        String top = BigDecimal.valueOf(ladderTopFen, 2).toPlainString();
        double atWholeSupplyFen = priceFen + slopeFenPerMt * (double) supplyTonnes / 1e6;
        String why = ", the top of the price ladder (" + MarketRules.LADDER_MULTIPLE
                + " times market.initialPrice): a firm short at the deadline buys credits at any price, and what it pays"
                + " must stay countable in fen";
        if (priceFen > ladderTopFen) {
            p.problems()
                    .add(
                            p.path("price"),
                            "expected at most " + top + " CNY per t" + why + ", got "
                                    + BigDecimal.valueOf(priceFen, 2).toPlainString());
        } else if (atWholeSupplyFen > ladderTopFen) {
            p.problems()
                    .add(
                            p.path("priceSlopePerMt"),
                            "the curve's price at the year's whole supply, "
                                    + String.format(Locale.ROOT, "%.2f", atWholeSupplyFen / 100)
                                    + " CNY per t, is above " + top + " CNY per t" + why);
        }
    }

    /** The number of simulated years, or 0 when the calendar had a problem. */
    private static int runYears(ScenarioLoader loader) {
        return loader.calendar().endYearKnown()
                ? loader.calendar().endYear() - loader.calendar().startYear() + 1
                : 0;
    }
}
