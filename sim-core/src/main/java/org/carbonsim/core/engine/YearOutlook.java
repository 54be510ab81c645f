package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.agents.BankValue;
import org.carbonsim.core.agents.PriceExpectation;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.EquilibriumSolver;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.offsets.CreditSupply;
import org.carbonsim.core.scenario.Scenario;

/**
 * The year's outlook as it opens, for each year of a run in turn: its penalty-equivalent price, the
 * value of a banked allowance, its one-year reference problem and equilibrium (with each fed offset
 * programme's effect on its price), with foresight the least-cost path the firms foresee from it, and
 * the covered enterprises' plans at the prices these give ({@link YearPlans}). At verification it
 * foresees the years the enterprises' undecided investments would abate in. It keeps each year's
 * reference problem for the intertemporal reference after the last year. Not thread-safe.
 */
final class YearOutlook {
    private final Scenario scenario;
    private final Economy economy;
    private final OneYearReference oneYearReference;
    private final CoverageDecider coverageDecider;
    private final Allocator allocator;
    private final AbatementPlanner planner;
    private final BankValueSpread bankValues;
    private final PriceExpectation expectation;
    private final CreditSupply creditSupply;
    private final OpenCycle openCycle;
    /** Each year's one-year reference problem, for the intertemporal reference after the last year. */
    private final List<EquilibriumInput> referenceInputs = new ArrayList<>();

    private CoveredYear covered;
    /** The year's {@link PenaltyEquivalent}, fen per tonne. */
    private long penaltyPriceFen;

    private boolean carriedOut;
    /** What a banked allowance is worth to the covered enterprises, fen; none when the year banks none. */
    private long bankFen;
    /** The year's own reference problem, as it opened. */
    private EquilibriumInput referenceInput;

    private EquilibriumResult equilibrium;
    /** By fed offset programme: the one-year reference price with its credits minus without, fen. */
    private Map<String, Long> priceEffects;
    /**
     * What the least-cost path the foreseeing firms foresaw as the year opened carries out of this
     * year and each later year, t; empty without that foresight.
     */
    private List<Long> foreseenPathBanks;
    /**
     * The year's price and offset credits on that path, which the firms plan their credits by
     * ({@link OffsetPlan#onPath}) before verification and after; {@link CreditsOnPath#NONE} without it.
     */
    private CreditsOnPath creditsOnPath;

    private YearPlans plans;

    YearOutlook(
            Scenario scenario,
            Economy economy,
            OneYearReference oneYearReference,
            CoverageDecider coverageDecider,
            Allocator allocator,
            AbatementPlanner planner,
            BankValueSpread bankValues,
            PriceExpectation expectation,
            CreditSupply creditSupply,
            OpenCycle openCycle) {
        this.scenario = scenario;
        this.economy = economy;
        this.oneYearReference = oneYearReference;
        this.coverageDecider = coverageDecider;
        this.allocator = allocator;
        this.planner = planner;
        this.bankValues = bankValues;
        this.expectation = expectation;
        this.creditSupply = creditSupply;
        this.openCycle = openCycle;
    }

    /**
     * Opens the outlook of {@code covered}'s year and returns the covered enterprises' plans: the year
     * puts {@code auctionTonnes} on the market; {@code circulatingAtStartTonnes} are held in circulation
     * as it opens, {@code heldAtStartTonnes} of them the covered firms' bank; {@code lastYearAverageFen}
     * is the year before's average price (the initial price in the first year), and {@code reserve} the
     * stability reserve the path foresees acting on its banks.
     */
    YearPlans open(
            CoveredYear covered,
            long auctionTonnes,
            long circulatingAtStartTonnes,
            long heldAtStartTonnes,
            long lastYearAverageFen,
            Optional<ForeseenReserve> reserve) {
        this.covered = covered;
        int year = covered.year();
        penaltyPriceFen = PenaltyEquivalent.perTonneFen(scenario.compliance().penalty(), lastYearAverageFen);
        ComplianceCycle cycle = scenario.compliance().cycleOf(year);
        // allowances held when the year's compliance is done are carried into the next year within a
        // cycle that settles later; at a cycle's deadline unless the cycle's banking rule forbids it
        carriedOut = !cycle.settlesIn(year) || cycle.banks();
        bankFen = !carriedOut
                ? 0
                : Math.min(
                        penaltyPriceFen,
                        Math.round(scenario.agents().compliance().bankValueShare() * lastYearAverageFen));
        // the firms' foresight below starts from the year's whole curves and keeps of each the part
        // the enterprise can abate along in each year foreseen, as its planner stands now
        EquilibriumInput planning = oneYearReference.input(covered, auctionTonnes, penaltyPriceFen, heldAtStartTonnes);
        referenceInput = oneYearReference.readyIn(planning, year);
        referenceInputs.add(referenceInput);
        equilibrium = EquilibriumSolver.solve(referenceInput);
        priceEffects = OffsetPriceEffect.of(referenceInput, equilibrium, creditSupply.fedProgramIds());
        long foreseenBankTonnes = 0;
        foreseenPathBanks = List.of();
        PlannedBorrowing plannedBorrowing = PlannedBorrowing.NONE;
        creditsOnPath = CreditsOnPath.NONE;
        long fromCycleTonnes = 0;
        // what an allowance is worth to the firms until verification: the bank value, or with
        // foresight the year's own foreseen price where the path carries nothing out of it
        long holdFen = bankFen;
        if (scenario.agents().compliance().bankValue() == BankValue.FORESIGHT && carriedOut) {
            // the firms foresee every allowance in circulation, the trader groups' stock too: what
            // is for sale is part of the bank they can carry, whoever holds it today
            // and in a later year of a multi-year cycle, that the cycle's earlier years still owe
            EquilibriumInput inCirculation = Foresight.owingCycle(
                    planning.withBankedTonnes(circulatingAtStartTonnes), openCycle.carriedTonnes());
            // later years are foreseen as their rules would issue them, before any reserve acts: the
            // path foresees the reserve acting on its own banks
            Foresight.ForeseenBank foreseen =
                    oneYearReference.foreseenBank(year, inCirculation, foreseenYears(year), reserve, planner);
            bankFen = Math.min(penaltyPriceFen, foreseen.valueFen());
            holdFen = Math.min(penaltyPriceFen, foreseen.holdFen());
            foreseenBankTonnes = foreseen.bankAfterTonnes();
            foreseenPathBanks = foreseen.pathBanksTonnes();
            creditsOnPath = foreseen.credits();
            plannedBorrowing = plannedBorrowing(cycle, year, foreseenBankTonnes);
            fromCycleTonnes = fromCycleTonnes(cycle, year, foreseenBankTonnes);
        }
        CycleOutlook cycleOutlook = cycleOutlook(cycle, year);
        plans = YearPlans.of(
                covered,
                new PlanningPrices(
                        expectation.expectedFen(),
                        penaltyPriceFen,
                        holdFen,
                        foreseenBankTonnes,
                        plannedBorrowing,
                        fromCycleTonnes,
                        creditsOnPath),
                bankValues,
                economy,
                planner,
                openCycle,
                cycleOutlook);
        return plans;
    }

    /**
     * What each foreseeing enterprise plans to borrow out of {@code year} ({@link PlannedBorrowing}):
     * the cycle's {@code borrowingShare} where the path it foresees borrows (its bank after the year
     * is negative) and the year is its compliance cycle's deadline, else none. A multi-year cycle
     * borrows at its deadline on the cycle's whole obligation, its earlier years' included, as the
     * desk lets it.
     */
    private static PlannedBorrowing plannedBorrowing(ComplianceCycle cycle, int year, long foreseenBankTonnes) {
        return foreseenBankTonnes < 0 && cycle.lastYear() == year && cycle.borrowingShare() < 1
                ? new PlannedBorrowing(cycle.borrowingShare())
                : PlannedBorrowing.NONE;
    }

    /**
     * What the foreseeing enterprises plan, between them, to meet of {@code year}'s obligation from
     * the allocation of its cycle's later years ({@link PlanningPrices#fromCycleTonnes}): minus the
     * bank the path they foresee carries out of the year, where it is negative, the year comes before
     * its cycle's deadline and the cycle's allowances are one pool ({@code borrowingWithinCycle}), else
     * none.
     */
    private static long fromCycleTonnes(ComplianceCycle cycle, int year, long foreseenBankTonnes) {
        return foreseenBankTonnes < 0 && year < cycle.lastYear() && cycle.borrowingWithinCycle()
                ? -foreseenBankTonnes
                : 0;
    }

    /**
     * The later years of {@code year}'s cycle that enterprises without foresight of the path plan for
     * ({@link CycleOutlook}): the years after it to the cycle's deadline, or to the run's last year
     * where the run ends first (its last year settles the cycle), where the cycle's allowances are one
     * pool ({@code borrowingWithinCycle}); none at the deadline, where later vintages may not meet an
     * earlier year's obligation, and for firms that foresee the path, which plan the pool on it ({@link
     * #fromCycleTonnes}).
     */
    private CycleOutlook cycleOutlook(ComplianceCycle cycle, int year) {
        int lastRunYear = scenario.calendar().startYear() + scenario.calendar().years() - 1;
        int lastYear = Math.min(cycle.lastYear(), lastRunYear);
        if (scenario.agents().compliance().bankValue() == BankValue.FORESIGHT
                || !cycle.borrowingWithinCycle()
                || year >= lastYear) {
            return CycleOutlook.NONE;
        }
        return oneYearReference.cycleOutlook(year, lastYear, cycle, coverageDecider.copy(), allocator);
    }

    /** The years after {@code year} the firms foresee, as their rules would issue them. */
    private List<ForeseenYear> foreseenYears(int year) {
        return oneYearReference.foreseenYears(year, coverageDecider.copy(), allocator, covered.offsetRule());
    }

    /**
     * The years the undecided investments of {@code enterpriseIds} would abate in, foreseen at the
     * year's verification; none where no enterprise has one to decide or no later year is foreseen
     * (the run's last year, without foresight past it), where no year is worked out.
     */
    InvestmentOutlook investmentOutlook(Collection<String> enterpriseIds) {
        TreeSet<Integer> leads = new TreeSet<>();
        Set<String> investing = new HashSet<>();
        for (String id : enterpriseIds) {
            List<Integer> own = planner.leadTimes(id);
            if (!own.isEmpty()) {
                leads.addAll(own);
                investing.add(id);
            }
        }
        int year = covered.year();
        if (leads.isEmpty() || year >= oneYearReference.lastForeseenYear()) {
            return InvestmentOutlook.NONE;
        }
        // only the years the leads reach are foreseen: the outlook reads no other
        List<Integer> ascending = List.copyOf(leads);
        List<ForeseenYear> later = oneYearReference.foreseenYears(
                year, ascending, coverageDecider.copy(), allocator, covered.offsetRule());
        return InvestmentOutlook.of(year, ascending, investing, referenceInput, later, foreseenPathBanks, planner);
    }

    /** The year's penalty-equivalent price, fen per tonne. */
    long penaltyPriceFen() {
        return penaltyPriceFen;
    }

    /** Whether allowances held when the year's compliance is done are carried into the next year. */
    boolean carriedOut() {
        return carriedOut;
    }

    /** What a banked allowance is worth to the covered enterprises, fen; 0 when the year banks none. */
    long bankFen() {
        return bankFen;
    }

    /** The year's own reference problem, as it opened. */
    EquilibriumInput referenceInput() {
        return referenceInput;
    }

    /** Each year's one-year reference problem so far, as it opened. */
    List<EquilibriumInput> referenceInputs() {
        return referenceInputs;
    }

    EquilibriumResult equilibrium() {
        return equilibrium;
    }

    /** By fed offset programme: the one-year reference price with its credits minus without, fen. */
    Map<String, Long> priceEffects() {
        return priceEffects;
    }

    /** The year's price and offset credits on the foreseen path; {@link CreditsOnPath#NONE} without it. */
    CreditsOnPath creditsOnPath() {
        return creditsOnPath;
    }

    /** The covered enterprises' plans as the year opened. */
    YearPlans plans() {
        return plans;
    }
}
