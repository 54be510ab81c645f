package org.carbonsim.core.scenario;

/**
 * The exchange's block agreement trades (the national market's 大宗协议): between each day's morning
 * and afternoon rounds, enterprises that still mean to trade at least {@code minTonnes} that day
 * negotiate bilaterally at a price within a wider band around the previous close. Block trades do not
 * set the close. Immutable.
 *
 * @param minTonnes the least a block trade may be, t; 0 when the exchange has no block trades
 * @param limitBasisPoints the band of a block price around the previous close, basis points (3000 =
 *     ±30%); 0 when the exchange has no block trades
 */
public record BlockTradeRules(long minTonnes, int limitBasisPoints) {
    /** An exchange without block trades. */
    public static final BlockTradeRules NONE = new BlockTradeRules(0, 0);

    public BlockTradeRules {
        boolean none = minTonnes == 0 && limitBasisPoints == 0;
        if (!none && (minTonnes < 1 || limitBasisPoints < 1 || limitBasisPoints >= 10_000)) {
            throw new IllegalArgumentException("need minTonnes >= 1 and limitBasisPoints in [1, 10000), got "
                    + minTonnes + " t and " + limitBasisPoints + " bp");
        }
    }

    /** Whether the exchange has block trades. */
    public boolean enabled() {
        return minTonnes > 0;
    }
}
