package org.carbonsim.core.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The allowance registry: accounts, holdings by vintage lot, cash in fen, debts, and every movement
 * with a reason.
 *
 * <p>A holding lot is (vintage, bankable). Lots move whole-tonne by whole-tonne and keep their
 * vintage and bankable flag. Deliveries (trades, auctions, reserve transfers) and surrenders take
 * the oldest vintage first and, within a vintage, non-bankable lots first, so the allowances that
 * would expire go first. Banking cancellations take non-bankable lots first, then the oldest.
 * Withdrawals take the newest vintage first, since they undo this year's over-allocation.
 *
 * <p>Debts are tonnes an account owes (withdrawal it could not cover, penalty deductions,
 * borrowing). The next {@link TransferReason#ISSUANCE} or {@link TransferReason#TRUE_UP} to the
 * account is netted against its debt: the netted tonnes are never created and are logged as a
 * {@link TransferReason#DEBT_NETTING} memo.
 *
 * <p>Conservation: allowances are created only by issuance and destroyed only by surrender or
 * cancellation, so Σ holdings = issued − surrendered − cancelled; cash enters and leaves only by
 * deposits, fees, auction and offset payments, penalties and interventions, so Σ cash = net external
 * flows, and trades only move cash between accounts. Running totals make this checkable after
 * millions of trades; the movement log is optional and keeps the last {@code logCapacity} entries.
 * Negative cash is allowed for fines and offset payments (money owed); trades and auctions need the
 * buyer's cash.
 *
 * <p>Locks: pledged allowances ({@link #lock}) stay in their account and count in its holdings, but no
 * transfer, trade, surrender, cancellation or withdrawal takes them until they are released; every
 * such movement draws only on {@link #availableTonnes}. Conservation covers locks: each account's
 * locked tonnes lie between 0 and its holdings, and add up to the tonnes locked less those released.
 * Not thread-safe.
 */
public final class Registry {
    /** The outside world: the source of issuance and deposits, the sink of surrender, cancellation and payments. */
    public static final int EXTERNAL = -1;

    private static final TransferReason[] REASONS = TransferReason.values();
    private static final CashReason[] CASH_REASONS = CashReason.values();

    private final int firstVintage;
    private final int logCapacity;
    /** The accounts by id; the first {@link #accountCount} are open. */
    private Account[] accounts = new Account[16];

    private int accountCount;
    private final long[] tonnesByReason = new long[REASONS.length];
    private final long[] externalFenByReason = new long[CASH_REASONS.length];
    /** Tonnes created and destroyed per vintage (index: vintage − firstVintage), for conservation by vintage. */
    private long[] createdByVintage = new long[8];

    private long[] destroyedByVintage = new long[8];
    private final Transfer[] transferLog;
    private final CashMovement[] cashLog;
    private long transferCount;
    private long cashCount;
    private long sequence;

    private static final class Account {
        final AccountKind kind;
        final String name;
        long[] lots = new long[8];
        /**
         * A lower bound on the first of {@link #lots} that is not empty, always even (a vintage's
         * first slot): a trade's delivery starts there instead of at the registry's first vintage,
         * whose lots a long run has long surrendered or sold.
         */
        int firstLotSlot;

        long holdings;
        /** Tonnes of {@code holdings} pledged (质押): they stay in the account but cannot leave it. */
        long locked;

        long cash;
        long debt;
        long sold;
        long bought;

        Account(AccountKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }
    }

    /**
     * An empty registry for vintages from {@code firstVintage}, logging the last {@code logCapacity}
     * transfers and cash movements each (0 = no log).
     */
    public Registry(int firstVintage, int logCapacity) {
        if (logCapacity < 0) {
            throw new IllegalArgumentException("logCapacity must be >= 0, got " + logCapacity);
        }
        this.firstVintage = firstVintage;
        this.logCapacity = logCapacity;
        this.transferLog = new Transfer[logCapacity];
        this.cashLog = new CashMovement[logCapacity];
    }

    /** Opens an account and returns its id (0, 1, 2, ... in opening order). */
    public int openAccount(AccountKind kind, String name) {
        Account account = new Account(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(name, "name"));
        if (accountCount == accounts.length) {
            accounts = Arrays.copyOf(accounts, 2 * accountCount);
        }
        accounts[accountCount] = account;
        return accountCount++;
    }

    /** Number of accounts opened. */
    public int accountCount() {
        return accountCount;
    }

    /** The kind of {@code account}. */
    public AccountKind kind(int account) {
        return account(account).kind;
    }

    /** The name of {@code account}. */
    public String name(int account) {
        return account(account).name;
    }

    // ---- allowances -------------------------------------------------------------------------

    /**
     * Issues {@code tonnes} of {@code vintage} to {@code account}. For {@link TransferReason#ISSUANCE}
     * and {@link TransferReason#TRUE_UP} the account's debt is settled first from the issuance.
     *
     * @return tonnes actually credited
     */
    public long issue(int account, long tonnes, int vintage, boolean bankable, TransferReason reason) {
        Account to = account(account);
        checkTonnes(tonnes);
        checkVintage(vintage);
        if (reason.kind() != TransferReason.Kind.CREATE) {
            throw new IllegalArgumentException(reason + " does not create allowances");
        }
        long credited = tonnes;
        if (reason != TransferReason.BORROWING && to.debt > 0 && tonnes > 0) {
            long netted = Math.min(to.debt, tonnes);
            to.debt -= netted;
            credited -= netted;
            tonnesByReason[TransferReason.DEBT_NETTING.ordinal()] += netted;
            logTransfer(EXTERNAL, account, netted, vintage, bankable, TransferReason.DEBT_NETTING);
        }
        if (credited > 0) {
            add(to, vintage, bankable, credited);
            tonnesByReason[reason.ordinal()] += credited;
            createdByVintage = grown(createdByVintage, vintage - firstVintage);
            createdByVintage[vintage - firstVintage] += credited;
            logTransfer(EXTERNAL, account, credited, vintage, bankable, reason);
        }
        return credited;
    }

    /** Adds {@code tonnes} to what {@code account} owes, to be netted from its next issuance. */
    public void addDebt(int account, long tonnes) {
        checkTonnes(tonnes);
        Account a = account(account);
        a.debt = Math.addExact(a.debt, tonnes);
    }

    /** Tonnes {@code account} owes. */
    public long debtTonnes(int account) {
        return account(account).debt;
    }

    /**
     * Moves {@code tonnes} from one account to another, oldest vintage first.
     *
     * @throws IllegalStateException if {@code from} holds fewer than {@code tonnes}
     */
    public void transfer(int from, int to, long tonnes, TransferReason reason) {
        if (reason.kind() != TransferReason.Kind.MOVE) {
            throw new IllegalArgumentException(reason + " does not move allowances between accounts");
        }
        Account source = account(from);
        Account target = account(to);
        checkTonnes(tonnes);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from account " + from + " to itself");
        }
        if (available(source) < tonnes) {
            String pledged = source.locked == 0 ? "" : " (" + source.locked + " t of them pledged)";
            throw new IllegalStateException("account " + from + " holds " + source.holdings + " t" + pledged
                    + ", cannot deliver " + tonnes + " t");
        }
        move(from, source, to, target, tonnes, reason);
    }

    /**
     * Settles a trade atomically: {@code tonnes} from seller to buyer (oldest vintage first), the
     * price from buyer to seller, each side's fee out of the system. Does nothing and returns false
     * when the seller holds too few allowances or the buyer has too little cash for price and fee.
     *
     * @param priceFen price per tonne, fen
     */
    public boolean settleTrade(int buyer, int seller, long tonnes, long priceFen, long buyerFeeFen, long sellerFeeFen) {
        return settleTrade(buyer, seller, tonnes, priceFen, buyerFeeFen, sellerFeeFen, false);
    }

    /**
     * Settles a trade as {@link #settleTrade(int, int, long, long, long, long)} does, after bringing
     * into the buyer's account from outside, as a {@link CashReason#DEPOSIT}, what it lacks for the
     * price and its fee when {@code fundBuyer} holds (an exchange member pays in what it buys with).
     * The deposit stands even if the trade then fails for the seller's lack of allowances.
     */
    public boolean settleTrade(
            int buyer, int seller, long tonnes, long priceFen, long buyerFeeFen, long sellerFeeFen, boolean fundBuyer) {
        Account b = account(buyer);
        Account s = account(seller);
        checkTonnes(tonnes);
        if (priceFen < 0 || buyerFeeFen < 0 || sellerFeeFen < 0) {
            throw new IllegalArgumentException("price and fees must be >= 0 fen");
        }
        if (buyer == seller) {
            throw new IllegalArgumentException("buyer and seller are the same account " + buyer);
        }
        long value = Math.multiplyExact(tonnes, priceFen);
        long due = Math.addExact(value, buyerFeeFen);
        if (fundBuyer && due > b.cash) {
            receive(buyer, b, due - b.cash, CashReason.DEPOSIT);
        }
        if (available(s) < tonnes || b.cash < due) {
            return false;
        }
        move(seller, s, buyer, b, tonnes, TransferReason.TRADE);
        s.sold += tonnes;
        b.bought += tonnes;
        moveCash(buyer, b, seller, s, value, CashReason.TRADE);
        pay(buyer, b, buyerFeeFen, CashReason.FEE);
        pay(seller, s, sellerFeeFen, CashReason.FEE);
        return true;
    }

    /**
     * Settles an auction sale atomically: {@code tonnes} from the auction account to the buyer, the
     * payment out of the system. Returns false, changing nothing, if either side is short.
     */
    public boolean settleAuction(int auctionAccount, int buyer, long tonnes, long priceFen) {
        return sellOutOfSystem(
                auctionAccount, buyer, tonnes, priceFen, TransferReason.AUCTION, CashReason.AUCTION_PAYMENT, true);
    }

    /**
     * Settles a government intervention sale atomically: {@code tonnes} from the government reserve
     * account to the buyer, lots keeping their vintage and bankable flag, the payment out of the system
     * as {@link CashReason#INTERVENTION}. Returns false, changing nothing, if either side is short.
     */
    public boolean settleInterventionSale(int governmentAccount, int buyer, long tonnes, long priceFen) {
        return settleInterventionSale(governmentAccount, buyer, tonnes, priceFen, true);
    }

    /**
     * Settles a government intervention sale as {@link #settleInterventionSale(int, int, long, long)}
     * does; unless {@code bankable}, every tonne reaches the buyer as a non-bankable lot of its vintage,
     * whatever its lot in the reserve (Hubei: allowances sold in an intervention cannot be banked).
     */
    public boolean settleInterventionSale(
            int governmentAccount, int buyer, long tonnes, long priceFen, boolean bankable) {
        return sellOutOfSystem(
                governmentAccount,
                buyer,
                tonnes,
                priceFen,
                TransferReason.INTERVENTION,
                CashReason.INTERVENTION,
                bankable);
    }

    /**
     * A government sale: allowances to the buyer, losing their bankable flag unless {@code bankable},
     * the payment out of the system.
     */
    private boolean sellOutOfSystem(
            int sellerAccount,
            int buyer,
            long tonnes,
            long priceFen,
            TransferReason transfer,
            CashReason cash,
            boolean bankable) {
        Account seller = account(sellerAccount);
        Account b = account(buyer);
        checkTonnes(tonnes);
        if (priceFen < 0) {
            throw new IllegalArgumentException("price must be >= 0 fen");
        }
        long value = Math.multiplyExact(tonnes, priceFen);
        if (available(seller) < tonnes || b.cash < value) {
            return false;
        }
        move(sellerAccount, seller, buyer, b, tonnes, transfer, bankable);
        pay(buyer, value, cash);
        return true;
    }

    /**
     * Settles a government buy-back atomically: {@code tonnes} from the seller into the government
     * reserve account, the payment into the seller's account from outside as {@link
     * CashReason#INTERVENTION}. Returns false, changing nothing, if the seller holds too few.
     */
    public boolean settleBuyBack(int governmentAccount, int seller, long tonnes, long priceFen) {
        Account government = account(governmentAccount);
        Account s = account(seller);
        checkTonnes(tonnes);
        if (priceFen < 0) {
            throw new IllegalArgumentException("price must be >= 0 fen");
        }
        long value = Math.multiplyExact(tonnes, priceFen);
        if (available(s) < tonnes) {
            return false;
        }
        move(seller, s, governmentAccount, government, tonnes, TransferReason.INTERVENTION);
        if (value > 0) {
            receive(seller, value, CashReason.INTERVENTION);
        }
        return true;
    }

    /**
     * Surrenders up to {@code tonnes} of vintages up to {@code maxVintage}, oldest first.
     *
     * @return tonnes surrendered
     */
    public long surrender(int account, long tonnes, int maxVintage) {
        checkTonnes(tonnes);
        return destroy(account, tonnes, maxVintage, TransferReason.SURRENDER, Order.OLDEST_FIRST);
    }

    /**
     * Cancels up to {@code tonnes} of vintages up to {@code maxVintage}, non-bankable lots first then
     * the oldest ({@link TransferReason#CANCELLATION} or {@link TransferReason#BANKING_CANCELLATION}).
     *
     * @return tonnes cancelled
     */
    public long cancel(int account, long tonnes, int maxVintage, TransferReason reason) {
        checkTonnes(tonnes);
        if (reason != TransferReason.CANCELLATION && reason != TransferReason.BANKING_CANCELLATION) {
            throw new IllegalArgumentException("cancel needs CANCELLATION or BANKING_CANCELLATION, got " + reason);
        }
        return destroy(account, tonnes, maxVintage, reason, Order.NON_BANKABLE_FIRST);
    }

    /**
     * Withdraws over-allocation: up to {@code tonnes}, newest vintage first; what the account cannot
     * cover becomes a debt netted from its next issuance.
     *
     * @return tonnes withdrawn now
     */
    public long withdraw(int account, long tonnes) {
        checkTonnes(tonnes);
        long withdrawn = destroy(account, tonnes, Integer.MAX_VALUE, TransferReason.WITHDRAWAL, Order.NEWEST_FIRST);
        if (withdrawn < tonnes) {
            addDebt(account, tonnes - withdrawn);
        }
        return withdrawn;
    }

    /** Cancels every non-bankable lot of vintage up to {@code maxVintage} in every account; returns tonnes. */
    public long cancelNonBankable(int maxVintage) {
        long total = 0;
        for (int id = 0; id < accountCount; id++) {
            Account a = accounts[id];
            int last = Math.min(vintageSlots(a) - 1, maxVintage - firstVintage);
            for (int v = 0; v <= last; v++) {
                long lot = Math.min(a.lots[2 * v + 1], available(a));
                if (lot > 0) {
                    take(a, 2 * v + 1, lot);
                    destroyedByVintage = grown(destroyedByVintage, v);
                    destroyedByVintage[v] += lot;
                    record(id, EXTERNAL, lot, firstVintage + v, false, TransferReason.BANKING_CANCELLATION);
                    total += lot;
                }
            }
        }
        return total;
    }

    /** All allowances {@code account} holds, pledged ones included, t. */
    public long holdingTonnes(int account) {
        return account(account).holdings;
    }

    /** Allowances of {@code account} that may leave it (its holdings less what is pledged), t. */
    public long availableTonnes(int account) {
        return available(account(account));
    }

    /** Allowances of {@code account} locked by pledges, t. */
    public long lockedTonnes(int account) {
        return account(account).locked;
    }

    /**
     * Locks {@code tonnes} of {@code account}'s available allowances as a pledge's collateral (a
     * {@link TransferReason#PLEDGE_LOCK} memo). Returns false, changing nothing, if fewer are available.
     */
    public boolean lock(int account, long tonnes) {
        checkTonnes(tonnes);
        Account a = account(account);
        if (available(a) < tonnes) {
            return false;
        }
        a.locked += tonnes;
        tonnesByReason[TransferReason.PLEDGE_LOCK.ordinal()] += tonnes;
        logTransfer(account, account, tonnes, firstVintage, true, TransferReason.PLEDGE_LOCK);
        return true;
    }

    /** Releases {@code tonnes} of {@code account}'s pledged allowances (a {@link TransferReason#PLEDGE_RELEASE} memo). */
    public void release(int account, long tonnes) {
        checkTonnes(tonnes);
        Account a = account(account);
        if (a.locked < tonnes) {
            throw new IllegalStateException(
                    "account " + account + " has " + a.locked + " t pledged, cannot release " + tonnes + " t");
        }
        a.locked -= tonnes;
        tonnesByReason[TransferReason.PLEDGE_RELEASE.ordinal()] += tonnes;
        logTransfer(account, account, tonnes, firstVintage, true, TransferReason.PLEDGE_RELEASE);
    }

    /** Allowances of vintages up to {@code maxVintage} that {@code account} holds, t. */
    public long holdingTonnes(int account, int maxVintage) {
        Account a = account(account);
        long total = 0;
        int last = Math.min(vintageSlots(a) - 1, maxVintage - firstVintage);
        for (int v = 0; v <= last; v++) {
            total += a.lots[2 * v] + a.lots[2 * v + 1];
        }
        return total;
    }

    /** The lot ({@code vintage}, {@code bankable}) of {@code account}, t. */
    public long lotTonnes(int account, int vintage, boolean bankable) {
        Account a = account(account);
        int v = vintage - firstVintage;
        return v < 0 || v >= vintageSlots(a) ? 0 : a.lots[2 * v + (bankable ? 0 : 1)];
    }

    /** Non-bankable allowances of vintages up to {@code maxVintage} that {@code account} holds, t. */
    public long nonBankableTonnes(int account, int maxVintage) {
        Account a = account(account);
        long total = 0;
        int last = Math.min(vintageSlots(a) - 1, maxVintage - firstVintage);
        for (int v = 0; v <= last; v++) {
            total += a.lots[2 * v + 1];
        }
        return total;
    }

    /** Tonnes {@code account} has sold in trades so far. */
    public long soldTonnes(int account) {
        return account(account).sold;
    }

    /**
     * Tonnes {@code account} has sold minus bought in trades so far; the engine takes the difference
     * over a year for {@code ComplianceDue.netSalesTonnes}.
     */
    public long netSoldTonnes(int account) {
        Account a = account(account);
        return a.sold - a.bought;
    }

    /** Tonnes {@code account} has bought in trades so far. */
    public long boughtTonnes(int account) {
        return account(account).bought;
    }

    // ---- cash -------------------------------------------------------------------------------

    /** Cash of {@code account}, fen (negative when it owes money). */
    public long cashFen(int account) {
        return account(account).cash;
    }

    /**
     * Brings {@code fen} into {@code account} from outside ({@link CashReason#DEPOSIT}, {@link
     * CashReason#INTERVENTION}, or a lender's {@link CashReason#LOAN} or {@link CashReason#REPO}).
     */
    public void receive(int account, long fen, CashReason reason) {
        if (reason != CashReason.DEPOSIT
                && reason != CashReason.INTERVENTION
                && reason != CashReason.LOAN
                && reason != CashReason.REPO) {
            throw new IllegalArgumentException(
                    "cash comes in from outside only as DEPOSIT, INTERVENTION, LOAN or REPO, got " + reason);
        }
        checkFen(fen);
        receive(account, account(account), fen, reason);
    }

    private void receive(int id, Account a, long fen, CashReason reason) {
        a.cash = Math.addExact(a.cash, fen);
        externalFenByReason[reason.ordinal()] += fen;
        logCash(EXTERNAL, id, fen, reason);
    }

    /** Pays {@code fen} out of {@code account} to outside the system; the balance may go negative. */
    public void pay(int account, long fen, CashReason reason) {
        if (reason == CashReason.TRADE
                || reason == CashReason.DEPOSIT
                || reason == CashReason.MARGIN
                || reason == CashReason.FORWARD_DELIVERY) {
            throw new IllegalArgumentException(reason + " is not a payment out of the system");
        }
        checkFen(fen);
        if (fen != 0) {
            pay(account, account(account), fen, reason);
        }
    }

    private void pay(int id, Account a, long fen, CashReason reason) {
        if (fen == 0) {
            return;
        }
        a.cash = Math.subtractExact(a.cash, fen);
        externalFenByReason[reason.ordinal()] -= fen;
        logCash(id, EXTERNAL, fen, reason);
    }

    /**
     * Moves {@code fen} between two accounts ({@link CashReason#MARGIN} or {@link
     * CashReason#FORWARD_DELIVERY}). Returns false, changing nothing, if {@code from} has less cash.
     */
    public boolean payTo(int from, int to, long fen, CashReason reason) {
        checkFen(fen);
        if (account(from).cash < fen) {
            return false;
        }
        chargeTo(from, to, fen, reason);
        return true;
    }

    /**
     * Moves {@code fen} between two accounts ({@link CashReason#MARGIN} or {@link
     * CashReason#FORWARD_DELIVERY}) even if {@code from} goes negative: money a defaulter owes.
     */
    public void chargeTo(int from, int to, long fen, CashReason reason) {
        if (reason != CashReason.MARGIN && reason != CashReason.FORWARD_DELIVERY) {
            throw new IllegalArgumentException(
                    "cash moves between accounts here only as MARGIN or FORWARD_DELIVERY, got " + reason);
        }
        checkFen(fen);
        if (from == to) {
            throw new IllegalArgumentException("cannot move cash from account " + from + " to itself");
        }
        moveCash(from, account(from), to, account(to), fen, reason);
    }

    // ---- totals and conservation ------------------------------------------------------------

    /** Tonnes moved, created or destroyed for {@code reason} so far. */
    public long tonnes(TransferReason reason) {
        return tonnesByReason[reason.ordinal()];
    }

    /** Net cash that entered accounts from outside for {@code reason}, fen (negative for payments out). */
    public long externalFen(CashReason reason) {
        return externalFenByReason[reason.ordinal()];
    }

    /** Allowances created so far, t. */
    public long issuedTonnes() {
        return sumOfKind(TransferReason.Kind.CREATE);
    }

    /** Allowances surrendered so far, t. */
    public long surrenderedTonnes() {
        return sumOfKind(TransferReason.Kind.SURRENDER);
    }

    /** Allowances cancelled (including withdrawals and banking cancellations) so far, t. */
    public long cancelledTonnes() {
        return sumOfKind(TransferReason.Kind.CANCEL);
    }

    /** Allowances held in all accounts, t. */
    public long totalHoldingTonnes() {
        long total = 0;
        for (int id = 0; id < accountCount; id++) {
            total += accounts[id].holdings;
        }
        return total;
    }

    /** Cash in all accounts, fen. */
    public long totalCashFen() {
        long total = 0;
        for (int id = 0; id < accountCount; id++) {
            total += accounts[id].cash;
        }
        return total;
    }

    /** The logged transfers, oldest first (at most the last {@code logCapacity}). */
    public List<Transfer> transfers() {
        return ring(transferLog, transferCount);
    }

    /** The logged cash movements, oldest first (at most the last {@code logCapacity}). */
    public List<CashMovement> cashMovements() {
        return ring(cashLog, cashCount);
    }

    /**
     * Every conservation problem found, or an empty list: lots negative or not adding up to an
     * account's holdings; a vintage's holdings ≠ what was created of it − what was destroyed; Σ
     * holdings ≠ issued − surrendered − cancelled; Σ cash ≠ net external
     * flows; debts negative; and, while the log holds every movement, the log disagreeing with the
     * running totals.
     */
    public List<String> checkConservation() {
        List<String> problems = new ArrayList<>();
        long holdings = 0;
        long cash = 0;
        long locked = 0;
        for (int id = 0; id < accountCount; id++) {
            Account a = accounts[id];
            long sum = 0;
            for (int i = 0; i < a.lots.length; i++) {
                if (a.lots[i] < 0) {
                    problems.add("account " + id + " lot of vintage " + (firstVintage + i / 2) + " is negative: "
                            + a.lots[i] + " t");
                }
                sum += a.lots[i];
            }
            if (sum != a.holdings) {
                problems.add("account " + id + " lots add up to " + sum + " t but holdings are " + a.holdings + " t");
            }
            if (a.debt < 0) {
                problems.add("account " + id + " debt is negative: " + a.debt + " t");
            }
            if (a.locked < 0 || a.locked > a.holdings) {
                problems.add("account " + id + " has " + a.locked + " t pledged, outside 0.." + a.holdings + " t held");
            }
            locked += a.locked;
            holdings += sum;
            cash += a.cash;
        }
        checkVintages(problems);
        long pledged = tonnes(TransferReason.PLEDGE_LOCK) - tonnes(TransferReason.PLEDGE_RELEASE);
        if (locked != pledged) {
            problems.add("accounts have " + locked + " t pledged but " + pledged + " t were locked and not released");
        }
        long expected = issuedTonnes() - surrenderedTonnes() - cancelledTonnes();
        if (holdings != expected) {
            problems.add("holdings " + holdings + " t != issued " + issuedTonnes() + " - surrendered "
                    + surrenderedTonnes() + " - cancelled " + cancelledTonnes() + " = " + expected + " t");
        }
        long external = 0;
        for (long fen : externalFenByReason) {
            external += fen;
        }
        if (cash != external) {
            problems.add("cash " + cash + " fen != net external flows " + external + " fen");
        }
        if (transferCount <= logCapacity && cashCount <= logCapacity && logCapacity > 0) {
            long logged = 0;
            for (Transfer t : transfers()) {
                switch (t.reason().kind()) {
                    case CREATE:
                        logged += t.tonnes();
                        break;
                    case SURRENDER:
                    case CANCEL:
                        logged -= t.tonnes();
                        break;
                    default:
                        break;
                }
            }
            if (logged != holdings) {
                problems.add("transfer log nets to " + logged + " t but accounts hold " + holdings + " t");
            }
            long loggedCash = 0;
            for (CashMovement m : cashMovements()) {
                loggedCash += (m.to() == EXTERNAL ? 0 : m.fen()) - (m.from() == EXTERNAL ? 0 : m.fen());
            }
            if (loggedCash != cash) {
                problems.add("cash log nets to " + loggedCash + " fen but accounts hold " + cash + " fen");
            }
        }
        return problems;
    }

    /**
     * Conservation by vintage: what every account holds of a vintage equals what was created of it
     * less what was destroyed (surrendered, cancelled, withdrawn), so that surrendering a later
     * vintage for an earlier year of a compliance cycle, or borrowing the next year's, moves no tonne
     * between vintages.
     */
    private void checkVintages(List<String> problems) {
        int vintages = Math.max(createdByVintage.length, destroyedByVintage.length);
        for (int id = 0; id < accountCount; id++) {
            vintages = Math.max(vintages, vintageSlots(accounts[id]));
        }
        for (int v = 0; v < vintages; v++) {
            long held = 0;
            for (int id = 0; id < accountCount; id++) {
                Account a = accounts[id];
                if (2 * v + 1 < a.lots.length) {
                    held += a.lots[2 * v] + a.lots[2 * v + 1];
                }
            }
            long created = v < createdByVintage.length ? createdByVintage[v] : 0;
            long destroyed = v < destroyedByVintage.length ? destroyedByVintage[v] : 0;
            if (held != created - destroyed) {
                problems.add("vintage " + (firstVintage + v) + ": accounts hold " + held + " t but " + created
                        + " t were created and " + destroyed + " t destroyed");
            }
        }
    }

    /** Throws {@link IllegalStateException} listing the problems if conservation fails. */
    public void requireConservation() {
        List<String> problems = checkConservation();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("registry conservation failed: " + String.join("; ", problems));
        }
    }

    // ---- internals --------------------------------------------------------------------------

    private enum Order {
        OLDEST_FIRST,
        NON_BANKABLE_FIRST,
        NEWEST_FIRST
    }

    private long destroy(int account, long tonnes, int maxVintage, TransferReason reason, Order order) {
        Account a = account(account);
        long remaining = Math.min(tonnes, available(a));
        long wanted = remaining;
        int last = Math.min(vintageSlots(a) - 1, maxVintage < firstVintage ? -1 : maxVintage - firstVintage);
        int[] slots = slotOrder(last, order);
        for (int slot : slots) {
            if (remaining == 0) {
                break;
            }
            long taken = Math.min(remaining, a.lots[slot]);
            if (taken > 0) {
                take(a, slot, taken);
                remaining -= taken;
                tonnesByReason[reason.ordinal()] += taken;
                destroyedByVintage = grown(destroyedByVintage, slot / 2);
                destroyedByVintage[slot / 2] += taken;
                logTransfer(account, EXTERNAL, taken, firstVintage + slot / 2, slot % 2 == 0, reason);
            }
        }
        return wanted - remaining;
    }

    private static long available(Account a) {
        return a.holdings - a.locked;
    }

    private static int[] slotOrder(int lastVintageIndex, Order order) {
        int n = lastVintageIndex + 1;
        int[] slots = new int[2 * Math.max(0, n)];
        int k = 0;
        switch (order) {
            case OLDEST_FIRST:
                for (int v = 0; v < n; v++) {
                    slots[k++] = 2 * v + 1;
                    slots[k++] = 2 * v;
                }
                break;
            case NON_BANKABLE_FIRST:
                for (int v = 0; v < n; v++) {
                    slots[k++] = 2 * v + 1;
                }
                for (int v = 0; v < n; v++) {
                    slots[k++] = 2 * v;
                }
                break;
            case NEWEST_FIRST:
                for (int v = n - 1; v >= 0; v--) {
                    slots[k++] = 2 * v + 1;
                    slots[k++] = 2 * v;
                }
                break;
            default:
                throw new IllegalArgumentException("unknown order " + order);
        }
        return slots;
    }

    private void move(int fromId, Account from, int toId, Account to, long tonnes, TransferReason reason) {
        move(fromId, from, toId, to, tonnes, reason, true);
    }

    /**
     * Moves {@code tonnes}, oldest vintage first and non-bankable lots first within a vintage; a lot
     * arrives bankable only if it was and {@code bankable} holds.
     */
    private void move(
            int fromId, Account from, int toId, Account to, long tonnes, TransferReason reason, boolean bankable) {
        long remaining = tonnes;
        int slots = vintageSlots(from);
        int v = from.firstLotSlot / 2;
        for (; v < slots && remaining > 0; v++) {
            for (int flag = 1; flag >= 0 && remaining > 0; flag--) {
                int slot = 2 * v + flag;
                long taken = Math.min(remaining, from.lots[slot]);
                if (taken > 0) {
                    boolean arrivesBankable = flag == 0 && bankable;
                    take(from, slot, taken);
                    add(to, firstVintage + v, arrivesBankable, taken);
                    remaining -= taken;
                    record(fromId, toId, taken, firstVintage + v, arrivesBankable, reason);
                }
            }
        }
        // every vintage before the last one touched was emptied or was empty
        from.firstLotSlot = 2 * Math.max(from.firstLotSlot / 2, v - 1);
    }

    private void record(int from, int to, long tonnes, int vintage, boolean bankable, TransferReason reason) {
        tonnesByReason[reason.ordinal()] += tonnes;
        logTransfer(from, to, tonnes, vintage, bankable, reason);
    }

    private void moveCash(int fromId, Account from, int toId, Account to, long fen, CashReason reason) {
        if (fen == 0) {
            return;
        }
        from.cash = Math.subtractExact(from.cash, fen);
        to.cash = Math.addExact(to.cash, fen);
        logCash(fromId, toId, fen, reason);
    }

    private void add(Account a, int vintage, boolean bankable, long tonnes) {
        int slot = 2 * (vintage - firstVintage) + (bankable ? 0 : 1);
        if (slot >= a.lots.length) {
            a.lots = Arrays.copyOf(a.lots, Math.max(slot + 2, a.lots.length * 2));
        }
        a.lots[slot] = Math.addExact(a.lots[slot], tonnes);
        a.holdings = Math.addExact(a.holdings, tonnes);
        a.firstLotSlot = Math.min(a.firstLotSlot, slot & ~1);
    }

    private static long[] grown(long[] array, int index) {
        return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }

    private static void take(Account a, int slot, long tonnes) {
        a.lots[slot] -= tonnes;
        a.holdings -= tonnes;
    }

    private static int vintageSlots(Account a) {
        return a.lots.length / 2;
    }

    private long sumOfKind(TransferReason.Kind kind) {
        long total = 0;
        for (TransferReason reason : REASONS) {
            if (reason.kind() == kind) {
                total += tonnesByReason[reason.ordinal()];
            }
        }
        return total;
    }

    private void logTransfer(int from, int to, long tonnes, int vintage, boolean bankable, TransferReason reason) {
        long seq = sequence++;
        if (logCapacity > 0) {
            transferLog[(int) (transferCount % logCapacity)] =
                    new Transfer(seq, from, to, tonnes, vintage, bankable, reason);
        }
        transferCount++;
    }

    private void logCash(int from, int to, long fen, CashReason reason) {
        long seq = sequence++;
        if (logCapacity > 0) {
            cashLog[(int) (cashCount % logCapacity)] = new CashMovement(seq, from, to, fen, reason);
        }
        cashCount++;
    }

    private static <T> List<T> ring(T[] log, long count) {
        int capacity = log.length;
        int size = (int) Math.min(count, capacity);
        List<T> list = new ArrayList<>(size);
        for (long i = count - size; i < count; i++) {
            list.add(log[(int) (i % capacity)]);
        }
        return list;
    }

    private Account account(int id) {
        if (id < 0 || id >= accountCount) {
            throw new IllegalArgumentException("no account " + id);
        }
        return accounts[id];
    }

    private void checkVintage(int vintage) {
        if (vintage < firstVintage) {
            throw new IllegalArgumentException(
                    "vintage " + vintage + " is before the registry's first vintage " + firstVintage);
        }
    }

    private static void checkTonnes(long tonnes) {
        if (tonnes < 0) {
            throw new IllegalArgumentException("tonnes must be >= 0, got " + tonnes);
        }
    }

    private static void checkFen(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("fen must be >= 0, got " + fen);
        }
    }
}
