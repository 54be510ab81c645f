package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.carbonsim.core.agents.AgentsConfig;
import org.carbonsim.core.allocation.AllocationPlan;
import org.carbonsim.core.cbam.CbamRules;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.finance.FinanceRules;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.mrv.MrvRules;
import org.carbonsim.core.policy.PolicyRules;

/**
 * Loads a scenario file into a {@link Scenario}: strict JSON, every key known, every value checked
 * for type, range and unit, references and contradictions between fields checked, and every problem
 * in the file reported together in one {@link ScenarioException}. Prices and money are yuan in the
 * file and fen in the records; enterprises come from the file, from CSV registers, and from
 * populations generated from the scenario's seed. The format and its defaults are described in
 * {@code README.md} beside this class and in {@code scenarios/scenario.schema.json}.
 *
 * <p>The loader parses the file, applies the edits and hands each section to its reader in file
 * order: {@link CalendarReader}, {@link MarketReader}, {@link SectorsReader}, {@link
 * EnterprisesReader}, {@link CoverageReader}, {@link AllocationPlanReader}, {@link AgentsReader},
 * {@link PolicyReader}, {@link ComplianceReader}, {@link UncertaintyReader}, {@link FinanceReader},
 * {@link ExpectedDepartures}, {@link MrvReader} and {@link CbamReader}. Later sections are checked
 * against what earlier ones read (the calendar's years and trading days, the market's tick, the
 * sectors and enterprises), which the loader hands to them.
 *
 * <p>A loader instance reads one file. Not thread-safe; the static methods are safe to call from any
 * thread.
 */
public final class ScenarioLoader {
    private final String source;
    private final Path baseDir;
    private final Problems problems = new Problems();
    private final CalendarReader calendarReader = new CalendarReader(problems);
    private final MarketReader marketReader = new MarketReader(problems);
    private final SectorsReader sectorsReader = new SectorsReader(problems, calendarReader);
    private final EnterprisesReader enterprisesReader = new EnterprisesReader(this);
    private final OffsetMarketsReader offsetMarkets = new OffsetMarketsReader(problems);
    /** Encoding of enterprise registers; UTF-8 unless a caller declares another (#20). */
    private Charset registerEncoding = StandardCharsets.UTF_8;

    private long seed;
    /** The text and edits being loaded, handed to the uncertainty block so a study can reload it. */
    private ScenarioSource origin;
    /** The text read, once it is well-formed JSON: where the problems' JSON paths are found. */
    private String wellFormedText;

    private List<ScenarioEdit> edits = List.of();

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
        return ScenarioSource.read(file, registerEncoding).load(edits);
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
            throw new ScenarioException(source, located(problems.toList(source)));
        }
        return scenario;
    }

    /** The problems, each JSON path with the line and column it starts at in the file. */
    private List<Problem> located(List<Problem> found) {
        if (wellFormedText == null) {
            return found;
        }
        JsonPositions positions = JsonPositions.of(wellFormedText);
        return found.stream().map(p -> positions.locate(p, edits)).toList();
    }

    private Scenario read(String json, List<ScenarioEdit> edits) {
        JsonElement tree = StrictJson.parse(json, source, problems);
        if (tree == null) {
            return null;
        }
        wellFormedText = json;
        this.edits = edits;
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
        String name = root.requiredFolderName("name", "short scenario name");
        String description = root.string("description", "what the scenario is about", "");
        seed = root.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "base seed");

        Calendar calendar = calendarReader.read(root.requiredObject("calendar", "years and trading days"));
        MarketRules market =
                marketReader.read(root.requiredObject("market", "exchange rules"), calendarReader.startYear());
        sectorsReader.read(root);
        enterprisesReader.read(root);
        sectorsReader.checkBaseYears(enterprisesReader.list());
        Obj coverageObject = root.object("coverage", "inclusion rules");
        CoverageRules coverage =
                CoverageReader.read(coverageObject, problems, calendarReader.startYear(), sectorsReader);
        if (coverage != null && calendarReader.yearsKnown()) {
            CoverageReader.checkEnergyHistory(
                    coverage,
                    coverageObject.path(),
                    calendarReader.startYear(),
                    enterprisesReader.list(),
                    sectorsReader.list().stream()
                            .filter(sector -> sector.coveredIn(calendarReader.startYear()))
                            .map(Sector::id)
                            .collect(Collectors.toSet()),
                    problems);
        }
        Obj allocationObject = root.requiredObject("allocation", "cap and reserves");
        AllocationPlan allocation = AllocationPlanReader.read(allocationObject, this);
        if (allocation != null && !allocationObject.broken()) {
            sectorsReader.checkPreAllocationOutput(
                    enterprisesReader.list(),
                    allocation.sharesIn(calendarReader.startYear()).preAllocationShare(),
                    allocationObject.has("preAllocationShare")
                            ? allocationObject.path("preAllocationShare")
                            : allocationObject.path());
        }
        AgentsConfig agents = AgentsReader.read(root.object("agents", "trading behaviour"), this);
        PolicyRules policy = PolicyReader.read(
                root.object("policy", "government market operations"),
                problems,
                calendarReader.tradingDays(),
                marketReader.tickFen(),
                market,
                allocation);
        ComplianceRules compliance =
                ComplianceReader.read(root.object("compliance", "compliance rules"), this, offsetMarkets);
        Uncertainty uncertainty =
                UncertaintyReader.read(root.object("uncertainty", "uncertain inputs"), problems, tree, origin);
        FinanceRules finance = root.has("finance")
                ? FinanceReader.read(
                        root.object("finance", "carbon finance"),
                        problems,
                        enterprisesReader.byId(),
                        sectorsReader.ids())
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
                        enterprisesReader.byId(),
                        calendarReader.startYear(),
                        calendarReader.endYear())
                : Optional.empty();
        root.finish();

        List<Sector> sectorList = sectorsReader.list();
        List<Enterprise> enterpriseList = enterprisesReader.list();
        return problems.build(
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

    /** The calendar read so far: its years and trading days, for later sections to check theirs against. */
    CalendarReader calendar() {
        return calendarReader;
    }

    /** The market read so far: its tick, for the prices of later sections. */
    MarketReader market() {
        return marketReader;
    }

    long seed() {
        return seed;
    }

    /** The sectors read so far, to look sector references up in. */
    SectorsReader sectors() {
        return sectorsReader;
    }

    /** The enterprises read so far, to look enterprise references up in and add generated ones to. */
    EnterprisesReader enterprises() {
        return enterprisesReader;
    }
}
