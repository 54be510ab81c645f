package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carbonsim.cli.chart.ChartData;
import org.carbonsim.cli.chart.ChartRenderer;
import org.carbonsim.cli.chart.CompareCharts;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.chart.MonteCarloCharts;
import org.carbonsim.cli.chart.MonteCarloOutput;
import org.carbonsim.cli.chart.RunCharts;
import org.carbonsim.cli.chart.RunOutput;
import org.carbonsim.cli.chart.StudyCharts;
import org.carbonsim.cli.report.CompareReport;
import org.carbonsim.cli.report.MonteCarloReport;
import org.carbonsim.cli.report.ReportChart;
import org.carbonsim.cli.report.RunReport;
import org.jfree.chart.JFreeChart;

/**
 * Writes the charts ({@code charts/NAME.png} and {@code charts/NAME.svg}) and {@code report.html} of
 * an output folder, reading only the folder's own files: a run folder (with {@code summary.json}) or
 * a Monte Carlo folder (with {@code montecarlo.json}). Everything is read and checked before anything
 * is written.
 */
final class ChartFiles {
    static final String CHARTS = "charts";
    static final String REPORT = "report.html";

    /** Which image files to write; the report always inlines SVG. */
    enum Format {
        PNG,
        SVG,
        BOTH;

        static Format parse(String text) {
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
    record Written(String kind, List<Path> files) {}

    private ChartFiles() {}

    /**
     * For {@code run} and {@code montecarlo}: writes the charts and the report of the folder just
     * written, but if drawing fails (a machine without fonts or a broken AWT: the JDK then throws
     * errors rather than exceptions) says so on {@code err} and leaves the folder's data files
     * without charts instead of losing the run.
     */
    static void writeOrWarn(Path dir, PrintWriter err) throws IOException {
        try {
            write(dir, Format.BOTH);
        } catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
            deleteRecursively(dir.resolve(CHARTS));
            Files.deleteIfExists(dir.resolve(REPORT));
            err.println("carbonsim: warning: charts and report.html skipped, drawing failed: " + e
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
     * charts of a sweep folder (which has no report: its tables are the CSV files). A comparison folder
     * written before the per-year and per-sector files existed gets its charts only.
     */
    static Written write(Path dir, Format format) throws IOException {
        if (RunOutput.isRunFolder(dir)) {
            RunOutput run = RunOutput.read(dir);
            List<ChartData> charts = RunCharts.all(run);
            List<ReportChart> rendered = new ArrayList<>();
            List<Path> files = render(dir, charts, format, rendered);
            files.add(writeText(dir.resolve(REPORT), RunReport.html(run, rendered)));
            return new Written("run", files);
        }
        if (MonteCarloOutput.isMonteCarloFolder(dir)) {
            MonteCarloOutput mc = MonteCarloOutput.read(dir);
            List<ChartData> charts = MonteCarloCharts.all(mc);
            List<ReportChart> rendered = new ArrayList<>();
            List<Path> files = render(dir, charts, format, rendered);
            files.add(writeText(dir.resolve(REPORT), MonteCarloReport.html(mc, rendered)));
            return new Written("montecarlo", files);
        }
        if (StudyCharts.isSweepFolder(dir)) {
            return new Written("sweep", render(dir, StudyCharts.sweep(dir), format, new ArrayList<>()));
        }
        if (StudyCharts.isCompareFolder(dir)) {
            List<ChartData> charts = new ArrayList<>(StudyCharts.compare(dir));
            if (!CompareCharts.hasPairedFiles(dir)) {
                return new Written("compare", render(dir, charts, format, new ArrayList<>()));
            }
            charts.addAll(CompareCharts.all(dir));
            List<ReportChart> rendered = new ArrayList<>();
            List<Path> files = render(dir, charts, format, rendered);
            files.add(writeText(
                    dir.resolve(REPORT),
                    CompareReport.html(
                            CompareCharts.summary(dir),
                            CsvTable.read(dir.resolve(CompareFiles.TABLE)),
                            CsvTable.read(dir.resolve(CompareCharts.YEARS)),
                            CsvTable.read(dir.resolve(CompareCharts.SECTORS)),
                            rendered)));
            return new Written("compare", files);
        }
        throw new UserInputException(dir + ": not a carbonsim run, montecarlo, sweep or compare output folder (no "
                + RunOutput.SUMMARY + ", " + MonteCarloOutput.SUMMARY + ", sweep.json or compare.json)");
    }

    /** One chart drawn: the PNG bytes (if asked for) and the SVG element. */
    private record Drawn(ChartData data, byte[] png, String svg) {}

    private static List<Path> render(Path dir, List<ChartData> charts, Format format, List<ReportChart> rendered)
            throws IOException {
        // the charts are independent: draw them on all cores, then write them in order
        List<Drawn> drawn;
        try {
            drawn = charts.parallelStream().map(data -> draw(data, format)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path chartDir = Files.createDirectories(dir.resolve(CHARTS));
        List<Path> files = new ArrayList<>();
        for (Drawn d : drawn) {
            String name = d.data().name();
            rendered.add(new ReportChart(name, d.data().title(), d.svg()));
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

    private static Drawn draw(ChartData data, Format format) {
        JFreeChart chart = ChartRenderer.chart(data);
        try {
            byte[] png = format.png() ? ChartRenderer.png(chart) : null;
            return new Drawn(data, png, ChartRenderer.svgElement(chart, data.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeText(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
