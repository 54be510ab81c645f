package org.carbonsim.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;

/**
 * A generated scenario of Hubei's size: {@value #ENTERPRISES} enterprises in four sectors (each with
 * a different allocation method and trading strategy: compliance traders, inactive firms,
 * zero-intelligence traders), linear, quadratic and stepped abatement curves, output shocks, a cap
 * below business as usual, primary auctions, Hubei's intervention rule, offsets, and every other
 * trader group (speculators, noise traders, zero-intelligence traders, a market maker), over {@value
 * #YEARS} years of 242 trading days. Built from a fixed seed as scenario text and read by the strict
 * loader, so it is checked like any scenario file.
 */
final class HubeiScaleScenario {
    static final int ENTERPRISES = 400;
    static final int YEARS = 7;

    private HubeiScaleScenario() {}

    static Scenario build() {
        return build(REVIEWS_EVERY_ROUND);
    }

    /** What {@link #build(String)} takes for the default review rate (every round). */
    static final String REVIEWS_EVERY_ROUND = "every-round";

    /**
     * The scenario with its enterprises re-pricing {@code reviewsPerDay} times a trading day ({@code
     * agents.compliance.reviewsPerDay}), or at the default with {@link #REVIEWS_EVERY_ROUND}.
     */
    static Scenario build(String reviewsPerDay) {
        SplittableRandom random = new SplittableRandom(2014);
        String[] sectors = {"power", "cement", "steel", "chemicals"};
        StringBuilder enterprises = new StringBuilder();
        long bau = 0;
        for (int i = 0; i < ENTERPRISES; i++) {
            String sector = sectors[i % sectors.length];
            long output = 50_000 + random.nextLong(1_000_000);
            double intensity = 0.5 + random.nextDouble();
            bau += Math.round(output * intensity);
            String curve;
            switch (i % 3) {
                case 0:
                    curve = String.format(
                            Locale.ROOT,
                            "{\"type\": \"linear\", \"maxCost\": %d, \"maxShare\": %.3f}",
                            20 + random.nextInt(100),
                            0.05 + random.nextDouble() * 0.2);
                    break;
                case 1:
                    curve = String.format(
                            Locale.ROOT,
                            "{\"type\": \"quadratic\", \"maxCost\": %d, \"maxShare\": %.3f}",
                            40 + random.nextInt(160),
                            0.05 + random.nextDouble() * 0.25);
                    break;
                default:
                    curve = String.format(
                            Locale.ROOT,
                            "{\"type\": \"steps\", \"steps\": [{\"name\": \"retrofit\", \"cost\": %d, \"share\": 0.05},"
                                    + " {\"name\": \"fuel switch\", \"cost\": %d, \"share\": 0.08, \"leadTimeYears\": 1}]}",
                            15 + random.nextInt(40),
                            60 + random.nextInt(80));
                    break;
            }
            enterprises
                    .append(i == 0 ? "" : ",\n")
                    .append(String.format(
                            Locale.ROOT,
                            "{\"id\": \"E%03d\", \"name\": \"Enterprise %d\", \"sector\": \"%s\", \"baseOutput\": %d,"
                                    + " \"growthRate\": 0.01, \"emissionIntensity\": %.4f, \"energyIntensity\": %.4f,"
                                    + " \"shockModel\": \"LOGNORMAL\", \"shockSd\": 0.05, \"abatement\": %s,"
                                    + " \"history\": [{\"year\": 2023, \"output\": %d, \"emissions\": %d}]}",
                            i,
                            i,
                            sector,
                            output,
                            intensity,
                            intensity * 0.4,
                            curve,
                            output,
                            Math.round(output * intensity)));
        }
        long cap = bau * 95 / 100;
        String json = "{\n"
                + "\"schemaVersion\": 1, \"name\": \"hubei-scale\", \"description\": \"generated benchmark\","
                + " \"seed\": 1,\n"
                + "\"calendar\": {\"startYear\": 2024, \"years\": " + YEARS + "},\n"
                + "\"market\": {\"initialPrice\": 40.0, \"limitPct\": 10, \"closingRule\": \"VWAP_DAY\","
                + " \"feePct\": 0.5},\n"
                + "\"sectors\": [\n"
                + " {\"id\": \"power\", \"name\": \"Power\", \"productUnit\": \"MWh\","
                + " \"allocation\": {\"type\": \"benchmark\", \"benchmark\": 0.9}},\n"
                + " {\"id\": \"cement\", \"name\": \"Cement\", \"productUnit\": \"t clinker\","
                + " \"allocation\": {\"type\": \"benchmark\", \"percentile\": 50, \"referenceYear\": 2023}},\n"
                + " {\"id\": \"steel\", \"name\": \"Steel\", \"productUnit\": \"t steel\","
                + " \"allocation\": {\"type\": \"historicalIntensity\", \"baseYears\": [2023]}},\n"
                + " {\"id\": \"chemicals\", \"name\": \"Chemicals\", \"productUnit\": \"t product\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023], \"controlFactor\": 0.97}}\n"
                + "],\n"
                + "\"enterprises\": [\n" + enterprises + "\n],\n"
                + "\"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
                + "\"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": " + cap + "}},"
                + " \"governmentReserveShare\": 0.05, \"auctionShare\": 0.02, \"preAllocationShare\": 0.5},\n"
                + "\"agents\": {\"defaultStrategy\": \"COMPLIANCE\","
                + (REVIEWS_EVERY_ROUND.equals(reviewsPerDay)
                        ? ""
                        : " \"compliance\": {\"reviewsPerDay\": " + Double.parseDouble(reviewsPerDay) + "},")
                + " \"sectorStrategies\": {\"steel\": \"INACTIVE\","
                + " \"chemicals\": \"ZERO_INTELLIGENCE\"},\n"
                + " \"traders\": [\n"
                + "  {\"type\": \"speculators\", \"count\": 10, \"style\": \"TREND\", \"cash\": 5000000,"
                + " \"positionLimitTonnes\": 200000, \"orderTonnes\": 5000},\n"
                + "  {\"type\": \"speculators\", \"count\": 10, \"style\": \"MEAN_REVERSION\", \"cash\": 5000000,"
                + " \"positionLimitTonnes\": 200000, \"orderTonnes\": 5000},\n"
                + "  {\"type\": \"noiseTraders\", \"count\": 200, \"dailyProbability\": 0.05, \"maxOrderTonnes\": 500,"
                + " \"cash\": 50000, \"holdingsTonnes\": 500},\n"
                + "  {\"type\": \"zeroIntelligence\", \"count\": 20, \"unitsPerTrader\": 100, \"minValue\": 20,"
                + " \"maxValue\": 60},\n"
                + "  {\"type\": \"marketMaker\", \"count\": 1, \"spreadTicks\": 20, \"quoteTonnes\": 2000,"
                + " \"inventoryLimitTonnes\": 100000, \"cash\": 20000000, \"holdingsTonnes\": 50000}\n"
                + " ]},\n"
                + "\"policy\": {\"auctions\": {\"days\": [0, 120], \"reservePrice\": 20, \"coveredOnly\": false},"
                + " \"intervention\": {\"limitHits\": 6, \"windowDays\": 20, \"quantityTonnes\": 1000000,"
                + " \"sells\": true, \"buys\": true, \"bankable\": false}},\n"
                + "\"compliance\": {\"offsets\": [{\"id\": \"ccer\", \"kind\": \"CCER\", \"supplyTonnesPerYear\": 2000000,"
                + " \"price\": 25, \"minVintageYear\": 2020, \"capShare\": 0.1, \"capBase\": \"ALLOCATION\"}],"
                + " \"banking\": {\"type\": \"allowed\"},"
                + " \"penalty\": {\"type\": \"hubei\", \"priceMultiple\": 2, \"fineCap\": 150000, \"deductionMultiple\": 2}}\n"
                + "}\n";
        return ScenarioLoader.parse(json, "hubei-scale.json", Path.of("."));
    }
}
