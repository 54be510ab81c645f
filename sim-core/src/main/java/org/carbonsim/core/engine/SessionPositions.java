package org.carbonsim.core.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.PlayedFirm;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.Scenario;

/**
 * The traders' positions in the market session and the registry accounts they mirror. Every exchange
 * trade is settled into both; after every other movement (issuance, auctions, true-up, surrender,
 * penalties, the finance block's deals) {@link #resync} brings each position back to its account's
 * holdings and cash, counting the forwards and repos still to settle and never selling what is
 * pledged or promised. The trader groups join the session when the run starts, with their starting
 * allowances and cash deposited outside the cap. As each year opens ({@link #openYear}) each covered
 * enterprise enters its trading with its plan: working capital deposited (a deposit bringing its
 * cash to twice the value of its expected obligation at the higher of the initial price and the last
 * close) unless the finance block admits it as a cash firm, the need its cycle's obligation leaves
 * after the allocation still to come, and the cost of a tonne with its offset credits; it joins the
 * session the first year it is covered, as a {@link PlayedFirm} when the external traders play it.
 * Enterprises in the session not covered this year need nothing. With a finance block, the cash firms'
 * hedges are set then, and each day's financing runs before the trading ({@link #beforeTrading}).
 * Not thread-safe.
 */
final class SessionPositions {

    private final Scenario scenario;
    private final MarketSession session;
    private final Registry registry;
    private final SessionOwners owners;
    /** The scenario's finance block; {@code null} without one. */
    private final FinanceSession finance;

    private final ExternalTraders external;
    private final long tickFen;

    SessionPositions(
            Scenario scenario,
            MarketSession session,
            Registry registry,
            SessionOwners owners,
            FinanceSession finance,
            ExternalTraders external) {
        this.scenario = scenario;
        this.session = session;
        this.registry = registry;
        this.owners = owners;
        this.finance = finance;
        this.external = external;
        this.tickFen = scenario.market().tickFen();
    }

    /**
     * Adds the scenario's trader groups to the session, each trader trading from an account {@code
     * openAccount} opens by name, and deposits its starting allowances and cash; returns the
     * allowances deposited, t.
     */
    long addTraderGroups(ToIntFunction<String> openAccount) {
        long startTonnes = 0;
        int n = 0;
        for (TraderGroup group : scenario.agents().traders()) {
            int before = session.agentCount();
            session.addTraderGroup(group);
            for (int owner = before; owner < session.agentCount(); owner++) {
                Position position = session.position(owner);
                int account = openAccount.applyAsInt("trader-" + (++n));
                registry.issue(
                        account,
                        position.allowancesTonnes(),
                        scenario.calendar().startYear(),
                        true,
                        TransferReason.ISSUANCE);
                startTonnes = Math.addExact(startTonnes, position.allowancesTonnes());
                registry.receive(account, position.cashFen(), CashReason.DEPOSIT);
                owners.addTrader(owner, account);
            }
        }
        return startTonnes;
    }

    /**
     * The covered enterprises of {@code entry} enter the year's trading with their plans, every
     * position is brought back to the registry, and with a finance block the year's forwards are
     * listed and the covered enterprises' hedges set from their shortfalls.
     */
    void openYear(YearEntry entry) {
        int year = entry.covered().year();
        List<AllocationLine> lines = entry.covered().table().lines();
        YearPlans plans = entry.plans();
        long priceFen = Math.max(scenario.market().initialPriceFen(), session.lastCloseTicks() * tickFen);
        ComplianceCycle cycle = scenario.compliance().cycleOf(year);
        for (AllocationLine line : lines) {
            String id = line.enterpriseId();
            String sectorId = line.sectorId();
            int account = entry.accounts().get(id);
            long emissions = plans.expectedObligationTonnes(id);
            long owed = cycle.obligationTonnes(sectorId, emissions, line.allocationTonnes());
            // the cycle's obligation so far: what is planned to be borrowed at its deadline rests on it
            long cycleOwed = Math.addExact(entry.openCycle().carriedTonnes(id), owed);
            long cover = plans.plannedCoverTonnes(id, cycleOwed);
            long need = cycleOwed
                    - (line.allocationTonnes() - line.preAllocationTonnes())
                    - cover
                    + plans.laterCycleNeedTonnes(id);
            long target = Math.multiplyExact(
                    Math.multiplyExact(Math.max(emissions, 1), priceFen), MarketRules.WORKING_CAPITAL_MULTIPLE);
            long cash = registry.cashFen(account);
            boolean cashLimited = finance != null && finance.admitEnterprise(id, sectorId, account);
            if (cash < target && !cashLimited) {
                registry.receive(account, target - cash, CashReason.DEPOSIT);
            }
            enter(id, sectorId, account, need, plans.covering(id, cover), cashLimited);
        }
        owners.forEachEnterprise((id, owner) -> {
            if (!entry.coverage().get(id).covered()) {
                // out of the scheme this year, it still owes the open cycle's earlier years at the deadline
                long carried = entry.openCycle().carriedTonnes(id);
                Position position = session.position(owner);
                position.updateExpectedNeed(carried);
                position.updateMarginalCost(MarginalCost.constant(carried > 0 ? plans.penaltyPriceFen() : 0));
            }
        });
        resync();
        if (finance != null) {
            finance.openYear(year);
            for (AllocationLine line : lines) {
                String id = line.enterpriseId();
                finance.hedge(entry.accounts().get(id), of(id).shortfallTonnes());
            }
        }
    }

    /**
     * Covered enterprise {@code id} takes its {@code need} and the cost {@code covering} of a tonne
     * into the year, joining the session from {@code account} the first time.
     */
    private void enter(String id, String sectorId, int account, long need, MarginalCost covering, boolean cashLimited) {
        boolean inSession = owners.inSession(id);
        if (!inSession && external.plays(id)) {
            Position position =
                    session.addAgent(new PlayedFirm(), registry.holdingTonnes(account), registry.cashFen(account));
            position.updateExpectedNeed(need);
            position.updateMarginalCost(covering);
            position.updateReservationValue(covering.costFenPerTonne(position.shortfallTonnes()));
            owners.addEnterprise(id, position.ownerId(), account);
            if (cashLimited) {
                // as an agent's: the registry lends it nothing, and its player is told so
                position.limitToCash();
            }
        } else if (!inSession) {
            Position position = session.addEnterprise(
                    scenario.agents().strategyOf(id, sectorId),
                    scenario.agents().compliance(),
                    registry.holdingTonnes(account),
                    registry.cashFen(account),
                    need,
                    covering);
            owners.addEnterprise(id, position.ownerId(), account);
            if (cashLimited) {
                position.limitToCash();
                resync();
            }
        } else {
            Position position = session.position(owners.ownerOf(id));
            position.updateExpectedNeed(need);
            position.updateMarginalCost(covering);
            position.updateReservationValue(covering.costFenPerTonne(position.shortfallTonnes()));
        }
    }

    /**
     * The finance block before {@code day}'s trading: the cash firms' income, deals maturing at the
     * last close and financing for each cash firm whose cash does not pay for its shortfall at the
     * day's upper limit; then every position is brought back to the registry. Nothing without a
     * finance block.
     */
    void beforeTrading(int day) {
        if (finance == null) {
            return;
        }
        Map<Integer, Long> shortfalls = new HashMap<>();
        for (int owner = 0; owner < owners.count(); owner++) {
            int account = owners.accountOf(owner);
            if (finance.cashLimited(account)) {
                shortfalls.put(account, session.position(owner).shortfallTonnes());
            }
        }
        long closeTicks = session.lastCloseTicks();
        long upperFen = session.rulesInForce().upperLimitFen(closeTicks * tickFen);
        finance.beforeTrading(
                day,
                scenario.compliance().deadlineDayIn(scenario.calendar().tradingDaysPerYear()),
                closeTicks * tickFen,
                upperFen,
                shortfalls);
        resync();
    }

    /**
     * The finance block after {@code day}'s spot close at {@code closeTicks}: the forward market's
     * day; then every position is brought back to the registry.
     */
    void afterTrading(int day, long closeTicks) {
        if (finance == null) {
            return;
        }
        finance.afterTrading(day, closeTicks);
        resync();
    }

    /** Brings every position back to its account's holdings and cash, the finance block's deals counted. */
    void resync() {
        for (int owner = 0; owner < owners.count(); owner++) {
            int account = owners.accountOf(owner);
            Position position = session.position(owner);
            long tonnes = registry.holdingTonnes(account);
            if (finance != null) {
                tonnes = Math.addExact(tonnes, finance.expectedTonnes(account));
                position.updateEncumbered(finance.encumberedTonnes(account));
            }
            position.transferAllowances(tonnes - position.allowancesTonnes());
            position.transferCash(registry.cashFen(account) - position.cashFen());
        }
    }

    /** The position of enterprise {@code id} in the session. */
    Position of(String id) {
        return session.position(owners.ownerOf(id));
    }

    /** The registry account of {@code owner}. */
    int accountOf(int owner) {
        return owners.accountOf(owner);
    }

    /** The owners of the trader groups, in the order they joined; a read-only view. */
    List<Integer> traderOwners() {
        return owners.traderOwners();
    }

    /** Whether the finance block limits {@code account}'s trading to its cash. */
    boolean cashLimited(int account) {
        return finance != null && finance.cashLimited(account);
    }

    /** Whether the external traders play enterprise {@code id}. */
    boolean playedFromOutside(String id) {
        return external.plays(id);
    }
}
