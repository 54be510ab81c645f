package org.carbonsim.core.engine;

import java.util.stream.LongStream;
import org.carbonsim.core.scenario.NoTradeClose;

/**
 * The seeds a market property test runs: 1 to its own count by default, or the range that
 * {@code -Dproperty.seeds=FROM-TO} gives (for example {@code -Dproperty.seeds=201-2000}), so a
 * wider search for failing markets needs no edit of the test. A single seed is {@code
 * -Dproperty.seeds=92}.
 */
final class PropertySeeds {
    static final String PROPERTY = "property.seeds";

    /**
     * The rule for the close of a day without trades in the textbook markets and the tests that write
     * them ({@code -Dproperty.noTradeClose=PREVIOUS_CLOSE}, the pilots' rule that every bundled
     * scenario keeps), so the same markets can be measured under either rule; {@code BEST_QUOTE} by
     * default.
     */
    static final String NO_TRADE_CLOSE = "property.noTradeClose";

    private PropertySeeds() {}

    /** Seeds 1 to {@code defaultLast}, unless {@value #PROPERTY} names a range. */
    static LongStream upTo(long defaultLast) {
        String range = System.getProperty(PROPERTY);
        if (range == null || range.isBlank()) {
            return LongStream.rangeClosed(1, defaultLast);
        }
        return parse(range.strip());
    }

    static LongStream parse(String range) {
        int dash = range.indexOf('-', 1);
        try {
            long from = Long.parseLong(dash < 0 ? range : range.substring(0, dash));
            long to = dash < 0 ? from : Long.parseLong(range.substring(dash + 1));
            if (from > to) {
                throw new IllegalArgumentException(
                        "-D" + PROPERTY + "=" + range + ": the first seed is above the last");
            }
            return LongStream.rangeClosed(from, to);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + range + ": expected a seed or a range FROM-TO, such as 201-2000", e);
        }
    }

    /** The {@code noTradeClose} the textbook markets are written with: {@value #NO_TRADE_CLOSE}, or BEST_QUOTE. */
    static String noTradeClose() {
        return noTradeClose(System.getProperty(NO_TRADE_CLOSE));
    }

    /** The rule {@code rule} names; BEST_QUOTE for none. */
    static String noTradeClose(String rule) {
        if (rule == null || rule.isBlank()) {
            return NoTradeClose.BEST_QUOTE.name();
        }
        try {
            return NoTradeClose.valueOf(rule.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "-D" + NO_TRADE_CLOSE + "=" + rule + ": expected PREVIOUS_CLOSE or BEST_QUOTE", e);
        }
    }
}
