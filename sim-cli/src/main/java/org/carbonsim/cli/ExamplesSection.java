package org.carbonsim.cli;

import java.util.Locale;
import org.carbonsim.cli.format.LineBreaks;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The Examples section of every command's help, printed so that each example command stays on one
 * line. Picocli wraps the footer at 80 columns like prose, breaking after a dot or a comma and going
 * on at column 0, so an example such as {@code --param market.initialPrice=15:35} came out as {@code
 * market.} and {@code initialPrice=15:35} on two lines, and a student copying it got a broken command.
 * Here a command line is printed whole, however long, and the explanation under it is wrapped at
 * spaces within the help's width with the explanation's own indent.
 */
final class ExamplesSection {
    /** The indent of an explanation line under an example. */
    private static final String EXPLANATION_INDENT = "      ";

    private ExamplesSection() {}

    /** Renders the footer of {@code line} and of every subcommand below it through this section. */
    static void install(CommandLine line) {
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, ExamplesSection::render);
        for (CommandLine sub : line.getSubcommands().values()) {
            install(sub);
        }
    }

    private static String render(CommandLine.Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        StringBuilder out = new StringBuilder();
        for (String line : usage.footer()) {
            String text = String.format(Locale.ROOT, line);
            if (text.startsWith(EXPLANATION_INDENT)) {
                wrap(text.substring(EXPLANATION_INDENT.length()), usage.width(), out);
            } else {
                out.append(text).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /**
     * Appends {@code text} in lines of at most {@code width} columns, each indented, broken where
     * {@link LineBreaks} allows: at spaces, or between Chinese characters.
     */
    private static void wrap(String text, int width, StringBuilder out) {
        int room = Math.max(20, width - EXPLANATION_INDENT.length());
        for (String line : LineBreaks.wrap(text, room)) {
            out.append(EXPLANATION_INDENT).append(line).append(System.lineSeparator());
        }
    }
}
