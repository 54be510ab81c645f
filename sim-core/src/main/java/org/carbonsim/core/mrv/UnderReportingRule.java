package org.carbonsim.core.mrv;

/**
 * The expected-penalty rule of deliberate under-reporting (after Becker's economics of crime): when
 * the year opens, an enterprise hides {@code maxUnderReportShare} of its measured emissions if the
 * allowances it expects to save are worth more than what it expects to pay when caught, and nothing
 * otherwise. With h the tonnes hidden (the share × expected measured emissions), p the price it
 * expects, q the perceived chance of being caught ({@link MrvRules#perceivedDetection}) and the fine F
 * and deduction D of {@link MisreportingFine}, it hides when
 *
 * <pre>(1 − q) × h × p  &gt;  q × (F(h, p) + D(h) × p)</pre>
 *
 * (caught, it surrenders the hidden tonnes after all, so saves nothing). The gain and the expected
 * cost are both linear in h apart from the fixed fine, so the best choice is all or nothing. Stateless.
 */
public final class UnderReportingRule {
    private UnderReportingRule() {}

    /**
     * The share of its measured emissions an enterprise expecting {@code expectedTonnes} of measured
     * emissions and a price of {@code expectedPriceFen} hides under {@code rules}: 0 or the maximum.
     */
    public static double hiddenShare(MrvRules rules, long expectedTonnes, double expectedPriceFen) {
        double share = rules.maxUnderReportShare();
        if (share == 0 || expectedTonnes <= 0 || !(expectedPriceFen > 0)) {
            return 0;
        }
        double q = rules.perceivedDetection();
        double hidden = share * expectedTonnes;
        MisreportingFine fine = rules.fine();
        double saving = (1 - q) * hidden * expectedPriceFen;
        double cost = q
                * (fine.fixedFen()
                        + fine.priceMultiple() * expectedPriceFen * hidden
                        + fine.deductionMultiple() * hidden * expectedPriceFen);
        return saving > cost ? share : 0;
    }
}
