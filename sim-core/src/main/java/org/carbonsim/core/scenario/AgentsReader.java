package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.agents.AgentsConfig;
import org.carbonsim.core.agents.BankValue;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.DeadlineQuotes;
import org.carbonsim.core.agents.FinalAbatement;
import org.carbonsim.core.agents.SpeculatorStyle;
import org.carbonsim.core.agents.StrategyKind;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.model.Enterprise;

/**
 * Reads a scenario's optional {@code agents}: the enterprises' {@code defaultStrategy} and strategies
 * by sector and by enterprise, the compliance traders' behaviour ({@code compliance}) and the other
 * {@code traders} groups ({@code zeroIntelligence}, {@code speculators}, {@code noiseTraders}, {@code
 * marketMaker}, {@code unitSchedules}), prices as fen on the market's tick grid. Problems are reported
 * at their JSON paths. Stateless.
 */
final class AgentsReader {
    /** Default compliance-trader behaviour (assumed). */
    static final ComplianceTraderParams DEFAULT_COMPLIANCE = new ComplianceTraderParams(
            0.05,
            0.5,
            0.3,
            0.02,
            0,
            0,
            0.05,
            1,
            FinalAbatement.SHORTFALL,
            BankValue.LAST_YEAR_SHARE,
            ComplianceTraderParams.DEFAULT_REVIEWS_PER_DAY,
            ComplianceTraderParams.DEFAULT_REPRICE_TOLERANCE_BASIS_POINTS,
            ComplianceTraderParams.DEFAULT_DEADLINE_QUOTES);

    private static final List<String> TRADER_TYPES =
            List.of("zeroIntelligence", "speculators", "noiseTraders", "marketMaker", "unitSchedules");
    /** The most buyers or sellers a unit-schedule group may list. */
    private static final int MAX_SCHEDULE_TRADERS = 10_000;
    /** The most units one trader of a unit-schedule group may list. */
    private static final int MAX_SCHEDULE_UNITS = 10_000;

    private AgentsReader() {}

    /**
     * The agents of {@code o}, sector and enterprise references checked against {@code loader}'s and
     * prices against its tick; {@code null} after a problem.
     */
    static AgentsConfig read(Obj o, ScenarioLoader loader) {
        Problems problems = loader.problems();
        int before = problems.count();
        StrategyKind defaultStrategy = o.enumeration("defaultStrategy", StrategyKind.class, StrategyKind.COMPLIANCE);
        Map<String, StrategyKind> bySector =
                loader.sectors().bySector(o.object("sectorStrategies", "strategy by sector id"), StrategyKind.class);
        Map<String, StrategyKind> byEnterprise = loader.enterprises()
                .byEnterprise(o.object("enterpriseStrategies", "strategy by enterprise id"), StrategyKind.class);
        ComplianceTraderParams compliance = DEFAULT_COMPLIANCE;
        if (o.has("compliance")) {
            Obj c = o.object("compliance", "compliance-trader behaviour");
            int cBefore = problems.count();
            double gap = c.number(
                    "dailyGapShare",
                    DEFAULT_COMPLIANCE.dailyGapShare(),
                    new Values.Range(0, true, 1, false),
                    "share of the remaining gap a day");
            double procrastination = c.number(
                    "procrastination",
                    DEFAULT_COMPLIANCE.procrastination(),
                    new Values.Range(0, false, 1, true),
                    "0 = evenly, towards 1 = at the deadline");
            double weight = c.number(
                    "expectationWeight",
                    DEFAULT_COMPLIANCE.expectationWeight(),
                    new Values.Range(0, true, 1, false),
                    "weight of the latest close");
            double aggression = c.number(
                    "priceAggression",
                    DEFAULT_COMPLIANCE.priceAggression(),
                    Values.Range.SHARE,
                    "share of the last price");
            double bankShare = c.number(
                    "bankValueShare",
                    DEFAULT_COMPLIANCE.bankValueShare(),
                    Values.Range.SHARE,
                    "share of last year's average price");
            int interval = (int) c.integer(
                    "estimateIntervalDays",
                    DEFAULT_COMPLIANCE.estimateIntervalDays(),
                    0,
                    loader.calendar().tradingDays(),
                    "trading days between estimates of emissions; 0 for none");
            double errorSd = c.number(
                    "estimateErrorSd",
                    DEFAULT_COMPLIANCE.estimateErrorSd(),
                    Values.Range.SHARE,
                    "relative error of the first estimate");
            double buffer = c.number(
                    "uncertaintyBuffer",
                    DEFAULT_COMPLIANCE.uncertaintyBuffer(),
                    new Values.Range(0, false, 10, false),
                    "standard deviations of the estimate's error left untraded");
            FinalAbatement finalAbatement =
                    c.enumeration("finalAbatement", FinalAbatement.class, DEFAULT_COMPLIANCE.finalAbatement());
            BankValue bankValue = c.enumeration("bankValue", BankValue.class, DEFAULT_COMPLIANCE.bankValue());
            double reviews = c.number(
                    "reviewsPerDay",
                    DEFAULT_COMPLIANCE.reviewsPerDay(),
                    new Values.Range(0, true, MarketRules.MAX_ROUNDS_PER_DAY, false),
                    "times a trading day an enterprise re-prices its order, the first at the opening;"
                            + " below 1 the share of days it looks");
            int tolerance = (int) c.integer(
                    "repriceToleranceBasisPoints",
                    DEFAULT_COMPLIANCE.repriceToleranceBasisPoints(),
                    0,
                    ComplianceTraderParams.MAX_REPRICE_TOLERANCE_BASIS_POINTS,
                    "basis points the expected price may move before a desk re-prices");
            DeadlineQuotes deadlineQuotes =
                    c.enumeration("deadlineQuotes", DeadlineQuotes.class, DEFAULT_COMPLIANCE.deadlineQuotes());
            double bankSpread = c.number(
                    "bankValueSpread",
                    DEFAULT_COMPLIANCE.bankValueSpread(),
                    new Values.Range(0, false, 1, true),
                    "share of the bank value by which the enterprises' bank values spread around it");
            int foresightAfter = (int) c.integer(
                    "foresightYearsAfterRun",
                    DEFAULT_COMPLIANCE.foresightYearsAfterRun(),
                    0,
                    ComplianceTraderParams.MAX_FORESIGHT_YEARS_AFTER_RUN,
                    "years after the run's last year that foresight reaches");
            if (foresightAfter > 0 && bankValue != BankValue.FORESIGHT) {
                problems.add(
                        c.path("foresightYearsAfterRun"),
                        "reaches past the run only with \"bankValue\": \"FORESIGHT\" (this scenario's bank value"
                                + " is " + bankValue + ")");
            } else if (foresightAfter > 0 && loader.calendar().endYearKnown()) {
                checkForeseenYears(c.path("foresightYearsAfterRun"), foresightAfter, loader, problems);
            }
            boolean netOfFee = c.bool("targetsNetOfFee", DEFAULT_COMPLIANCE.targetsNetOfFee());
            c.finish();
            compliance = problems.build(
                    c.path(),
                    cBefore,
                    () -> new ComplianceTraderParams(
                            gap,
                            procrastination,
                            weight,
                            aggression,
                            bankShare,
                            interval,
                            errorSd,
                            buffer,
                            finalAbatement,
                            bankValue,
                            reviews,
                            tolerance,
                            deadlineQuotes,
                            bankSpread,
                            foresightAfter,
                            netOfFee));
        }
        List<TraderGroup> traders = new ArrayList<>();
        List<JsonElement> list = o.array("traders", "other trader groups");
        for (int i = 0; i < list.size(); i++) {
            traders.add(readTraderGroup(
                    Obj.of(list.get(i), Obj.index(o.path("traders"), i), "a trader group", problems),
                    problems,
                    loader.market().tickFen()));
        }
        o.finish();
        ComplianceTraderParams params = compliance;
        return problems.build(
                o.path(), before, () -> new AgentsConfig(defaultStrategy, bySector, byEnterprise, params, traders));
    }

    private static TraderGroup readTraderGroup(Obj o, Problems problems, long tickFen) {
        int before = problems.count();
        String type = o.type("trader group", TRADER_TYPES);
        TraderGroup group = null;
        if (type != null) {
            // a unit-schedule group counts its traders by their schedules
            int count = type.equals("unitSchedules") ? 0 : (int) o.requiredInteger("count", 0, 1_000_000, "traders");
            switch (type) {
                case "zeroIntelligence": {
                    long units = o.requiredInteger("unitsPerTrader", 1, Values.MAX_TONNES, "t a day");
                    long min = o.requiredPrice("minValue", tickFen, "CNY per t");
                    long max = o.requiredPrice("maxValue", tickFen, "CNY per t");
                    if (problems.count() == before && max < min) {
                        problems.add(o.path("maxValue"), "expected a price >= minValue (CNY per t)");
                    }
                    group = problems.build(
                            o.path(), before, () -> new TraderGroup.ZeroIntelligence(count, units, min, max));
                    break;
                }
                case "speculators": {
                    SpeculatorStyle style = o.enumeration("style", SpeculatorStyle.class, SpeculatorStyle.TREND);
                    int lookback = (int) o.integer("lookbackDays", 20, 1, 10_000, "trading days");
                    int lookbackMax = (int) o.integer(
                            "lookbackDaysMax", lookback, 1, 10_000, "trading days, the last trader's lookback");
                    if (problems.count() == before && lookbackMax < lookback) {
                        problems.add(
                                o.path("lookbackDaysMax"),
                                "expected a lookback >= lookbackDays, " + lookback + " (trading days), got "
                                        + lookbackMax);
                    }
                    long cash = o.requiredMoney("cash", "CNY each");
                    long limit = o.requiredInteger("positionLimitTonnes", 0, Values.MAX_TONNES, "t");
                    long order = o.requiredInteger("orderTonnes", 1, Values.MAX_TONNES, "t");
                    double participation = o.number(
                            "participationShare",
                            0,
                            Values.Range.SHARE,
                            "largest share of the average daily volume one order takes, 0 for none");
                    group = problems.build(
                            o.path(),
                            before,
                            () -> new TraderGroup.Speculators(
                                    count, style, lookback, lookbackMax, cash, limit, order, participation));
                    break;
                }
                case "noiseTraders": {
                    double p = o.number("dailyProbability", 0.1, Values.Range.SHARE, "chance of trading on a day");
                    long maxOrder = o.requiredInteger("maxOrderTonnes", 1, Values.MAX_TONNES, "t");
                    long cash = o.requiredMoney("cash", "CNY each");
                    long holdings = o.integer("holdingsTonnes", 0, 0, Values.MAX_TONNES, "t each");
                    double spread = o.number(
                            "priceSpread", 0.02, new Values.Range(0, false, 1, true), "relative spread, 0.02 = ±2%");
                    group = problems.build(
                            o.path(),
                            before,
                            () -> new TraderGroup.NoiseTraders(count, p, maxOrder, cash, holdings, spread));
                    break;
                }
                case "unitSchedules": {
                    long min = o.requiredPrice("minPrice", tickFen, "CNY per t");
                    long max = o.requiredPrice("maxPrice", tickFen, "CNY per t");
                    if (problems.count() == before && max < min) {
                        problems.add(
                                o.path("maxPrice"),
                                "expected a price >= minPrice, "
                                        + BigDecimal.valueOf(min, 2).toPlainString() + " (CNY per t), got "
                                        + BigDecimal.valueOf(max, 2).toPlainString());
                    }
                    boolean constrained = o.bool("budgetConstrained", true);
                    List<List<Long>> buyers = readUnitSchedules(o, "buyers", -1, problems, tickFen);
                    List<List<Long>> sellers = readUnitSchedules(o, "sellers", 1, problems, tickFen);
                    group = problems.build(
                            o.path(),
                            before,
                            () -> new TraderGroup.UnitSchedules(buyers, sellers, min, max, constrained));
                    break;
                }
                default: {
                    long spread = o.requiredInteger("spreadTicks", 1, 1_000_000, "ticks");
                    long quote = o.requiredInteger("quoteTonnes", 1, Values.MAX_TONNES, "t");
                    long inventory = o.requiredInteger("inventoryLimitTonnes", 0, Values.MAX_TONNES, "t");
                    long cash = o.requiredMoney("cash", "CNY");
                    long holdings = o.integer("holdingsTonnes", 0, 0, Values.MAX_TONNES, "t");
                    group = problems.build(
                            o.path(),
                            before,
                            () -> new TraderGroup.MarketMaker(count, spread, quote, inventory, cash, holdings));
                    break;
                }
            }
        }
        o.finish();
        return group;
    }

    /**
     * The unit schedules of a group's buyers ({@code direction} -1: values listed from the highest) or
     * sellers (+1: costs listed from the lowest), CNY per t each, as fen.
     */
    private static List<List<Long>> readUnitSchedules(
            Obj o, String key, int direction, Problems problems, long tickFen) {
        String what = direction < 0
                ? "one array per buyer of its units' values, CNY per t, highest first"
                : "one array per seller of its units' costs, CNY per t, lowest first";
        JsonElement list = o.required(key, what);
        List<JsonElement> traders = list == null ? List.of() : Obj.array(list, o.path(key), what, problems);
        if (list != null && list.isJsonArray() && (traders.isEmpty() || traders.size() > MAX_SCHEDULE_TRADERS)) {
            problems.add(
                    o.path(key),
                    "expected 1.." + MAX_SCHEDULE_TRADERS + " traders (" + what + "), got " + traders.size());
        }
        List<List<Long>> schedules = new ArrayList<>();
        for (int t = 0; t < traders.size(); t++) {
            String tPath = Obj.index(o.path(key), t);
            List<JsonElement> units = Obj.array(traders.get(t), tPath, "CNY per t each", problems);
            if (units.isEmpty() || units.size() > MAX_SCHEDULE_UNITS) {
                if (traders.get(t).isJsonArray()) {
                    problems.add(
                            tPath,
                            "expected 1.." + MAX_SCHEDULE_UNITS + " units (CNY per t each), got " + units.size());
                }
                continue;
            }
            List<Long> schedule = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                String uPath = Obj.index(tPath, i);
                int unitBefore = problems.count();
                long fen = Values.price(units.get(i), uPath, tickFen, true, "CNY per t", problems, 0);
                if (problems.count() == unitBefore && i > 0 && Long.signum(fen - schedule.get(i - 1)) == -direction) {
                    problems.add(
                            uPath,
                            direction < 0
                                    ? "expected a value <= the unit before (a buyer's units are listed from the"
                                            + " most valuable), got " + Values.describe(units.get(i))
                                    : "expected a cost >= the unit before (a seller's units are listed from the"
                                            + " cheapest), got " + Values.describe(units.get(i)));
                }
                schedule.add(fen);
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    /**
     * The enterprises' trends must stay countable over the years foresight reaches past the run, as
     * over the run's own ({@link Magnitudes}): the foreseen path reads their expected emissions there.
     */
    private static void checkForeseenYears(String path, int yearsAfterRun, ScenarioLoader loader, Problems problems) {
        int endYear = loader.calendar().endYear();
        for (Enterprise enterprise : loader.enterprises().list()) {
            String tooLarge = Magnitudes.check(
                    enterprise,
                    endYear + 1,
                    endYear + yearsAfterRun,
                    loader.market().ladderTopFen());
            if (tooLarge != null) {
                problems.add(
                        path,
                        "the firms foresee " + yearsAfterRun + " years past the run's last year, " + endYear
                                + ", and there " + tooLarge);
                return;
            }
        }
    }
}
