package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.carbonsim.core.agents.StrategyKind;
import org.carbonsim.core.allocation.AllocationMethod;
import org.carbonsim.core.allocation.AllocationShares;
import org.carbonsim.core.allocation.BenchmarkSource;
import org.carbonsim.core.allocation.CapSchedule;
import org.carbonsim.core.allocation.ShareChange;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.TechnologyStep;
import org.carbonsim.core.policy.PriceCorridor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private static Scenario base() {
        return ScenarioLoader.parse(TestScenarios.BASE, "base.json", Path.of("."));
    }

    private static List<String> problems(String json) {
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, "s.json", Path.of(".")));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /**
     * A percentile benchmark ranks the reference year's intensities, emissions ÷ output: a sector
     * whose histories give that year no output has none to rank, which the loader reports at the
     * reference year rather than the first allocation failing in the middle of a run.
     */
    @Test
    void aPercentileBenchmarkNeedsOutputInItsReferenceYear() {
        String percentile = TestScenarios.edit(
                "sectors.0.allocation", "{\"type\": \"benchmark\", \"percentile\": 50, \"referenceYear\": 2023}");
        assertEquals(
                List.of("$.sectors[0].allocation.referenceYear: reference year 2023 of the percentile benchmark: no"
                        + " enterprise of sector \"cement\" has output in its history for 2023, so there is no"
                        + " intensity (emissions / output) to rank; give the output of 2023 (\"output\" in the"
                        + " history, or column \"output2023\" of a register)"),
                problems(TestScenarios.edit(
                        percentile, "enterprises.0.history", "[{\"year\": 2023, \"emissions\": 0}]")));
        Scenario withOutput = ScenarioLoader.parse(
                TestScenarios.edit(
                        percentile,
                        "enterprises.0.history",
                        "[{\"year\": 2023, \"output\": 1000000, \"emissions\": 900000}]"),
                "s.json",
                Path.of("."));
        assertEquals(
                new BenchmarkSource.Percentile(50, 2023),
                ((AllocationMethod.Benchmark) withOutput.allocation().methodFor("cement", 2024)).source());
    }

    /**
     * A history year whose emissions an output-based method divides by output, or on whose output the
     * first pre-allocation is worked out, needs its output: a register with emissionsYYYY columns and
     * no outputYYYY (the output's default is 0) loaded, and then a historical intensity counted emissions
     * without their output (too high an intensity, or the design intensity when no base year had
     * output), a benchmark left the firm out of its ranking, and the firm was pre-allocated nothing.
     */
    @Test
    void historyAnOutputBasedMethodReadsNeedsItsOutput() {
        String percentile = TestScenarios.edit(
                "sectors.0.allocation", "{\"type\": \"benchmark\", \"percentile\": 50, \"referenceYear\": 2023}");
        String give = "; give the output of 2023 (\"output\" in the history, or column \"output2023\" of a register)";
        assertEquals(
                List.of(
                        "$.sectors[0].allocation.referenceYear: reference year 2023: enterprise \"C1\" has emissions"
                                + " but no output in its history for 2023, and the percentile benchmark ranks"
                                + " emissions / output" + give,
                        "$.allocation.preAllocationShare: the 2024 pre-allocation of sector \"cement\" is worked out"
                                + " on its enterprises' 2023 output, but enterprise \"C1\" has emissions and no output"
                                + " in its history for 2023, so it would be pre-allocated nothing" + give),
                problems(TestScenarios.edit(
                        percentile, "enterprises.0.history", "[{\"year\": 2023, \"emissions\": 900000}]")));
        assertEquals(
                List.of("$.sectors[1].allocation.baseYears[0]: base year 2022: enterprise \"K1\" has emissions but no"
                        + " output in its history for 2022, and the base years' intensity is their emissions / their"
                        + " output; give the output of 2022 (\"output\" in the history, or column \"output2022\" of"
                        + " a register)"),
                problems(TestScenarios.edit(
                        TestScenarios.edit(
                                "sectors.1.allocation",
                                "{\"type\": \"historicalIntensity\", \"baseYears\": [2022, 2023]}"),
                        "enterprises.1.history",
                        "[{\"year\": 2022, \"emissions\": 285000},"
                                + " {\"year\": 2023, \"output\": 200000, \"emissions\": 300000}]")));
        String noPreAllocation = TestScenarios.edit(percentile, "allocation.preAllocationShare", "0");
        assertEquals(
                1,
                problems(TestScenarios.edit(
                                noPreAllocation, "enterprises.0.history", "[{\"year\": 2023, \"emissions\": 900000}]"))
                        .size(),
                "without pre-allocation only the benchmark's reference year reads the output");
    }

    /**
     * Under a threshold of energy use alone the start year's coverage reads the energy of the history
     * years it looks back on: a history with a year's emissions and no energy (the default 0), as a
     * register without energyYYYY columns gives, loaded, and no firm was covered (a trial table with a
     * cap of 0 t).
     */
    @Test
    void anEnergyThresholdNeedsTheEnergyOfTheHistoryItLooksBackOn() {
        String energy = TestScenarios.edit("coverage.thresholds", "[{\"fromYear\": 2024, \"energyTce\": 10000}]");
        assertEquals(
                2,
                ScenarioLoader.parse(energy, "s.json", Path.of("."))
                        .enterprises()
                        .size(),
                "K1's 2023 history gives its energy use, so its 2022 without one is not needed");
        String noEnergy = TestScenarios.edit(
                energy,
                "enterprises.1.history",
                "[{\"year\": 2022, \"output\": 190000, \"emissions\": 285000},"
                        + " {\"year\": 2023, \"output\": 200000, \"emissions\": 300000}]");
        assertEquals(
                List.of("$.coverage.thresholds[0].energyTce: coverage in 2024 is decided on energy use in the 2"
                        + " year(s) before, and enterprise \"K1\" has emissions but no energy use in its history for"
                        + " 2023, so it cannot be covered; give the energy use of 2023 (\"energy\" in the history, or"
                        + " column \"energy2023\" of a register)"),
                problems(noEnergy));
        String both = TestScenarios.edit(
                noEnergy,
                "coverage.thresholds",
                "[{\"fromYear\": 2024, \"emissionsTonnes\": 13000, \"energyTce\": 10000}]");
        assertEquals(
                2,
                ScenarioLoader.parse(both, "s.json", Path.of(".")).enterprises().size(),
                "with an emissions test beside it the energy test is not the only way in");
    }

    @Test
    void aThresholdMayNameTheSectorsItAppliesTo() {
        Scenario s = ScenarioLoader.parse(
                TestScenarios.edit(
                        "coverage.thresholds",
                        "[{\"fromYear\": 2024, \"emissionsTonnes\": 13000},"
                                + " {\"fromYear\": 2025, \"emissionsTonnes\": 8000, \"sectors\": [\"cement\"]}]"),
                "s.json",
                Path.of("."));
        assertEquals(8_000, s.coverage().thresholdIn(2025, "cement").emissionsTonnes());
        assertEquals(13_000, s.coverage().thresholdIn(2025, "chemicals").emissionsTonnes());
        assertEquals(Set.of("cement"), s.coverage().thresholds().get(1).sectors());
    }

    @Test
    void aShareChangeSetsTheSharesItNamesAndCarriesTheOthersOver() {
        Scenario s = ScenarioLoader.parse(
                TestScenarios.edit(
                        "allocation.shareChanges",
                        "[{\"fromYear\": 2025, \"auctionShare\": 0, \"preAllocationShare\": 0}]"),
                "s.json",
                Path.of("."));
        // the base: reserve 0.08, auction 0.02, half pre-allocated
        assertEquals(new AllocationShares(0.08, 0, 0.02, 0.5), s.allocation().sharesIn(2024));
        assertEquals(new AllocationShares(0.08, 0, 0, 0), s.allocation().sharesIn(2025));
        assertEquals(
                List.of(new ShareChange(2025, new AllocationShares(0.08, 0, 0, 0))),
                s.allocation().shareChanges());
    }

    @Test
    void aMarketChangeSetsTheRulesItNamesAndCarriesTheOthersOver() {
        Scenario s = ScenarioLoader.parse(
                TestScenarios.edit(
                        "market.changes",
                        "[{\"fromYear\": 2025, \"closingRule\": \"VWAP_LAST_TRADES\", \"closingTrades\": 5,"
                                + " \"closingAuction\": true},"
                                + " {\"fromYear\": 2027, \"limitPct\": 5}]"),
                "s.json",
                Path.of("."));
        // the base: band 10%, fee 0.5%, the day's VWAP (closing trades 10 by default)
        MarketRules first = s.market().in(2024);
        assertEquals(
                List.of(ClosingRule.VWAP_DAY, 10, 1_000, 50),
                List.of(first.closingRule(), first.closingTrades(), first.limitBasisPoints(), first.feeBasisPoints()));
        assertEquals(
                List.of(
                        new MarketRuleChange(
                                2025,
                                1_000,
                                ClosingRule.VWAP_LAST_TRADES,
                                5,
                                false,
                                true,
                                50,
                                NoTradeClose.PREVIOUS_CLOSE),
                        new MarketRuleChange(
                                2027,
                                500,
                                ClosingRule.VWAP_LAST_TRADES,
                                5,
                                false,
                                true,
                                50,
                                NoTradeClose.PREVIOUS_CLOSE)),
                s.market().changes());
        MarketRules late = s.market().in(2030);
        assertEquals(
                List.of(ClosingRule.VWAP_LAST_TRADES, 5, 500, 50),
                List.of(late.closingRule(), late.closingTrades(), late.limitBasisPoints(), late.feeBasisPoints()));
        assertEquals(s.market().in(2025), s.market().in(2026), "2026 keeps 2025's rules");
        // the rules that hold in every year are the first year's
        assertEquals(
                List.of(s.market().tickFen(), s.market().initialPriceFen(), (long)
                        s.market().roundsPerDay()),
                List.of(late.tickFen(), late.initialPriceFen(), (long) late.roundsPerDay()));
        assertEquals(10, s.market().mostClosingTrades());
    }

    @Test
    void anInterventionNeedsABandInTheYearsItIsInForceOnly() {
        // no band in 2024, ±10% from 2025: an intervention from 2025 has limits to count, one from the
        // start has none in 2024
        JsonObject root = TestScenarios.base();
        root.getAsJsonObject("market").addProperty("limitPct", 0);
        root.getAsJsonObject("market")
                .add("changes", JsonParser.parseString("[{\"fromYear\": 2025, \"limitPct\": 10}]"));
        JsonObject intervention = root.getAsJsonObject("policy").getAsJsonObject("intervention");
        intervention.addProperty("fromYear", 2025);
        Scenario s = ScenarioLoader.parse(root.toString(), "s.json", Path.of("."));
        assertEquals(1_000, s.market().in(2025).limitBasisPoints());
        intervention.remove("fromYear");
        assertEquals(
                List.of("$.policy.intervention: an intervention counts limit hits but market.limitPct is 0 (no price"
                        + " band)"),
                problems(root.toString()));
    }

    @Test
    void pricesInYuanBecomeFen() {
        Scenario s = base();
        assertEquals(2550, s.market().initialPriceFen());
        assertEquals(1, s.market().tickFen());
        assertEquals(1000, s.market().limitBasisPoints());
        assertEquals(50, s.market().feeBasisPoints());
        assertEquals(2000, s.policy().auctions().reservePriceFen());
        assertEquals(6100, s.compliance().offsets().get(0).priceFenPerTonne());
        assertEquals(
                new AbatementCurve.Linear(8000, 0.2), s.enterprises().get(0).abatement());
        assertEquals(
                new AbatementCurve.Steps(List.of(new TechnologyStep("heat pumps", 5550, 0.1, 0))),
                s.enterprises().get(1).abatement());
    }

    /**
     * {@code $schema} is only for editors: the absolute address the bundled scenarios name, a relative
     * path to a local copy, or no {@code $schema} at all load the same scenario, and nothing is fetched.
     */
    @Test
    void aScenarioLoadsTheSameWithAnAbsoluteOrRelativeSchemaOrWithout() {
        String absolute = "\"$schema\": \"https://carbonsim.org/scenario.schema.json\",";
        assertTrue(TestScenarios.BASE.contains(absolute), "the base names the absolute schema");
        Scenario withAbsolute = ScenarioLoader.parse(TestScenarios.BASE, "s.json", Path.of("."));
        Scenario withRelative = ScenarioLoader.parse(
                TestScenarios.BASE.replace(absolute, "\"$schema\": \"./scenario.schema.json\","),
                "s.json",
                Path.of("."));
        Scenario without = ScenarioLoader.parse(TestScenarios.BASE.replace(absolute, ""), "s.json", Path.of("."));
        // compared as text: the uncertainty block keeps the source text, which differs by the line
        assertEquals(withAbsolute.toString(), withRelative.toString());
        assertEquals(withAbsolute.toString(), without.toString());
    }

    @Test
    void roundsPerDayIsReadFromTheMarket() {
        String json = TestScenarios.edit("market.roundsPerDay", "150");
        assertEquals(
                150, ScenarioLoader.parse(json, "s.json", Path.of(".")).market().roundsPerDay());
    }

    @Test
    void defaultsAreApplied() {
        Scenario s = base();
        assertEquals(Calendar.DEFAULT_TRADING_DAYS, s.calendar().tradingDaysPerYear());
        assertEquals(ClosingRule.VWAP_DAY, s.market().closingRule());
        assertEquals(NoTradeClose.PREVIOUS_CLOSE, s.market().noTradeClose());
        assertEquals(MarketRules.DEFAULT_ROUNDS_PER_DAY, s.market().roundsPerDay());
        assertEquals(ComplianceRules.LAST_TRADING_DAY, s.compliance().deadlineDay());
        assertEquals(new BankingRule.Allowed(), s.compliance().banking());
        assertEquals(
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2), s.compliance().penalty());
        assertEquals(PriceCorridor.NONE, s.policy().corridor());
        assertTrue(s.policy().stabilityReserve().isEmpty());
        assertEquals(6, s.policy().intervention().orElseThrow().limitHits());
        assertEquals(20, s.policy().intervention().orElseThrow().windowDays());
        assertEquals(2, s.coverage().exitYearsBelow());
        assertEquals(2, s.coverage().lookbackYears());
        assertEquals(0.5, s.allocation().shares().preAllocationShare());
        assertEquals(OptionalDouble.empty(), s.allocation().marketAdjustmentFactor());
        assertEquals(AgentsReader.DEFAULT_COMPLIANCE, s.agents().compliance());
        assertEquals(0, s.agents().compliance().estimateIntervalDays(), "no estimates unless a scenario asks");
        assertEquals(false, s.compliance().deadlineReserveSale());
        assertEquals(0.1, s.compliance().offsets().get(0).capShare());
        assertEquals(CapBase.ALLOCATION, s.compliance().offsets().get(0).capBase());
        Enterprise c1 = s.enterprises().get(0);
        assertEquals("C1", c1.name());
        assertEquals(365, c1.operatingDays());
        assertEquals(Enterprise.ALWAYS_OPEN, c1.openingYear());
        assertEquals(Enterprise.NEVER_CLOSES, c1.closureYear());
    }

    @Test
    void recordsHoldTheFileValues() {
        Scenario s = base();
        assertEquals("base", s.name());
        assertEquals(7, s.seed());
        assertEquals(new Calendar(2024, 2, 242), s.calendar());
        assertEquals(
                new CapSchedule.Given(java.util.Map.of(2024, 1_000_000L, 2025, 950_000L)),
                s.allocation().cap());
        assertEquals(0.08, s.allocation().shares().governmentReserveShare());
        assertEquals(
                new AllocationMethod.Benchmark(new BenchmarkSource.Fixed(0.8534), 1),
                s.allocation().methodFor("cement", 2024));
        assertEquals(
                new AllocationMethod.HistoricalEmissions(List.of(2022, 2023), 0.97),
                s.allocation().methodFor("chemicals", 2024));
        assertEquals(
                new AllocationMethod.HistoricalIntensity(List.of(2024), 1),
                s.allocation().methodFor("chemicals", 2025));
        assertEquals(
                List.of(new HistoryYear(2022, 190000, 285000, 0), new HistoryYear(2023, 200000, 300000, 110000)),
                s.enterprises().get(1).history());
        assertEquals(StrategyKind.ZERO_INTELLIGENCE, s.agents().strategyOf("K1", "chemicals"));
        assertEquals(StrategyKind.INACTIVE, s.agents().strategyOf("C1", "cement"));
        assertEquals(List.of(0, 120), s.policy().auctions().days());
        assertEquals(
                new Distribution.Normal(1_000_000, 50_000),
                s.uncertainty().parameters().get(0).distribution());
    }

    @Test
    void allProblemsAreReportedTogether() {
        String json = TestScenarios.BASE
                .replace("\"initialPrice\": 25.50", "\"initialPrice\": 25.505")
                .replace("\"years\": 2", "\"years\": 0")
                .replace("\"sector\": \"cement\"", "\"sector\": \"cemnt\"")
                .replace("\"reservePrice\": 20", "\"reservePrice\": -1, \"colour\": 1");
        assertEquals(
                List.of(
                        "$.calendar.years: expected an integer in 1..200 (compliance years), got 0",
                        "$.market.initialPrice: expected a price on the 0.01 yuan tick grid (CNY per t), got 25.505",
                        "$.enterprises[0].sector: unknown sector \"cemnt\" (did you mean \"cement\"?)",
                        "$.policy.auctions.reservePrice: expected a price >= 0 in yuan, at most 1000000000000 (CNY"
                                + " per t), got -1",
                        "$.policy.auctions.colour: unknown key (allowed: days, reservePrice, coveredOnly)"),
                problems(json));
    }

    @Test
    void aCalendarWithoutItsYearsIsReportedOnceNotAgainAtEveryYearCheckedAgainstIt() {
        // before: cycles in 2024 and 2025 were "expected a year of the calendar, 2024 to 2024" (years 0)
        // or "2000 to 2000" (no calendar), a year no one wrote
        String cycles = "\"penalty\": {\"type\": \"hubei\"}, \"cycles\": [{\"fromYear\": 2024, \"toYear\": 2024},"
                + " {\"fromYear\": 2025, \"toYear\": 2025}]";
        String withCycles = TestScenarios.BASE.replace("\"penalty\": {\"type\": \"hubei\"}", cycles);
        assertEquals(
                List.of("$.calendar.years: expected an integer in 1..200 (compliance years), got 0"),
                problems(withCycles.replace("\"years\": 2", "\"years\": 0")));
        assertEquals(
                List.of("$.calendar: missing required key \"startYear\" (year)"),
                problems(withCycles.replace("\"startYear\": 2024, ", "")));
        // the cycles' own order is still checked without a calendar
        assertEquals(
                List.of(
                        "$.calendar.years: expected an integer in 1..200 (compliance years), got 0",
                        "$.compliance.cycles[1].toYear: expected a year from fromYear 2025 on, got 2024"),
                problems(withCycles
                        .replace("\"years\": 2", "\"years\": 0")
                        .replace("\"fromYear\": 2025, \"toYear\": 2025", "\"fromYear\": 2025, \"toYear\": 2024")));
    }

    @Test
    void anUnknownSectorInAScenarioWithoutSectorsSaysThereAreNone() {
        // before: "unknown sector \"cement\" (sectors: )"
        List<String> found = problems(TestScenarios.edit("sectors", "[]"));
        assertTrue(
                found.contains("$.enterprises[0].sector: unknown sector \"cement\" (the scenario defines no sectors)"),
                found.toString());
    }

    @Test
    void problemsBeyondTheLimitAreCounted() {
        StringBuilder enterprises = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            enterprises
                    .append(i == 0 ? "" : ",")
                    .append("{\"id\": \"E")
                    .append(i)
                    .append("\"}");
        }
        String json = TestScenarios.edit("enterprises", "[" + enterprises + "]");
        List<String> found = problems(json);
        assertEquals(Problems.LIMIT + 1, found.size());
        assertTrue(found.get(Problems.LIMIT).matches("s\\.json: \\.\\.\\. and \\d+ more problems"), found.get(100));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertEquals(
                List.of("s.json:3:3: malformed JSON: expected ',' or '}'"), problems("{\n  \"a\": 1\n  \"b\": 2\n}"));
        assertEquals(List.of("s.json:1:1: malformed JSON: unexpected end of input"), problems(""));
        assertEquals(
                List.of("s.json:1:10: malformed JSON: unexpected content after the top-level value near 'x'"),
                problems("{\"a\": 1} x"));
        assertEquals(
                List.of("s.json:1:7: malformed JSON: expected a JSON value (a double-quoted string, a number, true,"
                        + " false, null, an object or an array; no comments, NaN or Infinity) near 'NaN}'"),
                problems("{\"a\": NaN}"));
        // gson's own words ("Unexpected value", "Invalid escape sequence", ...) never reach the user
        assertEquals(
                List.of("s.json:1:7: malformed JSON: expected a JSON value (a double-quoted string, a number, true,"
                        + " false, null, an object or an array; no comments, NaN or Infinity) near ']}'"),
                problems("{\"a\": ]}"));
        assertEquals(
                List.of("s.json:1:9: malformed JSON: invalid escape in a string at $.a; accepted are \\\" \\\\ \\/ \\b"
                        + " \\f \\n \\r \\t and \\u with four hexadecimal digits"),
                problems("{\"a\": \"x\\'y\"}"));
        assertEquals(
                List.of("s.json:1:9: malformed JSON: malformed escape \\u12g4 in a string at $.a; \\u takes four"
                        + " hexadecimal digits (\\u00e9)"),
                problems("{\"a\": \"x\\u12g4\"}"));
        assertEquals(
                List.of("s.json:1:8: malformed JSON: a control character (U+0000 to U+001F, such as a tab) in a string"
                        + " at $.a; write it as an escape (\\t, \\n, \\u0001)"),
                problems("{\"a\": \"x\ty\"}"));
    }

    /**
     * A NUL character is named where it is, as what it likely means: a file that begins with NUL bytes was
     * "expected ',' or '}' near '??{...'", and UTF-16 text read without its byte-order mark has one after
     * every ASCII character.
     */
    @Test
    void aNulCharacterIsNamedAsABinaryOrUtf16File() {
        String what = "malformed JSON: a NUL character (U+0000), which no JSON text holds: is this a binary file,"
                + " or text in UTF-16 without its byte-order mark?";
        assertEquals(List.of("s.json:1:1: " + what), problems("\0\0{\"a\": 1}"));
        assertEquals(List.of("s.json:1:2: " + what), problems("{\0\"\0a\0\"\0:\0 1}"));
        assertEquals(List.of("s.json:2:9: " + what), problems("{\"a\": 1,\n \"b\": \"x\0\"}"));
    }

    /**
     * gson's strict reader reads a quote, a comment's start, a ';' or '=', an extra ',' or an unquoted
     * key's first character before it finds it lenient, and reports the column after it; before, these
     * were one column late (1:11 for the 'x' at 1:10 of {@code {"a": 1} x}), a ';' after a number was
     * placed on the number and every one of them asked for "a JSON value".
     */
    @Test
    void whatOnlyLenientJsonReadsIsNamedAtItsOwnColumnWithWhatWasExpected() {
        String value = "expected a JSON value (a double-quoted string, a number, true, false, null, an object or an"
                + " array; no comments, NaN or Infinity)";
        assertEquals(List.of("s.json:1:7: malformed JSON: " + value + " near ''x'}'"), problems("{\"a\": 'x'}"));
        assertEquals(
                List.of("s.json:2:1: malformed JSON: a comment, which JSON does not allow, near '# note'"),
                problems("{\"a\": 1\n# note\n}"));
        assertEquals(
                List.of("s.json:1:7: malformed JSON: a comment, which JSON does not allow, near '// x'"),
                problems("{\"a\": // x\n1}"));
        assertEquals(List.of("s.json:1:8: malformed JSON: expected ',' or '}' near ';}'"), problems("{\"a\": 1;}"));
        assertEquals(
                List.of("s.json:1:13: malformed JSON: expected ',' or '}' near ';}'"), problems("{\"a\": true  ;}"));
        assertEquals(
                List.of("s.json:1:9: malformed JSON: expected ',' or ']' near ';2]}'"), problems("{\"a\": [1;2]}"));
        assertEquals(List.of("s.json:1:5: malformed JSON: expected ':' near '=>1}'"), problems("{\"a\"=>1}"));
        assertEquals(
                List.of("s.json:1:2: malformed JSON: expected a double-quoted key near 'a: 1}'"), problems("{a: 1}"));
        assertEquals(
                List.of("s.json:1:9: malformed JSON: expected a double-quoted key near 'bc: 2}'"),
                problems("{\"x\":1, bc: 2}"));
        assertEquals(
                List.of("s.json:1:2: malformed JSON: expected a double-quoted key near ''a': 1}'"),
                problems("{'a': 1}"));
        assertEquals(List.of("s.json:1:4: malformed JSON: " + value + " near ',2]'"), problems("[1,,2]"));
        assertEquals(List.of("s.json:1:10: malformed JSON: " + value + " near ']}'"), problems("{\"a\": [1,]}"));
        assertEquals(
                List.of("s.json:1:8: malformed JSON: unexpected content after the top-level value near '}'"),
                problems("{\"a\":1}}"));
        // gson's "Expected value" is said in carbonsim's words too
        assertEquals(List.of("s.json:1:7: malformed JSON: " + value + " near '}'"), problems("{\"a\": }"));
        // a value gson does not read at all is still named where it starts
        assertEquals(List.of("s.json:1:7: malformed JSON: " + value + " near 'True}'"), problems("{\"a\": True}"));
    }

    /**
     * The fragment a message quotes is cut after 12 characters, not 12 UTF-16 units: an emoji at the cut
     * was split in half and printed as a lone surrogate.
     */
    @Test
    void aQuotedFragmentNeverSplitsAnEmoji() {
        String emoji = "\uD83D\uDE00";
        String value = "expected a JSON value (a double-quoted string, a number, true, false, null, an object or an"
                + " array; no comments, NaN or Infinity)";
        assertEquals(
                List.of("s.json:1:6: malformed JSON: " + value + " near '," + emoji.repeat(11) + "'"),
                problems("[1,2,," + emoji.repeat(20) + "]"));
        assertEquals(
                List.of("s.json:2:1: malformed JSON: a comment, which JSON does not allow, near '#" + emoji.repeat(11)
                        + "'"),
                problems("{\"a\": 1,\n#" + emoji.repeat(20) + "\n\"b\": 2}"));
    }

    /**
     * A file whose lines end in a carriage return alone (an old Mac file) is reported at the line an
     * editor shows; gson counts line feeds only, and every problem was on line 1.
     */
    @Test
    void aFileWithCarriageReturnLineEndsIsReportedAtItsLines() {
        String value = "expected a JSON value (a double-quoted string, a number, true, false, null, an object or an"
                + " array; no comments, NaN or Infinity)";
        assertEquals(
                List.of("s.json:3:6: malformed JSON: " + value + " near 'x}'"),
                problems("{\"a\": 1,\r\"b\": 2,\r\"c\": x}"));
        assertEquals(
                List.of("s.json:3:6: malformed JSON: " + value + " near 'x}'"),
                problems("{\"a\": 1,\r\n\"b\": 2,\r\n\"c\": x}"));
        assertEquals(
                List.of("s.json:2:1: malformed JSON: a comment, which JSON does not allow, near '# the \"price'"),
                problems("{\"a\": 1,\r# the \"price\r\"b\": 1\r}"));
        assertEquals(List.of("s.json:2:9: malformed JSON: unterminated string"), problems("{\"a\": 1,\r\"b\": \"x}"));
    }

    /**
     * A {@code #} line is named a comment wherever it is, also after the top-level value (a note at the end
     * of the file) and with an unclosed quote in it; there it was "unexpected content".
     */
    @Test
    void aCommentAfterTheTopLevelValueIsNamedAComment() {
        assertEquals(
                List.of("s.json:2:1: malformed JSON: a comment, which JSON does not allow, near '# the \"price'"),
                problems("{\"a\": 1}\n# the \"price"));
        assertEquals(
                List.of("s.json:1:10: malformed JSON: a comment, which JSON does not allow, near '// it\'s'"),
                problems("{\"a\": 1} // it's"));
        assertEquals(
                List.of("s.json:2:3: malformed JSON: a comment, which JSON does not allow, near '# \"b\": \"y'"),
                problems("{\"a\": \"x\",\n  # \"b\": \"y\n\"c\": 1}"));
        assertEquals(
                List.of("s.json:1:10: malformed JSON: unexpected content after the top-level value near 'x'"),
                problems("{\"a\": 1} x"));
    }

    @Test
    void aNumberTooLongIsReportedAsANumberAtWhereItStarts() {
        String tooLong =
                " numbers are accepted up to 1000 characters, a large or small one with an exponent" + " (1.5e9, 2e-7)";
        // 100,001 characters: gson's reader gives up on it as if it were no number at all
        assertEquals(
                List.of("s.json:2:8: malformed JSON: number too long: 100001 characters (10000000000000000000...) at"
                        + " $.a;" + tooLong),
                problems("{\n  \"a\": 1" + "0".repeat(100_000) + "\n}"));
        // 1,001 characters, which gson reads: refused in the same words
        assertEquals(
                List.of("s.json:1:2: malformed JSON: number too long: 1001 characters (-1.00000000000000000...) at"
                        + " $[0];" + tooLong),
                problems("[-1." + "0".repeat(998) + "]"));
        assertEquals(
                List.of("s.json:1:7: malformed JSON: number 1e99999999999 at $.a has an exponent too large to read;"
                        + " exponents of up to 9 digits are accepted (-999999999 to 999999999)"),
                problems("{\"a\": 1e99999999999}"));
        String longest = "0." + "0".repeat(997) + "1";
        assertEquals(
                "[1E-998,1E+999999999,1E-999999999]",
                StrictJson.read("[" + longest + ", 1e999999999, 1E-0000000000999999999]", "s.json")
                        .toString());
    }

    @Test
    void anUnpairedSurrogateEscapeIsNamedAtItsColumn() {
        String rule = " a \\uD800-\\uDBFF escape is accepted only directly followed by a \\uDC00-\\uDFFF escape,"
                + " the pair writing one character (\\uD83D\\uDE00 for U+1F600); write any other character as itself"
                + " or as \\uXXXX outside D800-DFFF";
        assertEquals(
                List.of("s.json:2:17: malformed JSON: unpaired UTF-16 surrogate \\ud800 in a string at $.name;" + rule),
                problems("{\n  \"name\": \"Firm \\ud800 x\"\n}"));
        // a low surrogate alone, after an escaped quote and backslash
        assertEquals(
                List.of("s.json:1:15: malformed JSON: unpaired UTF-16 surrogate \\uDC00 in a string at $[1];" + rule),
                problems("[\"a\", \"\\\"\\\\b\\\\\\uDC00\"]"));
        // two high surrogates: the first has no low one after it
        assertEquals(
                List.of("s.json:1:3: malformed JSON: unpaired UTF-16 surrogate \\ud83d in a string at $[0];" + rule),
                problems("[\"\\ud83d\\ud83d\\ude00\"]"));
        assertEquals(
                "[\"\uD83D\uDE00\"]",
                StrictJson.read("[\"\\ud83d\\ude00\"]", "s.json").toString());
    }

    @Test
    void missingSectionsAreEachReported() {
        assertEquals(
                List.of(
                        "$.schemaVersion: expected 1 (the scenario format this build reads), got 2",
                        "$: missing required key \"calendar\" (years and trading days)",
                        "$: missing required key \"market\" (exchange rules)",
                        "$: missing required key \"sectors\" (the covered sectors, [] for none)",
                        "$: missing required key \"allocation\" (cap and reserves)",
                        "$.colour: unknown key (allowed: $schema, schemaVersion, name, description, seed, calendar, market,"
                                + " sectors, enterprises, enterpriseRegister, populations, coverage, allocation, agents,"
                                + " policy, compliance, uncertainty, finance, expectedDepartures, mrv, cbam)"),
                problems("{\"schemaVersion\": 2, \"name\": \"x\", \"colour\": 1}"));
        assertEquals(List.of("$: expected an object (a scenario), got an array"), problems("[]"));
    }

    @Test
    void duplicateKeysAreReported() {
        assertTrue(problems(TestScenarios.BASE.replace("\"seed\": 7,", "\"seed\": 7, \"seed\": 8,"))
                .contains("$.seed: duplicate key \"seed\""));
    }

    /**
     * The 65th level is named at the '[' or '{' that opens it: column 69 of {@code {"a":[[[...}, the
     * object being level 1 and the first '[' at column 6 level 2. Before, only the path was given.
     */
    @Test
    void deepNestingIsRefusedWithAPathAtTheLineAndColumnWhereItGoesTooDeep() {
        String json = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String tooDeep = "$.a" + "[0]".repeat(63) + ": nesting deeper than 64 levels of objects and arrays";
        assertEquals(List.of(tooDeep), problems(json));
        assertEquals(List.of("s.json:1:69: " + tooDeep), lines(json));
        // on the third line, in objects of arrays: level 65 is the '[' of the 32nd {"d":[ at column 196
        String objects = "{\n\"b\": 1,\n\"c\":" + "{\"d\":[".repeat(40) + "1" + "]}".repeat(40) + "}";
        List<String> found = lines(objects);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("s.json:3:" + (5 + 6 * 31 + 5) + ": $.c"), found.get(0));
    }

    /**
     * A character outside the Basic Multilingual Plane (an emoji, U+1F600) takes two UTF-16 units but
     * one column in an editor; every column reported counts it once, wherever it comes from (gson's
     * reader, the column of what only lenient JSON reads, a number, a surrogate, the nesting limit).
     * Before, each was one column late for each such character before it on the line.
     */
    @Test
    void columnsCountCharactersAsEditorsDoNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertEquals(List.of("s.json:2:5: malformed JSON: expected ',' or ']'"), problems("[\n\"" + emoji + "\" 1]"));
        assertEquals(
                List.of("s.json:1:12: malformed JSON: expected a double-quoted key near 'b: 1}'"),
                problems("{\"a\": \"" + emoji + "\", b: 1}"));
        assertEquals(
                List.of("s.json:1:8: malformed JSON: expected a JSON value (a double-quoted string, a number, true,"
                        + " false, null, an object or an array; no comments, NaN or Infinity) near 'NaN]'"),
                problems("[\"" + emoji + emoji + "\", NaN]"));
        assertTrue(
                problems("[\"" + emoji + "\", 1e99999999999]").get(0).startsWith("s.json:1:7: malformed JSON: number"),
                problems("[\"" + emoji + "\", 1e99999999999]").toString());
        assertTrue(
                problems("[\"" + emoji + " \\ud800\"]")
                        .get(0)
                        .startsWith("s.json:1:5: malformed JSON: unpaired UTF-16 surrogate \\ud800"),
                problems("[\"" + emoji + " \\ud800\"]").toString());
        assertEquals(
                "s.json:1:69: $.a" + "[0]".repeat(63) + ": nesting deeper than 64 levels of objects and arrays",
                lines("{\"" + emoji + "\":" + "[".repeat(100)).get(0).replace("$." + emoji, "$.a"));
        // a character of the Basic Multilingual Plane (Chinese) was and is one column
        assertEquals(
                List.of("s.json:1:12: malformed JSON: expected ',' or '}'"), problems("{\"a\": \"\u6e56\u5317\" 1}"));
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkIsNamedAtTheColumnAnEditorShows() {
        byte[] text = "{\"name\": \"x?\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        bytes[bytes.length - 3] = (byte) 0xFF;
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(bytes, "u.json", Path.of(".")));
        assertEquals(
                "u.json:1:12: invalid UTF-8 byte sequence (byte offset 14); save the file as UTF-8",
                e.problems().get(0).toString());
    }

    private static List<String> lines(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, "s.json", Path.of(".")))
                .lines();
    }

    @Test
    void utf16WithItsByteOrderMarkIsNamedAsUtf16() {
        // what Windows Notepad writes when a file is saved as "Unicode" (little-endian) or "Unicode big endian"
        byte[] text = "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] little = new byte[text.length + 2];
        little[0] = (byte) 0xFF;
        little[1] = (byte) 0xFE;
        System.arraycopy(text, 0, little, 2, text.length);
        byte[] big = ("\uFEFF{\"name\": \"x\"}").getBytes(StandardCharsets.UTF_16BE);
        assertEquals(
                "u.json:1:1: the file is in UTF-16LE (its byte-order mark says so), not UTF-8; save it as UTF-8",
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(little, "u.json", Path.of(".")))
                        .problems()
                        .get(0)
                        .toString());
        assertEquals(
                "u.json:1:1: the file is in UTF-16BE (its byte-order mark says so), not UTF-8; save it as UTF-8",
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(big, "u.json", Path.of(".")))
                        .problems()
                        .get(0)
                        .toString());
    }

    @Test
    void invalidUtf8GivesLineAndColumn() {
        byte[] bytes = "{\n  \"name\": \"x\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(bytes, "u.json", Path.of(".")));
        assertEquals(
                "u.json:2:13: invalid UTF-8 byte sequence (byte offset 14); save the file as UTF-8",
                e.problems().get(0).toString());
    }

    @Test
    void missingFileIsAProblem() {
        Path file = dir.resolve("none.json");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "file not found")), e.problems());
    }

    @Test
    void folderInPlaceOfScenarioIsNamedAsOne() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
        assertEquals(List.of(new Problem(dir.toString(), "is a folder, not a scenario file")), e.problems());
    }

    @Test
    void fileInPlaceOfAFolderGivesTheSystemsReason() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x").resolve("s.json");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "cannot be read (Not a directory)")), e.problems());
    }

    @Test
    void registerRowsBecomeEnterprises() throws IOException {
        Files.writeString(
                dir.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity,macType,macMaxCost,macMaxShare,emissions2022,emissions2023,"
                        + "output2023\r\n"
                        + "R1,\"Wuhan Cement, Ltd.\nPlant 1\",cement,500000,0.85,linear,60,0.1,,,\r\n"
                        + "R2,\"Plant \"\"Two\"\"\",chemicals,1000,2,,,,1900,2000,1000\r\n");
        String json = TestScenarios.edit("enterpriseRegister", "\"firms.csv\"");
        Files.writeString(dir.resolve("s.json"), json);
        Scenario s = ScenarioLoader.load(dir.resolve("s.json"));
        Enterprise r1 = s.enterprises().get(2);
        assertEquals("Wuhan Cement, Ltd.\nPlant 1", r1.name());
        assertEquals(new AbatementCurve.Linear(6000, 0.1), r1.abatement());
        assertEquals("Plant \"Two\"", s.enterprises().get(3).name());
        assertEquals(
                List.of(new HistoryYear(2022, 0, 1900, 0), new HistoryYear(2023, 1000, 2000, 0)),
                s.enterprises().get(3).history());
    }

    @Test
    void aRegisterNumberInFullWidthDigitsSaysOnlyAsciiDigitsAreRead() throws IOException {
        Files.writeString(
                dir.resolve("wide.csv"),
                "id,sector,baseOutput,emissionIntensity,operatingDays\n" + "A,cement,１２０００,0.9,３００\n");
        assertEquals(
                List.of(
                        "wide.csv:2:3: expected a number in 0..1000000000000000 (baseOutput, t clinker a year), got"
                                + " \"１２０００\", whose digits are not ASCII 0-9 (full-width ones, say): only ASCII"
                                + " digits are read as a number",
                        "wide.csv:2:5: expected an integer in 1..366 (operatingDays, days a year), got \"３００\","
                                + " whose digits are not ASCII 0-9 (full-width ones, say): only ASCII digits are read"
                                + " as a number"),
                problems(TestScenarios.edit("enterpriseRegister", "\"wide.csv\""), dir));
    }

    /**
     * A register has no comments: an id may start with #, so a line starting with # is an enterprise
     * ("#3" loads as it did), and one that is not a valid enterprise (or header) says that comments are
     * not allowed, where before it said only "expected 4 fields" or "unknown column".
     */
    @Test
    void aRegisterLineStartingWithHashIsAnEnterpriseAndOneThatFailsSaysCommentsAreNotAllowed() throws IOException {
        Files.writeString(
                dir.resolve("firms.csv"),
                "id,sector,baseOutput,emissionIntensity\n"
                        + "# from the MRV reports of 2023\n"
                        + "#3,cement,1000,0.9\n"
                        + "#4,cement,lots,0.9\n");
        String comments = "comments are not allowed in an enterprise register (a line starting with # is read as an"
                + " enterprise)";
        assertEquals(
                List.of(
                        "firms.csv:2:1: " + comments + ": expected 4 fields (as in the header), got 1",
                        "firms.csv:4:3: expected a number in 0..1000000000000000 (baseOutput, t clinker a year), got"
                                + " \"lots\"",
                        "firms.csv:4:1: " + comments),
                problems(TestScenarios.edit("enterpriseRegister", "\"firms.csv\""), dir));
        Files.writeString(dir.resolve("firms.csv"), "id,sector,baseOutput,emissionIntensity\n#3,cement,1000,0.9\n");
        Files.writeString(dir.resolve("s.json"), TestScenarios.edit("enterpriseRegister", "\"firms.csv\""));
        assertTrue(
                ScenarioLoader.load(dir.resolve("s.json")).enterprises().stream()
                        .anyMatch(e -> e.id().equals("#3")),
                "an id starting with # is an enterprise");

        Files.writeString(
                dir.resolve("firms.csv"), "# firms, 2023\nid,sector,baseOutput,emissionIntensity\nA,cement,1000,0.9\n");
        assertEquals(
                List.of("firms.csv:1:1: comments are not allowed in an enterprise register: expected the header row"
                        + " naming the columns (id,sector,baseOutput,emissionIntensity, ...) as the first line, got"
                        + " \"# firms, 2023\""),
                problems(TestScenarios.edit("enterpriseRegister", "\"firms.csv\""), dir));
    }

    @Test
    void registerProblemsGiveFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "id,sector,baseOutput,emissionIntensity,colour\n");
        Files.writeString(
                dir.resolve("bad2.csv"),
                "id,sector,baseOutput,emissionIntensity,operatingDays\n"
                        + "A,cement,-5,0.9,\n"
                        + "\"B\",cemnt,5,x,400\n"
                        + "C1,cement,1,1,1\n"
                        + "D,cement,1\n");
        List<String> bad = problems(
                TestScenarios.edit("enterpriseRegister", "\"bad.csv\"")
                        .replace("\"$schema\"", "\"$schema\"")
                        .transform(j -> j),
                dir);
        assertEquals(List.of("bad.csv:1:5: unknown column \"colour\""), bad);
        assertEquals(
                List.of(
                        "bad2.csv:2:3: expected a number in 0..1000000000000000 (baseOutput, t clinker a year), got -5",
                        "bad2.csv:3:2: unknown sector \"cemnt\" (did you mean \"cement\"?)",
                        "bad2.csv:3:4: expected a number in 0..1000000 (emissionIntensity, tCO2e per product units),"
                                + " got \"x\"",
                        "bad2.csv:3:5: expected an integer in 1..366 (operatingDays, days a year), got 400",
                        "bad2.csv:4:1: duplicate enterprise id \"C1\" (first defined at $.enterprises[0])",
                        "bad2.csv:5:1: expected 5 fields (as in the header), got 3"),
                problems(TestScenarios.edit("enterpriseRegister", "\"bad2.csv\""), dir));
    }

    /** As inline history, a register's history year must lie in 1900..2200: emissions1800 is a typo, not a year kept. */
    @Test
    void registerHistoryColumnOfAYearOutOfRangeIsLocated() throws IOException {
        Files.writeString(
                dir.resolve("old.csv"),
                "id,sector,baseOutput,emissionIntensity,emissions2023,emissions1800\nR1,cement,1000,0.9,900,5\n");
        assertEquals(
                List.of("old.csv:1:6: column \"emissions1800\": expected a history year in 1900..2200, got 1800"),
                problems(TestScenarios.edit("enterpriseRegister", "\"old.csv\""), dir));
    }

    /** A register's name is a display name as an inline one is: at most 200 characters, located by cell. */
    @Test
    void aRegisterNameTooLongForAChartIsLocated() throws IOException {
        Files.writeString(
                dir.resolve("long.csv"),
                "id,name,sector,baseOutput,emissionIntensity\nR1," + "x".repeat(201) + ",cement,1000,0.9\n");
        assertEquals(
                List.of("long.csv:2:2: expected a name of at most 200 characters, got \"" + "x".repeat(40) + "...\""),
                problems(TestScenarios.edit("enterpriseRegister", "\"long.csv\""), dir));
    }

    @Test
    void aGbkRegisterLoadsWithItsEncodingDeclaredAndIsLocatedWithout() throws IOException {
        Files.write(
                dir.resolve("gbk.csv"),
                "id,name,sector,baseOutput,emissionIntensity\nR1,武汉水泥,cement,1000,0.9\n"
                        .getBytes(java.nio.charset.Charset.forName("GBK")));
        Files.writeString(dir.resolve("s.json"), TestScenarios.edit("enterpriseRegister", "\"gbk.csv\""));
        Scenario s = ScenarioLoader.load(dir.resolve("s.json"), List.of(), java.nio.charset.Charset.forName("GBK"));
        assertEquals("武汉水泥", s.enterprises().get(2).name());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("s.json")));
        assertEquals(
                List.of(dir.resolve("gbk.csv") + ":2:4: bytes not valid in UTF-8 (0xCE at byte offset 47): save the"
                        + " file as UTF-8 or"
                        + " declare its encoding, e.g. --encoding GBK"),
                e.problems().stream().map(Problem::toString).toList());
    }

    /**
     * A register's problems name it by the path it is read from, beside the scenario as the scenario
     * was named, so the file a problem names is the one read: it was named as the scenario writes it,
     * {@code firms.csv}, which from the working folder is another file (or none) when the scenario is
     * in another folder. An absolute register name, and a scenario named without a folder, keep it
     * as written.
     */
    @Test
    void aRegistersProblemsNameItBesideTheScenario() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(sub.resolve("firms.csv"), "id,sector,baseOutput,emissionIntensity\nR1,cement,15O000,0.9\n");
        String problem =
                ":2:3: expected a number in 0..1000000000000000 (baseOutput, t clinker a year), got \"15O000\"";
        Files.writeString(sub.resolve("s.json"), TestScenarios.edit("enterpriseRegister", "\"firms.csv\""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(sub.resolve("s.json")));
        assertEquals(
                List.of(sub.resolve("firms.csv") + problem),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(
                Path.of("plans", "firms.csv").toString(),
                EnterpriseRegister.shownName(Path.of("plans", "s.json").toString(), "firms.csv"));
        assertEquals("firms.csv", EnterpriseRegister.shownName("hubei-pilot", "firms.csv"));
        String absolute = sub.resolve("firms.csv").toString();
        assertEquals(
                absolute,
                EnterpriseRegister.shownName(Path.of("plans", "s.json").toString(), absolute));
        assertEquals(
                List.of("firms.csv" + problem),
                problems(TestScenarios.edit("enterpriseRegister", "\"firms.csv\""), sub));
    }

    /**
     * A register saved from a spreadsheet may end every line with a comma (a column it had formatted)
     * and hold lines of empty fields (rows emptied, not deleted): the column without a name is told as
     * such, where it was an 'unknown column ""', and the empty lines are skipped as empty lines are,
     * where each was a 'missing value for required column "id"'.
     */
    @Test
    void aSpreadsheetsEmptyColumnIsNamedAndItsEmptyRowsSkipped() throws IOException {
        Files.writeString(
                dir.resolve("sheet.csv"),
                "id,sector,baseOutput,emissionIntensity,\r\nR1,cement,1000,0.9,\r\n,,,,\r\n , ,,,\r\n");
        assertEquals(
                List.of("sheet.csv:1:5: a column without a name (an empty header cell, or a comma at the end of the"
                        + " header line): name it or remove the column"),
                problems(TestScenarios.edit("enterpriseRegister", "\"sheet.csv\""), dir));
        Files.writeString(
                dir.resolve("rows.csv"),
                "id,sector,baseOutput,emissionIntensity\r\nR1,cement,1000,0.9\r\n,,,\r\n,,,\r\n");
        Files.writeString(dir.resolve("s.json"), TestScenarios.edit("enterpriseRegister", "\"rows.csv\""));
        assertEquals(
                List.of("C1", "K1", "R1"),
                ScenarioLoader.load(dir.resolve("s.json")).enterprises().stream()
                        .map(Enterprise::id)
                        .toList());
        Files.writeString(dir.resolve("none.csv"), "id,sector,baseOutput,emissionIntensity\r\n,,,\r\n");
        assertEquals(
                List.of("none.csv:1:1: no enterprises: the register has only a header row"),
                problems(TestScenarios.edit("enterpriseRegister", "\"none.csv\""), dir));
    }

    /**
     * A value that holds a character showing as a space or as nothing is quoted with it escaped: a
     * no-break space after a number (a spreadsheet's) read as "1000 ", which looks like a space that
     * would have been trimmed, and a zero-width space not at all.
     */
    @Test
    void anInvisibleCharacterInARefusedValueIsShownEscaped() throws IOException {
        Files.writeString(
                dir.resolve("nbsp.csv"),
                "id,sector,baseOutput,emissionIntensity\nR1,cement,1000\u00a0,0.9\nR2,cement,1000,0.\u200b9\n");
        assertEquals(
                List.of(
                        "nbsp.csv:2:3: expected a number in 0..1000000000000000 (baseOutput, t clinker a year), got"
                                + " \"1000\\u00a0\"",
                        "nbsp.csv:3:4: expected a number in 0..1000000 (emissionIntensity, tCO2e per t clinker), got"
                                + " \"0.\\u200b9\""),
                problems(TestScenarios.edit("enterpriseRegister", "\"nbsp.csv\""), dir));
    }

    @Test
    void aRegisterBaseOutputOfLongMaxIsRefusedAtValidation() throws IOException {
        Files.writeString(
                dir.resolve("big.csv"),
                "\uFEFFid,sector,baseOutput,emissionIntensity\r\nR1,cement,9223372036854775807,0.9\r\n");
        assertEquals(
                List.of("big.csv:2:3: expected a number in 0..1000000000000000 (baseOutput, t clinker a year), got"
                        + " 9223372036854775807"),
                problems(TestScenarios.edit("enterpriseRegister", "\"big.csv\""), dir));
    }

    private List<String> problems(String json, Path baseDir) {
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, "s.json", baseDir));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void populationsAreDeterministicAndSeeded() {
        String pops = "[{\"sector\": \"cement\", \"count\": 20, \"medianEmissions\": 50000, \"emissionIntensity\": 0.9,"
                + " \"abatement\": {\"type\": \"linear\", \"maxCost\": 80, \"maxShare\": 0.2},"
                + " \"abatementCostSpread\": 0.3}]";
        String json = TestScenarios.edit("populations", pops);
        Scenario a = ScenarioLoader.parse(json, "p.json", Path.of("."));
        Scenario b = ScenarioLoader.parse(json, "p.json", Path.of("."));
        assertEquals(a.enterprises(), b.enterprises());
        assertEquals(22, a.enterprises().size());
        assertEquals("CEMENT-001", a.enterprises().get(2).id());
        assertEquals(3, a.enterprises().get(2).history().size());
        Scenario c = ScenarioLoader.parse(json.replace("\"seed\": 7", "\"seed\": 8"), "p.json", Path.of("."));
        assertTrue(!a.enterprises().equals(c.enterprises()), "a different seed gives different enterprises");
    }
}
