package org.carbonsim.core.agents;

/**
 * How an enterprise with a continuous abatement curve fixes its year's abatement at verification,
 * when emissions become known and abatement can no longer change: a model assumption, {@code
 * agents.compliance.finalAbatement}.
 */
public enum FinalAbatement {
    /**
     * It abates whatever its holdings leave uncovered (within its potential, while that costs less
     * than the penalty-equivalent price), and at least up to where its marginal cost meets the close:
     * a short firm closes its gap by abating, so little is left to buy after verification.
     */
    SHORTFALL,
    /**
     * It abates up to where its marginal cost meets the close (within its potential) and buys what it
     * then lacks, or sells or banks what it has over: the efficient rule at the price it sees, which
     * leaves short firms buying in the weeks between verification and the deadline.
     */
    AT_PRICE
}
