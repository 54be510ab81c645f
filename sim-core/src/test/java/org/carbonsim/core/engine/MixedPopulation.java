package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.SpeculatorStyle;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;

/**
 * A session with every kind of trader, opening and closing call auctions, a fee, and a government sale
 * on day 20: the fixture of the conservation and determinism tests.
 */
final class MixedPopulation {
    static final int DAYS = 60;
    static final long PRICE_FEN = 3_000;

    final MarketSession session;
    final Sessions.Recorder recorder = new Sessions.Recorder();
    final List<DailyBar> bars = new ArrayList<>();

    MixedPopulation(long seed) {
        this(seed, true);
    }

    /** With {@code recordTrades} false the trades are not kept (for allocation measurements). */
    MixedPopulation(long seed, boolean recordTrades) {
        MarketRules rules = new MarketRules(
                1, 1000, PRICE_FEN, ClosingRule.VWAP_LAST_TRADES, 5, true, true, 5, NoTradeClose.PREVIOUS_CLOSE);
        session = new MarketSession(
                rules, DAYS, 5, new SplittableRandom(seed), recordTrades ? recorder : TradeListener.NONE);
        ComplianceTraderParams params = new ComplianceTraderParams(0.05, 0.6, 1, 0.02);
        for (int i = 0; i < 3; i++) {
            Position buyer = session.addAgent(new ComplianceTrader(params), 1_000, 50_000_000);
            buyer.updateExpectedNeed(3_000);
            buyer.updateMarginalCost(MarginalCost.linear(1.5 + i, 2_000));
            Position seller = session.addAgent(new ComplianceTrader(params), 3_000, 0);
            seller.updateExpectedNeed(2_000);
            seller.updateMarginalCost(MarginalCost.constant(PRICE_FEN * (80 + 5 * i) / 100));
        }
        session.addInactiveFirm(500, 0, 900);
        session.addInactiveFirm(800, 0, 700);
        session.addTraderGroup(new TraderGroup.ZeroIntelligence(10, 5, 2_400, 3_600));
        session.addTraderGroup(new TraderGroup.Speculators(2, SpeculatorStyle.TREND, 5, 1_000_000, 200, 40));
        session.addTraderGroup(new TraderGroup.Speculators(2, SpeculatorStyle.MEAN_REVERSION, 10, 1_000_000, 200, 40));
        session.addTraderGroup(new TraderGroup.NoiseTraders(10, 0.5, 30, 200_000, 60, 0.03));
        session.addTraderGroup(new TraderGroup.MarketMaker(1, 20, 50, 300, 5_000_000, 1_000));
    }

    /** Runs the whole year, with a government sale of 300 t at the band's lower edge on day 20. */
    MixedPopulation run() {
        for (int day = 0; day < DAYS; day++) {
            session.beginDay();
            if (day == 20) {
                session.submitGovernmentOrder(
                        Side.SELL, OrderType.LIMIT, session.view().lowerLimitTicks(), 300);
            }
            session.trade();
            bars.add(session.endDay());
        }
        return this;
    }

    long totalAllowances() {
        long total = session.governmentPosition().allowancesTonnes();
        for (int i = 0; i < session.agentCount(); i++) {
            total = Math.addExact(total, session.position(i).allowancesTonnes());
        }
        return total;
    }

    long totalCashWithFees() {
        long total = Math.addExact(session.governmentPosition().cashFen(), session.exchangeFeesFen());
        for (int i = 0; i < session.agentCount(); i++) {
            total = Math.addExact(total, session.position(i).cashFen());
        }
        return total;
    }
}
