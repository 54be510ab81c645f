package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over seeded random markets (2–8 firms on linear, quadratic and step curves; one to three offset
 * programmes, flat or sloped, capped on allocation or on emissions, with a total cap, scarce or
 * plentiful; caps given firm by firm or not; a ceiling that sometimes binds), the solver's credits
 * firm by firm add up to its credits and their cost exactly, no firm uses more than its caps in whole
 * tonnes at the emissions the reference leaves it, the tonnes still close the gap, and at a cleared
 * price the credits cost what the desk charges for each programme's first credits, none dearer than
 * the price. No credit is dropped: where the price clears the
 * market, the firms' abatement there and the credits their own caps hold there (firm by firm, as the
 * desk applies them) close the gap, and no firm abates more than it would at the price, as it would
 * if credits counted while the price was searched were turned into abatement afterwards. Programmes
 * capped on different bases (allocation and emissions) are where counting the caps together would
 * count credits no firm may use.
 */
class FirmCreditsPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void firmsCreditsAddUpAndStayWithinTheirCaps(long seed) {
        EquilibriumInput input = randomInstance(new Random(seed));
        EquilibriumResult result = EquilibriumSolver.solve(input);
        String where = "seed " + seed + ": " + result;

        long tonnes = 0;
        long costFen = 0;
        Map<String, FirmOffsetCaps> caps = input.offsets().capsByFirm();
        for (int i = 0; i < result.firms().size(); i++) {
            FirmAbatement firm = result.firms().get(i);
            CoveredFirm covered = input.firms().get(i);
            tonnes += firm.creditTonnes();
            costFen += firm.creditCostFen();
            long emissions = covered.bauTonnes() - firm.abatementTonnes();
            FirmOffsetCaps own = caps.get(covered.id());
            long programmes = 0;
            for (int p = 0; p < input.offsets().tranches().size(); p++) {
                programmes += input.offsets().programCapTonnes(own, p, emissions);
            }
            long cap = Math.min(programmes, input.offsets().totalCapTonnes(own, emissions));
            assertTrue(
                    firm.creditTonnes() <= cap,
                    firm.id() + " uses " + firm.creditTonnes() + " t of credits, its cap is " + cap + " t, " + where);
        }
        assertEquals(result.offsetsUsedTonnes(), tonnes, "the firms' credits add up, " + where);
        assertEquals(result.offsetCostFen(), costFen, "the firms' credit costs add up, " + where);
        if (result.regime() == Regime.CLEARED || result.regime() == Regime.CEILING) {
            assertEquals(
                    result.gapTonnes(),
                    result.totalAbatementTonnes() + result.offsetsUsedTonnes() + result.unmetTonnes(),
                    "the tonnes close the gap, " + where);
            assertCreditsCostWhatTheDeskCharges(input, result, where);
        }
        if (result.regime() == Regime.CLEARED) {
            assertNoCreditDropped(input, result, where);
        }
    }

    /**
     * A rationing read at one price and emissions after another (as the solvers read it, in arrays of
     * its own) shares each reading out as a rationing made for that reading alone does, firm by firm
     * and tranche by tranche.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aRationingReadAgainSharesAsAFreshOne(long seed) {
        Random random = new Random(seed);
        EquilibriumInput input = randomInstance(random);
        OffsetSupply supply = input.offsets();
        CreditRationing reused = CreditRationing.of(supply, input.firms());
        for (int reading = 0; reading < 12; reading++) {
            long[] emissions = new long[input.firms().size()];
            for (int i = 0; i < emissions.length; i++) {
                emissions[i] = (long) (input.firms().get(i).bauTonnes() * random.nextDouble());
            }
            double priceFen = random.nextInt(20_000);
            long[] offered = new long[supply.tranches().size()];
            for (int p = 0; p < offered.length; p++) {
                offered[p] = supply.tranches().get(p).wholeOfferedAt(priceFen);
            }
            boolean byFirm = random.nextBoolean();
            long[][] reusedByFirm = byFirm ? new long[offered.length][] : null;
            long[][] freshByFirm = byFirm ? new long[offered.length][] : null;
            String where = "seed " + seed + ", reading " + reading + " at " + priceFen + " fen";
            assertArrayEquals(
                    CreditRationing.of(supply, input.firms()).share(offered.clone(), emissions, freshByFirm),
                    reused.share(offered.clone(), emissions, reusedByFirm),
                    where);
            if (byFirm) {
                for (int p = 0; p < offered.length; p++) {
                    assertArrayEquals(freshByFirm[p], reusedByFirm[p], "tranche " + p + ", " + where);
                }
            }
        }
    }

    /**
     * The credits of a cleared {@code result} (or one at the ceiling) are, of each programme, those the
     * firms' caps hold at the price (at the ceiling, the highest price the search tries) and the
     * abatement reported, the dearest first credit's programme cut first to the credits used ({@link
     * YearSupply#askedOf}); together they cost what the desk charges for each programme's first credits
     * ({@link OffsetTranche#costFen}), and none costs more than that price.
     */
    private static void assertCreditsCostWhatTheDeskCharges(
            EquilibriumInput input, EquilibriumResult result, String where) {
        double price = result.regime() == Regime.CEILING
                ? Math.min(input.ceilingFen(), EquilibriumSolver.highestRelevantPrice(input))
                : result.exactPriceFen();
        long[] abated = new long[input.firms().size()];
        for (int i = 0; i < abated.length; i++) {
            abated[i] = result.firms().get(i).abatementTonnes();
        }
        long[] byTranche = YearSupply.of(input).askedOf(price, abated, result.offsetsUsedTonnes());
        long tonnes = 0;
        long costFen = 0;
        for (int p = 0; p < byTranche.length; p++) {
            OffsetTranche tranche = input.offsets().tranches().get(p);
            tonnes += byTranche[p];
            costFen += tranche.costFen(byTranche[p]);
            double lastFen = tranche.priceFen() + tranche.slopeFenPerMt() * (byTranche[p] - 1) / 1e6;
            assertTrue(
                    byTranche[p] == 0 || byTranche[p] <= tranche.supplyTonnes() && lastFen <= price,
                    tranche.id() + ": " + byTranche[p] + " t, the last at " + lastFen + " fen, above the price " + price
                            + " fen or past its supply, " + where);
        }
        assertEquals(result.offsetsUsedTonnes(), tonnes, "the programmes' credits add up, " + where);
        assertEquals(costFen, result.offsetCostFen(), "the desk's charge for the programmes' credits, " + where);
    }

    /**
     * At the price of a cleared {@code result}: every firm abates at most what it abates there (rounded
     * up to a whole tonne), and that abatement plus the credits the firms' own caps hold at the
     * emissions it leaves (what is on offer at the price, shared as the desk shares it) close the gap.
     */
    private static void assertNoCreditDropped(EquilibriumInput input, EquilibriumResult result, String where) {
        double price = result.exactPriceFen();
        int n = input.firms().size();
        long[] abatedAtPrice = new long[n];
        double abated = 0;
        for (int i = 0; i < n; i++) {
            double at = input.firms().get(i).tonnesAtPrice(price);
            abated += at;
            abatedAtPrice[i] = (long) Math.ceil(at - 1e-9);
            assertTrue(
                    result.firms().get(i).abatementTonnes() <= abatedAtPrice[i],
                    input.firms().get(i).id() + " abates "
                            + result.firms().get(i).abatementTonnes()
                            + " t, more than the " + at + " t it abates at the price: credits were dropped, "
                            + where);
        }
        List<OffsetTranche> tranches = input.offsets().tranches();
        long[] offered = new long[tranches.size()];
        for (int p = 0; p < offered.length; p++) {
            offered[p] = tranches.get(p).wholeOfferedAt(price);
        }
        long held = FirmCredits.of(input.offsets(), input.firms(), abatedAtPrice, offered)
                .assignedTonnes();
        double shortTonnes = result.gapTonnes() - abated - held;
        assertTrue(
                shortTonnes <= 1e-9 * result.gapTonnes(),
                "at the price the firms abate " + abated + " t and their caps hold " + held
                        + " t of credits, " + shortTonnes + " t short of the gap: the price counts credits"
                        + " the caps firm by firm do not hold, " + where);
    }

    /** A random market as described above, drawn from {@code random}. */
    static EquilibriumInput randomInstance(Random random) {
        int n = 2 + random.nextInt(7);
        List<CoveredFirm> firms = new ArrayList<>();
        long[] allocations = new long[n];
        long bau = 0;
        for (int i = 0; i < n; i++) {
            long firmBau = 1_000 + random.nextInt(999_001);
            bau += firmBau;
            allocations[i] = (long) (firmBau * (0.6 + 0.4 * random.nextDouble()));
            firms.add(new CoveredFirm("F" + i, firmBau, EquilibriumSolverPropertyTest.randomCurve(random)));
        }
        long cap = (long) (bau * (0.70 + 0.30 * random.nextDouble()));
        long ceiling = random.nextInt(4) == 0 ? 1_000 + random.nextInt(20_000) : Long.MAX_VALUE;
        return new EquilibriumInput(firms, cap, 0, randomOffsets(random, firms, allocations), 0, ceiling);
    }

    private static OffsetSupply randomOffsets(Random random, List<CoveredFirm> firms, long[] allocations) {
        int programmes = 1 + random.nextInt(3);
        boolean onEmissions = random.nextBoolean();
        double totalShare = 0.02 + 0.15 * random.nextDouble();
        List<OffsetTranche> tranches = new ArrayList<>();
        long[][] firmCaps = new long[firms.size()][programmes];
        for (int p = 0; p < programmes; p++) {
            boolean programmeOnEmissions = p == 0 ? onEmissions : random.nextBoolean();
            double share = 0.01 + 0.1 * random.nextDouble();
            long capTonnes = 0;
            for (int i = 0; i < firms.size() && !programmeOnEmissions; i++) {
                firmCaps[i][p] = (long) Math.floor(share * allocations[i]);
                capTonnes += firmCaps[i][p];
            }
            long supply = random.nextInt(3) == 0 ? 1 + random.nextInt(50_000) : 1 + random.nextInt(2_000_000);
            long slope = random.nextBoolean() ? 0 : 1 + random.nextInt(50_000);
            tranches.add(new OffsetTranche(
                    "P" + p, supply, random.nextInt(15_000), slope, capTonnes, programmeOnEmissions ? share : 0));
        }
        List<FirmOffsetCaps> caps = new ArrayList<>();
        long totalCap = 0;
        for (int i = 0; i < firms.size(); i++) {
            long total = onEmissions ? 0 : (long) Math.floor(totalShare * allocations[i]);
            totalCap += total;
            List<Long> own = new ArrayList<>();
            for (long c : firmCaps[i]) {
                own.add(c);
            }
            caps.add(new FirmOffsetCaps(firms.get(i).id(), own, total));
        }
        double totalEmissionsShare = onEmissions ? totalShare : 0;
        return random.nextInt(4) == 0
                ? new OffsetSupply(tranches, totalCap, totalEmissionsShare)
                : new OffsetSupply(tranches, totalCap, totalEmissionsShare, caps);
    }
}
