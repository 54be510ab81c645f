package org.carbonsim.core.engine;

import java.util.List;
import java.util.Map;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.IntertemporalResult;

/**
 * People who play some covered enterprises from outside the engine, as students do in the
 * classroom. A played enterprise's agent places no order ({@link org.carbonsim.core.agents.PlayedFirm});
 * in a primary auction its desk bids its demand curve for it, as for any covered enterprise, since a
 * player has no ticket for the auction and a lesson whose auctions sold to nobody would cancel part of
 * the cap. Its orders enter the same order book through the {@link
 * TradingFloor} handed to {@link #beforeRound} before each round of continuous trading, and its
 * abatement at verification is the share the person chose. Every method is called on the thread that
 * runs the {@link Simulation}; {@link #beforeRound} may block (a classroom waits there for its
 * clock). {@link #NONE} plays nothing and leaves a run exactly as without it.
 */
public interface ExternalTraders {
    /** Plays no enterprise and watches nothing. */
    ExternalTraders NONE = new ExternalTraders() {};

    /** Whether {@code enterpriseId} is played from outside; asked when the enterprise first trades. */
    default boolean plays(String enterpriseId) {
        return false;
    }

    /** Called before each round of continuous trading; orders placed on {@code floor} rest or trade at once. */
    default void beforeRound(TradingFloor floor) {}

    /** Called after each exchange trade is settled in the registry. */
    default void traded(TradeRecord trade) {}

    /**
     * Called after a covered enterprise's bid in a primary auction fills and is settled: {@code
     * tonnes} bought from the auction at its uniform price, fen per tonne.
     */
    default void auctionFilled(int year, int day, String enterpriseId, long tonnes, long priceFen) {}

    /** Called after each trading day's close. */
    default void dayClosed(DayResult day) {}

    /**
     * The share of business-as-usual emissions a played enterprise abates this year, asked at
     * verification; {@code agentShare} is what its agent would have chosen. The engine keeps the
     * answer within the curve's range and above what earlier investments commit.
     */
    default double abatementShare(String enterpriseId, double agentShare) {
        return agentShare;
    }

    /**
     * Called when a year is settled, with its result rows, the year's reference equilibrium, each
     * covered enterprise's realised abatement cost, fen, and what the offset credits the compliance desk
     * surrendered for each enterprise at the deadline cost it, fen (absent for an enterprise that
     * surrendered none, and for all in a year whose cycle does not settle).
     */
    default void yearSettled(
            YearResult year,
            List<EnterpriseResult> enterprises,
            EquilibriumResult reference,
            Map<String, Long> abatementCostFen,
            Map<String, Long> offsetCostFen) {}

    /**
     * Called once after the last year is settled, with the banking-aware least-cost path over the run's
     * years (one year of {@code path} for each {@link #yearSettled}, in order), the headline reference
     * of the run's years. Without banking each year of the path is the year's own reference.
     */
    default void pathSolved(IntertemporalResult path) {}
}
