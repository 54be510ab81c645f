package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.GeometricWait;
import org.carbonsim.core.agents.InactiveFirm;
import org.carbonsim.core.agents.InstitutionalSpeculator;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.MarketView;
import org.carbonsim.core.agents.NoiseTrader;
import org.carbonsim.core.agents.OrderGateway;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.PositionChanges;
import org.carbonsim.core.agents.QuotingMarketMaker;
import org.carbonsim.core.agents.StrategyKind;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.agents.TradingStrategy;
import org.carbonsim.core.agents.UnitScheduleTrader;
import org.carbonsim.core.agents.UrgencySchedule;
import org.carbonsim.core.agents.ZeroIntelligenceFirm;
import org.carbonsim.core.agents.ZeroIntelligenceTrader;
import org.carbonsim.core.market.BlockNegotiation;
import org.carbonsim.core.market.BlockParty;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.market.ClosingPriceRule;
import org.carbonsim.core.market.DayStats;
import org.carbonsim.core.market.MarketListener;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.RestingOrderVisitor;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.BlockTradeRules;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;

/**
 * The exchange's trading days with a population of traders. It owns an {@link OrderBook} built from
 * the {@link MarketRules} (a ladder from 1 tick to 100 times the initial price) and settles every trade
 * into the traders' {@link Position}s: allowances to the buyer, cash to the seller, and the exchange
 * fee ({@code feeBasisPoints} of turnover, rounded down to the fen) from each side into the exchange's
 * fee account, so allowances and cash are conserved.
 *
 * <p>The band, the call auctions, the closing rule, the close of a day without trades and the fee are
 * those in force in the year last opened ({@link #openYear}; the rules' first year's until one is):
 * {@code market.changes} may set them anew from a later year on. The tick, the price ladder and the
 * rounds per day hold for the session's life.
 *
 * <p>A day ({@link #runDay}, or {@link #beginDay}, {@link #trade}, {@link #endDay} to let government
 * orders in between): open with the previous close as reference and the rules' band; an optional
 * opening call auction in which every trader not resting acts once; {@code roundsPerDay} rounds of
 * continuous trading; an optional closing call auction (every trader not resting acts once again); the
 * close by the rules' closing rule; every order still resting is then cancelled. Traders are numbered
 * in the order they are added (their owner ids); the same seed and the same traders give the same
 * trades. Not thread-safe.
 *
 * <p>Who acts in a round is the activation schedule's ({@link ActivationSchedule}): after each turn a
 * trader either rests until a later day ({@link TradingStrategy#restUntilDay}), or its clock draws the
 * round of its next turn: it rings in each round with probability {@code turnsPerDay / roundsPerDay}
 * ({@link TradingStrategy#turnsPerDay}), so the wait is geometric, a Poisson clock in whole rounds.
 * The traders whose turn falls in a round act in an order shuffled by the session's generator. A
 * trader that rings every round acts in every round, as all traders did before the schedule; one
 * with nothing to do is not visited at all.
 */
public final class MarketSession {
    /** The owner id of orders placed through {@link #submitGovernmentOrder}. */
    public static final int GOVERNMENT_OWNER_ID = -1;

    /**
     * The order id a {@link TradeListener} is given on both sides of a block agreement trade, which is
     * negotiated off the book; every order on the book has an id of 1 or more.
     */
    public static final long NO_ORDER_ID = -1;

    /** The most rounds the activation schedule keeps a bucket for (longer rests wait and move on). */
    private static final long MAX_HORIZON_ROUNDS = 1 << 16;
    /** A wait no run reaches (rounds). */
    private static final long NEVER_ROUNDS = 1L << 50;

    private final MarketRules rules;
    /** The rules of the year last opened: its band, auctions, closing rule and fee. */
    private MarketRules inForce;

    /** Whether the exchange has block agreement trades. */
    private final boolean blockTradesOn;
    /**
     * The largest order a trader may rest on the book, t: a tonne under the block minimum where the
     * exchange has block trades (the listing board's limit), else none. Government orders are not
     * listing orders and are not limited.
     */
    private final long listingLimitTonnes;

    private final int tradingDays;
    private final int deadlineDay;
    private final int roundsPerDay;
    private final SplittableRandom random;
    /** The closing-price rule of {@link #inForce}. */
    private ClosingPriceRule closingRule;

    private final OrderBook book;
    private final List<Position> positions = new ArrayList<>();
    private final Position government = Position.of(GOVERNMENT_OWNER_ID, 0, 0);
    private final Map<Double, UrgencySchedule> urgencySchedules = new HashMap<>();
    private final View view = new View();
    private final Gateway gateway = new Gateway();
    /** Settles every trade, on the book and in block agreements. */
    private final Settlement settlement = new Settlement();

    private final TradeListener tradeListener;
    /** Told the round number before each round of continuous trading. */
    private IntConsumer roundStart = round -> {};
    /** The order in which the traders act in a call phase, reshuffled each time; its first positions.size() entries. */
    private int[] order = new int[0];
    /** Who acts in which round of continuous trading. */
    private final ActivationSchedule schedule;
    /** The traders of the round being run, in the order they act. */
    private int[] turns = new int[16];

    private final int[] turnCount = new int[1];
    /** Per trader: the first day it wants a turn (it rests before it). */
    private int[] restDay = new int[0];
    /** Per trader: whether it enters its day order again at each opening ({@link TradingStrategy#entersEachDay}). */
    private boolean[] entersEachDay = new boolean[0];
    /**
     * Per trader: the turns a day it last gave ({@link TradingStrategy#turnsPerDay}), as raw bits, and
     * its clock's wait at that rate, a chance in a round of {@code turnsPerDay / roundsPerDay}, so that
     * a rate asked again (as a desk's is all day) is not divided again nor its logarithm taken again.
     * A new trader's 0 and no wait are a rate of 0, whose wait is made when first asked.
     */
    private long[] clockRateBits = new long[0];

    private GeometricWait[] clockWaits = new GeometricWait[0];
    /**
     * Per trader whose clock changes only on deadline days ({@link
     * TradingStrategy#clockChangesOnlyOnDeadlineDays}): the {@link #clockStretch} its {@link
     * #clockWait} was asked in, so that it is asked once a stretch, not after every turn; 0 (no
     * stretch) for the others, which are asked every time.
     */
    private int[] clockStretchOf = new int[0];

    private boolean[] clockChangesOnlyOnDeadlineDays = new boolean[0];
    /**
     * Counts the stretches of days that are all deadline days or all not (from 1): it moves on when
     * {@link #setDay} passes into or out of a deadline day.
     */
    private int clockStretch;
    /** The latest round of continuous trading whose traders were taken from the schedule. */
    private long lastTakenRound = -1;
    /** Strategies by owner id, as an array for the round loop. */
    private TradingStrategy[] acting = new TradingStrategy[0];
    /**
     * Per owner, its strategy where that is a {@link ComplianceTrader}, else null: the round loop calls
     * a desk through this array, with no look at the object's class, so that a desk whose turn keeps
     * its order reads only the fields that turn needs (the first read of a desk in a round misses the
     * cache at a national market's size, and its class word lies on a cache line of its own).
     */
    private ComplianceTrader[] deskOf = new ComplianceTrader[0];
    /** Positions by owner id, as an array for the round loop. */
    private Position[] accounts = new Position[0];
    /** The traders' positions' change counts by owner id, side by side, read by the round loop. */
    private final PositionChanges positionChanges = new PositionChanges();

    private long[] closes = new long[256];
    /** Each closed day's exchange volume, t, index for index with {@link #closes}. */
    private long[] volumes = new long[256];

    private int closeCount;
    private int day;
    /**
     * {@link #day}'s day of the year and trading days to the next deadline day ({@link
     * MarketView#daysToDeadline}), worked out once a day ({@link #setDay}) for the turns that read them.
     */
    private int dayOfYear;

    private int daysToDeadline;
    /** The first round of the next deadline day counted from {@link #day} (this year's, on it today's). */
    private long deadlineRound;

    private boolean dayOpen;
    /** What the traders read as {@link MarketView#auctionCoverShare}, 0 to 1. */
    private double auctionCoverShare;
    /** The clearing price of the primary auction held before today's trading, ticks; 0 when none sold. */
    private long auctionClearingTicks;
    /** A desk for each owner whose strategy is a {@link ComplianceTrader}, in the order added: the block session's parties. */
    private Desk[] desks = new Desk[0];
    /**
     * The owner id of each of {@link #desks}, index for index: the block session's daily pass over
     * every desk reads who may reach a block from here and the dense per-owner arrays, not from each
     * desk's position, which at a national market's size is not in the cache.
     */
    private int[] deskOwners = new int[0];

    private int deskCount;
    /**
     * Per owner, the most its desk's day's share could come to in a block that day ({@link
     * ComplianceTrader#blockTonnesBound}), read right after the turn at which it planned the day {@link
     * #blockReachDay}: what it trades later that day cannot raise it, so it stays a bound until the
     * block session, which looks only at the desks it lets reach a block.
     */
    private long[] blockReachTonnes = new long[0];

    private int[] blockReachDay = new int[0];
    private final List<Desk> blockParties = new ArrayList<>();
    /** The day's block agreement trades so far; none until the block session. */
    private BlockDay blockDay = BlockDay.NONE;
    /** The latest close, or after a day without trades that close moved to the day's standing quotes. */
    private long lastTradableTicks;

    private long nextOrderId = 1;
    /**
     * The id of the first order placed since the day last opened: the opening cancelled every order
     * before it (all orders are day orders), so the traders' look-ups of those, a desk's order of its
     * last market day or a speculator's of yesterday, need not ask the book.
     */
    private long firstOrderIdToday = 1;

    private long exchangeFeesFen;
    /** Continuous rounds so far that ended with both a bid and an ask resting. */
    private long quotedRounds;
    /** Best ask minus best bid at the end of those rounds, added up, ticks. */
    private long spreadTicksSum;

    /**
     * @param rules the exchange's rules (tick, band, initial price, closing rule, auctions, fee, and
     *     the changes from later years on)
     * @param tradingDays trading days per compliance year
     * @param deadlineDay day within the year (from 0, below {@code tradingDays}) of the surrender
     *     deadline, which the traders pace their compliance to
     * @param roundsPerDay rounds of continuous trading per day
     * @param random the replication's generator; every random choice of the session and its traders
     * @param tradeListener receives each settled trade
     */
    public MarketSession(
            MarketRules rules,
            int tradingDays,
            int deadlineDay,
            int roundsPerDay,
            SplittableRandom random,
            TradeListener tradeListener) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.random = Objects.requireNonNull(random, "random");
        this.tradeListener = Objects.requireNonNull(tradeListener, "tradeListener");
        if (tradingDays < 1 || roundsPerDay < 1) {
            throw new IllegalArgumentException("tradingDays and roundsPerDay must be >= 1, got " + tradingDays
                    + " days and " + roundsPerDay + " rounds");
        }
        if (deadlineDay < 0 || deadlineDay >= tradingDays) {
            throw new IllegalArgumentException(
                    "deadlineDay must be a day of the year, 0 to " + (tradingDays - 1) + ", got " + deadlineDay);
        }
        this.tradingDays = tradingDays;
        this.deadlineDay = deadlineDay;
        this.roundsPerDay = roundsPerDay;
        this.inForce = rules;
        this.blockTradesOn = rules.blockTrades().enabled();
        this.listingLimitTonnes = blockTradesOn ? rules.blockTrades().minTonnes() - 1 : Long.MAX_VALUE;
        this.closingRule = closingPriceRule(rules.closingRule());
        long initialTicks = rules.initialPriceFen() / rules.tickFen();
        long maxTicks = rules.ladderTopFen() / rules.tickFen();
        BookConfig config = BookConfig.of(1, maxTicks)
                .withTickSizeFen(rules.tickFen())
                .withClosingVwapTrades(rules.mostClosingTrades())
                .withSelfTradePrevention(true);
        this.book = new OrderBook(config, settlement);
        this.schedule =
                new ActivationSchedule((int) Math.min(MAX_HORIZON_ROUNDS, (long) roundsPerDay * (tradingDays + 1)));
        closes[0] = initialTicks;
        closeCount = 1;
        lastTradableTicks = initialTicks;
        setDay(0);
    }

    /** Moves the session to {@code newDay} and works out its calendar for the day's turns. */
    private void setDay(int newDay) {
        boolean wasDeadlineDay = clockStretch > 0 && daysToDeadline == 0;
        day = newDay;
        dayOfYear = newDay % tradingDays;
        daysToDeadline = MarketView.daysToDeadline(dayOfYear, deadlineDay, tradingDays);
        if (clockStretch == 0 || wasDeadlineDay != (daysToDeadline == 0)) {
            clockStretch++;
        }
        deadlineRound = (long) (newDay + daysToDeadline) * roundsPerDay;
    }

    /** A session whose deadline is the last trading day of the year. */
    public MarketSession(
            MarketRules rules,
            int tradingDays,
            int roundsPerDay,
            SplittableRandom random,
            TradeListener tradeListener) {
        this(rules, tradingDays, tradingDays - 1, roundsPerDay, random, tradeListener);
    }

    /** A session whose deadline is the last trading day of the year and that streams its trades nowhere. */
    public MarketSession(MarketRules rules, int tradingDays, int roundsPerDay, SplittableRandom random) {
        this(rules, tradingDays, roundsPerDay, random, TradeListener.NONE);
    }

    /**
     * Opens {@code year}: from its first day the band, the auctions, the closing rule and the fee are
     * those the rules give for it ({@link MarketRules#in}). Only between two days.
     */
    public void openYear(int year) {
        if (dayOpen) {
            throw new IllegalStateException("day " + day + " is open; a year opens between two days");
        }
        inForce = rules.in(year);
        closingRule = closingPriceRule(inForce.closingRule());
    }

    /** The rules in force: those of the year last opened, with its band, auctions, closing rule and fee. */
    public MarketRules rulesInForce() {
        return inForce;
    }

    /** The market's closing-price rule for a scenario's closing rule. */
    public static ClosingPriceRule closingPriceRule(ClosingRule rule) {
        switch (rule) {
            case LAST_TRADE:
                return ClosingPriceRule.LAST_TRADE;
            case VWAP_LAST_TRADES:
                return ClosingPriceRule.VWAP_LAST_TRADES;
            case VWAP_DAY:
                return ClosingPriceRule.VWAP_DAY;
            default:
                throw new IllegalArgumentException("unknown closing rule " + rule);
        }
    }

    /**
     * Adds a trader holding {@code allowancesTonnes} and {@code cashFen}; returns its position, whose
     * owner id is the number of traders added before it. Set its need, marginal cost or reservation
     * value on the returned position.
     */
    public Position addAgent(TradingStrategy strategy, long allowancesTonnes, long cashFen) {
        Objects.requireNonNull(strategy, "strategy");
        Position position = Position.of(positions.size(), allowancesTonnes, cashFen, positionChanges);
        positions.add(position);
        int id = positions.size() - 1;
        if (id == order.length) {
            // capacity doubles: adding n agents one by one copies O(n) elements, not O(n²)
            int capacity = Math.max(16, 2 * order.length);
            order = Arrays.copyOf(order, capacity);
            acting = Arrays.copyOf(acting, capacity);
            deskOf = Arrays.copyOf(deskOf, capacity);
            accounts = Arrays.copyOf(accounts, capacity);
            restDay = Arrays.copyOf(restDay, capacity);
            entersEachDay = Arrays.copyOf(entersEachDay, capacity);
            clockRateBits = Arrays.copyOf(clockRateBits, capacity);
            blockReachTonnes = Arrays.copyOf(blockReachTonnes, capacity);
            blockReachDay = Arrays.copyOf(blockReachDay, capacity);
            clockWaits = Arrays.copyOf(clockWaits, capacity);
            clockStretchOf = Arrays.copyOf(clockStretchOf, capacity);
            clockChangesOnlyOnDeadlineDays = Arrays.copyOf(clockChangesOnlyOnDeadlineDays, capacity);
        }
        if (strategy instanceof ComplianceTrader desk) {
            if (deskCount == desks.length) {
                desks = Arrays.copyOf(desks, Math.max(16, 2 * deskCount));
                deskOwners = Arrays.copyOf(deskOwners, desks.length);
            }
            deskOwners[deskCount] = id;
            desks[deskCount++] = new Desk(desk, position);
            deskOf[id] = desk;
        }
        order[id] = id;
        blockReachDay[id] = -1;
        acting[id] = strategy;
        accounts[id] = position;
        restDay[id] = day;
        entersEachDay[id] = strategy.entersEachDay();
        clockChangesOnlyOnDeadlineDays[id] = strategy.clockChangesOnlyOnDeadlineDays();
        // its first turn: the next round still to run (today's first when no day is open)
        schedule.add(Math.max((long) day * roundsPerDay + (dayOpen ? view.round : 0), lastTakenRound + 1));
        return position;
    }

    /**
     * Adds the traders of a configured group. Zero-intelligence groups: the first half buyers with cash
     * for {@code unitsPerTrader × tradingDays} tonnes at the highest value, the rest sellers holding
     * that many tonnes, each with a reservation value drawn uniformly from the group's range by the
     * session's generator. Speculators start with the group's cash and no allowances; noise traders and
     * market makers with the group's cash and holdings; unit-schedule buyers with cash for their units
     * at the group's highest price and sellers with one tonne per unit.
     */
    public void addTraderGroup(TraderGroup group) {
        Objects.requireNonNull(group, "group");
        for (int i = 0; i < group.count(); i++) {
            if (group instanceof TraderGroup.ZeroIntelligence) {
                TraderGroup.ZeroIntelligence zi = (TraderGroup.ZeroIntelligence) group;
                boolean buyer = i < zi.count() / 2;
                long yearTonnes = Math.multiplyExact(zi.unitsPerTrader(), tradingDays);
                long value = zi.minValueFen() + random.nextLong(zi.maxValueFen() - zi.minValueFen() + 1);
                Position position = buyer
                        ? addAgent(
                                ZeroIntelligenceTrader.of(Side.BUY, zi),
                                0,
                                Math.multiplyExact(Math.multiplyExact(yearTonnes, zi.maxValueFen()), 2L))
                        : addAgent(ZeroIntelligenceTrader.of(Side.SELL, zi), yearTonnes, 0);
                position.updateReservationValue(value);
            } else if (group instanceof TraderGroup.Speculators) {
                TraderGroup.Speculators speculators = (TraderGroup.Speculators) group;
                addAgent(InstitutionalSpeculator.of(speculators, i), 0, speculators.cashFen());
            } else if (group instanceof TraderGroup.NoiseTraders) {
                TraderGroup.NoiseTraders noise = (TraderGroup.NoiseTraders) group;
                addAgent(NoiseTrader.of(noise), noise.holdingsTonnes(), noise.cashFen());
            } else if (group instanceof TraderGroup.UnitSchedules) {
                addScheduleTrader((TraderGroup.UnitSchedules) group, i);
            } else {
                TraderGroup.MarketMaker maker = (TraderGroup.MarketMaker) group;
                addAgent(QuotingMarketMaker.of(maker), maker.holdingsTonnes(), maker.cashFen());
            }
        }
    }

    /**
     * Adds trader {@code i} of a unit-schedule group: the buyers first, each with cash for all its units
     * at the group's highest price, then the sellers, each holding one tonne per unit of its schedule.
     * The reservation value shown in its position is its first unit's.
     */
    private void addScheduleTrader(TraderGroup.UnitSchedules group, int i) {
        int buyers = group.buyerValuesFen().size();
        if (i < buyers) {
            List<Long> values = group.buyerValuesFen().get(i);
            long cashFen = Math.multiplyExact((long) values.size(), group.maxPriceFen());
            addAgent(UnitScheduleTrader.of(Side.BUY, values, group), 0, cashFen).updateReservationValue(values.get(0));
        } else {
            List<Long> costs = group.sellerCostsFen().get(i - buyers);
            addAgent(UnitScheduleTrader.of(Side.SELL, costs, group), costs.size(), 0)
                    .updateReservationValue(costs.get(0));
        }
    }

    /**
     * Adds a covered enterprise trading by {@code kind}, holding {@code allowancesTonnes} and {@code
     * cashFen}, expecting to need {@code needTonnes} at the deadline, with marginal abatement cost
     * {@code cost}. COMPLIANCE trades by {@code params}; INACTIVE buys its shortfall on the deadline day;
     * ZERO_INTELLIGENCE ({@link ZeroIntelligenceFirm}) buys when short and sells when long, day by
     * day, its reservation value the MAC at its shortfall and its prices drawn between half and twice
     * the initial price.
     */
    public Position addEnterprise(
            StrategyKind kind,
            ComplianceTraderParams params,
            long allowancesTonnes,
            long cashFen,
            long needTonnes,
            MarginalCost cost) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(params, "params");
        long shortfall = Math.subtractExact(needTonnes, allowancesTonnes);
        TradingStrategy strategy;
        switch (kind) {
            case COMPLIANCE:
                strategy = new ComplianceTrader(
                        params,
                        urgencySchedules.computeIfAbsent(
                                params.procrastination(), p -> UrgencySchedule.of(deadlineDay + 1, p)));
                break;
            case INACTIVE:
                strategy = new InactiveFirm();
                break;
            case ZERO_INTELLIGENCE:
                long initialFen = rules.initialPriceFen();
                strategy = new ZeroIntelligenceFirm(
                        Math.max(1, initialFen / 2), Math.multiplyExact(initialFen, 2L), params.reviewsPerDay());
                break;
            default:
                throw new IllegalArgumentException("unknown strategy kind " + kind);
        }
        Position position = addAgent(strategy, allowancesTonnes, cashFen);
        position.updateExpectedNeed(needTonnes);
        position.updateMarginalCost(cost);
        position.updateReservationValue(cost.costFenPerTonne(shortfall));
        return position;
    }

    /** Adds an inactive firm needing {@code needTonnes} by the deadline. */
    public Position addInactiveFirm(long allowancesTonnes, long cashFen, long needTonnes) {
        Position position = addAgent(new InactiveFirm(), allowancesTonnes, cashFen);
        position.updateExpectedNeed(needTonnes);
        return position;
    }

    /** Every trader's position, in owner-id order; a read-only view that tracks the live positions. */
    public List<Position> positions() {
        return Collections.unmodifiableList(positions);
    }

    public int agentCount() {
        return positions.size();
    }

    /** The strategy of trader {@code ownerId}. */
    public TradingStrategy strategy(int ownerId) {
        return acting[ownerId];
    }

    /**
     * The change count of owner {@code ownerId}'s position ({@link Position#changeCount}), read from the
     * counts kept side by side ({@link PositionChanges}) rather than from the position.
     */
    long changeCount(int ownerId) {
        return positionChanges.of(ownerId);
    }

    /** The position of trader {@code ownerId}, or the government's for {@link #GOVERNMENT_OWNER_ID}. */
    public Position position(int ownerId) {
        return ownerId == GOVERNMENT_OWNER_ID ? government : positions.get(ownerId);
    }

    /** The government's account: its allowances go negative as it sells from reserve. */
    public Position governmentPosition() {
        return government;
    }

    /** Fees collected by the exchange so far, fen. */
    public long exchangeFeesFen() {
        return exchangeFeesFen;
    }

    /** Day within the compliance year, from 0, of the surrender deadline the traders pace to. */
    public int deadlineDay() {
        return deadlineDay;
    }

    /** The index of the next day to run (or of the day in progress). */
    public int day() {
        return day;
    }

    /** The latest close, ticks (the initial price before the first day). */
    public long lastCloseTicks() {
        return closes[closeCount - 1];
    }

    /**
     * The price a tonne could trade at when the last day closed, ticks: the close after a day with
     * trades; after a day without, the close moved down to a lower best offer some account could pay
     * for, or up to a higher best bid some account holds an allowance to fill, that stood at the end of
     * the day. Under the pilots' rule the close of a market that stopped trading is a print nobody can
     * reach while the offers stand below it; a firm valuing its last tonnes at verification reads this
     * instead (docs/model.md, "What a tonne could trade at"). Equal to {@link #lastCloseTicks()} under
     * {@link NoTradeClose#BEST_QUOTE}, whose close already moves to the quotes, and after a day with
     * trades.
     */
    public long lastTradableTicks() {
        return lastTradableTicks;
    }

    /** The tick in fen. */
    public long tickSizeFen() {
        return rules.tickFen();
    }

    /** The view the traders see; it tracks the book as the day goes on. */
    public MarketView view() {
        return view;
    }

    /** Runs a whole trading day. */
    public DailyBar runDay() {
        beginDay();
        trade();
        return endDay();
    }

    /**
     * Records that a primary auction held before today's trading sold at {@code clearingPriceTicks}:
     * if the exchange then trades nothing today, the day closes at that price, the latest the market
     * has made, instead of the previous close (and under {@link NoTradeClose#BEST_QUOTE} moves from it
     * to the quotes).
     */
    public void auctionCleared(long clearingPriceTicks) {
        if (clearingPriceTicks <= 0) {
            throw new IllegalArgumentException("need a clearing price > 0 ticks, got " + clearingPriceTicks);
        }
        auctionClearingTicks = clearingPriceTicks;
    }

    /**
     * Sets what the traders read as {@link MarketView#auctionCoverShare} from now until it is set
     * again: the share of the covered enterprises' purchases the primary auctions still to come
     * before the deadline are expected to meet.
     */
    public void expectAuctions(double coverShare) {
        if (!(coverShare >= 0 && coverShare <= 1)) {
            throw new IllegalArgumentException("need a cover share in [0, 1], got " + coverShare);
        }
        auctionCoverShare = coverShare;
    }

    /** Opens the day and runs the opening call auction when the rules have one. */
    public void beginDay() {
        if (dayOpen) {
            throw new IllegalStateException("day " + day + " is already open");
        }
        dayOpen = true;
        book.openDay(lastCloseTicks(), inForce.limitBasisPoints());
        firstOrderIdToday = nextOrderId;
        if (inForce.openingAuction()) {
            book.startCallPhase();
            view.round = 0;
            actAll((long) day * roundsPerDay - 1);
            book.uncrossCallPhase();
        }
    }

    /** Runs the day's rounds of continuous trading. */
    public void trade() {
        requireOpen();
        int blockRound = blockTradesOn ? roundsPerDay / 2 : -1;
        for (int round = 0; round < roundsPerDay; round++) {
            if (round == blockRound) {
                blockDay = blockTrades();
            }
            view.round = round;
            roundStart.accept(round);
            actScheduled((long) day * roundsPerDay + round);
            sampleSpread();
        }
    }

    /**
     * Adds the book's spread after a round to the spread clock: rounds are equal slices of the trading
     * day, so the mean over the rounds that ended two-sided is the time-weighted spread while quoted.
     */
    private void sampleSpread() {
        long ask = book.bestAskTicks();
        long bid = book.bestBidTicks();
        if (ask != OrderBook.NO_PRICE && bid != OrderBook.NO_PRICE) {
            quotedRounds++;
            spreadTicksSum = Math.addExact(spreadTicksSum, ask - bid);
        }
    }

    /** Continuous rounds so far, over every day, that ended with both a bid and an ask resting. */
    public long quotedRounds() {
        return quotedRounds;
    }

    /** Best ask minus best bid at the end of each of {@link #quotedRounds}, added up, ticks. */
    public long spreadTicksSum() {
        return spreadTicksSum;
    }

    /** The previous close moved to a lower best offer or a higher best bid. */
    private long quotedClose(long previousTicks) {
        long ask = book.bestAskTicks();
        long bid = book.bestBidTicks();
        if (ask != OrderBook.NO_PRICE && ask < previousTicks) {
            return ask;
        }
        if (bid != OrderBook.NO_PRICE && bid > previousTicks) {
            return bid;
        }
        return previousTicks;
    }

    /**
     * The previous close moved to the quotes that stood at the end of a day without trades where a
     * tonne could trade at them: down to a lower best offer when some account could pay for a tonne
     * there, up to a higher best bid when some account holds an allowance it may sell. A bid nobody
     * holds an allowance to fill, as in a first year whose allowances are all issued at verification,
     * is not a price a tonne could trade at (docs/model.md, "What a tonne could trade at").
     */
    private long tradableQuote(long previousTicks) {
        long ask = book.bestAskTicks();
        long bid = book.bestBidTicks();
        if (ask != OrderBook.NO_PRICE && ask < previousTicks && someoneCouldPay(ask)) {
            return ask;
        }
        if (bid != OrderBook.NO_PRICE && bid > previousTicks && allowancesInCirculation()) {
            return bid;
        }
        return previousTicks;
    }

    /** Whether some trader's account holds an allowance it may sell (the government's is no trader's). */
    private boolean allowancesInCirculation() {
        for (Position position : positions) {
            if (position.sellableTonnes() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether some trader buys without a cash limit or has the cash for a tonne at {@code priceTicks}. */
    private boolean someoneCouldPay(long priceTicks) {
        long priceFen = Math.multiplyExact(priceTicks, rules.tickFen());
        for (Position position : positions) {
            if (!position.cashLimited() || position.cashFen() >= priceFen) {
                return true;
            }
        }
        return false;
    }

    /** Runs the closing call auction when the rules have one, sets the close and ends the day. */
    public DailyBar endDay() {
        requireOpen();
        if (inForce.closingAuction()) {
            book.startCallPhase();
            view.round = roundsPerDay;
            actAll((long) day * roundsPerDay + roundsPerDay - 1);
            book.uncrossCallPhase();
        }
        DayStats stats = book.dayStats();
        long close = stats.closePriceTicks(closingRule, inForce.closingTrades());
        if (stats.tradeCount() == 0 && auctionClearingTicks > 0) {
            close = auctionClearingTicks;
        }
        auctionClearingTicks = 0;
        long tradable = close;
        if (stats.tradeCount() == 0 && inForce.noTradeClose() == NoTradeClose.BEST_QUOTE) {
            close = quotedClose(close);
            tradable = close;
        } else if (stats.tradeCount() == 0) {
            tradable = tradableQuote(close);
        }
        boolean band = inForce.limitBasisPoints() > 0;
        BlockDay blocks = blockDay;
        blockDay = BlockDay.NONE;
        DailyBar bar = new DailyBar(
                day,
                stats.openPriceTicks(),
                stats.highPriceTicks(),
                stats.lowPriceTicks(),
                close,
                stats.vwapPriceTicks(),
                stats.volumeTonnes(),
                stats.turnoverFen(),
                stats.tradeCount(),
                band ? book.lowerLimitTicks() : 0,
                band ? book.upperLimitTicks() : 0,
                stats.upperLimitTouched(),
                stats.lowerLimitTouched(),
                blocks.volumeTonnes(),
                blocks.turnoverFen(),
                blocks.tradeCount());
        book.closeDay();
        if (closeCount == closes.length) {
            closes = Arrays.copyOf(closes, closes.length * 2);
            volumes = Arrays.copyOf(volumes, volumes.length * 2);
        }
        volumes[closeCount] = stats.volumeTonnes();
        closes[closeCount++] = close;
        lastTradableTicks = tradable;
        setDay(day + 1);
        dayOpen = false;
        return bar;
    }

    /**
     * The day's block agreement trades ({@link BlockNegotiation}), between the morning's rounds and the
     * afternoon's (before round {@code roundsPerDay / 2}, so before the first with one or two rounds a
     * day), as the national market's block session runs beside the afternoon's listing session: the
     * covered enterprises' desks that planned today and whose day's share reaches the minimum at some
     * price in the block band ({@link ComplianceTrader#joinsBlockSession}, after the cheap {@link
     * ComplianceTrader#blockTonnesBound}) negotiate for their whole gaps ({@link
     * ComplianceTrader#blockTonnesAt}), one agreement each, in the order they were added, at prices within the block band
     * around the previous close, agreeing on the book's price where both accept it (today's VWAP so
     * far, the previous close before any trade). Each trade is settled as an
     * exchange trade, fee and all, and reported with {@link #NO_ORDER_ID} for both orders; the two
     * desks' orders on the book are withdrawn, to be entered again, for what is left, at their next
     * turns. Block trades set no price of the day.
     */
    private BlockDay blockTrades() {
        BlockTradeRules blockRules = rules.blockTrades();
        long previous = lastCloseTicks();
        long low = Math.max(
                Math.max(1, book.minPriceTicks()),
                BlockNegotiation.lowerLimitTicks(previous, blockRules.limitBasisPoints()));
        long high = Math.min(
                book.maxPriceTicks(), BlockNegotiation.upperLimitTicks(previous, blockRules.limitBasisPoints()));
        if (high < low) {
            return BlockDay.NONE;
        }
        List<Desk> parties = blockParties;
        parties.clear();
        for (int i = 0; i < deskCount; i++) {
            int owner = deskOwners[i];
            if (blockReachDay[owner] == day
                    && blockReachTonnes[owner] >= blockRules.minTonnes()
                    && desks[i].trader.joinsBlockSession(view, desks[i].position, low, high, blockRules.minTonnes())) {
                parties.add(desks[i]);
            }
        }
        if (parties.size() < 2) {
            return BlockDay.NONE;
        }
        DayStats stats = book.dayStats();
        long reference = stats.tradeCount() > 0 ? stats.vwapPriceTicks() : previous;
        long[] totals = new long[2];
        int count = BlockNegotiation.negotiate(
                parties, low, high, reference, blockRules.minTonnes(), (buyer, seller, priceTicks, tonnes) -> {
                    Desk buying = parties.get(buyer);
                    Desk selling = parties.get(seller);
                    settlement.onTrade(
                            NO_ORDER_ID,
                            NO_ORDER_ID,
                            buying.position.ownerId(),
                            selling.position.ownerId(),
                            priceTicks,
                            tonnes);
                    buying.trader.withdrawOrder(gateway);
                    selling.trader.withdrawOrder(gateway);
                    totals[0] = Math.addExact(totals[0], tonnes);
                    totals[1] = Math.addExact(
                            totals[1], Math.multiplyExact(Math.multiplyExact(priceTicks, tonnes), rules.tickFen()));
                });
        return count == 0 ? BlockDay.NONE : new BlockDay(totals[0], totals[1], count);
    }

    /** A desk in the day's block negotiation: what it would trade at a price, read from its position. */
    private final class Desk implements BlockParty {
        private final ComplianceTrader trader;
        private final Position position;

        Desk(ComplianceTrader trader, Position position) {
            this.trader = trader;
            this.position = position;
        }

        @Override
        public long tonnesAt(long priceTicks) {
            return trader.blockTonnesAt(view, position, priceTicks);
        }
    }

    /** A day's block trades: tonnes, value in fen and count. */
    private record BlockDay(long volumeTonnes, long turnoverFen, int tradeCount) {
        static final BlockDay NONE = new BlockDay(0, 0, 0);
    }

    /**
     * Places a government order (an intervention sale or buy-back, or an auction lot) on the book under
     * {@link #GOVERNMENT_OWNER_ID}; only while a day is open. Returns the book's result; the order's
     * id is {@link #lastGovernmentOrderId()}.
     */
    public Result submitGovernmentOrder(Side side, OrderType type, long priceTicks, long quantityTonnes) {
        requireOpen();
        return gateway.place(GOVERNMENT_OWNER_ID, side, type, priceTicks, quantityTonnes);
    }

    /**
     * Sets what is told the round number before each round of continuous trading (by default
     * nothing): the moment for orders from outside the engine ({@link #submitExternalOrder}).
     */
    public void onRoundStart(IntConsumer listener) {
        this.roundStart = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Places an order for trader {@code ownerId} from outside its strategy (a person playing it); only
     * while a day is open. Returns the book's result; the order's id is {@link #lastGovernmentOrderId()}.
     */
    public Result submitExternalOrder(int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
        requireOpen();
        if (ownerId < 0 || ownerId >= positions.size()) {
            throw new IllegalArgumentException("no trader " + ownerId);
        }
        return gateway.place(ownerId, side, type, priceTicks, Math.min(quantityTonnes, listingLimitTonnes));
    }

    /** Visits the orders resting on {@code side}, best price first. */
    public void forEachRestingOrder(Side side, RestingOrderVisitor visitor) {
        book.forEachRestingOrder(side, visitor);
    }

    /** The best bid, ticks, or {@link OrderBook#NO_PRICE}. */
    public long bestBidTicks() {
        return book.bestBidTicks();
    }

    /** The best offer, ticks, or {@link OrderBook#NO_PRICE}. */
    public long bestAskTicks() {
        return book.bestAskTicks();
    }

    /**
     * The id the next order placed will have: what a caller records before placing a government order
     * whose fills it must tell apart, as the order may trade as it is placed.
     */
    public long nextOrderId() {
        return nextOrderId;
    }

    /** The id of the latest government or external order. */
    public long lastGovernmentOrderId() {
        return gateway.lastOrderId;
    }

    /** Cancels a resting government or external order. */
    public Result cancelGovernmentOrder(long orderId) {
        return book.cancel(orderId);
    }

    /** The tonnes still resting on order {@code orderId}. */
    public long remainingTonnes(long orderId) {
        return book.quantityOf(orderId);
    }

    private void requireOpen() {
        if (!dayOpen) {
            throw new IllegalStateException("no trading day is open; call beginDay first");
        }
    }

    /**
     * A call phase: every trader not resting today acts once, in an order shuffled by the session's
     * generator; each then draws its next turn counting from {@code lastRound}, the round before the
     * turns it would have next.
     */
    private void actAll(long lastRound) {
        int n = positions.size();
        shuffle(order, n);
        for (int i = 0; i < n; i++) {
            int owner = order[i];
            if (restDay[owner] > day) {
                continue;
            }
            gateway.actingOwner = owner;
            scheduleNextTurn(owner, lastRound, act(owner));
        }
        gateway.actingOwner = GOVERNMENT_OWNER_ID;
    }

    /** A round of continuous trading: the traders whose turn falls in it act, in a shuffled order. */
    private void actScheduled(long round) {
        turns = schedule.take(round, turns, turnCount);
        lastTakenRound = round;
        int n = turnCount[0];
        int[] due = turns;
        shuffle(due, n);
        for (int i = 0; i < n; i++) {
            int owner = due[i];
            gateway.actingOwner = owner;
            scheduleNextTurn(owner, round, act(owner));
        }
        gateway.actingOwner = GOVERNMENT_OWNER_ID;
    }

    /** Shuffles the first {@code n} entries of {@code traders} with the session's generator (Fisher–Yates). */
    private void shuffle(int[] traders, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = traders[i];
            traders[i] = traders[j];
            traders[j] = swap;
        }
    }

    /**
     * Gives the trader that has just acted its next turn: from the first round of {@code rest}, the day
     * it said it rests until, when that is after today; else, after {@code round}, where its clock next
     * rings, and no later than the first round of the next compliance deadline day (this year's until
     * it has passed, then next year's).
     */
    private void scheduleNextTurn(int owner, long round, int rest) {
        if (rest > day) {
            restDay[owner] = rest;
            schedule.schedule(owner, (long) rest * roundsPerDay);
            return;
        }
        long next = round + roundsUntilRing(clockWait(owner));
        long nextOpening = (long) (day + 1) * roundsPerDay;
        if (next > nextOpening && entersEachDay[owner]) {
            // a desk enters its day order again at the next opening, whatever its clock
            next = nextOpening;
        }
        // every clock rings at the opening of the deadline day: no trader sleeps through it, nor,
        // acting on the deadline day, through next year's
        long deadline = deadlineRound;
        if (round >= deadline) {
            deadline += (long) tradingDays * roundsPerDay;
        }
        schedule.schedule(owner, Math.min(next, deadline));
    }

    /**
     * The wait of {@code owner}'s clock, a chance in a round of {@code turnsPerDay / roundsPerDay}: asked
     * of its strategy once a {@link #clockStretch} when its clock changes only on deadline days, else
     * after every turn.
     */
    private GeometricWait clockWait(int owner) {
        if (clockStretchOf[owner] == clockStretch) {
            return clockWaits[owner];
        }
        GeometricWait wait = waitAt(owner, turnsPerDay(acting[owner]));
        if (clockChangesOnlyOnDeadlineDays[owner]) {
            clockStretchOf[owner] = clockStretch;
        }
        return wait;
    }

    /** The wait of a chance {@code turnsPerDay / roundsPerDay} in a round, made once a rate. */
    private GeometricWait waitAt(int owner, double turnsPerDay) {
        long bits = Double.doubleToRawLongBits(turnsPerDay);
        if (bits != clockRateBits[owner] || clockWaits[owner] == null) {
            clockRateBits[owner] = bits;
            clockWaits[owner] = GeometricWait.of(turnsPerDay / roundsPerDay);
        }
        return clockWaits[owner];
    }

    /**
     * Rounds until a clock that rings in each round with the chance of {@code wait} next rings: 1
     * when it rings every round, else geometric from one uniform draw of the session's generator; a
     * clock that never rings waits for ever.
     */
    private long roundsUntilRing(GeometricWait wait) {
        return Math.min(NEVER_ROUNDS, 1 + wait.failures(random, NEVER_ROUNDS));
    }

    /** {@code strategy.turnsPerDay(view)}, called through the busiest strategies' own classes as in {@link #act}. */
    private double turnsPerDay(TradingStrategy strategy) {
        if (strategy instanceof ComplianceTrader) {
            return ((ComplianceTrader) strategy).turnsPerDay(view);
        } else if (strategy instanceof ZeroIntelligenceFirm) {
            return ((ZeroIntelligenceFirm) strategy).turnsPerDay(view);
        }
        return strategy.turnsPerDay(view);
    }

    /**
     * Trader {@code owner}'s turn; returns the first day it then needs another ({@link
     * TradingStrategy#restUntilDay}), asked at once so that its class is looked at once a turn. The
     * busiest strategies are called through their own classes: a call through the interface over six
     * implementations costs more than an idle trader's whole turn. A desk is found through {@link
     * #deskOf}, without reading its class.
     */
    private int act(int owner) {
        Position position = accounts[owner];
        ComplianceTrader desk = deskOf[owner];
        if (desk != null) {
            desk.act(view, position, positionChanges.of(owner), gateway, random);
            if (blockTradesOn && blockReachDay[owner] != day) {
                noteBlockReach(owner, desk, position);
            }
            return desk.restUntilDay(view);
        }
        TradingStrategy strategy = acting[owner];
        if (strategy instanceof ZeroIntelligenceFirm) {
            ZeroIntelligenceFirm firm = (ZeroIntelligenceFirm) strategy;
            firm.act(view, position, gateway, random);
            return firm.restUntilDay(view);
        } else if (strategy instanceof ZeroIntelligenceTrader) {
            ZeroIntelligenceTrader trader = (ZeroIntelligenceTrader) strategy;
            trader.act(view, position, gateway, random);
            return trader.restUntilDay(view);
        } else if (strategy instanceof NoiseTrader) {
            NoiseTrader noise = (NoiseTrader) strategy;
            noise.act(view, position, gateway, random);
            return noise.restUntilDay(view);
        } else if (strategy instanceof InactiveFirm) {
            InactiveFirm firm = (InactiveFirm) strategy;
            firm.act(view, position, gateway, random);
            return firm.restUntilDay(view);
        }
        strategy.act(view, position, gateway, random);
        return strategy.restUntilDay(view);
    }

    /**
     * Records the most {@code desk}'s day's share could come to in a block today, once it has planned the day: read at
     * its turn, while it is in the cache, so that the block session need not visit every desk.
     */
    private void noteBlockReach(int owner, ComplianceTrader desk, Position position) {
        if (desk.plannedOn(day)) {
            blockReachTonnes[owner] = desk.blockTonnesBound(view, position);
            blockReachDay[owner] = day;
        }
    }

    /** {@link #position}, read from the round loop's array: the book has already checked the owner. */
    private Position account(int ownerId) {
        return ownerId == GOVERNMENT_OWNER_ID ? government : accounts[ownerId];
    }

    private final class Settlement implements MarketListener {
        @Override
        public void onTrade(
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {
            long notionalFen = Math.multiplyExact(Math.multiplyExact(priceTicks, quantityTonnes), rules.tickFen());
            long feeFen = inForce.feeFen(notionalFen);
            account(buyOwnerId).settleBuy(quantityTonnes, notionalFen, feeFen);
            account(sellOwnerId).settleSell(quantityTonnes, notionalFen, feeFen);
            exchangeFeesFen = Math.addExact(exchangeFeesFen, Math.multiplyExact(feeFen, 2L));
            tradeListener.onTrade(day, buyOrderId, sellOrderId, buyOwnerId, sellOwnerId, priceTicks, quantityTonnes);
        }
    }

    private final class Gateway implements OrderGateway {
        private int actingOwner = GOVERNMENT_OWNER_ID;
        private long lastOrderId = -1;

        @Override
        public Result submit(int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
            if (ownerId != actingOwner) {
                throw new IllegalStateException("trader " + actingOwner + " submitted an order for owner " + ownerId);
            }
            return place(ownerId, side, type, priceTicks, Math.min(quantityTonnes, listingLimitTonnes));
        }

        Result place(int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
            lastOrderId = nextOrderId++;
            return book.submit(lastOrderId, ownerId, side, type, priceTicks, quantityTonnes);
        }

        @Override
        public long lastOrderId() {
            return lastOrderId;
        }

        @Override
        public Result cancel(long orderId) {
            return book.cancel(orderId);
        }

        @Override
        public Result amend(long orderId, long newPriceTicks, long newQuantityTonnes) {
            return book.amend(orderId, newPriceTicks, Math.min(newQuantityTonnes, listingLimitTonnes));
        }

        /** 0 without asking the book for an order placed before today's opening ({@link #firstOrderIdToday}). */
        @Override
        public long remainingTonnes(long orderId) {
            return orderId < firstOrderIdToday ? 0 : book.quantityOf(orderId);
        }

        /** Nothing, without asking the book, for an order placed before today's opening. */
        @Override
        public void cancelIfLive(long orderId) {
            if (orderId >= firstOrderIdToday) {
                book.cancelIfLive(orderId);
            }
        }
    }

    private final class View implements MarketView {
        private int round;

        @Override
        public int day() {
            return day;
        }

        @Override
        public int dayOfYear() {
            return dayOfYear;
        }

        /** {@link MarketView#daysToDeadline}'s answer, worked out once a day. */
        @Override
        public int daysToDeadline() {
            return daysToDeadline;
        }

        @Override
        public double auctionCoverShare() {
            return auctionCoverShare;
        }

        @Override
        public int tradingDays() {
            return tradingDays;
        }

        @Override
        public int deadlineDayOfYear() {
            return deadlineDay;
        }

        @Override
        public int round() {
            return round;
        }

        @Override
        public int roundsPerDay() {
            return roundsPerDay;
        }

        @Override
        public boolean inCallPhase() {
            return book.inCallPhase();
        }

        @Override
        public long tickSizeFen() {
            return rules.tickFen();
        }

        @Override
        public int feeBasisPoints() {
            return inForce.feeBasisPoints();
        }

        @Override
        public long referencePriceTicks() {
            return book.dayStats().referencePriceTicks();
        }

        @Override
        public long lastPriceTicks() {
            return book.dayStats().lastPriceTicks();
        }

        @Override
        public long lastTradablePriceTicks() {
            DayStats stats = book.dayStats();
            return stats.tradeCount() > 0 ? stats.lastPriceTicks() : lastTradableTicks;
        }

        @Override
        public long bestBidTicks() {
            return book.bestBidTicks();
        }

        @Override
        public long bestAskTicks() {
            return book.bestAskTicks();
        }

        @Override
        public long bestBidTicksWithout(long priceTicks, long tonnes) {
            return book.bestBidTicksWithout(priceTicks, tonnes);
        }

        @Override
        public long bestAskTicksWithout(long priceTicks, long tonnes) {
            return book.bestAskTicksWithout(priceTicks, tonnes);
        }

        @Override
        public long lowerLimitTicks() {
            return Math.max(book.lowerLimitTicks(), book.minPriceTicks());
        }

        @Override
        public long upperLimitTicks() {
            return Math.min(book.upperLimitTicks(), book.maxPriceTicks());
        }

        @Override
        public int closeCount() {
            return closeCount;
        }

        @Override
        public long closeTicks(int daysAgo) {
            if (daysAgo < 0 || daysAgo >= closeCount) {
                throw new IllegalArgumentException("daysAgo must be in [0, " + closeCount + "), got " + daysAgo);
            }
            return closes[closeCount - 1 - daysAgo];
        }

        @Override
        public long volumeTonnes(int daysAgo) {
            if (daysAgo < 0 || daysAgo >= closeCount) {
                throw new IllegalArgumentException("daysAgo must be in [0, " + closeCount + "), got " + daysAgo);
            }
            return volumes[closeCount - 1 - daysAgo];
        }
    }
}
