package org.carbonsim.core.montecarlo;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;

/** Small scenarios for Monte Carlo and calibration tests: two firms with output shocks and noise traders. */
public final class McScenarios {
    private McScenarios() {}

    /**
     * Two firms of 100,000 t each over one 20-day year, with output shocks and noise traders so the
     * seed matters.
     *
     * @param uncertainty the uncertainty block's fields, or empty for none
     */
    static Scenario twoFirms(String uncertainty) {
        return ScenarioLoader.parse(twoFirmsJson(uncertainty), "two-firms.json", Path.of("."));
    }

    /** The JSON of {@link #twoFirms}. */
    public static String twoFirmsJson(String uncertainty) {
        return "{\n"
                + "  \"schemaVersion\": 1,\n"
                + "  \"name\": \"two-firms\",\n"
                + "  \"description\": \"monte carlo test\",\n"
                + "  \"seed\": 5,\n"
                + "  \"calendar\": {\"startYear\": 2024, \"years\": 1, \"tradingDaysPerYear\": 20},\n"
                + "  \"market\": {\"initialPrice\": 40.00},\n"
                + "  \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],\n"
                + "  \"enterprises\": [\n"
                + "    {\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": 1.0, \"growthRate\": 0.0, \"shockModel\": \"LOGNORMAL\", \"shockSd\": 0.05,"
                + " \"abatement\": {\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]},\n"
                + "    {\"id\": \"B\", \"name\": \"B\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": 1.0, \"shockModel\": \"LOGNORMAL\", \"shockSd\": 0.05,"
                + " \"abatement\": {\"type\": \"none\"},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}\n"
                + "  ],\n"
                + "  \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
                + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 160000}},"
                + " \"governmentReserveShare\": 0.1, \"preAllocationShare\": 1.0},\n"
                + "  \"agents\": {\"defaultStrategy\": \"COMPLIANCE\","
                + " \"traders\": [{\"type\": \"noiseTraders\", \"count\": 6, \"dailyProbability\": 0.5,"
                + " \"maxOrderTonnes\": 200, \"cash\": 200000, \"holdingsTonnes\": 2000}]}"
                + (uncertainty.isEmpty() ? "" : ",\n  \"uncertainty\": {" + uncertainty + "}")
                + "\n}\n";
    }
}
