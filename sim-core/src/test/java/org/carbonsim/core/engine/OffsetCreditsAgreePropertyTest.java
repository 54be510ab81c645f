package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceDue;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.equilibrium.RationingProbe;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/**
 * Seeded problems of 2–5 firms and 1–3 flat credit programmes (caps on allocation or on emissions,
 * mixed, a cap on all programmes together, supplies scarce or plentiful, prices in any order), each
 * firm's credits at an allowance price p computed three ways: the traders' plans ({@link
 * OffsetPlan}), the equilibrium solver's rationing ({@code equilibrium.CreditRationing}) and the
 * compliance desk ({@link ComplianceDesk}).
 *
 * <ul>
 *   <li>Every firm plans what the desk sells it of its own share, programme by programme cheapest
 *       first within its cap on all programmes together. The desk is given p as the value of a banked
 *       allowance and every firm holds allowances enough, so it buys the credits priced below p that
 *       replace allowances and passes no leftover on (no firm is short). p is never a programme's own
 *       price, where the plan counts the programme and the desk, without a path's share, does not.
 *   <li>The solver counts every credit on offer within the firms' caps, while a plan counts only the
 *       firm's own share of a scarce programme and the desk passes the leftover on only at the
 *       deadline to the firms still short (docs/model.md, "Offsets"): the solver is checked against the
 *       desk only where no programme priced below p is scarce, where all three agree.
 * </ul>
 *
 * Programmes on a rising curve are left out: there the desk counts the credits whose marginal price,
 * rounded down to a fen, is below p, and the plans the whole tonnes of the curve below p.
 */
class OffsetCreditsAgreePropertyTest {
    private static final int YEAR = 2024;
    private static final PenaltyModel HUBEI = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);

    @Test
    void everyFirmPlansTheCreditsTheDeskSellsIt() {
        PropertySeeds.upTo(1_000).forEach(OffsetCreditsAgreePropertyTest::checkOne);
    }

    private static void checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int firmCount = 2 + random.nextInt(4);
        List<String> ids = new ArrayList<>();
        long[] emissions = new long[firmCount];
        Map<String, Long> allocation = new LinkedHashMap<>();
        Map<String, Long> emitted = new LinkedHashMap<>();
        for (int i = 0; i < firmCount; i++) {
            ids.add("F" + i);
            emissions[i] = random.nextLong(1_000, 10_000);
            long allocated = random.nextLong(0, emissions[i] + 1);
            allocation.put(ids.get(i), allocated);
            emitted.put(ids.get(i), emissions[i]);
        }
        int programCount = 1 + random.nextInt(3);
        List<OffsetProgram> programs = new ArrayList<>();
        boolean[] scarce = new boolean[programCount];
        for (int p = 0; p < programCount; p++) {
            scarce[p] = random.nextBoolean();
            programs.add(new OffsetProgram(
                    "p" + p,
                    OffsetKind.CCER,
                    scarce[p] ? random.nextLong(0, 1_500 * firmCount) : 10_000_000,
                    random.nextLong(100, 5_000),
                    0,
                    2013,
                    0.05 + 0.45 * random.nextDouble(),
                    random.nextBoolean() ? CapBase.EMISSIONS : CapBase.ALLOCATION));
        }
        double totalShare = 0.05 + 0.55 * random.nextDouble();
        ComplianceRules rules = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, programs, totalShare, new BankingRule.Allowed(), 0, HUBEI, 20);
        OffsetRule rule = new OffsetRule(rules);
        long priceFen = random.nextLong(0, 6_000);
        for (OffsetProgram program : programs) {
            if (program.priceSlopeFenPerMt() == 0 && program.priceFenPerTonne() == priceFen) {
                priceFen++;
            }
        }

        long[] planned = new long[firmCount];
        OffsetPlan plan = OffsetPlan.of(rule, YEAR, allocation, emitted);
        for (int i = 0; i < firmCount; i++) {
            planned[i] = plan.plannedTonnes(ids.get(i), priceFen);
        }
        long[] desk = deskAtPrice(rules, ids, emissions, allocation, priceFen);
        long[] solver = RationingProbe.creditsByFirm(
                OffsetPlan.referenceSupply(rule, YEAR, allocation), ids, emissions, priceFen);

        String where = "seed=" + seed + " price=" + priceFen + " fen, firms (emissions/allocation) "
                + describe(ids, emissions, allocation) + ", programmes " + programs + ", total cap share "
                + totalShare + ": plans " + Arrays.toString(planned) + ", desk " + Arrays.toString(desk)
                + ", solver " + Arrays.toString(solver);
        assertEquals(Arrays.toString(desk), Arrays.toString(planned), "plans depart from the desk; " + where);
        boolean anyScarce = false;
        for (int p = 0; p < programCount; p++) {
            anyScarce |= scarce[p] && programs.get(p).priceFenPerTonne() < priceFen;
        }
        if (!anyScarce) {
            assertEquals(Arrays.toString(desk), Arrays.toString(solver), "solver departs from the desk; " + where);
        }
    }

    /** The credits the desk sells each firm when a banked allowance is worth {@code priceFen} and none is short. */
    private static long[] deskAtPrice(
            ComplianceRules rules, List<String> ids, long[] emissions, Map<String, Long> allocation, long priceFen) {
        Registry registry = new Registry(2020, 10_000);
        List<ComplianceDue> dues = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int account = registry.openAccount(AccountKind.ENTERPRISE, ids.get(i));
            registry.issue(account, 2 * emissions[i], YEAR, true, TransferReason.ISSUANCE);
            dues.add(new ComplianceDue(ids.get(i), account, emissions[i], allocation.get(ids.get(i)), 0));
        }
        ComplianceYear year = new ComplianceDesk(rules).settle(YEAR, dues, registry, priceFen, priceFen);
        long[] tonnes = new long[ids.size()];
        for (int i = 0; i < tonnes.length; i++) {
            tonnes[i] = year.outcomes().get(i).offsetTonnes();
        }
        return tonnes;
    }

    private static String describe(List<String> ids, long[] emissions, Map<String, Long> allocation) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(ids.get(i))
                    .append(' ')
                    .append(emissions[i])
                    .append('/')
                    .append(allocation.get(ids.get(i)));
        }
        return text.toString();
    }
}
