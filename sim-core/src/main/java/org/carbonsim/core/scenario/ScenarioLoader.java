package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.carbonsim.core.agents.AgentsConfig;
import org.carbonsim.core.agents.BankValue;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.FinalAbatement;
import org.carbonsim.core.agents.SpeculatorStyle;
import org.carbonsim.core.agents.StrategyKind;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.allocation.AllocationMethod;
import org.carbonsim.core.allocation.AllocationPlan;
import org.carbonsim.core.allocation.BenchmarkSource;
import org.carbonsim.core.allocation.CapSchedule;
import org.carbonsim.core.allocation.MethodPeriod;
import org.carbonsim.core.cbam.CbamRules;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.coverage.Threshold;
import org.carbonsim.core.finance.FinanceRules;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.model.ShockModel;
import org.carbonsim.core.model.TechnologyStep;
import org.carbonsim.core.mrv.MrvRules;
import org.carbonsim.core.policy.AuctionSchedule;
import org.carbonsim.core.policy.InterventionRule;
import org.carbonsim.core.policy.PolicyRules;
import org.carbonsim.core.policy.PriceCorridor;
import org.carbonsim.core.policy.StabilityReserve;

/**
 * Loads a scenario file into a {@link Scenario}: strict JSON, every key known, every value checked
 * for type, range and unit, references and contradictions between fields checked, and every problem
 * in the file reported together in one {@link ScenarioException}. Prices and money are yuan in the
 * file and fen in the records; enterprises come from the file, from CSV registers, and from
 * populations generated from the scenario's seed. The format and its defaults are described in
 * {@code README.md} beside this class and in {@code scenarios/scenario.schema.json}.
 *
 * <p>A loader instance reads one file. Not thread-safe; the static methods are safe to call from any
 * thread.
 */
public final class ScenarioLoader {
    /** Default inclusion threshold, t CO2e a year (Hubei Order 430, 2024). */
    static final long DEFAULT_THRESHOLD_TONNES = 13_000;
    /** Default share of the expected allocation issued at the start of the year (Hubei 2017). */
    static final double DEFAULT_PRE_ALLOCATION_SHARE = 0.5;
    /** Default Hubei-style penalty: multiple of the average price (assumed, within the 1..3 range). */
    static final double DEFAULT_PENALTY_PRICE_MULTIPLE = 2;
    /** Default Hubei-style fine cap, fen (CNY 150,000). */
    static final long DEFAULT_PENALTY_CAP_FEN = 15_000_000;
    /** Default Hubei-style deduction from next year's allocation, multiple of the shortfall. */
    static final double DEFAULT_PENALTY_DEDUCTION = 2;
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
            ComplianceTraderParams.DEFAULT_REVIEWS_PER_DAY);

    private static final List<String> METHOD_TYPES = List.of(
            "historicalEmissions",
            "historicalIntensity",
            "benchmark",
            "twoProductBenchmark",
            "verifiedEmissions",
            "auctioned");
    private static final List<String> CURVE_TYPES = List.of("none", "linear", "quadratic", "steps");
    private static final List<String> CAP_TYPES = List.of("given", "declining", "linearReduction", "fromAllocation");
    private static final List<String> TRADER_TYPES =
            List.of("zeroIntelligence", "speculators", "noiseTraders", "marketMaker", "unitSchedules");
    /** The most buyers or sellers a unit-schedule group may list. */
    private static final int MAX_SCHEDULE_TRADERS = 10_000;
    /** The most units one trader of a unit-schedule group may list. */
    private static final int MAX_SCHEDULE_UNITS = 10_000;

    private static final List<String> BANKING_TYPES = List.of("allowed", "forbidden", "capped");
    private static final List<String> PENALTY_TYPES = List.of("hubei", "national", "eu");
    private static final List<String> DISTRIBUTION_TYPES =
            List.of("normal", "logNormal", "uniform", "triangular", "beta", "empirical");

    private final String source;
    private final Path baseDir;
    private final Problems problems = new Problems();
    private final OffsetMarketsReader offsetMarkets = new OffsetMarketsReader(problems);
    /** Encoding of enterprise registers; UTF-8 unless a caller declares another (#20). */
    private Charset registerEncoding = StandardCharsets.UTF_8;

    private int startYear = 2000;
    private boolean yearsKnown;
    private int endYear = 2000;
    private int tradingDays = Calendar.DEFAULT_TRADING_DAYS;
    private long tickFen = 1;
    private long seed;
    private final Map<String, SectorInfo> sectors = new LinkedHashMap<>();
    /** Product unit by sector id, for every sector with a readable id, even one with other problems. */
    private final Map<String, String> sectorUnits = new LinkedHashMap<>();
    /** Ids of every enterprise read, even those with other problems. */
    private final java.util.Set<String> enterpriseIds = new java.util.HashSet<>();

    private final Map<String, Located> enterprises = new LinkedHashMap<>();
    /** Enterprises the populations read so far will generate, for the cap on their total (#20). */
    private long populationFirms;

    private final List<BaseYearUse> baseYearUses = new ArrayList<>();
    /** The text and edits being loaded, handed to the uncertainty block so a study can reload it. */
    private ScenarioSource origin;

    /** A sector as read, with where it was defined. */
    record SectorInfo(Sector sector, String path) {}

    /** An enterprise as read, with where it was defined. */
    record Located(Enterprise enterprise, String location) {}

    /** A base or reference year an allocation method relies on, to be checked against history. */
    private record BaseYearUse(String sectorId, int year, String path, String kind) {}

    private ScenarioLoader(String source, Path baseDir) {
        this.source = source;
        this.baseDir = baseDir;
    }

    /**
     * Loads the scenario in {@code file}; registers it names are resolved relative to its folder.
     *
     * @throws ScenarioException listing every problem, including a missing or unreadable file
     */
    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads the scenario in {@code file} with {@code edits} applied to its JSON first (see {@link
     * #parse(byte[], String, Path, List)}).
     *
     * @throws ScenarioException listing every problem, including a missing or unreadable file
     */
    public static Scenario load(Path file, List<ScenarioEdit> edits) {
        return ScenarioSource.read(file).load(edits);
    }

    /**
     * Loads the scenario in {@code file} with {@code edits} applied, reading its enterprise register
     * in {@code registerEncoding} (a byte-order mark in the register overrides it). The scenario
     * itself is always UTF-8, as JSON requires.
     *
     * @throws ScenarioException listing every problem, including a missing or unreadable file
     */
    public static Scenario load(Path file, List<ScenarioEdit> edits, Charset registerEncoding) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, List.of(new Problem(source, "file not found")));
        } catch (IOException | SecurityException e) {
            throw new ScenarioException(source, List.of(new Problem(source, "cannot read the file: " + e)));
        }
        Path dir = file.toAbsolutePath().getParent();
        ScenarioLoader loader = new ScenarioLoader(source, dir);
        loader.registerEncoding = registerEncoding;
        return loader.parse(bytes, edits);
    }

    /**
     * Loads a scenario from JSON text, for tests and for scenarios bundled as resources.
     *
     * @param json the scenario JSON
     * @param sourceName name used in problem locations ("hubei-pilot.json")
     * @param baseDir folder that register paths are relative to
     * @throws ScenarioException listing every problem
     */
    public static Scenario parse(String json, String sourceName, Path baseDir) {
        ScenarioLoader loader = new ScenarioLoader(sourceName, baseDir);
        loader.origin = new ScenarioSource(
                json.getBytes(StandardCharsets.UTF_8), sourceName, baseDir, List.of(), StandardCharsets.UTF_8);
        return loader.finish(loader.read(json, List.of()));
    }

    /** Loads a scenario from bytes that must be UTF-8. */
    public static Scenario parse(byte[] utf8, String sourceName, Path baseDir) {
        return parse(utf8, sourceName, baseDir, List.of());
    }

    /**
     * Loads a scenario from UTF-8 bytes with {@code edits} applied to the JSON first, in order; an
     * edit whose path names nothing, or whose value does not fit the type there, is a problem at its
     * path, and the edited scenario is checked like any other.
     */
    public static Scenario parse(byte[] utf8, String sourceName, Path baseDir, List<ScenarioEdit> edits) {
        return parse(utf8, sourceName, baseDir, edits, StandardCharsets.UTF_8);
    }

    /** As {@link #parse(byte[], String, Path, List)}, the enterprise register read in {@code registerEncoding}. */
    static Scenario parse(
            byte[] utf8, String sourceName, Path baseDir, List<ScenarioEdit> edits, Charset registerEncoding) {
        ScenarioLoader loader = new ScenarioLoader(sourceName, baseDir);
        loader.registerEncoding = registerEncoding;
        return loader.parse(utf8, edits);
    }

    private Scenario parse(byte[] utf8, List<ScenarioEdit> edits) {
        origin = new ScenarioSource(utf8, source, baseDir, edits, registerEncoding);
        String text = Text.decode(utf8, source, problems);
        return finish(text == null ? null : read(text, List.copyOf(edits)));
    }

    private Scenario finish(Scenario scenario) {
        if (!problems.isEmpty() || scenario == null) {
            if (problems.isEmpty()) {
                problems.add(source, "the scenario could not be built");
            }
            throw new ScenarioException(source, problems.toList(source));
        }
        return scenario;
    }

    private Scenario read(String json, List<ScenarioEdit> edits) {
        JsonElement tree = StrictJson.parse(json, source, problems);
        if (tree == null) {
            return null;
        }
        for (ScenarioEdit edit : edits) {
            String problem = JsonPaths.set(tree, edit.path(), edit.value());
            if (problem != null) {
                problems.add(edit.path(), problem);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        int before = problems.count();
        Obj root = Obj.of(tree, "$", "a scenario", problems);
        root.string("$schema", "the JSON Schema of this format, \"https://carbonsim.org/scenario.schema.json\"", "");
        long version = root.requiredInteger("schemaVersion", Long.MIN_VALUE, Long.MAX_VALUE, "scenario format version");
        if (root.has("schemaVersion") && version != Scenario.SCHEMA_VERSION && problems.count() == before) {
            problems.add(
                    root.path("schemaVersion"),
                    "expected " + Scenario.SCHEMA_VERSION + " (the scenario format this build reads), got " + version);
        }
        String name = root.requiredId("name", "short scenario name");
        String description = root.string("description", "what the scenario is about", "");
        seed = root.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "base seed");

        Calendar calendar = readCalendar(root.requiredObject("calendar", "years and trading days"));
        MarketRules market = readMarket(root.requiredObject("market", "exchange rules"));
        readSectors(root, calendar);
        readEnterprises(root);
        checkBaseYears();
        CoverageRules coverage = readCoverage(root.object("coverage", "inclusion rules"));
        AllocationPlan allocation = readAllocation(root.requiredObject("allocation", "cap and reserves"));
        AgentsConfig agents = readAgents(root.object("agents", "trading behaviour"));
        PolicyRules policy = readPolicy(root.object("policy", "government market operations"), market, allocation);
        ComplianceRules compliance = readCompliance(root.object("compliance", "compliance rules"));
        Uncertainty uncertainty = readUncertainty(root.object("uncertainty", "uncertain inputs"), tree);
        FinanceRules finance = root.has("finance")
                ? FinanceReader.read(
                        root.object("finance", "carbon finance"), problems, enterprises.keySet(), sectors.keySet())
                : FinanceRules.NONE;
        List<ExpectedDeparture> departures = ExpectedDepartures.read(
                root.array("expectedDepartures", "departures from a credible run, on purpose"),
                root.path("expectedDepartures"),
                problems);
        Optional<MrvRules> mrv = root.has("mrv")
                ? MrvReader.read(this, root.object("mrv", "monitoring, reporting and verification"))
                : Optional.empty();
        Optional<CbamRules> cbam = root.has("cbam")
                ? CbamReader.read(
                        root.object("cbam", "exposure to the EU's CBAM"),
                        this,
                        problems,
                        enterprisesById(),
                        startYear,
                        endYear)
                : Optional.empty();
        root.finish();

        List<Sector> sectorList =
                sectors.values().stream().map(SectorInfo::sector).toList();
        List<Enterprise> enterpriseList =
                enterprises.values().stream().map(Located::enterprise).toList();
        return build(
                "$",
                before,
                () -> new Scenario(
                        (int) version,
                        name,
                        description,
                        seed,
                        calendar,
                        sectorList,
                        enterpriseList,
                        coverage,
                        allocation,
                        market,
                        agents,
                        policy,
                        compliance,
                        uncertainty,
                        departures,
                        mrv,
                        cbam,
                        offsetMarkets.markets(),
                        finance));
    }

    /** Every enterprise read without problems, by id. */
    private Map<String, Enterprise> enterprisesById() {
        Map<String, Enterprise> byId = new LinkedHashMap<>();
        enterprises.forEach((id, located) -> byId.put(id, located.enterprise()));
        return byId;
    }

    /**
     * Constructs a record unless the subtree read since {@code before} had problems; an
     * {@link IllegalArgumentException} from the record's own checks becomes a problem at {@code path}.
     */
    <T> T build(String path, int before, Supplier<T> constructor) {
        if (problems.count() > before) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problems.add(path, String.valueOf(e.getMessage()));
            return null;
        } catch (NullPointerException e) {
            // a part that was missing or wrong was reported where it was read (an object given
            // where it belongs, not in this subtree); with no problem reported, this is a defect
            if (problems.isEmpty()) {
                throw e;
            }
            return null;
        }
    }

    // ---------------------------------------------------------------- calendar and market

    private Calendar readCalendar(Obj o) {
        int before = problems.count();
        int yearBefore = problems.count();
        startYear = o.requiredYear("startYear");
        yearsKnown = problems.count() == yearBefore;
        int years = (int) o.requiredInteger("years", 1, 200, "compliance years");
        tradingDays = (int) o.integer("tradingDaysPerYear", Calendar.DEFAULT_TRADING_DAYS, 1, 366, "trading days");
        endYear = startYear + Math.max(years, 1) - 1;
        o.finish();
        return build(o.path(), before, () -> new Calendar(startYear, years, tradingDays));
    }

    private MarketRules readMarket(Obj o) {
        int before = problems.count();
        tickFen = o.money("tick", 1, "yuan");
        if (tickFen < 1) {
            problems.add(o.path("tick"), "expected a tick > 0 in yuan with at most 2 decimals (yuan), got 0");
            tickFen = 1;
        }
        long initial = o.requiredPrice("initialPrice", tickFen, "CNY per t");
        int limitBp = percentBasisPoints(o, "limitPct", 1000, "daily price band, % of the previous close");
        ClosingRule rule = o.enumeration("closingRule", ClosingRule.class, ClosingRule.VWAP_DAY);
        int closingTrades = (int) o.integer("closingTrades", 10, 1, 1_000_000, "trades");
        boolean openingAuction = o.bool("openingAuction", false);
        boolean closingAuction = o.bool("closingAuction", false);
        int feeBp = percentBasisPoints(o, "feePct", 0, "exchange fee, % of turnover per side");
        NoTradeClose noTradeClose = o.enumeration("noTradeClose", NoTradeClose.class, NoTradeClose.PREVIOUS_CLOSE);
        int rounds = (int) o.integer(
                "roundsPerDay",
                MarketRules.DEFAULT_ROUNDS_PER_DAY,
                1,
                MarketRules.MAX_ROUNDS_PER_DAY,
                "rounds of continuous trading per day");
        o.finish();
        long tick = tickFen;
        return build(
                o.path(),
                before,
                () -> new MarketRules(
                        tick,
                        limitBp,
                        initial,
                        rule,
                        closingTrades,
                        openingAuction,
                        closingAuction,
                        feeBp,
                        noTradeClose,
                        rounds));
    }

    /** A percentage in [0, 100) with at most two decimals, as basis points. */
    private int percentBasisPoints(Obj o, String key, int fallback, String unit) {
        return o.percentBasisPoints(key, fallback, new Values.Range(0, false, 100, true), unit);
    }

    // ---------------------------------------------------------------- sectors and allocation methods

    private void readSectors(Obj root, Calendar calendar) {
        JsonElement e = root.required("sectors", "the covered sectors, [] for none");
        if (e == null) {
            return;
        }
        // an empty list is a market without covered firms, such as a Gode–Sunder market of trader groups
        List<JsonElement> list = Obj.array(e, root.path("sectors"), "sectors", problems);
        for (int i = 0; i < list.size(); i++) {
            readSector(Obj.of(list.get(i), Obj.index(root.path("sectors"), i), "a sector", problems));
        }
    }

    private final Map<String, List<MethodPeriod>> sectorMethods = new LinkedHashMap<>();
    private final Map<String, String> sectorPaths = new LinkedHashMap<>();

    private void readSector(Obj o) {
        int before = problems.count();
        String id = o.requiredId("id", "sector id");
        String name = o.string("name", "display name", id);
        String unit = o.string("productUnit", "unit output is counted in", "t product");
        int from = o.year("coveredFromYear", startYear);
        int until = o.has("coveredUntilYear") ? o.year("coveredUntilYear", Sector.NEVER_LEAVES) : Sector.NEVER_LEAVES;
        if (until < from && problems.count() == before) {
            problems.add(
                    o.path("coveredUntilYear"),
                    "expected a year >= coveredFromYear " + from + " (last covered year), got " + until);
        }
        boolean duplicate = !id.isEmpty() && sectorPaths.containsKey(id);
        if (duplicate) {
            problems.add(
                    o.path("id"), "duplicate sector id \"" + id + "\" (first defined at " + sectorPaths.get(id) + ")");
        } else if (!id.isEmpty()) {
            sectorPaths.put(id, o.path());
            sectorUnits.put(id, unit);
        }
        int usesBefore = baseYearUses.size();
        List<MethodPeriod> periods = new ArrayList<>();
        int firstYear = Math.max(from, startYear);
        Obj method = o.requiredObject("allocation", "allocation method");
        AllocationMethod first = readMethod(method, id, unit, firstYear);
        periods.add(first == null ? null : new MethodPeriod(Math.min(from, startYear), first));
        List<JsonElement> changes = o.array("allocationChanges", "later allocation methods by fromYear");
        int previous = firstYear;
        for (int i = 0; i < changes.size(); i++) {
            Obj change = Obj.of(changes.get(i), Obj.index(o.path("allocationChanges"), i), "a method period", problems);
            int changeBefore = problems.count();
            int fromYear = change.requiredYear("fromYear");
            if (problems.count() == changeBefore && fromYear <= previous && yearsKnown) {
                problems.add(
                        change.path("fromYear"),
                        "expected a year after " + previous + " (allocation changes in ascending fromYear, after the"
                                + " first covered year), got " + fromYear);
            }
            previous = Math.max(previous, fromYear);
            AllocationMethod m = readMethod(change, id, unit, Math.max(fromYear, startYear));
            periods.add(m == null ? null : new MethodPeriod(fromYear, m));
        }
        o.finish();
        if (duplicate) {
            baseYearUses.subList(usesBefore, baseYearUses.size()).clear();
        }
        Sector sector = build(o.path(), before, () -> new Sector(id, name, unit, from, until));
        if (sector != null && !sectors.containsKey(id)) {
            sectors.put(id, new SectorInfo(sector, o.path()));
            if (periods.stream().allMatch(p -> p != null)) {
                sectorMethods.put(id, periods);
            }
        }
    }

    /** Reads a method from {@code o}, whose keys other than the method's own (fromYear) are read by the caller. */
    private AllocationMethod readMethod(Obj o, String sectorId, String unit, int appliesFrom) {
        int before = problems.count();
        String type = o.type("allocation method", METHOD_TYPES);
        AllocationMethod method = null;
        if (type != null) {
            switch (type) {
                case "historicalEmissions":
                case "historicalIntensity": {
                    List<Integer> baseYears = readBaseYears(o, sectorId, appliesFrom);
                    double factor = o.number(
                            "controlFactor", 1, new Values.Range(0, true, 10, false), "industry control factor");
                    method = build(
                            o.path(),
                            before,
                            () -> type.equals("historicalEmissions")
                                    ? new AllocationMethod.HistoricalEmissions(baseYears, factor)
                                    : new AllocationMethod.HistoricalIntensity(baseYears, factor));
                    break;
                }
                case "benchmark": {
                    BenchmarkSource benchmark = null;
                    boolean fixed = o.has("benchmark");
                    boolean percentile = o.has("percentile");
                    if (fixed && percentile) {
                        problems.add(o.path(), "give either \"benchmark\" or \"percentile\", not both");
                    } else if (!fixed && !percentile) {
                        problems.add(
                                o.path(),
                                "missing required key \"benchmark\" (tCO2 per " + unit + ") or \"percentile\" (of"
                                        + " covered enterprises' intensities)");
                    }
                    if (fixed) {
                        double value = o.number("benchmark", 1, Values.Range.BENCHMARK, "tCO2 per " + unit);
                        benchmark = new BenchmarkSource.Fixed(Math.max(value, Double.MIN_VALUE));
                    }
                    if (percentile) {
                        double p = o.number("percentile", 50, new Values.Range(0, true, 100, false), "percentile");
                        int referenceYear = o.year("referenceYear", appliesFrom - 1);
                        if (!fixed) {
                            checkReferenceYear(o.path("referenceYear"), sectorId, referenceYear, appliesFrom);
                        }
                        benchmark = new BenchmarkSource.Percentile(p, referenceYear);
                    } else {
                        o.get("referenceYear");
                        if (o.has("referenceYear")) {
                            problems.add(o.path("referenceYear"), "only used with \"percentile\"");
                        }
                    }
                    double factor =
                            o.number("controlFactor", 1, new Values.Range(0, true, 10, false), "adjustment factor");
                    BenchmarkSource source = benchmark;
                    method = build(o.path(), before, () -> new AllocationMethod.Benchmark(source, factor));
                    break;
                }
                case "twoProductBenchmark": {
                    double product =
                            o.requiredNumber("productBenchmark", Values.Range.BENCHMARK, "tCO2 per " + unit, 1);
                    double correction =
                            o.number("correctionFactor", 1, new Values.Range(0, true, 10, false), "correction factor");
                    double heat = o.number(
                            "heatBenchmark", 0, new Values.Range(0, false, Values.MAX_INTENSITY, false), "tCO2 per GJ");
                    method = build(
                            o.path(),
                            before,
                            () -> new AllocationMethod.TwoProductBenchmark(product, correction, heat));
                    break;
                }
                case "verifiedEmissions":
                    method = new AllocationMethod.VerifiedEmissions();
                    break;
                default:
                    method = new AllocationMethod.Auctioned();
                    break;
            }
        }
        o.finish();
        return problems.count() > before ? null : method;
    }

    private List<Integer> readBaseYears(Obj o, String sectorId, int appliesFrom) {
        List<Integer> years = new ArrayList<>();
        if (!o.has("baseYears")) {
            for (int y = appliesFrom - 3; y < appliesFrom; y++) {
                years.add(y);
                baseYearUses.add(new BaseYearUse(sectorId, y, o.path(), "default base year"));
            }
            return years;
        }
        List<JsonElement> list = o.array("baseYears", "years averaged");
        String path = o.path("baseYears");
        if (list.isEmpty() && o.get("baseYears").isJsonArray()) {
            problems.add(path, "expected at least one base year, got an empty array");
        }
        for (int i = 0; i < list.size(); i++) {
            String p = Obj.index(path, i);
            int before = problems.count();
            int year = (int) Values.integer(list.get(i), p, 1900, 2200, "year", problems, appliesFrom - 1);
            if (problems.count() > before) {
                continue;
            }
            if (years.contains(year)) {
                problems.add(p, "base year " + year + " is listed twice");
            } else if (year >= appliesFrom && yearsKnown) {
                problems.add(
                        p,
                        "base year " + year + " is not before " + appliesFrom
                                + ", the first year this method applies (no verified history for it yet)");
            } else {
                baseYearUses.add(new BaseYearUse(sectorId, year, p, "base year"));
            }
            years.add(year);
        }
        return years;
    }

    private void checkReferenceYear(String path, String sectorId, int year, int appliesFrom) {
        if (!yearsKnown) {
            return;
        }
        if (year >= appliesFrom) {
            problems.add(
                    path,
                    "reference year " + year + " is not before " + appliesFrom
                            + ", the first year this benchmark applies");
        } else {
            baseYearUses.add(new BaseYearUse(sectorId, year, path, "reference year"));
        }
    }

    /** Years before the start must be in the history of every enterprise of the sector open then. */
    private void checkBaseYears() {
        if (!yearsKnown) {
            return;
        }
        for (BaseYearUse use : baseYearUses) {
            if (use.year() >= startYear) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Located located : enterprises.values()) {
                Enterprise e = located.enterprise();
                if (e.sectorId().equals(use.sectorId())
                        && e.openingYear() <= use.year()
                        && e.history().stream().noneMatch(h -> h.year() == use.year())) {
                    missing.add(e.id());
                }
            }
            if (!missing.isEmpty()) {
                problems.add(
                        use.path(),
                        use.kind() + " " + use.year() + " is before the start year " + startYear + " but enterprise \""
                                + missing.get(0) + "\" has no history for it"
                                + (missing.size() > 1 ? " (nor do " + (missing.size() - 1) + " more)" : ""));
            }
        }
    }

    // ---------------------------------------------------------------- enterprises

    private void readEnterprises(Obj root) {
        List<JsonElement> inline = root.array("enterprises", "enterprises");
        for (int i = 0; i < inline.size(); i++) {
            String path = Obj.index(root.path("enterprises"), i);
            Obj o = Obj.of(inline.get(i), path, "an enterprise", problems);
            Enterprise e = readEnterprise(o);
            if (e != null) {
                addEnterprise(e, path, path + ".id");
            }
        }
        JsonElement register = root.get("enterpriseRegister");
        if (register != null) {
            String path = root.path("enterpriseRegister");
            String file = Values.string(register, path, "CSV file, relative to the scenario file", problems, null);
            if (file != null) {
                EnterpriseRegister.read(this, file, path);
            }
        }
        List<JsonElement> populations = root.array("populations", "generated enterprises by sector");
        for (int i = 0; i < populations.size(); i++) {
            String path = Obj.index(root.path("populations"), i);
            Populations.read(this, Obj.of(populations.get(i), path, "a population", problems), i);
        }
        if (!root.has("enterprises") && register == null && populations.isEmpty() && problems.isEmpty()) {
            problems.add("$", "no enterprises: give \"enterprises\", \"enterpriseRegister\" or \"populations\"");
        }
    }

    Problems problems() {
        return problems;
    }

    Path baseDir() {
        return baseDir;
    }

    Charset registerEncoding() {
        return registerEncoding;
    }

    String source() {
        return source;
    }

    int startYear() {
        return startYear;
    }

    boolean yearsKnown() {
        return yearsKnown;
    }

    long seed() {
        return seed;
    }

    /** The sector's product unit, or {@code null} after reporting an unknown sector at {@code location}. */
    String sectorUnit(String sectorId, String location) {
        String known = sectorUnits.get(sectorId);
        if (known != null) {
            return known;
        }
        String suggestion = Values.suggestion(sectorId, sectorUnits.keySet());
        problems.add(
                location,
                "unknown sector \"" + sectorId + "\""
                        + (suggestion != null
                                ? " (did you mean \"" + suggestion + "\"?)"
                                : " (sectors: " + String.join(", ", sectors.keySet()) + ")"));
        return null;
    }

    /**
     * The object {@code o}, keyed by sector id, as constants of {@code type}; an unknown sector or
     * constant is reported at its path and left out.
     */
    <E extends Enum<E>> Map<String, E> bySector(Obj o, Class<E> type) {
        Map<String, E> values = new LinkedHashMap<>();
        for (String key : o.keys()) {
            E value = Values.enumeration(o.get(key), o.path(key), type, problems, null);
            if (sectorUnit(key, o.path(key)) != null && value != null) {
                values.put(key, value);
            }
        }
        o.finish();
        return values;
    }

    /**
     * The object {@code o}, keyed by enterprise id, as constants of {@code type}; an unknown
     * enterprise or constant is reported at its path and left out.
     */
    <E extends Enum<E>> Map<String, E> byEnterprise(Obj o, Class<E> type) {
        Map<String, E> values = new LinkedHashMap<>();
        for (String key : o.keys()) {
            E value = Values.enumeration(o.get(key), o.path(key), type, problems, null);
            if (knownEnterprise(key, o.path(key)) && value != null) {
                values.put(key, value);
            }
        }
        o.finish();
        return values;
    }

    /** Whether {@code id} names an enterprise; reports it at {@code location} if not. */
    private boolean knownEnterprise(String id, String location) {
        if (enterpriseIds.contains(id)) {
            return true;
        }
        String suggestion = Values.suggestion(id, enterpriseIds);
        problems.add(
                location,
                "unknown enterprise \"" + id + "\""
                        + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)"));
        return false;
    }

    /** Remembers an enterprise id so that references to it are not reported as unknown. */
    void noteEnterpriseId(String id) {
        if (!id.isEmpty()) {
            enterpriseIds.add(id);
        }
    }

    /** Adds an enterprise unless its id is taken. */
    /** Counts {@code count} more generated firms; false if the populations' total would pass the cap. */
    boolean reservePopulationFirms(int count) {
        populationFirms += count;
        return populationFirms <= Populations.MAX_FIRMS;
    }

    void addEnterprise(Enterprise e, String location, String idLocation) {
        Located previous = enterprises.get(e.id());
        if (previous != null) {
            problems.add(
                    idLocation,
                    "duplicate enterprise id \"" + e.id() + "\" (first defined at " + previous.location() + ")");
            return;
        }
        String tooLarge = Magnitudes.check(e, startYear, endYear);
        if (tooLarge != null) {
            problems.add(location, tooLarge);
            return;
        }
        enterprises.put(e.id(), new Located(e, location));
    }

    private Enterprise readEnterprise(Obj o) {
        int before = problems.count();
        String id = o.requiredId("id", "enterprise id");
        noteEnterpriseId(id);
        String name = o.string("name", "display name", id);
        String sectorId = o.requiredId("sector", "sector id");
        String unit = sectorId.isEmpty() ? "product units" : sectorUnit(sectorId, o.path("sector"));
        unit = unit == null ? "product units" : unit;
        int baseYear = o.year("baseYear", startYear);
        double baseOutput = o.requiredNumber(
                "baseOutput", new Values.Range(0, false, Values.MAX_OUTPUT, false), unit + " a year", 0);
        double growth = o.number("growthRate", 0, new Values.Range(-1, true, 10, false), "growth per year, 0.02 = 2%");
        ShockModel shock = o.enumeration("shockModel", ShockModel.class, ShockModel.NONE);
        double shockSd = o.number("shockSd", 0, new Values.Range(0, false, 10, false), "standard deviation, 0.05 = 5%");
        double intensity =
                o.requiredNumber("emissionIntensity", new Values.Range(0, false, 1e6, false), "tCO2e per " + unit, 0);
        double energy = o.number("energyIntensity", 0, new Values.Range(0, false, 1e6, false), "tce per " + unit);
        double heat = o.number("heatRatio", 0, new Values.Range(0, false, 1e6, false), "GJ per " + unit);
        int days = (int) o.integer("operatingDays", 365, 1, 366, "days a year");
        AbatementCurve curve =
                o.has("abatement") ? readCurve(o.object("abatement", "abatement cost curve")) : AbatementCurve.none();
        int opening = o.has("openingYear") ? o.year("openingYear", Enterprise.ALWAYS_OPEN) : Enterprise.ALWAYS_OPEN;
        int closure = o.has("closureYear") ? o.year("closureYear", Enterprise.NEVER_CLOSES) : Enterprise.NEVER_CLOSES;
        if (closure < opening && problems.count() == before) {
            problems.add(o.path("closureYear"), "closure year " + closure + " is before opening year " + opening);
        }
        List<HistoryYear> history = new ArrayList<>();
        List<JsonElement> list = o.array("history", "verified years before the start");
        for (int i = 0; i < list.size(); i++) {
            Obj h = Obj.of(list.get(i), Obj.index(o.path("history"), i), "a history year", problems);
            int hBefore = problems.count();
            int year = h.requiredYear("year");
            if (problems.count() == hBefore && year >= startYear && yearsKnown) {
                problems.add(h.path("year"), "expected a year before the start year " + startYear + ", got " + year);
            } else if (problems.count() == hBefore
                    && !history.isEmpty()
                    && year <= history.get(history.size() - 1).year()) {
                problems.add(
                        h.path("year"),
                        "history years must be strictly ascending; " + year + " is not after "
                                + history.get(history.size() - 1).year());
            }
            double output = h.number("output", 0, new Values.Range(0, false, 1e15, false), unit);
            long emissions = h.requiredInteger("emissions", 0, Values.MAX_TONNES, "t CO2e");
            long energyTce = h.integer("energy", 0, 0, Values.MAX_TONNES, "tce");
            h.finish();
            if (problems.count() == hBefore) {
                history.add(new HistoryYear(year, output, emissions, energyTce));
            }
        }
        o.finish();
        return build(
                o.path(),
                before,
                () -> new Enterprise(
                        id,
                        name,
                        sectorId,
                        new OutputProcess(baseYear, baseOutput, growth, shock, shockSd),
                        intensity,
                        energy,
                        heat,
                        days,
                        curve,
                        opening,
                        closure,
                        history));
    }

    /** Reads an abatement curve; {@code null} after reporting problems. */
    AbatementCurve readCurve(Obj o) {
        int before = problems.count();
        String type = o.type("abatement curve", CURVE_TYPES);
        AbatementCurve curve = null;
        if (type != null) {
            switch (type) {
                case "none":
                    curve = AbatementCurve.none();
                    break;
                case "linear":
                case "quadratic": {
                    long maxCost = requiredMoney(o, "maxCost", "CNY per t abated, marginal cost at maxShare");
                    double maxShare = o.requiredNumber(
                            "maxShare", Values.Range.SHARE, "share of business-as-usual emissions, 0..1", 0);
                    curve = build(
                            o.path(),
                            before,
                            () -> type.equals("linear")
                                    ? new AbatementCurve.Linear(maxCost, maxShare)
                                    : new AbatementCurve.Quadratic(maxCost, maxShare));
                    break;
                }
                default: {
                    JsonElement e = o.required("steps", "technology steps");
                    List<JsonElement> list =
                            e == null ? List.of() : Obj.array(e, o.path("steps"), "technology steps", problems);
                    List<TechnologyStep> steps = new ArrayList<>();
                    double total = 0;
                    for (int i = 0; i < list.size(); i++) {
                        Obj s = Obj.of(list.get(i), Obj.index(o.path("steps"), i), "a technology step", problems);
                        int sBefore = problems.count();
                        String name = s.requiredId("name", "display name");
                        long cost = requiredMoney(s, "cost", "CNY per t abated");
                        double share = s.requiredNumber(
                                "share",
                                new Values.Range(0, true, 1, false),
                                "share of business-as-usual emissions, (0, 1]",
                                0.5);
                        int lead = (int) s.integer("leadTimeYears", 0, 0, 50, "years");
                        s.finish();
                        total += share;
                        if (problems.count() == sBefore) {
                            steps.add(new TechnologyStep(name, cost, share, lead));
                        }
                    }
                    if (total > 1 + 1e-9) {
                        problems.add(
                                o.path("steps"),
                                "step shares add up to " + Values.Range.fmt(Math.round(total * 1e6) / 1e6)
                                        + ", more than 1 (all business-as-usual emissions)");
                    }
                    curve = build(o.path(), before, () -> new AbatementCurve.Steps(steps));
                    break;
                }
            }
        }
        o.finish();
        return problems.count() > before ? null : curve;
    }

    private long requiredMoney(Obj o, String key, String unit) {
        JsonElement e = o.required(key, unit);
        return e == null ? 0 : Values.money(e, o.path(key), unit, problems, 0);
    }

    // ---------------------------------------------------------------- coverage and the allocation plan

    private CoverageRules readCoverage(Obj o) {
        int before = problems.count();
        List<Threshold> thresholds = new ArrayList<>();
        if (!o.has("thresholds")) {
            thresholds.add(new Threshold(startYear, DEFAULT_THRESHOLD_TONNES, 0));
        } else {
            List<JsonElement> list = o.array("thresholds", "thresholds by fromYear");
            if (list.isEmpty() && o.get("thresholds").isJsonArray()) {
                problems.add(o.path("thresholds"), "expected at least one threshold, got an empty array");
            }
            Integer previous = null;
            for (int i = 0; i < list.size(); i++) {
                Obj t = Obj.of(list.get(i), Obj.index(o.path("thresholds"), i), "a threshold", problems);
                int tBefore = problems.count();
                int from = t.requiredYear("fromYear");
                long emissions = t.integer("emissionsTonnes", 0, 0, Values.MAX_TONNES, "t CO2e a year; 0 = not used");
                long energy = t.integer("energyTce", 0, 0, Values.MAX_TONNES, "tce a year; 0 = not used");
                t.finish();
                if (problems.count() > tBefore) {
                    continue;
                }
                if (previous != null && from <= previous) {
                    problems.add(
                            t.path("fromYear"),
                            "thresholds must be in strictly ascending fromYear; " + from + " is not after " + previous);
                }
                if (emissions == 0 && energy == 0) {
                    problems.add(t.path(), "a threshold needs emissionsTonnes or energyTce > 0");
                }
                previous = from;
                thresholds.add(problems.count() > tBefore ? null : new Threshold(from, emissions, energy));
            }
        }
        int lookback = (int) o.integer("lookbackYears", 1, 1, 50, "years");
        int exit = (int) o.integer("exitYearsBelow", 2, 1, 50, "consecutive years");
        o.finish();
        return build(o.path(), before, () -> new CoverageRules(thresholds, lookback, exit));
    }

    private AllocationPlan readAllocation(Obj o) {
        int before = problems.count();
        CapSchedule cap = readCap(o.requiredObject("cap", "cap schedule"));
        double government = o.number("governmentReserveShare", 0, Values.Range.SHARE, "share of the cap");
        double newEntrant = o.number("newEntrantReserveShare", 0, Values.Range.SHARE, "share of the cap");
        double auction = o.number("auctionShare", 0, Values.Range.SHARE, "share of the cap");
        double pre = o.number(
                "preAllocationShare",
                DEFAULT_PRE_ALLOCATION_SHARE,
                Values.Range.SHARE,
                "share of the expected allocation");
        OptionalDouble maf = o.has("marketAdjustmentFactor")
                ? OptionalDouble.of(
                        o.number("marketAdjustmentFactor", 1, new Values.Range(0, true, 10, false), "factor"))
                : OptionalDouble.empty();
        if (problems.count() == before && government + newEntrant + auction > 1 + 1e-12) {
            problems.add(
                    o.path(),
                    "governmentReserveShare " + Values.Range.fmt(government) + " + newEntrantReserveShare "
                            + Values.Range.fmt(newEntrant) + " + auctionShare " + Values.Range.fmt(auction)
                            + " add up to more than the whole cap (1)");
        } else if (problems.count() == before
                && cap instanceof CapSchedule.FromAllocation
                && !(1 - government - newEntrant - auction > 1e-12)) {
            // the allocator divides the allocation by this free share (#20: validated, then failed)
            problems.add(
                    o.path(),
                    "a cap of type fromAllocation needs a free share above 0, but governmentReserveShare "
                            + Values.Range.fmt(government) + " + newEntrantReserveShare " + Values.Range.fmt(newEntrant)
                            + " + auctionShare " + Values.Range.fmt(auction) + " take the whole cap");
        }
        o.finish();
        if (sectorMethods.size() != sectors.size()) {
            return null;
        }
        return build(
                o.path(),
                before,
                () -> new AllocationPlan(cap, government, newEntrant, auction, pre, maf, sectorMethods));
    }

    private CapSchedule readCap(Obj o) {
        int before = problems.count();
        String type = o.type("cap schedule", CAP_TYPES);
        CapSchedule cap = null;
        if (type != null) {
            switch (type) {
                case "given": {
                    Map<Integer, Long> byYear = readYearMap(o, "byYear", "t a year");
                    if (problems.count() == before && !byYear.isEmpty()) {
                        int first =
                                byYear.keySet().stream().min(Integer::compare).orElseThrow();
                        if (first > startYear && yearsKnown) {
                            problems.add(
                                    o.path("byYear"),
                                    "no cap for the start year " + startYear + ": the first listed year is " + first);
                        }
                    }
                    cap = build(o.path(), before, () -> new CapSchedule.Given(byYear));
                    break;
                }
                case "declining": {
                    int baseYear = o.requiredYear("baseYear");
                    long baseCap = o.requiredInteger("baseCap", 1, Values.MAX_TONNES, "t");
                    double rate = o.number(
                            "annualDeclineRate", 0, new Values.Range(-1, true, 1, true), "decline per year, 0.02 = 2%");
                    cap = build(o.path(), before, () -> new CapSchedule.Declining(baseYear, baseCap, rate));
                    break;
                }
                case "linearReduction": {
                    int baseYear = o.requiredYear("baseYear");
                    long baseCap = o.requiredInteger("baseCap", 1, Values.MAX_TONNES, "t");
                    double lrf = o.requiredNumber(
                            "linearReductionFactor",
                            new Values.Range(0, false, 1, true),
                            "share of referenceCap a year",
                            0);
                    long reference = o.integer("referenceCap", baseCap, 1, Values.MAX_TONNES, "t");
                    cap = build(
                            o.path(), before, () -> new CapSchedule.LinearReduction(baseYear, baseCap, lrf, reference));
                    break;
                }
                default:
                    cap = new CapSchedule.FromAllocation();
                    break;
            }
        }
        o.finish();
        return problems.count() > before ? null : cap;
    }

    /** An object with year keys ("2014") and whole-tonne values {@code > 0}. */
    private Map<Integer, Long> readYearMap(Obj o, String key, String unit) {
        Map<Integer, Long> map = new java.util.TreeMap<>();
        JsonElement e = o.required(key, "values by year, {\"2024\": ...}");
        if (e == null) {
            return map;
        }
        Obj years = Obj.of(e, o.path(key), "values by year, {\"2024\": ...}", problems);
        for (String yearKey : years.keys()) {
            JsonElement value = years.get(yearKey);
            String path = years.path(yearKey);
            int year;
            if (yearKey.matches("\\d{4}") && Integer.parseInt(yearKey) >= 1900 && Integer.parseInt(yearKey) <= 2200) {
                year = Integer.parseInt(yearKey);
            } else {
                problems.add(
                        path,
                        "expected a year in 1900..2200 as the key, got "
                                + Values.describe(new com.google.gson.JsonPrimitive(yearKey)));
                continue;
            }
            long tonnes = Values.integer(value, path, 1, Values.MAX_TONNES, unit, problems, 1);
            map.put(year, tonnes);
        }
        if (map.isEmpty() && years.keys().isEmpty()) {
            problems.add(o.path(key), "expected at least one year, got an empty object");
        }
        years.finish();
        return map;
    }

    // ---------------------------------------------------------------- agents

    private AgentsConfig readAgents(Obj o) {
        int before = problems.count();
        StrategyKind defaultStrategy = o.enumeration("defaultStrategy", StrategyKind.class, StrategyKind.COMPLIANCE);
        Map<String, StrategyKind> bySector =
                bySector(o.object("sectorStrategies", "strategy by sector id"), StrategyKind.class);
        Map<String, StrategyKind> byEnterprise =
                byEnterprise(o.object("enterpriseStrategies", "strategy by enterprise id"), StrategyKind.class);
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
                    tradingDays,
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
                    new Values.Range(1, false, MarketRules.MAX_ROUNDS_PER_DAY, false),
                    "times a trading day an enterprise re-prices its order, the first at the opening");
            c.finish();
            compliance = build(
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
                            reviews));
        }
        List<TraderGroup> traders = new ArrayList<>();
        List<JsonElement> list = o.array("traders", "other trader groups");
        for (int i = 0; i < list.size(); i++) {
            traders.add(
                    readTraderGroup(Obj.of(list.get(i), Obj.index(o.path("traders"), i), "a trader group", problems)));
        }
        o.finish();
        ComplianceTraderParams params = compliance;
        return build(
                o.path(), before, () -> new AgentsConfig(defaultStrategy, bySector, byEnterprise, params, traders));
    }

    private TraderGroup readTraderGroup(Obj o) {
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
                    group = build(o.path(), before, () -> new TraderGroup.ZeroIntelligence(count, units, min, max));
                    break;
                }
                case "speculators": {
                    SpeculatorStyle style = o.enumeration("style", SpeculatorStyle.class, SpeculatorStyle.TREND);
                    int lookback = (int) o.integer("lookbackDays", 20, 1, 10_000, "trading days");
                    long cash = requiredMoney(o, "cash", "CNY each");
                    long limit = o.requiredInteger("positionLimitTonnes", 0, Values.MAX_TONNES, "t");
                    long order = o.requiredInteger("orderTonnes", 1, Values.MAX_TONNES, "t");
                    group = build(
                            o.path(),
                            before,
                            () -> new TraderGroup.Speculators(count, style, lookback, cash, limit, order));
                    break;
                }
                case "noiseTraders": {
                    double p = o.number("dailyProbability", 0.1, Values.Range.SHARE, "chance of trading on a day");
                    long maxOrder = o.requiredInteger("maxOrderTonnes", 1, Values.MAX_TONNES, "t");
                    long cash = requiredMoney(o, "cash", "CNY each");
                    long holdings = o.integer("holdingsTonnes", 0, 0, Values.MAX_TONNES, "t each");
                    double spread = o.number(
                            "priceSpread", 0.02, new Values.Range(0, false, 1, true), "relative spread, 0.02 = ±2%");
                    group = build(
                            o.path(),
                            before,
                            () -> new TraderGroup.NoiseTraders(count, p, maxOrder, cash, holdings, spread));
                    break;
                }
                case "unitSchedules": {
                    long min = o.requiredPrice("minPrice", tickFen, "CNY per t");
                    long max = o.requiredPrice("maxPrice", tickFen, "CNY per t");
                    if (problems.count() == before && max < min) {
                        problems.add(o.path("maxPrice"), "expected a price >= minPrice (CNY per t)");
                    }
                    boolean constrained = o.bool("budgetConstrained", true);
                    List<List<Long>> buyers = readUnitSchedules(o, "buyers", -1);
                    List<List<Long>> sellers = readUnitSchedules(o, "sellers", 1);
                    group = build(
                            o.path(),
                            before,
                            () -> new TraderGroup.UnitSchedules(buyers, sellers, min, max, constrained));
                    break;
                }
                default: {
                    long spread = o.requiredInteger("spreadTicks", 1, 1_000_000, "ticks");
                    long quote = o.requiredInteger("quoteTonnes", 1, Values.MAX_TONNES, "t");
                    long inventory = o.requiredInteger("inventoryLimitTonnes", 0, Values.MAX_TONNES, "t");
                    long cash = requiredMoney(o, "cash", "CNY");
                    long holdings = o.integer("holdingsTonnes", 0, 0, Values.MAX_TONNES, "t");
                    group = build(
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
    private List<List<Long>> readUnitSchedules(Obj o, String key, int direction) {
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

    // ---------------------------------------------------------------- policy and compliance

    private PolicyRules readPolicy(Obj o, MarketRules market, AllocationPlan allocation) {
        int before = problems.count();
        Obj a = o.object("auctions", "primary auction schedule");
        int aBefore = problems.count();
        List<Integer> days = new ArrayList<>();
        if (a.has("days")) {
            List<JsonElement> list = a.array("days", "0-based trading days");
            for (int i = 0; i < list.size(); i++) {
                String p = Obj.index(a.path("days"), i);
                int dBefore = problems.count();
                int day = (int) Values.integer(
                        list.get(i), p, 0, tradingDays - 1, "0-based trading day of the year", problems, 0);
                if (problems.count() == dBefore && !days.isEmpty() && day <= days.get(days.size() - 1)) {
                    problems.add(
                            p,
                            "auction days must be strictly ascending; " + day + " is not after "
                                    + days.get(days.size() - 1));
                }
                days.add(day);
            }
        } else {
            days.add(0);
        }
        long reserve = a.price("reservePrice", 0, tickFen, true, "CNY per t");
        boolean coveredOnly = a.bool("coveredOnly", false);
        a.finish();
        if (allocation != null && allocation.auctionShare() > 0 && days.isEmpty() && problems.count() == aBefore) {
            problems.add(a.path("days"), "allocation.auctionShare is above 0 but no auction days are listed");
        }
        AuctionSchedule auctions = build(a.path(), aBefore, () -> new AuctionSchedule(days, reserve, coveredOnly));

        java.util.Optional<InterventionRule> intervention = java.util.Optional.empty();
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
                if (market != null && market.limitBasisPoints() == 0) {
                    problems.add(
                            i.path(), "an intervention counts limit hits but market.limitPct is 0 (no price band)");
                }
            }
            InterventionRule rule = build(
                    i.path(),
                    iBefore,
                    () -> new InterventionRule(hits, window, quantity, sells, buys, bankable, verifiedShortfallSale));
            intervention = java.util.Optional.ofNullable(rule);
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
            corridor = build(c.path(), cBefore, () -> new PriceCorridor(floor, ceiling, daily));
        }

        java.util.Optional<StabilityReserve> msr = java.util.Optional.empty();
        if (o.has("stabilityReserve")) {
            Obj m = o.object("stabilityReserve", "market stability reserve");
            int mBefore = problems.count();
            long upper = m.requiredInteger("upperThresholdTonnes", 1, Values.MAX_TONNES, "t in circulation");
            long lower = m.requiredInteger("lowerThresholdTonnes", 0, Values.MAX_TONNES, "t in circulation");
            double intake = m.number("intakeRate", 0.24, Values.Range.SHARE, "share of circulation");
            long release = m.requiredInteger("releaseTonnes", 0, Values.MAX_TONNES, "t");
            long initial = m.integer("initialReserveTonnes", 0, 0, Values.MAX_TONNES, "t");
            m.finish();
            if (problems.count() == mBefore && upper <= lower) {
                problems.add(
                        m.path("upperThresholdTonnes"),
                        "expected more than lowerThresholdTonnes " + lower + " (t), got " + upper);
            }
            StabilityReserve reserveRule =
                    build(m.path(), mBefore, () -> new StabilityReserve(upper, lower, intake, release, initial));
            msr = java.util.Optional.ofNullable(reserveRule);
        }
        o.finish();
        PriceCorridor finalCorridor = corridor;
        java.util.Optional<InterventionRule> finalIntervention = intervention;
        java.util.Optional<StabilityReserve> finalMsr = msr;
        return build(o.path(), before, () -> new PolicyRules(auctions, finalIntervention, finalCorridor, finalMsr));
    }

    private ComplianceRules readCompliance(Obj o) {
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
            Obj p = Obj.of(list.get(i), Obj.index(o.path("offsets"), i), "an offset program", problems);
            int pBefore = problems.count();
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
            long price = requiredMoney(p, "price", "CNY per t");
            long slope = p.money("priceSlopePerMt", 0, "CNY per t per Mt sold");
            int vintage = (int) p.integer("minVintageYear", 0, 0, 2200, "year");
            double share = p.number("capShare", 0.1, Values.Range.SHARE, "share of the cap base");
            CapBase base = p.enumeration("capBase", CapBase.class, CapBase.ALLOCATION);
            if (p.has("pipeline")) {
                offsetMarkets.readPipeline(p, id, kind == OffsetKind.CCER, vintage);
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
            OffsetProgram program = build(
                    p.path(), pBefore, () -> new OffsetProgram(id, kind, supply, price, slope, vintage, share, base));
            offsets.add(program);
        }
        double total = o.number("totalOffsetCapShare", 1, Values.Range.SHARE, "share of the cap base");
        BankingRule banking =
                o.has("banking") ? readBanking(o.object("banking", "banking rule")) : new BankingRule.Allowed();
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
                ? readPenalty(o.object("penalty", "penalty model"))
                : new PenaltyModel.HubeiStyle(
                        DEFAULT_PENALTY_PRICE_MULTIPLE, DEFAULT_PENALTY_CAP_FEN, DEFAULT_PENALTY_DEDUCTION);
        boolean reserveSale = o.bool("deadlineReserveSale", false);
        List<ComplianceCycle> cycles = ComplianceCycles.read(
                o.array("cycles", "multi-year compliance cycles"),
                o.path("cycles"),
                this,
                problems,
                startYear,
                endYear,
                banking,
                borrowing,
                this::readBanking);
        o.finish();
        return build(
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

    private BankingRule readBanking(Obj o) {
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
            rule = build(o.path(), before, () -> new BankingRule.Capped(base, multiple));
        }
        o.finish();
        return problems.count() > before ? null : rule;
    }

    private PenaltyModel readPenalty(Obj o) {
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
            model = build(o.path(), before, () -> new PenaltyModel.HubeiStyle(k, cap, deduction));
        } else if ("national".equals(type)) {
            double k = o.number("priceMultiple", 5, multiple, "multiple of the average price");
            double deduction = o.number("deductionMultiple", 1, multiple, "multiple of the shortfall");
            model = build(o.path(), before, () -> new PenaltyModel.NationalStyle(k, deduction));
        } else if ("eu".equals(type)) {
            long perTonne = requiredMoney(o, "perTonne", "CNY per t short");
            boolean makeGood = o.bool("makeGood", true);
            model = build(o.path(), before, () -> new PenaltyModel.EuStyle(perTonne, makeGood));
        }
        o.finish();
        return problems.count() > before ? null : model;
    }

    // ---------------------------------------------------------------- uncertainty

    private Uncertainty readUncertainty(Obj o, JsonElement tree) {
        int before = problems.count();
        List<UncertainParameter> parameters = new ArrayList<>();
        List<JsonElement> list = o.array("parameters", "uncertain inputs");
        for (int i = 0; i < list.size(); i++) {
            Obj p = Obj.of(list.get(i), Obj.index(o.path("parameters"), i), "an uncertain input", problems);
            int pBefore = problems.count();
            String path = p.requiredId("path", "JSON path of a number in this file, \"$.market.initialPrice\"");
            if (problems.count() == pBefore && !JsonPaths.namesNumber(tree, path)) {
                problems.add(p.path("path"), "\"" + path + "\" does not name a number in this file");
            }
            Distribution distribution = readDistribution(p.requiredObject("distribution", "its distribution"));
            p.finish();
            parameters.add(build(p.path(), pBefore, () -> new UncertainParameter(path, distribution)));
        }
        List<List<Double>> correlation = new ArrayList<>();
        List<JsonElement> rows = o.array("correlation", "correlation matrix");
        int n = parameters.size();
        if (!rows.isEmpty() && rows.size() != n) {
            problems.add(o.path("correlation"), "expected " + n + " rows (one per parameter), got " + rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            String rowPath = Obj.index(o.path("correlation"), r);
            List<JsonElement> cells = Obj.array(rows.get(r), rowPath, "a row", problems);
            if (cells.size() != n && rows.get(r).isJsonArray()) {
                problems.add(rowPath, "expected " + n + " values (one per parameter), got " + cells.size());
            }
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                String cellPath = Obj.index(rowPath, c);
                int cBefore = problems.count();
                double v = Values.number(
                        cells.get(c), cellPath, new Values.Range(-1, false, 1, false), "correlation", problems, 0);
                if (problems.count() == cBefore && r == c && v != 1) {
                    problems.add(cellPath, "expected 1 on the diagonal, got " + Values.describe(cells.get(c)));
                }
                row.add(v);
            }
            correlation.add(row);
        }
        for (int r = 0; r < correlation.size(); r++) {
            for (int c = 0; c < r && c < correlation.get(r).size(); c++) {
                if (c < correlation.size()
                        && r < correlation.get(c).size()
                        && !correlation.get(r).get(c).equals(correlation.get(c).get(r))) {
                    problems.add(
                            Obj.index(Obj.index(o.path("correlation"), r), c),
                            "the matrix must be symmetric: differs from [" + c + "][" + r + "]");
                }
            }
        }
        o.finish();
        return build(
                o.path(),
                before,
                () -> parameters.isEmpty() && correlation.isEmpty()
                        ? Uncertainty.NONE
                        : new Uncertainty(parameters, correlation, Optional.of(origin)));
    }

    private Distribution readDistribution(Obj o) {
        int before = problems.count();
        String type = o.type("distribution", DISTRIBUTION_TYPES);
        Distribution d = null;
        Values.Range any = Values.Range.ANY;
        if (type != null) {
            switch (type) {
                case "normal": {
                    double mean = o.requiredNumber("mean", any, "", 0);
                    double sd = o.requiredNumber("sd", Values.Range.POSITIVE, "", 1);
                    d = build(o.path(), before, () -> new Distribution.Normal(mean, sd));
                    break;
                }
                case "logNormal": {
                    double mu = o.requiredNumber("mu", any, "mean of the log", 0);
                    double sigma = o.requiredNumber("sigma", Values.Range.POSITIVE, "sd of the log", 1);
                    d = build(o.path(), before, () -> new Distribution.LogNormal(mu, sigma));
                    break;
                }
                case "uniform": {
                    double low = o.requiredNumber("low", any, "", 0);
                    double high = o.requiredNumber("high", any, "", 1);
                    if (problems.count() == before && !(high > low)) {
                        problems.add(
                                o.path("high"),
                                "expected a number > low " + Values.Range.fmt(low) + ", got " + Values.Range.fmt(high));
                    }
                    d = build(o.path(), before, () -> new Distribution.Uniform(low, high));
                    break;
                }
                case "triangular": {
                    double low = o.requiredNumber("low", any, "", 0);
                    double mode = o.requiredNumber("mode", any, "", 0.5);
                    double high = o.requiredNumber("high", any, "", 1);
                    if (problems.count() == before && !(low <= mode && mode <= high && low < high)) {
                        problems.add(o.path(), "expected low <= mode <= high and low < high");
                    }
                    d = build(o.path(), before, () -> new Distribution.Triangular(low, mode, high));
                    break;
                }
                case "beta": {
                    double alpha = o.requiredNumber("alpha", Values.Range.POSITIVE, "", 1);
                    double beta = o.requiredNumber("beta", Values.Range.POSITIVE, "", 1);
                    double low = o.number("low", 0, any, "");
                    double high = o.number("high", 1, any, "");
                    if (problems.count() == before && !(high > low)) {
                        problems.add(
                                o.path("high"),
                                "expected a number > low " + Values.Range.fmt(low) + ", got " + Values.Range.fmt(high));
                    }
                    d = build(o.path(), before, () -> new Distribution.Beta(alpha, beta, low, high));
                    break;
                }
                default: {
                    JsonElement e = o.required("values", "equally likely values");
                    List<JsonElement> values =
                            e == null ? List.of() : Obj.array(e, o.path("values"), "numbers", problems);
                    if (e != null && e.isJsonArray() && values.isEmpty()) {
                        problems.add(o.path("values"), "expected at least one value, got an empty array");
                    }
                    List<Double> numbers = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        numbers.add(Values.number(values.get(i), Obj.index(o.path("values"), i), any, "", problems, 0));
                    }
                    d = build(o.path(), before, () -> new Distribution.Empirical(numbers));
                    break;
                }
            }
        }
        o.finish();
        return problems.count() > before ? null : d;
    }
}
