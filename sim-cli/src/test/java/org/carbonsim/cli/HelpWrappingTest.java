package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's help, in both languages and at a narrow terminal, breaks its lines only at spaces
 * (and, in Chinese, between characters), never inside a file name, a JSON path or an option value:
 * picocli broke option descriptions after a dot, printing {@code report.} above {@code html}. The
 * reference is the same help at a width nothing wraps at: each token holding a dot or a slash must
 * come out whole, as often as there. Lines stay within the width, but an example command line, which
 * {@link ExamplesSection} prints whole so that it can be copied.
 */
class HelpWrappingTest {
    private static final int UNWRAPPED = 2000;
    private static final String EXAMPLE_PREFIX = "  carbonsim ";

    /** Spaces and East Asian wide characters: what separates the tokens that must not be broken. */
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]+");

    static Stream<Arguments> helps() {
        List<Arguments> helps = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (int width : new int[] {60, 80}) {
                helps.add(Arguments.of(lang, width, "carbonsim"));
                for (String name :
                        CarbonsimCommand.newCommandLine(lang).getSubcommands().keySet()) {
                    helps.add(Arguments.of(lang, width, name));
                }
            }
        }
        return helps.stream();
    }

    private static String usage(Lang lang, int width, String name) {
        CommandLine root = CarbonsimCommand.newCommandLine(lang);
        root.setUsageHelpWidth(width);
        CommandLine command =
                name.equals("carbonsim") ? root : root.getSubcommands().get(name);
        return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** The tokens of {@code usage} that hold a dot or a slash, in order. */
    private static List<String> dottedTokens(String usage) {
        return SEPARATORS
                .splitAsStream(usage)
                .filter(token -> token.contains(".") || token.contains("/"))
                .toList();
    }

    @ParameterizedTest(name = "{2} --lang {0} at {1} columns")
    @MethodSource("helps")
    void helpBreaksNoTokenHoldingADotOrASlash(Lang lang, int width, String name) {
        String narrow = usage(lang, width, name);
        List<String> whole = dottedTokens(usage(lang, UNWRAPPED, name));
        List<String> printed = dottedTokens(narrow);
        List<String> broken = new ArrayList<>(whole);
        printed.forEach(broken::remove);
        assertEquals(List.of(), broken, name + " --lang " + lang + " at " + width + " columns:\n" + narrow);
        assertEquals(whole, printed, name + " --lang " + lang + " at " + width + " columns:\n" + narrow);
    }

    @ParameterizedTest(name = "{2} --lang {0} at {1} columns")
    @MethodSource("helps")
    void helpLinesStayWithinTheWidth(Lang lang, int width, String name) {
        String narrow = usage(lang, width, name);
        for (String line : narrow.split("\\R")) {
            if (line.startsWith(EXAMPLE_PREFIX)) {
                continue;
            }
            assertTrue(
                    columns(line) <= width,
                    name + " --lang " + lang + ": " + columns(line) + " columns > " + width + ": " + line + "\n"
                            + narrow);
        }
    }

    /** The columns a line takes on a terminal: two for an East Asian wide character. */
    private static int columns(String line) {
        return line.codePoints()
                .map(c -> SEPARATORS.matcher(Character.toString(c)).matches() && c != ' ' && c != '\t' ? 2 : 1)
                .sum();
    }
}
