package org.carbonsim.core.scenario;

import java.util.List;

/** The table of bad inputs: an edit of {@link TestScenarios#BASE} and the one problem it must give. */
public final class BadInputs {
    /** Set {@code path} to {@code json} (remove it when null); expect {@code expected}. */
    public record Case(String path, String json, String expected) {}

    public static final List<Case> CASES = List.of(
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 1,"
                            + " \"embeddedIntensity\": 1}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 1000000000000},"
                            + " \"cnyPerEur\": {\"2024\": 1000}}}",
                    "$.cbam.euPrice.eurPerTonne: the EU price of 2024 is 1000000000000000.00 CNY per t at its exchange rate,"
                            + " above the largest price a scenario may give, 1000000000000"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 1,"
                            + " \"embeddedIntensity\": 1000}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 1000000},"
                            + " \"cnyPerEur\": {\"2024\": 1000}}}",
                    "$.cbam.euPrice.eurPerTonne: the bill of 2024 cannot be counted in fen: the exporters' embedded"
                            + " emissions (up to 1000000000 t on trend) at 1000000000.00 CNY per t; lower the EU price, the"
                            + " export shares or the embedded intensities"),
            new Case(
                    "allocation",
                    "{\"cap\": {\"type\": \"fromAllocation\"}, \"governmentReserveShare\": 1.000000000000000000001}",
                    "$.allocation: a cap of type fromAllocation needs a free share above 0, but governmentReserveShare 1 +"
                            + " newEntrantReserveShare 0 + auctionShare 0 take the whole cap"),
            new Case(
                    "sectors.0.allocation.benchmark",
                    "1e308",
                    "$.sectors[0].allocation.benchmark: expected a number in (0, 1000000] (tCO2 per t clinker), got 1E+308"),
            new Case(
                    "enterprises.0",
                    "{\"id\": \"C1\", \"sector\": \"cement\", \"baseOutput\": 1e15, \"emissionIntensity\": 1}",
                    "$.enterprises[0]: enterprise \"C1\": its trend emissions in 2024, 1.0E15 t, would be worth more than 2882303761517117 CNY at the top of the price ladder, 2550.00 CNY per t (100 times market.initialPrice): the money a run counts in fen could overflow (lower baseOutput, growthRate or the intensities, or market.initialPrice)"),
            new Case(
                    "populations",
                    "[{\"sector\": \"cement\", \"count\": 60000, \"medianEmissions\": 50000, \"emissionIntensity\": 0.9},"
                            + " {\"sector\": \"cement\", \"idPrefix\": \"B\", \"count\": 60000, \"medianEmissions\": 50000,"
                            + " \"emissionIntensity\": 0.9}]",
                    "$.populations[1].count: the populations would generate more than 100000 enterprises in all (this one"
                            + " adds 60000); the limit is on their total, not on each"),
            new Case(
                    "populations",
                    "[{\"sector\": \"cement\", \"idPrefix\": \"C\\nX\", \"count\": 3, \"medianEmissions\": 50000,"
                            + " \"emissionIntensity\": 0.9}]",
                    "$.populations[0].idPrefix: expected a non-blank identifier of at most 100 characters (prefix of"
                            + " generated ids), got \"C\\u000aX\""),
            new Case(
                    "enterprises.0.baseOutput",
                    "9223372036854775807",
                    "$.enterprises[0].baseOutput: expected a number in 0..1000000000000000 (t clinker a year), got 9223372036854775807"),
            new Case(
                    "enterprises.0.emissionIntensity",
                    "5e-324",
                    "$.enterprises[0].emissionIntensity: expected a number in 0..1000000 (tCO2e per t clinker), got 5E-324, which is too close to 0 to compute with (a nonzero number must be at least 2.2250738585072014E-308 in size); use 0 or a larger number"),
            new Case(
                    "enterprises.0.emissionIntensity",
                    "1e-400",
                    "$.enterprises[0].emissionIntensity: expected a number in 0..1000000 (tCO2e per t clinker), got 1E-400, which is too close to 0 to compute with (a nonzero number must be at least 2.2250738585072014E-308 in size); use 0 or a larger number"),
            new Case(
                    "enterprises.0",
                    "{\"id\": \"C1\", \"sector\": \"cement\", \"baseOutput\": 1e12, \"emissionIntensity\": 5000}",
                    "$.enterprises[0]: enterprise \"C1\": its trend emissions in 2024 would be 5.0E15 t, above the maximum 1000000000000000 t (lower baseOutput, growthRate or the intensities)"),
            new Case(
                    "populations",
                    "[{\"sector\": \"cement\", \"count\": 3, \"medianEmissions\": 50000, \"emissionIntensity\": 5e-324}]",
                    "$.populations[0].emissionIntensity: expected a number in (0, 1000000] (tCO2e per t clinker), got 5E-324, which is too close to 0 to compute with (a nonzero number must be at least 2.2250738585072014E-308 in size); use 0 or a larger number"),
            new Case(
                    "populations",
                    "[{\"sector\": \"cement\", \"count\": 3, \"medianEmissions\": 50000, \"emissionIntensity\": 1e-300}]",
                    "$.populations[0] (CEMENT-001): enterprise \"CEMENT-001\": its trend output in 2024 is 2.153982742225864E304 product units, above the maximum 1000000000000000 (lower baseOutput, or a population's medianEmissions, or growthRate; or raise emissionIntensity)"),
            new Case(
                    "expectedDepartures",
                    "[{\"check\": \"PRICE\", \"why\": \"thin\"}]",
                    "$.expectedDepartures[0].check: expected one of COMPLIANCE, VWAP, AUCTION, got \"PRICE\""),
            new Case(
                    "expectedDepartures",
                    "[{\"check\": \"VWAP\"}]",
                    "$.expectedDepartures[0].why: expected a reason (the scenario's note explains it), got none"),
            new Case(
                    "expectedDepartures",
                    "[{\"check\": \"VWAP\", \"why\": \"thin\", \"yeers\": [2024]}]",
                    "$.expectedDepartures[0].yeers: unknown key (did you mean \"years\"?)"),
            new Case(
                    "expectedDepartures",
                    "[{\"check\": \"VWAP\", \"why\": \"thin\", \"years\": [1800]}]",
                    "$.expectedDepartures[0].years[0]: expected an integer in 1900..2200 (year), got 1800"),
            new Case(
                    "market.initialPrice",
                    "25.505",
                    "$.market.initialPrice: expected a price on the 0.01 yuan tick grid (CNY per t), got 25.505"),
            new Case(
                    "market.initialPrice",
                    "0",
                    "$.market.initialPrice: expected a price > 0 in yuan, at most 1000000000000 (CNY per t), got 0"),
            new Case(
                    "market.initialPrice",
                    "\"25\"",
                    "$.market.initialPrice: expected a price > 0 in yuan, at most 1000000000000 (CNY per t), got \"25\""),
            new Case(
                    "market.initialPrice",
                    "1677.73",
                    "$.market.initialPrice: expected at most 1677.72 CNY per t (167772 ticks) at this tick, got 1677.73: the price ladder reaches 100 times the initial price in at most 16777216 ticks (lower initialPrice or raise tick)"),
            new Case(
                    "market.initialPrice",
                    "1000000000000",
                    "$.market.initialPrice: expected at most 1677.72 CNY per t (167772 ticks) at this tick, got 1000000000000.00: the price ladder reaches 100 times the initial price in at most 16777216 ticks (lower initialPrice or raise tick)"),
            new Case("market.initialPrice", null, "$.market: missing required key \"initialPrice\" (CNY per t)"),
            new Case("market.initalPrice", "25", "$.market.initalPrice: unknown key (did you mean \"initialPrice\"?)"),
            new Case(
                    "market.limitPct",
                    "100",
                    "$.market.limitPct: expected a number in [0, 100) (daily price band, % of the previous close), got 100"),
            new Case(
                    "market.limitPct",
                    "10.005",
                    "$.market.limitPct: expected a percentage with at most 2 decimals (daily price band, % of the previous close), got 10.005"),
            new Case(
                    "market.closingRule",
                    "\"VWAP\"",
                    "$.market.closingRule: expected one of LAST_TRADE, VWAP_LAST_TRADES, VWAP_DAY, got \"VWAP\""),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2024, \"closingRule\": \"LAST_TRADE\"}]",
                    "$.market.changes[0].fromYear: expected a year after 2024 (market changes in ascending fromYear,"
                            + " after the start year), got 2024"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2020, \"feePct\": 1}]",
                    "$.market.changes[0].fromYear: expected a year after 2024 (market changes in ascending fromYear,"
                            + " after the start year), got 2020"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2026, \"feePct\": 1}, {\"fromYear\": 2025, \"feePct\": 2}]",
                    "$.market.changes[1].fromYear: expected a year after 2026 (market changes in ascending fromYear,"
                            + " after the start year), got 2025"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025}]",
                    "$.market.changes[0]: expected at least one of limitPct, closingRule, closingTrades, openingAuction,"
                            + " closingAuction, feePct, noTradeClose, got none"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"limitPct\": 100}]",
                    "$.market.changes[0].limitPct: expected a number in [0, 100) (daily price band, % of the previous"
                            + " close), got 100"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"feePct\": 0.005}]",
                    "$.market.changes[0].feePct: expected a percentage with at most 2 decimals (exchange fee, % of"
                            + " turnover per side), got 0.005"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"closingRule\": \"VWAP_LAST_TRADES\", \"closingTrades\": 0}]",
                    "$.market.changes[0].closingTrades: expected an integer in 1..1000000 (trades), got 0"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"closingAuction\": \"yes\"}]",
                    "$.market.changes[0].closingAuction: expected true or false, got \"yes\""),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"closingRule\": \"VWAP\"}]",
                    "$.market.changes[0].closingRule: expected one of LAST_TRADE, VWAP_LAST_TRADES, VWAP_DAY, got"
                            + " \"VWAP\""),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"feePct\": 1, \"feepct\": 1}]",
                    "$.market.changes[0].feepct: unknown key (did you mean \"feePct\"?)"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"tick\": 0.05}]",
                    "$.market.changes[0].tick: tick holds in every year of a run; a change sets limitPct, closingRule,"
                            + " closingTrades, openingAuction, closingAuction, feePct, noTradeClose"),
            new Case(
                    "market.changes",
                    "[{\"fromYear\": 2025, \"limitPct\": 0}]",
                    "$.policy.intervention: an intervention counts limit hits but market.changes[0].limitPct is 0 (no"
                            + " price band from 2025)"),
            new Case(
                    "market.noTradeClose",
                    "\"LAST\"",
                    "$.market.noTradeClose: expected one of PREVIOUS_CLOSE, BEST_QUOTE, got \"LAST\""),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"unitSchedules\", \"minPrice\": 300, \"maxPrice\": 250, \"buyers\": [[100]], \"sellers\": [[50]]}]",
                    "$.agents.traders[0].maxPrice: expected a price >= minPrice, 300.00 (CNY per t), got 250.00"),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"unitSchedules\", \"minPrice\": 1, \"maxPrice\": 250, \"buyers\": [[100, 150]], \"sellers\": [[50]]}]",
                    "$.agents.traders[0].buyers[0][1]: expected a value <= the unit before (a buyer's units are listed from the most valuable), got 150"),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"unitSchedules\", \"minPrice\": 1, \"maxPrice\": 250, \"buyers\": [[100]], \"sellers\": [[60, 50]]}]",
                    "$.agents.traders[0].sellers[0][1]: expected a cost >= the unit before (a seller's units are listed from the cheapest), got 50"),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"unitSchedules\", \"minPrice\": 1, \"maxPrice\": 250, \"buyers\": [[]], \"sellers\": [[50]]}]",
                    "$.agents.traders[0].buyers[0]: expected 1..10000 units (CNY per t each), got 0"),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"unitSchedules\", \"minPrice\": 1, \"maxPrice\": 250, \"buyers\": [[100]]}]",
                    "$.agents.traders[0]: missing required key \"sellers\" (one array per seller of its units' costs, CNY per t, lowest first)"),
            new Case(
                    "market.roundsPerDay",
                    "0",
                    "$.market.roundsPerDay: expected an integer in 1..10000 (rounds of continuous trading per day), got 0"),
            new Case(
                    "market.roundsPerDay",
                    "10001",
                    "$.market.roundsPerDay: expected an integer in 1..10000 (rounds of continuous trading per day), got 10001"),
            new Case(
                    "compliance.verificationLeadDays",
                    "-1",
                    "$.compliance.verificationLeadDays: expected an integer in 0..241 (trading days from verification to the deadline), got -1"),
            new Case(
                    "agents.compliance",
                    "{\"bankValueShare\": 1.5}",
                    "$.agents.compliance.bankValueShare: expected a number in 0..1 (share of last year's average price), got 1.5"),
            new Case(
                    "agents.compliance",
                    "{\"bankValueSpread\": 1}",
                    "$.agents.compliance.bankValueSpread: expected a number in [0, 1) (share of the bank value by which the enterprises' bank values spread around it), got 1"),
            new Case(
                    "policy.stabilityReserve",
                    "{\"upperThresholdTonnes\": 833, \"lowerThresholdTonnes\": 400, \"releaseTonnes\": 100,"
                            + " \"bufferUpperTonnes\": 800}",
                    "$.policy.stabilityReserve.bufferUpperTonnes: expected more than upperThresholdTonnes 833 (t), or 0 for no buffer zone, got 800"),
            new Case(
                    "agents.compliance",
                    "{\"foresightYearsAfterRun\": 5}",
                    "$.agents.compliance.foresightYearsAfterRun: reaches past the run only with \"bankValue\": \"FORESIGHT\" (this scenario's bank value is LAST_YEAR_SHARE)"),
            new Case(
                    "agents.compliance",
                    "{\"bankValue\": \"FORESIGHT\", \"foresightYearsAfterRun\": 101}",
                    "$.agents.compliance.foresightYearsAfterRun: expected an integer in 0..100 (years after the run's last year that foresight reaches), got 101"),
            new Case(
                    "agents.compliance",
                    "{\"targetsNetOfFee\": \"yes\"}",
                    "$.agents.compliance.targetsNetOfFee: expected true or false, got \"yes\""),
            new Case(
                    "agents.compliance",
                    "{\"reviewsPerDay\": 0}",
                    "$.agents.compliance.reviewsPerDay: expected a number in (0, 10000] (times a trading day an enterprise re-prices its order, the first at the opening; below 1 the share of days it looks), got 0"),
            new Case(
                    "agents.compliance",
                    "{\"repriceToleranceBasisPoints\": 12.5}",
                    "$.agents.compliance.repriceToleranceBasisPoints: expected an integer in 0..10000 (basis points the expected price may move before a desk re-prices), got 12.5"),
            new Case(
                    "market.tick",
                    "0.005",
                    "$.market.tick: expected an amount > 0 in yuan, at most 1000000000000, with at most 2 decimals (yuan), got 0.005"),
            new Case("schemaVersion", "2", "$.schemaVersion: expected 1 (the scenario format this build reads), got 2"),
            new Case("schemaVersion", null, "$: missing required key \"schemaVersion\" (scenario format version)"),
            new Case(
                    "name",
                    "\" \"",
                    "$.name: expected a non-blank identifier of at most 100 characters (short scenario name), got \" \""),
            new Case(
                    "name",
                    "\"../../etc/hubei\"",
                    "$.name: expected a name that can be a folder's (the default output folder is out/NAME): none of"
                            + " / \\ : * ? \" < > | and not . or .. (short scenario name), got \"../../etc/hubei\""),
            new Case(
                    "name",
                    "\".\"",
                    "$.name: expected a name that can be a folder's (the default output folder is out/NAME): none of"
                            + " / \\ : * ? \" < > | and not . or .. (short scenario name), got \".\""),
            new Case(
                    "name",
                    "\"hubei:2024\"",
                    "$.name: expected a name that can be a folder's (the default output folder is out/NAME): none of"
                            + " / \\ : * ? \" < > | and not . or .. (short scenario name), got \"hubei:2024\""),
            new Case(
                    "name",
                    "\"con\"",
                    "$.name: \"con\" cannot be a folder's name on Windows (the default output folder is out/NAME): it is a name Windows keeps for a device (CON, PRN, AUX,"
                            + " NUL, COM0 to COM9, LPT0 to LPT9, in any case and with any extension); choose another name"),
            new Case(
                    "name",
                    "\"Lpt1.2024\"",
                    "$.name: \"Lpt1.2024\" cannot be a folder's name on Windows (the default output folder is out/NAME):"
                            + " it is a name Windows keeps for a device (CON, PRN, AUX,"
                            + " NUL, COM0 to COM9, LPT0 to LPT9, in any case and with any extension); choose another name"),
            new Case(
                    "name",
                    "\"hubei.\"",
                    "$.name: \"hubei.\" cannot be a folder's name on Windows (the default output folder is out/NAME): it"
                            + " ends in a dot or a space, which Windows drops from a folder's name; choose another name"),
            new Case(
                    "calendar.years",
                    "178",
                    "$.calendar: the last simulated year, startYear 2024 + years 178 - 1 = 2201, is after 2200, the last"
                            + " year a scenario can name; with startYear 2024, years can be at most 177"),
            new Case("seed", "1.5", "$.seed: expected an integer (base seed), got 1.5"),
            new Case(
                    "calendar.years", "0", "$.calendar.years: expected an integer in 1..200 (compliance years), got 0"),
            new Case(
                    "calendar.tradingDaysPerYear",
                    "400",
                    "$.calendar.tradingDaysPerYear: expected an integer in 1..366 (trading days), got 400"),
            new Case(
                    "calendar.startYear",
                    "1e400",
                    "$.calendar.startYear: expected an integer in 1900..2200 (year), got 1E+400"),
            new Case(
                    "sectors.0.productUnit",
                    "\"" + "t".repeat(201) + "\"",
                    "$.sectors[0].productUnit: expected a name of at most 200 characters (unit output is counted in), got"
                            + " \"" + "t".repeat(40) + "...\""),
            new Case(
                    "enterprises.0.id",
                    "\" C1\"",
                    "$.enterprises[0].id: expected an identifier without spaces at its ends (enterprise id), got"
                            + " \" C1\""),
            new Case(
                    "sectors.0.name",
                    "\"" + "水泥".repeat(101) + "\"",
                    "$.sectors[0].name: expected a name of at most 200 characters (display name), got \""
                            + "水泥".repeat(20) + "...\""),
            new Case(
                    "sectors.0.productUnit",
                    "5",
                    "$.sectors[0].productUnit: expected a string (unit output is counted in), got 5"),
            new Case(
                    "sectors.0.allocation",
                    null,
                    "$.sectors[0]: missing required key \"allocation\" (allocation method)"),
            new Case(
                    "sectors.0.allocation.benchmark",
                    "-0.8",
                    "$.sectors[0].allocation.benchmark: expected a number in (0, 1000000] (tCO2 per t clinker), got -0.8"),
            new Case(
                    "sectors.0.allocation.type",
                    "\"benchmarks\"",
                    "$.sectors[0].allocation.type: expected one of historicalEmissions, historicalIntensity, benchmark, twoProductBenchmark, verifiedEmissions, auctioned (allocation method), got \"benchmarks\" (did you mean \"benchmark\"?)"),
            new Case(
                    "sectors.0.allocation",
                    "{\"type\": \"benchmark\"}",
                    "$.sectors[0].allocation: missing required key \"benchmark\" (tCO2 per t clinker) or \"percentile\" (of covered enterprises' intensities)"),
            new Case(
                    "sectors.0.allocation",
                    "{\"type\": \"benchmark\", \"benchmark\": 1, \"percentile\": 50}",
                    "$.sectors[0].allocation: give either \"benchmark\" or \"percentile\", not both"),
            new Case(
                    "sectors.2",
                    "{\"id\": \"cement\", \"allocation\": {\"type\": \"auctioned\"}}",
                    "$.sectors[2].id: duplicate sector id \"cement\" (first defined at $.sectors[0])"),
            new Case(
                    "sectors.1.allocation.baseYears",
                    "[2022, 2024]",
                    "$.sectors[1].allocation.baseYears[1]: base year 2024 is not before 2024, the first year this method applies (no verified history for it yet)"),
            new Case(
                    "sectors.1.allocation.baseYears",
                    "[2021, 2023]",
                    "$.sectors[1].allocation.baseYears[0]: base year 2021 is before the start year 2024 but enterprise \"K1\" has no history for it"),
            new Case(
                    "sectors.1.allocationChanges.0",
                    "{\"fromYear\": 2024, \"type\": \"verifiedEmissions\"}",
                    "$.sectors[1].allocationChanges[0].fromYear: expected a year after 2024 (allocation changes in ascending fromYear, after the first covered year), got 2024"),
            new Case(
                    "sectors.0.coveredUntilYear",
                    "2010",
                    "$.sectors[0].coveredUntilYear: expected a year >= coveredFromYear 2024 (last covered year), got 2010"),
            new Case(
                    "enterprises.0.sector",
                    "\"cemnt\"",
                    "$.enterprises[0].sector: unknown sector \"cemnt\" (did you mean \"cement\"?)"),
            new Case(
                    "enterprises.2",
                    "{\"id\": \"C1\", \"sector\": \"cement\", \"baseOutput\": 1, \"emissionIntensity\": 1}",
                    "$.enterprises[2].id: duplicate enterprise id \"C1\" (first defined at $.enterprises[0])"),
            new Case(
                    "enterprises.0.emissionIntensity",
                    "-1",
                    "$.enterprises[0].emissionIntensity: expected a number in 0..1000000 (tCO2e per t clinker), got -1"),
            new Case(
                    "enterprises.0.operatingDays",
                    "400",
                    "$.enterprises[0].operatingDays: expected an integer in 1..366 (days a year), got 400"),
            new Case(
                    "enterprises.0",
                    "{\"id\": \"C1\", \"sector\": \"cement\", \"baseOutput\": 1, \"emissionIntensity\": 1,"
                            + " \"openingYear\": 2030, \"closureYear\": 2025}",
                    "$.enterprises[0].closureYear: closure year 2025 is before opening year 2030"),
            new Case(
                    "enterprises.0.abatement.maxShare",
                    "1.2",
                    "$.enterprises[0].abatement.maxShare: expected a number in 0..1 (share of business-as-usual emissions, 0..1), got 1.2"),
            new Case(
                    "enterprises.0.abatement.type",
                    "\"cubic\"",
                    "$.enterprises[0].abatement.type: expected one of none, linear, quadratic, steps (abatement curve), got \"cubic\""),
            new Case(
                    "enterprises.0.abatement.maxCost",
                    "80.001",
                    "$.enterprises[0].abatement.maxCost: expected an amount >= 0 in yuan, at most 1000000000000, with at most 2 decimals (CNY per t abated, marginal cost at maxShare), got 80.001"),
            new Case(
                    "enterprises.1.abatement.steps.0.share",
                    "1.5",
                    "$.enterprises[1].abatement.steps[0].share: expected a number in (0, 1] (share of business-as-usual emissions, (0, 1]), got 1.5"),
            new Case(
                    "enterprises.1.abatement.steps",
                    "[{\"name\":\"a\",\"cost\":1,\"share\":0.7},{\"name\":\"b\",\"cost\":2,\"share\":0.6}]",
                    "$.enterprises[1].abatement.steps: step shares add up to 1.3, more than 1 (all business-as-usual emissions)"),
            new Case(
                    "enterprises.1.history.1.year",
                    "2022",
                    "$.enterprises[1].history[1].year: history years must be strictly ascending; 2022 is not after 2022"),
            new Case(
                    "enterprises.1.history.1.year",
                    "2024",
                    "$.enterprises[1].history[1].year: expected a year before the start year 2024, got 2024"),
            new Case(
                    "enterprises.0.growthRate",
                    "null",
                    "$.enterprises[0].growthRate: expected a number in (-1, 10] (growth per year, 0.02 = 2%), got null"),
            new Case(
                    "populations",
                    "[{\"sector\": \"cement\", \"count\": 0, \"medianEmissions\": 5000, \"emissionIntensity\": 1}]",
                    "$.populations[0].count: expected an integer in 1..100000 (enterprises), got 0"),
            new Case(
                    "enterprises.0.abatement",
                    "{\"type\": \"linear\", \"maxShare\": 0.2}",
                    "$.enterprises[0].abatement: missing required key \"maxCost\" (CNY per t abated, marginal cost at maxShare)"),
            new Case(
                    "compliance.offsets.1",
                    "{\"id\": \"ccer\", \"supplyTonnesPerYear\": 1, \"price\": 1}",
                    "$.compliance.offsets[1].id: duplicate offset program id \"ccer\" (first defined at $.compliance.offsets[0])"),
            new Case(
                    "policy.intervention.quantityTonnes",
                    "0",
                    "$.policy.intervention.quantityTonnes: expected an integer in 1..1000000000000000 (t per intervention), got 0"),
            new Case(
                    "agents.traders.0.type",
                    null,
                    "$.agents.traders[0]: missing required key \"type\" (one of zeroIntelligence, speculators, noiseTraders, marketMaker, unitSchedules)"),
            new Case(
                    "agents.traders.0.type",
                    "\"whales\"",
                    "$.agents.traders[0].type: expected one of zeroIntelligence, speculators, noiseTraders, marketMaker, unitSchedules (trader group), got \"whales\""),
            new Case(
                    "compliance.banking",
                    "{\"type\": \"capped\", \"baseTonnes\": 10000}",
                    "$.compliance.banking: missing required key \"netSalesMultiple\" (multiple of net sales)"),
            new Case(
                    "compliance.banking",
                    "{\"type\": \"capped\", \"baseTonnes\": 10000, \"netSalesMultiple\": 1.5, \"priorNetSalesTonnes\": 5}",
                    "$.compliance.banking.priorNetSalesTonnes: prior net sales need \"netSalesFromYear\", the first year whose"
                            + " net sales the cap counts"),
            new Case(
                    "compliance.banking",
                    "{\"type\": \"capped\", \"baseTonnes\": 10000, \"netSalesMultiple\": 1.5, \"netSalesFromYear\": 2019,"
                            + " \"priorNetSalesTonnes\": -1}",
                    "$.compliance.banking.priorNetSalesTonnes: expected an integer in 0..1000000000000000 (t), got -1"),
            new Case(
                    "enterpriseRegister",
                    "\"missing.csv\"",
                    "$.enterpriseRegister: enterprise register ./missing.csv not found"),
            new Case(
                    "enterpriseRegister",
                    "\".\"",
                    "$.enterpriseRegister: enterprise register ./. is a folder, not a CSV file"),
            // a blank name resolved to the scenario's own folder: "enterprise register . is a folder"
            new Case("enterpriseRegister", "\"\"", "$.enterpriseRegister: expected a file name, got \"\""),
            new Case("enterpriseRegister", "\"  \"", "$.enterpriseRegister: expected a file name, got \"  \""),
            new Case(
                    "coverage.thresholds",
                    "[{\"fromYear\":2024,\"emissionsTonnes\":13000},{\"fromYear\":2024,\"energyTce\":5000}]",
                    "$.coverage.thresholds[1].fromYear: another threshold from 2024 applies to the same sectors; thresholds"
                            + " of one year must name different sectors"),
            new Case(
                    "coverage.thresholds",
                    "[{\"fromYear\":2024,\"emissionsTonnes\":13000,\"sectors\":[\"cement\"]}]",
                    "$.coverage.thresholds[0].sectors: the first threshold applies to every sector (later ones may name"
                            + " sectors), got cement"),
            new Case(
                    "coverage.thresholds",
                    "[{\"fromYear\":2024,\"emissionsTonnes\":13000},{\"fromYear\":2025,\"emissionsTonnes\":8000,"
                            + "\"sectors\":[\"cemnt\"]}]",
                    "$.coverage.thresholds[1].sectors[0]: unknown sector \"cemnt\" (did you mean \"cement\"?)"),
            new Case(
                    "coverage.thresholds",
                    "[{\"fromYear\":2024,\"emissionsTonnes\":13000},{\"fromYear\":2025,\"emissionsTonnes\":8000,"
                            + "\"sectors\":[\"cement\"]},{\"fromYear\":2025,\"energyTce\":3000,"
                            + "\"sectors\":[\"chemicals\",\"cement\"]}]",
                    "$.coverage.thresholds[2].fromYear: another threshold from 2025 applies to sector cement; thresholds"
                            + " of one year must name different sectors"),
            new Case(
                    "coverage.thresholds",
                    "[{\"fromYear\":2025,\"emissionsTonnes\":13000},{\"fromYear\":2024,\"emissionsTonnes\":8000,"
                            + "\"sectors\":[\"cement\"]}]",
                    "$.coverage.thresholds[1].fromYear: thresholds must be in ascending fromYear; 2024 is before 2025"),
            new Case(
                    "coverage.thresholds",
                    "[{\"fromYear\":2024,\"emissionsTonnes\":13000},{\"fromYear\":2025,\"emissionsTonnes\":8000,"
                            + "\"sectors\":[]}]",
                    "$.coverage.thresholds[1].sectors: expected at least one sector id, got an empty array (leave the key"
                            + " out for every sector)"),
            new Case(
                    "coverage.thresholds.0",
                    "{\"fromYear\":2024}",
                    "$.coverage.thresholds[0]: a threshold needs emissionsTonnes or energyTce > 0"),
            new Case(
                    "coverage.lookbackYears",
                    "0",
                    "$.coverage.lookbackYears: expected an integer in 1..50 (years), got 0"),
            new Case(
                    "allocation.auctionShare",
                    "0.95",
                    "$.allocation: governmentReserveShare 0.08 + newEntrantReserveShare 0 + auctionShare 0.95 add up to more than the whole cap (1)"),
            new Case(
                    "allocation.shareChanges",
                    "[{\"fromYear\": 2024, \"auctionShare\": 0}]",
                    "$.allocation.shareChanges[0].fromYear: expected a year after 2024 (share changes in ascending"
                            + " fromYear, after the start year), got 2024"),
            new Case(
                    "allocation.shareChanges",
                    "[{\"fromYear\": 2025}]",
                    "$.allocation.shareChanges[0]: expected at least one of governmentReserveShare,"
                            + " newEntrantReserveShare, auctionShare, preAllocationShare, got none"),
            new Case(
                    "allocation.shareChanges",
                    "[{\"fromYear\": 2025, \"auctionShare\": 0.95}]",
                    "$.allocation.shareChanges[0]: governmentReserveShare 0.08 + newEntrantReserveShare 0 + auctionShare"
                            + " 0.95 add up to more than the whole cap (1)"),
            new Case(
                    "allocation.shareChanges",
                    "[{\"fromYear\": 2025, \"preAllocationShare\": 1.5}]",
                    "$.allocation.shareChanges[0].preAllocationShare: expected a number in 0..1 (share of the expected"
                            + " allocation), got 1.5"),
            new Case(
                    "allocation.shareChanges",
                    "[{\"fromYear\": 2025, \"auctionShare\": 0.1, \"auctionshare\": 0.1}]",
                    "$.allocation.shareChanges[0].auctionshare: unknown key (did you mean \"auctionShare\"?)"),
            new Case(
                    "allocation.governmentReserveShare",
                    "-0.1",
                    "$.allocation.governmentReserveShare: expected a number in 0..1 (share of the cap), got -0.1"),
            new Case(
                    "allocation.cap.byYear",
                    "{\"2025\": 1000}",
                    "$.allocation.cap.byYear: no cap for the start year 2024: the first listed year is 2025"),
            new Case(
                    "allocation.cap.byYear",
                    "{\"year\": 1000}",
                    "$.allocation.cap.byYear.year: expected a year in 1900..2200 as the key, got \"year\""),
            new Case(
                    "allocation.cap.type",
                    "\"fixed\"",
                    "$.allocation.cap.type: expected one of given, declining, linearReduction, fromAllocation (cap schedule), got \"fixed\""),
            new Case(
                    "agents.sectorStrategies",
                    "{\"steel\": \"INACTIVE\"}",
                    "$.agents.sectorStrategies.steel: unknown sector \"steel\" (sectors: cement, chemicals)"),
            new Case(
                    "agents.enterpriseStrategies",
                    "{\"K2\": \"INACTIVE\"}",
                    "$.agents.enterpriseStrategies.K2: unknown enterprise \"K2\" (did you mean \"K1\"?)"),
            new Case(
                    "agents.defaultStrategy",
                    "\"LAZY\"",
                    "$.agents.defaultStrategy: expected one of COMPLIANCE, INACTIVE, ZERO_INTELLIGENCE, got \"LAZY\""),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"speculators\", \"count\": 1, \"cash\": 1000, \"positionLimitTonnes\": 100,"
                            + " \"orderTonnes\": 10, \"participationShare\": 1.5}]",
                    "$.agents.traders[0].participationShare: expected a number in 0..1 (largest share of the average"
                            + " daily volume one order takes, 0 for none), got 1.5"),
            new Case(
                    "agents.traders",
                    "[{\"type\": \"speculators\", \"count\": 3, \"cash\": 1000, \"positionLimitTonnes\": 100,"
                            + " \"orderTonnes\": 10, \"lookbackDays\": 20, \"lookbackDaysMax\": 5}]",
                    "$.agents.traders[0].lookbackDaysMax: expected a lookback >= lookbackDays, 20 (trading days),"
                            + " got 5"),
            new Case(
                    "agents.traders.0.cash",
                    "-5",
                    "$.agents.traders[0].cash: expected an amount >= 0 in yuan, at most 1000000000000, with at most 2 decimals (CNY each), got -5"),
            new Case(
                    "policy.auctions.days",
                    "[120, 0]",
                    "$.policy.auctions.days[1]: auction days must be strictly ascending; 0 is not after 120"),
            new Case(
                    "policy.auctions.days",
                    "[200, 120, 60, 0]",
                    "$.policy.auctions.days[1]: auction days must be strictly ascending; 120 is not after 200 (and 2 more out of order after it)"),
            new Case(
                    "policy.auctions.days",
                    "[0, 300]",
                    "$.policy.auctions.days[1]: expected an integer in 0..241 (0-based trading day of the year), got 300"),
            new Case(
                    "policy.auctions.reservePrice",
                    "20.001",
                    "$.policy.auctions.reservePrice: expected a price on the 0.01 yuan tick grid (CNY per t), got 20.001"),
            new Case(
                    "policy.intervention.windowDays",
                    "300",
                    "$.policy.intervention.windowDays: intervention window of 300 trading days is longer than the year (242 trading days)"),
            new Case(
                    "policy.intervention.limitHits",
                    "30",
                    "$.policy.intervention.limitHits: limitHits 30 is more than windowDays 20"),
            new Case(
                    "policy.corridor",
                    "{\"floor\": 50, \"ceiling\": 40}",
                    "$.policy.corridor.ceiling: the ceiling must be above the floor"),
            new Case(
                    "compliance.deadlineDay",
                    "242",
                    "$.compliance.deadlineDay: expected an integer in 0..241 (0-based trading day; omit for the last trading day), got 242"),
            new Case(
                    "compliance.offsets.0.capBase",
                    "\"OUTPUT\"",
                    "$.compliance.offsets[0].capBase: expected one of ALLOCATION, EMISSIONS, got \"OUTPUT\""),
            new Case(
                    "compliance.penalty.type",
                    "\"china\"",
                    "$.compliance.penalty.type: expected one of hubei, national, eu (penalty model), got \"china\""),
            new Case(
                    "mrv",
                    "{\"auditRate\": 1.5}",
                    "$.mrv.auditRate: expected a number in 0..1 (share of reports audited a year), got 1.5"),
            new Case(
                    "mrv",
                    "{\"auditSelection\": \"SMART\"}",
                    "$.mrv.auditSelection: expected one of RANDOM, RISK_BASED, got \"SMART\""),
            new Case(
                    "mrv",
                    "{\"sectorMethods\": {\"cemnt\": \"CONTINUOUS\"}}",
                    "$.mrv.sectorMethods.cemnt: unknown sector \"cemnt\" (did you mean \"cement\"?)"),
            new Case(
                    "mrv",
                    "{\"enterpriseMethods\": {\"C2\": \"CONTINUOUS\"}}",
                    "$.mrv.enterpriseMethods.C2: unknown enterprise \"C2\" (did you mean \"C1\"?)"),
            new Case(
                    "mrv",
                    "{\"fine\": {\"fixed\": -1}}",
                    "$.mrv.fine.fixed: expected an amount >= 0 in yuan, at most 1000000000000, with at most 2 decimals (CNY per detected misreport), got -1"),
            new Case(
                    "mrv",
                    "{\"measurementErrors\": {\"CONTINUOUS\": {\"sd\": 1}}}",
                    "$.mrv.measurementErrors.CONTINUOUS.sd: expected a number in [0, 1) (standard deviation, share of true emissions), got 1"),
            new Case("mrv", "{\"auditRat\": 0.2}", "$.mrv.auditRat: unknown key (did you mean \"auditRate\"?)"),
            new Case(
                    "mrv",
                    "{\"maxUnderReportShare\": 1}",
                    "$.mrv.maxUnderReportShare: expected a number in [0, 1) (largest share of measured emissions an enterprise hides), got 1"),
            new Case(
                    "mrv",
                    "{\"measurementErrors\": {\"CEMS\": {\"sd\": 0.1}}}",
                    "$.mrv.measurementErrors.CEMS: unknown key (allowed: CALCULATION_DEFAULT, CALCULATION_MEASURED, CONTINUOUS)"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": -0.1, \"embeddedIntensity\": 0.86}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.exporters[0].euExportShare: expected a number in 0..1 (share of output exported to the EU), got -0.1"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 1.5, \"embeddedIntensity\": 0.86}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.exporters[0].euExportShare: expected a number in 0..1 (share of output exported to the EU), got 1.5"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"phaseIn\": {\"2025\": 0.5}, \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.euPrice.eurPerTonne: missing the EU allowance price of 2025 (the CBAM factor is 50% that year)"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"euPrice\": {\"eurPerTonne\": {\"2024\": -1, \"2025\": 80}, \"cnyPerEur\": {\"2024\": 7.8, \"2025\": 7.8}}}",
                    "$.cbam.euPrice.eurPerTonne[\"2024\"]: expected an amount >= 0 in euros, at most 1000000000000, with at most 2 decimals (EUR per t), got -1"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"phaseIn\": {\"2024\": 0.5}, \"euPrice\": {\"eurPerTonne\": {}, \"cnyPerEur\": {}}}",
                    "$.cbam.euPrice.eurPerTonne: missing the EU allowance price of 2 years, 2024-2025 (the CBAM factor is above 0 in each)"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"phaseIn\": {\"2024\": 0.5}, \"euPrice\": {\"eurPerTonne\": {\"2024\": 80, \"2025\": 80}, \"cnyPerEur\": {}}}",
                    "$.cbam.euPrice.cnyPerEur: missing the exchange rate of 2 years, 2024-2025 (the CBAM factor is above 0 in each)"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"phaseIn\": {}, \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.phaseIn: expected the CBAM factor of at least one year, {\"2026\": 0.025}; leave phaseIn out for the EU schedule"),
            new Case(
                    "cbam",
                    "{\"exporters\": [null], \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.exporters[0]: expected an object (a CBAM exporter), got null"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"GLASS\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.exporters[0].goods: expected one of CEMENT, IRON_AND_STEEL, ALUMINIUM, FERTILISERS, HYDROGEN, ELECTRICITY, got \"GLASS\""),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"enterprise\": \"K1\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.exporters[0].enterprise: enterprise \"K1\" is in sector \"chemicals\", not \"cement\""),
            new Case(
                    "compliance.cycles",
                    "[{\"fromYear\": 2024, \"toYear\": 2026}]",
                    "$.compliance.cycles[0].toYear: expected a year from fromYear 2024 to the calendar's last, 2025,"
                            + " got 2026"),
            new Case(
                    "compliance.cycles",
                    "[{\"fromYear\": 2023, \"toYear\": 2024}]",
                    "$.compliance.cycles[0].fromYear: expected a year of the calendar, 2024 to 2025, got 2023"),
            new Case(
                    "compliance.cycles",
                    "[{\"fromYear\": 2024, \"toYear\": 2025}, {\"fromYear\": 2025, \"toYear\": 2025}]",
                    "$.compliance.cycles[1].fromYear: cycles must be in year order and not overlap: 2025 falls in or"
                            + " before the cycle at $.compliance.cycles[0] (to 2025)"),
            new Case(
                    "compliance.cycles",
                    "[{\"fromYear\": 2024, \"toYear\": 2025, \"burdenCap\": {\"emissionsShare\": 0.2,"
                            + " \"allocationOnlySectors\": [\"cemnt\"]}}]",
                    "$.compliance.cycles[0].burdenCap.allocationOnlySectors[0]: unknown sector \"cemnt\" (did you"
                            + " mean \"cement\"?)"),
            new Case(
                    "compliance.cycles",
                    "[{\"fromYear\": 2024, \"toYear\": 2025, \"burdenCap\": {\"emissionsShare\": 1.5}}]",
                    "$.compliance.cycles[0].burdenCap.emissionsShare: expected a number in 0..1 (share of verified"
                            + " emissions owed beyond the allocation), got 1.5"),
            new Case(
                    "uncertainty.parameters.0.path",
                    "\"$.market.nothing\"",
                    "$.uncertainty.parameters[0].path: \"$.market.nothing\" does not name a number in this file"),
            new Case(
                    "uncertainty.parameters.0.distribution.sd",
                    "0",
                    "$.uncertainty.parameters[0].distribution.sd: expected a number > 0, got 0"),
            new Case(
                    "uncertainty.parameters.0.distribution",
                    "{\"type\": \"beta\", \"alpha\": 1e308, \"beta\": 2, \"low\": 900000, \"high\": 1100000}",
                    "$.uncertainty.parameters[0].distribution.alpha: expected a number in (0, 1000000], got 1E+308"),
            new Case(
                    "uncertainty.correlation",
                    "[[1, 0.5]]",
                    "$.uncertainty.correlation[0]: expected 1 values (one per parameter), got 2"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"price\": 61, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000, \"issuanceLagYears\": -1}]}}",
                    "$.compliance.offsets[0].pipeline.types[0].issuanceLagYears: expected an integer in 0..50 (years from vintage to issuance), got -1"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"price\": 61, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000, \"registrationLagYears\": -2}]}}",
                    "$.compliance.offsets[0].pipeline.types[0].registrationLagYears: expected an integer in 0..50 (years from start to registration), got -2"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"price\": 61, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000, \"startsByYear\": {\"2023\": -1}}]}}",
                    "$.compliance.offsets[0].pipeline.types[0].startsByYear[\"2023\"]: expected an integer in 0..1000000 (projects), got -1"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"supplyTonnesPerYear\": 100, \"price\": 61, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000, \"creditingYears\": 10}]}}",
                    "$.compliance.offsets[0].supplyTonnesPerYear: the programme's pipeline or inclusion scheme sets its supply each year; leave this out"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"kind\": \"CARBON_INCLUSION\", \"price\": 61, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000, \"creditingYears\": 10}]}}",
                    "$.compliance.offsets[0].pipeline: a pipeline supplies CCER credits; this programme's kind is not CCER"),
            new Case(
                    "compliance.offsets.0.price",
                    "2550.01",
                    "$.compliance.offsets[0].price: expected at most 2550.00 CNY per t, the top of the price ladder (100 times market.initialPrice): a firm short at the deadline buys credits at any price, and what it pays must stay countable in fen, got 2550.01"),
            new Case(
                    "compliance.offsets.0.priceSlopePerMt",
                    "30000",
                    "$.compliance.offsets[0].priceSlopePerMt: the curve's price at the year's whole supply, 3061.00 CNY per t, is above 2550.00 CNY per t, the top of the price ladder (100 times market.initialPrice): a firm short at the deadline buys credits at any price, and what it pays must stay countable in fen"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"price\": 61, \"priceSlopePerMt\": 1000, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000000, \"startsByYear\": {\"2023\": 100}}]}}",
                    "$.compliance.offsets[0].priceSlopePerMt: the CCER book's asks would reach 2.00e+05 CNY per t (price + priceSlopePerMt x up to 2.00e+08 t on offer: the pipeline's largest issue in each of the run's years), above the book's top price, 167772.15 CNY per t; lower priceSlopePerMt or the pipeline"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ci\", \"kind\": \"CARBON_INCLUSION\", \"price\": 30, \"inclusion\": {\"groups\": [{\"id\": \"households\", \"population\": 1000, \"participation\": {\"mean\": 0.1}, \"reductionKgPerParticipant\": {\"mean\": 100}}, {\"id\": \"households\", \"population\": 2000, \"participation\": {\"mean\": 0.1}, \"reductionKgPerParticipant\": {\"mean\": 100}}]}}",
                    "$.compliance.offsets[0].inclusion.groups[1].id: duplicate actor group \"households\" (first at $.compliance.offsets[0].inclusion.groups[0])"),
            new Case(
                    "cbam",
                    "{\"exporters\": [{\"sector\": \"cement\", \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 0.86}], \"euPrice\": {\"eurPerTonne\": {\"2024\": 80, \"24\": 80}, \"cnyPerEur\": {\"2024\": 7.8}}}",
                    "$.cbam.euPrice.eurPerTonne[\"24\"]: expected a year in 1900..2200 as the key, got \"24\""),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ci\", \"kind\": \"CARBON_INCLUSION\", \"price\": 30, \"inclusion\": {\"groups\": [{\"id\": \"households\", \"population\": 1000, \"participation\": {\"mean\": 1.5}, \"reductionKgPerParticipant\": {\"mean\": 100}}]}}",
                    "$.compliance.offsets[0].inclusion.groups[0].participation.mean: expected a number in 0..1 (share of the actors), got 1.5"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ci\", \"kind\": \"CARBON_INCLUSION\", \"price\": 30, \"inclusion\": {\"groups\": [{\"id\": \"households\", \"population\": 1000, \"participation\": {\"mean\": 0.1}, \"reductionKgPerParticipant\": {\"mean\": 1e308}}]}}",
                    "$.compliance.offsets[0].inclusion.groups[0].reductionKgPerParticipant.mean: expected a number in 0..1000000000000000 (kg CO2e a participant a year), got 1E+308"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ci\", \"kind\": \"CARBON_INCLUSION\", \"price\": 30, \"inclusion\": {\"groups\": [{\"id\": \"households\", \"population\": 1000, \"participation\": {\"mean\": 0.1}, \"reductionKgPerParticipant\": {\"mean\": 100, \"sd\": 1e308}}]}}",
                    "$.compliance.offsets[0].inclusion.groups[0].reductionKgPerParticipant.sd: expected a number in 0..1000000000000000 (kg CO2e, standard deviation), got 1E+308"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ci\", \"kind\": \"CARBON_INCLUSION\", \"price\": 30, \"inclusion\": {\"groups\": [{\"id\": \"households\", \"population\": 10000000000, \"participation\": {\"mean\": 0.1}, \"reductionKgPerParticipant\": {\"mean\": 10000000000}}]}}",
                    "$.compliance.offsets[0].inclusion.groups: the groups could issue 1.00e+16 t of credits in a year"
                            + " (population x participation x reduction, each draw 16 standard deviations above its"
                            + " mean), above the largest tonnage a scenario may give, 1000000000000000 t"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ccer\", \"price\": 61, \"pipeline\": {\"types\": [{\"id\": \"forestry\", \"reductionTonnesPerYear\": 1000000000000000, \"startsByYear\": {\"2023\": 2}}]}}",
                    "$.compliance.offsets[0].pipeline.types: the types could issue 2.00e+15 t of credits in a vintage"
                            + " (every given start and a crediting period of responsive starts, each project its"
                            + " reductionTonnesPerYear), above the largest tonnage a scenario may give,"
                            + " 1000000000000000 t"),
            new Case(
                    "compliance.offsets.0",
                    "{\"id\": \"ci\", \"kind\": \"CARBON_INCLUSION\", \"price\": 30, \"priceSlopePerMt\": 5, \"inclusion\": {\"groups\": [{\"id\": \"households\", \"population\": 1000, \"participation\": {\"mean\": 0.1}, \"reductionKgPerParticipant\": {\"mean\": 100}}]}}",
                    "$.compliance.offsets[0].priceSlopePerMt: the platform sells at one price; expected 0 with an inclusion scheme, got a slope"),
            new Case(
                    "finance",
                    "{\"forwards\": {\"months\": [3, 6], \"hedging\": {\"month\": 7}}}",
                    "$.finance.forwards.hedging.month: unknown contract month 7 (listed: 3, 6)"),
            new Case(
                    "finance",
                    "{\"forwards\": {\"months\": [3, 13]}}",
                    "$.finance.forwards.months[1]: expected an integer in 1..12 (delivery month), got 13"),
            new Case(
                    "finance",
                    "{\"forwards\": {\"initialMarginPct\": 120}}",
                    "$.finance.forwards.initialMarginPct: expected a number in (0, 100] (initial margin, % of a"
                            + " position's value), got 120"),
            new Case(
                    "finance",
                    "{\"pledges\": {\"haircutPct\": -5}}",
                    "$.finance.pledges.haircutPct: expected a number in [0, 100) (% of the allowances' value not lent),"
                            + " got -5"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [{\"sector\": \"cemnt\", \"cash\": 1000}]}",
                    "$.finance.cashFirms[0].sector: unknown sector \"cemnt\" (did you mean \"cement\"?)"),
            new Case(
                    "finance",
                    "{\"forwards\": {\"months\": [3, 12], \"hedging\": {\"month\": 4294967308}}}",
                    "$.finance.forwards.hedging.month: unknown contract month 4294967308 (listed: 3, 12)"),
            new Case(
                    "finance",
                    "{\"forwards\": {\"hedging\": {\"month\": 999999999999}}}",
                    "$.finance.forwards.hedging.month: unknown contract month 999999999999 (listed: 3, 6, 9, 12)"),
            new Case(
                    "market.tick",
                    "-0.01",
                    "$.market.tick: expected an amount > 0 in yuan, at most 1000000000000, with at most 2 decimals"
                            + " (yuan), got -0.01"),
            new Case(
                    "market.tick",
                    "0",
                    "$.market.tick: expected an amount > 0 in yuan, at most 1000000000000, with at most 2 decimals"
                            + " (yuan), got 0"),
            new Case(
                    "agents.traders.0.cash",
                    "1e308",
                    "$.agents.traders[0].cash: expected an amount >= 0 in yuan, at most 1000000000000, with at most 2"
                            + " decimals (CNY each), got 1E+308"),
            new Case(
                    "enterprises.0.abatement.maxCost",
                    "100000000000",
                    "$.enterprises[0]: enterprise \"C1\": abating all it can (a share of 0.2) of its trend emissions in"
                            + " 2024, 900000.0 t, would cost more than 2882303761517117 CNY along its abatement curve:"
                            + " the money a run counts in fen could overflow (lower the abatement's maxCost, maxShare"
                            + " or step costs, or baseOutput)"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [{\"sector\": \"cement\", \"cash\": 1000}, {\"sector\": \"cement\", \"cash\": 5}]}",
                    "$.finance.cashFirms[1].sector: sector \"cement\" is already listed at $.finance.cashFirms[0] (a firm"
                            + " takes one entry)"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [{\"enterprise\": \"K1\"}, {\"enterprise\": \"K1\", \"cash\": 5}]}",
                    "$.finance.cashFirms[1].enterprise: enterprise \"K1\" is already listed at $.finance.cashFirms[0] (a"
                            + " firm takes one entry)"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [{\"sector\": \"cement\", \"cash\": 1000}, {\"enterprise\": \"C1\", \"cash\": 5}]}",
                    "$.finance.cashFirms[1].enterprise: enterprise \"C1\" is in sector \"cement\", which"
                            + " $.finance.cashFirms[0] lists already (a firm takes one entry)"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [{\"sector\": 5, \"cash\": 1000}]}",
                    "$.finance.cashFirms[0].sector: expected a string (sector id), got 5"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [[]]}",
                    "$.finance.cashFirms[0]: expected an object (a cash-constrained firm), got an array"),
            new Case(
                    "finance",
                    "{\"cashFirms\": [{\"sector\": \"steel\"}]}",
                    "$.finance.cashFirms[0].sector: unknown sector \"steel\" (sectors: cement, chemicals)"),
            new Case(
                    "allocation.cap.byYear",
                    "[1000000]",
                    "$.allocation.cap.byYear: expected an object (values by year, {\"2024\": ...}), got an array"),
            new Case("calendar", null, "$: missing required key \"calendar\" (years and trading days)"),
            new Case("calendar", "[]", "$.calendar: expected an object (years and trading days), got an array"),
            new Case(
                    "compliance.penalty.type",
                    "\"\"",
                    "$.compliance.penalty.type: expected one of hubei, national, eu (penalty model), got \"\""));

    private BadInputs() {}
}
