package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.CalibrationFiles;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.calibration.CalibrationResult;
import org.carbonsim.core.calibration.Calibrator;
import org.carbonsim.core.calibration.Parameter;
import org.carbonsim.core.calibration.Target;
import org.carbonsim.core.scenario.NumericPath;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim calibrate SCENARIO --targets FILE --param PATH=LO:HI ...}: fits scenario
 * parameters to observed moments by the method of simulated moments ({@link Calibrator}: CMA-ES on
 * the scaled box, the same seeds at every evaluation) and writes {@code calibration.json}, {@code
 * calibrated-scenario.json} and the charts of the fit into an output folder (by default {@code
 * out/<scenario name>-calibrate/}).
 */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Fit scenario parameters to observed moments (method of simulated moments) and write calibration.json,"
                    + " calibrated-scenario.json, charts of the fit (charts/), run.json and scenario.json.",
            "Every evaluation runs the same --runs seeds (common random numbers); the objective is the weighted sum"
                    + " of squared relative deviations of the simulated means from the observed moments; the search"
                    + " is CMA-ES on the parameter box scaled to [0, 1], starting from the scenario's own values.",
            "SCENARIO may be a file or the name of a bundled scenario, such as classroom-ten-firms."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim calibrate classroom-ten-firms --targets targets.csv"
                    + " --param 'allocation.cap.byYear[\"2024\"]=4000000:5500000' --runs 4 --budget 60",
            "      fit the 2024 cap to the observed moments in targets.csv",
            "  carbonsim calibrate hubei-pilot --targets scenarios/hubei-pilot-targets.csv --years 6"
                    + " --fit-years 2014-2017 --param market.initialPrice=15:40 --param agents.traders[0].count=50:400",
            "      simulate 2014-2019 only (the targets' years), fit on 2014-2017 and report 2018-2019 out of sample"
        })
final class CalibrateCommand implements Callable<Integer> {
    /** Replications per evaluation when --runs is not given. */
    static final int DEFAULT_RUNS = 10;

    /** Evaluations when --budget is not given. */
    static final int DEFAULT_BUDGET = 200;

    /** Decimals a calibrated number keeps where the scenario takes any number. */
    static final int DECIMALS = 6;

    /** The most evaluations one calibration may have. */
    static final int MAX_BUDGET = 100_000;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @Option(
            names = "--targets",
            required = true,
            paramLabel = "FILE",
            description = "Observed moments: CSV with the header " + TargetsFile.HEADER + "; moments "
                    + "vwap_cny_per_t, volume_t, turnover_cny, last20_volume_share, log_return_sd, limit_hit_share,"
                    + " compliance_rate.")
    Path targetsFile;

    @Option(
            names = "--param",
            required = true,
            paramLabel = "PATH=LO:HI",
            description = "A numeric scenario path as in sweep --set ($. may be left out) and its range. Repeat for"
                    + " several.")
    List<String> params;

    @Option(
            names = "--runs",
            paramLabel = "N",
            description = "Replications (seeds) per evaluation, the same at every evaluation (default: " + DEFAULT_RUNS
                    + ").")
    int runs = DEFAULT_RUNS;

    @Option(
            names = "--budget",
            paramLabel = "EVALS",
            description = "The most evaluations, search and diagnostics (4 per parameter) together (default: "
                    + DEFAULT_BUDGET + ").")
    int budget = DEFAULT_BUDGET;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--years",
            paramLabel = "N",
            description = "Run only the first N years (1 to the scenario's number of years); every target must"
                    + " lie within them. The calibrated scenario keeps all its years.")
    Integer years;

    @Option(
            names = "--fit-years",
            paramLabel = "A-B",
            description = "Fit on the targets of years A to B only; the others are reported out of sample"
                    + " (default: every year).")
    String fitYears;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder (default: out/<scenario name>-calibrate/).")
    Path out;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--no-charts", description = "Do not write the charts (charts/) of the fit.")
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
        StudyOptions.runs(runs);
        int threadCount = threads.count();
        List<ParamRange> ranges = ParamRange.parseAll(params);
        int minimum = Calibrator.minimumBudget(ranges.size());
        if (budget < minimum || budget > MAX_BUDGET) {
            throw new UserInputException("--budget must be between " + minimum + " (4 diagnostic evaluations per"
                    + " parameter and 10 for the search) and " + MAX_BUDGET + ", got " + budget);
        }
        // each evaluation runs --runs replications: the same ceiling on the whole study as the other studies'
        if ((long) budget * runs > MonteCarloCommand.MAX_RUNS) {
            throw new UserInputException("--budget/--runs: " + budget + " evaluations x " + runs + " runs is more than "
                    + MonteCarloCommand.MAX_RUNS + " replications");
        }
        Scenario base = StudyOptions.years(ScenarioFiles.load(scenarioFile, encoding.charset()), years, "the scenario");
        MemoryBudget.check(base, scenarioFile, threadCount, 0);
        int first = base.calendar().startYear();
        int last = first + base.calendar().years() - 1;
        int[] window = fitYears(first, last);
        List<Target> targets = TargetsFile.read(targetsFile, first, last, encoding.charset());
        if (targets.stream().noneMatch(t -> t.year() >= window[0] && t.year() <= window[1] && t.weight() > 0)) {
            throw new UserInputException(
                    targetsFile + ": no target with a weight > 0 in the fitting years " + window[0] + "-" + window[1]);
        }
        ScenarioSource source = source();
        List<String> drawn = base.uncertainty().parameters().stream()
                .map(u -> ScenarioEdit.normalise(u.path()))
                .toList();
        List<Parameter> parameters = new ArrayList<>();
        List<Double> start = new ArrayList<>();
        for (ParamRange range : ranges) {
            Parameter parameter = parameter(range, source, drawn);
            parameters.add(parameter);
            double current = source.number(range.path()).orElseThrow().doubleValue();
            start.add(
                    current >= parameter.low() && current <= parameter.high()
                            ? current
                            : (parameter.low() + parameter.high()) / 2);
        }
        Path dir = out != null ? out : Path.of("out", base.name() + "-calibrate");
        List<String> inputs = new ArrayList<>(ScenarioFiles.inputs(scenarioFile));
        inputs.add(targetsFile.toString());
        try (OutputFolder.Checked checked =
                OutputFolder.check(dir, inputs, output.force, ChartFiles.writes(noCharts))) {
            provenance.scenario(scenarioFile, base.calendar().years());
            long baseSeed = seed != null ? seed : base.seed();
            RunIdentity.refuseIfDifferent(dir, provenance.plan(baseSeed, runs), output.force);
            Calibrator.Settings settings =
                    new Calibrator.Settings(runs, threadCount, baseSeed, budget, window[0], window[1]);
            CalibrationResult result;
            try (ProgressBar bar =
                    ProgressBar.start(spec.commandLine().getErr(), base.name(), "evaluations", output.quiet)) {
                result = Calibrator.run(parameters, start, targets, this::model, settings, bar);
            } catch (ScenarioException e) {
                throw ParamRange.refusedTogether(ranges, e, scenarioFile, encoding.charset());
            }
            List<ScenarioEdit> fitted = new ArrayList<>();
            for (int j = 0; j < parameters.size(); j++) {
                Parameter p = parameters.get(j);
                fitted.add(new ScenarioEdit(p.path(), p.text(result.fitted().get(j))));
            }
            String calibrated = source.edited(fitted);
            OutputFolder.Written written = OutputFolder.write(checked, "carbonsim calibrate output", d -> {
                CalibrationFiles.write(result, base.name(), settings, d);
                Files.writeString(d.resolve(CalibrationFiles.CALIBRATED_SCENARIO), calibrated);
                if (!noCharts) {
                    ChartFiles.writeOrWarn(d, spec.commandLine().getErr(), language);
                }
                provenance.write(d, baseSeed, runs);
            });
            written.reportKept(spec.commandLine().getErr(), output.quiet);
            if (!output.quiet) {
                print(result, base.name(), dir, spec.commandLine().getOut(), language);
            }
            return ExitCodes.OK;
        }
    }

    private Scenario model(List<ScenarioEdit> edits) {
        return StudyOptions.years(ScenarioFiles.load(scenarioFile, edits, encoding.charset()), years, "the scenario");
    }

    /** {@code --fit-years A-B}, or the scenario's years. */
    private int[] fitYears(int first, int last) {
        if (fitYears == null) {
            return new int[] {first, last};
        }
        String[] parts = fitYears.split("-", -1);
        int from;
        int to;
        try {
            if (parts.length != 2 || AsciiDigits.hasOtherDigits(fitYears)) {
                throw new NumberFormatException();
            }
            from = Integer.parseInt(parts[0].strip());
            to = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("--fit-years: expected A-B such as " + first + "-" + last + ", got \""
                    + fitYears + "\"" + AsciiDigits.hint(fitYears));
        }
        if (from > to || from < first || to > last) {
            throw new UserInputException("--fit-years " + fitYears + ": expected years within "
                    + (years == null ? "the scenario's " : "the years simulated (--years " + years + "), ") + first
                    + "-" + last + ", first <= last");
        }
        return new int[] {from, to};
    }

    private ScenarioSource source() {
        try {
            return ScenarioFiles.resolve(scenarioFile).source(encoding.charset());
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * The parameter of {@code range}, checked against the scenario as {@code sensitivity} checks its
     * ranges ({@link NumericPath}): its path names a number that is not drawn by the uncertainty block,
     * the scenario loads with the ends and a value between them, and the decimals it accepts there
     * (any, kept to {@link #DECIMALS}; 2; or 0) are those the loader takes.
     */
    private Parameter parameter(ParamRange range, ScenarioSource source, List<String> drawn) {
        String where = "--param " + range.text();
        if (source.number(range.path()).isEmpty()) {
            throw new UserInputException(where + ": " + range.path() + ": names no number in " + scenarioFile
                    + "; give the path of a number the file has, as in sweep --set"
                    + ScenarioEdit.quotedKeyHint(range.path()));
        }
        if (drawn.contains(range.path())) {
            throw new UserInputException(where + ": " + range.path() + " is drawn afresh in every run by the"
                    + " scenario's uncertainty block; calibrate it or draw it, not both");
        }
        double low = range.low().doubleValue();
        double high = range.high().doubleValue();
        NumericPath path;
        try {
            path = NumericPath.of(source, range.path(), low, high, where);
        } catch (ScenarioException e) {
            throw new UserInputException(String.join("; ", e.lines()), e);
        }
        return new Parameter(path.path(), low, high, path.decimals(DECIMALS));
    }

    private static void print(CalibrationResult result, String scenario, Path dir, PrintWriter out, Lang lang) {
        out.printf(
                Locale.ROOT,
                lang.pick(
                        "%s, base seed %d, %d run(s) per evaluation, %d evaluation(s), search %s -> %s%n",
                        "%s，基础种子 %d，每次评估 %d 次模拟，共 %d 次评估，搜索%s -> %s%n"),
                scenario,
                result.baseSeed(),
                result.seeds().size(),
                result.evaluations().size(),
                result.stop() == CalibrationResult.Stop.CONVERGED
                        ? lang.pick("converged", "已收敛")
                        : lang.pick("stopped by --budget", "因 --budget 停止"),
                dir);
        out.println(TerminalStyle.forStdout()
                .header(TerminalTable.format(
                        "%-40s %14s %14s %14s", lang.pick("parameter|start|fitted|std. error", "参数|初值|拟合值|标准误"))));
        for (int j = 0; j < result.parameters().size(); j++) {
            int index = j;
            String se = result.standardErrors()
                    .map(e -> String.format(Locale.ROOT, "%.4g", e.get(index)))
                    .orElse("n/a");
            Parameter p = result.parameters().get(j);
            out.printf(
                    Locale.ROOT,
                    "%-40s %14s %14s %14s%n",
                    p.path(),
                    p.text(result.start().get(j)),
                    p.text(result.fitted().get(j)),
                    se);
        }
        out.printf(Locale.ROOT, lang.pick("objective %.6g", "目标函数 %.6g"), result.objective());
        if (!Double.isNaN(result.objectiveOutOfSample())) {
            out.printf(Locale.ROOT, lang.pick(", out of sample %.6g", "，样本外 %.6g"), result.objectiveOutOfSample());
        }
        out.println();
        out.flush();
    }
}
