package org.carbonsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carbonsim.cli.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim chart DIR}: re-renders the charts and {@code report.html} of an existing output
 * folder of {@code carbonsim run} or {@code carbonsim montecarlo}, from its files alone.
 */
@Command(
        name = "chart",
        mixinStandardHelpOptions = true,
        description = {
            "Re-render the charts (charts/*.png, charts/*.svg) and report.html of a run or montecarlo output"
                    + " folder, or the charts of a sweep, compare or calibrate folder, from its CSV and JSON files.",
            "A run folder holds summary.json, a montecarlo folder montecarlo.json, a sweep folder sweep.json"
                    + " and a compare folder compare.json."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim chart out/hubei-pilot",
            "      redraw the five charts of a run and its report.html",
            "  carbonsim chart out/classroom-two-firms-montecarlo --format svg",
            "      redraw the fan charts as SVG only"
        })
final class ChartCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of carbonsim run or montecarlo.")
    Path dir;

    @Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "both",
            description = "Image files to write: png, svg or both (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ChartFiles.Format f = ChartFiles.Format.parse(format);
        Lang language = lang.get();
        if (!Files.exists(dir)) {
            throw new UserInputException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a folder");
        }
        ChartFiles.Written written;
        try {
            written = ChartFiles.write(dir, f, language, spec.commandLine().getErr());
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.cannotWrite(
                    dir + ": cannot write the charts", e, "the folder's data files are untouched");
        }
        if (!quiet) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s folder: %d file(s) -> %s%n",
                            written.kind(),
                            written.files().size(),
                            Files.exists(dir.resolve(ChartFiles.REPORT))
                                    ? dir.resolve(ChartFiles.CHARTS) + " and " + dir.resolve(ChartFiles.REPORT)
                                    : dir.resolve(ChartFiles.CHARTS).toString());
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
