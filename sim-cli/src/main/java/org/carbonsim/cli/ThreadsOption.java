package org.carbonsim.cli;

import picocli.CommandLine.Option;

/** {@code --threads} of the Monte Carlo commands, whose results do not depend on it. */
final class ThreadsOption {
    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: available processors); does not change the results.")
    Integer threads;

    /** The threads asked for, or the available processors when not given; between 1 and 1024. */
    int count() {
        int count = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (count < 1 || count > 1024) {
            throw new UserInputException("--threads must be between 1 and 1024, got " + count);
        }
        return count;
    }
}
