package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.carbonsim.core.policy.AuctionPlan;
import org.carbonsim.core.policy.ReserveOperation;
import org.carbonsim.core.policy.StabilityReserve;
import org.carbonsim.core.policy.StabilityReserveOperator;

/**
 * The market stability reserve across a run's years: as each year opens, the operation of the year
 * before settles against the year's auctions; at each year's end the reserve operates on the
 * allowances then in circulation, and the year is recorded ({@link ReserveYear}). Without a reserve
 * in the scenario it does nothing and records nothing. Not thread-safe.
 */
final class MarketStabilityReserve {
    /** The scenario's reserve; {@code null} without one. */
    private final StabilityReserve rules;

    private final StabilityReserveOperator operator;
    private final List<ReserveYear> years = new ArrayList<>();
    /** The operation at the end of the year before; {@code null} in the first year and without a reserve. */
    private ReserveOperation lastOperation;
    /** What the reserve holds once last year's operation has settled against this year's auctions, t. */
    private long openingTonnes;
    /** How last year's operation moved this year's auctions: release minus intake, as applied, t. */
    private long appliedTonnes;

    /** The reserve of {@code rules}; none when empty. */
    MarketStabilityReserve(Optional<StabilityReserve> rules) {
        this.rules = rules.orElse(null);
        this.operator = rules.map(StabilityReserveOperator::new).orElse(null);
    }

    /** The operation at the end of the year before, which the opening year's auctions apply; {@code null} if none. */
    ReserveOperation lastOperation() {
        return lastOperation;
    }

    /**
     * Settles last year's operation against the opening year's auction plan: its intake was capped on
     * last year's auctions, and {@code auctionPlan} may hold fewer than {@code plannedAuctionTonnes}.
     */
    void openYear(AuctionPlan auctionPlan, long plannedAuctionTonnes) {
        appliedTonnes = 0;
        openingTonnes = 0;
        if (operator == null) {
            return;
        }
        if (lastOperation != null) {
            appliedTonnes = auctionPlan.totalTonnes() - plannedAuctionTonnes;
            operator.settle(lastOperation, appliedTonnes);
        }
        openingTonnes = operator.reserveTonnes();
    }

    /** The reserve as the path foreseen from the opening year would see it act; empty without one. */
    Optional<ForeseenReserve> foreseen() {
        return operator == null ? Optional.empty() : Optional.of(new ForeseenReserve(rules, operator.reserveTonnes()));
    }

    /**
     * The year's end: the reserve operates on the allowances in circulation ({@code circulationTonnes},
     * read only with a reserve) against {@code plannedAuctionTonnes}, the year's auctions before it.
     */
    void closeYear(int year, LongSupplier circulationTonnes, long plannedAuctionTonnes) {
        if (operator == null) {
            return;
        }
        long circulation = circulationTonnes.getAsLong();
        lastOperation = operator.operate(circulation, plannedAuctionTonnes);
        years.add(ReserveYear.of(year, openingTonnes, appliedTonnes, rules.decision(circulation), lastOperation));
    }

    /** Each year of the reserve so far; empty without one. */
    List<ReserveYear> years() {
        return years;
    }
}
