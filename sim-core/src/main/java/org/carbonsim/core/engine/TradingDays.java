package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.agents.PriceExpectation;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.policy.AuctionPlan;

/**
 * The trading days of a run, one at a time: each day's auction lot, the government's orders, the
 * positions brought to the day, the exchange's rounds ({@link MarketSession#trade}) and the day's
 * close, which the run's day list records ({@link DayResult}), the price expectation and the
 * intervention monitor observe and the external traders are told. Per year it keeps the last close,
 * what a tonne could trade at then, the days that hit a limit and the session's quote clock, for the
 * year's liquidity. Not thread-safe.
 */
final class TradingDays {
    private final MarketSession session;
    private final SessionFloor floor;
    private final GovernmentOperations operations;
    private final SessionPositions positions;
    private final ExternalTraders external;
    private final PriceExpectation expectation;
    private final long tickFen;
    /** The surrender deadline's day within every year, from 0. */
    private final int deadlineDay;

    private final List<DayResult> days = new ArrayList<>();

    private int year;
    private int limitHits;
    /** Where the year's days start in the run's day list, and the session's spread clock then. */
    private int firstDay;

    private long quotedRoundsAtStart;
    private long spreadTicksAtStart;

    private long closeFen;
    /**
     * What a tonne could trade at when the last day closed ({@link MarketSession#lastTradableTicks}),
     * fen: the close, or after a day without trades the close moved to the quotes that stood. The
     * firms value their last tonnes at it at verification and the deadline.
     */
    private long tradableFen;

    TradingDays(
            MarketSession session,
            SessionFloor floor,
            GovernmentOperations operations,
            SessionPositions positions,
            ExternalTraders external,
            PriceExpectation expectation,
            long tickFen,
            int deadlineDay) {
        this.session = session;
        this.floor = floor;
        this.operations = operations;
        this.positions = positions;
        this.external = external;
        this.expectation = expectation;
        this.tickFen = tickFen;
        this.deadlineDay = deadlineDay;
    }

    /** Opens {@code year}'s days: no close yet, no limit hit, the quote clock read. */
    void openYear(int year) {
        this.year = year;
        firstDay = days.size();
        quotedRoundsAtStart = session.quotedRounds();
        spreadTicksAtStart = session.spreadTicksSum();
        limitHits = 0;
        closeFen = 0;
        tradableFen = 0;
    }

    /**
     * Trades {@code day}: the lot {@code auctionPlan} sells that day to the covered enterprises of
     * {@code lines} (and the investors), then the exchange's rounds, then the close.
     */
    void trade(int day, AuctionPlan auctionPlan, List<AllocationLine> lines) {
        floor.openDay(day);
        long lot = auctionPlan.tonnesOnDay(day);
        long aheadTonnes = auctionPlan.tonnesAfter(day, deadlineDay);
        if (lot > 0) {
            operations.auction(day, lines, lot, aheadTonnes);
        }
        session.expectAuctions(operations.auctionCoverShare(lines, aheadTonnes));
        session.beginDay();
        operations.placeOrders(day);
        positions.beforeTrading(day);
        session.trade();
        operations.afterTrading();
        DailyBar bar = session.endDay();
        DayResult closed = new DayResult(
                year,
                day,
                bar.openTicks() * tickFen,
                bar.highTicks() * tickFen,
                bar.lowTicks() * tickFen,
                bar.closeTicks() * tickFen,
                bar.vwapTicks() * tickFen,
                bar.volumeTonnes(),
                bar.turnoverFen(),
                bar.bandLowTicks() * tickFen,
                bar.bandHighTicks() * tickFen,
                bar.limitUp(),
                bar.limitDown(),
                bar.blockVolumeTonnes(),
                bar.blockTurnoverFen());
        days.add(closed);
        external.dayClosed(closed);
        closeFen = bar.closeTicks() * tickFen;
        tradableFen = session.lastTradableTicks() * tickFen;
        expectation.observe(closeFen);
        positions.afterTrading(day, bar.closeTicks());
        if (bar.limitUp() || bar.limitDown()) {
            limitHits++;
        }
        operations.observe(day, bar);
    }

    /** The last close of the year, fen; 0 before its first day. */
    long closeFen() {
        return closeFen;
    }

    /** What a tonne could trade at when the year's last day closed, fen; 0 before its first day. */
    long tradableFen() {
        return tradableFen;
    }

    /** The year's days that closed at a price limit. */
    int limitHits() {
        return limitHits;
    }

    /** The last day traded. */
    DayResult lastDay() {
        return days.get(days.size() - 1);
    }

    /** The year's liquidity so far, against its cap of {@code capTonnes}. */
    Liquidity liquidity(long capTonnes) {
        return Liquidity.of(
                days.subList(firstDay, days.size()),
                capTonnes,
                session.quotedRounds() - quotedRoundsAtStart,
                Math.multiplyExact(session.spreadTicksSum() - spreadTicksAtStart, tickFen));
    }

    /** Every day of the run so far. */
    List<DayResult> days() {
        return days;
    }
}
