package org.carbonsim.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/**
 * Seeded deadlines of 2–6 enterprises with random holdings and one or two flat credit programmes of
 * random supply and caps, where a credit always costs less than a tonne short: no credit is left
 * unsold while an enterprise that may still use it is fined, and no enterprise surrenders beyond its
 * caps or a programme beyond its supply.
 */
class OffsetLeftoverPropertyTest {
    private static final int YEAR = 2024;
    private static final long PRICE_FEN = 4_000;
    private static final PenaltyModel HUBEI = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);
    private static final int SEEDS = 500;

    @Test
    void noCreditIsLeftUnsoldWhileAFirmThatMayUseItIsFined() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            checkOne(seed);
        }
    }

    private static void checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int firms = 2 + random.nextInt(5);
        int programCount = 1 + random.nextInt(2);
        CapBase base = random.nextBoolean() ? CapBase.EMISSIONS : CapBase.ALLOCATION;
        List<OffsetProgram> programs = new ArrayList<>();
        for (int p = 0; p < programCount; p++) {
            programs.add(new OffsetProgram(
                    "p" + p,
                    OffsetKind.CCER,
                    random.nextLong(0, 2_000 * firms),
                    random.nextLong(500, 3_000),
                    0,
                    2013,
                    0.05 + 0.45 * random.nextDouble(),
                    base));
        }
        double totalCap = 0.1 + 0.9 * random.nextDouble();
        BankingRule banking = random.nextBoolean() ? new BankingRule.Allowed() : new BankingRule.Forbidden();
        ComplianceRules rules =
                ComplianceRules.yearly(ComplianceRules.LAST_TRADING_DAY, programs, totalCap, banking, 0, HUBEI, 20);
        OffsetRule rule = new OffsetRule(rules);

        Registry registry = new Registry(2020, 10_000);
        List<ComplianceDue> dues = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            int account = registry.openAccount(AccountKind.ENTERPRISE, "F" + i);
            long emissions = random.nextLong(1_000, 10_000);
            long allocation = random.nextLong(emissions / 2, emissions * 6 / 5);
            long holdings = random.nextLong(0, emissions * 6 / 5);
            if (holdings > 0) {
                registry.issue(account, holdings, YEAR, true, TransferReason.ISSUANCE);
            }
            dues.add(new ComplianceDue("F" + i, account, emissions, allocation, 0));
        }
        ComplianceYear year = new ComplianceDesk(rules).settle(YEAR, dues, registry, PRICE_FEN, 3_000);
        String where = "seed=" + seed;
        assertEquals(List.of(), registry.checkConservation(), where);

        for (OffsetProgram program : programs) {
            long sold = 0;
            for (ComplianceOutcome outcome : year.outcomes()) {
                sold += outcome.offsetsByProgram().getOrDefault(program.id(), 0L);
            }
            assertTrue(sold <= program.supplyTonnesPerYear(), where + " " + program.id() + " sold beyond its supply");
            for (int i = 0; i < firms; i++) {
                ComplianceDue due = dues.get(i);
                ComplianceOutcome outcome = year.outcomes().get(i);
                long used = outcome.offsetsByProgram().getOrDefault(program.id(), 0L);
                long cap = rule.programCapTonnes(program, due.allocationTonnes(), due.emissionsTonnes());
                long total = rule.totalCapTonnes(due.allocationTonnes(), due.emissionsTonnes());
                assertTrue(used <= cap, where + " " + due.enterpriseId() + " beyond its cap on " + program.id());
                assertTrue(outcome.offsetTonnes() <= total, where + " " + due.enterpriseId() + " beyond its total cap");
                boolean mayUseMore = outcome.shortfallTonnes() > 0 && used < cap && outcome.offsetTonnes() < total;
                assertTrue(
                        !mayUseMore || sold == program.supplyTonnesPerYear(),
                        where + ": " + due.enterpriseId() + " is " + outcome.shortfallTonnes() + " t short with "
                                + used + " t of its " + cap + " t cap on " + program.id() + " while "
                                + (program.supplyTonnesPerYear() - sold) + " t are unsold");
            }
        }
    }
}
