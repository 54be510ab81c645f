package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.carbonsim.core.agents.AuctionBid;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.market.AuctionOutcome;
import org.carbonsim.core.market.AuctionStyle;
import org.carbonsim.core.market.CallAuction;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.policy.CorridorDecision;
import org.carbonsim.core.policy.Intervention;
import org.carbonsim.core.policy.InterventionMonitor;
import org.carbonsim.core.policy.InterventionRule;
import org.carbonsim.core.policy.PriceCorridor;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.scenario.Scenario;

/**
 * The government's operations on the market through the years of a run: the primary auctions of the
 * auction account's allowances; the interventions the monitor triggers on a day's limit hits,
 * executed the next trading day as orders at the previous close that sell from the government reserve
 * (at most what it holds; non-bankable unless {@code policy.intervention.bankable}) or buy into it; the price corridor's orders at its ceiling or floor; the
 * sale at verification of the covered enterprises' net verified shortfall, offered every day until the
 * deadline; and the deadline reserve sale to the enterprises still short. It keeps the run's auction
 * and intervention records and the year's auctioned tonnes and interventions. Not thread-safe.
 */
final class GovernmentOperations {
    private static final int AUCTION_OWNER_ID = -2;

    private final Scenario scenario;
    private final MarketSession session;
    private final Registry registry;
    private final AccountBook book;
    private final int governmentAccount;
    private final int auctionAccount;
    private final long tickFen;
    private final SessionPositions positions;
    /** Told of the covered enterprises' auction fills, for the enterprises played from outside. */
    private final ExternalTraders external;
    /** The intervention rule; {@code null} without one. */
    private final InterventionRule interventionRule;
    /** The intervention rule's monitor; {@code null} without the rule. */
    private final InterventionMonitor monitor;

    private final List<Pending> pending = new ArrayList<>();
    /**
     * Today's orders selling reserve allowances in an intervention (the limit-hit rule's and the sale
     * at verification) when the rule forbids banking them; all orders are day orders.
     */
    private long[] nonBankableSaleOrders = new long[2];

    private int nonBankableSaleOrderCount;

    private final List<InterventionRecord> interventions = new ArrayList<>();
    private final List<AuctionRecord> auctions = new ArrayList<>();
    /**
     * The primary auction, cleared and run again at each of the run's auctions: its order arrays and
     * sorting scratch grow to the largest auction once and are reused, where a new auction each time
     * grew its arrays from a few orders to thousands by doubling at every one.
     */
    private final CallAuction primaryAuction = new CallAuction(AuctionStyle.PRIMARY);
    /** Each covered enterprise's bids in a primary auction, written in turn into one buffer. */
    private final AuctionSweep sweep = new AuctionSweep();

    private int year;
    private long auctionedTonnes;
    private int interventionCount;
    /** What the sale at verification still offers until the deadline, t. */
    private long verifiedSaleLeftTonnes;
    /** What the sale at verification offers today, t. */
    private long verifiedSaleOfferedTonnes;
    /** The order of the sale at verification today; 0 if none. */
    private long verifiedSaleOrderId;
    /** The covered enterprises the sale at verification sums over, while it is open; null otherwise. */
    private List<AllocationLine> verifiedSaleLines;
    /** The offset credits each of {@link #verifiedSaleLines} may use, while the sale is open. */
    private OffsetPlan verifiedSaleOffsets;
    /** Whether this year's sale at verification has been recorded as an intervention. */
    private boolean verifiedSaleRecorded;
    /** The allocation lines {@link #linePositions} belongs to: the last lines asked about this year. */
    private List<AllocationLine> resolvedLines;
    /** The session positions of {@link #resolvedLines}' enterprises, in their order. */
    private Position[] linePositions = new Position[0];
    /**
     * Per position of {@link #linePositions}, the change count ({@link Position#changeCount}) at which
     * its {@link #lineBidTonnes} was worked out, -1 before it was.
     */
    private long[] lineChangeCounts = new long[0];
    /** Per position of {@link #linePositions}, what it would bid for in an auction ({@link ComplianceTrader#auctionBidTonnes}). */
    private long[] lineBidTonnes = new long[0];

    /**
     * The operations of {@code scenario}'s policy on {@code session}, settled in {@code registry} and
     * recorded in {@code book}, selling from and buying into the government's {@code accounts}, with
     * the traders' {@code positions} brought back to the registry after each sale outside the
     * exchange.
     */
    GovernmentOperations(
            Scenario scenario,
            MarketSession session,
            Registry registry,
            AccountBook book,
            GovernmentAccounts accounts,
            SessionPositions positions,
            ExternalTraders external) {
        this.scenario = scenario;
        this.external = external;
        this.session = session;
        this.registry = registry;
        this.book = book;
        this.governmentAccount = accounts.reserve();
        this.auctionAccount = accounts.auction();
        this.tickFen = scenario.market().tickFen();
        this.positions = positions;
        this.interventionRule = scenario.policy().intervention().orElse(null);
        this.monitor = interventionRule == null ? null : new InterventionMonitor(interventionRule);
    }

    /** Starts {@code year}: nothing auctioned, no intervention triggered and no sale at verification yet. */
    void openYear(int year) {
        this.year = year;
        auctionedTonnes = 0;
        interventionCount = 0;
        verifiedSaleOfferedTonnes = 0;
        verifiedSaleOrderId = 0;
        verifiedSaleRecorded = false;
        resolvedLines = null;
        closeVerifiedSale();
    }

    /**
     * The session positions of the enterprises of {@code lines}, in their order, looked up by id once
     * for the same lines: the auction cover share reads them every trading day, and an enterprise's
     * position in the session stays the same object from the year it joins.
     */
    private Position[] positionsOf(List<AllocationLine> lines) {
        if (lines != resolvedLines) {
            Position[] resolved = new Position[lines.size()];
            int i = 0;
            for (AllocationLine line : lines) {
                resolved[i++] = positions.of(line.enterpriseId());
            }
            linePositions = resolved;
            resolvedLines = lines;
            lineChangeCounts = new long[resolved.length];
            Arrays.fill(lineChangeCounts, -1);
            lineBidTonnes = new long[resolved.length];
        }
        return linePositions;
    }

    /**
     * The share of the covered enterprises' purchases that {@code aheadTonnes} still to be auctioned
     * before the deadline would meet: those tonnes over the shortfalls the enterprises of {@code lines}
     * (those played from outside too) would bid for in an auction now ({@link ComplianceTrader#auctionBidTonnes}),
     * at most 1; 0 when nothing is ahead, 1 when nobody is short.
     */
    double auctionCoverShare(List<AllocationLine> lines, long aheadTonnes) {
        if (aheadTonnes <= 0) {
            return 0;
        }
        long shortTonnes = 0;
        ComplianceTraderParams params = scenario.agents().compliance();
        Position[] lined = positionsOf(lines);
        // what a position bids for moves only with the position, whose every change its count records:
        // the counts sit side by side by owner, so a day on which most positions did not change reads
        // only them and not the positions
        for (int i = 0; i < lined.length; i++) {
            long count = session.changeCount(lined[i].ownerId());
            if (count != lineChangeCounts[i]) {
                lineBidTonnes[i] = ComplianceTrader.auctionBidTonnes(lined[i], params);
                lineChangeCounts[i] = count;
            }
            shortTonnes = Math.addExact(shortTonnes, lineBidTonnes[i]);
        }
        return shortTonnes <= aheadTonnes ? 1 : (double) aheadTonnes / shortTonnes;
    }

    /**
     * The primary auction of {@code day}: a uniform-price call auction of {@code lotTonnes} (at most
     * what the auction account holds) at no less than the reserve price, to the covered enterprises of
     * {@code lines} (those played from outside through their desks) and, unless the auctions are for covered enterprises only,
     * to the trader groups. A reserve above the highest price an auction order may have sells nothing.
     * The enterprises bid as if they held what the {@code laterTonnes} auctioned after today and up to
     * the deadline are expected to bring them ({@link ComplianceTrader#auctionBids}). Only the bids that
     * can fill are read ({@link AuctionSweep}).
     */
    void auction(int day, List<AllocationLine> lines, long lotTonnes, long laterTonnes) {
        long offered = Math.min(lotTonnes, registry.holdingTonnes(auctionAccount));
        if (offered <= 0) {
            return;
        }
        long reserveTicks = Math.max(1, ceilDiv(scenario.policy().auctions().reservePriceFen(), tickFen));
        if (reserveTicks > CallAuction.MAX_PRICE_TICKS) {
            auctions.add(new AuctionRecord(year, day, offered, 0, 0));
            return;
        }
        CallAuction auction = primaryAuction;
        auction.clear();
        double laterShare = auctionCoverShare(lines, laterTonnes);
        // an enterprise played from outside bids through its desk as well: a player trades on the
        // exchange, and its firm's demand curve stands as its order in the auction
        sweep.clear();
        for (Position position : positionsOf(lines)) {
            ComplianceTrader.startAuctionDemand(
                    position,
                    scenario.agents().compliance(),
                    session.lastCloseTicks(),
                    tickFen,
                    reserveTicks,
                    laterShare,
                    sweep.enterprise(position.ownerId(), Math.max(0, position.cashFen())));
        }
        if (!scenario.policy().auctions().coveredOnly()) {
            long lastTicks = session.lastCloseTicks();
            for (int owner : positions.traderOwners()) {
                AuctionBid bid = session.strategy(owner)
                        .auctionBid(
                                lastTicks,
                                session.position(owner),
                                tickFen,
                                session.rulesInForce().feeBasisPoints());
                if (bid.tonnes() > 0 && bid.priceTicks() >= reserveTicks) {
                    sweep.trader(owner, bid.priceTicks(), bid.tonnes());
                }
            }
        }
        long orderId = sweep.addBids(auction, offered, tickFen);
        // the enterprises' bids come first: an order id below this one is an enterprise's
        long firstTraderOrderId = sweep.firstTraderOrderId();
        auction.addAsk(orderId, AUCTION_OWNER_ID, reserveTicks, offered);
        long[] sold = new long[1];
        AuctionOutcome outcome =
                auction.uncross(session.lastCloseTicks(), reserveTicks, (id, owner, side, priceTicks, filled) -> {
                    if (side == Side.BUY) {
                        int account = positions.accountOf(owner);
                        if (!registry.settleAuction(auctionAccount, account, filled, priceTicks * tickFen)) {
                            throw new IllegalStateException(
                                    "auction fill of " + filled + " t for " + book.name(account) + " not settled");
                        }
                        book.boughtOutsideTrades(account, filled);
                        sold[0] += filled;
                        if (id < firstTraderOrderId) {
                            external.auctionFilled(year, day, book.name(account), filled, priceTicks * tickFen);
                        }
                    }
                });
        positions.resync();
        if (sold[0] > 0) {
            session.auctionCleared(outcome.clearingPriceTicks());
        }
        auctions.add(new AuctionRecord(
                year, day, offered, sold[0], sold[0] > 0 ? outcome.clearingPriceTicks() * tickFen : 0));
        auctionedTonnes = Math.addExact(auctionedTonnes, sold[0]);
    }

    /**
     * The government's orders of trading day {@code day}, after the session has begun it: the
     * interventions pending since the previous day, the sale at verification as the covered
     * enterprises' aggregate shortfall stands at the opening, and the corridor's order.
     */
    void placeOrders(int day) {
        nonBankableSaleOrderCount = 0;
        long committedSale = executePending();
        reassessVerifiedSale(day);
        verifiedSaleOrderId = offerVerifiedSale(committedSale);
        corridorOrder(committedSale + verifiedSaleOfferedTonnes);
    }

    /** After the day's trading: what the sale at verification sold today is no longer on offer. */
    void afterTrading() {
        if (verifiedSaleOrderId != 0) {
            verifiedSaleLeftTonnes -= verifiedSaleOfferedTonnes - session.remainingTonnes(verifiedSaleOrderId);
        }
    }

    /**
     * The monitor sees {@code day}'s limit hits, from the year the rule is in force; what it triggers
     * is executed the next trading day.
     */
    void observe(int day, DailyBar bar) {
        if (monitor == null || !interventionRule.inForceIn(year)) {
            return;
        }
        for (Intervention intervention : monitor.onDay(bar.day(), bar.limitUp(), bar.limitDown())) {
            pending.add(new Pending(year, day, intervention));
            interventionCount++;
        }
    }

    private long executePending() {
        long committedSale = 0;
        for (Pending p : pending) {
            Intervention intervention = p.intervention;
            long priceTicks = session.lastCloseTicks();
            long tonnes;
            if (intervention.direction() == Intervention.Direction.SELL) {
                tonnes = Math.min(
                        intervention.quantityTonnes(), registry.holdingTonnes(governmentAccount) - committedSale);
                if (tonnes > 0) {
                    submitInterventionSale(priceTicks, tonnes);
                    committedSale += tonnes;
                }
            } else {
                tonnes = intervention.quantityTonnes();
                if (tonnes > 0) {
                    session.submitGovernmentOrder(Side.BUY, OrderType.LIMIT, priceTicks, tonnes);
                }
            }
            interventions.add(new InterventionRecord(
                    p.year, p.day, intervention.direction(), intervention.quantityTonnes(), Math.max(0, tonnes)));
        }
        pending.clear();
        return committedSale;
    }

    private void corridorOrder(long committedSale) {
        PriceCorridor corridor = scenario.policy().corridor();
        if (corridor.floorFen() == 0 && corridor.ceilingFen() == Long.MAX_VALUE) {
            return;
        }
        long available = Math.max(0, registry.holdingTonnes(governmentAccount) - committedSale);
        CorridorDecision decision = CorridorDecision.decide(
                corridor, session.lastCloseTicks() * tickFen, available, corridor.dailyReserveSaleTonnes());
        // a ceiling or floor outside the day's price band is offered at the band's nearer limit, which
        // the exchange accepts: the price walks to the corridor instead of the order being refused
        if (decision.action() == CorridorDecision.Action.SELL) {
            long priceTicks = Math.max(
                    Math.max(1, decision.priceFen() / tickFen), session.view().lowerLimitTicks());
            session.submitGovernmentOrder(Side.SELL, OrderType.LIMIT, priceTicks, decision.quantityTonnes());
        } else if (decision.action() == CorridorDecision.Action.BUY) {
            long priceTicks = Math.min(
                    Math.max(1, decision.priceFen() / tickFen), session.view().upperLimitTicks());
            session.submitGovernmentOrder(Side.BUY, OrderType.LIMIT, priceTicks, decision.quantityTonnes());
        }
    }

    /**
     * The sale at verification ({@code policy.intervention.verifiedShortfallSale}), opened on {@code
     * day} when the rule asks for it: the covered enterprises' verified needs less their holdings and
     * the offset credits of {@code offsetPlan} they may use at the highest price the next trade may
     * reach (the close {@code closeFen} plus one limit move), added up over all of them, longs netted
     * against shorts. When that is short, the reserve puts it on sale, recorded as one intervention,
     * and offers it until the deadline at the previous close, the shortfall added up again at each
     * later opening ({@link #reassessVerifiedSale}): firms work their gaps over those days, and all
     * orders are day orders.
     */
    void openVerifiedSale(int day, List<AllocationLine> lines, long closeFen, OffsetPlan offsetPlan) {
        if (interventionRule == null
                || !interventionRule.verifiedShortfallSale()
                || !interventionRule.inForceIn(year)) {
            return;
        }
        verifiedSaleLines = lines;
        verifiedSaleOffsets = offsetPlan;
        sizeVerifiedSale(day, closeFen);
    }

    /** Records the sale at verification as an intervention, once a year, on the first day it offers. */
    private void recordVerifiedSale(int day, long netShortTonnes) {
        if (!verifiedSaleRecorded) {
            verifiedSaleRecorded = true;
            interventions.add(new InterventionRecord(
                    year, day, Intervention.Direction.SELL, netShortTonnes, verifiedSaleLeftTonnes));
            interventionCount++;
        }
    }

    /**
     * On each trading day after verification until the deadline, the sale at verification offers the
     * covered enterprises' aggregate shortfall as it stands at the opening (at the previous close plus
     * one limit move for the offsets), not what was left of the verification day's: allowances the
     * long firms sold to traders since are no longer there for the short ones. It is one
     * intervention a year, recorded on the first day it finds a shortfall: verification, or a later
     * day when the firms were long at verification and traders have since bought their surplus.
     */
    private void reassessVerifiedSale(int day) {
        if (verifiedSaleLines != null) {
            sizeVerifiedSale(day, session.lastCloseTicks() * tickFen);
        }
    }

    /**
     * Sizes the sale at verification on {@code day} to the covered enterprises' shortfall after a close
     * of {@code closeFen}, as much as the reserve holds, and records it the first day it finds one.
     */
    private void sizeVerifiedSale(int day, long closeFen) {
        long netShortTonnes = netShortTonnes(closeFen);
        verifiedSaleLeftTonnes = Math.max(0, Math.min(netShortTonnes, registry.holdingTonnes(governmentAccount)));
        if (netShortTonnes > 0) {
            recordVerifiedSale(day, netShortTonnes);
        }
    }

    /**
     * The covered enterprises' verified needs less their holdings and the offset credits they may use
     * at the highest price the next trade may reach after a close of {@code closeFen}, summed with
     * longs netted against shorts, t.
     */
    private long netShortTonnes(long closeFen) {
        long creditPriceFen = session.rulesInForce().upperLimitFen(closeFen);
        long netShortTonnes = 0;
        Position[] salePositions = positionsOf(verifiedSaleLines);
        int i = 0;
        for (AllocationLine line : verifiedSaleLines) {
            String id = line.enterpriseId();
            Position position = salePositions[i++];
            long covered =
                    Math.addExact(position.allowancesTonnes(), verifiedSaleOffsets.plannedTonnes(id, creditPriceFen));
            netShortTonnes = Math.addExact(netShortTonnes, position.expectedNeedTonnes() - covered);
        }
        return netShortTonnes;
    }

    /** Offers the rest of the sale at verification at the previous close; returns the order's id, 0 if none. */
    private long offerVerifiedSale(long committedSale) {
        long tonnes = Math.min(verifiedSaleLeftTonnes, registry.holdingTonnes(governmentAccount) - committedSale);
        verifiedSaleOfferedTonnes = Math.max(0, tonnes);
        if (tonnes <= 0) {
            return 0;
        }
        submitInterventionSale(session.lastCloseTicks(), tonnes);
        return session.lastGovernmentOrderId();
    }

    /** Offers {@code tonnes} of the reserve at {@code priceTicks} in an intervention of the scenario's rule. */
    private void submitInterventionSale(long priceTicks, long tonnes) {
        if (!interventionRule.bankable()) {
            if (nonBankableSaleOrderCount == nonBankableSaleOrders.length) {
                nonBankableSaleOrders = Arrays.copyOf(nonBankableSaleOrders, 2 * nonBankableSaleOrderCount);
            }
            nonBankableSaleOrders[nonBankableSaleOrderCount++] = session.nextOrderId();
        }
        session.submitGovernmentOrder(Side.SELL, OrderType.LIMIT, priceTicks, tonnes);
    }

    /**
     * Whether the allowances the government's sell order {@code orderId} delivers may be banked: not
     * when it is an intervention's sale and the rule ({@code policy.intervention.bankable}, false in
     * Hubei) forbids it; the price corridor's sales may.
     */
    boolean saleIsBankable(long orderId) {
        for (int i = 0; i < nonBankableSaleOrderCount; i++) {
            if (nonBankableSaleOrders[i] == orderId) {
                return false;
            }
        }
        return true;
    }

    /** The deadline has passed: the sale at verification offers nothing more. */
    void closeVerifiedSale() {
        verifiedSaleLeftTonnes = 0;
        verifiedSaleLines = null;
        verifiedSaleOffsets = null;
    }

    /**
     * The deadline reserve sale ({@code compliance.deadlineReserveSale}): after the deadline day's
     * trading, the government reserve sells each covered enterprise of {@code lines} still short of
     * its verified emissions what it lacks, at the day's upper price limit {@code priceFen}, while the
     * reserve lasts (in the order of the allocation table), into the account {@code accountOf} gives.
     * A firm the market left short by limit-up days thus pays the limit price instead of the penalty;
     * the reserve, not the exchange, meets the rush.
     */
    void sellReserveToShortFirms(List<AllocationLine> lines, long priceFen, ToIntFunction<String> accountOf) {
        for (AllocationLine line : lines) {
            String id = line.enterpriseId();
            long tonnes = Math.min(positions.of(id).shortfallTonnes(), registry.holdingTonnes(governmentAccount));
            if (tonnes <= 0) {
                continue;
            }
            int account = accountOf.applyAsInt(id);
            if (positions.cashLimited(account)) {
                tonnes = Math.min(tonnes, Math.max(0, registry.cashFen(account)) / Math.max(1, priceFen));
                if (tonnes <= 0) {
                    continue;
                }
            }
            long missingFen = Math.multiplyExact(tonnes, priceFen) - registry.cashFen(account);
            if (missingFen > 0) {
                registry.receive(account, missingFen, CashReason.DEPOSIT);
            }
            if (!registry.settleInterventionSale(governmentAccount, account, tonnes, priceFen)) {
                throw new IllegalStateException("deadline reserve sale of " + tonnes + " t to " + id + " not settled");
            }
            book.boughtOutsideTrades(account, tonnes);
        }
        positions.resync();
    }

    /** The run has ended: interventions still pending are recorded as triggered and never executed. */
    void closeRun() {
        for (Pending p : pending) {
            interventions.add(new InterventionRecord(
                    p.year, p.day, p.intervention.direction(), p.intervention.quantityTonnes(), 0));
        }
    }

    /** What the year's auctions sold, t. */
    long auctionedTonnes() {
        return auctionedTonnes;
    }

    /** The interventions triggered in the year, the sale at verification included. */
    int interventionCount() {
        return interventionCount;
    }

    List<InterventionRecord> interventions() {
        return interventions;
    }

    List<AuctionRecord> auctions() {
        return auctions;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** An intervention triggered on a day and executed the next trading day. */
    private record Pending(int year, int day, Intervention intervention) {}
}
