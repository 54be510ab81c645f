package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.MetricColumns;
import org.carbonsim.cli.files.MonteCarloFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarlo;
import org.carbonsim.core.montecarlo.MonteCarloResult;
import org.carbonsim.core.montecarlo.StopRule;
import org.carbonsim.core.montecarlo.Summary;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim montecarlo SCENARIO --runs N}: runs seeded replications of a scenario, drawing its
 * uncertain inputs in each, and writes {@code runs.csv}, {@code montecarlo.json}, {@code bands.csv}
 * and {@code convergence.csv} into an output folder (by default {@code out/<scenario
 * name>-montecarlo/}) with the same atomic replacement and output marker as {@code carbonsim run}. The
 * files do not depend on {@code --threads}.
 */
@Command(
        name = "montecarlo",
        mixinStandardHelpOptions = true,
        description = {
            "Run seeded replications of a scenario and write runs.csv, montecarlo.json, bands.csv,"
                    + " convergence.csv, the figures per year and sector (years.csv, sectors.csv, year-stats.csv,"
                    + " sector-stats.csv), fan charts (charts/), report.html, run.json and scenario.json.",
            "Replication i uses a seed derived from the base seed and i; the files are the same whatever"
                    + " --threads is.",
            "SCENARIO may be a file or the name of a bundled scenario, such as classroom-two-firms."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim montecarlo classroom-two-firms --runs 200 --threads 4",
            "      200 replications on 4 threads into out/classroom-two-firms-montecarlo/",
            "  carbonsim montecarlo hubei-pilot --years 1 --runs 1000 --until-ci 1%%",
            "      stop once the 95%% CI of the mean close is within 1%% of it",
            "  carbonsim montecarlo classroom-ten-firms --runs 200 --set market.limitPct=5",
            "      the bundled scenario with a 5%% price band; run.json records the --set"
        })
final class MonteCarloCommand implements Callable<Integer> {
    /** The most replications one command runs. */
    static final int MAX_RUNS = 1_000_000;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @Option(
            names = "--runs",
            required = true,
            paramLabel = "N",
            description = "Replications to run (the most, with --until-ci); at least 2.")
    int runs;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder (default: out/<scenario name>-montecarlo/).")
    Path out;

    @Option(
            names = "--years",
            paramLabel = "N",
            description = "Run only the first N years (1 to the scenario's number of years).")
    Integer years;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Change one value of the scenario before every replication: a JSON path as in sweep --set"
                    + " ($. may be left out; not one the uncertainty block draws) and one value, read as the type"
                    + " the file has there, or a JSON list or object ([...] or {...}) that replaces the whole"
                    + " value (where the file has a string, the text is the string). Repeat for more paths.")
    List<String> sets;

    @Option(
            names = "--until-ci",
            paramLabel = "X%",
            description = "Stop once the 95%% CI half-width of --metric is below X%% of its mean, checked every "
                    + MonteCarlo.BATCH + " runs.")
    String untilCi;

    @Option(
            names = "--metric",
            paramLabel = "NAME",
            description =
                    "Metric for --until-ci (default: close). One of: vwap, close, volume, complianceRate,"
                            + " penalties, abatementCost, equilibriumPrice, efficiency, turnoverRatio, noTradeDays,"
                            + " lastDaysVolumeShare, spread, offsets, undetectedGap, cbamLiability, costEffectiveness; any case.")
    String metric;

    @Option(names = "--no-charts", description = "Write neither the fan charts (charts/) nor report.html.")
    boolean noCharts;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Provenance provenance = Provenance.start(spec);
        ScenarioFiles.requireRereadable(scenarioFile);
        Lang language = lang.get();
        StudyOptions.runs(runs);
        int threadCount = threads.count();
        if (metric != null && untilCi == null) {
            throw new UserInputException("--metric chooses the metric of --until-ci; give --until-ci too");
        }
        Optional<StopRule> stopRule = Optional.empty();
        if (untilCi != null) {
            stopRule = Optional.of(new StopRule(metric(), percent(untilCi) / 100));
        }
        SetEdits edits = SetEdits.parse(sets);
        Scenario scenario = StudyOptions.years(edits.load(scenarioFile, encoding.charset()), years, "the scenario");
        edits.refuseDrawn(scenario);
        MemoryBudget.check(
                scenario, scenarioFile, StudyExecution.workers(threadCount).atMost(runs), runs);
        Path dir = out != null ? out : Path.of("out", scenario.name() + "-montecarlo");
        try (OutputFolder.Checked checked = OutputFolder.check(
                dir,
                ScenarioFiles.inputs(scenarioFile, List.of(edits.edits())),
                output.force,
                ChartFiles.writes(noCharts))) {
            provenance.scenario(scenarioFile, scenario.calendar().years(), edits.edits());
            long baseSeed = seed != null ? seed : scenario.seed();
            RunIdentity.refuseIfDifferent(dir, provenance.plan(baseSeed, runs), output.force);
            MonteCarloResult result;
            try (ProgressBar bar =
                    ProgressBar.start(spec.commandLine().getErr(), scenario.name(), "runs", output.quiet)) {
                result = MonteCarlo.run(
                        ScenarioFileRecipe.of(scenarioFile, encoding.charset(), edits.edits(), years, scenario),
                        new MonteCarlo.Settings(runs, threadCount, baseSeed, stopRule),
                        bar,
                        StudyExecution.replicator(threadCount));
            } catch (ScenarioException e) {
                // the sampler names the scenario; the user named a file (or a bundled scenario)
                throw new UserInputException(e.withSource(scenarioFile).getMessage(), e);
            }
            Optional<StopRule> rule = stopRule;
            OutputFolder.Written written = OutputFolder.write(checked, "carbonsim montecarlo output", d -> {
                MonteCarloFiles.write(result, runs, rule, RunFiles.sectorNames(scenario), d);
                provenance.write(d, baseSeed, result.runs().size());
                if (!noCharts) {
                    ChartFiles.writeOrWarn(d, spec.commandLine().getErr(), language);
                }
            });
            written.reportKept(spec.commandLine().getErr(), output.quiet);
            stopRule.flatMap(r -> neverDefined(r, result, language))
                    .ifPresent(w -> spec.commandLine().getErr().println(w));
            if (!output.quiet) {
                printSummary(result, dir, spec.commandLine().getOut(), language);
            }
            return ExitCodes.OK;
        }
    }

    /**
     * The warning for a stopping rule whose metric no two runs defined (the spread of a market without
     * quotes): there was never an interval to narrow, so every run was made; empty otherwise.
     */
    static Optional<String> neverDefined(StopRule rule, MonteCarloResult result, Lang lang) {
        if (result.stoppedEarly() || result.summaries().get(rule.metric()) != null) {
            return Optional.empty();
        }
        String metric = rule.metric().label();
        int runs = result.runs().size();
        return Optional.of(String.format(
                Locale.ROOT,
                lang.pick(
                        "carbonsim: warning: --until-ci: %s is defined in fewer than 2 of the %d runs, so it has no"
                                + " confidence interval to narrow and all %d runs were made; choose another --metric",
                        "carbonsim: warning: --until-ci：%s 在 %d 次模拟中有定义的少于 2 次，没有可收窄的置信区间，"
                                + "因此 %d 次模拟全部运行；请选择其他 --metric"),
                metric,
                runs,
                runs));
    }

    private Metric metric() {
        if (metric == null) {
            return Metric.CLOSE;
        }
        return Metric.byLabel(metric)
                .orElseThrow(() -> new UserInputException(
                        "--metric: unknown metric \"" + metric + "\"; one of " + String.join(", ", Metric.labels())));
    }

    /**
     * Parses "2%", "2" or "0.5%" as a percentage in (0, 100]: a decimal number in ASCII digits, as every
     * number on the command line, and not Java's other spellings of a double ({@code 5d}, {@code 0x1p2}).
     */
    static double percent(String text) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
        double value;
        try {
            if (AsciiDigits.hasOtherDigits(number)) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(number.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw new UserInputException(
                    "--until-ci: expected a percentage such as 2%, got \"" + text + "\"" + AsciiDigits.hint(text));
        }
        if (!(value > 0 && value <= 100)) {
            throw new UserInputException("--until-ci: expected a percentage > 0% and <= 100%, got \"" + text + "\"");
        }
        return value;
    }

    private static void printSummary(MonteCarloResult result, Path dir, PrintWriter out, Lang lang) {
        out.printf(
                Locale.ROOT,
                lang.pick("%s, base seed %d, %d run(s)%s -> %s%n", "%s，基础种子 %d，%d 次模拟%s -> %s%n"),
                result.scenario(),
                result.baseSeed(),
                result.runs().size(),
                result.stoppedEarly()
                        ? lang.pick(" (stopped: confidence interval narrow enough)", "（已停止：置信区间已足够窄）")
                        : "",
                dir);
        // widths from the cells, so a figure in the billions (national-ets-scale's abatement cost)
        // stays under its heading; the unit as the CSV files name it (cny_per_t, t, cny)
        TerminalTable table = new TerminalTable(
                List.of(lang.pick("metric|unit|mean|95% CI low|95% CI high", "指标|单位|均值|95% 置信下限|95% 置信上限")
                        .split("\\|")),
                2,
                3,
                4);
        for (Metric m : Metric.values()) {
            Summary s = result.summaries().get(m);
            if (s == null) {
                // fewer than 2 runs define it: no interval, as sweep and compare show it
                table.row(m.label(), MetricColumns.unit(m), "-", "-", "-");
            } else {
                table.row(
                        m.label(),
                        MetricColumns.unit(m),
                        String.format(Locale.ROOT, "%.4f", s.mean()),
                        String.format(Locale.ROOT, "%.4f", s.ciLow()),
                        String.format(Locale.ROOT, "%.4f", s.ciHigh()));
            }
        }
        out.print(table.render(TerminalStyle.forStdout()));
        out.flush();
    }
}
