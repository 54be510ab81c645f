package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.AllocationTableFormat;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.format.OutputFile;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.TrialAllocation;
import org.carbonsim.core.scenario.Calendar;
import org.carbonsim.core.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim allocate SCENARIO}: the trial allocation table a climate office computes when
 * drafting a plan, without trading and with output on trend: per enterprise the method, base, every
 * factor, pre-allocation, allocation and the expected balance at business-as-usual emissions; per
 * sector totals; the cap, reserves and market adjustment factor.
 */
@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        description = {
            "Compute the trial allocation table of a scenario year: no trading, output on trend.",
            "Per enterprise: sector, method, base, intensity, control, adjustment and operating-days factors,"
                    + " pre-allocation, allocation, business-as-usual emissions and the expected surplus"
                    + " (+) or shortfall (-); then per-sector totals, the cap, reserves and the market"
                    + " adjustment factor."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim allocate hubei-pilot",
            "      print the table of the scenario's first year",
            "  carbonsim allocate hubei-pilot --year 2026 --out allocation-2026.csv",
            "      write the 2026 table as CSV (enterprises by id, then sectors, then scheme rows)",
        })
final class AllocateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, or the name of a bundled scenario.")
    String scenario;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "Compliance year to allocate (default: the scenario's start year).")
    Integer year;

    @Option(
            names = "--out",
            paramLabel = "FILE.csv",
            description = "Write CSV here (via a temporary file renamed into place); default: a table on stdout.")
    Path out;

    @Option(
            names = "--force",
            description = "Replace the --out file even if it is not an allocation table this command wrote.")
    boolean force;

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            OutputFile.check("--out", out, ScenarioFiles.inputs(scenario));
            OutputFile.checkReplaceable(
                    "--out",
                    out,
                    AllocationTableFormat.CSV_FIRST_LINE,
                    "a table",
                    "is not '" + String.join(",", AllocationTableFormat.CSV_HEADER) + "'",
                    force);
        }
        Scenario loaded = ScenarioFiles.load(scenario, encoding.charset());
        Calendar calendar = loaded.calendar();
        int allocationYear = year != null ? year : calendar.startYear();
        if (allocationYear < calendar.startYear() || allocationYear > calendar.endYear()) {
            throw new UserInputException("--year " + allocationYear + " is outside the years of " + scenario + ", "
                    + calendar.startYear() + ".." + calendar.endYear());
        }
        AllocationTable table;
        try {
            table = TrialAllocation.compute(
                    loaded.allocation(),
                    loaded.coverage(),
                    loaded.sectors(),
                    loaded.enterprises(),
                    calendar.startYear(),
                    allocationYear);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(scenario + ": cannot allocate " + allocationYear + ": " + e.getMessage(), e);
        }
        Map<String, String> sectorNames = RunFiles.sectorNames(loaded);
        Map<String, String> enterpriseNames = RunFiles.enterpriseNames(loaded);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            AllocationTableFormat.writeText(table, enterpriseNames, stdout);
            stdout.flush();
        } else {
            OutputFile.write(
                    out, writer -> AllocationTableFormat.writeCsv(table, sectorNames, enterpriseNames, writer));
        }
        return ExitCodes.OK;
    }
}
