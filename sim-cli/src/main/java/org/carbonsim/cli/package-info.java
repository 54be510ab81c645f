/**
 * The {@code carbonsim} command line: picocli commands that turn arguments into calls on sim-core and
 * results into files (CSV, JSON, charts, the HTML report). Holds no domain logic.
 *
 * <p>Exit codes: 0 ok, 2 bad usage or bad input, 1 unexpected failure. A stack trace is printed
 * only with {@code --debug}.
 */
package org.carbonsim.cli;
