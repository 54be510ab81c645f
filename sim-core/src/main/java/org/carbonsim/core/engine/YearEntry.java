package org.carbonsim.core.engine;

import java.util.Map;
import java.util.Objects;
import org.carbonsim.core.coverage.CoverageRecord;

/**
 * What the covered enterprises enter a year's trading with ({@link SessionPositions#openYear}): the
 * year's terms, their plans, the obligations of their compliance cycle's earlier years still owed,
 * their registry accounts (each covered enterprise has one by then) and the year's coverage of every
 * enterprise, which tells the enterprises in the session not covered this year. Immutable as a
 * record; the cycle and the maps are the year's own, read here and not kept.
 *
 * @param covered the year's terms for its covered enterprises
 * @param plans their plans as the year opens
 * @param openCycle what the current compliance cycle carries to its deadline
 * @param accounts each enterprise's registry account, by id
 * @param coverage each enterprise's coverage decision of the year, by id
 */
record YearEntry(
        CoveredYear covered,
        YearPlans plans,
        OpenCycle openCycle,
        Map<String, Integer> accounts,
        Map<String, CoverageRecord> coverage) {
    YearEntry {
        Objects.requireNonNull(covered, "covered");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(openCycle, "openCycle");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(coverage, "coverage");
    }
}
