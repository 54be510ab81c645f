/**
 * JMH benchmarks of the matching loop of {@code org.carbonsim.core.market}: seeded command streams
 * generated before timing and replayed through a fresh order book each iteration, plus a call-auction
 * uncross. Imports sim-core and JMH; nothing depends on this package.
 */
package org.carbonsim.benchmarks;
