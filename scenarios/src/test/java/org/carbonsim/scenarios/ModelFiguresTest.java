package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonsim.cli.CarbonsimCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures docs/model.md quotes from a run of a bundled scenario at its own seed are what that run
 * gives now: the sentence is read from the document and the run made, so a change to the engine that
 * moves the figure fails here until the document (and docs/changes.md) says the new one.
 */
class ModelFiguresTest {
    private static final Path MODEL = BundledScenariosTest.DIR.resolve("../docs/model.md");

    @TempDir
    Path out;

    private static String model() throws IOException {
        return Files.readString(MODEL, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private static Matcher find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "docs/model.md has no sentence matching " + regex);
        return m;
    }

    /** {@code carbonsim run NAME} at its own seed with {@code options}; returns the folder. */
    private Path run(String name, String... options) {
        Path dir = out.resolve(name + "-" + options.length);
        List<String> args = new ArrayList<>(List.of(
                "run",
                BundledScenariosTest.DIR.resolve(name + ".json").toString(),
                "--out",
                dir.toString(),
                "--quiet",
                "--no-charts"));
        args.addAll(List.of(options));
        assertEquals(0, CarbonsimCommand.newCommandLine().execute(args.toArray(String[]::new)), name + ": run failed");
        return dir;
    }

    /** The rows of a CSV file without quoted fields, split at commas, the header first. */
    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.split(",", -1))
                .toList();
    }

    private static List<String> column(List<String[]> rows, String name) {
        int i = List.of(rows.get(0)).indexOf(name);
        return rows.subList(1, rows.size()).stream().map(r -> r[i]).toList();
    }

    @Test
    void euMsrsAuctionsAndPricesAreThoseThePrimaryAuctionsSectionQuotes() throws IOException {
        Matcher stated = find(
                model(),
                "at its own seed (\\d+) of its (\\d+) auctions after the first clear at the top step \\(clearing price ÷"
                        + " previous close ([\\d.]+) on average\\), and its VWAPs of 2024–2026 are CNY ([\\d.]+), ([\\d.]+)"
                        + " and ([\\d.]+)");
        Path dir = run("eu-msr");
        assertEquals(
                List.of(stated.group(4), stated.group(5), stated.group(6)),
                column(rows(dir.resolve("annual.csv")), "vwap_cny_per_t"),
                "eu-msr's VWAPs of 2024-2026 at its own seed");
        List<String[]> daily = rows(dir.resolve("daily.csv"));
        List<String[]> auctions = rows(dir.resolve("events.csv")).stream()
                .filter(r -> r[2].equals("auction"))
                .toList();
        int top = 0;
        int sold = 0;
        BigDecimal ratios = BigDecimal.ZERO;
        for (String[] auction : auctions.subList(1, auctions.size())) {
            BigDecimal price = new BigDecimal(auction[6]);
            if (price.signum() == 0) {
                continue;
            }
            int day = indexOfDay(daily, auction[0], auction[1]);
            BigDecimal previousClose = new BigDecimal(daily.get(day - 1)[5]);
            sold++;
            ratios = ratios.add(price.divide(previousClose, MathContext.DECIMAL64));
            if (price.compareTo(previousClose.multiply(new BigDecimal("1.02")).subtract(new BigDecimal("0.01"))) >= 0) {
                top++;
            }
        }
        assertEquals(Integer.parseInt(stated.group(2)), auctions.size() - 1, "eu-msr's auctions after the first");
        assertEquals(Integer.parseInt(stated.group(1)), top, "eu-msr's auctions at the top step, of " + sold + " sold");
        assertEquals(
                new BigDecimal(stated.group(3)),
                ratios.divide(BigDecimal.valueOf(sold), 3, RoundingMode.HALF_UP),
                "eu-msr's mean clearing price ÷ previous close");
    }

    private static int indexOfDay(List<String[]> daily, String year, String day) {
        for (int i = 1; i < daily.size(); i++) {
            if (daily.get(i)[0].equals(year) && daily.get(i)[1].equals(day)) {
                return i;
            }
        }
        throw new AssertionError("no day " + year + "/" + day + " in daily.csv");
    }

    @Test
    void nationalDataQualitysPricesAreThoseTheBankValueSectionQuotes() throws IOException {
        Matcher stated = find(
                model(),
                "both years trade at exactly its opening CNY ([\\d.]+), against least-cost prices of CNY ([\\d.]+) and"
                        + " ([\\d.]+); with the file's share of 0, CNY ([\\d.]+) and ([\\d.]+)");
        List<String[]> ratchet = rows(run("national-data-quality", "--set", "agents.compliance.bankValueShare=1")
                .resolve("annual.csv"));
        assertEquals(
                List.of(stated.group(1), stated.group(1)),
                column(ratchet, "vwap_cny_per_t"),
                "national-data-quality's VWAPs with a bank-value share of 1");
        assertEquals(
                List.of(stated.group(2), stated.group(3)),
                column(ratchet, "equilibrium_price_cny_per_t"),
                "national-data-quality's least-cost prices");
        assertEquals(
                List.of(stated.group(4), stated.group(5)),
                column(rows(run("national-data-quality").resolve("annual.csv")), "vwap_cny_per_t"),
                "national-data-quality's VWAPs with the file's bank-value share of 0");
    }
}
