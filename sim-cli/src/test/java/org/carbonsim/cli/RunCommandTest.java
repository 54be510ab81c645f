package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.carbonsim.cli.format.OutputFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunCommandTest extends CommandLineTest {
    private static final List<String> FILES =
            List.of("summary.json", "daily.csv", "annual.csv", "sectors.csv", "enterprises.csv", "trades.csv");

    @TempDir
    Path dir;

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @Test
    void sameSeedWritesIdenticalBytesAndAnotherSeedDiffers() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertEquals(
                0, run("run", "hubei-pilot", "--years", "1", "--seed", "7", "--trades", "--quiet", "--out", "" + a));
        assertEquals(
                0, run("run", "hubei-pilot", "--years", "1", "--seed", "7", "--trades", "--quiet", "--out", "" + b));
        assertEquals(
                0, run("run", "hubei-pilot", "--years", "1", "--seed", "8", "--trades", "--quiet", "--out", "" + c));

        for (String name : FILES) {
            assertArrayEquals(read(a.resolve(name)), read(b.resolve(name)), name);
        }
        assertFalse(java.util.Arrays.equals(read(a.resolve("daily.csv")), read(c.resolve("daily.csv"))));
        assertEquals("", out.toString(), "--quiet prints nothing");
        String daily = Files.readString(a.resolve("daily.csv"), StandardCharsets.UTF_8);
        assertTrue(daily.startsWith("year,day,open_cny_per_t,high_cny_per_t,low_cny_per_t,close_cny_per_t,"
                + "vwap_cny_per_t,volume_t,turnover_cny,band_low_cny_per_t,band_high_cny_per_t\n"));
        assertFalse(daily.contains("\r"));
        assertEquals(243, daily.lines().count(), "header and 242 days");
    }

    @Test
    void aFinanceBlockWithoutForwardsWritesFinanceCsvButNoForwardsCsv() throws IOException {
        Path o = dir.resolve("pledges-only");
        String finance = "finance={\"pledges\": {\"haircutPct\": 30, \"ratePct\": 6, \"termDays\": 60},"
                + " \"cashFirms\": [{\"sector\": \"ceramics\", \"cash\": 200000, \"incomePerYear\": 2000000}]}";
        assertEquals(
                0,
                run(
                        "run",
                        "hubei-carbon-finance",
                        "--years",
                        "1",
                        "--set",
                        finance,
                        "--quiet",
                        "--no-charts",
                        "--out",
                        "" + o),
                err.toString());
        assertTrue(Files.exists(o.resolve("finance.csv")), "finance.csv is written for the pledges");
        assertFalse(
                Files.exists(o.resolve("forwards.csv")),
                "forwards.csv is written only for a scenario with finance.forwards, not as a header alone");
        assertFalse(
                Files.readString(o.resolve("daily.csv"), StandardCharsets.UTF_8).contains("forward_front"),
                "daily.csv has no forward-curve columns without forwards");
    }

    @Test
    void summaryHasTheDesignFieldsInYuan() throws IOException {
        Path o = dir.resolve("two");
        assertEquals(0, run("run", "classroom-two-firms", "--seed", "3", "--out", o.toString()));

        String summary = Files.readString(o.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("{\n  \"scenario\": \"classroom-two-firms\",\n  \"seed\": \"3\",\n"), summary);
        for (String field : List.of(
                "year",
                "cap",
                "coveredEnterprises",
                "coveredEmissions",
                "allocated",
                "auctioned",
                "emissions",
                "abatement",
                "offsetsUsed",
                "banked",
                "volume",
                "turnover",
                "vwap",
                "close",
                "limitHits",
                "complianceRate",
                "penalties",
                "equilibriumPrice",
                "abatementCost",
                "leastCostAbatementCost",
                "efficiency",
                "realisedCost",
                "equilibriumPriceOneYear",
                "leastCostAbatementCostOneYear",
                "efficiencyOneYear",
                "abatementLeastCost",
                "costEffectiveness",
                "turnoverRatio",
                "noTradeDays",
                "lastDaysVolumeShare",
                "spread")) {
            assertTrue(summary.contains("\"" + field + "\": "), field);
        }
        String annualHeader = Files.readString(o.resolve("annual.csv"), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        assertTrue(
                annualHeader.endsWith(
                        ",equilibrium_price_cny_per_t,abatement_cost_cny,least_cost_abatement_cost_cny,efficiency,"
                                + "realised_cost_cny,equilibrium_price_one_year_cny_per_t,"
                                + "least_cost_abatement_cost_one_year_cny,efficiency_one_year,"
                                + "abatement_least_cost_cny,cost_effectiveness,"
                                + "turnover_ratio,no_trade_days,last_20_days_volume_share,spread_cny_per_t,"
                                + "cancelled_t,deducted_t"),
                annualHeader);
        assertTrue(summary.contains("\"close\": 15.00"), "the textbook price, CNY 15: " + summary);
        assertTrue(summary.contains("\"totals\": {"), summary);
        assertFalse(Files.exists(o.resolve("trades.csv")), "trades only on request");
        assertTrue(Files.exists(o.resolve(OutputFolder.MARKER)));
        assertTrue(out.toString().contains("classroom-two-firms, seed 3, 1 year(s)"), out.toString());
        assertTrue(out.toString().contains("2024"), out.toString());
        assertTrue(out.toString().contains("\nyear        close "), "plain header: " + out);
        assertFalse(out.toString().contains("\u001B"), "plain text when stdout is not a terminal");
        assertEquals("", err.toString(), "no progress bar without a terminal");
    }

    @Test
    void costEffectivenessIsWrittenWhereAbatementCostSomethingAndBlankOrNullWhereNot() throws IOException {
        // classroom-two-firms: only A can abate, so its abatement is the least cost of those tonnes
        Path two = dir.resolve("two");
        assertEquals(0, run("run", "classroom-two-firms", "--seed", "3", "--no-charts", "--out", two.toString()));
        List<String> rows = Files.readAllLines(two.resolve("annual.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(",", -1));
        List<String> year = List.of(rows.get(1).split(",", -1));
        assertEquals("150020.00", year.get(header.indexOf("abatement_cost_cny")), rows.toString());
        assertEquals("150020.00", year.get(header.indexOf("abatement_least_cost_cny")), rows.toString());
        assertEquals("1.0000", year.get(header.indexOf("cost_effectiveness")), rows.toString());
        String summary = Files.readString(two.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("\"abatementLeastCost\": 150020.00, \"costEffectiveness\": 1.0000"), summary);
        assertTrue(
                out.toString()
                        .contains("\nwhole run: cost-effectiveness 1.0000 (the least cost of the abatement done"
                                + " over its cost, CNY 150020.00)\n"),
                out.toString());

        // classroom-gode-sunder has no covered firms: nothing abated, nothing spent, undefined (never 0)
        Path gs = dir.resolve("gs");
        assertEquals(0, run("run", "classroom-gode-sunder", "--seed", "1", "--no-charts", "--out", gs.toString()));
        rows = Files.readAllLines(gs.resolve("annual.csv"), StandardCharsets.UTF_8);
        header = List.of(rows.get(0).split(",", -1));
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = List.of(row.split(",", -1));
            assertEquals("0.00", cells.get(header.indexOf("abatement_least_cost_cny")), row);
            assertEquals("", cells.get(header.indexOf("cost_effectiveness")), "blank, never 0: " + row);
        }
        String undefined = Files.readString(gs.resolve("summary.json"), StandardCharsets.UTF_8);
        int years = rows.size() - 1;
        int nulls = undefined.split("\"abatementLeastCost\": 0.00, \"costEffectiveness\": null", -1).length - 1;
        assertEquals(years + 1, nulls, "null in every year and in the totals: " + undefined);
        assertTrue(out.toString().contains("\nwhole run: cost-effectiveness n/a "), out.toString());
    }

    /**
     * The printed sector table sets each sector's allocation and shortfall beside its covered
     * enterprises' emissions, summed here from enterprises.csv; in hubei-pilot's 2014 most sectors
     * have operating enterprises below the threshold, whose emissions the table once added in.
     */
    @Test
    void theSectorTablePrintsTheCoveredEnterprisesEmissions() throws IOException {
        Path o = dir.resolve("hubei-2014");
        assertEquals(
                0, run("run", "hubei-pilot", "--years", "1", "--no-charts", "--out", o.toString()), err.toString());
        Map<String, Long> covered = new TreeMap<>();
        Map<String, Long> operating = new TreeMap<>();
        List<String> rows = Files.readAllLines(o.resolve("enterprises.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(","));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            String sector = cells[header.indexOf("sector_name")];
            long emissions = Long.parseLong(cells[header.indexOf("emissions_t")]);
            operating.merge(sector, emissions, Long::sum);
            if (Boolean.parseBoolean(cells[header.indexOf("covered")])) {
                covered.merge(sector, emissions, Long::sum);
            }
        }
        String printed = out.toString();
        assertTrue(printed.contains("covered emissions (t)"), printed);
        boolean someDiffer = false;
        for (Map.Entry<String, Long> sector : covered.entrySet()) {
            String line = printed.lines()
                    .filter(l -> l.startsWith(sector.getKey() + " "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + sector.getKey() + " in\n" + printed));
            String[] cells = line.substring(sector.getKey().length()).trim().split(" +");
            assertEquals(sector.getValue(), Long.parseLong(cells[2]), sector.getKey() + ": " + line);
            someDiffer |= !sector.getValue().equals(operating.get(sector.getKey()));
        }
        assertTrue(someDiffer, "some sector has operating enterprises it does not cover in 2014");
    }

    @Test
    void aGodeSunderMarketShowsItsAllocativeEfficiency() throws IOException {
        Path o = dir.resolve("gs");
        assertEquals(0, run("run", "classroom-gode-sunder", "--seed", "1", "--no-charts", "--out", o.toString()));
        String summary = Files.readString(o.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(
                summary.contains("\"maximumSurplus\": 680.00, \"allocativeEfficiency\": "),
                "the hand-worked maximum, CNY 680: " + summary);
        assertTrue(out.toString().contains("\nallocative efficiency "), out.toString());
        assertTrue(out.toString().contains("of the schedules' maximum CNY 680.00\n"), out.toString());

        Path two = dir.resolve("two");
        assertEquals(0, run("run", "classroom-two-firms", "--seed", "1", "--no-charts", "--out", two.toString()));
        String plain = Files.readString(two.resolve("summary.json"), StandardCharsets.UTF_8);
        assertFalse(plain.contains("allocativeEfficiency"), "only a market with unit schedules has it: " + plain);
    }

    static Stream<String> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /**
     * An --out ending in a carriage return, as a script saved with Windows line ends passes it, is refused
     * on one line: before, the run made a folder whose name ends in that invisible character.
     */
    @Test
    void anOutWithAControlCharacterIsRefusedAndNothingIsCreated() throws IOException {
        Path o = dir.resolve("o\r");
        assertEquals(2, run("run", "classroom-two-firms", "--no-charts", "--out", o.toString()));
        assertEquals(
                "carbonsim: Invalid value for option '--out': '" + dir + "/o\\r' has a carriage return at character "
                        + (dir.toString().length() + 3) + " (is the script saved with Windows line ends?); give the"
                        + " name without it",
                err.toString().lines().findFirst().orElse(""));
        try (var entries = Files.list(dir)) {
            assertEquals(0, entries.count(), "nothing is created");
        }
    }

    @Test
    void theBundledScenariosAreFound() throws IOException {
        List<String> names = bundledScenarios().toList();
        assertTrue(names.containsAll(List.of("classroom-two-firms", "classroom-ten-firms", "hubei-pilot")), "" + names);
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void everyBundledScenarioRunsForOneYear(String name) throws IOException {
        Path o = dir.resolve(name);
        assertEquals(0, run("run", name, "--years", "1", "--quiet", "--out", o.toString()), err.toString());
        String annual = Files.readString(o.resolve("annual.csv"), StandardCharsets.UTF_8);
        assertEquals(2, annual.lines().count(), annual);
    }

    @Test
    void helpShowsOptionsAndExamples() {
        assertEquals(0, run("run", "--help"));
        String help = out.toString();
        for (String text : List.of("--seed", "--out", "--years", "--trades", "--quiet", "--force", "Examples:")) {
            assertTrue(help.contains(text), text + " in " + help);
        }
    }

    @Test
    void missingFileIsBadInput() {
        assertEquals(
                2,
                run(
                        "run",
                        dir.resolve("nope.json").toString(),
                        "--out",
                        dir.resolve("o").toString()));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void zeroYearsIsBadInput() {
        assertEquals(
                2,
                run(
                        "run",
                        "classroom-two-firms",
                        "--years",
                        "0",
                        "--out",
                        dir.resolve("o").toString()));
        assertTrue(err.toString().contains("--years"), err.toString());
    }

    @Test
    void anOutputThatIsAFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertEquals(2, run("run", "classroom-two-firms", "--out", file.toString()));
        assertTrue(err.toString().contains("not a folder"), err.toString());
    }

    /**
     * A folder that is not a carbonsim output is never replaced: until 2026-12-03 {@code --force} replaced
     * it whole, and {@code --out /root --force} deleted a home folder.
     */
    @Test
    void refusesANonEmptyFolderThatIsNotAnOutputEvenWhenForced() throws IOException {
        Path o = dir.resolve("mine");
        Files.createDirectories(o);
        Files.writeString(o.resolve("thesis.tex"), "precious");

        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--out", o.toString()));
        assertTrue(Files.exists(o.resolve("thesis.tex")), "left alone");
        assertTrue(err.toString().contains("not a carbonsim output"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--force", "--out", o.toString()));
        assertEquals("precious", Files.readString(o.resolve("thesis.tex")), "left alone even with --force");
        assertFalse(Files.exists(o.resolve("summary.json")));
        assertTrue(err.toString().contains("even with --force"), err.toString());
    }

    @Test
    void replacesItsOwnOutputAndLeavesNoTemporaryFolders() throws IOException {
        Path o = dir.resolve("again");
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--trades", "--out", o.toString()));
        assertTrue(Files.exists(o.resolve("trades.csv")));
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--out", o.toString()));
        assertFalse(Files.exists(o.resolve("trades.csv")), "the old output was replaced as a whole");
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(o), entries.toList());
        }
    }

    /**
     * A scenario that can be read only once, from a pipe ({@code carbonsim run <(jq ...)}) or a device,
     * is refused before it is read: the run read it again to copy it into the folder and hash it into
     * run.json, and found it empty, so the folder held an empty scenario.json, the SHA-256 of nothing and
     * no charts. A device stands in for the pipe, which a test cannot open twice without blocking.
     */
    @Test
    void aScenarioThatCanBeReadOnlyOnceIsRefused() {
        Path device = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(device), "needs /dev/null");
        Path o = dir.resolve("o");

        assertEquals(2, run("run", device.toString(), "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(
                "carbonsim: " + device + ": is a pipe or a device, not a file; this command reads the scenario more"
                        + " than once (it copies it into the output folder), so save it to a file first\n",
                err.toString());
        assertFalse(Files.exists(o));
    }
}
