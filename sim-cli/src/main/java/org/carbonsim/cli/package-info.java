/**
 * The {@code carbonsim} command line: picocli commands that turn arguments into calls on sim-core and
 * results into files (CSV, JSON, charts, the HTML report). Holds no domain logic. What the files hold
 * is laid out in {@code files} and written through {@code format}; {@code chart} and {@code report}
 * draw the charts and build {@code report.html}, and {@code text} holds the two languages of what
 * people read.
 *
 * <p>Exit codes: 0 ok, 2 bad usage or bad input, 1 unexpected failure. A stack trace is printed
 * only with {@code --debug}.
 */
package org.carbonsim.cli;
