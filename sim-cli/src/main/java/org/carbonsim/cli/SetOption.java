package org.carbonsim.cli;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.carbonsim.core.scenario.Problem;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.StrictJson;
import org.carbonsim.core.scenario.UncertainParameter;

/**
 * One {@code --set PATH=VALUES} as given to {@code sweep} (several values, comma-separated) or to
 * {@code run} and {@code montecarlo} (one value, which may be a JSON list or object): the text as
 * typed, for messages, and its path with the leading {@code $.} added ({@link ScenarioEdit#normalise}).
 * The commands share this parsing and these messages, so a path is written and refused the same way
 * in each. Immutable.
 *
 * @param text the option's value as typed, such as {@code market.limitPct=5,10}
 * @param path the JSON path, starting with {@code $}
 * @param values what follows the first {@code =}, not empty
 */
record SetOption(String text, String path, String values) {
    /** The most digits either side of the point a --set number is written out in plain decimals with. */
    private static final int PLAIN_DIGITS = 30;

    /**
     * Parses {@code text}; {@code form} is the syntax the message shows, such as {@code PATH=v1,v2,...
     * such as market.limitPct=5,10}.
     *
     * @throws UserInputException for a missing {@code =} or path, or an empty value
     */
    static SetOption parse(String text, String form) {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.substring(0, eq).isBlank()) {
            throw new UserInputException("--set " + ControlCharacters.printable(text) + ": expected " + form);
        }
        SetOption option = new SetOption(text, ScenarioEdit.normalise(text.substring(0, eq)), text.substring(eq + 1));
        if (option.values().isBlank()) {
            throw option.refused(option.path() + " has an empty value");
        }
        return option;
    }

    /** A message starting with this option as given, then {@code what}. */
    UserInputException refused(String what) {
        return new UserInputException("--set " + ControlCharacters.printable(text) + ": " + what);
    }

    /** A message starting with this option as given, then {@code where} and the loader's problems. */
    UserInputException refused(String where, ScenarioException e) {
        return new UserInputException("--set " + ControlCharacters.printable(text) + ": " + where + problems(e), e);
    }

    /**
     * Refuses this option if {@code scenario}'s uncertainty block draws its path: every run would draw
     * the value afresh, and the one set would not be used. {@code verb} says what the option does to
     * the path ({@code sweep}, {@code set}).
     */
    void refuseIfDrawn(Scenario scenario, String verb) {
        for (UncertainParameter parameter : scenario.uncertainty().parameters()) {
            // in the one spelling the option's path has, whichever the file's block uses
            String drawn = ScenarioEdit.normalise(parameter.path());
            if (drawn.equals(path)) {
                throw refused(path + " is drawn afresh in every run by the scenario's uncertainty block; " + verb
                        + " it or draw it, not both");
            }
            if (within(drawn, path)) {
                // a JSON list or object set whole holds a value the block would draw over what was set
                throw refused(path + " holds " + drawn + ", which the scenario's uncertainty block draws"
                        + " afresh in every run; " + verb + " " + path + " without it or draw it, not both");
            }
        }
    }

    /**
     * Whether JSON path {@code path} names a value inside the one {@code outer} names ({@code
     * $.market.limitPct} inside {@code $.market}, {@code $.sectors[0].name} inside {@code $.sectors}).
     */
    static boolean within(String path, String outer) {
        return path.length() > outer.length()
                && path.startsWith(outer)
                && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }

    /** The loader's problems on one line, separated by {@code ;}. */
    static String problems(ScenarioException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /** Whether {@code value} is JSON, a list or an object: it starts, but for white space, with [ or {. */
    static boolean isJson(String value) {
        String v = value.strip();
        return v.startsWith("[") || v.startsWith("{");
    }

    /**
     * {@code value} as applied and recorded: a JSON list or object written compactly (no white space
     * between its parts, keys in the order given), so that run.json and the report show it on one line,
     * or as typed if it is not well-formed, for the loader to say where it broke; else {@link
     * #plainNumber}.
     */
    static String plainValue(String value) {
        if (!isJson(value)) {
            return plainNumber(value);
        }
        try {
            return StrictJson.read(value, "value").toString();
        } catch (ScenarioException e) {
            return value;
        }
    }

    /**
     * {@code value} in plain decimals ({@code +0.01} and {@code 1e-2} as {@code 0.01}, {@code 40.0}
     * kept as typed) if it reads as a number, else as given: the scenario reads the same number either
     * way, and the files that repeat the value (a sweep's grid.csv, runs.csv and sweep.json, run.json's
     * edits) then hold numbers a spreadsheet, R or pandas reads as such (a leading {@code +} would be
     * written as text). A number whose plain form would run to more than {@value #PLAIN_DIGITS} digits
     * either side of the point ({@code 1e400}) is left as typed, for the loader to judge.
     */
    static String plainNumber(String value) {
        if (AsciiDigits.hasOtherDigits(value)) {
            // BigDecimal reads full-width digits as 0-9; the loader refuses them where a number is expected
            return value;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            return Math.abs(number.scale()) > PLAIN_DIGITS || number.precision() - number.scale() > PLAIN_DIGITS
                    ? value
                    : number.toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
