package org.carbonsim.core.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.Sector;

/**
 * Which enterprises a scheme covers when every year not yet verified is taken on trend, as a climate
 * office's trial allocation takes it, and from which year. A run's own coverage can differ where
 * shocks carry an enterprise across a threshold; this is the plan's view, known before any run.
 * Immutable (no state).
 */
public final class CoverageOnTrend {
    private CoverageOnTrend() {}

    /**
     * The first year each enterprise is covered in {@code years} years from {@code firstYear}, in the
     * order of that year and then of {@code enterprises}; an enterprise covered in none of them is left
     * out.
     */
    public static Map<String, Integer> firstYearCovered(
            CoverageRules coverage, List<Sector> sectors, List<Enterprise> enterprises, int firstYear, int years) {
        Economy economy = new Economy(sectors, enterprises);
        CoverageDecider decider = new CoverageDecider(coverage, sectors);
        Map<String, Integer> first = new HashMap<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            for (CoverageRecord record : decider.decide(year, economy.enterprises(), economy)) {
                if (record.covered()) {
                    first.putIfAbsent(record.enterpriseId(), year);
                }
            }
        }
        List<Enterprise> byYear = new ArrayList<>(enterprises);
        byYear.removeIf(e -> !first.containsKey(e.id()));
        byYear.sort(Comparator.comparingInt(e -> first.get(e.id())));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        byYear.forEach(e -> ordered.put(e.id(), first.get(e.id())));
        return ordered;
    }
}
