/**
 * How many allowances each covered enterprise receives and why: the cap and its split into free
 * allocation, auction volume, government reserve and new-entrant reserve, by the shares of each year;
 * allocation methods by
 * sector and year (historical emissions, historical intensity, benchmarks given or derived as a
 * percentile, two-product benchmarks, auction); the market adjustment factor; pre-allocation and
 * true-up. Imports {@code model} and {@code coverage}.
 */
package org.carbonsim.core.allocation;
