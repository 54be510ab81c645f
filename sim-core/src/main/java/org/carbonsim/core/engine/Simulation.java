package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.PriceExpectation;
import org.carbonsim.core.agents.TradingStrategy;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.mrv.Draws;
import org.carbonsim.core.mrv.MrvRules;
import org.carbonsim.core.mrv.MrvYear;
import org.carbonsim.core.mrv.UnderReportingRule;
import org.carbonsim.core.mrv.Verifier;
import org.carbonsim.core.offsets.CreditSupply;
import org.carbonsim.core.offsets.OffsetHistory;
import org.carbonsim.core.policy.AuctionPlan;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.scenario.Scenario;

/**
 * Runs a whole scenario: a pure function (scenario, seed) → {@link RunResult}. One {@link
 * SplittableRandom} seeded from the seed drives every random choice (output shocks, the traders and
 * the order in which they act), so the same scenario and seed give an equal result.
 *
 * <p>The {@link Registry} is the ledger; the traders' {@link Position}s in the {@link MarketSession}
 * mirror it: every exchange trade is settled into both, and after every other movement (issuance,
 * auctions, true-up, surrender, penalties) the positions are brought back to the registry's holdings
 * and cash. Each year: coverage; the cap and the allocation table from expected output, with the
 * pre-allocation issued to the covered enterprises, the government reserve share to the government
 * reserve account and the auction volume (adjusted by the stability reserve) to the auction account;
 * each covered enterprise's expected need is its expected emissions less the part of its expected
 * allocation still to be issued at the true-up, so pre-allocation alone does not make it a buyer;
 * the reference equilibrium from the covered enterprises' expected business-as-usual emissions and
 * curves (with the technology steps that can abate in the year), the allowances the year puts on the market (the covered enterprises' expected free
 * allocation and the auction volume; the government reserve only enters through interventions), the
 * allowances already held in circulation and the offsets; abatement planned at the expected
 * price; then the trading days. On a scheduled auction day, before trading, a uniform-price call
 * auction sells the day's lot at no less than the reserve price, at the price of its lowest bid that
 * fills, to covered enterprises bidding their demand curves in price steps ({@link
 * ComplianceTrader#auctionBids}: each tonne at what it is worth to them, at most a concession above
 * the last close) and, unless the auctions are for covered enterprises only, to investors bidding as
 * their strategies say ({@link TradingStrategy#auctionBid}: speculators a little below the last
 * close); if the exchange then trades nothing that day, the day closes at the auction's price. After each day the intervention monitor sees the day's limit hits; a triggered
 * intervention is executed the next trading day as a government order at the previous close, selling
 * from the government reserve account (at most what it holds) or buying into it; the government's
 * cash is outside the system, so its sales pay out and its buy-backs pay in from outside ({@link
 * Registry#settleInterventionSale}, {@link Registry#settleBuyBack}), and only its counterparty pays
 * the exchange fee in the registry. Each day the price
 * corridor may add a government order at the ceiling or the floor. At verification ({@code
 * compliance.verificationLeadDays} trading days before the compliance deadline, the scenario's day, by
 * default the last) each enterprise with a continuous abatement curve revises its plan to what its
 * trading left it to do: it abates whatever its holdings leave uncovered (within its potential, and
 * only while that is cheaper than the penalty) and at least up to where its marginal cost meets the
 * close, or the bank value when that is higher (a tonne not emitted can be banked or sold at that
 * price), so a firm that planned at too high an expected price and sold its surplus abates less, and
 * one that could not buy abates more; technology steps stay as decided. The year's output and
 * emissions are then simulated with those shares, abatement costs are realised and the allocation is
 * trued up from actual output; the firms trade toward their verified emissions until the deadline,
 * when the compliance desk settles every covered enterprise (offsets, surrender, borrowing, penalties,
 * banking); covered enterprises then hold what they have until the year ends (a deadline before the
 * last day leaves days in which only the other traders act). At the year's end unsold auction
 * allowances are cancelled, the stability reserve operates
 * on the allowances in circulation, and the registry's conservation of allowances and cash is checked;
 * a violation is a defect and throws {@link IllegalStateException}.
 *
 * <p>With {@code agents.compliance.estimateIntervalDays} above 0, covered enterprises learn their
 * year's emissions from estimates before verification ({@link EmissionsEstimates}); the year's
 * output is drawn from a seed taken when the year opens, and verification simulates the same draw.
 * With {@code compliance.deadlineReserveSale}, the government reserve sells firms still short after
 * the deadline day's trading what they lack at the day's upper limit, before the desk settles.
 *
 * <p>With a {@code finance} block ({@link FinanceSession}): the forward market trades after each
 * day's spot close and covered firms set their hedges when the year opens; before each day's trading
 * the cash-constrained firms receive their income, pledges and repos mature, and firms whose cash does
 * not pay for their shortfall finance it. Those firms get no working capital and bid only for what
 * their cash pays; every trader's position counts forwards and repos still to settle and never sells
 * what is pledged or promised.
 *
 * <p>The new-entrant reserve is issued into its own account at the start of each year; new entrants'
 * pre-allocation and true-up are moved from it while it lasts (issued beyond it when verified output
 * earns more), and what is left at the year's end is cancelled.
 *
 * <p>Simplifications, stated so that results can be read correctly: covered enterprises get
 * working capital at the start of each year (a deposit bringing their cash to twice the value of
 * their expected emissions at the higher of the initial price and the last close), and a buyer whose
 * cash does not cover a trade borrows the difference (deposited into its account). Trader groups'
 * starting allowances and cash are deposited when the run starts, outside the cap; the reference
 * equilibrium leaves those allowances out of the bank it counts (they are the groups' trading stock). Allowances are
 * issued bankable; what the intervention rule sells arrives non-bankable unless the rule allows
 * banking it, and is surrendered first. The desk applies the banking rule, and what non-bankable lots
 * are left in any account when a cycle is settled are cancelled. The penalty-equivalent price used as the
 * ceiling of the reference equilibrium and as the marginal cost of a shortfall beyond an enterprise's
 * abatement potential follows each year's rule ({@link PenaltyEquivalent}): the fine per tonne plus
 * the allowances deducted from next year's allocation per tonne short, both at the previous year's
 * average price (the initial price in the first year). Not
 * thread-safe; an instance runs once.
 *
 * <p>With an {@code mrv} block ({@link MrvRules}), each covered enterprise decides when the year
 * opens, by the {@link UnderReportingRule} at the price it expects, whether to hide part of its
 * emissions; it plans (and the reference equilibrium counts its demand) with its expected obligation
 * ({@link MrvRules#expectedObligationFactor}). At verification the {@link Verifier} turns true
 * emissions into reports, audits and detections; from then on each enterprise trades toward, and the
 * desk settles, its compliance emissions (reported, corrected where detected); at the deadline a
 * detected enterprise pays its fine and owes its deduction from next year's issuance. MRV draws come
 * from their own streams ({@link Draws}), so a scenario without the block runs exactly as before.
 *
 * <p>The yearly cycle's phases are classes of their own ({@code YearAllocation}, {@code
 * MarketStabilityReserve}, {@code YearOutlook}, {@code TradingDays}, {@code YearVerification}, {@code
 * VerifiedNeeds}, {@code ComplianceSettlement}, {@code YearSummary}); this class runs them in order,
 * a year at a time ({@code runYear}), and settles the exchange's trades into the registry.
 */
public final class Simulation {
    private final Scenario scenario;
    private final long seed;
    private final boolean recordTrades;
    private final Progress progress;
    private final ExternalTraders external;
    private final SplittableRandom random;
    private final Economy economy;
    private final CreditSupply creditSupply;
    /** The year's coverage, allocation, issuance and compliance rules. */
    private final YearAllocation allocation;

    private final PriceExpectation expectation;
    private final Registry registry;
    private final MarketSession session;
    private final MarketStabilityReserve reserve;
    /** The verifier of the scenario's MRV rules; {@code null} when emissions are reported exactly. */
    private final Verifier verifier;
    /** The scenario's finance block; {@code null} without one. */
    private final FinanceSession finance;

    private final GovernmentOperations operations;
    /** The year's reference problem, the path foreseen from it and the covered enterprises' plans. */
    private final YearOutlook outlook;

    private final SessionPositions positions;
    /** The year's verification and the covered enterprises' abatement it settles. */
    private final YearVerification verification;
    /** What the covered enterprises trade toward from verification to the deadline. */
    private final VerifiedNeeds verifiedNeeds;
    /** The trading days of every year, and the run's day list. */
    private final TradingDays trading;
    /** The compliance deadline of every year. */
    private final ComplianceSettlement settlement;
    /** The rows each year ends with. */
    private final YearSummary summary;

    /** The government reserve's account, read on every trade's settlement. */
    private final int governmentAccount;

    private final int tradingDays;
    /** The surrender deadline's day within every year, from 0. */
    private final int deadlineDay;

    private final long tickFen;

    private final Map<String, Integer> accountOf = new HashMap<>();
    private final SessionOwners owners = new SessionOwners();
    private final AccountBook book;
    private final List<TradeRecord> trades = new ArrayList<>();
    private final List<LedgerYear> ledger = new ArrayList<>();
    private final List<MrvYear> mrvYears = new ArrayList<>();
    /** Each year's CBAM rows, when the scenario asks for them. */
    private final List<CbamSectorYear> cbamRows = new ArrayList<>();
    /** What the current compliance cycle carries to its deadline. */
    private final OpenCycle openCycle = new OpenCycle();

    private int currentYear;
    private int currentDay;
    private long daysDone;
    private long yearVolume;
    private long yearTurnover;
    /** The tonnes traded in the current compliance cycle so far. */
    private long cycleVolumeTonnes;
    /** What the current compliance cycle's trades have paid so far, fen. */
    private long cycleTurnoverFen;

    private long lastYearAverageFen;
    /** Allowances deposited into trader groups' accounts when the run starts, from outside the cap, t. */
    private long traderStartTonnes;

    private boolean ran;
    /** What the external traders see before each round. */
    private final SessionFloor floor;

    /**
     * A simulation of {@code scenario} with {@code seed}.
     *
     * @param recordTrades whether the result lists every trade
     */
    public Simulation(Scenario scenario, long seed, boolean recordTrades) {
        this(scenario, seed, recordTrades, Progress.NONE);
    }

    /**
     * A simulation of {@code scenario} with {@code seed} that reports to {@code progress} after each
     * trading day, counting the days of all years.
     *
     * @param recordTrades whether the result lists every trade
     */
    public Simulation(Scenario scenario, long seed, boolean recordTrades, Progress progress) {
        this(scenario, seed, recordTrades, progress, ExternalTraders.NONE);
    }

    /**
     * A simulation of {@code scenario} with {@code seed} in which {@code external} play some
     * enterprises: their orders enter the same book before each round of continuous trading. With
     * {@link ExternalTraders#NONE} it is the simulation of the other constructors.
     *
     * @param recordTrades whether the result lists every trade
     */
    public Simulation(Scenario scenario, long seed, boolean recordTrades, Progress progress, ExternalTraders external) {
        this.external = Objects.requireNonNull(external, "external");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.seed = seed;
        this.recordTrades = recordTrades;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.random = new SplittableRandom(seed);
        this.economy = new Economy(scenario.sectors(), scenario.enterprises());
        CoverageDecider coverageDecider = new CoverageDecider(scenario.coverage(), scenario.sectors());
        Allocator allocator = new Allocator(scenario.allocation(), scenario.sectors(), scenario.enterprises());
        this.creditSupply = new CreditSupply(scenario.offsetMarkets(), seed);
        long initialPriceFen = scenario.market().initialPriceFen();
        this.lastYearAverageFen = initialPriceFen;
        this.expectation = PriceExpectation.of(scenario.agents().compliance(), initialPriceFen);
        this.tradingDays = scenario.calendar().tradingDaysPerYear();
        this.deadlineDay = scenario.compliance().deadlineDayIn(tradingDays);
        this.tickFen = scenario.market().tickFen();
        this.registry = new Registry(scenario.calendar().startYear(), 0);
        this.book = new AccountBook(registry);
        GovernmentAccounts governmentAccounts = new GovernmentAccounts(
                openAccount(AccountKind.GOVERNMENT_RESERVE, "government"),
                openAccount(AccountKind.AUCTION, "auction"),
                openAccount(AccountKind.NEW_ENTRANT_RESERVE, "new-entrant reserve"));
        this.governmentAccount = governmentAccounts.reserve();
        this.session = new MarketSession(
                scenario.market(),
                tradingDays,
                deadlineDay,
                scenario.market().roundsPerDay(),
                random,
                this::settleExchangeTrade);
        this.reserve = new MarketStabilityReserve(scenario.policy().stabilityReserve());
        this.allocation = new YearAllocation(
                scenario,
                economy,
                coverageDecider,
                allocator,
                creditSupply,
                registry,
                governmentAccounts,
                this::enterpriseAccount);
        this.verifier = scenario.mrv().map(Verifier::new).orElse(null);
        this.floor = new SessionFloor(scenario, session, owners, external);
        if (external != ExternalTraders.NONE) {
            session.onRoundStart(floor::startRound);
        }
        this.finance = scenario.finance().isEmpty()
                ? null
                : new FinanceSession(
                        scenario.finance(),
                        registry,
                        seed,
                        tickFen,
                        tradingDays,
                        scenario.calendar().startYear(),
                        this::openAccount);
        if (finance != null) {
            traderStartTonnes = finance.startTonnes();
        }
        OneYearReference oneYearReference = new OneYearReference(scenario, economy);
        // each covered enterprise's bank value around the common one
        BankValueSpread bankValues =
                new BankValueSpread(seed, scenario.agents().compliance().bankValueSpread());
        AbatementPlanner planner = new AbatementPlanner();
        this.outlook = new YearOutlook(
                scenario,
                economy,
                oneYearReference,
                coverageDecider,
                allocator,
                planner,
                bankValues,
                expectation,
                creditSupply,
                openCycle);
        this.positions = new SessionPositions(scenario, session, registry, owners, finance, external);
        this.operations =
                new GovernmentOperations(scenario, session, registry, book, governmentAccounts, positions, external);
        this.verification = new YearVerification(
                scenario, seed, random, economy, planner, positions, owners, external, allocation, outlook);
        this.verifiedNeeds = new VerifiedNeeds(positions, planner, bankValues, openCycle);
        this.trading =
                new TradingDays(session, floor, operations, positions, external, expectation, tickFen, deadlineDay);
        this.settlement = new ComplianceSettlement(
                scenario, registry, creditSupply, openCycle, book, positions, this::enterpriseAccount);
        this.summary = new YearSummary(economy, accountOf, book, operations);
    }

    /** Runs {@code scenario} with {@code seed}, without the trade list. */
    public static RunResult run(Scenario scenario, long seed) {
        return new Simulation(scenario, seed, false).run();
    }

    /** Runs the simulation; an instance runs once. */
    public RunResult run() {
        if (ran) {
            throw new IllegalStateException("a Simulation runs once; create another");
        }
        ran = true;
        traderStartTonnes = Math.addExact(
                traderStartTonnes, positions.addTraderGroups(name -> openAccount(AccountKind.TRADER, name)));
        List<YearResult> years = new ArrayList<>();
        List<SectorResult> sectors = new ArrayList<>();
        List<EnterpriseResult> enterprises = new ArrayList<>();
        for (int y = 0; y < scenario.calendar().years(); y++) {
            int year = scenario.calendar().startYear() + y;
            YearResult result = runYear(year);
            List<EnterpriseResult> rows = summary.enterpriseRows();
            external.yearSettled(
                    result, rows, outlook.equilibrium(), verification.realisedCost(), settlement.offsetCostFen());
            years.add(result);
            sectors.addAll(SectorResult.sum(year, rows, settlement.outcomes(), verification.realisedCost()));
            enterprises.addAll(rows);
        }
        operations.closeRun();
        if (!years.isEmpty()) {
            IntertemporalResult path = IntertemporalReference.path(
                    outlook.referenceInputs(), years.get(0).year(), scenario.compliance());
            external.pathSolved(path);
            years = IntertemporalReference.apply(years, path, summary.finesPerTonneShort());
        }
        return new RunResult(
                scenario.name(),
                seed,
                years,
                RunTotals.of(years),
                trading.days(),
                sectors,
                enterprises,
                operations.interventions(),
                operations.auctions(),
                ledger,
                trades,
                UnitSurplus.of(session, owners.traderOwners()),
                mrvYears,
                cbamRows,
                new OffsetHistory(creditSupply.years(), creditSupply.issuance()),
                finance == null ? Optional.empty() : Optional.of(finance.result()),
                reserve.years(),
                scenario.market().blockTrades().enabled());
    }

    /**
     * One year of the cycle, in order: the year opens (its allocation, last year's reserve operation
     * settled against its auctions, the reporting decisions, its outlook and the covered enterprises'
     * plans and positions); its trading days, with verification on its day and the compliance
     * deadline on its; and its end. Returns the year's row.
     */
    private YearResult runYear(int year) {
        ReportingYear reporting = new ReportingYear(verifier, economy, year);
        currentYear = year;
        session.openYear(year);
        verification.openYear(year, reporting);
        floor.openYear(year, verification::firmState);
        trading.openYear(year);
        yearVolume = 0;
        yearTurnover = 0;
        if (scenario.compliance().cycleOf(year).firstYear() == year) {
            cycleVolumeTonnes = 0;
            cycleTurnoverFen = 0;
        }
        book.newYear();
        operations.openYear(year);
        settlement.openYear();
        // trader groups' starting allowances come from outside the cap: they are the groups' own
        // trading stock, not a bank the covered firms can plan to comply with (#13)
        long circulatingAtStart = heldInCirculation();
        long heldAtStart = Math.max(0, circulatingAtStart - traderStartTonnes);
        allocation.open(year, tradingDays, reserve.lastOperation());
        AllocationTable table = allocation.table();
        if (year == scenario.calendar().startYear()) {
            openCycle.countPriorNetSales(
                    PriorNetSales.shares(scenario.compliance().cycleOf(year).banking(), table.lines()));
        }
        AuctionPlan auctionPlan = allocation.auctionPlan();
        reserve.openYear(auctionPlan, table.auctionTonnes());
        reporting.decide(table.lines(), expectation.expectedFen());
        CoveredYear covered = new CoveredYear(table, reporting, allocation.offsetRule());
        YearPlans plans = outlook.open(
                covered,
                auctionPlan.totalTonnes(),
                circulatingAtStart,
                heldAtStart,
                lastYearAverageFen,
                reserve.foreseen());
        verifiedNeeds.openYear(plans);
        positions.openYear(new YearEntry(covered, plans, openCycle, accountOf, allocation.coverage()));
        int verificationDay = scenario.compliance().verificationDayIn(tradingDays);
        verification.plan(plans, verificationDay);
        for (int day = 0; day < tradingDays; day++) {
            currentDay = day;
            if (day == verificationDay) {
                verify(day, table.lines());
            } else {
                verification.estimate(day);
            }
            trading.trade(day, auctionPlan, table.lines());
            if (day == deadlineDay) {
                settleDeadline(reporting, table.lines());
            }
            daysDone++;
            progress.advanced(daysDone, (long) scenario.calendar().years() * tradingDays);
        }
        return closeYear(year, reporting);
    }

    /**
     * Verification on {@code day}, before its trading: the covered enterprises of {@code lines} revise
     * their abatement and learn their year ({@link YearVerification}), then trade toward it ({@link
     * VerifiedNeeds}); the government's sale to verified firms opens.
     */
    private void verify(int day, List<AllocationLine> lines) {
        long tradableFen = trading.tradableFen();
        verification.verify(tradableFen, poolPriceFen(tradableFen), averagePriceFen(tradableFen));
        verifiedNeeds.afterVerification(
                verification, outlook, allocation.offsetRule(), lines, tradableFen, poolPriceFen(tradableFen));
        operations.openVerifiedSale(day, lines, trading.closeFen(), verifiedNeeds.offsetPlan());
    }

    /**
     * The compliance deadline, after its day's trading: with {@code compliance.deadlineReserveSale} the
     * government reserve sells firms still short what they lack at the day's upper limit; then the
     * covered enterprises of {@code lines} settle ({@link ComplianceSettlement}).
     */
    private void settleDeadline(ReportingYear reporting, List<AllocationLine> lines) {
        if (scenario.compliance().deadlineReserveSale()) {
            operations.sellReserveToShortFirms(lines, trading.lastDay().bandHighFen(), this::enterpriseAccount);
        }
        settlement.settle(
                lines,
                verification,
                reporting,
                allocation.desk(),
                outlook,
                verifiedNeeds,
                averagePriceFen(session.lastTradableTicks() * tickFen));
        operations.closeVerifiedSale();
    }

    /**
     * The year's end: what is left unissued is cancelled, the stability reserve operates, the
     * registry's conservation is checked, the finance block closes the year, and the year's rows are
     * made. Returns the year's row.
     */
    private YearResult closeYear(int year, ReportingYear reporting) {
        allocation.close();
        reserve.closeYear(year, this::heldInCirculation, allocation.table().auctionTonnes());
        registry.requireConservation();
        if (finance != null) {
            finance.closeYear(year);
        }
        ledger.add(LedgerYear.of(year, registry));
        YearResult result = summary.close(
                allocation,
                verification,
                settlement,
                outlook.equilibrium(),
                trading,
                yearVolume,
                yearTurnover,
                averagePriceFen(trading.closeFen()));
        reporting.verified().ifPresent(mrvYears::add);
        scenario.cbam()
                .ifPresent(rules -> cbamRows.addAll(CbamExposure.of(
                        rules,
                        year,
                        economy.enterprises(),
                        verification.actual(),
                        allocation.coverage(),
                        verification.finalAllocation(),
                        verification::obligationTonnes,
                        result.vwapFen())));
        lastYearAverageFen = result.vwapFen();
        return result;
    }

    /**
     * The price a firm planning a pooled cycle as a whole ({@link CycleOutlook}) abates up to at a
     * verification before the cycle's deadline: the lower of {@code tradableFen} (what a tonne could
     * trade at when the last day closed) and what the cycle's trades have paid per tonne so far. The
     * cycle's allowances are one pool with one price, and a tonne the firm frees now is sold into that
     * pool at any time to the deadline; where the firms settle the pool's trading early, the close can
     * be a last small trade months old that no later trade moves, and abating up to it frees tonnes no
     * one buys (docs/model.md, "Firms without foresight").
     */
    private long poolPriceFen(long tradableFen) {
        return cycleVolumeTonnes > 0 ? Math.min(tradableFen, cycleTurnoverFen / cycleVolumeTonnes) : tradableFen;
    }

    /** The year's volume-weighted average price so far, fen per tonne; {@code noTradesFen} before any trade. */
    private long averagePriceFen(long noTradesFen) {
        return yearVolume > 0 ? yearTurnover / yearVolume : noTradesFen;
    }

    private int enterpriseAccount(String enterpriseId) {
        Integer account = accountOf.get(enterpriseId);
        if (account == null) {
            account = openAccount(AccountKind.ENTERPRISE, enterpriseId);
            accountOf.put(enterpriseId, account);
        }
        return account;
    }

    private int openAccount(AccountKind kind, String name) {
        int account = registry.openAccount(kind, name);
        book.opened(account, name);
        return account;
    }

    private long heldInCirculation() {
        long total = 0;
        for (int account = 0; account < registry.accountCount(); account++) {
            AccountKind kind = registry.kind(account);
            if (kind == AccountKind.ENTERPRISE || kind == AccountKind.TRADER) {
                total = Math.addExact(total, registry.holdingTonnes(account));
            }
        }
        return total;
    }

    private void settleExchangeTrade(
            int day, long buyOrderId, long sellOrderId, int buyOwner, int sellOwner, long priceTicks, long tonnes) {
        int buyer = accountOfOwner(buyOwner);
        int seller = accountOfOwner(sellOwner);
        long priceFen = priceTicks * tickFen;
        long notional = Math.multiplyExact(priceFen, tonnes);
        long fee = session.rulesInForce().feeFen(notional);
        // a member pays in what it lacks for a purchase, unless its financing limits its cash
        boolean fundBuyer = buyer != governmentAccount && (finance == null || !finance.cashLimited(buyer));
        boolean settled;
        if (seller == governmentAccount) {
            long missingFen = Math.addExact(notional, fee) - registry.cashFen(buyer);
            if (missingFen > 0 && fundBuyer) {
                registry.receive(buyer, missingFen, CashReason.DEPOSIT);
            }
            settled = registry.settleInterventionSale(
                    governmentAccount, buyer, tonnes, priceFen, operations.saleIsBankable(sellOrderId));
            registry.pay(buyer, fee, CashReason.FEE);
        } else if (buyer == governmentAccount) {
            settled = registry.settleBuyBack(governmentAccount, seller, tonnes, priceFen);
            registry.pay(seller, fee, CashReason.FEE);
        } else {
            // the registry counts what both sides of a trade bought and sold, and the book reads it there
            settled = registry.settleTrade(buyer, seller, tonnes, priceFen, fee, fee, fundBuyer);
        }
        if (!settled) {
            throw new IllegalStateException("trade of " + tonnes + " t at " + priceFen + " fen between "
                    + book.name(buyer) + " and " + book.name(seller) + " not settled by the registry");
        }
        if (seller == governmentAccount || buyer == governmentAccount) {
            book.boughtOutsideTrades(buyer, tonnes);
            book.soldOutsideTrades(seller, tonnes);
        }
        yearVolume = Math.addExact(yearVolume, tonnes);
        yearTurnover = Math.addExact(yearTurnover, notional);
        cycleVolumeTonnes = Math.addExact(cycleVolumeTonnes, tonnes);
        cycleTurnoverFen = Math.addExact(cycleTurnoverFen, notional);
        if (recordTrades || external != ExternalTraders.NONE) {
            TradeRecord trade = new TradeRecord(
                    currentYear,
                    currentDay,
                    book.name(buyer),
                    book.name(seller),
                    priceFen,
                    tonnes,
                    buyOrderId == MarketSession.NO_ORDER_ID);
            if (recordTrades) {
                trades.add(trade);
            }
            external.traded(trade);
        }
    }

    private int accountOfOwner(int owner) {
        return owner == MarketSession.GOVERNMENT_OWNER_ID ? governmentAccount : owners.accountOf(owner);
    }
}
