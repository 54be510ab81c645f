package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.ShockModel;
import org.carbonsim.core.model.TechnologyStep;

/**
 * Reads a scenario's enterprises from its three sources in order: the inline {@code enterprises}
 * (each with its {@code abatement} curve and verified {@code history}), the CSV {@code
 * enterpriseRegister} ({@link EnterpriseRegister}) and the generated {@code populations} ({@link
 * Populations}). Keeps every enterprise id read, which later sections look enterprise references up
 * in (unknown ids reported with a suggestion), and the enterprises read without problems, each
 * checked for a duplicate id and for trend output and emissions in range ({@link Magnitudes}). Not
 * thread-safe; one per load.
 */
final class EnterprisesReader {
    private static final List<String> CURVE_TYPES = List.of("none", "linear", "quadratic", "steps");

    private final ScenarioLoader loader;
    private final Problems problems;
    /** Ids of every enterprise read, even those with other problems. */
    private final Set<String> enterpriseIds = new HashSet<>();

    private final Map<String, Located> enterprises = new LinkedHashMap<>();
    /** Enterprises the populations read so far will generate, for the cap on their total (#20). */
    private long populationFirms;

    /** An enterprise as read, with where it was defined. */
    private record Located(Enterprise enterprise, String location) {}

    /** A reader whose years and sectors are those {@code loader} read before the enterprises. */
    EnterprisesReader(ScenarioLoader loader) {
        this.loader = loader;
        this.problems = loader.problems();
    }

    /** Reads the {@code enterprises}, {@code enterpriseRegister} and {@code populations} of {@code root}. */
    void read(Obj root) {
        List<JsonElement> inline = root.array("enterprises", "enterprises");
        for (int i = 0; i < inline.size(); i++) {
            String path = Obj.index(root.path("enterprises"), i);
            Obj o = Obj.of(inline.get(i), path, "an enterprise", problems);
            Enterprise e = readEnterprise(o);
            if (e != null) {
                add(e, path, path + ".id");
            }
        }
        JsonElement register = root.get("enterpriseRegister");
        if (register != null) {
            String path = root.path("enterpriseRegister");
            String file = Values.string(register, path, "CSV file, relative to the scenario file", problems, null);
            if (file != null) {
                EnterpriseRegister.read(loader, file, path);
            }
        }
        List<JsonElement> populations = root.array("populations", "generated enterprises by sector");
        for (int i = 0; i < populations.size(); i++) {
            String path = Obj.index(root.path("populations"), i);
            Populations.read(loader, Obj.of(populations.get(i), path, "a population", problems), i);
        }
        if (!root.has("enterprises") && register == null && populations.isEmpty() && problems.isEmpty()) {
            problems.add("$", "no enterprises: give \"enterprises\", \"enterpriseRegister\" or \"populations\"");
        }
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
    void noteId(String id) {
        if (!id.isEmpty()) {
            enterpriseIds.add(id);
        }
    }

    /** Counts {@code count} more generated firms; false if the populations' total would pass the cap. */
    boolean reservePopulationFirms(int count) {
        populationFirms += count;
        return populationFirms <= Populations.MAX_FIRMS;
    }

    /** Adds an enterprise unless its id is taken or its trend output or emissions are out of range. */
    void add(Enterprise e, String location, String idLocation) {
        Located previous = enterprises.get(e.id());
        if (previous != null) {
            problems.add(
                    idLocation,
                    "duplicate enterprise id \"" + e.id() + "\" (first defined at " + previous.location() + ")");
            return;
        }
        String tooLarge = Magnitudes.check(
                e,
                loader.calendar().startYear(),
                loader.calendar().endYear(),
                loader.market().ladderTopFen());
        if (tooLarge != null) {
            problems.add(location, tooLarge);
            return;
        }
        enterprises.put(e.id(), new Located(e, location));
    }

    private Enterprise readEnterprise(Obj o) {
        CalendarReader calendar = loader.calendar();
        int before = problems.count();
        String id = o.requiredId("id", "enterprise id");
        noteId(id);
        String name = o.displayName("name", "display name", id);
        String sectorId = o.requiredId("sector", "sector id");
        String unit = sectorId.isEmpty() ? "product units" : loader.sectors().unit(sectorId, o.path("sector"));
        unit = unit == null ? "product units" : unit;
        int baseYear = o.year("baseYear", calendar.startYear());
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
        AbatementCurve curve = o.has("abatement")
                ? readCurve(o.object("abatement", "abatement cost curve"), problems)
                : AbatementCurve.none();
        int opening = o.has("openingYear") ? o.year("openingYear", Enterprise.ALWAYS_OPEN) : Enterprise.ALWAYS_OPEN;
        int closure = o.has("closureYear") ? o.year("closureYear", Enterprise.NEVER_CLOSES) : Enterprise.NEVER_CLOSES;
        if (closure < opening && problems.count() == before) {
            problems.add(o.path("closureYear"), "closure year " + closure + " is before opening year " + opening);
        }
        List<HistoryYear> history = new ArrayList<>();
        List<JsonElement> list = o.array("history", "verified years before the start");
        for (int i = 0; i < list.size(); i++) {
            int hBefore = problems.count();
            Obj h = Obj.of(list.get(i), Obj.index(o.path("history"), i), "a history year", problems);
            int year = h.requiredYear("year");
            if (problems.count() == hBefore && year >= calendar.startYear() && calendar.yearsKnown()) {
                problems.add(
                        h.path("year"),
                        "expected a year before the start year " + calendar.startYear() + ", got " + year);
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
        return problems.build(
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

    /** Reads an abatement curve, inline or in a population; {@code null} after reporting problems. */
    static AbatementCurve readCurve(Obj o, Problems problems) {
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
                    long maxCost = o.requiredMoney("maxCost", "CNY per t abated, marginal cost at maxShare");
                    double maxShare = o.requiredNumber(
                            "maxShare", Values.Range.SHARE, "share of business-as-usual emissions, 0..1", 0);
                    curve = problems.build(
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
                        int sBefore = problems.count();
                        Obj s = Obj.of(list.get(i), Obj.index(o.path("steps"), i), "a technology step", problems);
                        String name = s.requiredId("name", "display name");
                        long cost = s.requiredMoney("cost", "CNY per t abated");
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
                    curve = problems.build(o.path(), before, () -> new AbatementCurve.Steps(steps));
                    break;
                }
            }
        }
        o.finish();
        return problems.count() > before ? null : curve;
    }

    /** The enterprises read without problems, in the order read. */
    List<Enterprise> list() {
        return enterprises.values().stream().map(Located::enterprise).toList();
    }

    /** The ids of the enterprises read without problems. */
    Set<String> ids() {
        return enterprises.keySet();
    }

    /** Every enterprise read without problems, by id. */
    Map<String, Enterprise> byId() {
        Map<String, Enterprise> byId = new LinkedHashMap<>();
        enterprises.forEach((id, located) -> byId.put(id, located.enterprise()));
        return byId;
    }
}
