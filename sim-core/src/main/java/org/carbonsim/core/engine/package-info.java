/**
 * The discrete-time loop that runs a scenario year by year and day by day: coverage, cap and
 * allocation, abatement, trading days on the exchange ({@link org.carbonsim.core.engine.MarketSession})
 * with auctions and government interventions, verification and true-up, compliance, banking; and the
 * results of a run ({@link org.carbonsim.core.engine.Simulation} → {@link
 * org.carbonsim.core.engine.RunResult}). Imports every domain package.
 */
package org.carbonsim.core.engine;
