package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.cli.CommandLineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} writes {@code reserve.csv} for a scenario with a stability reserve, checked against a
 * market small enough to follow the reserve by hand, and no such file for a scenario without one.
 */
class ReserveFilesTest extends CommandLineTest {
    /**
     * One cement firm emits 500,000 t a year, with no abatement, output shocks or traders, and gets the
     * whole free pool (90% of the cap; its 2023 emissions are far above it), so what it holds at a year's
     * end, the circulation, is last year's plus the pool less 500,000 t; it never buys, so the auctions
     * (10% of the cap, on the year's first day) sell nothing. The reserve: above 600,000 t it takes in,
     * up to 900,000 t only the excess (a buffer zone), above that 24%; below 200,000 t it releases up to
     * 100,000 t; it opens holding 50,000 t.
     *
     * <ul>
     *   <li>2024, cap 1,300,000 t: 1,170,000 − 500,000 = 670,000 t in circulation, in the buffer zone:
     *       intake 670,000 − 600,000 = 70,000 t (at most 2024's auctions, 130,000 t); holdings 120,000 t.
     *   <li>2025, cap 300,000 t: its auctions hold 30,000 t, all withheld, so the reserve opens with
     *       50,000 + 30,000 = 80,000 t; 670,000 + 270,000 − 500,000 = 440,000 t lie between the thresholds.
     *   <li>2026, cap 200,000 t: 440,000 + 180,000 − 500,000 = 120,000 t, below 200,000 t: it releases
     *       min(100,000, 80,000) = 80,000 t, everything it holds.
     *   <li>2027, cap 1,500,000 t: its auctions offer 150,000 + 80,000 t; 120,000 + 1,350,000 − 500,000 =
     *       970,000 t, above the zone: 24% is 232,800 t, capped at 2027's 150,000 t auctioned.
     * </ul>
     */
    private static final String SCENARIO =
            """
            {"schemaVersion": 1, "name": "reserve-by-hand", "seed": 5,
             "calendar": {"startYear": 2024, "years": 4, "tradingDaysPerYear": 10},
             "market": {"initialPrice": 50, "limitPct": 0},
             "sectors": [{"id": "cement", "name": "Cement", "productUnit": "t clinker",
                          "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
             "enterprises": [{"id": "C1", "sector": "cement", "baseOutput": 500000, "emissionIntensity": 1,
                              "history": [{"year": 2023, "output": 500000, "emissions": 5000000}]}],
             "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
             "allocation": {"cap": {"type": "given",
                                    "byYear": {"2024": 1300000, "2025": 300000, "2026": 200000, "2027": 1500000}},
                            "auctionShare": 0.1, "preAllocationShare": 1},
             "policy": {"auctions": {"days": [0], "reservePrice": 0},
                        "stabilityReserve": {"upperThresholdTonnes": 600000, "bufferUpperTonnes": 900000,
                                             "lowerThresholdTonnes": 200000, "intakeRate": 0.24,
                                             "releaseTonnes": 100000, "initialReserveTonnes": 50000}},
             "compliance": {"banking": {"type": "allowed"},
                            "penalty": {"type": "eu", "perTonne": 100, "makeGood": true}}}
            """;

    @TempDir
    Path dir;

    @Test
    void eachYearOfTheReserveIsTheHandComputedOne() throws IOException {
        Path scenario = dir.resolve("reserve-by-hand.json");
        Files.writeString(scenario, SCENARIO, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(0, run("run", "" + scenario, "--quiet", "--no-charts", "--out", "" + out), err.toString());

        assertEquals(
                """
                year,opening_holdings_t,auction_withheld_t,auction_released_t,circulation_t,decision,intake_t,\
                release_t,holdings_t
                2024,50000,0,0,670000,buffer_intake,70000,0,120000
                2025,80000,30000,0,440000,none,0,0,80000
                2026,80000,0,0,120000,release,0,80000,0
                2027,0,0,80000,970000,intake,150000,0,150000
                """,
                Files.readString(out.resolve("reserve.csv"), StandardCharsets.UTF_8),
                "seed=5 reserve.csv");

        Path again = dir.resolve("again");
        assertEquals(0, run("run", "" + scenario, "--quiet", "--no-charts", "--out", "" + again), err.toString());
        assertArrayEquals(
                Files.readAllBytes(out.resolve("reserve.csv")),
                Files.readAllBytes(again.resolve("reserve.csv")),
                "seed=5 the same run writes the same bytes");
    }

    @Test
    void aScenarioWithoutAReserveWritesNoReserveCsv() throws IOException {
        Path out = dir.resolve("two");
        assertEquals(0, run("run", "classroom-two-firms", "--years", "1", "--quiet", "--no-charts", "--out", "" + out));
        assertFalse(Files.exists(out.resolve("reserve.csv")), "reserve.csv only with a stability reserve");
    }
}
