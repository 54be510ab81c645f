package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.coverage.Threshold;

/**
 * Reads a scenario's optional {@code coverage}: inclusion {@code thresholds} by {@code fromYear} (in
 * t CO2e and/or tce a year; 13,000 t CO2e from the start year when absent), {@code lookbackYears} and
 * {@code exitYearsBelow}. Thresholds must be in strictly ascending {@code fromYear} and each needs one
 * test above 0. Problems are reported at their JSON paths. Stateless.
 */
final class CoverageReader {
    /** Default inclusion threshold, t CO2e a year (Hubei Order 430, 2024). */
    static final long DEFAULT_THRESHOLD_TONNES = 13_000;

    private CoverageReader() {}

    /** The coverage rules of {@code o}, thresholds defaulting from {@code startYear}; {@code null} after a problem. */
    static CoverageRules read(Obj o, Problems problems, int startYear) {
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
                int tBefore = problems.count();
                Obj t = Obj.of(list.get(i), Obj.index(o.path("thresholds"), i), "a threshold", problems);
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
        return problems.build(o.path(), before, () -> new CoverageRules(thresholds, lookback, exit));
    }
}
