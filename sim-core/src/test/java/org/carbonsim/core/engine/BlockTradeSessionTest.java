package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.StrategyKind;
import org.carbonsim.core.scenario.BlockTradeRules;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;
import org.junit.jupiter.api.Test;

/**
 * Block agreement trades in a session: a buyer and a seller whose prices the daily band keeps apart
 * trade in a block within the wider block band, off the book, without moving the close.
 */
class BlockTradeSessionTest {
    private static final int DAYS = 5;

    /** A one-fen tick, ±10% daily band around 10,000 fen, no fee, and the given block trades. */
    private static MarketRules rules(BlockTradeRules blocks) {
        return new MarketRules(
                1,
                1000,
                10_000,
                ClosingRule.VWAP_DAY,
                10,
                false,
                false,
                0,
                NoTradeClose.PREVIOUS_CLOSE,
                4,
                List.of(),
                blocks);
    }

    private record Run(Position buyer, Position seller, List<DailyBar> bars, Sessions.Recorder trades) {}

    /**
     * The buyer lacks 200,000 t and would pay up to its penalty-equivalent of 15,000 fen; the seller
     * holds 200,000 t over its need, which it banks unless paid at least 12,000 fen. The daily band
     * (9,000-11,000 around the close of 10,000) keeps them apart every day; the block band, ±30%, reaches
     * 12,000.
     */
    private static Run run(BlockTradeRules blocks) {
        return run(blocks, 1, 200_000);
    }

    /**
     * {@link #run(BlockTradeRules)} with a buyer lacking {@code gapTonnes} that works {@code
     * buyersDailyShare} of its gap a day (times its urgency, 5 / (5 − day) over the five days with no
     * procrastination) and a seller holding {@code gapTonnes} over its need, working its whole gap.
     */
    private static Run run(BlockTradeRules blocks, double buyersDailyShare, long gapTonnes) {
        Sessions.Recorder recorder = new Sessions.Recorder();
        MarketSession session = new MarketSession(rules(blocks), DAYS, 4, new SplittableRandom(1), recorder);
        ComplianceTraderParams params = new ComplianceTraderParams(1, 0, 1, 0.02);
        Position buyer = session.addEnterprise(
                StrategyKind.COMPLIANCE,
                new ComplianceTraderParams(buyersDailyShare, 0, 1, 0.02),
                0,
                100_000_000_000L,
                gapTonnes,
                MarginalCost.abated(15_000, 0));
        Position seller = session.addEnterprise(
                StrategyKind.COMPLIANCE,
                params,
                gapTonnes + 100_000,
                0,
                100_000,
                MarginalCost.abated(20_000, 12_000, gapTonnes));
        List<DailyBar> bars = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            bars.add(session.runDay());
        }
        return new Run(buyer, seller, bars, recorder);
    }

    /**
     * The buyer of {@link #run(BlockTradeRules)} with a seller that sells at 9,500 fen and more, inside
     * the daily band, so that they can trade on the book: the book trades recorded.
     */
    private static List<Sessions.Trade> bookTrades(BlockTradeRules blocks) {
        Sessions.Recorder recorder = new Sessions.Recorder();
        MarketSession session = new MarketSession(rules(blocks), DAYS, 4, new SplittableRandom(1), recorder);
        ComplianceTraderParams params = new ComplianceTraderParams(1, 0, 1, 0.02);
        session.addEnterprise(
                StrategyKind.COMPLIANCE, params, 0, 100_000_000_000L, 200_000, MarginalCost.abated(15_000, 0));
        session.addEnterprise(
                StrategyKind.COMPLIANCE, params, 400_000, 0, 100_000, MarginalCost.abated(20_000, 9_500, 300_000));
        for (int day = 0; day < DAYS; day++) {
            session.runDay();
        }
        return recorder.trades.stream()
                .filter(trade -> trade.buyOrderId() != MarketSession.NO_ORDER_ID)
                .toList();
    }

    @Test
    void aListingOrderStaysUnderTheBlockMinimum() {
        // the national listing board takes orders under 100,000 t; the buyer's 200,000 t goes on the
        // book as one order of 99,999 t at most, where without block trades it goes whole
        List<Sessions.Trade> withBlocks = bookTrades(new BlockTradeRules(100_000, 3_000));
        assertTrue(!withBlocks.isEmpty(), "the book trades");
        for (Sessions.Trade trade : withBlocks) {
            assertTrue(trade.quantityTonnes() <= 99_999, "a listing trade of " + trade.quantityTonnes() + " t");
        }
        assertTrue(
                bookTrades(BlockTradeRules.NONE).stream().anyMatch(trade -> trade.quantityTonnes() > 99_999),
                "without block trades the book takes the whole order");
    }

    @Test
    void withoutBlockTradesTheBandKeepsThemApart() {
        Run run = run(BlockTradeRules.NONE);
        assertEquals(List.of(), run.trades().trades, "no trade inside the daily band");
        assertEquals(200_000, run.seller().allowancesTonnes() - 100_000, "the seller keeps its surplus");
    }

    @Test
    void aBlockTradeMeetsAtTheSellersLimitOffTheBookAndLeavesTheCloseWhereItWas() {
        Run run = run(new BlockTradeRules(100_000, 3_000));
        // day 0: the buyer works its whole gap (a daily share of 1), so it joins and deals all of it;
        // the seller sells its surplus at
        // 12,000 fen and more: the close, 10,000, is below that, so they meet at 12,000 for 200,000 t
        assertEquals(
                List.of(new Sessions.Trade(
                        0, MarketSession.NO_ORDER_ID, MarketSession.NO_ORDER_ID, 0, 1, 12_000, 200_000)),
                run.trades().trades);
        assertEquals(200_000, run.buyer().allowancesTonnes());
        assertEquals(100_000, run.seller().allowancesTonnes());
        DailyBar first = run.bars().get(0);
        assertEquals(0, first.volumeTonnes(), "the book traded nothing");
        assertEquals(10_000, first.closeTicks(), "a block trade sets no close");
        assertEquals(200_000, first.blockVolumeTonnes());
        assertEquals(200_000L * 12_000, first.blockTurnoverFen());
        assertEquals(1, first.blockTradeCount());
        for (DailyBar bar : run.bars().subList(1, DAYS)) {
            assertEquals(0, bar.blockVolumeTonnes(), "day " + bar.day() + ": nothing left to trade");
        }
    }

    @Test
    void aDeskWhoseDaysShareReachesTheMinimumTradesItsWholeGapInOneBlock() {
        // The buyer lacks 1,000,000 t and works a fifth of its gap a day: on day 0 that is 200,000 t,
        // above the minimum of 100,000, so it joins the block session, and there deals its whole gap,
        // not the day's 200,000 t. The seller's whole surplus, 1,000,000 t, goes at its limit of 12,000
        // fen (the close, 10,000, is below it) in one block; nothing is left for the days after.
        Run run = run(new BlockTradeRules(100_000, 3_000), 0.2, 1_000_000);
        assertOneBlockAtTheSellersLimit(run, 0, 1_000_000);
        assertEquals(1_000_000, run.buyer().allowancesTonnes());
        assertEquals(100_000, run.seller().allowancesTonnes());
        assertEquals(1_000_000, run.bars().get(0).blockVolumeTonnes());
    }

    @Test
    void aDeskJoinsOnTheFirstDayItsShareReachesTheMinimumAndThenTradesItsWholeGap() {
        // The buyer lacks 1,000,000 t and works 5% of its gap times its urgency, 5 / (5 − day): 50,000,
        // 62,500 and 83,334 t on days 0-2 (below the minimum, and the daily band keeps it from the
        // seller on the book), 125,000 t on day 3, when it joins and buys its whole 1,000,000 t at the
        // seller's 12,000 fen.
        Run run = run(new BlockTradeRules(100_000, 3_000), 0.05, 1_000_000);
        assertOneBlockAtTheSellersLimit(run, 3, 1_000_000);
        for (DailyBar bar : run.bars().subList(0, 3)) {
            assertEquals(0, bar.blockVolumeTonnes(), "day " + bar.day() + ": its day's share is below a block");
        }
    }

    /** The run's one trade: a block of {@code tonnes} on {@code day}, the buyer's from the seller at 12,000 fen. */
    private static void assertOneBlockAtTheSellersLimit(Run run, int day, long tonnes) {
        assertEquals(
                List.of(new Sessions.Trade(
                        day, MarketSession.NO_ORDER_ID, MarketSession.NO_ORDER_ID, 0, 1, 12_000, tonnes)),
                run.trades().trades);
    }

    @Test
    void aBlockBandThatDoesNotReachTheSellersLimitTradesNothing() {
        // ±15% reaches 11,500 only
        Run run = run(new BlockTradeRules(100_000, 1_500));
        assertEquals(List.of(), run.trades().trades);
    }

    @Test
    void aMinimumAboveWhatEitherWantsTradesNothing() {
        Run run = run(new BlockTradeRules(200_001, 3_000));
        assertEquals(List.of(), run.trades().trades);
        assertTrue(run.bars().stream().allMatch(bar -> bar.blockTradeCount() == 0));
    }
}
