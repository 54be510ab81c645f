package org.carbonsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carbonsim.cli.CarbonsimCommand;
import org.carbonsim.cli.chart.Fixtures;
import org.carbonsim.cli.chart.MonteCarloOutput;
import org.carbonsim.core.montecarlo.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Monte Carlo report says which metrics are of the last year as the data dictionary defines them,
 * so a reader of a forwarded report does not take the final year's spread or no-trade days for the
 * whole run's.
 */
class MonteCarloReportTest {
    private static final Path DICTIONARY = Path.of("..", "docs", "data-dictionary.md");

    @Test
    void theFinalYearMetricsAreTheDictionarys() throws IOException {
        Pattern row =
                Pattern.compile("^\\| `(\\w+)` \\| `\\w+` \\| [^|]* \\| `\\w+` \\| ([^|]*) \\|$", Pattern.MULTILINE);
        Matcher m = row.matcher(Files.readString(DICTIONARY, StandardCharsets.UTF_8));
        Set<String> documented = new TreeSet<>();
        int rows = 0;
        while (m.find()) {
            rows++;
            if (m.group(2).startsWith("final year's")) {
                documented.add(m.group(1));
            }
        }
        assertEquals(Metric.values().length, rows, "rows of the dictionary's table of study metrics");
        Set<String> code = Arrays.stream(Metric.values())
                .filter(Metric::ofFinalYear)
                .map(Metric::label)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, code, "metrics of the final year: the dictionary's against Metric.ofFinalYear");
    }

    @Test
    void theBlockAgreementTradesSectionAppearsOnlyForAMarketWithThem(@TempDir Path dir) throws IOException {
        String blocks = MonteCarloReport.html(
                MonteCarloOutput.read(Fixtures.monteCarloWithBlocks(dir.resolve("blocks"))), List.of());
        for (String text : List.of("Block agreement trades", "大宗协议交易", "大宗协议成交量均值", "From year-stats.csv")) {
            assertTrue(blocks.contains(text), "the report of a study with block trades has " + text);
        }
        // 2030: mean volume 10,000 t, mean block volume 2,500 t (95% CI 2,000 to 3,000 t): a share of 25%
        Matcher row = Pattern.compile("<tr>.*?</tr>", Pattern.DOTALL)
                .matcher(blocks.substring(blocks.indexOf("id=\"blocks\"")));
        assertTrue(row.find() && row.find(), "the block table has a row for 2030");
        List<String> cells = Pattern.compile(">([^<>]+)</td>")
                .matcher(row.group())
                .results()
                .map(r -> r.group(1))
                .toList();
        assertEquals(List.of("2030", "10,000", "2,500", "2,000", "3,000", "25.0"), cells, row.group());
        String book = MonteCarloReport.html(MonteCarloOutput.read(Fixtures.folder(Fixtures.MONTE_CARLO)), List.of());
        for (String text : List.of("Block agreement trades", "大宗协议", "year-stats.csv")) {
            assertFalse(book.contains(text), "the report of a study without block trades has no " + text);
        }
    }

    @Test
    void theReportNamesEveryMetricOfTheLastYear(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mc");
        int code = CarbonsimCommand.newCommandLine()
                .execute("montecarlo", "classroom-two-firms", "--runs", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, code, "carbonsim montecarlo classroom-two-firms --runs 2");
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        for (Pattern sentence : List.of(
                Pattern.compile("Metrics of the last year \\(([^)]*)\\) or of the whole run"),
                Pattern.compile("指标为最后一年的值（([^）]*)）或整个模拟期的值"))) {
            Matcher m = sentence.matcher(html);
            assertTrue(m.find(), "report.html says which metrics are of the last year: " + sentence);
            Set<String> named = Arrays.stream(m.group(1).split("[,、]\\s*")).collect(Collectors.toSet());
            for (Metric metric : Metric.values()) {
                assertEquals(
                        metric.ofFinalYear(),
                        named.contains(metric.label()),
                        metric.label() + " named among the last year's metrics in \"" + m.group(0) + "\"");
            }
        }
    }
}
