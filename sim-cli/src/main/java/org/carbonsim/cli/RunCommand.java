package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.EventFiles;
import org.carbonsim.cli.files.OffsetFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim run SCENARIO}: runs a scenario once and writes its files into an output folder
 * (by default {@code out/<scenario name>/}). The files are written into a temporary sibling folder
 * that is then renamed into place, so a folder is either the complete output of one run or absent. A
 * folder holding the marker file {@code .carbonsim-output} is replaced, the files of the user's in it
 * kept ({@link OutputFolder}); any other non-empty folder is refused, whatever the options.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a scenario and write summary.json, daily.csv, annual.csv, sectors.csv, enterprises.csv and"
                    + " events.csv (and trades.csv with --trades), and where the scenario has their rules mrv.csv,"
                    + " cbam.csv, offsets.csv, offset-issuance.csv, finance.csv, forwards.csv and reserve.csv"
                    + " (a stability reserve's years).",
            "SCENARIO may be a file or the name of a bundled scenario, such as classroom-two-firms."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim run classroom-two-firms",
            "      run a bundled scenario with its own seed into out/classroom-two-firms/",
            "  carbonsim run scenarios/hubei-pilot.json --seed 7 --years 2 --out runs/hubei-7 --trades",
            "      two years with seed 7, including every trade",
            "  carbonsim run classroom-price-band --set market.limitPct=2 --out out/band-2",
            "      the lesson with a 2%% price band instead of 10%%; run.json records the --set"
        })
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the run (default: the scenario's seed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>/).")
    Path out;

    @Option(
            names = "--years",
            paramLabel = "N",
            description = "Run only the first N years (1 to the scenario's number of years).")
    Integer years;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Change one value of the scenario before it runs: a JSON path as in sweep --set ($. may be"
                    + " left out) and one value, read as the type the file has there, or a JSON list or object"
                    + " ([...] or {...}) that replaces the whole value (where the file has a string, the text is"
                    + " the string). Repeat for more paths.")
    List<String> sets;

    @Option(names = "--trades", description = "Also write trades.csv with every trade.")
    boolean trades;

    @Option(names = "--no-charts", description = "Write neither charts/ (PNG and SVG) nor report.html.")
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
        SetEdits edits = SetEdits.parse(sets);
        Scenario scenario = StudyOptions.years(edits.load(scenarioFile, encoding.charset()), years, "the scenario");
        MemoryBudget.check(scenario, scenarioFile, 1, 0);
        Path dir = out != null ? out : Path.of("out", scenario.name());
        try (OutputFolder.Checked checked = OutputFolder.check(
                dir,
                ScenarioFiles.inputs(scenarioFile, List.of(edits.edits())),
                output.force,
                ChartFiles.writes(noCharts))) {
            provenance.scenario(scenarioFile, scenario.calendar().years(), edits.edits());
            long runSeed = seed != null ? seed : scenario.seed();
            RunIdentity.refuseIfDifferent(dir, provenance.plan(runSeed, null), output.force);
            RunResult result;
            try (ProgressBar bar =
                    ProgressBar.start(spec.commandLine().getErr(), scenario.name(), "days", output.quiet)) {
                result = new Simulation(scenario, runSeed, trades, bar).run();
            }
            OutputFolder.Written written = OutputFolder.write(checked, "carbonsim run output", into -> {
                RunFiles.write(result, scenario, into, trades);
                EventFiles.write(result, into);
                OffsetFiles.write(result, into);
                provenance.write(into, runSeed, null);
                if (!noCharts) {
                    ChartFiles.writeOrWarn(into, spec.commandLine().getErr(), language);
                }
            });
            written.reportKept(spec.commandLine().getErr(), output.quiet);
            if (!output.quiet) {
                printSummary(result, scenario, dir, spec.commandLine().getOut(), language);
            }
            return ExitCodes.OK;
        }
    }

    private static void printSummary(RunResult result, Scenario scenario, Path dir, PrintWriter out, Lang lang) {
        out.printf(
                Locale.ROOT,
                lang.pick("%s, seed %d, %d year(s) -> %s%n", "%s，随机种子 %d，%d 年 -> %s%n"),
                result.scenario(),
                result.seed(),
                result.years().size(),
                dir);
        out.println(TerminalStyle.forStdout()
                .header(TerminalTable.format(
                        "%-6s %10s %10s %12s %8s %11s %11s %11s",
                        lang.pick(
                                "year|close|vwap|volume|covered|compliance|efficiency|eff_1_year",
                                "年份|收盘价|均价|成交量|纳入企业|履约率|效率|单年效率"))));
        for (YearResult y : result.years()) {
            out.printf(
                    Locale.ROOT,
                    "%-6d %10s %10s %12d %8d %11s %11s %11s%n",
                    y.year(),
                    RunFiles.yuan(y.closeFen()),
                    RunFiles.yuan(y.vwapFen()),
                    y.volume(),
                    y.coveredEnterprises(),
                    RunFiles.rate(y.complianceRate()),
                    ratio(y.efficiency()),
                    ratio(y.efficiencyOneYear()));
        }
        SectorSummary.print(result, scenario, lang, out);
        out.printf(
                Locale.ROOT,
                lang.pick(
                        "whole run: efficiency %s (the reference's costs over the realised costs, CNY %s)%n",
                        "全期：效率 %s（参照成本与实际成本之比，实际成本 %s 元）%n"),
                ratio(result.totals().efficiency()),
                RunFiles.yuan(result.totals().realisedCost()));
        out.printf(
                Locale.ROOT,
                lang.pick(
                        "whole run: cost-effectiveness %s (the least cost of the abatement done over its cost, CNY %s)%n",
                        "全期：成本有效性 %s（实际减排量的最低成本与其实际成本之比，减排成本 %s 元）%n"),
                ratio(result.totals().costEffectiveness()),
                RunFiles.yuan(result.totals().abatementCost()));
        result.unitSurplus()
                .ifPresent(surplus -> out.printf(
                        Locale.ROOT,
                        lang.pick(
                                "allocative efficiency %s: realised surplus CNY %s of the schedules' maximum CNY %s%n",
                                "配置效率 %s：实现剩余 %s 元，各单位表的最大剩余 %s 元%n"),
                        ratio(surplus.efficiency()),
                        RunFiles.yuan(surplus.realisedFen()),
                        RunFiles.yuan(surplus.maximumFen())));
        out.flush();
    }

    /** A ratio as the files write it, or n/a where it is undefined. */
    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? RunFiles.rate(value.getAsDouble()) : "n/a";
    }
}
