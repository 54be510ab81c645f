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
     * @param baseTonnes bankable whatever the enterprise sold (national: 10,000 t)
     * @param netSalesMultiple multiple of the year's net sales also bankable (national: 1.5)
     */
    record Capped(long baseTonnes, double netSalesMultiple) implements BankingRule {
        public Capped {
            if (baseTonnes < 0 || !(netSalesMultiple >= 0) || Double.isInfinite(netSalesMultiple)) {
                throw new IllegalArgumentException("baseTonnes and netSalesMultiple must be >= 0");
            }
        }

        @Override
        public long bankableTonnes(long surplusTonnes, long netSalesTonnes) {
            long cap = baseTonnes + (long) Math.floor(netSalesMultiple * Math.max(0, netSalesTonnes));
            return Math.max(0, Math.min(surplusTonnes, cap));
        }
    }
}
