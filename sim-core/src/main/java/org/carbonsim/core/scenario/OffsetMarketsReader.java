package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.offsets.CcerPipeline;
import org.carbonsim.core.offsets.InclusionGroup;
import org.carbonsim.core.offsets.InclusionScheme;
import org.carbonsim.core.offsets.OffsetMarkets;
import org.carbonsim.core.offsets.ProjectType;

/**
 * Reads the modelled offset supply inside {@code compliance.offsets[i]}: a CCER programme's {@code
 * pipeline} and a carbon-inclusion programme's {@code inclusion}, at most one of each per scenario.
 * Every problem carries its JSON path. Not thread-safe; one per load.
 */
final class OffsetMarketsReader {
    /** Most projects a methodology type may start in a year. */
    private static final long MAX_STARTS = 1_000_000;

    /** Standard deviations above the mean a carbon-inclusion draw is given room for (as the shocks are). */
    private static final int DRAW_HEADROOM = 16;
    /**
     * A participant's reduction in kg: at most the largest tonnage a scenario may give (as kg, far above
     * any real reduction), so that the groups' largest issue ({@link #checkInclusionCredits}) is a finite
     * number it can report.
     */
    private static final Values.Range REDUCTION_KG = new Values.Range(0, false, Values.MAX_TONNES, false);

    private final Problems problems;
    private Optional<CcerPipeline> ccer = Optional.empty();
    private Optional<InclusionScheme> inclusion = Optional.empty();
    private String ccerPath;
    private String inclusionPath;

    OffsetMarketsReader(Problems problems) {
        this.problems = problems;
    }

    /** Whether the programme object {@code p} has its supply modelled (so gives no yearly supply). */
    static boolean modelled(Obj p) {
        return p.has("pipeline") || p.has("inclusion");
    }

    /**
     * Reads the {@code pipeline} of CCER programme {@code programId} (its credits from {@code
     * minVintageYear} on are eligible, sold from {@code priceFen} rising {@code slopeFenPerMt}) from
     * {@code p}, in a run of {@code runYears} (0 when the calendar had a problem).
     */
    void readPipeline(
            Obj p,
            String programId,
            boolean isCcer,
            int minVintageYear,
            long priceFen,
            long slopeFenPerMt,
            int runYears) {
        Obj o = p.object("pipeline", "CCER project pipeline");
        if (!isCcer) {
            problems.add(o.path(), "a pipeline supplies CCER credits; this programme's kind is not CCER");
            return;
        }
        if (ccer.isPresent() || ccerPath != null) {
            problems.add(o.path(), "a second CCER pipeline (the first is at " + ccerPath + "); one per scenario");
            return;
        }
        ccerPath = o.path();
        int before = problems.count();
        List<ProjectType> types = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        List<JsonElement> list = o.array("types", "methodology types");
        if (list.isEmpty()) {
            problems.add(o.path("types"), "expected at least one methodology type");
        }
        for (int i = 0; i < list.size(); i++) {
            int tBefore = problems.count();
            Obj t = Obj.of(list.get(i), Obj.index(o.path("types"), i), "a methodology type", problems);
            String id = t.requiredId("id", "methodology type id, e.g. forestry");
            boolean eligible = t.bool("eligible", true);
            long cost = t.money("cost", 0, "CNY per t, the levelised cost of a credit");
            long reduction = t.requiredInteger("reductionTonnesPerYear", 0, Values.MAX_TONNES, "t a project-year");
            int registrationLag = (int) t.integer("registrationLagYears", 1, 0, 50, "years from start to registration");
            int issuanceLag = (int) t.integer("issuanceLagYears", 1, 0, 50, "years from vintage to issuance");
            int crediting = (int) t.integer("creditingYears", 10, 1, 100, "vintages a project earns credits for");
            Map<Integer, Integer> starts = t.has("startsByYear") ? readStarts(t) : Map.of();
            int responsive = (int) t.integer("responsiveStartsPerYear", 0, 0, MAX_STARTS, "projects a year");
            t.finish();
            checkUnique(ids, id, t.path(), "methodology type");
            if (problems.count() == tBefore) {
                types.add(new ProjectType(
                        id, eligible, cost, reduction, registrationLag, issuanceLag, crediting, starts, responsive));
            }
        }
        o.finish();
        if (problems.count() == before) {
            checkPipelineCredits(types, o.path("types"));
        }
        if (problems.count() == before && runYears > 0) {
            checkBookLadder(p, pipelineCredits(types) * runYears, priceFen, slopeFenPerMt);
        }
        if (problems.count() == before) {
            ccer = Optional.of(new CcerPipeline(programId, minVintageYear, types));
        }
    }

    /**
     * The credits the types could issue in a vintage, every project that can be crediting at once (all
     * the given starts and a crediting period of responsive starts) issuing its reduction, must stay
     * within {@link Values#MAX_TONNES}: each key can be in range while their product is not, and a run
     * would then overflow its count of credits.
     */
    private void checkPipelineCredits(List<ProjectType> types, String path) {
        double tonnes = pipelineCredits(types);
        if (tonnes > Values.MAX_TONNES) {
            problems.add(
                    path,
                    "the types could issue " + String.format(Locale.ROOT, "%.3g", tonnes) + " t of credits in a"
                            + " vintage (every given start and a crediting period of responsive starts, each"
                            + " project its reductionTonnesPerYear), above the largest tonnage a scenario may give, "
                            + Values.MAX_TONNES + " t");
        }
    }

    /** The most credits the types could issue in a vintage, and so in a year, t. */
    private static double pipelineCredits(List<ProjectType> types) {
        double tonnes = 0;
        for (ProjectType t : types) {
            double projects = t.startsByYear().values().stream()
                            .mapToDouble(Integer::doubleValue)
                            .sum()
                    + (double) t.responsiveStartsPerYear() * t.creditingYears();
            tonnes += projects * t.reductionTonnesPerYear();
        }
        return tonnes;
    }

    /**
     * The year's CCER book asks the credits on offer along the programme's curve, on a price ladder of at
     * most {@link BookConfig#MAX_LADDER_TICKS} fen: the curve's price at the most credits that could be
     * on offer ({@code stockTonnes}, every year's largest issue unsold) must stay on it.
     */
    private void checkBookLadder(Obj p, double stockTonnes, long priceFen, long slopeFenPerMt) {
        long topFen = BookConfig.MAX_LADDER_TICKS - 1;
        double askFen = priceFen + Math.floor(slopeFenPerMt * stockTonnes / 1e6);
        if (askFen <= topFen) {
            return;
        }
        if (priceFen > topFen) {
            return; // above the market's price ladder too, reported at the price by ComplianceReader
        }
        String top = BigDecimal.valueOf(topFen, 2).toPlainString();
        problems.add(
                p.path("priceSlopePerMt"),
                "the CCER book's asks would reach " + String.format(Locale.ROOT, "%.3g", askFen / 100)
                        + " CNY per t (price + priceSlopePerMt x up to "
                        + String.format(Locale.ROOT, "%.3g", stockTonnes)
                        + " t on offer: the pipeline's largest issue in each of the run's years), above the"
                        + " book's top price, " + top + " CNY per t; lower priceSlopePerMt or the pipeline");
    }

    private Map<Integer, Integer> readStarts(Obj t) {
        Map<Integer, Integer> starts = new TreeMap<>();
        Obj years = t.object("startsByYear", "projects starting, by year, {\"2024\": 3}");
        for (String key : years.keys()) {
            String path = years.path(key);
            JsonElement value = years.get(key);
            if (!key.matches("\\d{4}")
                    || Integer.parseInt(key) < Calendar.FIRST_YEAR
                    || Integer.parseInt(key) > Calendar.LAST_YEAR) {
                problems.add(
                        path,
                        "expected a year in " + Calendar.FIRST_YEAR + ".." + Calendar.LAST_YEAR + " as the key, got "
                                + Values.describe(new JsonPrimitive(key)));
                continue;
            }
            starts.put(
                    Integer.parseInt(key), (int) Values.integer(value, path, 0, MAX_STARTS, "projects", problems, 0));
        }
        years.finish();
        return starts;
    }

    /**
     * Reports {@code id} at {@code path}'s {@code id} when an earlier entry of the list (in {@code ids},
     * id to path) took it: a second entry would silently add to the first's credits.
     */
    private void checkUnique(Map<String, String> ids, String id, String path, String what) {
        if (!id.isEmpty() && ids.containsKey(id)) {
            problems.add(Obj.child(path, "id"), "duplicate " + what + " \"" + id + "\" (first at " + ids.get(id) + ")");
        }
        ids.putIfAbsent(id, path);
    }

    /** Reads the {@code inclusion} scheme of carbon-inclusion programme {@code programId} from {@code p}. */
    void readInclusion(Obj p, String programId, boolean isInclusion, long slopeFenPerMt) {
        Obj o = p.object("inclusion", "carbon-inclusion scheme");
        if (!isInclusion) {
            problems.add(
                    o.path(),
                    "a carbon-inclusion scheme supplies CARBON_INCLUSION credits; this programme's"
                            + " kind is not CARBON_INCLUSION");
            return;
        }
        if (inclusion.isPresent() || inclusionPath != null) {
            problems.add(
                    o.path(),
                    "a second carbon-inclusion scheme (the first is at " + inclusionPath + ");" + " one per scenario");
            return;
        }
        if (slopeFenPerMt != 0) {
            problems.add(
                    p.path("priceSlopePerMt"),
                    "the platform sells at one price; expected 0 with an inclusion" + " scheme, got a slope");
        }
        inclusionPath = o.path();
        int before = problems.count();
        List<InclusionGroup> groups = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        List<JsonElement> list = o.array("groups", "actor groups: households, transport, small firms");
        if (list.isEmpty()) {
            problems.add(o.path("groups"), "expected at least one actor group");
        }
        for (int i = 0; i < list.size(); i++) {
            int gBefore = problems.count();
            Obj g = Obj.of(list.get(i), Obj.index(o.path("groups"), i), "an actor group", problems);
            String id = g.requiredId("id", "group id, e.g. households");
            long population = g.requiredInteger("population", 0, 10_000_000_000L, "actors");
            Obj share =
                    g.requiredObject("participation", "share of the actors taking part, {\"mean\": 0.1, \"sd\": 0}");
            double shareMean = share.requiredNumber("mean", Values.Range.SHARE, "share of the actors", 0);
            double shareSd = share.number("sd", 0, Values.Range.NON_NEGATIVE, "standard deviation of the share");
            share.finish();
            Obj kg = g.requiredObject(
                    "reductionKgPerParticipant", "kg CO2e a participant a year, {\"mean\": 100, \"sd\": 0}");
            double kgMean = kg.requiredNumber("mean", REDUCTION_KG, "kg CO2e a participant a year", 0);
            double kgSd = kg.number("sd", 0, REDUCTION_KG, "kg CO2e, standard deviation");
            kg.finish();
            g.finish();
            checkUnique(ids, id, g.path(), "actor group");
            if (problems.count() == gBefore) {
                groups.add(new InclusionGroup(id, population, shareMean, shareSd, kgMean, kgSd));
            }
        }
        o.finish();
        if (problems.count() == before) {
            checkInclusionCredits(groups, o.path("groups"));
        }
        if (problems.count() == before) {
            inclusion = Optional.of(new InclusionScheme(programId, groups));
        }
    }

    /**
     * The credits the groups could issue in a year, each draw taken {@link #DRAW_HEADROOM} standard
     * deviations above its mean, must stay within {@link Values#MAX_TONNES}: each key can be in range
     * while their product is not, and a run would then overflow its count of credits.
     */
    private void checkInclusionCredits(List<InclusionGroup> groups, String path) {
        double tonnes = 0;
        for (InclusionGroup g : groups) {
            if (g.population() > 0) {
                double share = Math.min(1, g.participationMean() + DRAW_HEADROOM * g.participationSd());
                double kg = g.reductionKgMean() + DRAW_HEADROOM * g.reductionKgSd();
                tonnes += g.population() * share * kg / 1000.0;
            }
        }
        if (!(tonnes <= Values.MAX_TONNES)) {
            problems.add(
                    path,
                    "the groups could issue " + String.format(Locale.ROOT, "%.3g", tonnes) + " t of credits in a year"
                            + " (population x participation x reduction, each draw " + DRAW_HEADROOM
                            + " standard deviations above its mean), above the largest tonnage a scenario may give, "
                            + Values.MAX_TONNES + " t");
        }
    }

    /** What was read. */
    OffsetMarkets markets() {
        return new OffsetMarkets(ccer, inclusion);
    }
}
