/**
 * Trading strategies and abatement decisions: compliance traders with deadline urgency and
 * procrastination, zero-intelligence-constrained traders (with one reservation value or a schedule of
 * units, as in Gode and Sunder, and covered firms trading their own position that way), institutional speculators, individual noise traders, inactive
 * firms, a market maker. Each strategy is a small class with its parameters in the scenario.
 * Imports {@code model} and {@code market}.
 */
package org.carbonsim.core.agents;
