package org.carbonsim.core.compliance;

/**
 * What happens to allowances left after surrender. Closed set: all banked, all cancelled, or banking
 * capped as in the national ETS 2023–24 (10,000 t + 1.5 × net sales).
 */
public sealed interface BankingRule permits BankingRule.Allowed, BankingRule.Forbidden, BankingRule.Capped {

    /** The most an enterprise may carry forward, given its surplus and its net sales in the year. */
    long bankableTonnes(long surplusTonnes, long netSalesTonnes);

    /** Every remaining allowance is carried into the next year. Immutable. */
    record Allowed() implements BankingRule {
        @Override
        public long bankableTonnes(long surplusTonnes, long netSalesTonnes) {
            return Math.max(0, surplusTonnes);
        }
    }

    /** Remaining allowances are cancelled at the deadline. Immutable. */
    record Forbidden() implements BankingRule {
        @Override
        public long bankableTonnes(long surplusTonnes, long netSalesTonnes) {
            return 0;
        }
    }

    /**
     * Banking up to {@code baseTonnes + netSalesMultiple × net sales}; the rest is cancelled.
     * Immutable.
     *
     * <p>The net sales are the compliance period's (the year's, or the cycle's) unless {@code
     * netSalesFromYear} is set: then they are counted from that year on, over the cycles of the run
     * and, for the years before the run, as {@code priorNetSalesTonnes}, the net sales the scheme's
     * enterprises made then, shared among them by the surplus they are expected to hold in the run's
     * first year (the 2023–2024 national plan counts net sales over 2019–2024).
     *
     * @param baseTonnes bankable whatever the enterprise sold (national: 10,000 t)
     * @param netSalesMultiple multiple of the net sales also bankable (national: 1.5)
     * @param netSalesFromYear the first year whose net sales count, or 0 for the period's own
     * @param priorNetSalesTonnes net sales of all enterprises from {@code netSalesFromYear} to the run's
     *     start, t; 0 without {@code netSalesFromYear}
     */
    record Capped(long baseTonnes, double netSalesMultiple, int netSalesFromYear, long priorNetSalesTonnes)
            implements BankingRule {
        public Capped {
            if (baseTonnes < 0 || !(netSalesMultiple >= 0) || Double.isInfinite(netSalesMultiple)) {
                throw new IllegalArgumentException("baseTonnes and netSalesMultiple must be >= 0");
            }
            if (netSalesFromYear < 0 || priorNetSalesTonnes < 0 || (netSalesFromYear == 0 && priorNetSalesTonnes > 0)) {
                throw new IllegalArgumentException(
                        "need netSalesFromYear >= 0 and priorNetSalesTonnes >= 0, and no prior"
                                + " net sales without netSalesFromYear, got " + netSalesFromYear + " and "
                                + priorNetSalesTonnes);
            }
        }

        /** Net sales counted over the compliance period only (the year, or the cycle). */
        public Capped(long baseTonnes, double netSalesMultiple) {
            this(baseTonnes, netSalesMultiple, 0, 0);
        }

        /** Whether net sales count from {@link #netSalesFromYear} on, across the run's cycles. */
        public boolean countsFromYear() {
            return netSalesFromYear > 0;
        }

        @Override
        public long bankableTonnes(long surplusTonnes, long netSalesTonnes) {
            return Math.max(0, Math.min(surplusTonnes, roomTonnes(netSalesTonnes)));
        }

        /**
         * The most an enterprise that sold {@code netSalesTonnes} net in the period the rule counts may carry
         * forward, t: {@code baseTonnes + netSalesMultiple × max(0, net sales)}, rounded down.
         */
        public long roomTonnes(long netSalesTonnes) {
            return baseTonnes + (long) Math.floor(netSalesMultiple * Math.max(0, netSalesTonnes));
        }
    }
}
