package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Runs the command {@code line} (words separated by single spaces) with {@code --no-charts --out
     * target} added and checks that it is refused: exit code 2, one line on stderr starting with
     * {@code message}, and no output folder.
     */
    protected void assertRefusedInOneLine(String line, String message, Path target) {
        String command = line + " --no-charts --out " + target;
        assertEquals(2, run(command.split(" ")), command + "\n" + err);
        assertTrue(err.toString().startsWith(message), "expected to start with: " + message + "\ngot: " + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(target), command);
    }

    /** Runs {@code args} on a command line built by the test, capturing its output. */
    protected int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
