package org.carbonsim.cli;

import java.util.regex.Pattern;
import org.carbonsim.core.scenario.Scenario;

/**
 * Checks of the options that {@code montecarlo}, {@code sweep} and {@code compare} share ({@code
 * --years} with {@code run} too), with the same messages in each ({@code --threads} is the {@link ThreadsOption} mixin),
 * and of the scenario paths a study varies ({@code sweep --set}, {@code sensitivity} and {@code calibrate --param}).
 */
final class StudyOptions {
    /** {@code $.calendar} or a path under it, in either spelling of the key ({@code $["calendar"].years}). */
    private static final Pattern CALENDAR_PATH = Pattern.compile("\\$(\\.calendar|\\[\"calendar\"\\])([.\\[].*)?");

    private StudyOptions() {}

    /** {@code --runs}, between 2 and {@link MonteCarloCommand#MAX_RUNS}. */
    static int runs(int runs) {
        if (runs < 2 || runs > MonteCarloCommand.MAX_RUNS) {
            throw new UserInputException(
                    "--runs must be between 2 and " + MonteCarloCommand.MAX_RUNS + ", got " + runs);
        }
        return runs;
    }

    /** {@code scenario} cut to {@code years} when given; {@code what} names the scenario in messages. */
    static Scenario years(Scenario scenario, Integer years, String what) {
        if (years == null) {
            return scenario;
        }
        if (years < 1 || years > scenario.calendar().years()) {
            throw new UserInputException("--years must be between 1 and "
                    + scenario.calendar().years() + " (" + what + "'s years), got " + years);
        }
        return scenario.withYears(years);
    }

    /**
     * Refuses a scenario path under {@code $.calendar} as an input a study varies or fits ({@code sweep
     * --set}, {@code sensitivity} and {@code calibrate --param}): every run of a study must simulate the
     * same years, or its final-year metrics would come from different years and {@code run.json} would
     * record one year count for all of them. {@code given} is the option as given, which the message
     * starts with; {@code instead} says what to do instead.
     */
    static void refuseCalendarPath(String given, String path, String instead) {
        if (CALENDAR_PATH.matcher(path).matches()) {
            throw new UserInputException(given + ": " + path + ": the calendar says which years are simulated,"
                    + " not an input to fit or vary (every run of a study simulates the same years); " + instead);
        }
    }
}
