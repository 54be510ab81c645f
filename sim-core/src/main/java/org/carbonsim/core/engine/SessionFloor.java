package org.carbonsim.core.engine;

import java.util.function.Function;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.RestingOrderVisitor;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.Scenario;

/**
 * The {@link TradingFloor} handed to the external traders before each round of continuous trading:
 * the calendar and the round, the session's prices and book, the state of the covered enterprises,
 * and order entry and cancellation for the enterprises they play. Not thread-safe.
 */
final class SessionFloor implements TradingFloor {
    private final Scenario scenario;
    private final MarketSession session;
    private final SessionOwners owners;
    private final ExternalTraders external;
    private final int tradingDays;
    private final long tickFen;

    private int year;
    private int day;
    private int round;
    /** The state of a covered enterprise this year, by id; throws for one not covered. */
    private Function<String, FirmState> firms;

    /**
     * The floor of {@code session}, run by {@code scenario}'s calendar and market, on which {@code
     * external} play enterprises known by {@code owners}.
     */
    SessionFloor(Scenario scenario, MarketSession session, SessionOwners owners, ExternalTraders external) {
        this.scenario = scenario;
        this.session = session;
        this.owners = owners;
        this.external = external;
        this.tradingDays = scenario.calendar().tradingDaysPerYear();
        this.tickFen = scenario.market().tickFen();
    }

    /** Opens {@code year}, whose covered enterprises' state {@code firms} gives. */
    void openYear(int year, Function<String, FirmState> firms) {
        this.year = year;
        this.firms = firms;
    }

    /** Opens trading {@code day} of the year. */
    void openDay(int day) {
        this.day = day;
    }

    /** Round {@code round} is about to run: the external traders act on this floor. */
    void startRound(int round) {
        this.round = round;
        external.beforeRound(this);
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public int day() {
        return day;
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public int tradingDays() {
        return tradingDays;
    }

    @Override
    public int roundsPerDay() {
        return scenario.market().roundsPerDay();
    }

    @Override
    public int deadlineDay() {
        return scenario.compliance().deadlineDayIn(tradingDays);
    }

    @Override
    public int verificationDay() {
        return scenario.compliance().verificationDayIn(tradingDays);
    }

    @Override
    public long tickFen() {
        return tickFen;
    }

    @Override
    public long lastCloseTicks() {
        return session.lastCloseTicks();
    }

    @Override
    public long lowerLimitTicks() {
        return session.view().lowerLimitTicks();
    }

    @Override
    public long upperLimitTicks() {
        return session.view().upperLimitTicks();
    }

    @Override
    public long bestBidTicks() {
        return session.bestBidTicks();
    }

    @Override
    public long bestAskTicks() {
        return session.bestAskTicks();
    }

    @Override
    public void forEachRestingOrder(Side side, RestingOrderVisitor visitor) {
        session.forEachRestingOrder(side, visitor);
    }

    @Override
    public int ownerId(String enterpriseId) {
        return owners.ownerOf(enterpriseId, -1);
    }

    @Override
    public FirmState firm(String enterpriseId) {
        return firms.apply(enterpriseId);
    }

    @Override
    public Result submit(String enterpriseId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
        if (!external.plays(enterpriseId) || !owners.inSession(enterpriseId)) {
            throw new IllegalArgumentException(enterpriseId + " is not played from outside");
        }
        return session.submitExternalOrder(owners.ownerOf(enterpriseId), side, type, priceTicks, quantityTonnes);
    }

    @Override
    public long lastOrderId() {
        return session.lastGovernmentOrderId();
    }

    @Override
    public Result cancel(String enterpriseId, long orderId) {
        int owner = ownerId(enterpriseId);
        boolean[] owns = new boolean[1];
        for (Side side : Side.values()) {
            session.forEachRestingOrder(side, (id, ownerId, s, priceTicks, tonnes) -> {
                if (id == orderId && ownerId == owner) {
                    owns[0] = true;
                }
            });
        }
        return owns[0] ? session.cancelGovernmentOrder(orderId) : Result.UNKNOWN_ORDER;
    }
}
