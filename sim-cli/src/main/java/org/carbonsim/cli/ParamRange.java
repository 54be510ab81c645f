package org.carbonsim.cli;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;

/**
 * One {@code --param PATH=LO:HI} as given: a numeric scenario path (the syntax of {@code sweep --set}
 * and the uncertainty block; {@code $.} may be left out) and the closed range it may take. Parsing
 * checks only the text; whether the path names a number in the scenario, and whether both ends load,
 * is for the command to check against its scenario. Every message starts with the option as given.
 * Immutable.
 *
 * @param text the option's value as given
 * @param path the path, normalised to start with {@code $}
 * @param low the lower end
 * @param high the upper end, {@code > low}
 */
record ParamRange(String text, String path, BigDecimal low, BigDecimal high) {
    /** Parses one {@code PATH=LO:HI}. */
    static ParamRange parse(String text) {
        int eq = text.indexOf('=');
        int colon = text.lastIndexOf(':');
        if (eq <= 0 || colon < eq) {
            throw new UserInputException("--param " + ControlCharacters.printable(text)
                    + ": expected PATH=LO:HI such as market.initialPrice=20:60");
        }
        String ends = text.substring(eq + 1);
        if (ends.indexOf(':') != colon - eq - 1) {
            throw new UserInputException("--param " + ControlCharacters.printable(text) + ": expected PATH=LO:HI, two"
                    + " ends, got " + ends.split(":", -1).length + " values (\"" + ControlCharacters.printable(ends)
                    + "\"); a range is varied between its two ends");
        }
        String path = ScenarioEdit.normalise(text.substring(0, eq));
        StudyOptions.refuseCalendarPath(
                "--param " + ControlCharacters.printable(text), path, "use --years to simulate fewer");
        BigDecimal low = number(text, path, "LO", text.substring(eq + 1, colon));
        BigDecimal high = number(text, path, "HI", text.substring(colon + 1));
        if (low.compareTo(high) >= 0) {
            throw new UserInputException(
                    "--param " + ControlCharacters.printable(text) + ": " + path + ": the range is empty, LO ("
                            + low.toPlainString() + ") must be below HI (" + high.toPlainString() + ")");
        }
        return new ParamRange(text, path, low, high);
    }

    /** Parses every option, refusing a path given twice. */
    static List<ParamRange> parseAll(List<String> texts) {
        List<ParamRange> ranges = new ArrayList<>();
        for (String text : texts) {
            ParamRange range = parse(text);
            for (ParamRange earlier : ranges) {
                if (earlier.path().equals(range.path())) {
                    throw new UserInputException("--param " + ControlCharacters.printable(text) + ": " + range.path()
                            + " is already given by --param " + earlier.text());
                }
            }
            ranges.add(range);
        }
        return List.copyOf(ranges);
    }

    /**
     * Why a study stopped at values of {@code ranges} that the loader refuses together (two shares
     * adding past 1, say): each range was checked alone before the study, at its ends and a point
     * between, so such values are found only when the study reaches them, and the ranges are to blame,
     * not the file. A problem of the file itself (changed since the study began) is reported as the
     * loader reports it.
     */
    static UserInputException refusedTogether(
            List<ParamRange> ranges, ScenarioException e, String fileOrName, Charset registerEncoding) {
        try {
            ScenarioFiles.load(fileOrName, registerEncoding);
        } catch (ScenarioException file) {
            return new UserInputException(file.getMessage(), file);
        }
        return new UserInputException(
                ranges.stream()
                                .map(r -> "--param " + ControlCharacters.printable(r.text()))
                                .collect(Collectors.joining(" "))
                        + ": together, at values the study reached, the scenario does not load: "
                        + SetOption.problems(e)
                        + "; each range loads alone (at its ends and a point between): narrow the ranges so that"
                        + " every combination loads",
                e);
    }

    private static BigDecimal number(String text, String path, String which, String value) {
        if (AsciiDigits.hasOtherDigits(value)) {
            throw new UserInputException("--param " + ControlCharacters.printable(text) + ": " + path + ": "
                    + AsciiDigits.refusal(which + " (\"" + value.trim() + "\")"));
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.abs().compareTo(new BigDecimal("1e15")) > 0) {
                throw new UserInputException("--param " + ControlCharacters.printable(text) + ": " + path + ": " + which
                        + " is too large (" + value.trim() + "); at most 1e15 in magnitude");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UserInputException("--param " + ControlCharacters.printable(text) + ": " + path + ": " + which
                    + " is not a number (\"" + value + "\")");
        }
    }
}
