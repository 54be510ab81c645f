package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carbonsim.cli.CarbonsimCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures a whole run of every bundled scenario writes add up as the data dictionary defines
 * them, the way an analyst checks a run before forwarding it: each year's totals in {@code
 * annual.csv} are the sums of {@code enterprises.csv}, each sector's row of {@code sectors.csv} the
 * sum of its enterprises, the year's volume and turnover those of {@code daily.csv} and {@code
 * trades.csv}, the VWAP turnover ÷ volume, the realised cost, the cost-effectiveness and the turnover
 * ratio their definitions, the compliance rate the share of covered enterprises with
 * nothing short, an enterprise's bank what it held, was given and bought less what it sold and
 * surrendered, and a stability reserve's holdings carry over from year to year.
 */
class RunIdentitiesTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @MethodSource("org.carbonsim.scenarios.BundledScenariosTest#scenarios")
    void theRunsFiguresAddUp(Path scenario) throws IOException {
        String name = scenario.getFileName().toString().replace(".json", "");
        Path dir = out.resolve(name);
        int code = CarbonsimCommand.newCommandLine()
                .execute("run", scenario.toString(), "--out", dir.toString(), "--quiet", "--no-charts", "--trades");
        assertEquals(0, code, name + ": carbonsim run failed");
        JsonObject json = json(scenario);
        List<CSVRecord> annual = read(dir.resolve("annual.csv"));
        List<CSVRecord> sectors = read(dir.resolve("sectors.csv"));
        List<CSVRecord> enterprises = read(dir.resolve("enterprises.csv"));
        List<CSVRecord> daily = read(dir.resolve("daily.csv"));
        List<CSVRecord> trades = read(dir.resolve("trades.csv"));
        boolean mrv = json.has("mrv");
        boolean financed = json.has("finance");
        Map<String, Long> bank = new HashMap<>();
        for (CSVRecord year : annual) {
            String y = year.get("year");
            String at = name + " " + y + ": ";
            List<CSVRecord> firms = rowsOf(enterprises, y);
            List<CSVRecord> covered =
                    firms.stream().filter(r -> r.get("covered").equals("true")).toList();
            List<CSVRecord> days = rowsOf(daily, y);
            List<CSVRecord> deals = rowsOf(trades, y);

            assertEquals(count(year, "covered_enterprises"), covered.size(), at + "covered_enterprises");
            assertEquals(count(year, "covered_emissions_t"), sum(covered, "emissions_t"), at + "covered_emissions_t");
            assertEquals(count(year, "emissions_t"), sum(firms, "emissions_t"), at + "emissions_t");
            assertEquals(count(year, "allocated_t"), sum(firms, "allocation_t"), at + "allocated_t");
            assertEquals(count(year, "abatement_t"), sum(covered, "abatement_t"), at + "abatement_t");
            assertEquals(count(year, "offsets_used_t"), sum(firms, "offsets_t"), at + "offsets_used_t");
            assertEquals(count(year, "banked_t"), sum(firms, "banked_t"), at + "banked_t");
            assertEquals(count(year, "cancelled_t"), sum(firms, "cancelled_t"), at + "cancelled_t");
            assertEquals(count(year, "deducted_t"), sum(firms, "deducted_t"), at + "deducted_t");
            assertEquals(money(year, "penalties_cny"), moneySum(firms, "penalty_cny"), at + "penalties_cny");

            long volume = count(year, "volume_t");
            BigDecimal turnover = money(year, "turnover_cny");
            // a year's volume and turnover count the block agreements too; a day's are the book's alone
            boolean blocks = json.getAsJsonObject("market").has("blockTrades");
            long blockVolume = blocks ? count(year, "block_volume_t") : 0;
            BigDecimal blockTurnover = blocks ? money(year, "block_turnover_cny") : BigDecimal.ZERO.setScale(2);
            List<CSVRecord> blockDeals = blocks
                    ? deals.stream().filter(r -> r.get("venue").equals("block")).toList()
                    : List.of();
            if (blocks) {
                assertEquals(blockVolume, sum(days, "block_volume_t"), at + "block_volume_t against daily.csv");
                assertEquals(
                        blockTurnover,
                        moneySum(days, "block_turnover_cny"),
                        at + "block_turnover_cny against daily.csv");
                assertEquals(blockVolume, sum(blockDeals, "quantity_t"), at + "block_volume_t against trades.csv");
            }
            assertEquals(volume, sum(days, "volume_t") + blockVolume, at + "volume_t against daily.csv");
            assertEquals(
                    turnover, moneySum(days, "turnover_cny").add(blockTurnover), at + "turnover_cny against daily.csv");
            assertEquals(volume, sum(deals, "quantity_t"), at + "volume_t against trades.csv");
            BigDecimal traded = deals.stream()
                    .map(r -> new BigDecimal(r.get("price_cny_per_t"))
                            .multiply(BigDecimal.valueOf(count(r, "quantity_t"))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, turnover.compareTo(traded), at + "turnover_cny against trades.csv: " + traded);
            if (volume > 0) {
                BigDecimal vwap = turnover.divide(BigDecimal.valueOf(volume), 2, RoundingMode.DOWN);
                assertEquals(
                        vwap,
                        money(year, "vwap_cny_per_t"),
                        at + "vwap_cny_per_t = turnover ÷ volume, to the fen below");
            }
            if (!days.isEmpty()) {
                assertEquals(
                        days.get(days.size() - 1).get("close_cny_per_t"),
                        year.get("close_cny_per_t"),
                        at + "close_cny_per_t against the last day of daily.csv");
            }
            assertEquals(
                    count(year, "no_trade_days"),
                    days.stream()
                            .filter(r -> count(r, "volume_t") == 0 && (!blocks || count(r, "block_volume_t") == 0))
                            .count(),
                    at + "no_trade_days");

            BigDecimal abatementAndFines = money(year, "abatement_cost_cny").add(money(year, "penalties_cny"));
            BigDecimal realised = money(year, "realised_cost_cny");
            if (count(year, "offsets_used_t") == 0) {
                assertEquals(
                        abatementAndFines, realised, at + "realised_cost_cny = abatement cost + fines, no offsets");
            } else {
                assertTrue(realised.compareTo(abatementAndFines) >= 0, at + "realised_cost_cny counts the offsets too");
            }
            if (!year.get("cost_effectiveness").isEmpty()) {
                assertEquals(
                        money(year, "abatement_least_cost_cny")
                                .divide(money(year, "abatement_cost_cny"), 4, RoundingMode.HALF_UP),
                        new BigDecimal(year.get("cost_effectiveness")),
                        at + "cost_effectiveness = abatement_least_cost_cny ÷ abatement_cost_cny");
            }
            if (!year.get("turnover_ratio").isEmpty()) {
                assertEquals(
                        BigDecimal.valueOf(volume)
                                .divide(BigDecimal.valueOf(count(year, "cap_t")), 4, RoundingMode.HALF_UP),
                        new BigDecimal(year.get("turnover_ratio")),
                        at + "turnover_ratio = volume_t ÷ cap_t");
            }

            long compliant =
                    covered.stream().filter(r -> count(r, "shortfall_t") == 0).count();
            if (!covered.isEmpty()) {
                BigDecimal share = BigDecimal.valueOf(compliant)
                        .divide(BigDecimal.valueOf(covered.size()), 4, RoundingMode.HALF_UP);
                assertEquals(share, new BigDecimal(year.get("compliance_rate")), at + "compliance_rate");
            }

            for (CSVRecord sector : rowsOf(sectors, y)) {
                String s = sector.get("sector_id");
                List<CSVRecord> members =
                        firms.stream().filter(r -> r.get("sector_id").equals(s)).toList();
                assertEquals(
                        count(sector, "covered_enterprises"),
                        members.stream()
                                .filter(r -> r.get("covered").equals("true"))
                                .count(),
                        at + s + " covered_enterprises");
                for (String column : List.of(
                        "allocation_t",
                        "emissions_t",
                        "abatement_t",
                        "surrendered_t",
                        "offsets_t",
                        "shortfall_t",
                        "bought_t",
                        "sold_t",
                        "banked_t",
                        "cancelled_t",
                        "deducted_t")) {
                    assertEquals(count(sector, column), sum(members, column), at + s + " " + column);
                }
                assertEquals(money(sector, "penalty_cny"), moneySum(members, "penalty_cny"), at + s + " penalty_cny");
            }

            for (CSVRecord firm : firms) {
                String id = firm.get("enterprise_id");
                long held = bank.getOrDefault(id, 0L) + flows(firm);
                long banked = count(firm, "banked_t");
                bank.put(id, banked);
                if (financed) {
                    continue; // deliveries, pledges and repos move allowances outside bought_t and sold_t
                }
                assertEquals(
                        held,
                        banked,
                        at + id + ": banked_t against last year's bank + allocation_t - deducted_t + bought_t"
                                + " - sold_t - surrendered_t - cancelled_t");
                if (!mrv) {
                    long settled = count(firm, "surrendered_t") + count(firm, "offsets_t") + count(firm, "shortfall_t");
                    assertTrue(
                            settled == 0
                                    || settled == count(firm, "emissions_t")
                                    || !firm.get("covered").equals("true"),
                            at + id + ": surrendered_t + offsets_t + shortfall_t = " + settled
                                    + ", neither 0 (no deadline) nor emissions_t " + firm.get("emissions_t"));
                }
            }
        }
        Path reserve = dir.resolve("reserve.csv");
        if (Files.exists(reserve)) {
            List<CSVRecord> rows = read(reserve);
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord row = rows.get(i);
                String at = name + " " + row.get("year") + ": reserve.csv ";
                long holdings = count(row, "holdings_t");
                assertEquals(
                        count(row, "opening_holdings_t") + count(row, "intake_t") - count(row, "release_t"),
                        holdings,
                        at + "opening_holdings_t + intake_t - release_t");
                if (i + 1 < rows.size()) {
                    CSVRecord next = rows.get(i + 1);
                    assertEquals(
                            holdings - (count(row, "intake_t") - count(next, "auction_withheld_t")),
                            count(next, "opening_holdings_t"),
                            at + "next year's opening_holdings_t");
                }
            }
        }
    }

    /**
     * A firm short at a deadline under a penalty rule with a deduction is issued its next allocation
     * less the deduction: {@code deducted_t} is twice last year's {@code shortfall_t} as the rule
     * states, {@code allocation_t} still counts it, and last year's bank + allocation − deducted +
     * bought − sold − surrendered − cancelled is the bank, as the data dictionary says. Ten firms
     * under the Hubei-style rule (2 × the price, capped, twice the shortfall deducted) and a cap too
     * tight to meet fall short both years.
     */
    @Test
    void aDeductionForLastYearsShortfallIsWithheldFromTheAllocationIssued() throws IOException {
        List<CSVRecord> rows = enterprisesOf(
                "classroom-ten-firms.json",
                "--set",
                "compliance.penalty={\"type\": \"hubei\", \"priceMultiple\": 2, \"fineCap\": 150000,"
                        + " \"deductionMultiple\": 2}",
                "--set",
                "allocation.cap.byYear={\"2024\": 4300000, \"2025\": 4000000}");
        Map<String, Long> bank = new HashMap<>();
        Map<String, Long> owed = new HashMap<>();
        long deducted = 0;
        for (CSVRecord firm : rows) {
            String id = firm.get("enterprise_id");
            String at = firm.get("year") + " " + id + ": ";
            long deduction = owed.getOrDefault(id, 0L);
            deducted += deduction;
            assertEquals(deduction, count(firm, "deducted_t"), at + "deducted_t, 2 × last year's shortfall_t");
            assertEquals(
                    bank.getOrDefault(id, 0L) + flows(firm),
                    count(firm, "banked_t"),
                    at + "the bank, " + deduction + " t deducted for last year's shortfall");
            bank.put(id, count(firm, "banked_t"));
            owed.put(id, 2 * count(firm, "shortfall_t"));
        }
        assertTrue(deducted > 0, "some firm was short in 2024 and had tonnes deducted in 2025");
    }

    /**
     * Under the national banking cap (10,000 t + 1.5 × net sales) the allowances over it are cancelled
     * at the deadline, and {@code cancelled_t} holds them: the bank reconciles from the rows, and some
     * firm of cbam-exposure, under that cap, loses tonnes.
     */
    @Test
    void theBankingCapsCancellationsAreInTheRows() throws IOException {
        Map<String, Long> bank = new HashMap<>();
        long cancelled = 0;
        for (CSVRecord firm : enterprisesOf("cbam-exposure.json")) {
            String id = firm.get("enterprise_id");
            cancelled += count(firm, "cancelled_t");
            assertEquals(
                    bank.getOrDefault(id, 0L) + flows(firm),
                    count(firm, "banked_t"),
                    firm.get("year") + " " + id + ": the bank, " + firm.get("cancelled_t") + " t cancelled");
            bank.put(id, count(firm, "banked_t"));
        }
        assertTrue(cancelled > 0, "some firm banked over the cap and had tonnes cancelled");
    }

    /** The rows of enterprises.csv of a run of the bundled {@code scenarioFile} with {@code options}. */
    private List<CSVRecord> enterprisesOf(String scenarioFile, String... options) throws IOException {
        Path dir = out.resolve(scenarioFile.replace(".json", ""));
        List<String> args = new ArrayList<>(List.of(
                "run",
                BundledScenariosTest.DIR.resolve(scenarioFile).toString(),
                "--out",
                dir.toString(),
                "--quiet",
                "--no-charts"));
        args.addAll(List.of(options));
        int code = CarbonsimCommand.newCommandLine().execute(args.toArray(String[]::new));
        assertEquals(0, code, scenarioFile + " " + String.join(" ", options) + ": carbonsim run failed");
        return read(dir.resolve("enterprises.csv"));
    }

    /**
     * What an enterprise's row adds to the bank it carried in: allocation_t − deducted_t + bought_t −
     * sold_t − surrendered_t − cancelled_t, t.
     */
    private static long flows(CSVRecord firm) {
        return count(firm, "allocation_t")
                - count(firm, "deducted_t")
                + count(firm, "bought_t")
                - count(firm, "sold_t")
                - count(firm, "surrendered_t")
                - count(firm, "cancelled_t");
    }

    private static List<CSVRecord> rowsOf(List<CSVRecord> rows, String year) {
        return rows.stream().filter(r -> r.get("year").equals(year)).toList();
    }

    private static long count(CSVRecord row, String column) {
        return Long.parseLong(row.get(column));
    }

    private static long sum(List<CSVRecord> rows, String column) {
        return rows.stream().mapToLong(r -> count(r, column)).sum();
    }

    private static BigDecimal money(CSVRecord row, String column) {
        return new BigDecimal(row.get(column)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal moneySum(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> money(r, column)).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The scenario file as JSON. */
    static JsonObject json(Path scenario) throws IOException {
        try (Reader reader = Files.newBufferedReader(scenario, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        }
    }

    /** The records of a CSV file carbonsim wrote, by its header. */
    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
