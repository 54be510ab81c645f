package org.carbonsim.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A way a scenario departs on purpose from what a credible run of a bundled scenario shows, with the
 * years it applies to and why, so that a reader (and the test that holds every bundled scenario to
 * credible results) knows the departure is meant. Immutable.
 *
 * @param check the credibility check the scenario departs from
 * @param years the years it departs in; empty for every year
 * @param why the reason, in a sentence the scenario's note expands on
 */
public record ExpectedDeparture(Check check, List<Integer> years, String why) {
    /** The checks a credible run passes. */
    public enum Check {
        /** Compliance rate at least 0.95 in every year. */
        COMPLIANCE,
        /** The year's VWAP within 0.5× to 2× the reference price, wherever that is positive. */
        VWAP,
        /** Primary auctions clear no more than one daily price band above the exchange's previous close. */
        AUCTION
    }

    public ExpectedDeparture {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(why, "why");
        years = List.copyOf(years);
        if (why.isBlank()) {
            throw new IllegalArgumentException("say why the scenario departs");
        }
    }

    /** Whether this departure covers {@code year}. */
    public boolean covers(int year) {
        return years.isEmpty() || years.contains(year);
    }
}
