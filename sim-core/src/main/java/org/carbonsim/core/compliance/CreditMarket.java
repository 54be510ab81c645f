package org.carbonsim.core.compliance;

/**
 * Where the compliance desk buys a programme's credits. The desk decides how many it may and will buy
 * by the {@link OffsetRule} and the programme's price curve; this says what they cost. By default
 * ({@link #CURVE}) the cost is the curve's ({@link ComplianceDesk#offsetCostFen}); a market with its
 * own order book fills the purchase there.
 */
@FunctionalInterface
public interface CreditMarket {
    /** Credits priced on the programme's curve, bought from nobody in particular. */
    CreditMarket CURVE = ComplianceDesk::offsetCostFen;

    /**
     * Buys {@code tonnes} credits of {@code program} when {@code soldTonnes} were already sold this
     * year; returns what they cost, fen.
     */
    long buyFen(OffsetProgram program, long soldTonnes, long tonnes);
}
