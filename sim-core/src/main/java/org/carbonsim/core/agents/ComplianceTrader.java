package org.carbonsim.core.agents;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;

/**
 * A covered enterprise trading toward its compliance position. Its expected price is the last price,
 * moved to the best bid when that is higher or the best ask when that is lower. Its target shortfall
 * is where its marginal abatement cost meets that price (at most its abatement capacity beyond its
 * need, and below zero only by the planned abatement it could still forgo: it does not buy to
 * speculate); the gap between its shortfall and the target is what it buys (positive) or sells
 * (negative).
 *
 * <p>Each day it works {@code gap × min(1, dailyGapShare × urgency(t))} of that gap, the whole gap on
 * the deadline day. Once it has traded that quantity it rests until the next day; a trader that had
 * nothing to trade at its first look of the day keeps looking, and works the same share of the gap a
 * later quote opens, since a bid or ask that comes after its first look would otherwise meet no one
 * who could take it (the day order is gone by the next opening). A desk reviewing less than once a
 * day ({@link DeskReviews}) looks only on its market days, and on each works the shares of the days
 * since its last, compounded; it looks every day in the rush, from the first day its share is the
 * whole gap to the deadline. Urgency follows a schedule of weights {@code w(t) ∝ exp(k t / T)} over
 * the {@code T} trading days from the year's first to the deadline day ({@link
 * MarketView#deadlineDayOfYear()}, the year's last unless the scenario sets an earlier one), with
 * {@code k = procrastination / (1 - procrastination)}: {@code
 * urgency(t) = T w(t) / Σ_{t ≤ u < T} w(u)}, so with {@code dailyGapShare = 1/T} the gap is spread
 * over those days by exactly those weights (evenly when procrastination is 0, bunched into the final
 * weeks as it nears 1), and larger shares trade earlier. After the deadline the year is settled and
 * its gap is 0.
 * The gap it works is what lies beyond {@code uncertaintyBuffer} standard deviations of its need's
 * error ({@link Position#needUncertaintyTonnes}): before verification a firm trades only the part of
 * its position it is sure of. With {@code targetsNetOfFee} it sets the target it buys toward at the price
 * plus the exchange fee and the one it sells toward at the price less the fee, and trades nothing
 * between them. Buyers bid {@code min(MAC, expected × (1 + c))} and sellers ask {@code max(MAC, expected × (1 - c))},
 * inside the band, where the concession {@code c} starts at {@code priceAggression} and adapts to how
 * well the trader filled the day before; a trader that concedes at all concedes at least one tick. One limit order at a time, reviewed at each turn: an order
 * the review would place again unchanged stays resting with its time priority, any other is cancelled
 * and replaced. The expected price is read from the others' quotes, never its own.
 *
 * <p>With {@link DeadlineQuotes#TAKE} ({@code deadlineQuotes}, the default; {@link DeadlineQuotes#HAGGLE}
 * quotes as on any other day) it does not haggle on the deadline day, when there is no tomorrow: a firm still short will after it abate at
 * its marginal cost or pay the penalty, and a firm still long keeps what a banked tonne is worth to it
 * (nothing when it cannot bank). So that day a buyer whose usual bid is below the others' best ask
 * lifts that ask when it is at most its marginal cost, and a seller whose usual ask is above the
 * others' best bid hits that bid when it is at least its reservation value, the marginal cost at its
 * shortfall (which the bank value floors, {@link MarginalCost}); each for only the tonnes still worth
 * trading at that price. It takes the quote; it does not post its reservation price (a desk lifts
 * offers at the deadline; a bid resting at its marginal cost would print the day's trades there).
 * Otherwise it quotes as on any other day.
 *
 * <p>It never sells
 * more than it may (its holdings less what is pledged or promised on forwards). Its cash is not
 * limited (an enterprise's treasury lies outside the market) unless its position says so: a
 * cash-constrained firm bids for what its cash pays, fee included.
 * Not thread-safe.
 */
public final class ComplianceTrader implements TradingStrategy {
    private static final long BASIS_POINTS = 10_000;
    /** The slots of its {@linkplain #rememberedTarget cost memo}. */
    private static final int MEMO_SLOTS = 16;
    /** Far above any shortfall: the memo's search stops where the cost passes the price long before it. */
    private static final long UNBOUNDED = Long.MAX_VALUE / 4;
    /*
     * The fields are declared in the order the JVM lays them out in (the 8-byte fields first, then
     * the ints, the booleans and the references, each in the order declared; one int fills the gap
     * after the object's header). A turn that keeps its order reads a dozen of them, and at a national
     * market's size that first read of a desk in a round misses the cache, so they stand together,
     * the 8-byte ones last and the ints, booleans and {@link #orderSide} right after them: about 80
     * bytes, two cache lines where they were spread over three or four. What only a review or the
     * deadline day reads comes before them or after.
     */
    /** The day {@link #auctionFillTonnes} was worked out for, and what it came to. */
    private int fillDay = -1;

    private long fillTonnes;
    /** The share of its gap it works on {@link #plannedDay}, kept for a plan of nothing made again. */
    private double dayShare;

    private double concession;
    /**
     * On the deadline day with {@link DeadlineQuotes#TAKE}, the others' best bid and ask at its last
     * review ({@link MarketView#NO_PRICE} otherwise).
     */
    private long seenOthersBidTicks;

    private long seenOthersAskTicks;
    /**
     * Its cost memo ({@link #rememberedTarget}): the cost it was filled for ({@link #memoCost}), that
     * cost's abatement capacity, read once (the cost is immutable), the lowest shortfall and the cost
     * there, and the last shortfall costed and its cost. They are the desk's own fields, not a memo
     * object's, so that a review does not wait for one more object from memory before its table.
     */
    private long memoCapacityTonnes;

    private long memoLo;
    private long memoCostAtLoFen;
    private long memoLastShortfall;
    private long memoCostAtLastShortfallFen;
    /** Its resting order, if it still rests: its id, side and limit price. */
    private long orderId = -1;

    private long orderPriceTicks;
    /** The price it expected (and priced from) at its last review. */
    private long seenExpectedTicks;
    /** Its tonnes bought and sold when it planned {@link #plannedDay}, and its quantity for that day. */
    private long dayStartTraded;

    private long dayQuantityTonnes;
    /**
     * What its resting order still has, 0 when none rests: read from the book at a turn when its
     * position has changed or a day has begun since its last turn, and otherwise as that turn left
     * it, since within a day only a fill (which changes the position) takes tonnes from an order. Once
     * 0 it stays 0 until it places an order, as a gone order does not come back; after placing one it
     * is read from the book's answer where that tells it ({@link OwnOrder#restingAfter}).
     */
    private long restingTonnes;
    /** Its position's change count at its last review. */
    private long seenChanges = -1;

    private int plannedDay = -1;
    /** The day of its next turn once it has traded its day's quantity. */
    private int restDay;
    /**
     * Below one review a day: its next market day, drawn at its first turn of the day ({@link
     * DeskReviews#nextMarketDay}); it rests until then.
     */
    private int nextMarketDay = -1;
    /**
     * What its turns ask of {@link #params} at every turn, read once: a turn that keeps its order then
     * need not fetch the parameters from memory, thousands of traders apart.
     */
    private final int repriceToleranceBasisPoints;

    /** Below one review a day: the day it last had a turn on. */
    private int lookedDay = -1;
    /** The first day of the rush ({@link #daysToNextRush}) in {@link #rushSchedule}. */
    private int rushDay;

    private final boolean skipsDays;
    private final boolean takesDeadlineQuotes;
    /**
     * Whether its day's quantity was traded when it last saw its position ({@link #seenChanges}) on
     * {@link #plannedDay}: the answer again while the position has not changed since.
     */
    private boolean seenDayDone;

    private Side orderSide;
    private final ComplianceTraderParams params;
    /** The wait between its market days, a coin of {@code reviewsPerDay} a day ({@link DeskReviews#nextMarketDay}). */
    private final GeometricWait reviews;
    /** Its desk's clock rate, remembered between turns. */
    private final DeskClock clock;

    private MarginalCost memoCost;
    /**
     * The memo's table, per slot the price remembered and its answer side by side ({@code 2 × slot}
     * and {@code 2 × slot + 1}), so that a look-up reads one cache line, not one in each of two arrays.
     */
    private final long[] memoPricesAndTargets = new long[2 * MEMO_SLOTS];

    private UrgencySchedule rushSchedule;
    private UrgencySchedule schedule;

    /** A trader that computes its own urgency schedule for the days to the deadline it first paces to. */
    public ComplianceTrader(ComplianceTraderParams params) {
        this.params = Objects.requireNonNull(params, "params");
        this.clock = new DeskClock(params.reviewsPerDay());
        this.reviews = GeometricWait.of(params.reviewsPerDay());
        this.skipsDays = DeskReviews.skipsDays(params.reviewsPerDay());
        this.takesDeadlineQuotes = params.deadlineQuotes() == DeadlineQuotes.TAKE;
        this.repriceToleranceBasisPoints = params.repriceToleranceBasisPoints();
        this.concession = params.priceAggression();
    }

    /** A trader reading a schedule shared with the traders of the same parameters. */
    public ComplianceTrader(ComplianceTraderParams params, UrgencySchedule schedule) {
        this(params);
        if (schedule.procrastination() != params.procrastination()) {
            throw new IllegalArgumentException("schedule for procrastination " + schedule.procrastination()
                    + " given to a trader with " + params.procrastination());
        }
        this.schedule = schedule;
    }

    /**
     * The urgency multiplier on day {@code dayOfYear} when the {@code daysToPace} trading days from the
     * year's first to the deadline day (inclusive) are paced: {@code T w(t) / Σ_{t ≤ u < T} w(u)} with
     * {@code T = daysToPace}, {@code w(t) = exp(k t / T)} and {@code k = procrastination / (1 -
     * procrastination)}. It is {@code T / (T - t)} when procrastination is 0 and {@code T} on the
     * deadline day.
     */
    public static double urgency(int dayOfYear, int daysToPace, double procrastination) {
        if (daysToPace < 1 || dayOfYear < 0 || dayOfYear >= daysToPace) {
            throw new IllegalArgumentException(
                    "need 0 <= dayOfYear < daysToPace, got day " + dayOfYear + " of " + daysToPace);
        }
        int remaining = daysToPace - dayOfYear;
        double k = procrastination / (1 - procrastination);
        if (k == 0) {
            return (double) daysToPace / remaining;
        }
        double logRatio = k / daysToPace;
        // Σ_{j=0}^{remaining-1} r^j = (r^remaining - 1) / (r - 1) with r = e^(k/T); expm1 keeps small k exact.
        return daysToPace * Math.expm1(logRatio) / Math.expm1(logRatio * remaining);
    }

    /**
     * Its next market day below one review a day; else tomorrow once it has traded its day's quantity,
     * and otherwise its clock decides.
     */
    @Override
    public int restUntilDay(MarketView market) {
        return Math.max(market.day(), Math.max(restDay, nextMarketDay));
    }

    /** The desk's clock over the day's later rounds ({@link DeskReviews}); every round on the deadline day. */
    @Override
    public double turnsPerDay(MarketView market) {
        return clock.turnsPerDay(market);
    }

    /** Yes: its order is a day order, entered again at each opening. */
    @Override
    public boolean entersEachDay() {
        return true;
    }

    /** Yes: its desk's clock has one rate on a deadline day and another on every other day. */
    @Override
    public boolean clockChangesOnlyOnDeadlineDays() {
        return true;
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        act(market, position, position.changeCount(), orders, random);
    }

    /**
     * {@link #act(MarketView, Position, OrderGateway, SplittableRandom)} told {@code position}'s change
     * count ({@link Position#changeCount}), as a session that keeps its traders' counts side by side
     * ({@link PositionChanges}) reads it: a turn that finds the count and the day of its last and the
     * price within its tolerance keeps its order without reading the position.
     */
    public void act(
            MarketView market, Position position, long positionChanges, OrderGateway orders, SplittableRandom random) {
        if (skipsDays && market.day() != lookedDay) {
            lookedDay = market.day();
            nextMarketDay = DeskReviews.nextMarketDay(reviews, market, daysToNextRush(market), random);
        }
        boolean unchanged = market.day() == plannedDay && positionChanges == seenChanges;
        if (!unchanged && restingTonnes > 0) {
            // a fill or the close may have taken tonnes from its order; an order with none left
            // resting does not come back, so there is nothing to look up then
            restingTonnes = orders.remainingTonnes(orderId);
        }
        // with the position as it was, the day's quantity is traded as it was then: what its
        // last turn found, as only a review plans the day
        if (market.day() == plannedDay
                && (unchanged ? seenDayDone : dayQuantityTonnes > 0 && dayQuantityTraded(traded(position)))) {
            // the day's quantity is traded, whatever the gap and the price now are: it rests until
            // tomorrow, when it reviews afresh, so the price it would have expected is not needed
            withdraw(orders);
            restDay = market.day() + 1;
            seenChanges = position.changeCount();
            seenDayDone = true;
            return;
        }
        long expectedTicks = restingTonnes == 0
                ? expectedPriceTicks(market)
                : expectedPriceTicks(market, orderSide, orderPriceTicks, restingTonnes);
        boolean takesQuotes = takesDeadlineQuotes && market.daysToDeadline() == 0;
        long othersBidTicks = takesQuotes ? othersBestBidTicks(market) : MarketView.NO_PRICE;
        long othersAskTicks = takesQuotes ? othersBestAskTicks(market) : MarketView.NO_PRICE;
        if (unchanged
                && withinTolerance(expectedTicks)
                && (!takesQuotes || (othersBidTicks == seenOthersBidTicks && othersAskTicks == seenOthersAskTicks))) {
            // the same day, the same position, the price within its tolerance and (on the deadline day)
            // the same quotes to take: it keeps its order (or none). Off the deadline day its review
            // today saw no quotes to take either, so the quotes it saw are not read
            return;
        }
        review(market, position, orders, expectedTicks, othersBidTicks, othersAskTicks);
        seenChanges = position.changeCount();
        seenDayDone = dayQuantityTonnes > 0 && dayQuantityTraded(traded(position));
        seenExpectedTicks = expectedTicks;
        seenOthersBidTicks = othersBidTicks;
        seenOthersAskTicks = othersAskTicks;
    }

    /**
     * Whether {@code expectedTicks} is within {@code repriceToleranceBasisPoints} of the price its last
     * review priced from: {@code |expected − seen| × 10,000 ≤ tolerance × seen}, exact in integers (at
     * 0, the same price).
     */
    private boolean withinTolerance(long expectedTicks) {
        long moveTicks = Math.abs(expectedTicks - seenExpectedTicks);
        return moveTicks * BASIS_POINTS <= (long) repriceToleranceBasisPoints * seenExpectedTicks;
    }

    /**
     * Works out its order at {@code expectedTicks}: on a new day, or before its day's quantity is traded.
     * On the deadline day, with {@link DeadlineQuotes#TAKE} ({@code othersBidTicks} and {@code
     * othersAskTicks} are the others' best quotes then, {@link MarketView#NO_PRICE} otherwise), it does
     * not haggle: a buyer takes the best ask
     * when that is above its usual bid and at most its marginal cost, for the tonnes still worth buying
     * at that price; a seller takes the best bid when that is below its usual ask and at least its
     * reservation value (its marginal cost, which a banked tonne's value already floors), for the
     * tonnes still worth selling at that price.
     */
    private void review(
            MarketView market,
            Position position,
            OrderGateway orders,
            long expectedTicks,
            long othersBidTicks,
            long othersAskTicks) {
        long traded = traded(position);
        boolean newDay = market.day() != plannedDay;
        long tick = market.tickSizeFen();
        long shortfall = position.shortfallTonnes();
        long gap = gapAt(position, shortfall, expectedTicks * tick, market);
        if (newDay) {
            adaptConcession(traded);
            double share = market.daysToDeadline() == 0 ? 1 : shareSinceLastPlan(market);
            plannedDay = market.day();
            dayStartTraded = traded;
            dayShare = share;
            dayQuantityTonnes = (long) Math.ceil(Math.abs(gap) * share);
        } else if (dayQuantityTonnes == 0) {
            dayQuantityTonnes = (long) Math.ceil(Math.abs(gap) * dayShare);
        }
        long tradedToday = traded - dayStartTraded;
        long quantity = Math.min(Math.abs(gap), dayQuantityTonnes - tradedToday);
        if (gap == 0 || quantity <= 0) {
            withdraw(orders);
            return;
        }
        // its value of a tonne at the position the auctions still to come would leave it in
        long macFen = rememberedCostFen(position.marginalCost(), shortfall - auctionFillTonnes(position, market));
        if (gap > 0) {
            long bid = Math.min(macFen / tick, concededBidTicks(expectedTicks, concession));
            if (othersAskTicks != MarketView.NO_PRICE && othersAskTicks > bid && othersAskTicks <= macFen / tick) {
                bid = othersAskTicks;
                quantity = Math.min(quantity, gapAt(position, shortfall, othersAskTicks * tick, market));
            }
            bid = Math.min(bid, market.upperLimitTicks());
            if (bid < market.lowerLimitTicks() || quantity <= 0) {
                withdraw(orders);
                return;
            }
            if (position.cashLimited()) {
                quantity = Math.min(
                        quantity, TradeMath.affordableTonnes(position.cashFen(), bid, tick, market.feeBasisPoints()));
                if (quantity <= 0) {
                    withdraw(orders);
                    return;
                }
            }
            quote(orders, position, Side.BUY, bid, quantity);
        } else {
            quantity = Math.min(quantity, position.sellableTonnes());
            long ask = Math.max(ceilDiv(macFen, tick), concededAskTicks(expectedTicks, concession));
            long reservationTicks = Math.max(ceilDiv(macFen, tick), market.lowerLimitTicks());
            if (othersBidTicks != MarketView.NO_PRICE && othersBidTicks < ask && othersBidTicks >= reservationTicks) {
                ask = othersBidTicks;
                quantity = Math.min(quantity, -gapAt(position, shortfall, othersBidTicks * tick, market));
            }
            ask = Math.max(ask, market.lowerLimitTicks());
            if (ask > market.upperLimitTicks() || quantity <= 0) {
                withdraw(orders);
                return;
            }
            quote(orders, position, Side.SELL, ask, quantity);
        }
    }

    /** Whether it has planned day {@code day}: its first turn that day set its share of the gap. */
    public boolean plannedOn(int day) {
        return plannedDay == day;
    }

    /**
     * The most its day's share could come to in a block agreement today at any price, t ({@link
     * #blockDayShareAt} bounded): 0 unless it planned today; else its day's share of the widest gap it
     * could have ({@link #widestGapTonnes}) less what it has traded today. A cheap bound, read
     * before {@link #joinsBlockSession}, so that a desk whose day's share cannot reach a block's minimum
     * is not asked at every price. What it trades later in the day moves its gap at any price by no more
     * than it adds to what it has traded today, so a bound read at its planning turn stays one for the
     * day.
     */
    public long blockTonnesBound(MarketView market, Position position) {
        if (market.day() != plannedDay) {
            return 0;
        }
        long widest = widestGapTonnes(position.marginalCost(), position.shortfallTonnes());
        return Math.max(0, (long) Math.ceil(widest * dayShare) - (traded(position) - dayStartTraded));
    }

    /**
     * Whether it joins today's block session, whose band is {@code [lowTicks, highTicks]}: it planned
     * today and its day's share ({@link #blockDayShareAt}) reaches {@code minTonnes} at some price in
     * the band, as a buyer at the band's bottom (where it buys the most) or as a seller at its top
     * (where it sells the most). Its urgency schedule so decides when it deals in blocks; what it deals
     * once it has joined is its whole gap ({@link #blockTonnesAt}).
     */
    public boolean joinsBlockSession(
            MarketView market, Position position, long lowTicks, long highTicks, long minTonnes) {
        return blockDayShareAt(market, position, lowTicks) >= minTonnes
                || -blockDayShareAt(market, position, highTicks) >= minTonnes;
    }

    /**
     * Its day's share at {@code priceTicks}, t, positive to buy and negative to sell: what it would
     * work on the exchange today were the price that, {@code ceil(|gap(p)| × share)} (the whole gap on
     * the deadline day) less what it has already traded today, no more than the gap, and within what it
     * may sell or, cash-limited, pay for; 0 unless it planned today.
     */
    long blockDayShareAt(MarketView market, Position position, long priceTicks) {
        if (market.day() != plannedDay) {
            return 0;
        }
        long gap = blockGapAt(market, position, priceTicks);
        long left = (long) Math.ceil(Math.abs(gap) * dayShare) - (traded(position) - dayStartTraded);
        return blockCapped(market, position, priceTicks, gap, Math.min(Math.abs(gap), left));
    }

    /**
     * What it would trade in a block agreement today at {@code priceTicks}, t, positive to buy and
     * negative to sell, once it has joined the day's block session ({@link #joinsBlockSession}): its
     * whole gap at that price, beyond its buffer as on the exchange, not the day's share of it; a seller
     * no more than it may sell, a cash-limited buyer no more than its cash pays, fee included; 0 unless
     * it planned today. The gap is read from its position as it now stands, so what it has traded today
     * is already out of it. Its gap at a price is where its marginal cost meets that price, so it buys
     * less and sells more the higher the price.
     */
    public long blockTonnesAt(MarketView market, Position position, long priceTicks) {
        if (market.day() != plannedDay) {
            return 0;
        }
        long gap = blockGapAt(market, position, priceTicks);
        return blockCapped(market, position, priceTicks, gap, Math.abs(gap));
    }

    /** Its gap at {@code priceTicks}, t, from its position as it now stands. */
    private long blockGapAt(MarketView market, Position position, long priceTicks) {
        long priceFen = Math.multiplyExact(priceTicks, market.tickSizeFen());
        return gapAt(position, position.shortfallTonnes(), priceFen, market);
    }

    /**
     * {@code quantity} tonnes on the side of {@code gap}, signed, no more than it may sell or, a
     * cash-limited buyer, than its cash pays at {@code priceTicks}, fee included; 0 for none.
     */
    private static long blockCapped(MarketView market, Position position, long priceTicks, long gap, long quantity) {
        if (quantity <= 0) {
            return 0;
        }
        if (gap < 0) {
            return -Math.min(quantity, position.sellableTonnes());
        }
        if (position.cashLimited()) {
            return Math.min(
                    quantity,
                    TradeMath.affordableTonnes(
                            position.cashFen(), priceTicks, market.tickSizeFen(), market.feeBasisPoints()));
        }
        return quantity;
    }

    /**
     * The highest bid a concession of {@code concession} allows: {@code expected × (1 + concession)}
     * rounded down to a tick, and while it concedes at all at least one tick over the expected price,
     * the least a bid can improve on it. Without that tick a concession below one tick (2% of a price
     * under 50 ticks) would leave the bid on the expected price, and a market whose price has collapsed
     * could not climb again.
     */
    static long concededBidTicks(long expectedTicks, double concession) {
        long capTicks = (long) Math.floor(expectedTicks * (1 + concession));
        return concession > 0 ? Math.max(capTicks, expectedTicks + 1) : capTicks;
    }

    /**
     * The lowest ask a concession of {@code concession} allows: {@code expected × (1 − concession)}
     * rounded up to a tick, and while it concedes at all at least one tick under the expected price
     * (never under one tick), as {@link #concededBidTicks} for a seller.
     */
    static long concededAskTicks(long expectedTicks, double concession) {
        long floorTicks = (long) Math.ceil(expectedTicks * (1 - concession));
        return concession > 0 ? Math.max(1, Math.min(floorTicks, expectedTicks - 1)) : floorTicks;
    }

    /**
     * The gap beyond the buffer were the price {@code priceFen}: what it would buy (positive) or sell
     * (negative) there. With {@code targetsNetOfFee} it buys toward its target at what a bought tonne
     * costs, the price plus the fee, and sells toward its target at what a sold tonne brings, the price
     * less the fee: between the two targets it trades nothing, since a tonne bought there would be worth
     * less to it than it paid and a tonne sold more than it got.
     */
    private long gapAt(Position position, long shortfall, long priceFen, MarketView market) {
        MarginalCost cost = position.marginalCost();
        long beforeBuffer;
        if (params.targetsNetOfFee() && market.feeBasisPoints() > 0) {
            long fee = market.feeBasisPoints();
            long buyingFen = ceilDiv(Math.multiplyExact(priceFen, BASIS_POINTS + fee), BASIS_POINTS);
            long sellingFen = Math.floorDiv(Math.multiplyExact(priceFen, BASIS_POINTS - fee), BASIS_POINTS);
            long toBuy = Math.subtractExact(shortfall, rememberedTarget(cost, shortfall, buyingFen));
            long toSell = Math.subtractExact(shortfall, rememberedTarget(cost, shortfall, sellingFen));
            beforeBuffer = toBuy > 0 ? toBuy : Math.min(0, toSell);
        } else {
            beforeBuffer = Math.subtractExact(shortfall, rememberedTarget(cost, shortfall, priceFen));
        }
        return beyondBuffer(beforeBuffer - auctionFillTonnes(position, market), position);
    }

    /**
     * What the auctions still to come before the deadline are expected to bring it, t: the share of the
     * covered enterprises' shortfalls they meet ({@link MarketView#auctionCoverShare}) of its own
     * shortfall beyond its buffer, rounded down, as that stood at its first review of the day, so that
     * what it buys or sells on the exchange during the day does not move it. It trades on the exchange
     * as if it already held them: it buys only what it lacks beyond them, and where the price is above
     * its marginal cost at the position they would leave it in, it sells, since it expects to buy back
     * at auction at the market's price.
     */
    private long auctionFillTonnes(Position position, MarketView market) {
        double share = market.auctionCoverShare();
        if (share <= 0) {
            return 0;
        }
        if (fillDay != market.day()) {
            fillDay = market.day();
            fillTonnes = auctionFill(auctionBidTonnes(position, params), share);
        }
        return fillTonnes;
    }

    /**
     * The part of a shortfall beyond the buffer of {@code shortfallBeyondBufferTonnes} that auctions
     * meeting {@code auctionCoverShare} of the shortfalls bring, rounded down.
     */
    static long auctionFill(long shortfallBeyondBufferTonnes, double auctionCoverShare) {
        return (long) Math.floor(shortfallBeyondBufferTonnes * auctionCoverShare);
    }

    /** The best bid but its own resting order. */
    private long othersBestBidTicks(MarketView market) {
        return restingTonnes > 0 && orderSide == Side.BUY
                ? market.bestBidTicksWithout(orderPriceTicks, restingTonnes)
                : market.bestBidTicks();
    }

    /** The best ask but its own resting order. */
    private long othersBestAskTicks(MarketView market) {
        return restingTonnes > 0 && orderSide == Side.SELL
                ? market.bestAskTicksWithout(orderPriceTicks, restingTonnes)
                : market.bestAskTicks();
    }

    /**
     * The share of its gap it works on the day it plans: the day's {@code min(1, dailyGapShare ×
     * urgency)}, and when its clock let days of the year go by since it last planned, their shares too,
     * compounded as if it had worked each on its day: {@code 1 - Π (1 - share(d))}.
     */
    private double shareSinceLastPlan(MarketView market) {
        UrgencySchedule urgency = schedule(market.deadlineDayOfYear() + 1);
        int today = market.dayOfYear();
        long sinceLastPlan = plannedDay < 0 ? Long.MAX_VALUE : (long) market.day() - plannedDay;
        int first = sinceLastPlan > today ? 0 : today - (int) sinceLastPlan + 1;
        if (first == today) {
            return Math.min(1, params.dailyGapShare() * urgency.at(today));
        }
        double untraded = 1;
        for (int d = first; d <= today; d++) {
            untraded *= 1 - Math.min(1, params.dailyGapShare() * urgency.at(d));
        }
        return 1 - untraded;
    }

    /**
     * Trading days from today to the first day of the next rush, when its schedule has it work its
     * whole gap every day ({@link UrgencySchedule#firstWholeGapDay}), at least 1: in the rush it looks
     * every day, since a day skipped there cannot be worked later (its share is already the whole gap).
     */
    private long daysToNextRush(MarketView market) {
        UrgencySchedule urgency = schedule(market.deadlineDayOfYear() + 1);
        if (urgency != rushSchedule) {
            rushSchedule = urgency;
            rushDay = urgency.firstWholeGapDay(params.dailyGapShare());
        }
        int today = market.dayOfYear();
        int rush = rushDay;
        if (today > market.deadlineDayOfYear()) {
            return (long) market.tradingDays() - today + rush;
        }
        return Math.max(1, rush - today);
    }

    /**
     * The part of {@code gap} beyond {@code uncertaintyBuffer} standard deviations of the need's
     * error: the whole gap once emissions are verified.
     */
    private long beyondBuffer(long gap, Position position) {
        long buffer = bufferTonnes(position, params);
        return gap > 0 ? Math.max(0, gap - buffer) : Math.min(0, gap + buffer);
    }

    /**
     * The highest price a covered enterprise bids in a primary auction, ticks ({@link #auctionBids}'
     * top step): what an allowance is worth to it given the market, {@code min(marginal cost, expected
     * × (1 + markup))}, the same cap its exchange bids have, so an auction does not clear at the
     * penalty level.
     *
     * @param marginalCostFen its marginal cost at its shortfall, fen per tonne
     * @param expectedTicks the price it expects on the exchange, ticks
     * @param markup how far past the expected price it bids, as a share of it
     */
    public static long auctionBidTicks(long marginalCostFen, long expectedTicks, long tickFen, double markup) {
        long capTicks = (long) Math.floor(expectedTicks * (1 + markup));
        return Math.max(0, Math.min(marginalCostFen / tickFen, capTicks));
    }

    /**
     * The part of a need it is unsure of and leaves untraded, t: {@code uncertaintyBuffer} standard
     * deviations of the need's error, rounded down.
     */
    private static long bufferTonnes(Position position, ComplianceTraderParams params) {
        return (long) Math.floor(params.uncertaintyBuffer() * position.needUncertaintyTonnes());
    }

    /**
     * A covered enterprise's bids in a primary auction, highest price first: together, its demand
     * curve. At a price p it wants every tonne worth at least p to it, walking down its marginal cost
     * from its shortfall, past zero into the abatement it could still forgo and the surplus it means to
     * bank ({@link MarginalCost#forgoableTonnes}), less its uncertainty buffer as on the exchange; each
     * bid is what one price level adds. The top level is {@link #auctionBidTicks} (no tonne is worth
     * more than the price it expects on the exchange, plus the markup); each level below lies {@value
     * #AUCTION_LEVEL_PERCENT}% under the one before (at least a tick), down to the reserve price, at
     * most {@value #AUCTION_LEVELS} levels. A single bid at one price, as desks made before, let an
     * auction clear only near the last close: one that offered more than the firms lacked at that price
     * sold the rest to nobody, though the firms would have bought it a little cheaper instead of
     * abating.
     *
     * <p>It bids as if it already held what the auctions after this one are expected to bring it
     * ({@link #auctionFill} of {@code laterAuctionShare}), as it trades on the exchange: its demand curve
     * starts from the position they would leave it in. A desk that bid its whole shortfall at each of a
     * year's auctions asked each for the tonnes the later ones were to bring, so every auction but the
     * last was oversubscribed at the top level and the price climbed by the markup at each, whatever
     * the firms' costs.
     *
     * @param expectedTicks the price it expects on the exchange, ticks
     * @param reserveTicks the auction's reserve price, ticks: no bid below it
     * @param laterAuctionShare the share of the covered enterprises' shortfalls the auctions after this
     *     one and up to the deadline are expected to meet ({@link MarketView#auctionCoverShare} as it
     *     stands before this auction), 0 when this is the last
     */
    public static List<AuctionBid> auctionBids(
            Position position,
            ComplianceTraderParams params,
            long expectedTicks,
            long tickFen,
            long reserveTicks,
            double laterAuctionShare) {
        AuctionBids bids = new AuctionBids();
        auctionBids(position, params, expectedTicks, tickFen, reserveTicks, laterAuctionShare, bids);
        return bids.toList();
    }

    /**
     * {@link #auctionBids(Position, ComplianceTraderParams, long, long, long, double)} written into
     * {@code into}, emptied first: one buffer serves many enterprises in turn without a record for each
     * bid.
     */
    public static void auctionBids(
            Position position,
            ComplianceTraderParams params,
            long expectedTicks,
            long tickFen,
            long reserveTicks,
            double laterAuctionShare,
            AuctionBids into) {
        AuctionDemandWalk walk = into.walk();
        startAuctionDemand(position, params, expectedTicks, tickFen, reserveTicks, laterAuctionShare, walk);
        into.read(walk);
    }

    /**
     * {@link #auctionBids(Position, ComplianceTraderParams, long, long, long, double, AuctionBids)}'s
     * demand curve started on {@code walk}, to be walked down level by level: what the government's
     * auction reads of each covered enterprise, all enterprises together from the top, until the bids
     * meet the lot.
     */
    public static void startAuctionDemand(
            Position position,
            ComplianceTraderParams params,
            long expectedTicks,
            long tickFen,
            long reserveTicks,
            double laterAuctionShare,
            AuctionDemandWalk walk) {
        MarginalCost cost = position.marginalCost();
        long shortfall =
                position.shortfallTonnes() - auctionFill(auctionBidTonnes(position, params), laterAuctionShare);
        walk.start(
                cost,
                shortfall,
                -cost.forgoableTonnes(),
                bufferTonnes(position, params),
                expectedTicks,
                params.priceAggression(),
                tickFen,
                reserveTicks);
    }

    /** How far each price level of an auction bid lies below the one above it, per cent. */
    static final int AUCTION_LEVEL_PERCENT = 2;

    /** The most price levels an enterprise's auction bids have. */
    static final int AUCTION_LEVELS = 100;

    /**
     * The part of a shortfall an enterprise bids for in a primary auction, t: beyond {@code
     * uncertaintyBuffer} standard deviations of its need's error, as on the exchange.
     */
    public static long auctionBidTonnes(Position position, ComplianceTraderParams params) {
        long buffer = bufferTonnes(position, params);
        return Math.max(0, position.shortfallTonnes() - buffer);
    }

    private UrgencySchedule schedule(int daysToPace) {
        if (schedule == null || schedule.daysToPace() != daysToPace) {
            schedule = UrgencySchedule.of(daysToPace, params.procrastination());
        }
        return schedule;
    }

    /**
     * Learns from the last day it planned (as ZIP traders do, Cliff 1997): a trader that filled its
     * whole day's quantity concedes half a step of {@code priceAggression} less, one that did not
     * concedes half a step more, between 0 and {@code priceAggression}. Unfilled demand thus keeps
     * bidding above the expected price while filled supply stops asking below it, which moves the price
     * toward where the schedules cross; the floor of 0 keeps both sides quoting at least the expected
     * price, so filled traders never all step back at once.
     */
    private void adaptConcession(long traded) {
        if (plannedDay < 0 || dayQuantityTonnes <= 0) {
            return;
        }
        double step = params.priceAggression() / 2;
        boolean filled = traded - dayStartTraded >= dayQuantityTonnes;
        concession = Math.max(0, Math.min(params.priceAggression(), concession + (filled ? -step : step)));
    }

    /**
     * Rests {@code quantity} at {@code priceTicks}: its resting order stays as it is, time priority and
     * all, when it already says exactly that (same side, price and remaining tonnes); otherwise it is
     * cancelled and the new order placed.
     */
    private void quote(OrderGateway orders, Position position, Side side, long priceTicks, long quantity) {
        if (restingTonnes == quantity && side == orderSide && priceTicks == orderPriceTicks) {
            return;
        }
        withdraw(orders);
        Result result = orders.submit(position.ownerId(), side, OrderType.LIMIT, priceTicks, quantity);
        orderId = orders.lastOrderId();
        orderSide = side;
        orderPriceTicks = priceTicks;
        restingTonnes = OwnOrder.restingAfter(result, quantity, orders, orderId);
    }

    /** Whether, having traded {@code traded} tonnes in all, it has traded the quantity it planned for the day it last planned. */
    private boolean dayQuantityTraded(long traded) {
        return traded - dayStartTraded >= dayQuantityTonnes;
    }

    /** Tonnes bought and sold so far. */
    private static long traded(Position position) {
        return Math.addExact(position.boughtTonnes(), position.soldTonnes());
    }

    /**
     * Cancels its resting order, if it has one: after a block agreement, whose tonnes its order on the
     * book would otherwise trade a second time before its next turn sized it anew.
     */
    public void withdrawOrder(OrderGateway orders) {
        withdraw(orders);
    }

    /** Cancels its resting order, if it has one. */
    private void withdraw(OrderGateway orders) {
        if (restingTonnes > 0) {
            orders.cancel(orderId);
            restingTonnes = 0;
        }
    }

    /**
     * The last price a tonne could trade at ({@link MarketView#lastTradablePriceTicks}), pulled up to
     * a higher best bid or down to a lower best ask.
     */
    static long expectedPriceTicks(MarketView market) {
        return expectedPriceTicks(market.lastTradablePriceTicks(), market.bestBidTicks(), market.bestAskTicks());
    }

    /**
     * {@link #expectedPriceTicks(MarketView)} read from the others' quotes: its own order, {@code
     * ownTonnes} resting at {@code ownPriceTicks} on {@code ownSide}, left out, since a trader must not
     * chase its own quote.
     */
    static long expectedPriceTicks(MarketView market, Side ownSide, long ownPriceTicks, long ownTonnes) {
        return expectedPriceTicks(
                market.lastTradablePriceTicks(),
                ownSide == Side.BUY ? market.bestBidTicksWithout(ownPriceTicks, ownTonnes) : market.bestBidTicks(),
                ownSide == Side.SELL ? market.bestAskTicksWithout(ownPriceTicks, ownTonnes) : market.bestAskTicks());
    }

    private static long expectedPriceTicks(long lastTicks, long bidTicks, long askTicks) {
        if (bidTicks != MarketView.NO_PRICE && bidTicks > lastTicks) {
            return bidTicks;
        }
        if (askTicks != MarketView.NO_PRICE && askTicks < lastTicks) {
            return askTicks;
        }
        return lastTicks;
    }

    /**
     * The largest shortfall in {@code [-forgoable, max(shortfall, 0) + capacity]} whose marginal cost is
     * at most {@code priceFen}, or {@code -forgoable} when even that costs more: buying is cheaper than
     * abating up to there. A negative target means the firm would rather keep allowances and abate less
     * than its plan, because its planned abatement costs more at the margin than the price.
     */
    static long targetShortfall(MarginalCost cost, long shortfall, long priceFen) {
        long lo = -cost.forgoableTonnes();
        long hi = Math.addExact(Math.max(shortfall, 0), cost.abatementCapacityTonnes());
        if (lo >= hi || cost.costFenPerTonne(lo) > priceFen) {
            return lo;
        }
        return cost.targetShortfallAt(priceFen, lo, hi);
    }

    /*
     * Its cost memo: what it asks of its cost, remembered for the current cost (cleared when it
     * changes: a new year's plan, verification). {@link #rememberedTarget} is {@link #targetShortfall}
     * with the search's answer remembered by price: between fills and price moves a trader asks the
     * same question round after round, and the price wanders over a few ticks. The search runs without
     * the upper bound, which is applied after: because the cost does not fall as the shortfall grows,
     * the largest shortfall in [lo, hi] at a price is the smaller of hi and the largest in [lo, ∞), so
     * a fill (which moves only hi) does not spoil what is remembered. A small direct-mapped table by
     * price; the cost at the lower bound and at the last shortfall are kept too.
     */

    /** The same as {@link #targetShortfall}{@code (current, shortfall, priceFen)}, from the cost memo. */
    long rememberedTarget(MarginalCost current, long shortfall, long priceFen) {
        useCost(current);
        long lo = memoLo;
        long hi = Math.addExact(Math.max(shortfall, 0), memoCapacityTonnes);
        if (lo >= hi) {
            return lo;
        }
        int at = (int) ((priceFen * 0x9E3779B97F4A7C15L) >>> 60) << 1;
        long[] memo = memoPricesAndTargets;
        if (memo[at] != priceFen) {
            memo[at + 1] = memoCostAtLoFen > priceFen ? lo : current.targetShortfallAt(priceFen, lo, UNBOUNDED);
            memo[at] = priceFen;
        }
        return Math.min(hi, memo[at + 1]);
    }

    /**
     * The widest gap a desk at {@code shortfall} could have at any price, t, read from the cost memo
     * rather than asked of the cost again. Its target lies between the memo's lowest shortfall (minus
     * what it could forgo) and {@code max(shortfall, 0)} plus its capacity, and the auctions to come
     * bring at most its shortfall: it buys at most {@code shortfall − lowest} and sells at most its
     * capacity plus the shortfall's size.
     */
    long widestGapTonnes(MarginalCost current, long shortfall) {
        useCost(current);
        return Math.max(Math.subtractExact(shortfall, memoLo), Math.addExact(memoCapacityTonnes, Math.abs(shortfall)));
    }

    /** The same as {@code current.costFenPerTonne(shortfall)}, from the cost memo. */
    long rememberedCostFen(MarginalCost current, long shortfall) {
        useCost(current);
        if (shortfall != memoLastShortfall) {
            memoCostAtLastShortfallFen = current.costFenPerTonne(shortfall);
            memoLastShortfall = shortfall;
        }
        return memoCostAtLastShortfallFen;
    }

    /** Fills the cost memo for {@code current} anew, its table emptied, unless it is already for it. */
    private void useCost(MarginalCost current) {
        if (current != memoCost) {
            for (int at = 0; at < memoPricesAndTargets.length; at += 2) {
                memoPricesAndTargets[at] = -1;
            }
            memoCost = current;
            memoCapacityTonnes = current.abatementCapacityTonnes();
            memoLo = -current.forgoableTonnes();
            memoCostAtLoFen = current.costFenPerTonne(memoLo);
            memoLastShortfall = memoLo;
            memoCostAtLastShortfallFen = memoCostAtLoFen;
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
