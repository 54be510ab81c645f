package org.carbonsim.cli;

import org.carbonsim.core.scenario.Scenario;

/**
 * Checks of the options that {@code montecarlo}, {@code sweep} and {@code compare} share ({@code
 * --years} with {@code run} too), with the same messages in each ({@code --threads} is the {@link ThreadsOption} mixin).
 */
final class StudyOptions {
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
}
