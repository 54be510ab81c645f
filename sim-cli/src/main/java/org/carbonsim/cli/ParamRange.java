package org.carbonsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.scenario.ScenarioEdit;

/**
 * One {@code --param PATH=LO:HI} of the study commands: a number in the scenario file (a JSON path
 * as in {@code sweep --set}, {@code $.} optional) and the range it is varied over. Parsing lives here,
 * in one place, so every command that takes {@code --param} reads it the same way. Immutable.
 *
 * @param text the option as given, for messages
 * @param path the normalised path ({@code $.market.limitPct})
 * @param low lowest value
 * @param high highest value, greater than {@code low}
 */
record ParamRange(String text, String path, double low, double high) {
    /**
     * Parses {@code PATH=LO:HI}.
     *
     * @throws UserInputException naming the option when it is malformed or {@code LO >= HI}
     */
    static ParamRange parse(String text) {
        int eq = text.indexOf('=');
        String example = "expected PATH=LO:HI such as market.limitPct=5:15";
        if (eq <= 0 || eq == text.length() - 1) {
            throw new UserInputException("--param " + text + ": " + example);
        }
        String path = ScenarioEdit.normalise(text.substring(0, eq));
        String range = text.substring(eq + 1);
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1 || range.indexOf(':', colon + 1) >= 0) {
            throw new UserInputException("--param " + text + ": " + example);
        }
        double low = number(text, range.substring(0, colon), "LO");
        double high = number(text, range.substring(colon + 1), "HI");
        if (!(high > low)) {
            throw new UserInputException("--param " + text + ": " + path + ": expected LO < HI, got "
                    + range.substring(0, colon).trim() + " and "
                    + range.substring(colon + 1).trim());
        }
        return new ParamRange(text, path, low, high);
    }

    /**
     * Parses every option and rejects a path given twice.
     *
     * @throws UserInputException naming the option
     */
    static List<ParamRange> parseAll(List<String> texts) {
        List<ParamRange> ranges = new ArrayList<>();
        for (String text : texts) {
            ParamRange range = parse(text);
            for (ParamRange earlier : ranges) {
                if (earlier.path().equals(range.path())) {
                    throw new UserInputException("--param " + text + ": " + range.path()
                            + " is already varied by --param " + earlier.text());
                }
            }
            ranges.add(range);
        }
        return List.copyOf(ranges);
    }

    private static double number(String text, String value, String which) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the option
        }
        throw new UserInputException(
                "--param " + text + ": " + which + " must be a number, got \"" + value.trim() + "\"");
    }
}
