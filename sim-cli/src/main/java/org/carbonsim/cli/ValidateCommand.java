package org.carbonsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.core.montecarlo.UncertaintySampler;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim validate FILE...}: checks scenario files and reports every problem with its path.
 * Prints {@code ok FILE} to standard output for each valid file and each problem as
 * {@code FILE: LOCATION: MESSAGE} to standard error; exits 0 if every file is valid, 2 otherwise.
 * JSON Schema files ({@code *.schema.json}) are skipped with a note.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check scenario files; print 'ok FILE' or every problem with its JSON path.",
            "FILE may also name a bundled scenario, such as classroom-two-firms."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim validate scenarios/hubei-pilot.json",
            "  carbonsim validate scenarios/*.json",
            "  carbonsim validate classroom-two-firms"
        })
final class ValidateCommand implements Callable<Integer> {
    /** Files ending so are JSON Schemas, skipped so that {@code validate scenarios/*.json} just works. */
    static final String SCHEMA_SUFFIX = ".schema.json";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario JSON files or bundled scenario names.")
    List<String> files;

    @CommandLine.Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TerminalStyle style = TerminalStyle.forStdout();
        int exit = ExitCodes.OK;
        for (String file : files) {
            if (file.endsWith(SCHEMA_SUFFIX)) {
                out.println("skipped " + file + " (the JSON Schema of the scenario format, not a scenario)");
                continue;
            }
            try {
                Scenario scenario =
                        ScenarioFiles.resolve(file).source(encoding.charset()).load(List.of());
                // the loader alone does not load the scenario at each uncertain input's extreme draws; the sampler does
                new UncertaintySampler(scenario);
                out.println(style.ok("ok") + " " + file);
            } catch (ScenarioException e) {
                for (String line : e.lines()) {
                    err.println(style.problem(
                            line.startsWith(e.source())
                                    ? file + line.substring(e.source().length())
                                    : line));
                }
                exit = ExitCodes.BAD_INPUT;
            } catch (UserInputException e) {
                err.println(style.problem(e.getMessage()));
                exit = ExitCodes.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
