package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carbonsim.cli.chart.ChartRenderer;
import org.carbonsim.cli.chart.Fixtures;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartCommandTest extends CommandLineTest {
    static final List<String> RUN_CHARTS = List.of("price", "volume", "allocation", "coverage", "compliance");
    static final List<String> FAN_CHARTS = List.of("fan-price", "fan-volume");

    @TempDir
    Path dir;

    static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    /** Every chart as a PNG of 1600x900 pixels and as an SVG that parses as XML, and a report holding them. */
    static void checkCharts(Path folder, List<String> names, boolean png, boolean svg) throws Exception {
        for (String name : names) {
            Path pngFile = folder.resolve("charts/" + name + ".png");
            Path svgFile = folder.resolve("charts/" + name + ".svg");
            assertEquals(png, Files.exists(pngFile), pngFile.toString());
            assertEquals(svg, Files.exists(svgFile), svgFile.toString());
            if (png) {
                BufferedImage image = ImageIO.read(pngFile.toFile());
                assertEquals(ChartRenderer.WIDTH * 2, image.getWidth(), name);
                assertEquals(ChartRenderer.HEIGHT * 2, image.getHeight(), name);
            }
            if (svg) {
                Document doc = parseXml(svgFile);
                assertEquals("svg", doc.getDocumentElement().getLocalName());
            }
        }
        Document report = parseXml(folder.resolve("report.html"));
        NodeList svgs = report.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        // each chart twice: as in the files (English in the tests) and in Chinese, for the language button
        assertEquals(2 * names.size(), svgs.getLength());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i), ((Element) svgs.item(2 * i)).getAttribute("id"));
            assertEquals(names.get(i) + "-zh", ((Element) svgs.item(2 * i + 1)).getAttribute("id"));
        }
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("http://") && html.matches("(?s).*(src|href)=\"https?://.*"), "no network access");
        assertFalse(html.contains("<script src"), "no external script");
    }

    @Test
    void rerendersARunFolderWithAReportThatEscapesAndShowsTheKeyNumbers() throws Exception {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        assertEquals(0, run("chart", folder.toString()), err.toString());
        assertTrue(out.toString().startsWith("run folder: 11 file(s)"), out.toString());
        checkCharts(folder, RUN_CHARTS, true, true);
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>tiny &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; 湖北</h1>"), "escaped name");
        assertFalse(html.contains("<b>\"A&B"), "raw name nowhere");
        assertTrue(html.contains(">4242<"), "the seed, an id, without separators");
        // figures with thousands separators
        for (String number :
                List.of("41.23", "43.21", "40.00", "42.31", "24,000", "38.50", "44.10", "0.9000", "150,000.00")) {
            assertTrue(html.contains(">" + number + "<"), number);
        }
        assertTrue(html.contains(">66.7<"), "the compliance rate as a percentage");
        assertTrue(html.contains("钢铁 steel"));
        for (String term : List.of(
                "Efficiency",
                "VWAP",
                "Compliance rate",
                "Equilibrium price",
                "One-year equilibrium price",
                "Least-cost abatement cost")) {
            assertTrue(
                    html.contains("<dt><span class=\"en\" lang=\"en\">" + term + "</span>"),
                    "glossary defines " + term);
        }
        assertTrue(html.contains("n/a (undefined, never 0)"), "the glossary says what n/a means");
        assertTrue(html.contains("<table id=\"events\" class=\"sortable\">"), "interventions and auctions");
        assertTrue(html.contains("S-1, &quot;main&quot;"), "CSV field unquoted, then escaped");
        assertTrue(html.contains(">华新水泥, &quot;Huaxin&quot; 黄石<"), "the enterprise's name, unquoted, then escaped");
        Document report = parseXml(folder.resolve("report.html"));
        NodeList headings = report.getElementsByTagName("th");
        assertTrue(headings.getLength() > 10, "the report's tables have headings");
        for (int i = 0; i < headings.getLength(); i++) {
            NodeList spans = ((Element) headings.item(i)).getElementsByTagName("span");
            assertTrue(spans.getLength() > 0, "heading " + headings.item(i).getTextContent() + " has a tooltip");
            for (int k = 0; k < spans.getLength(); k++) {
                assertFalse(
                        ((Element) spans.item(k)).getAttribute("title").isBlank(),
                        "tooltip of " + headings.item(i).getTextContent() + " in every language");
            }
        }
        assertEquals("sectors", ((Element) report.getElementsByTagName("table").item(1)).getAttribute("id"));
        assertEquals("sortable", ((Element) report.getElementsByTagName("table").item(1)).getAttribute("class"));
    }

    @Test
    void formatPngWritesNoSvgFiles() throws Exception {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        assertEquals(0, run("chart", folder.toString(), "--format", "png", "--quiet"), err.toString());
        assertEquals("", out.toString());
        checkCharts(folder, RUN_CHARTS, true, false);
        assertEquals(0, run("chart", folder.toString(), "--format", "SVG", "--quiet"), err.toString());
        assertEquals(2, run("chart", folder.toString(), "--format", "gif"));
        assertTrue(err.toString().contains("--format: expected png, svg or both"), err.toString());
    }

    @Test
    void rerendersAMonteCarloFolderWithFanChartsAndTheMetricsTable() throws Exception {
        Path folder = Fixtures.copy(Fixtures.MONTE_CARLO, dir.resolve("mc"));
        assertEquals(0, run("chart", folder.toString()), err.toString());
        assertTrue(out.toString().startsWith("montecarlo folder:"), out.toString());
        checkCharts(folder, FAN_CHARTS, true, true);
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("44.50"));
        assertTrue(html.contains(">Efficiency (efficiency)<"));
        assertTrue(html.contains("<dd>market.x</dd>"), "uncertain inputs listed");
        assertTrue(html.contains(">none (all runs)</span>"), "no stop rule");
        assertTrue(html.contains("tiny &lt;b&gt;"));
    }

    @Test
    void missingFolderIsBadInput() {
        assertEquals(2, run("chart", dir.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("nowhere: no such folder"), err.toString());
    }

    @Test
    void folderThatIsNoOutputIsBadInput() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(2, run("chart", dir.toString()));
        assertTrue(
                err.toString()
                        .contains("not a carbonsim run, montecarlo, sweep, compare, calibrate or sensitivity output"
                                + " folder"),
                err.toString());
        assertEquals(2, run("chart", dir.resolve("notes.txt").toString()));
        assertTrue(err.toString().contains("notes.txt: not a folder"), err.toString());
    }

    /** A stopped classroom's folder is named as such, where chart once called it no carbonsim output at all. */
    @Test
    void aStoppedClassroomIsNamedAsSuch() throws IOException {
        Path stopped = dir.resolve("class");
        Files.createDirectories(stopped);
        Files.writeString(stopped.resolve("stopped.json"), "{}");
        assertEquals(2, run("chart", stopped.toString()));
        assertEquals(
                "carbonsim: " + stopped + ": a classroom stopped before its last day (stopped.json), whose years are"
                        + " not over: it has no summary.json to chart; open its trades.csv, daily.csv and players.csv"
                        + " instead\n",
                err.toString());
    }

    @Test
    void malformedFilesAreNamedWithTheirLine() throws IOException {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        List<String> daily = Files.readAllLines(folder.resolve("daily.csv"));
        daily.set(4, daily.get(4).replaceFirst(",[0-9.]+,", ",abc,"));
        Files.write(folder.resolve("daily.csv"), daily);
        assertEquals(2, run("chart", folder.toString()));
        assertTrue(err.toString().contains("daily.csv:5:2: column "), err.toString());
        assertFalse(Files.exists(folder.resolve("report.html")), "nothing written");
        assertFalse(Files.exists(folder.resolve("charts")), "nothing written");

        Path other = Fixtures.copy(Fixtures.RUN, dir.resolve("run2"));
        Files.writeString(other.resolve("annual.csv"), "year,cap\n2030,1,2\n");
        assertEquals(2, run("chart", other.toString()));
        assertTrue(err.toString().contains("annual.csv:1:1: missing column"), err.toString());

        Path json = Fixtures.copy(Fixtures.RUN, dir.resolve("run3"));
        Files.writeString(json.resolve("summary.json"), "{\n  \"scenario\": \"x\",\n  \"seed\": ]\n}\n");
        assertEquals(2, run("chart", json.toString()));
        assertTrue(err.toString().contains("summary.json:3:11: malformed JSON: expected a JSON value"), err.toString());

        // a scenario's name of 2,000,000 characters, which no run writes, took the title's line breaker minutes
        Path longName = Fixtures.copy(Fixtures.RUN, dir.resolve("run5"));
        String summary = Files.readString(longName.resolve("summary.json"));
        Files.writeString(
                longName.resolve("summary.json"),
                summary.replaceFirst("\"scenario\": \".*\",", "\"scenario\": \"" + "x".repeat(2_000_000) + "\","));
        assertEquals(2, assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("chart", longName.toString())));
        assertTrue(
                err.toString()
                        .contains(
                                "summary.json:1: field \"scenario\": expected at most 1000 characters, found 2000000"),
                err.toString());

        Path missing = Fixtures.copy(Fixtures.RUN, dir.resolve("run4"));
        Files.delete(missing.resolve("sectors.csv"));
        assertEquals(2, run("chart", missing.toString()));
        assertTrue(err.toString().contains("sectors.csv: missing file"), err.toString());

        Path bands = Fixtures.copy(Fixtures.MONTE_CARLO, dir.resolve("mc"));
        Files.writeString(bands.resolve("bands.csv"), "year,day\n2030,0\n");
        assertEquals(2, run("chart", bands.toString()));
        assertTrue(err.toString().contains("bands.csv:1: missing column close_p5_cny_per_t"), err.toString());
    }

    /**
     * A table of the output folder that is a pipe (or a folder) is refused with one line naming it,
     * before it is opened: opening a pipe no one writes to waits forever. A writer stands ready with the
     * table's own text, so that a chart that opened the pipe would read it and succeed, failing this test
     * instead of hanging it.
     */
    @Test
    void aTableThatIsAPipeOrAFolderIsRefusedWithoutOpeningIt() throws Exception {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        Path sectors = folder.resolve("sectors.csv");
        String text = Files.readString(sectors);
        Files.delete(sectors);
        Files.createDirectory(sectors);
        assertEquals(2, run("chart", folder.toString(), "--quiet"));
        assertEquals("carbonsim: " + sectors + ": is a folder, not a CSV file carbonsim wrote\n", err.toString());
        Files.delete(sectors);

        Process mkfifo = new ProcessBuilder("mkfifo", sectors.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(sectors), "no mkfifo on this system");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(sectors, text);
            } catch (IOException e) {
                // the reader below closed before this wrote: nothing to hand over
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            err.getBuffer().setLength(0);
            assertEquals(2, run("chart", folder.toString(), "--quiet"));
            assertEquals(
                    "carbonsim: " + sectors + ": is a pipe or a device, not a CSV file carbonsim wrote\n",
                    err.toString());
            assertFalse(Files.exists(folder.resolve("charts")), "nothing written");
        } finally {
            // read and write at once, which does not wait for a writer, so that the waiting writer can end
            try (java.io.RandomAccessFile both = new java.io.RandomAccessFile(sectors.toFile(), "rw")) {
                both.getFD();
            }
        }
    }

    /**
     * Only what the charts and the report use is checked: a column they never read may be renamed, edited
     * or added without a word, and a file the run wrote that they can be drawn without is named in a
     * warning, exit 0.
     */
    @Test
    void unusedColumnsAreIgnoredAndAMissingRunFileIsAWarning() throws IOException {
        Path edited = Fixtures.copy(Fixtures.RUN, dir.resolve("edited"));
        List<String> daily = Files.readAllLines(edited.resolve("daily.csv"));
        daily.set(0, daily.get(0).replace("open_cny_per_t", "opening") + ",note");
        for (int i = 1; i < daily.size(); i++) {
            daily.set(i, daily.get(i).replaceFirst("^([0-9]+,[0-9]+,)[^,]*", "$1n/a") + ",typed by hand");
        }
        Files.write(edited.resolve("daily.csv"), daily);
        assertEquals(0, run("chart", edited.toString()), err.toString());
        assertFalse(err.toString().contains(edited.toString()), err.toString());

        Path lacking = Fixtures.copy(Fixtures.RUN, dir.resolve("lacking"));
        Files.delete(lacking.resolve("events.csv"));
        Path summary = lacking.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replaceFirst("\\{", "{\"mrv\": [],"));
        assertEquals(0, run("chart", lacking.toString()), err.toString());
        assertTrue(
                err.toString()
                        .contains("carbonsim: warning: " + lacking.resolve("events.csv")
                                + ": missing (every run writes it), so the charts mark no interventions or primary"
                                + " auctions and the report lists none\n"),
                err.toString());
        assertTrue(
                err.toString()
                        .contains("carbonsim: warning: " + lacking.resolve("mrv.csv")
                                + ": missing though summary.json has \"mrv\" figures, so the report has no"
                                + " data-quality (MRV) table\n"),
                err.toString());
        assertFalse(err.toString().contains("cbam.csv"), err.toString());
        assertTrue(Files.exists(lacking.resolve("report.html")));
    }

    /**
     * A JSON file of the folder is read as strictly as a scenario: a number too long to read and an unpaired
     * surrogate escape are named as such, at their line and column, as {@code validate} names them.
     */
    @Test
    void aNumberTooLongOrAnUnpairedSurrogateInAJsonFileIsNamedAsInAScenario() throws IOException {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("long"));
        Files.writeString(
                folder.resolve("summary.json"),
                "{\n  \"scenario\": \"x\",\n  \"seed\": 1" + "0".repeat(100_000) + "\n}\n");
        assertEquals(2, run("chart", folder.toString()));
        assertTrue(
                err.toString()
                        .contains("summary.json:3:11: malformed JSON: number too long: 100001 characters"
                                + " (10000000000000000000...) at $.seed; numbers are accepted up to 1000 characters"),
                err.toString());
        assertFalse(Files.exists(folder.resolve("report.html")), "nothing written");

        Path other = Fixtures.copy(Fixtures.RUN, dir.resolve("surrogate"));
        Files.writeString(other.resolve("summary.json"), "{\n  \"scenario\": \"Firm \\ud800 x\"\n}\n");
        assertEquals(2, run("chart", other.toString()));
        assertTrue(
                err.toString()
                        .contains("summary.json:2:21: malformed JSON: unpaired UTF-16 surrogate \\ud800 in a string at"
                                + " $.scenario; a \\uD800-\\uDBFF escape is accepted only directly followed by"),
                err.toString());
    }

    /**
     * A JSON file of the folder with bytes that are not UTF-8 is a problem with that file, located by
     * line, not a failure to write the charts; the charts already there are left as they were.
     */
    @Test
    void aJsonFileThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        for (String file : List.of("summary.json", "scenario.json")) {
            Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run-" + file));
            if (file.equals("scenario.json")) {
                Files.writeString(folder.resolve(file), "{\n\"name\": \"tiny\"\n}\n");
            }
            byte[] text = Files.readAllBytes(folder.resolve(file));
            int secondLine = new String(text, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
            text[secondLine] = (byte) 0xFF;
            Files.write(folder.resolve(file), text);
            err.getBuffer().setLength(0);

            assertEquals(2, run("chart", folder.toString()), file + ": " + err);
            assertTrue(
                    err.toString()
                            .startsWith("carbonsim: " + folder.resolve(file)
                                    + ":2: bytes not valid in UTF-8 (byte offset "),
                    err.toString());
            assertFalse(err.toString().contains("cannot write"), err.toString());
            assertFalse(Files.exists(folder.resolve("charts")), "nothing written");
        }
    }

    /**
     * Every file chart reads is named as run and replay name theirs, and as a missing one was: by its path
     * as the command was given it, the folder included, so that the user finds it from where the command
     * ran. Before, a bad cell was named daily.csv:3:1 and a malformed summary.json by its name alone,
     * while a missing file was r6/annual.csv; an emoji before an error in summary.json counts one column.
     */
    @Test
    void everyFileIsNamedByThePathGivenWithItsFolderAsAMissingOneIs() throws IOException {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("r6"));
        List<String> daily = new ArrayList<>(Files.readAllLines(folder.resolve("daily.csv"), StandardCharsets.UTF_8));
        daily.set(2, "x" + daily.get(2).substring(4));
        Files.write(folder.resolve("daily.csv"), daily, StandardCharsets.UTF_8);
        assertEquals(2, run("chart", folder.toString()));
        assertTrue(
                err.toString().startsWith("carbonsim: " + folder.resolve("daily.csv") + ":3:1: column year: "),
                err.toString());

        Files.delete(folder.resolve("annual.csv"));
        err.getBuffer().setLength(0);
        assertEquals(2, run("chart", folder.toString()));
        assertEquals("carbonsim: " + folder.resolve("annual.csv") + ": missing file\n", err.toString());

        Files.writeString(
                folder.resolve("summary.json"), "{\"scenario\": \"\uD83D\uDE00\", x}", StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);
        assertEquals(2, run("chart", folder.toString()));
        assertEquals(
                "carbonsim: " + folder.resolve("summary.json")
                        + ":1:19: malformed JSON: expected a double-quoted key near" + " 'x}'\n",
                err.toString());
        assertFalse(Files.exists(folder.resolve("charts")), "nothing written");
    }

    /**
     * A run folder whose marker is a folder cannot tell its files from the user's: chart refuses it, as a
     * rerun does, before drawing anything, and leaves every file as it was.
     */
    @Test
    void aFolderWhoseMarkerIsAFolderIsRefusedBeforeAnythingIsDrawn() throws IOException {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        Path marker = folder.resolve(OutputFolder.MARKER);
        Files.deleteIfExists(marker);
        Files.createDirectories(marker);
        Files.writeString(folder.resolve("report.html"), "mine");

        assertEquals(2, run("chart", folder.toString()));
        assertEquals(
                "carbonsim: " + folder + ": " + OutputFolder.MARKER + " is a folder, not the file in which carbonsim"
                        + " lists the files it wrote, so none of the folder's files can be told from yours; nothing"
                        + " was drawn: run the command again into a new --out to have its charts drawn there\n",
                err.toString());
        assertEquals("mine", Files.readString(folder.resolve("report.html")));
        assertFalse(Files.exists(folder.resolve("charts")), "nothing drawn");
        assertTrue(Files.isDirectory(marker));
    }

    /** A CSV file of the folder that is not UTF-8 is located, and not answered with an option chart lacks. */
    @Test
    void aCsvFileThatIsNotUtf8IsLocatedWithoutAskingForAnEncodingOption() throws IOException {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        byte[] daily = Files.readAllBytes(folder.resolve("daily.csv"));
        int secondLine = new String(daily, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        daily[secondLine] = (byte) 0xFF;
        Files.write(folder.resolve("daily.csv"), daily);

        assertEquals(2, run("chart", folder.toString()));
        assertEquals(
                "carbonsim: " + folder.resolve("daily.csv") + ":2:1: bytes not valid in UTF-8 (0xFF at byte offset "
                        + secondLine + "): save the file as UTF-8\n",
                err.toString());
        assertFalse(Files.exists(folder.resolve("charts")), "nothing written");
    }

    @Test
    void aCalibrationWhoseTrajectoryHoldsANonObjectIsBadInput() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cal"));
        Files.writeString(
                folder.resolve("calibration.json"),
                "{\"scenario\": \"x\", \"fitYears\": {\"from\": 2024, \"to\": 2024}, \"moments\": [],"
                        + " \"trajectory\": [\"str\"]}");
        assertEquals(2, run("chart", folder.toString()));
        assertEquals(
                "carbonsim: " + folder.resolve("calibration.json") + ":1: \"trajectory\"[0]: expected an object, got"
                        + " \"str\"\n",
                err.toString());
    }

    @Test
    void aRunKeepsItsDataWithAWarningWhenItsChartsCannotBeDrawn() throws IOException {
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        Files.createDirectories(folder.resolve("charts"));
        Files.writeString(folder.resolve("charts/old.svg"), "<svg/>");
        Files.writeString(folder.resolve("daily.csv"), "year,day\n");
        StringWriter warnings = new StringWriter();
        ChartFiles.writeOrWarn(folder, new PrintWriter(warnings), Lang.EN);
        assertTrue(
                warnings.toString().startsWith("carbonsim: warning: charts and report.html skipped: daily.csv:1:1: "),
                warnings.toString());
        // a file that cannot be read back is located, with no exception class and no font hint
        assertFalse(warnings.toString().contains("Exception"), warnings.toString());
        assertFalse(warnings.toString().contains("fonts-dejavu"), warnings.toString());
        assertFalse(Files.exists(folder.resolve("charts")));
        assertFalse(Files.exists(folder.resolve("report.html")));
        assertTrue(Files.exists(folder.resolve("summary.json")));
    }

    @Test
    void runWritesChartsAndReportUnlessNoCharts() throws Exception {
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        assertEquals(0, run("run", "classroom-two-firms", "--years", "1", "--quiet", "--out", with.toString()));
        assertEquals(
                0,
                run(
                        "run",
                        "classroom-two-firms",
                        "--years",
                        "1",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        without.toString()));
        checkCharts(with, RUN_CHARTS, true, true);
        assertTrue(Files.readString(with.resolve("events.csv"))
                .startsWith("year,day,kind,direction,quantity_t,requested_t,price_cny_per_t\n"));
        assertFalse(Files.exists(without.resolve("charts")));
        assertFalse(Files.exists(without.resolve("report.html")));
        String summary = Files.readString(with.resolve("summary.json"));
        String html = Files.readString(with.resolve("report.html"));
        String close = summary.replaceAll("(?s).*?\"close\": ([0-9.]+).*", "$1");
        assertTrue(html.contains(">" + close + "<"), close);
        // the run folder re-renders to the same report
        String before = html;
        assertEquals(0, run("chart", with.toString(), "--quiet"));
        assertEquals(before, Files.readString(with.resolve("report.html")));
    }

    @Test
    void montecarloWritesFanChartsUnlessNoCharts() throws Exception {
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "classroom-two-firms",
                        "--years",
                        "1",
                        "--runs",
                        "2",
                        "--threads",
                        "1",
                        "--quiet",
                        "--out",
                        with.toString()));
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "classroom-two-firms",
                        "--years",
                        "1",
                        "--runs",
                        "2",
                        "--threads",
                        "1",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        without.toString()));
        checkCharts(with, FAN_CHARTS, true, true);
        assertFalse(Files.exists(without.resolve("charts")));
        assertFalse(Files.exists(without.resolve("report.html")));
    }

    /** Where Chromium is installed, it loads the report headless without errors; skipped elsewhere. */
    @Test
    void chromiumRendersTheReportWhenInstalled() throws Exception {
        String chromium = null;
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        Path folder = Fixtures.copy(Fixtures.RUN, dir.resolve("run"));
        assertEquals(0, run("chart", folder.toString(), "--quiet"));
        Path shot = dir.resolve("report.png");
        Process p = new ProcessBuilder(
                        chromium,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--user-data-dir=" + dir.resolve("profile"),
                        "--window-size=1200,2400",
                        "--screenshot=" + shot,
                        folder.resolve("report.html").toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        Assumptions.assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish in time");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log")));
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1200, image.getWidth());
    }
}
