package org.carbonsim.core.agents;

/**
 * How a compliance trader quotes on the deadline day, when there is no later day to trade on: a
 * model assumption, {@code agents.compliance.deadlineQuotes}.
 */
public enum DeadlineQuotes {
    /**
     * As on any other day: a buyer bids {@code min(MAC, expected × (1 + c))}, a seller asks {@code
     * max(MAC, expected × (1 − c))}.
     */
    HAGGLE,
    /**
     * The default: it takes a quote worth taking, there being no later day to haggle on. A buyer whose
     * usual bid is below the others' best ask lifts that ask when it is at most its marginal cost, and
     * a seller whose usual ask is above the others' best bid hits that bid when it is at least its
     * reservation value (its marginal cost, which a banked tonne's value floors), each for only the
     * tonnes still worth trading at that price; otherwise it quotes as on any other day.
     */
    TAKE
}
