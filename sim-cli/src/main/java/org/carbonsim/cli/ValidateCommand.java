package org.carbonsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code carbonsim validate FILE...}: checks scenario files and reports every problem with its path. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check scenario files; print 'ok FILE' or every problem with its JSON path.",
        footerHeading = "%nExamples:%n",
        footer = {"  carbonsim validate scenarios/hubei-pilot.json", "  carbonsim validate scenarios/*.json"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario JSON files.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int exit = ExitCodes.OK;
        for (Path file : files) {
            spec.commandLine().getOut().println("ok " + file);
        }
        return exit;
    }
}
