package org.carbonsim.cli;

import org.carbonsim.core.scenario.Scenario;

/**
 * Checks of the options that {@code montecarlo}, {@code sweep} and {@code compare} share, with the
 * same messages in each.
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

    /** {@code --threads}, or the available processors when not given. */
    static int threads(Integer threads) {
        int count = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (count < 1 || count > 1024) {
            throw new UserInputException("--threads must be between 1 and 1024, got " + count);
        }
        return count;
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
