package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.carbonsim.cli.CommandLineTest;
import org.carbonsim.cli.chart.ChartData;
import org.carbonsim.cli.chart.CompareCharts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} writes the paired differences per sector and per year, their charts and a report,
 * checked against two policies small enough to work out by hand.
 */
class ComparePairedFilesTest extends CommandLineTest {
    /**
     * Two sectors of one firm each, no abatement, no shocks, no traders, every firm short: nobody sells,
     * nothing trades, and allocation = 2023 emissions × control factor × MAF, shortfall = emissions −
     * allocation, fine = shortfall × CNY 100. Power: 200,000 t, control factor 0.95. Cement: 100,000 t.
     */
    private static final String SCENARIO =
            """
            {"schemaVersion": 1, "name": "NAME", "seed": 3,
             "calendar": {"startYear": 2024, "years": 2, "tradingDaysPerYear": 10},
             "market": {"initialPrice": 40.00},
             "sectors": [
               {"id": "power", "name": "电力 Power",
                "allocation": {"type": "historicalEmissions", "baseYears": [2023], "controlFactor": 0.95}},
               {"id": "cement", "name": "水泥 Cement",
                "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
             "enterprises": [
               {"id": "P", "sector": "power", "baseOutput": 200000, "emissionIntensity": 1.0,
                "history": [{"year": 2023, "output": 200000, "emissions": 200000}]},
               {"id": "C", "sector": "cement", "baseOutput": 100000, "emissionIntensity": 1.0,
                "history": [{"year": 2023, "output": 100000, "emissions": 100000}]}],
             "allocation": {"cap": {"type": "given", "byYear": {"2024": 300000, "2025": 300000}},
                            "preAllocationShare": 1.0, "marketAdjustmentFactor": MAF},
             "compliance": {"banking": {"type": "forbidden"},
                            "penalty": {"type": "eu", "perTonne": 100, "makeGood": false}}}
            """;

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void compareTwoPolicies() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, SCENARIO.replace("NAME", "a").replace("MAF", "0.9"), StandardCharsets.UTF_8);
        Files.writeString(b, SCENARIO.replace("NAME", "b").replace("MAF", "0.8"), StandardCharsets.UTF_8);
        out = dir.resolve("cmp");
        assertEquals(0, run("compare", "" + a, "" + b, "--runs", "2", "--quiet", "--out", "" + out), err.toString());
    }

    @Test
    void perSectorDifferencesAreTheHandComputedOnes() throws IOException {
        List<String> rows = Files.readAllLines(out.resolve("compare-sectors.csv"), StandardCharsets.UTF_8);
        assertEquals(
                "policy,scenario,sector_id,sector_name,year,metric,unit,n,mean_a,mean_b,diff_mean,diff_ci95_low,"
                        + "diff_ci95_high,diff_excludes_zero",
                rows.get(0));
        // 2 sectors × 2 years × 13 figures, sectors by id
        assertEquals(1 + 2 * 2 * 13, rows.size());
        // cement: A 100,000 × 0.9 = 90,000 t, B × 0.8 = 80,000 t; both runs alike, so the CI has no width
        assertTrue(
                rows.contains("1,b,cement,水泥 Cement,2024,allocation,t,2,90000,80000,-10000,-10000,-10000,true"),
                rows.toString());
        // cement short 10,000 and 20,000 t, fined × CNY 100
        assertTrue(
                rows.contains("1,b,cement,水泥 Cement,2025,penalties,cny,2,1000000,2000000,1000000,1000000,1000000,true"),
                rows.toString());
        // power: 200,000 × 0.95 × 0.9 = 171,000 t, short 29,000 t, CNY 2,900,000 / 200,000 t = 14.5/t;
        // × 0.8 = 152,000 t, short 48,000 t, CNY 4,800,000 / 200,000 t = 24/t
        assertTrue(
                rows.contains("1,b,power,电力 Power,2024,shortfall,t,2,29000,48000,19000,19000,19000,true"),
                rows.toString());
        assertTrue(
                rows.contains("1,b,power,电力 Power,2024,compliance_cost_per_tonne,cny_per_t,2,14.5,24,9.5,9.5,9.5,true"),
                rows.toString());
        assertTrue(rows.contains("1,b,power,电力 Power,2024,covered_firms,,2,1,1,0,0,0,false"), rows.toString());
        // the same 100,000 t emitted under both; no offsets, no banking (forbidden), no MRV, no CBAM
        assertTrue(
                rows.contains("1,b,cement,水泥 Cement,2025,covered_emissions,t,2,100000,100000,0,0,0,false"),
                rows.toString());
        for (String zero : List.of("offsets,t", "banked,t", "undetected_gap,t", "cbam_liability,cny")) {
            assertTrue(rows.contains("1,b,power,电力 Power,2024," + zero + ",2,0,0,0,0,0,false"), zero + " " + rows);
        }
    }

    @Test
    void perYearDifferencesSumTheSectors() throws IOException {
        List<String> rows = Files.readAllLines(out.resolve("compare-years.csv"), StandardCharsets.UTF_8);
        assertEquals(
                "policy,scenario,year,metric,unit,n,mean_a,mean_b,diff_mean,diff_ci95_low,diff_ci95_high,"
                        + "diff_excludes_zero",
                rows.get(0));
        assertEquals(1 + 2 * 13, rows.size());
        // 10,000 + 29,000 = 39,000 t short under A, 20,000 + 48,000 = 68,000 t under B
        assertTrue(rows.contains("1,b,2025,shortfall,t,2,39000,68000,29000,29000,29000,true"), rows.toString());
        // CNY 3,900,000 / 300,000 t = 13/t and 6,800,000 / 300,000 t = 22.666667/t
        assertTrue(
                rows.contains(
                        "1,b,2024,compliance_cost_per_tonne,cny_per_t,2,13,22.666667,9.666667,9.666667,9.666667,true"),
                rows.toString());
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("compare.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertEquals(
                "水泥 Cement", json.getAsJsonObject("sectorNames").get("cement").getAsString());
        // compare.json's rows have the CSV's columns as keys (the scenario is in "scenarios")
        JsonObject year = json.getAsJsonArray("years").get(0).getAsJsonObject();
        Set<String> columns = new TreeSet<>(List.of(rows.get(0).split(",")));
        columns.remove("scenario");
        assertEquals(columns, new TreeSet<>(year.keySet()));
        JsonObject sector = json.getAsJsonArray("sectors").get(1).getAsJsonObject();
        assertEquals("cement", sector.get("sector_id").getAsString());
        assertEquals("allocation", sector.get("metric").getAsString());
        assertEquals(-10_000, sector.get("diff_mean").getAsDouble());
        assertEquals(2 * 2 * 13, json.getAsJsonArray("sectors").size());
    }

    @Test
    void chartsAndReportShowTheDifferences() throws IOException {
        List<ChartData> charts = CompareCharts.all(out);
        // the 8 cost and allocation figures, covered emissions and banking, by year and by sector; the
        // offsets, the undetected gap and the CBAM liability are 0 in every run, so are not charted
        List<String> names = charts.stream().map(ChartData::name).toList();
        assertEquals(20, charts.size(), names.toString());
        assertTrue(names.contains("compare-years-banked"), names.toString());
        assertFalse(names.contains("compare-years-offsets"), names.toString());
        assertFalse(names.contains("compare-sectors-cbam_liability"), names.toString());
        ChartData allocation = charts.stream()
                .filter(c -> c.name().equals("compare-sectors-allocation"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("水泥 Cement", "电力 Power"), allocation.pointLabels());
        assertEquals("Difference vs a (t)", allocation.yLabel());
        assertTrue(allocation.title().endsWith("by sector, 2025"), allocation.title());
        ChartData.Series series = allocation.series().get(0);
        assertEquals(ChartData.Style.WHISKER, series.style());
        assertEquals(new ChartData.Point(0, -10_000, -10_000), series.points().get(0));
        assertEquals(new ChartData.Point(1, -19_000, -19_000), series.points().get(1));
        ChartData years = charts.get(0);
        assertEquals("compare-years-covered_firms", years.name());
        assertEquals(ChartData.Kind.YEARS, years.kind());
        assertEquals("Year", years.xLabel());
        for (ChartData chart : charts) {
            assertTrue(
                    !chart.title().isEmpty()
                            && !chart.xLabel().isEmpty()
                            && !chart.yLabel().isEmpty(),
                    chart.name());
            BufferedImage png =
                    ImageIO.read(out.resolve("charts/" + chart.name() + ".png").toFile());
            assertEquals(1600, png.getWidth(), chart.name());
            assertTrue(Files.size(out.resolve("charts/" + chart.name() + ".svg")) > 0, chart.name());
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        // the page's own words and every chart in both languages (the button switches), opening in English
        for (String part : List.of(
                "data-lang=\"en\"",
                "<h2><span class=\"en\" lang=\"en\">Paired differences per year</span>",
                "<span class=\"en\" lang=\"en\">Paired differences per sector, 2025</span>",
                "<span class=\"zh\" lang=\"zh\">2025 年分行业配对差值</span>",
                "id=\"chart-compare-sectors-penalties-en\"",
                "id=\"chart-compare-sectors-penalties-zh\"",
                "罚款：分行业配对差值，2025")) {
            assertTrue(html.contains(part), part);
        }
        // the page rounds for reading (whole tonnes from 1,000, 0 as 0) and stars an interval that excludes 0
        assertTrue(
                html.contains("<td>b</td><td class=\"n\">2025</td><td>水泥 Cement</td><td>allocation (t)</td>"
                        + "<td class=\"n\">90000</td><td class=\"n\">80000</td><td class=\"n\">-10000</td>"
                        + "<td>[-10000, -10000] *</td>"),
                html);
        assertTrue(
                html.contains("<td>covered_firms</td><td class=\"n\">1.00</td><td class=\"n\">1.00</td>"
                        + "<td class=\"n\">0</td><td>[0, 0]</td>"),
                html);
        assertTrue(html.contains("Student&#39;s t interval on the paired differences"), html);
    }
}
