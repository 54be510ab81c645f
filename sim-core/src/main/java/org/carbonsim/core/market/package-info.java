/**
 * The exchange for one allowance instrument: a continuous double-auction order book in integer price
 * ticks and whole tonnes with price-time priority, limit, market, IOC and FOK orders, cancel and
 * amend, optional self-trade prevention and a daily price band around the previous close; a
 * uniform-price call auction for opening, closing and primary (government) auctions; and daily
 * statistics with the closing-price rules. The matching loop allocates nothing: orders live in
 * parallel primitive arrays and events reach a {@link org.carbonsim.core.market.MarketListener} as
 * primitives and enum codes. This package imports nothing but {@code java.base}.
 */
package org.carbonsim.core.market;
