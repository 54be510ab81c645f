/**
 * The analytic reference for each year: the competitive price at which least-cost abatement plus
 * offsets closes the gap between emissions and the cap, found by bisection over the enterprises'
 * abatement cost curves; the least-cost abatement cost and the efficiency of a realised outcome.
 * Imports {@code model}.
 */
package org.carbonsim.core.equilibrium;
