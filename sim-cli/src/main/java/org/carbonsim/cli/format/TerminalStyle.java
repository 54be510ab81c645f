package org.carbonsim.cli.format;

import picocli.CommandLine;

/**
 * Bold headers and coloured problems for the human summaries, used only when standard output is a
 * terminal and {@code NO_COLOR} is unset (picocli's ANSI auto detection, which also honours {@code
 * CLICOLOR_FORCE} and {@code -Dpicocli.ansi}); otherwise every method returns its text unchanged, so
 * files, pipes and tests see plain text. Immutable.
 */
public final class TerminalStyle {
    /** A style that adds nothing. */
    static final TerminalStyle PLAIN = new TerminalStyle(false);

    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String GREEN = "\u001B[32m";
    private static final String RESET = "\u001B[0m";

    private final boolean ansi;

    /** A style that adds ANSI escapes if {@code ansi}. */
    TerminalStyle(boolean ansi) {
        this.ansi = ansi;
    }

    /** The style for what this process prints to standard output now. */
    public static TerminalStyle forStdout() {
        return new TerminalStyle(CommandLine.Help.Ansi.AUTO.enabled());
    }

    /** Whether this style adds escapes at all. */
    boolean isAnsi() {
        return ansi;
    }

    /** A table header or title, in bold. */
    public String header(String text) {
        return wrap(BOLD, text);
    }

    /** Something wrong the user has to fix, in red. */
    public String problem(String text) {
        return wrap(RED, text);
    }

    /** Something worth a second look, in yellow. */
    String warning(String text) {
        return wrap(YELLOW, text);
    }

    /** A success, in green. */
    public String ok(String text) {
        return wrap(GREEN, text);
    }

    private String wrap(String code, String text) {
        return ansi ? code + text + RESET : text;
    }
}
