package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.files.SweepFiles;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.PairedRuns;
import org.carbonsim.core.montecarlo.ScenarioRecipe;
import org.carbonsim.core.montecarlo.Summary;
import org.carbonsim.core.montecarlo.Sweep;
import org.carbonsim.core.montecarlo.SweepAxis;
import org.carbonsim.core.montecarlo.SweepResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim sweep SCENARIO --set PATH=v1,v2 --runs N}: runs the same seeded replications at
 * every point of the grid of parameter values (common random numbers) and writes {@code grid.csv},
 * {@code runs.csv} and {@code sweep.json} into an output folder (by default {@code out/<scenario
 * name>-sweep/}). Every grid point's scenario is checked by the loader before anything runs; a bad
 * path or value is reported with its {@code --set}. The files do not depend on {@code --threads}.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Run the same seeded replications at every point of a grid of parameter values and write grid.csv,"
                    + " runs.csv, sweep.json, the figures per year and sector (years.csv, sectors.csv,"
                    + " year-stats.csv, sector-stats.csv), charts of each metric (charts/), run.json and"
                    + " scenario.json.",
            "Replication i uses the same seed at every point, so differences between points are not luck;"
                    + " the files are the same whatever --threads is.",
            "SCENARIO may be a file or the name of a bundled scenario, such as classroom-ten-firms."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim sweep classroom-ten-firms --set market.limitPct=5,10 --runs 100",
            "      two price bands, 100 replications each, into out/classroom-ten-firms-sweep/",
            "  carbonsim sweep hubei-pilot --years 1 --runs 50 --set market.initialPrice=20,30"
                    + " --set coverage.thresholds[0].energyTce=30000,60000",
            "      a 2 x 2 grid of opening price and the first inclusion threshold (tce)"
        })
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @Option(
            names = "--set",
            required = true,
            paramLabel = "PATH=v1,v2,...",
            description =
                    "A parameter and its values: a JSON path into the scenario as in its uncertainty block"
                            + " ($. may be left out), read as the type the file has there. Repeat for a grid; the last --set varies fastest.")
    List<String> sets;

    @Option(
            names = "--runs",
            required = true,
            paramLabel = "N",
            description = "Replications per grid point; at least 2.")
    int runs;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--years",
            paramLabel = "N",
            description = "Run only the first N years (1 to the scenario's number of years).")
    Integer years;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>-sweep/).")
    Path out;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--no-charts", description = "Do not write the charts (charts/) of each metric's mean and 95%% CI.")
    boolean noCharts;

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One {@code --set} as given, and the axis it makes. */
    private record SweptSet(SetOption option, SweepAxis axis) {}

    @Override
    public Integer call() throws IOException {
        Provenance provenance = Provenance.start(spec);
        ScenarioFiles.requireRereadable(scenarioFile);
        Lang language = lang.get();
        StudyOptions.runs(runs);
        int threadCount = threads.count();
        List<SweptSet> options = parseSets();
        List<SweepAxis> axes = options.stream().map(SweptSet::axis).toList();
        long points = 1;
        for (SweepAxis axis : axes) {
            points *= axis.values().size();
            if (points > Sweep.MAX_POINTS) {
                throw new UserInputException("--set: the grid has more than " + Sweep.MAX_POINTS + " points");
            }
        }
        if (points * runs > PairedRuns.MAX_TASKS) {
            throw new UserInputException("--runs: " + points + " grid points x " + runs + " runs is more than "
                    + PairedRuns.MAX_TASKS + " replications");
        }
        Scenario base = ScenarioFiles.load(scenarioFile, encoding.charset());
        Scenario shortened = StudyOptions.years(base, years, "the scenario");
        MemoryBudget.check(
                shortened, scenarioFile, StudyExecution.workers(threadCount).atMost(runs), points * runs);
        int simulatedYears = shortened.calendar().years();
        checkEachValue(base, options);
        List<List<String>> grid = Sweep.grid(axes);
        List<ScenarioRecipe> scenarios = new ArrayList<>();
        for (int p = 0; p < grid.size(); p++) {
            scenarios.add(pointScenario(axes, grid.get(p), p));
        }
        Path dir = out != null ? out : Path.of("out", base.name() + "-sweep");
        List<List<ScenarioEdit>> pointEdits =
                grid.stream().map(point -> Sweep.edits(axes, point)).toList();
        try (OutputFolder.Checked checked = OutputFolder.check(
                dir, ScenarioFiles.inputs(scenarioFile, pointEdits), output.force, ChartFiles.writes(noCharts))) {
            provenance.scenario(scenarioFile, simulatedYears);
            long baseSeed = seed != null ? seed : base.seed();
            RunIdentity.refuseIfDifferent(dir, provenance.plan(baseSeed, runs), output.force);
            SweepResult result;
            try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), base.name(), "runs", output.quiet)) {
                result = Sweep.run(
                        axes,
                        scenarios,
                        new PairedRuns.Settings(runs, threadCount, baseSeed),
                        bar,
                        StudyExecution.replicator(threadCount));
            } catch (ScenarioException e) {
                // the sampler names the scenario; the user named a file (or a bundled scenario)
                throw new UserInputException(e.withSource(scenarioFile).getMessage(), e);
            }
            OutputFolder.Written written = OutputFolder.write(checked, "carbonsim sweep output", d -> {
                SweepFiles.write(result, RunFiles.sectorNames(base), d);
                if (!noCharts) {
                    ChartFiles.writeOrWarn(d, spec.commandLine().getErr(), language);
                }
                provenance.write(d, baseSeed, result.seeds().size());
            });
            written.reportKept(spec.commandLine().getErr(), output.quiet);
            if (!output.quiet) {
                print(result, dir, spec.commandLine().getOut(), language);
            }
            return ExitCodes.OK;
        }
    }

    private List<SweptSet> parseSets() {
        List<SweptSet> options = new ArrayList<>();
        for (String text : sets) {
            SetOption option = SetOption.parse(text, "PATH=v1,v2,... such as market.limitPct=5,10");
            String path = option.path();
            StudyOptions.refuseCalendarPath(
                    "--set " + text,
                    path,
                    "to study other years, run carbonsim compare on scenario files with those calendars, or separate"
                            + " sweeps with --years");
            List<String> typed = new ArrayList<>();
            List<String> values = new ArrayList<>();
            String[] split = option.values().split(",", -1);
            if (Arrays.stream(split).anyMatch(SetOption::isJson)) {
                throw option.refused("sweep takes values separated by commas, each a number, text or true/false;"
                        + " a JSON list or object (starting with [ or {) is taken by run and montecarlo --set, one"
                        + " each: to compare such variants, write each into a scenario file and run carbonsim"
                        + " compare");
            }
            for (String v : split) {
                if (v.isBlank()) {
                    throw option.refused(path + " has an empty value");
                }
                String value = SetOption.plainNumber(v.trim());
                for (int i = 0; i < values.size(); i++) {
                    if (sameValue(values.get(i), value)) {
                        throw option.refused(path + " lists " + v.trim() + " twice"
                                + (typed.get(i).equals(v.trim()) ? "" : " (as " + typed.get(i) + ")"));
                    }
                }
                typed.add(v.trim());
                values.add(value);
            }
            for (SweptSet earlier : options) {
                if (earlier.axis().path().equals(path)) {
                    throw option.refused(path + " is already swept by --set "
                            + earlier.option().text());
                }
            }
            options.add(new SweptSet(option, new SweepAxis(path, values)));
        }
        return options;
    }

    /**
     * Whether two values of one --set give the scenario the same setting: equal numbers or equal text.
     * A number is of ASCII digits only, as the loader reads it: {@code １２} is not {@code 12}.
     */
    private static boolean sameValue(String a, String b) {
        if (!(a + b).chars().allMatch(c -> c < 128)) {
            return a.equals(b);
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    /** Each value of each --set alone on the base scenario, so a problem is blamed on its --set. */
    private void checkEachValue(Scenario base, List<SweptSet> options) {
        for (SweptSet swept : options) {
            swept.option().refuseIfDrawn(base, "sweep");
            String path = swept.axis().path();
            for (String value : swept.axis().values()) {
                try {
                    ScenarioFiles.load(scenarioFile, List.of(new ScenarioEdit(path, value)), encoding.charset());
                } catch (ScenarioException e) {
                    throw swept.option().refused(path + "=" + value + ": ", e);
                }
            }
        }
    }

    private ScenarioRecipe pointScenario(List<SweepAxis> axes, List<String> point, int index) {
        String where = "--set grid point " + index + " ("
                + Sweep.edits(axes, point).stream()
                        .map(e -> e.path() + "=" + e.value())
                        .collect(Collectors.joining(", "))
                + ")";
        Scenario scenario;
        try {
            scenario = ScenarioFiles.load(scenarioFile, Sweep.edits(axes, point), encoding.charset());
        } catch (ScenarioException e) {
            throw new UserInputException(where + ": " + SetOption.problems(e), e);
        }
        try {
            return ScenarioFileRecipe.of(
                    scenarioFile,
                    encoding.charset(),
                    Sweep.edits(axes, point),
                    years,
                    StudyOptions.years(scenario, years, "the scenario"));
        } catch (UserInputException e) {
            throw new UserInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static void print(SweepResult result, Path dir, PrintWriter out, Lang lang) {
        out.printf(
                Locale.ROOT,
                lang.pick("%s, base seed %d, %d point(s) x %d run(s) -> %s%n", "%s，基础种子 %d，%d 个网格点 x %d 次模拟 -> %s%n"),
                result.scenario(),
                result.baseSeed(),
                result.points().size(),
                result.seeds().size(),
                dir);
        StringBuilder header = new StringBuilder(TerminalTable.pad(lang.pick("point", "网格点"), 5, true));
        for (String column : SweepFiles.axisColumns(result)) {
            header.append(String.format(Locale.ROOT, " %14s", column));
        }
        header.append(TerminalTable.format(
                " %12s %25s %12s %14s",
                lang.pick("close|close 95% CI|compliance|penalties", "收盘价|收盘价 95% 置信区间|履约率|罚款")));
        out.println(header);
        for (int p = 0; p < result.points().size(); p++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d", p));
            for (String value : result.points().get(p)) {
                row.append(String.format(Locale.ROOT, " %14s", value));
            }
            Map<Metric, Summary> s = result.summaries().get(p);
            row.append(String.format(
                    Locale.ROOT,
                    " %12s %25s %12s %14s",
                    mean(s, Metric.CLOSE),
                    ci(s, Metric.CLOSE),
                    mean(s, Metric.COMPLIANCE_RATE),
                    mean(s, Metric.PENALTIES)));
            out.println(row);
        }
        out.flush();
    }

    static String mean(Map<Metric, Summary> summaries, Metric metric) {
        Summary s = summaries.get(metric);
        return s == null ? "-" : String.format(Locale.ROOT, "%.4f", s.mean());
    }

    static String ci(Map<Metric, Summary> summaries, Metric metric) {
        Summary s = summaries.get(metric);
        return s == null ? "-" : String.format(Locale.ROOT, "[%.4f, %.4f]", s.ciLow(), s.ciHigh());
    }
}
