package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.CompareFiles;
import org.carbonsim.cli.files.ComparePairedFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.montecarlo.Comparison;
import org.carbonsim.core.montecarlo.ComparisonResult;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.PairedRuns;
import org.carbonsim.core.montecarlo.PolicyDifference;
import org.carbonsim.core.montecarlo.ScenarioRecipe;
import org.carbonsim.core.montecarlo.Summary;
import org.carbonsim.core.montecarlo.UncertaintySampler;
import org.carbonsim.core.scenario.Calendar;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim compare A B [...] --runs N}: runs the same seeded replications of each policy
 * (common random numbers) and writes {@code compare.csv}, {@code runs.csv}, {@code compare.json},
 * {@code compare-years.csv} and {@code compare-sectors.csv} into an output folder (by default {@code
 * out/compare/}): each policy's mean and 95% CI per metric, and the paired difference of each policy
 * against the first, per metric, per year and per sector. The files do not depend on {@code
 * --threads}.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Run the same seeded replications of two or more policies and compare them metric by metric.",
            "Replication i uses the same seed in every scenario; each policy is compared with the first by the"
                    + " mean of the per-replication differences and its 95%% CI (Student's t on the paired differences).",
            "Writes compare.csv, runs.csv, compare.json, the paired differences per year and per sector"
                    + " (compare-years.csv, compare-sectors.csv), each policy's figures per year and sector"
                    + " (years.csv, sectors.csv, year-stats.csv, sector-stats.csv), charts/, report.html, run.json"
                    + " and the scenarios' copies (scenarios/); the files are the same whatever --threads is.",
            "Scenarios may be files or names of bundled scenarios."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim compare classroom-ten-firms drafts/lower-threshold.json --runs 200",
            "      the draft rule against the bundled baseline, into out/compare/",
            "  carbonsim compare a.json b.json c.json --years 1 --runs 100 --out cmp",
            "      b and c each against a, one year, 100 paired replications"
        })
final class CompareCommand implements Callable<Integer> {
    @Parameters(
            index = "0..*",
            arity = "1..*",
            paramLabel = "SCENARIO",
            description = "Two or more scenario JSON files or bundled scenario names; the first is the baseline.")
    List<String> scenarioFiles;

    @Option(names = "--runs", required = true, paramLabel = "N", description = "Replications per policy; at least 2.")
    int runs;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the first scenario's seed).")
    Long seed;

    @Option(
            names = "--years",
            paramLabel = "N",
            description = "Run only the first N years (1 to the shortest scenario's number of years).")
    Integer years;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/compare/).")
    Path out;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @Option(
            names = "--no-charts",
            description = "Do not write the charts (charts/) of the means and paired differences, nor report.html.")
    boolean noCharts;

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Provenance provenance = Provenance.start(spec);
        scenarioFiles.forEach(ScenarioFiles::requireRereadable);
        Lang language = lang.get();
        if (scenarioFiles.size() < 2) {
            // checked here, not by the parameter's arity, whose message blames the option that follows
            throw new UserInputException("compare needs at least two scenarios, the baseline and a policy to"
                    + " compare with it; got one: " + scenarioFiles.get(0));
        }
        StudyOptions.runs(runs);
        int threadCount = threads.count();
        if ((long) scenarioFiles.size() * runs > PairedRuns.MAX_TASKS) {
            throw new UserInputException("--runs: " + scenarioFiles.size() + " scenarios x " + runs
                    + " runs is more than " + PairedRuns.MAX_TASKS + " replications");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String file : scenarioFiles) {
            scenarios.add(StudyOptions.years(ScenarioFiles.load(file, encoding.charset()), years, file));
            try {
                // checked here, where the file is known: the study's own check names the scenario by its
                // name, which an edited copy shares with the scenario it was copied from
                new UncertaintySampler(scenarios.get(scenarios.size() - 1));
            } catch (ScenarioException e) {
                throw new UserInputException(e.withSource(file).getMessage(), e);
            }
            MemoryBudget.check(
                    scenarios.get(scenarios.size() - 1),
                    file,
                    StudyExecution.workers(threadCount).atMost(runs),
                    (long) scenarioFiles.size() * runs);
        }
        List<String> warnings = new ArrayList<>();
        finalYearsWarning(scenarioFiles, scenarios).ifPresent(warnings::add);
        startYearsWarning(scenarioFiles, scenarios).ifPresent(warnings::add);
        Path dir = out != null ? out : Path.of("out", "compare");
        List<String> inputs = new ArrayList<>();
        for (String file : scenarioFiles) {
            inputs.addAll(ScenarioFiles.inputs(file));
        }
        try (OutputFolder.Checked checked =
                OutputFolder.check(dir, inputs, output.force, ChartFiles.writes(noCharts))) {
            for (int k = 0; k < scenarioFiles.size(); k++) {
                provenance.scenario(
                        scenarioFiles.get(k), scenarios.get(k).calendar().years());
            }
            long baseSeed = seed != null ? seed : scenarios.get(0).seed();
            RunIdentity.refuseIfDifferent(dir, provenance.plan(baseSeed, runs), output.force);
            // after the folder's checks, so that a refused --out is one line and not a warning first
            warnings.forEach(w -> spec.commandLine().getErr().println("carbonsim: warning: " + w));
            ComparisonResult result;
            try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), "compare", "runs", output.quiet)) {
                List<ScenarioRecipe> recipes = new ArrayList<>();
                for (int k = 0; k < scenarios.size(); k++) {
                    recipes.add(ScenarioFileRecipe.of(
                            scenarioFiles.get(k), encoding.charset(), List.of(), years, scenarios.get(k)));
                }
                result = Comparison.run(
                        recipes,
                        new PairedRuns.Settings(runs, threadCount, baseSeed),
                        bar,
                        StudyExecution.replicator(threadCount));
            } catch (ScenarioException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            OutputFolder.Written written = OutputFolder.write(checked, "carbonsim compare output", d -> {
                CompareFiles.write(
                        result,
                        sectorNames(scenarios),
                        scenarios.stream().map(x -> x.calendar().endYear()).toList(),
                        warnings,
                        d);
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

    /**
     * The warning for scenarios that end in different calendar years (after {@code --years}), naming
     * each with its final year, or empty when they all end together. The final-year metrics (VWAP,
     * volume, the headline price, ...) are each policy's own last year, so they would compare different
     * years without it; {@code compare-years.csv} pairs only the calendar years both policies run.
     */
    static Optional<String> finalYearsWarning(List<String> names, List<Scenario> scenarios) {
        if (!differ(scenarios, Calendar::endYear)) {
            return Optional.empty();
        }
        return Optional.of("the scenarios end in different years (" + each(names, scenarios, Calendar::endYear)
                + "): the final-year metrics (VWAP, close, volume, equilibrium price, turnover, no-trade days,"
                + " last-20-days share, spread) compare each scenario's own final year, so different calendar"
                + " years; compare-years.csv and compare-sectors.csv pair the same calendar years"
                + (differ(scenarios, Calendar::startYear) ? "" : " (--years N runs every scenario's first N years)"));
    }

    /**
     * The warning for scenarios that end in the same calendar year but start in different ones, naming
     * each with its first year, or empty otherwise (scenarios that end apart have {@link
     * #finalYearsWarning}): the final-year metrics then compare the same year, but the whole-run
     * metrics (sums over the run, the mean compliance rate, efficiency) cover different spans of years.
     */
    static Optional<String> startYearsWarning(List<String> names, List<Scenario> scenarios) {
        if (differ(scenarios, Calendar::endYear) || !differ(scenarios, Calendar::startYear)) {
            return Optional.empty();
        }
        return Optional.of("the scenarios start in different years (" + each(names, scenarios, Calendar::startYear)
                + "): the whole-run metrics (compliance rate, penalties, abatement cost, efficiency, offsets,"
                + " undetected gap, CBAM liability, cost-effectiveness) cover different spans of years;"
                + " compare-years.csv and compare-sectors.csv pair the same calendar years");
    }

    /** Whether {@code year} of the scenarios' calendars is not the same for all of them. */
    private static boolean differ(List<Scenario> scenarios, ToIntFunction<Calendar> year) {
        int first = year.applyAsInt(scenarios.get(0).calendar());
        return scenarios.stream().anyMatch(x -> year.applyAsInt(x.calendar()) != first);
    }

    /** Each scenario's name with {@code year} of its calendar: {@code a 2024, b 2025}. */
    private static String each(List<String> names, List<Scenario> scenarios, ToIntFunction<Calendar> year) {
        StringBuilder each = new StringBuilder();
        for (int k = 0; k < scenarios.size(); k++) {
            each.append(k == 0 ? "" : ", ")
                    .append(names.get(k))
                    .append(' ')
                    .append(year.applyAsInt(scenarios.get(k).calendar()));
        }
        return each.toString();
    }

    /** Each sector's name as the first scenario that has the sector gives it, by id. */
    static Map<String, String> sectorNames(List<Scenario> scenarios) {
        Map<String, String> names = new TreeMap<>();
        for (Scenario scenario : scenarios) {
            for (Sector sector : scenario.sectors()) {
                names.putIfAbsent(sector.id(), sector.name());
            }
        }
        return names;
    }

    private static void print(ComparisonResult result, Path dir, PrintWriter out, Lang lang) {
        out.printf(
                Locale.ROOT,
                lang.pick("%d policies, base seed %d, %d paired run(s) -> %s%n", "%d 个政策，基础种子 %d，%d 次配对模拟 -> %s%n"),
                result.scenarios().size(),
                result.baseSeed(),
                result.seeds().size(),
                dir);
        // widths from the cells: a fixed layout shifted every column after a long metric
        // (lastDaysVolumeShare), a long scenario name or a large figure
        TerminalTable table = new TerminalTable(
                List.of(lang.pick(
                                "metric|policy|mean|95% CI|vs first|95% CI of difference",
                                "指标|政策|均值|95% 置信区间|与基准之差|差值的 95% 置信区间")
                        .split("\\|")),
                2,
                3,
                4,
                5);
        for (Metric m : Metric.values()) {
            for (int k = 0; k < result.scenarios().size(); k++) {
                Map<Metric, Summary> s = result.summaries().get(k);
                Optional<PolicyDifference> d = k == 0 ? Optional.empty() : result.difference(m, k);
                table.row(
                        k == 0 ? m.label() : "",
                        k + " " + result.scenarios().get(k),
                        SweepCommand.mean(s, m),
                        SweepCommand.ci(s, m),
                        d.map(x -> String.format(
                                        Locale.ROOT, "%+.4f", x.difference().mean()))
                                .orElse(k == 0 ? "" : "-"),
                        d.map(x -> String.format(
                                        Locale.ROOT,
                                        "[%.4f, %.4f]%s",
                                        x.difference().ciLow(),
                                        x.difference().ciHigh(),
                                        x.excludesZero() ? " *" : ""))
                                .orElse(""));
            }
        }
        out.print(table.render(TerminalStyle.forStdout()));
        out.println(lang.pick("* the 95% CI of the paired difference excludes 0", "* 配对差值的 95% 置信区间不含 0"));
        out.println(lang.pick(
                        "Per year and per sector (allocation, shortfall, abatement, costs, penalties): ",
                        "分年度、分行业（配额、缺口、减排、成本、罚款）：")
                + ComparePairedFiles.YEARS + ", " + ComparePairedFiles.SECTORS);
        out.flush();
    }
}
