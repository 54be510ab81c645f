package org.carbonsim.cli.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.cli.chart.CalibrationCharts;
import org.carbonsim.cli.chart.ChartData;
import org.carbonsim.cli.chart.ChartFonts;
import org.carbonsim.cli.chart.ChartRenderer;
import org.carbonsim.cli.chart.CompareCharts;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.chart.MonteCarloCharts;
import org.carbonsim.cli.chart.MonteCarloOutput;
import org.carbonsim.cli.chart.RunCharts;
import org.carbonsim.cli.chart.RunOutput;
import org.carbonsim.cli.chart.ScenarioCopy;
import org.carbonsim.cli.chart.StudyCharts;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.report.CompareReport;
import org.carbonsim.cli.report.MonteCarloReport;
import org.carbonsim.cli.report.ReportChart;
import org.carbonsim.cli.report.RunReport;
import org.carbonsim.cli.text.Lang;
import org.jfree.chart.JFreeChart;

/**
 * Writes the charts ({@code charts/NAME.png} and {@code charts/NAME.svg}) and {@code report.html} of
 * an output folder, reading only the folder's own files: a run folder (with {@code summary.json}) or
 * a Monte Carlo folder (with {@code montecarlo.json}); sweep, compare and sensitivity folders get charts only. Everything is read and checked before anything
 * is written.
 */
public final class ChartFiles {
    public static final String CHARTS = "charts";
    public static final String REPORT = "report.html";

    /**
     * What a command that draws charts will write of them into its output folder ({@link
     * OutputFolder#check}): {@code charts/} when it draws them; with {@code --no-charts}, neither {@code
     * charts/} nor {@code report.html}, which a rerun then keeps as an earlier output left them (a link or
     * an edited chart there is no reason to refuse it).
     */
    public static OutputFolder.Writes writes(boolean noCharts) {
        return noCharts
                ? new OutputFolder.Writes(List.of(), List.of(CHARTS, REPORT))
                : new OutputFolder.Writes(List.of(CHARTS), List.of());
    }

    /** Which image files to write; the report always inlines SVG. */
    public enum Format {
        PNG,
        SVG,
        BOTH;

        public static Format parse(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--format: expected png, svg or both, got \"" + text + "\"");
            }
        }

        boolean png() {
            return this != SVG;
        }

        boolean svg() {
            return this != PNG;
        }
    }

    /** What kind of folder was charted and the files written. */
    public record Written(String kind, List<Path> files) {}

    private ChartFiles() {}

    /**
     * For {@code run} and {@code montecarlo}: writes the charts and the report of the folder just
     * written, but if drawing fails (a machine without fonts or a broken AWT: the JDK then throws
     * errors rather than exceptions) says so on {@code err} and leaves the folder's data files
     * without charts instead of losing the run. A file of the folder is named by its name alone
     * ({@code summary.json:1: ...}): the folder being written is a hidden one that takes the output
     * folder's name when done, so its path would name a place the user cannot find.
     */
    public static void writeOrWarn(Path dir, PrintWriter err, Lang lang) throws IOException {
        try {
            write(dir, Format.BOTH, lang, err);
        } catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
            deleteRecursively(dir.resolve(CHARTS));
            Files.deleteIfExists(dir.resolve(REPORT));
            // a file of the folder that cannot be read back (a name of millions of characters makes a
            // record too long) is the input's doing, not the machine's: its location, not a font hint
            err.println(
                    e instanceof UserInputException
                            ? "carbonsim: warning: charts and report.html skipped: "
                                    + e.getMessage()
                                            .replace(dir + dir.getFileSystem().getSeparator(), "")
                            : "carbonsim: warning: charts and report.html skipped, drawing failed: " + e
                                    + " (on Debian, apt-get install fontconfig fonts-dejavu-core; or pass --no-charts)");
            err.flush();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Writes the charts and the report of {@code dir}, a run, Monte Carlo or comparison folder, or the
     * charts of a sweep or calibration folder (which have no report: their tables are the CSV files). A
     * comparison folder written before the per-year and per-sector files existed gets its charts only.
     * The image files are in {@code lang}; the report holds the charts in both languages and opens in
     * {@code lang}. A warning goes to {@code err} when the images hold Chinese that no installed font
     * draws, and for each file a run folder lacks that its run wrote ({@link RunOutput#missing}).
     */
    public static Written write(Path dir, Format format, Lang lang, PrintWriter err) throws IOException {
        return write(dir, dir, format, lang, err);
    }

    /**
     * As {@link #write(Path, Format, Lang, PrintWriter)}, but the charts and the report go into {@code
     * into} ({@code into/charts/}, {@code into/report.html}) rather than into {@code dir}, whose files are
     * only read: {@code carbonsim chart} writes them aside and swaps them in whole ({@link
     * org.carbonsim.cli.format.OutputEntries}).
     */
    public static Written write(Path dir, Path into, Format format, Lang lang, PrintWriter err) throws IOException {
        if (RunOutput.isRunFolder(dir)) {
            RunOutput run = RunOutput.read(dir);
            run.missing().forEach(line -> err.println("carbonsim: warning: " + line));
            err.flush();
            ScenarioCopy copy = ScenarioCopy.read(dir);
            Map<Lang, List<ReportChart>> rendered = new EnumMap<>(Lang.class);
            List<Path> files = render(into, RunCharts.all(run, lang, copy), format, lang, err, rendered);
            rendered.put(lang.other(), svgOnly(RunCharts.all(run, lang.other(), copy), lang.other()));
            files.add(writeText(
                    into.resolve(REPORT),
                    RunReport.html(run, copy, lang, rendered.get(Lang.EN), rendered.get(Lang.ZH))));
            return new Written("run", files);
        }
        if (MonteCarloOutput.isMonteCarloFolder(dir)) {
            MonteCarloOutput mc = MonteCarloOutput.read(dir);
            ScenarioCopy copy = ScenarioCopy.read(dir);
            Map<Lang, List<ReportChart>> rendered = new EnumMap<>(Lang.class);
            List<Path> files = render(into, MonteCarloCharts.all(mc, lang), format, lang, err, rendered);
            rendered.put(lang.other(), svgOnly(MonteCarloCharts.all(mc, lang.other()), lang.other()));
            files.add(writeText(
                    into.resolve(REPORT),
                    MonteCarloReport.html(mc, copy, lang, rendered.get(Lang.EN), rendered.get(Lang.ZH))));
            return new Written("montecarlo", files);
        }
        if (StudyCharts.isSweepFolder(dir)) {
            return new Written(
                    "sweep", render(into, StudyCharts.sweep(dir, lang), format, lang, err, new EnumMap<>(Lang.class)));
        }
        if (StudyCharts.isCompareFolder(dir)) {
            Map<Lang, List<ReportChart>> rendered = new EnumMap<>(Lang.class);
            if (!CompareCharts.hasPairedFiles(dir)) {
                return new Written(
                        "compare", render(into, StudyCharts.compare(dir, lang), format, lang, err, rendered));
            }
            List<Path> files = render(into, compareCharts(dir, lang), format, lang, err, rendered);
            rendered.put(lang.other(), svgOnly(compareCharts(dir, lang.other()), lang.other()));
            files.add(writeText(
                    into.resolve(REPORT),
                    CompareReport.html(
                            CompareCharts.summary(dir),
                            CsvTable.read(dir.resolve(CompareFiles.TABLE)),
                            CsvTable.read(dir.resolve(CompareCharts.YEARS)),
                            CsvTable.read(dir.resolve(CompareCharts.SECTORS)),
                            lang,
                            rendered.get(Lang.EN),
                            rendered.get(Lang.ZH))));
            return new Written("compare", files);
        }
        if (CalibrationCharts.isCalibrationFolder(dir)) {
            return new Written(
                    "calibration",
                    render(into, CalibrationCharts.all(dir, lang), format, lang, err, new EnumMap<>(Lang.class)));
        }
        if (StudyCharts.isSensitivityFolder(dir)) {
            return new Written(
                    "sensitivity",
                    render(into, StudyCharts.sensitivity(dir, lang), format, lang, err, new EnumMap<>(Lang.class)));
        }
        throw notAnOutputFolder(dir);
    }

    /**
     * Refuses {@code dir} unless it is a folder {@link #write} draws charts for, before anything is
     * written.
     */
    public static void requireOutputFolder(Path dir) {
        if (!RunOutput.isRunFolder(dir)
                && !MonteCarloOutput.isMonteCarloFolder(dir)
                && !StudyCharts.isSweepFolder(dir)
                && !StudyCharts.isCompareFolder(dir)
                && !CalibrationCharts.isCalibrationFolder(dir)
                && !StudyCharts.isSensitivityFolder(dir)) {
            throw notAnOutputFolder(dir);
        }
    }

    private static UserInputException notAnOutputFolder(Path dir) {
        if (Files.isRegularFile(dir.resolve(StoppedSessionFiles.STOPPED))) {
            return new UserInputException(dir + ": a classroom stopped before its last day ("
                    + StoppedSessionFiles.STOPPED + "), whose years are not over: it has no "
                    + RunOutput.SUMMARY + " to chart; open its trades.csv, daily.csv and players.csv instead");
        }
        return new UserInputException(dir + ": not a carbonsim run, montecarlo, sweep, compare, calibrate or"
                + " sensitivity output folder (no " + RunOutput.SUMMARY + ", " + MonteCarloOutput.SUMMARY
                + ", sweep.json, compare.json, calibration.json or sensitivity.json)");
    }

    /** A comparison folder's charts in {@code lang}: the means and differences by policy, then by year and sector. */
    private static List<ChartData> compareCharts(Path dir, Lang lang) throws IOException {
        List<ChartData> charts = new ArrayList<>(StudyCharts.compare(dir, lang));
        charts.addAll(CompareCharts.all(dir, lang));
        return charts;
    }

    /** One chart drawn: the PNG bytes (if asked for) and the SVG element. */
    private record Drawn(ChartData data, byte[] png, String svg) {}

    /**
     * The SVG of each chart in {@code lang}, for the report only; the ids end in the language, apart
     * from those of the image files' charts, since one page holds both.
     */
    private static List<ReportChart> svgOnly(List<ChartData> charts, Lang lang) throws IOException {
        try {
            return charts.parallelStream()
                    .map(data -> reportChart(draw(data, Format.SVG, data.name() + "-" + lang.code(), lang)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static ReportChart reportChart(Drawn d) {
        ChartData data = d.data();
        return new ReportChart(data.name(), data.title(), data.xLabel(), data.yLabel(), data.y2Label(), d.svg());
    }

    /**
     * Draws {@code charts} (in {@code lang}) into the image files in {@code into} and puts them, for the
     * report, under {@code lang} in {@code rendered}; warns on {@code err} first if their Chinese text
     * cannot be drawn.
     */
    private static List<Path> render(
            Path into,
            List<ChartData> charts,
            Format format,
            Lang lang,
            PrintWriter err,
            Map<Lang, List<ReportChart>> rendered)
            throws IOException {
        StringBuilder words = new StringBuilder();
        charts.forEach(c -> words.append(c.words()));
        ChartFonts.missingCjkWarning(words.toString()).ifPresent(warning -> {
            err.println(warning);
            err.flush();
        });
        // the charts are independent: draw them on all cores, then write them in order
        List<Drawn> drawn;
        try {
            drawn = charts.parallelStream()
                    .map(data -> draw(data, format, data.name(), lang))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path chartDir = Files.createDirectories(into.resolve(CHARTS));
        List<Path> files = new ArrayList<>();
        List<ReportChart> forReport = new ArrayList<>();
        rendered.put(lang, forReport);
        for (Drawn d : drawn) {
            String name = d.data().name();
            forReport.add(reportChart(d));
            if (format.png()) {
                Path png = chartDir.resolve(name + ".png");
                Files.write(png, d.png());
                files.add(png);
            }
            if (format.svg()) {
                files.add(writeText(
                        chartDir.resolve(name + ".svg"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + d.svg() + "\n"));
            }
        }
        return files;
    }

    /** {@code data}, in {@code lang}, drawn; its SVG element has the id {@code svgId}. */
    private static Drawn draw(ChartData data, Format format, String svgId, Lang lang) {
        JFreeChart chart = ChartRenderer.chart(data, lang);
        try {
            byte[] png = format.png() ? ChartRenderer.png(chart) : null;
            return new Drawn(data, png, ChartRenderer.svgElement(chart, svgId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeText(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
