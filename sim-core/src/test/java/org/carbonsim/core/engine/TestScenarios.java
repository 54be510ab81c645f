package org.carbonsim.core.engine;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;

/** Small scenarios for engine tests, written out in full so that each test shows what it runs. */
final class TestScenarios {
    private TestScenarios() {}

    /**
     * Two firms of 100,000 t business-as-usual emissions each: A abates cheaply (linear MAC up to 40 yuan
     * at 40%), B cannot abate; a cap of 160,000 t with a 10% government reserve.
     *
     * @param years compliance years
     * @param shock output shock sd (0 for none)
     * @param market extra market fields, e.g. {@code "limitPct": 1}
     * @param agents extra agent fields
     * @param policy the policy object's fields
     */
    static Scenario twoFirms(int years, double shock, String market, String agents, String policy) {
        return twoFirms(years, shock, market, agents, policy, "", "");
    }

    /** {@link #twoFirms} with the compliance object's fields and extra allocation fields. */
    static Scenario twoFirms(
            int years,
            double shock,
            String market,
            String agents,
            String policy,
            String compliance,
            String allocation) {
        String shockFields = shock > 0 ? ", \"shockModel\": \"LOGNORMAL\", \"shockSd\": " + shock : "";
        String caps = capsByYear(years, 160_000);
        String json = "{\n"
                + "  \"schemaVersion\": 1,\n"
                + "  \"name\": \"two-firms\",\n"
                + "  \"description\": \"engine test\",\n"
                + "  \"seed\": 5,\n"
                + "  \"calendar\": {\"startYear\": 2024, \"years\": " + years + ", \"tradingDaysPerYear\": 40},\n"
                + "  \"market\": {\"initialPrice\": 40.00" + (market.isEmpty() ? "" : ", " + market) + "},\n"
                + "  \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],\n"
                + "  \"enterprises\": [\n"
                + "    {\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": 1.0" + shockFields + ","
                + " \"abatement\": {\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]},\n"
                + "    {\"id\": \"B\", \"name\": \"B\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": 1.0" + shockFields + ", \"abatement\": {\"type\": \"none\"},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}\n"
                + "  ],\n"
                + "  \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
                + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {" + caps + "}},"
                + " \"governmentReserveShare\": 0.1, \"preAllocationShare\": 1.0"
                + (allocation.isEmpty() ? "" : ", " + allocation) + "},\n"
                + "  \"agents\": {\"defaultStrategy\": \"COMPLIANCE\"" + (agents.isEmpty() ? "" : ", " + agents)
                + "},\n"
                + "  \"policy\": {" + policy + "},\n"
                + "  \"compliance\": {" + compliance + "}\n"
                + "}\n";
        return ScenarioLoader.parse(json, "two-firms.json", Path.of("."));
    }

    /**
     * Three firms that cannot abate, each emitting 100,000 t a year, allocated their 2023 emissions in
     * full (no government reserve; the cap is the sum): S was allocated 150,000 t and trades as a
     * compliance trader (50,000 t long), B as a compliance trader and I as an inactive firm, both
     * allocated 80,000 t (20,000 t short each). The market is long by 10,000 t a year, and the only
     * seller of what B and I lack is S.
     *
     * @param years compliance years of 40 trading days
     * @param compliance the compliance object's fields
     */
    static Scenario sellerAndTwoShortFirms(int years, String compliance) {
        String caps = capsByYear(years, 310_000);
        String json = industryHeader("seller-and-two-short-firms", years)
                + "  \"enterprises\": [\n"
                + enterprise("S", 150_000) + ",\n"
                + enterprise("B", 80_000) + ",\n"
                + enterprise("I", 80_000) + "\n"
                + "  ],\n"
                + "  \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
                + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {" + caps + "}},"
                + " \"governmentReserveShare\": 0, \"preAllocationShare\": 1.0},\n"
                + "  \"agents\": {\"defaultStrategy\": \"COMPLIANCE\", \"enterpriseStrategies\": {\"I\": \"INACTIVE\"}},\n"
                + "  \"policy\": {},\n"
                + "  \"compliance\": {" + compliance + "}\n"
                + "}\n";
        return ScenarioLoader.parse(json, "seller-and-two-short-firms.json", Path.of("."));
    }

    /**
     * Two firms that cannot abate, each emitting 100,000 t in one year of 40 trading days, with a cap
     * of 300,000 t of which {@code auctionShare} is auctioned on {@code auctionDays} to covered firms
     * only, in equal lots, and the rest allocated free by 2023 emissions of 200,000 t (S) and 60,000 t
     * (B). At 20% (60,000 t auctioned) S gets 184,615 t and is long 84,615 t, B gets 55,385 t and is
     * short 44,615 t, less than the auctions bring.
     *
     * @param auctionDays the auction days, e.g. {@code "0, 10, 20, 30"}
     * @param auctionShare the cap's share auctioned
     */
    static Scenario sellerAndAuctionBuyer(String auctionDays, double auctionShare) {
        String json = industryHeader("seller-and-auction-buyer", 1)
                + "  \"enterprises\": [\n"
                + enterprise("S", 200_000) + ",\n"
                + enterprise("B", 60_000) + "\n"
                + "  ],\n"
                + "  \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
                + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 300000}},"
                + " \"governmentReserveShare\": 0, \"auctionShare\": " + auctionShare
                + ", \"preAllocationShare\": 1.0},\n"
                + "  \"agents\": {\"defaultStrategy\": \"COMPLIANCE\"},\n"
                + "  \"policy\": {\"auctions\": {\"days\": [" + auctionDays + "], \"reservePrice\": 1,"
                + " \"coveredOnly\": true}},\n"
                + "  \"compliance\": {}\n"
                + "}\n";
        return ScenarioLoader.parse(json, "seller-and-auction-buyer.json", Path.of("."));
    }

    /**
     * A scenario's opening fields up to its enterprises: {@code years} of 40 trading days from 2024, an
     * initial price of CNY 40 and one industry sector allocated by 2023 emissions.
     */
    private static String industryHeader(String name, int years) {
        return "{\n"
                + "  \"schemaVersion\": 1,\n"
                + "  \"name\": \"" + name + "\",\n"
                + "  \"description\": \"engine test\",\n"
                + "  \"seed\": 5,\n"
                + "  \"calendar\": {\"startYear\": 2024, \"years\": " + years + ", \"tradingDaysPerYear\": 40},\n"
                + "  \"market\": {\"initialPrice\": 40.00},\n"
                + "  \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],\n";
    }

    /** An enterprise of {@link #sellerAndTwoShortFirms} emitting 100,000 t, with 2023 emissions {@code historyTonnes}. */
    private static String enterprise(String id, long historyTonnes) {
        return "    {\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"sector\": \"industry\","
                + " \"baseOutput\": 100000, \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"none\"},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": " + historyTonnes + "}]}";
    }

    /**
     * Two years of 40 trading days in which six firms that cannot abate (L0 to L5) are each allocated
     * 130,000 t for 100,000 t of emissions, and one (B) 50,000 t for the same: a market long by 130,000
     * t a year whose only buyer is B. Banking is allowed and the firms value a banked allowance at 0.8
     * of last year's average price, spread by {@code bankValueSpread}.
     */
    static Scenario longSellersAndOneBuyer(double bankValueSpread) {
        StringBuilder firms = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            firms.append(enterprise("L" + i, 130_000)).append(",\n");
        }
        String json = industryHeader("long-sellers-and-one-buyer", 2)
                + "  \"enterprises\": [\n"
                + firms
                + enterprise("B", 50_000) + "\n"
                + "  ],\n"
                + "  \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
                + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {" + capsByYear(2, 830_000) + "}},"
                + " \"governmentReserveShare\": 0, \"preAllocationShare\": 1.0},\n"
                + "  \"agents\": {\"defaultStrategy\": \"COMPLIANCE\", \"compliance\": {\"bankValueShare\": 0.8,"
                + " \"bankValueSpread\": " + bankValueSpread + "}},\n"
                + "  \"policy\": {},\n"
                + "  \"compliance\": {}\n"
                + "}\n";
        return ScenarioLoader.parse(json, "long-sellers-and-one-buyer.json", Path.of("."));
    }

    /** {@link #twoFirms} with output shocks and a group of noise traders, so that the seed matters. */
    static Scenario twoFirmsWithNoise(int years) {
        return twoFirms(
                years,
                0.05,
                "",
                "\"traders\": [{\"type\": \"noiseTraders\", \"count\": 6, \"dailyProbability\": 0.5,"
                        + " \"maxOrderTonnes\": 200, \"cash\": 200000, \"holdingsTonnes\": 2000}]",
                "");
    }

    /** A given cap's {@code byYear} fields: {@code capTonnes} in each of the {@code years} from 2024. */
    private static String capsByYear(int years, long capTonnes) {
        StringBuilder caps = new StringBuilder();
        for (int y = 0; y < years; y++) {
            caps.append(y == 0 ? "" : ", ")
                    .append("\"")
                    .append(2024 + y)
                    .append("\": ")
                    .append(capTonnes);
        }
        return caps.toString();
    }
}
