/**
 * The discrete-time loop that runs a scenario year by year and day by day: coverage, cap and
 * allocation, abatement, trading days on the exchange, verification and true-up, compliance, banking;
 * and the results of a run. Imports every domain package.
 */
package org.carbonsim.core.engine;
