package org.carbonsim.cli;

import java.util.Objects;

/**
 * One bundled scenario as {@code carbonsim scenarios} lists it. Immutable.
 *
 * @param name the name to give {@code run}, {@code allocate} and the other commands
 * @param summary the first sentence of its description, in one line
 * @param description its whole description
 * @param startYear the first compliance year it covers
 * @param endYear the last compliance year it covers
 */
record BundledScenario(String name, String summary, String description, int startYear, int endYear) {
    BundledScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        if (endYear < startYear) {
            throw new IllegalArgumentException("endYear " + endYear + " before startYear " + startYear);
        }
    }

    /** The years covered: {@code 2024} or {@code 2014-2024}. */
    String years() {
        return startYear == endYear ? Integer.toString(startYear) : startYear + "-" + endYear;
    }
}
