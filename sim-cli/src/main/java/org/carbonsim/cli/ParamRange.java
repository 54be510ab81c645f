package org.carbonsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carbonsim.core.scenario.ScenarioEdit;

/**
 * One {@code --param PATH=LO:HI} of the study commands: a number in the scenario file (a JSON path
 * as in {@code sweep --set}, {@code $.} optional) and the range it is varied over. Parsing and the
 * short names live here, in one place, so every command that takes {@code --param} reads it the
 * same way. Immutable.
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

    /**
     * Short names for tables and charts, in the order of {@code ranges}: the last key of each path in
     * snake_case ({@code $.market.initialPrice} is {@code initial_price}), with earlier steps added
     * where two would clash ({@code enterprises_0_growth_rate}).
     */
    static List<String> shortNames(List<ParamRange> ranges) {
        List<List<String>> steps = new ArrayList<>();
        for (ParamRange r : ranges) {
            List<String> s = new ArrayList<>();
            for (String step : r.path().substring(1).split("[.\\[\\]\"]+")) {
                if (!step.isEmpty()) {
                    s.add(snake(step));
                }
            }
            steps.add(s);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            List<String> mine = steps.get(i);
            int take = 1;
            while (take < mine.size()
                    && (clashes(steps, i, take)
                            || Character.isDigit(mine.get(mine.size() - take).charAt(0)))) {
                take++;
            }
            names.add(String.join("_", mine.subList(mine.size() - take, mine.size())));
        }
        return List.copyOf(names);
    }

    private static boolean clashes(List<List<String>> steps, int i, int take) {
        List<String> mine = steps.get(i);
        List<String> tail = mine.subList(mine.size() - take, mine.size());
        for (int j = 0; j < steps.size(); j++) {
            List<String> other = steps.get(j);
            if (j != i
                    && other.size() >= take
                    && other.subList(other.size() - take, other.size()).equals(tail)) {
                return true;
            }
        }
        return false;
    }

    /** {@code initialPrice} as {@code initial_price}. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
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
