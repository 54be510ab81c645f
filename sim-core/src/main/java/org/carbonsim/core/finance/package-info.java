/**
 * Carbon finance (碳金融) on the allowance market: a standardised spot-forward contract as Hubei's
 * exchange lists it (monthly delivery contracts, lots of 100 t, its own order book with a daily price
 * limit, margin marked to market every day, margin calls, default by the scenario's rule, and physical
 * delivery through the registry), the agents that trade it (hedging compliance firms, basis
 * speculators and a cash-and-carry arbitrageur), and financing against allowances: pledges (质押),
 * whose collateral the registry locks, and sales under repurchase (回购). Money is {@code long} fen,
 * allowances {@code long} tonnes, prices {@code long} ticks. Imports {@code market} and {@code registry}.
 */
package org.carbonsim.core.finance;
