package org.carbonsim.core.engine;

/**
 * The government's three registry accounts, opened when a run starts: the government reserve, which
 * interventions, the corridor and the reserve's sales sell from and buy into; the auction account,
 * which each year's auction volume is issued into and sold from; and the new-entrant reserve, which
 * new entrants' allocation is moved from. Immutable.
 *
 * @param reserve the government reserve's account
 * @param auction the auction account
 * @param newEntrantReserve the new-entrant reserve's account
 */
record GovernmentAccounts(int reserve, int auction, int newEntrantReserve) {}
