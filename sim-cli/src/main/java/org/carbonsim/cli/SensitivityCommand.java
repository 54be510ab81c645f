package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.files.SensitivityFiles;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.scenario.NumericPath;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioSource;
import org.carbonsim.core.sensitivity.Factor;
import org.carbonsim.core.sensitivity.Method;
import org.carbonsim.core.sensitivity.MorrisEffect;
import org.carbonsim.core.sensitivity.SensitivityResult;
import org.carbonsim.core.sensitivity.SensitivityStudy;
import org.carbonsim.core.sensitivity.Sobol;
import org.carbonsim.core.sensitivity.SobolIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim sensitivity SCENARIO --param PATH=LO:HI ...}: global sensitivity analysis. Each
 * point of a Sobol (Saltelli) or Morris plan over the parameters' ranges is written into the scenario
 * and run with the same replication seeds (common random numbers); the study writes {@code
 * sensitivity.csv}, {@code points.csv}, {@code sensitivity.json} and a bar chart per metric into an
 * output folder (by default {@code out/<scenario name>-sensitivity/}). Every parameter's range is
 * checked by the loader (both ends and a point between) before anything runs; a bad path or range is
 * reported with its {@code --param}. The replications run where {@link StudyExecution} says (local
 * threads, or Spark tasks); the files do not depend on {@code --threads} or on where they ran.
 */
@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        description = {
            "Global sensitivity analysis: Sobol first- and total-order indices with bootstrap 95%% intervals,"
                    + " or Morris elementary effects, of every montecarlo metric and each year's VWAP.",
            "Writes sensitivity.csv, points.csv, sensitivity.json, the indices of each year's figures"
                    + " (sensitivity-years.csv), each point's figures per year and sector (years.csv, sectors.csv),"
                    + " charts/, run.json and scenario.json; the files are the same whatever --threads is.",
            "SCENARIO may be a file or the name of a bundled scenario, such as classroom-ten-firms."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim sensitivity classroom-ten-firms --param market.limitPct=5:15"
                    + " --param market.initialPrice=30:60 --samples 64 --runs 2",
            "      Sobol indices from 64 x (2 + 2) = 256 points, 2 replications each",
            "  carbonsim sensitivity hubei-pilot --years 1 --method morris --samples 10"
                    + " --param agents.compliance.procrastination=0.5:0.95 --param market.initialPrice=15:35",
            "      screening with 10 Morris trajectories"
        })
final class SensitivityCommand implements Callable<Integer> {
    /** Base samples (Sobol) when --samples is not given: a power of two, as Sobol sequences like. */
    static final int DEFAULT_SOBOL_SAMPLES = 128;

    /** Trajectories (Morris) when --samples is not given. */
    static final int DEFAULT_MORRIS_TRAJECTORIES = 20;

    /** The most replications one command runs (plan points × runs per point). */
    static final long MAX_RUNS = SensitivityStudy.MAX_RUNS;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @Option(
            names = "--param",
            required = true,
            paramLabel = "PATH=LO:HI",
            description = "A number in the scenario (a JSON path as in sweep --set; $. may be left out) and its"
                    + " range, varied uniformly. Repeat for each parameter.")
    List<String> params;

    @Option(
            names = "--method",
            paramLabel = "METHOD",
            description = "sobol (indices with intervals; the default) or morris (screening).")
    String method;

    @Option(
            names = "--samples",
            paramLabel = "N",
            description = "Sobol base samples (points: N x (parameters + 2); default " + DEFAULT_SOBOL_SAMPLES
                    + ", best a power of two) or Morris trajectories (points: N x (parameters + 1); default "
                    + DEFAULT_MORRIS_TRAJECTORIES + ").")
    Integer samples;

    @Option(
            names = {"--runs", "--runs-per-point"},
            paramLabel = "R",
            description = "Replications per point, with the same seeds at every point (default 4).")
    int runs = 4;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--years",
            paramLabel = "N",
            description = "Run only the first N years (1 to the scenario's number of years).")
    Integer years;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder (default: out/<scenario name>-sensitivity/).")
    Path out;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--no-charts", description = "Do not write the charts (charts/) of each metric's indices.")
    boolean noCharts;

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Provenance provenance = Provenance.start(spec);
        ScenarioFiles.requireRereadable(scenarioFile);
        Lang language = lang.get();
        Method chosen = method();
        int n = samples != null
                ? samples
                : chosen == Method.SOBOL ? DEFAULT_SOBOL_SAMPLES : DEFAULT_MORRIS_TRAJECTORIES;
        if (n < 2 || n > 1_000_000) {
            throw new UserInputException("--samples must be between 2 and 1000000, got " + n);
        }
        if (runs < 1 || runs > MonteCarloCommand.MAX_RUNS) {
            throw new UserInputException(
                    "--runs must be between 1 and " + MonteCarloCommand.MAX_RUNS + ", got " + runs);
        }
        int threadCount = threads.count();
        List<ParamRange> ranges = ParamRange.parseAll(params);
        if (ranges.size() > Sobol.MAX_INPUTS) {
            throw new UserInputException("--param: at most " + Sobol.MAX_INPUTS + " parameters, got " + ranges.size());
        }
        Scenario base = StudyOptions.years(ScenarioFiles.load(scenarioFile, encoding.charset()), years, "the scenario");
        long baseSeed = seed != null ? seed : base.seed();
        SensitivityStudy.Settings settings = new SensitivityStudy.Settings(chosen, n, runs, threadCount, baseSeed);
        long points = SensitivityStudy.points(settings, ranges.size());
        if (points * runs > MAX_RUNS) {
            throw new UserInputException("--samples/--runs: " + points + " points x " + runs + " runs is more than "
                    + MAX_RUNS + " replications");
        }
        // a study keeps a row of figures per point (not per replication), as much as a kept run at most
        MemoryBudget.check(
                base, scenarioFile, StudyExecution.workers(threadCount).atMost(points * runs), points);
        ScenarioSource source;
        try {
            source = ScenarioFiles.resolve(scenarioFile).source(encoding.charset());
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        List<Factor> factors = factors(base, source, ranges);
        Path dir = out != null ? out : Path.of("out", base.name() + "-sensitivity");
        try (OutputFolder.Checked checked = OutputFolder.check(
                dir, ScenarioFiles.inputs(scenarioFile), output.force, ChartFiles.writes(noCharts))) {
            provenance.scenario(scenarioFile, base.calendar().years());
            RunIdentity.refuseIfDifferent(dir, provenance.plan(baseSeed, runs), output.force);
            SensitivityResult result;
            try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), base.name(), "runs", output.quiet)) {
                result = SensitivityStudy.run(
                        ScenarioFileRecipe.of(scenarioFile, encoding.charset(), List.of(), years, base),
                        factors,
                        settings,
                        bar,
                        StudyExecution.replicator(threadCount));
            } catch (ScenarioException e) {
                throw ParamRange.refusedTogether(ranges, e, scenarioFile, encoding.charset());
            }
            SensitivityFiles.roughWarning(result)
                    .ifPresent(w -> spec.commandLine().getErr().println("carbonsim: warning: " + w));
            OutputFolder.Written written = OutputFolder.write(checked, "carbonsim sensitivity output", d -> {
                SensitivityFiles.write(result, RunFiles.sectorNames(base), d);
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

    private Method method() {
        if (method == null) {
            return Method.SOBOL;
        }
        for (Method m : Method.values()) {
            if (m.label().equals(method.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new UserInputException("--method: expected sobol or morris, got \"" + method + "\"");
    }

    /**
     * Each range checked against the scenario: not in or drawn by its uncertainty block, and loadable
     * at both ends.
     */
    private static List<Factor> factors(Scenario base, ScenarioSource source, List<ParamRange> ranges) {
        List<String> drawn = base.uncertainty().parameters().stream()
                .map(u -> ScenarioEdit.normalise(u.path()))
                .toList();
        List<String> names = SensitivityFiles.parameterColumns(
                ranges.stream().map(ParamRange::path).toList());
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            ParamRange r = ranges.get(i);
            if (r.path().startsWith("$.uncertainty.")) {
                throw new UserInputException("--param " + r.text() + ": " + r.path()
                        + " is part of the uncertainty block, which is the same at every point of a study;"
                        + " vary the scenario's own numbers");
            }
            if (drawn.contains(r.path())) {
                throw new UserInputException("--param " + r.text() + ": " + r.path()
                        + " is drawn afresh in every run by the scenario's uncertainty block; vary it or draw it,"
                        + " not both");
            }
            double low = r.low().doubleValue();
            double high = r.high().doubleValue();
            NumericPath path;
            try {
                path = NumericPath.of(source, r.path(), low, high, "--param " + r.text());
            } catch (ScenarioException e) {
                throw new UserInputException(String.join("; ", e.lines()), e);
            }
            factors.add(new Factor(names.get(i), path, low, high));
        }
        return factors;
    }

    private static void print(SensitivityResult result, Path dir, PrintWriter out, Lang lang) {
        boolean sobol = result.method() == Method.SOBOL;
        out.printf(
                Locale.ROOT,
                lang.pick(
                        "%s, %s, base seed %d, %d point(s) x %d run(s) -> %s%n",
                        "%s，%s，基础种子 %d，%d 个样本点 x %d 次模拟 -> %s%n"),
                result.scenario(),
                result.method().label(),
                result.baseSeed(),
                result.points().size(),
                result.seeds().size(),
                dir);
        // widths from the cells: Morris effects are in the metric's unit, millions of tonnes for volume
        TerminalTable table = new TerminalTable(
                List.of((sobol
                                ? lang.pick("metric|parameter|first|total", "指标|参数|一阶|总效应")
                                : lang.pick("metric|parameter|mu_star|sigma", "指标|参数|μ*|σ"))
                        .split("\\|")),
                2,
                3);
        for (Metric headline : new Metric[] {Metric.VWAP, Metric.VOLUME, Metric.COMPLIANCE_RATE}) {
            int m = result.metrics().indexOf(headline.label());
            for (int i = 0; i < result.factors().size(); i++) {
                double a;
                double b;
                if (sobol) {
                    SobolIndex s = result.sobol().get(m).get(i);
                    a = s.first();
                    b = s.total();
                } else {
                    MorrisEffect e = result.morris().get(m).get(i);
                    a = e.muStar();
                    b = e.sigma();
                }
                table.row(
                        SensitivityFiles.metricId(headline.label()),
                        result.factors().get(i).name(),
                        figure(a),
                        figure(b));
            }
        }
        out.print(table.render(TerminalStyle.forStdout()));
        out.flush();
    }

    private static String figure(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
    }
}
