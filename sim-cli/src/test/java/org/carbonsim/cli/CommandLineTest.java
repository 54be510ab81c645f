package org.carbonsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Base of the command tests: runs the carbonsim command line with its output and errors captured. */
public abstract class CommandLineTest {
    /** What the command printed to standard output. */
    protected final StringWriter out = new StringWriter();

    /** What the command printed to standard error. */
    protected final StringWriter err = new StringWriter();

    /** Runs {@code carbonsim args...} as {@link CarbonsimCommand#execute} does, and returns its exit code. */
    protected int run(String... args) {
        return run(CarbonsimCommand.newCommandLine(LangOption.forHelp(args), CarbonsimCommand.commandsFor(args)), args);
    }

    /** Runs {@code args} on a command line built by the test, capturing its output. */
    protected int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
