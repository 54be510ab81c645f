package org.carbonsim.core.finance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.market.MarketListener;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;

/**
 * The spot-forward market and its clearing house. Each year lists one contract per delivery month;
 * each contract trades in its own {@link OrderBook} with a daily limit of ±{@code limitPct} around the
 * previous settlement price (the fair price on its first day). Members are registry accounts.
 *
 * <p>A day, after the spot market has closed at {@code S}: for each live contract the arbitrageur
 * quotes the fair price {@code F* = S × (1 + r × days to delivery / trading days)} less and plus its
 * spread; hedgers work what is left of their hedge at {@code F*} plus or minus their concession;
 * speculators (each with the day's probability) trade one lot of the front contract against the basis
 * (selling when {@code settlement − F*} is above its mean over their lookback, buying when below) and
 * close out near delivery. All orders are day orders. The settlement price is the day's VWAP, or the
 * previous settlement when nothing traded.
 *
 * <p>Margin, in the clearing house's registry account (whose cash always equals the members' margin
 * balances added up): each member's balance takes the day's variation {@code Σ (position × settlement
 * − position at the open × previous settlement + cash of the day's trades)}, which adds up to zero
 * over the members. A member whose balance is below the maintenance margin, or below the initial
 * margin after it opened positions, is called back to the initial margin ({@code |position| ×
 * settlement × initial %}) and pays what its cash allows; a call unmet for more than {@code
 * marginCallGraceDays} days puts it in default. A balance above the initial margin is paid back.
 *
 * <p>Default rule: the defaulter's positions are closed at the settlement price against the members
 * with the largest opposite positions (ties: the lower member first), its balance is settled with its
 * cash (which may go negative: money owed), and it pays {@code defaultPenaltyPct} of the value closed
 * out of the system. Delivery, on the contract's last trading day at the settlement price: shorts
 * deliver what they have available into the clearing house, longs pay for what their cash allows, the
 * matched tonnes go to the paying longs and their price to the delivering shorts (members in order),
 * the rest goes back; a member that could not deliver or pay its whole position pays the default
 * penalty on what it failed. Not thread-safe.
 */
public final class ForwardExchange {
    private static final long BP = 10_000;
    /** The highest forward price a book takes, ticks: 10,485.76 CNY at a tick of 1 fen. */
    private static final long MAX_PRICE_TICKS = 1L << 20;

    private final ForwardRules rules;
    private final Registry registry;
    private final int clearingAccount;
    private final long tickFen;
    private final int tradingDays;
    private final SplittableRandom random;
    private final List<Integer> accounts = new ArrayList<>();
    /** Member index by registry account, −1 for an account that is not a member (an array: looked up for every account every day). */
    private int[] memberByAccount = new int[0];

    private final List<Integer> speculators = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<ForwardDay> days = new ArrayList<>();
    /**
     * Per member, indexed as {@link #accounts}: margin balances, days of unmet calls and hedges. These
     * arrays and each contract's grow by doubling, so they can be longer than the members; the slots
     * past {@code accounts.size()} stay 0 and every loop over members stops at it.
     */
    private long[] balanceFen = new long[0];

    private int[] unmetDays = new int[0];
    private long[] hedgeTonnes = new long[0];
    private int arbitrageur = -1;
    private long nextOrderId = 1;
    private int year;
    private Contract trading;

    private long volumeTonnes;
    private long turnoverFen;
    private long deliveredTonnes;
    private int marginCalls;
    private int unmetMarginCalls;
    private int marginDefaults;
    private int deliveryDefaults;
    private long penaltiesFen;

    /** One listed contract's book and the members' positions in it. */
    private final class Contract implements MarketListener {
        final ForwardContract contract;
        /** The contract's code, made once: the daily rows name it. */
        final String code;

        final OrderBook book;
        long[] positionTonnes = new long[accounts.size()];
        long[] openTonnes = new long[accounts.size()];
        long[] tradeCashFen = new long[accounts.size()];
        long[] dayStartTonnes = new long[accounts.size()];
        DayTotals day;
        long settlementTicks;
        long previousTicks;
        final long[] basisTicks;
        int basisCount;

        Contract(ForwardContract contract) {
            this.contract = contract;
            this.code = contract.code();
            this.book = new OrderBook(BookConfig.of(1, MAX_PRICE_TICKS).withTickSizeFen(tickFen), this);
            this.basisTicks = new long[rules.speculators().lookbackDays()];
        }

        @Override
        public void onTrade(
                long buyOrderId, long sellOrderId, int buyOwner, int sellOwner, long priceTicks, long tonnes) {
            long valueFen = Math.multiplyExact(Math.multiplyExact(priceTicks, tickFen), tonnes);
            positionTonnes[buyOwner] = Math.addExact(positionTonnes[buyOwner], tonnes);
            positionTonnes[sellOwner] = Math.subtractExact(positionTonnes[sellOwner], tonnes);
            tradeCashFen[buyOwner] = Math.subtractExact(tradeCashFen[buyOwner], valueFen);
            tradeCashFen[sellOwner] = Math.addExact(tradeCashFen[sellOwner], valueFen);
        }

        /** Room for {@code members}: the capacity doubles, as members are admitted one by one. */
        void grow(int members) {
            if (members <= positionTonnes.length) {
                return;
            }
            int capacity = Math.max(members, 2 * positionTonnes.length);
            positionTonnes = Arrays.copyOf(positionTonnes, capacity);
            openTonnes = Arrays.copyOf(openTonnes, capacity);
            tradeCashFen = Arrays.copyOf(tradeCashFen, capacity);
            dayStartTonnes = Arrays.copyOf(dayStartTonnes, capacity);
        }

        long openInterestTonnes() {
            long total = 0;
            for (long p : positionTonnes) {
                total += Math.max(0, p);
            }
            return total;
        }

        long meanBasisTicks() {
            if (basisCount == 0) {
                return 0;
            }
            int n = Math.min(basisCount, basisTicks.length);
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += basisTicks[i];
            }
            return Math.floorDiv(sum, n);
        }
    }

    /**
     * A market trading by {@code rules}, clearing through {@code registry}'s {@code clearingAccount},
     * with prices in ticks of {@code tickFen}, years of {@code tradingDays}, and its own {@code random}.
     */
    public ForwardExchange(
            ForwardRules rules,
            Registry registry,
            int clearingAccount,
            long tickFen,
            int tradingDays,
            SplittableRandom random) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clearingAccount = clearingAccount;
        this.tickFen = tickFen;
        this.tradingDays = tradingDays;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The rules the market trades by. */
    public ForwardRules rules() {
        return rules;
    }

    /** Admits registry {@code account} as a member (once); returns its member index. */
    public int admit(int account) {
        int known = member(account);
        if (known >= 0) {
            return known;
        }
        int member = accounts.size();
        accounts.add(account);
        if (account >= memberByAccount.length) {
            int length = memberByAccount.length;
            memberByAccount = Arrays.copyOf(memberByAccount, Math.max(account + 1, 2 * length));
            Arrays.fill(memberByAccount, length, memberByAccount.length, -1);
        }
        memberByAccount[account] = member;
        if (member == balanceFen.length) {
            int capacity = Math.max(16, 2 * member);
            balanceFen = Arrays.copyOf(balanceFen, capacity);
            unmetDays = Arrays.copyOf(unmetDays, capacity);
            hedgeTonnes = Arrays.copyOf(hedgeTonnes, capacity);
        }
        for (Contract c : contracts) {
            c.grow(member + 1);
        }
        return member;
    }

    /** Admits {@code account} as a basis speculator. */
    public void addSpeculator(int account) {
        speculators.add(admit(account));
    }

    /** Admits {@code account} as the cash-and-carry arbitrageur. */
    public void setArbitrageur(int account) {
        arbitrageur = admit(account);
    }

    /** Lists {@code year}'s contracts, one per delivery month; contracts of earlier years have delivered. */
    public void openYear(int year) {
        this.year = year;
        contracts.removeIf(c -> c.openInterestTonnes() == 0);
        for (int month : rules.months()) {
            contracts.add(new Contract(ForwardContract.of(year, month, tradingDays)));
        }
        Arrays.fill(hedgeTonnes, 0);
    }

    /**
     * Sets {@code account}'s hedge for the year in the hedge month's contract: {@code signedTonnes}
     * above 0 to buy, below 0 to sell, rounded toward zero to whole lots.
     */
    public void hedge(int account, long signedTonnes) {
        int member = admit(account);
        hedgeTonnes[member] = signedTonnes / rules.lotTonnes() * rules.lotTonnes();
    }

    /** The year's contracts. */
    public List<ForwardContract> listed() {
        List<ForwardContract> list = new ArrayList<>();
        for (Contract c : contracts) {
            if (c.contract.year() == year) {
                list.add(c.contract);
            }
        }
        return list;
    }

    /** {@code account}'s net position over every contract not yet delivered, t (above 0 long). */
    public long netPositionTonnes(int account) {
        int member = member(account);
        if (member < 0) {
            return 0;
        }
        long total = 0;
        for (Contract c : contracts) {
            total += c.positionTonnes[member];
        }
        return total;
    }

    /** {@code account}'s position in {@code contract}, t (above 0 long). */
    public long positionTonnes(int account, ForwardContract contract) {
        int member = member(account);
        for (Contract c : contracts) {
            if (c.contract.equals(contract)) {
                return member < 0 ? 0 : c.positionTonnes[member];
            }
        }
        return 0;
    }

    /** {@code account}'s margin balance at the clearing house, fen. */
    public long marginFen(int account) {
        int member = member(account);
        return member < 0 ? 0 : balanceFen[member];
    }

    /** {@code account}'s member index, or −1 if it is not a member. */
    private int member(int account) {
        return account >= 0 && account < memberByAccount.length ? memberByAccount[account] : -1;
    }

    /** Every member's margin balance added up, fen: the clearing house's registry cash. */
    public long totalMarginFen() {
        long total = 0;
        for (long b : balanceFen) {
            total = Math.addExact(total, b);
        }
        return total;
    }

    /** The fair forward price of {@code contract} on {@code day} for a spot of {@code spotTicks}: S × (1 + r·t). */
    public long fairTicks(ForwardContract contract, int day, long spotTicks) {
        long daysLeft = Math.max(0, contract.deliveryDay() - day);
        long carry = Math.multiplyExact(Math.multiplyExact(spotTicks, rules.carryRateBasisPoints()), daysLeft);
        return spotTicks + Math.round((double) carry / (BP * tradingDays));
    }

    /** Runs {@code day} of the year after the spot market closed at {@code spotTicks}. */
    public void trade(int day, long spotTicks) {
        for (Contract c : contracts) {
            c.day = null;
        }
        for (Contract c : contracts) {
            if (c.contract.year() != year || c.contract.deliveryDay() < day) {
                continue;
            }
            tradeContract(c, day, spotTicks);
        }
        markToMarket();
        for (Contract c : contracts) {
            if (c.contract.year() == year && c.contract.deliveryDay() == day) {
                deliver(c);
            }
        }
        callMargin();
        for (Contract c : contracts) {
            if (c.contract.year() != year || c.contract.deliveryDay() < day) {
                continue;
            }
            long fair = fairTicks(c.contract, day, spotTicks);
            c.basisTicks[c.basisCount % c.basisTicks.length] = c.settlementTicks - fair;
            c.basisCount++;
            DayTotals totals = c.day;
            days.add(new ForwardDay(
                    year,
                    day,
                    c.code,
                    c.contract.deliveryDay(),
                    c.settlementTicks * tickFen,
                    fair * tickFen,
                    spotTicks * tickFen,
                    totals.volumeTonnes,
                    totals.turnoverFen,
                    c.openInterestTonnes(),
                    totals.deliveredTonnes));
        }
    }

    private void tradeContract(Contract c, int day, long spotTicks) {
        long fair = fairTicks(c.contract, day, spotTicks);
        long reference = c.settlementTicks > 0 ? c.settlementTicks : Math.max(1, fair);
        c.previousTicks = reference;
        c.book.openDay(reference, rules.limitBasisPoints());
        System.arraycopy(c.positionTonnes, 0, c.openTonnes, 0, c.positionTonnes.length);
        System.arraycopy(c.positionTonnes, 0, c.dayStartTonnes, 0, c.positionTonnes.length);
        Arrays.fill(c.tradeCashFen, 0);
        trading = c;
        long lot = rules.lotTonnes();
        long low = c.book.lowerLimitTicks();
        long high = c.book.upperLimitTicks();
        if (arbitrageur >= 0) {
            ForwardRules.Arbitrageur arb = rules.arbitrageur().orElseThrow();
            long bid = clamp(fair * (BP - arb.spreadBasisPoints()) / BP, low, high);
            long ask = clamp(-Math.floorDiv(-fair * (BP + arb.spreadBasisPoints()), BP), low, high);
            int account = accounts.get(arbitrageur);
            long deliverable = registry.availableTonnes(account) - shortTonnes(arbitrageur);
            long sellLots = Math.min(arb.maxLots(), Math.max(0, deliverable) / lot);
            long buyLots = Math.min(arb.maxLots(), affordableLots(arbitrageur, bid));
            submit(c, arbitrageur, Side.SELL, ask, sellLots * lot);
            submit(c, arbitrageur, Side.BUY, bid, buyLots * lot);
        }
        ForwardRules.Hedging hedging = rules.hedging();
        if (c.contract.month() == hedging.month() && day < c.contract.deliveryDay()) {
            for (int m = 0; m < accounts.size(); m++) {
                long left = hedgeTonnes[m] - c.positionTonnes[m];
                if (hedgeTonnes[m] > 0 && left > 0) {
                    long price = clamp(fair * (BP + hedging.concessionBasisPoints()) / BP, low, high);
                    submit(c, m, Side.BUY, price, Math.min(left, affordableLots(m, price) * lot));
                } else if (hedgeTonnes[m] < 0 && left < 0) {
                    long price = clamp(fair * (BP - hedging.concessionBasisPoints()) / BP, low, high);
                    long deliverable = Math.max(0, registry.availableTonnes(accounts.get(m)) - shortTonnes(m));
                    submit(c, m, Side.SELL, price, Math.min(-left, deliverable / lot * lot));
                }
            }
        }
        ForwardRules.Speculators rule = rules.speculators();
        boolean front = isFront(c, day);
        boolean closing = c.contract.deliveryDay() - day <= rule.closeOutDays();
        long basis = reference - fair;
        long mean = c.meanBasisTicks();
        for (int m : speculators) {
            long position = c.positionTonnes[m];
            if (closing) {
                if (position > 0) {
                    submit(c, m, Side.SELL, low, position);
                } else if (position < 0) {
                    submit(c, m, Side.BUY, high, -position);
                }
                continue;
            }
            if (!front || random.nextDouble() >= rule.dailyProbability()) {
                continue;
            }
            long limit = rule.maxLots() * lot;
            if (basis > mean && position > -limit && affordableLots(m, reference) > 0) {
                submit(c, m, Side.SELL, reference, lot);
            } else if (basis <= mean && position < limit && affordableLots(m, reference) > 0) {
                submit(c, m, Side.BUY, reference, lot);
            }
        }
        c.book.closeDay();
        trading = null;
        c.settlementTicks = c.book.dayStats().vwapPriceTicks();
        c.day = new DayTotals(
                c.book.dayStats().volumeTonnes(), c.book.dayStats().turnoverFen());
        volumeTonnes = Math.addExact(volumeTonnes, c.day.volumeTonnes);
        turnoverFen = Math.addExact(turnoverFen, c.day.turnoverFen);
    }

    private boolean isFront(Contract c, int day) {
        for (Contract other : contracts) {
            if (other.contract.year() == year
                    && other.contract.deliveryDay() - day > rules.speculators().closeOutDays()) {
                return other == c;
            }
        }
        return false;
    }

    private void submit(Contract c, int member, Side side, long priceTicks, long tonnes) {
        if (tonnes <= 0 || priceTicks <= 0) {
            return;
        }
        c.book.submit(nextOrderId++, member, side, OrderType.LIMIT, priceTicks, tonnes);
    }

    /** Lots whose initial margin at {@code priceTicks} {@code member}'s cash covers beyond the margin its positions already need. */
    private long affordableLots(int member, long priceTicks) {
        long lotValue = Math.multiplyExact(Math.multiplyExact(priceTicks, tickFen), rules.lotTonnes());
        long marginPerLot = Math.max(1, lotValue * rules.initialMarginBasisPoints() / BP);
        long cash = registry.cashFen(accounts.get(member)) - requirementFen(member, rules.initialMarginBasisPoints());
        return Math.max(0, cash / marginPerLot);
    }

    private long shortTonnes(int member) {
        long total = 0;
        for (Contract c : contracts) {
            total += Math.max(0, -c.positionTonnes[member]);
        }
        return total;
    }

    private void markToMarket() {
        for (Contract c : contracts) {
            if (c.contract.year() != year || c.day == null) {
                continue;
            }
            long settleFen = c.settlementTicks * tickFen;
            long previousFen = c.previousTicks * tickFen;
            for (int m = 0; m < accounts.size(); m++) {
                long variation = Math.multiplyExact(c.positionTonnes[m], settleFen)
                        - Math.multiplyExact(c.openTonnes[m], previousFen)
                        + c.tradeCashFen[m];
                balanceFen[m] = Math.addExact(balanceFen[m], variation);
                c.openTonnes[m] = c.positionTonnes[m];
                c.tradeCashFen[m] = 0;
            }
            c.previousTicks = c.settlementTicks;
        }
    }

    private void deliver(Contract c) {
        long priceFen = c.settlementTicks * tickFen;
        int n = accounts.size();
        long[] given = new long[n];
        long[] payable = new long[n];
        long offered = 0;
        long paying = 0;
        for (int m = 0; m < n; m++) {
            long position = c.positionTonnes[m];
            int account = accounts.get(m);
            if (position < 0) {
                given[m] = Math.min(-position, registry.availableTonnes(account));
                if (given[m] > 0) {
                    registry.transfer(account, clearingAccount, given[m], TransferReason.FORWARD_DELIVERY);
                }
                offered += given[m];
            } else if (position > 0) {
                payable[m] = Math.min(position, Math.max(0, registry.cashFen(account)) / Math.max(1, priceFen));
                paying += payable[m];
            }
        }
        long matched = Math.min(offered, paying);
        long toLongs = matched;
        long toShorts = matched;
        for (int m = 0; m < n; m++) {
            long position = c.positionTonnes[m];
            int account = accounts.get(m);
            if (position > 0) {
                long take = Math.min(payable[m], toLongs);
                toLongs -= take;
                if (take > 0) {
                    registry.chargeTo(
                            account, clearingAccount, Math.multiplyExact(take, priceFen), CashReason.FORWARD_DELIVERY);
                    registry.transfer(clearingAccount, account, take, TransferReason.FORWARD_DELIVERY);
                }
                failDelivery(account, position - payable[m], priceFen);
            } else if (position < 0) {
                long accepted = Math.min(given[m], toShorts);
                toShorts -= accepted;
                if (accepted > 0) {
                    registry.chargeTo(
                            clearingAccount,
                            account,
                            Math.multiplyExact(accepted, priceFen),
                            CashReason.FORWARD_DELIVERY);
                }
                if (given[m] > accepted) {
                    registry.transfer(clearingAccount, account, given[m] - accepted, TransferReason.FORWARD_DELIVERY);
                }
                failDelivery(account, -position - given[m], priceFen);
            }
            c.positionTonnes[m] = 0;
            c.openTonnes[m] = 0;
        }
        deliveredTonnes += matched;
        c.day = new DayTotals(c.day.volumeTonnes, c.day.turnoverFen, matched);
    }

    private void failDelivery(int account, long failedTonnes, long priceFen) {
        if (failedTonnes <= 0) {
            return;
        }
        deliveryDefaults++;
        penalise(account, Math.multiplyExact(failedTonnes, priceFen));
    }

    private void penalise(int account, long valueFen) {
        long penalty = Math.multiplyExact(valueFen, (long) rules.defaultPenaltyBasisPoints()) / BP;
        registry.pay(account, penalty, CashReason.DEFAULT_PENALTY);
        penaltiesFen = Math.addExact(penaltiesFen, penalty);
    }

    private long requirementFen(int member, int basisPoints) {
        long total = 0;
        for (Contract c : contracts) {
            long settle = c.settlementTicks > 0 ? c.settlementTicks : c.previousTicks;
            long value = Math.multiplyExact(Math.abs(c.positionTonnes[member]), settle * tickFen);
            total = Math.addExact(total, value * basisPoints / BP);
        }
        return total;
    }

    private void callMargin() {
        int n = accounts.size();
        List<Integer> defaulters = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            long initial = requirementFen(m, rules.initialMarginBasisPoints());
            long maintenance = requirementFen(m, rules.maintenanceMarginBasisPoints());
            boolean opened = openedToday(m);
            if (balanceFen[m] < maintenance || (opened && balanceFen[m] < initial)) {
                long call = initial - balanceFen[m];
                int account = accounts.get(m);
                long paid = Math.min(call, Math.max(0, registry.cashFen(account)));
                if (paid > 0) {
                    registry.chargeTo(account, clearingAccount, paid, CashReason.MARGIN);
                    balanceFen[m] += paid;
                }
                marginCalls++;
                if (paid < call) {
                    unmetMarginCalls++;
                    unmetDays[m]++;
                    if (unmetDays[m] > rules.marginCallGraceDays()) {
                        defaulters.add(m);
                    }
                } else {
                    unmetDays[m] = 0;
                }
            } else {
                unmetDays[m] = 0;
            }
        }
        for (int m : defaulters) {
            closeOut(m);
        }
        for (int m = 0; m < n; m++) {
            long excess = balanceFen[m] - requirementFen(m, rules.initialMarginBasisPoints());
            if (excess > 0) {
                registry.chargeTo(clearingAccount, accounts.get(m), excess, CashReason.MARGIN);
                balanceFen[m] -= excess;
            }
        }
    }

    private boolean openedToday(int member) {
        for (Contract c : contracts) {
            if (c.day != null && Math.abs(c.positionTonnes[member]) > Math.abs(c.dayStartTonnes[member])) {
                return true;
            }
        }
        return false;
    }

    /** Closes out {@code member}'s positions by the default rule and settles its balance. */
    private void closeOut(int member) {
        int account = accounts.get(member);
        long closedValue = 0;
        for (Contract c : contracts) {
            long position = c.positionTonnes[member];
            while (position != 0) {
                int other = largestOpposite(c, member, position);
                long take = Math.min(Math.abs(position), Math.abs(c.positionTonnes[other]));
                long signed = position > 0 ? take : -take;
                c.positionTonnes[member] -= signed;
                c.positionTonnes[other] += signed;
                position = c.positionTonnes[member];
                closedValue = Math.addExact(closedValue, Math.multiplyExact(take, c.settlementTicks * tickFen));
            }
            c.openTonnes[member] = 0;
        }
        long balance = balanceFen[member];
        if (balance > 0) {
            registry.chargeTo(clearingAccount, account, balance, CashReason.MARGIN);
        } else if (balance < 0) {
            registry.chargeTo(account, clearingAccount, -balance, CashReason.MARGIN);
        }
        balanceFen[member] = 0;
        unmetDays[member] = 0;
        marginDefaults++;
        penalise(account, closedValue);
    }

    private static int largestOpposite(Contract c, int member, long position) {
        int best = -1;
        for (int m = 0; m < c.positionTonnes.length; m++) {
            if (m == member || Long.signum(c.positionTonnes[m]) != -Long.signum(position)) {
                continue;
            }
            if (best < 0 || Math.abs(c.positionTonnes[m]) > Math.abs(c.positionTonnes[best])) {
                best = m;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("positions do not net to zero in " + c.contract.code());
        }
        return best;
    }

    private static long clamp(long ticks, long low, long high) {
        return Math.max(low, Math.min(high, ticks));
    }

    /** The days traded since the last call, oldest first, and starts a new list. */
    public List<ForwardDay> takeDays() {
        List<ForwardDay> list = List.copyOf(days);
        days.clear();
        return list;
    }

    /** The year's totals so far, and starts the next year's. */
    public ForwardYear takeYear() {
        ForwardYear totals = new ForwardYear(
                volumeTonnes,
                turnoverFen,
                deliveredTonnes,
                marginCalls,
                unmetMarginCalls,
                marginDefaults,
                deliveryDefaults,
                penaltiesFen);
        volumeTonnes = 0;
        turnoverFen = 0;
        deliveredTonnes = 0;
        marginCalls = 0;
        unmetMarginCalls = 0;
        marginDefaults = 0;
        deliveryDefaults = 0;
        penaltiesFen = 0;
        return totals;
    }

    /** A contract's day: tonnes and fen traded, tonnes delivered. */
    private record DayTotals(long volumeTonnes, long turnoverFen, long deliveredTonnes) {
        DayTotals(long volumeTonnes, long turnoverFen) {
            this(volumeTonnes, turnoverFen, 0);
        }
    }
}
