package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonsim.core.allocation.AllocationMethod;
import org.carbonsim.core.allocation.BenchmarkSource;
import org.carbonsim.core.allocation.MethodPeriod;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.Sector;

/**
 * Reads a scenario's {@code sectors}, each with its {@code allocation} method and later {@code
 * allocationChanges} in ascending {@code fromYear}: {@code [{"id": "cement", "productUnit": "t
 * clinker", "allocation": {"type": "benchmark", "benchmark": 0.85}}]}. Keeps the sectors it read and
 * their product units, which later sections look sector references up in (unknown ids reported with a
 * suggestion), and the base and reference years the methods rely on, checked against the enterprises'
 * history once those are read ({@link #checkBaseYears}). Not thread-safe; one per load.
 */
final class SectorsReader {
    private static final List<String> METHOD_TYPES = List.of(
            "historicalEmissions",
            "historicalIntensity",
            "benchmark",
            "twoProductBenchmark",
            "verifiedEmissions",
            "auctioned");

    private final Problems problems;
    private final CalendarReader calendar;
    private final Map<String, SectorInfo> sectors = new LinkedHashMap<>();
    /** Product unit by sector id, for every sector with a readable id, even one with other problems. */
    private final Map<String, String> sectorUnits = new LinkedHashMap<>();

    private final Map<String, List<MethodPeriod>> sectorMethods = new LinkedHashMap<>();
    private final Map<String, String> sectorPaths = new LinkedHashMap<>();
    private final List<BaseYearUse> baseYearUses = new ArrayList<>();

    /** A sector as read, with where it was defined. */
    private record SectorInfo(Sector sector, String path) {}

    private static final String REFERENCE_YEAR = "reference year";

    /**
     * A base or reference year an allocation method relies on, to be checked against history; {@code
     * ratio} names what divides that year's emissions by its output (historical intensity, a percentile
     * benchmark), null for a method that reads emissions alone.
     */
    private record BaseYearUse(String sectorId, int year, String path, String kind, String ratio) {}

    /** A reader whose years are those of {@code calendar}, read before the sectors. */
    SectorsReader(Problems problems, CalendarReader calendar) {
        this.problems = problems;
        this.calendar = calendar;
    }

    /** Reads the {@code sectors} array of the scenario object {@code root}. */
    void read(Obj root) {
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

    private void readSector(Obj o) {
        if (o.broken()) {
            return;
        }
        int before = problems.count();
        String id = o.requiredId("id", "sector id");
        String name = o.displayName("name", "display name", id);
        String unit = o.displayName("productUnit", "unit output is counted in", "t product");
        int from = o.year("coveredFromYear", calendar.startYear());
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
        int firstYear = Math.max(from, calendar.startYear());
        Obj method = o.requiredObject("allocation", "allocation method");
        AllocationMethod first = readMethod(method, id, unit, firstYear);
        periods.add(first == null ? null : new MethodPeriod(Math.min(from, calendar.startYear()), first));
        List<JsonElement> changes = o.array("allocationChanges", "later allocation methods by fromYear");
        int previous = firstYear;
        for (int i = 0; i < changes.size(); i++) {
            int changeBefore = problems.count();
            Obj change = Obj.of(changes.get(i), Obj.index(o.path("allocationChanges"), i), "a method period", problems);
            int fromYear = change.requiredYear("fromYear");
            if (problems.count() == changeBefore && fromYear <= previous && calendar.yearsKnown()) {
                problems.add(
                        change.path("fromYear"),
                        "expected a year after " + previous + " (allocation changes in ascending fromYear, after the"
                                + " first covered year), got " + fromYear);
            }
            previous = Math.max(previous, fromYear);
            AllocationMethod m = readMethod(change, id, unit, Math.max(fromYear, calendar.startYear()));
            periods.add(m == null ? null : new MethodPeriod(fromYear, m));
        }
        o.finish();
        if (duplicate) {
            baseYearUses.subList(usesBefore, baseYearUses.size()).clear();
        }
        Sector sector = problems.build(o.path(), before, () -> new Sector(id, name, unit, from, until));
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
                    List<Integer> baseYears = readBaseYears(
                            o,
                            sectorId,
                            appliesFrom,
                            type.equals("historicalIntensity")
                                    ? "the base years' intensity is their emissions / their output"
                                    : null);
                    double factor = o.number(
                            "controlFactor", 1, new Values.Range(0, true, 10, false), "industry control factor");
                    method = problems.build(
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
                    method = problems.build(o.path(), before, () -> new AllocationMethod.Benchmark(source, factor));
                    break;
                }
                case "twoProductBenchmark": {
                    double product =
                            o.requiredNumber("productBenchmark", Values.Range.BENCHMARK, "tCO2 per " + unit, 1);
                    double correction =
                            o.number("correctionFactor", 1, new Values.Range(0, true, 10, false), "correction factor");
                    double heat = o.number(
                            "heatBenchmark", 0, new Values.Range(0, false, Values.MAX_INTENSITY, false), "tCO2 per GJ");
                    method = problems.build(
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

    private List<Integer> readBaseYears(Obj o, String sectorId, int appliesFrom, String ratio) {
        List<Integer> years = new ArrayList<>();
        if (!o.has("baseYears")) {
            for (int y = appliesFrom - 3; y < appliesFrom; y++) {
                years.add(y);
                baseYearUses.add(new BaseYearUse(sectorId, y, o.path(), "default base year", ratio));
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
            int year = (int) Values.integer(
                    list.get(i), p, Calendar.FIRST_YEAR, Calendar.LAST_YEAR, "year", problems, appliesFrom - 1);
            if (problems.count() > before) {
                continue;
            }
            if (years.contains(year)) {
                problems.add(p, "base year " + year + " is listed twice");
            } else if (year >= appliesFrom && calendar.yearsKnown()) {
                problems.add(
                        p,
                        "base year " + year + " is not before " + appliesFrom
                                + ", the first year this method applies (no verified history for it yet)");
            } else {
                baseYearUses.add(new BaseYearUse(sectorId, year, p, "base year", ratio));
            }
            years.add(year);
        }
        return years;
    }

    private void checkReferenceYear(String path, String sectorId, int year, int appliesFrom) {
        if (!calendar.yearsKnown()) {
            return;
        }
        if (year >= appliesFrom) {
            problems.add(
                    path,
                    "reference year " + year + " is not before " + appliesFrom
                            + ", the first year this benchmark applies");
        } else {
            baseYearUses.add(new BaseYearUse(
                    sectorId, year, path, REFERENCE_YEAR, "the percentile benchmark ranks emissions / output"));
        }
    }

    /**
     * Years before the start must be in the history of every enterprise of the sector open then, and a
     * year whose emissions the method divides by output needs that output ({@link #checkOutput}).
     */
    void checkBaseYears(Collection<Enterprise> enterprises) {
        if (!calendar.yearsKnown()) {
            return;
        }
        for (BaseYearUse use : baseYearUses) {
            if (use.year() >= calendar.startYear()) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Enterprise e : enterprises) {
                if (e.sectorId().equals(use.sectorId())
                        && e.openingYear() <= use.year()
                        && e.history().stream().noneMatch(h -> h.year() == use.year())) {
                    missing.add(e.id());
                }
            }
            if (!missing.isEmpty()) {
                problems.add(
                        use.path(),
                        use.kind() + " " + use.year() + " is before the start year " + calendar.startYear()
                                + " but enterprise \""
                                + missing.get(0) + "\" has no history for it"
                                + (missing.size() > 1 ? " (nor do " + (missing.size() - 1) + " more)" : ""));
            } else if (use.ratio() != null) {
                checkOutput(use, enterprises);
            }
        }
    }

    /**
     * A year whose emissions a method divides by output needs that output: a history with the year's
     * emissions and no output (its default, 0) would raise a historical intensity or leave the firm out
     * of a benchmark's ranking, and with no output in the sector a percentile has nothing to rank.
     */
    private void checkOutput(BaseYearUse use, Collection<Enterprise> enterprises) {
        List<String> noOutput = new ArrayList<>();
        boolean inSector = false;
        boolean anyOutput = false;
        for (Enterprise e : enterprises) {
            if (e.sectorId().equals(use.sectorId())) {
                inSector = true;
                for (HistoryYear h : e.history()) {
                    if (h.year() == use.year()) {
                        anyOutput |= h.outputUnits() > 0;
                        if (h.outputUnits() == 0 && h.emissionsTonnes() > 0) {
                            noOutput.add(e.id());
                        }
                    }
                }
            }
        }
        String give = "; give the output of " + use.year() + " (\"output\" in the history, or column \"output"
                + use.year() + "\" of a register)";
        if (!noOutput.isEmpty()) {
            problems.add(
                    use.path(),
                    use.kind() + " " + use.year() + ": enterprise \"" + noOutput.get(0) + "\" has emissions but no"
                            + " output in its history for " + use.year()
                            + (noOutput.size() > 1 ? " (nor do " + (noOutput.size() - 1) + " more)" : "") + ", and "
                            + use.ratio() + give);
        } else if (inSector && !anyOutput && use.kind().equals(REFERENCE_YEAR)) {
            problems.add(
                    use.path(),
                    REFERENCE_YEAR + " " + use.year() + " of the percentile benchmark: no enterprise of sector \""
                            + use.sectorId() + "\" has output in its history for " + use.year()
                            + ", so there is no intensity (emissions / output) to rank" + give);
        }
    }

    /**
     * The start year's pre-allocation under an output-based method is worked out on the output of the
     * year before, which is history: an enterprise whose history gives that year's emissions and no
     * output would be pre-allocated nothing. Reported at {@code path} when {@code preAllocationShare}
     * is above 0.
     */
    void checkPreAllocationOutput(Collection<Enterprise> enterprises, double preAllocationShare, String path) {
        if (!calendar.yearsKnown() || !(preAllocationShare > 0)) {
            return;
        }
        int start = calendar.startYear();
        int last = start - 1;
        for (Map.Entry<String, List<MethodPeriod>> entry : sectorMethods.entrySet()) {
            AllocationMethod method = null;
            for (MethodPeriod period : entry.getValue()) {
                if (period.fromYear() <= start) {
                    method = period.method();
                }
            }
            if (method == null
                    || !method.outputBased()
                    || method instanceof AllocationMethod.VerifiedEmissions
                    || !sectors.get(entry.getKey()).sector().coveredIn(start)) {
                continue;
            }
            List<String> noOutput = new ArrayList<>();
            for (Enterprise e : enterprises) {
                if (e.sectorId().equals(entry.getKey())
                        && e.history().stream()
                                .anyMatch(h -> h.year() == last && h.outputUnits() == 0 && h.emissionsTonnes() > 0)) {
                    noOutput.add(e.id());
                }
            }
            if (!noOutput.isEmpty()) {
                problems.add(
                        path,
                        "the " + start + " pre-allocation of sector \"" + entry.getKey() + "\" is worked out on its"
                                + " enterprises' " + last + " output, but enterprise \"" + noOutput.get(0)
                                + "\" has emissions and no output in its history for " + last
                                + (noOutput.size() > 1 ? " (nor do " + (noOutput.size() - 1) + " more)" : "")
                                + ", so it would be pre-allocated nothing; give the output of " + last
                                + " (\"output\" in the history, or column \"output" + last + "\" of a register)");
            }
        }
    }

    /** The sector's product unit, or {@code null} after reporting an unknown sector at {@code location}. */
    String unit(String sectorId, String location) {
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
                                : sectors.isEmpty()
                                        ? " (the scenario defines no sectors)"
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
            if (unit(key, o.path(key)) != null && value != null) {
                values.put(key, value);
            }
        }
        o.finish();
        return values;
    }

    /** The sectors read without problems, in file order. */
    List<Sector> list() {
        return sectors.values().stream().map(SectorInfo::sector).toList();
    }

    /** The ids of the sectors read without problems. */
    Set<String> ids() {
        return sectors.keySet();
    }

    /** The allocation methods by sector id, of every sector read without problems whose methods all were. */
    Map<String, List<MethodPeriod>> methods() {
        return sectorMethods;
    }
}
