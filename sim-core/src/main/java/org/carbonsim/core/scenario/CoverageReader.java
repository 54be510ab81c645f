package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.coverage.Threshold;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;

/**
 * Reads a scenario's optional {@code coverage}: inclusion {@code thresholds} by {@code fromYear} (in
 * t CO2e and/or tce a year; 13,000 t CO2e from the start year when absent), each for every sector or,
 * after the first, for the {@code sectors} it names; {@code lookbackYears} and {@code exitYearsBelow}.
 * Thresholds must be in ascending {@code fromYear}, two of the same year naming different sectors,
 * and each needs one test above 0. Problems are reported at their JSON paths. Stateless.
 */
final class CoverageReader {
    /** Default inclusion threshold, t CO2e a year (Hubei Order 430, 2024). */
    static final long DEFAULT_THRESHOLD_TONNES = 13_000;

    private CoverageReader() {}

    /**
     * The coverage rules of {@code o}, thresholds defaulting from {@code startYear} and naming sectors
     * of {@code sectors}; {@code null} after a problem.
     */
    static CoverageRules read(Obj o, Problems problems, int startYear, SectorsReader sectors) {
        int before = problems.count();
        List<Threshold> thresholds = new ArrayList<>();
        if (!o.has("thresholds")) {
            thresholds.add(new Threshold(startYear, DEFAULT_THRESHOLD_TONNES, 0));
        } else {
            List<JsonElement> list = o.array("thresholds", "thresholds by fromYear");
            if (list.isEmpty() && o.get("thresholds").isJsonArray()) {
                problems.add(o.path("thresholds"), "expected at least one threshold, got an empty array");
            }
            for (int i = 0; i < list.size(); i++) {
                int tBefore = problems.count();
                Obj t = Obj.of(list.get(i), Obj.index(o.path("thresholds"), i), "a threshold", problems);
                int from = t.requiredYear("fromYear");
                long emissions = t.integer("emissionsTonnes", 0, 0, Values.MAX_TONNES, "t CO2e a year; 0 = not used");
                long energy = t.integer("energyTce", 0, 0, Values.MAX_TONNES, "tce a year; 0 = not used");
                Set<String> named = readSectors(t, sectors, problems);
                t.finish();
                if (problems.count() > tBefore) {
                    continue;
                }
                if (emissions == 0 && energy == 0) {
                    problems.add(t.path(), "a threshold needs emissionsTonnes or energyTce > 0");
                    continue;
                }
                Threshold threshold = new Threshold(from, emissions, energy, named);
                if (i == 0 && !named.isEmpty()) {
                    problems.add(
                            t.path("sectors"),
                            "the first threshold applies to every sector (later ones may name sectors), got "
                                    + String.join(", ", named));
                } else if (!thresholds.isEmpty()) {
                    String order = orderProblem(thresholds, threshold);
                    if (order != null) {
                        problems.add(t.path("fromYear"), order);
                    }
                }
                if (problems.count() == tBefore) {
                    thresholds.add(threshold);
                }
            }
        }
        int lookback = (int) o.integer("lookbackYears", 1, 1, 50, "years");
        int exit = (int) o.integer("exitYearsBelow", 2, 1, 50, "consecutive years");
        o.finish();
        return problems.build(o.path(), before, () -> new CoverageRules(thresholds, lookback, exit));
    }

    /**
     * The start year's coverage under a threshold of energy use alone is decided on the energy of the
     * lookback years before the start, which is history: an enterprise whose history gives emissions
     * in those years and energy (its default, 0) in none cannot be brought in, and a register without
     * energyYYYY columns would leave every firm uncovered. Reported at the threshold's {@code
     * energyTce}, for rules read from {@code coveragePath} without problems and the enterprises of the
     * sectors covered in the start year.
     */
    static void checkEnergyHistory(
            CoverageRules rules,
            String coveragePath,
            int startYear,
            Collection<Enterprise> enterprises,
            Set<String> coveredSectors,
            Problems problems) {
        Map<Integer, Map<Integer, List<String>>> noEnergy = new TreeMap<>();
        for (Enterprise e : enterprises) {
            Threshold threshold = rules.thresholdIn(startYear, e.sectorId());
            if (threshold.emissionsTonnes() > 0 || !coveredSectors.contains(e.sectorId())) {
                continue;
            }
            int latest = 0;
            boolean energy = false;
            for (HistoryYear h : e.history()) {
                if (h.year() >= startYear - rules.lookbackYears() && h.year() < startYear) {
                    energy |= h.energyTce() > 0;
                    latest = h.emissionsTonnes() > 0 ? Math.max(latest, h.year()) : latest;
                }
            }
            if (latest > 0 && !energy) {
                noEnergy.computeIfAbsent(rules.thresholds().indexOf(threshold), i -> new TreeMap<>())
                        .computeIfAbsent(latest, y -> new ArrayList<>())
                        .add(e.id());
            }
        }
        noEnergy.forEach((index, byYear) -> byYear.forEach((year, ids) -> problems.add(
                Obj.index(coveragePath + ".thresholds", index) + ".energyTce",
                "coverage in " + startYear + " is decided on energy use in the " + rules.lookbackYears()
                        + " year(s) before, and enterprise \"" + ids.get(0) + "\" has emissions but no energy use"
                        + " in its history for " + year
                        + (ids.size() > 1 ? " (nor do " + (ids.size() - 1) + " more)" : "")
                        + ", so it cannot be covered; give the energy use of " + year
                        + " (\"energy\" in the history, or column \"energy" + year + "\" of a register)")));
    }

    /** The sector ids {@code t} names ({@code "sectors": ["cement", ...]}); unknown ones are reported. */
    private static Set<String> readSectors(Obj t, SectorsReader sectors, Problems problems) {
        Set<String> named = new TreeSet<>();
        if (!t.has("sectors")) {
            return named;
        }
        List<JsonElement> ids = t.array("sectors", "sector ids the threshold applies to");
        if (ids.isEmpty() && t.get("sectors").isJsonArray()) {
            problems.add(
                    t.path("sectors"),
                    "expected at least one sector id, got an empty array (leave the key out for" + " every sector)");
        }
        for (int j = 0; j < ids.size(); j++) {
            String path = Obj.index(t.path("sectors"), j);
            String id = Values.id(ids.get(j), path, "sector id", problems, "");
            if (!id.isEmpty() && sectors.unit(id, path) != null && !named.add(id)) {
                problems.add(path, "sector \"" + id + "\" is listed twice");
            }
        }
        return named;
    }

    /**
     * What is wrong with {@code next} coming after {@code earlier}, or {@code null}: thresholds are in
     * ascending {@code fromYear}, and two from the same year apply to different sectors.
     */
    private static String orderProblem(List<Threshold> earlier, Threshold next) {
        Threshold last = earlier.get(earlier.size() - 1);
        if (next.fromYear() < last.fromYear()) {
            return "thresholds must be in ascending fromYear; " + next.fromYear() + " is before " + last.fromYear();
        }
        for (Threshold threshold : earlier) {
            if (threshold.fromYear() == next.fromYear() && threshold.overlaps(next)) {
                return "another threshold from " + next.fromYear() + " applies to "
                        + (next.sectors().isEmpty() || threshold.sectors().isEmpty()
                                ? "the same sectors"
                                : "sector "
                                        + next.sectors().stream()
                                                .filter(threshold.sectors()::contains)
                                                .findFirst()
                                                .orElseThrow())
                        + "; thresholds of one year must name different sectors";
            }
        }
        return null;
    }
}
