/**
 * The analytic references: for each year, the competitive price at which least-cost abatement plus
 * offsets closes the gap between emissions and the cap, found by bisection over the enterprises'
 * abatement cost curves; over a run's years, the least-cost path with banking and borrowing (a
 * Hotelling price while the bank is positive); each firm's part of them (abatement, and offset credits
 * within its own caps under the offset rule); the least-cost cost and the efficiency of a realised
 * outcome; and, ex post, the least cost of the abatement a market actually did, the yardstick of its
 * cost-effectiveness. Imports {@code model}, and from {@code compliance} the offset rationing the
 * compliance desk sells by ({@code OffsetRationing}).
 */
package org.carbonsim.core.equilibrium;
