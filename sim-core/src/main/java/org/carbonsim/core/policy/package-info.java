/**
 * Government operations on the market: primary auctions with reserve prices, Hubei-style
 * intervention when the price keeps hitting its daily limit, price floors and ceilings through
 * reserve prices and reserve sales, and an EU-style market stability reserve. Imports {@code market}
 * and {@code registry}.
 */
package org.carbonsim.core.policy;
