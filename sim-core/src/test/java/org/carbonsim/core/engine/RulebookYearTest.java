package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationMethod;
import org.carbonsim.core.allocation.AllocationPlan;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.allocation.BenchmarkSource;
import org.carbonsim.core.allocation.CapSchedule;
import org.carbonsim.core.allocation.MethodPeriod;
import org.carbonsim.core.allocation.TrueUp;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceDue;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.coverage.Threshold;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.model.ShockModel;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rulebook's yearly cycle as the engine runs it, without a market: coverage, allocation and
 * pre-allocation, simulated output, random trades, final allocation and true-up, compliance and
 * banking. Over many seeds the registry stays balanced and every outcome adds up.
 */
class RulebookYearTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void theYearlyCycleKeepsTheRegistryBalanced(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Sector> sectors = List.of(
                new Sector("cement", "水泥", "t clinker", 2014, Sector.NEVER_LEAVES),
                new Sector("chemicals", "化工", "t product", 2025, Sector.NEVER_LEAVES));
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double base = 10_000 + random.nextInt(40_000);
            double intensity = 0.6 + random.nextDouble() * 0.6;
            List<HistoryYear> history = new ArrayList<>();
            for (int y = 2019; y <= 2023; y++) {
                double output = base * (0.9 + 0.2 * random.nextDouble());
                history.add(new HistoryYear(y, output, Math.round(output * intensity), Math.round(output * 0.3)));
            }
            firms.add(new Enterprise(
                    "F" + i,
                    "firm " + i,
                    i < 5 ? "cement" : "chemicals",
                    new OutputProcess(2023, base, 0.02, ShockModel.LOGNORMAL, 0.1),
                    intensity,
                    0.3,
                    0,
                    300 + random.nextInt(66),
                    AbatementCurve.none(),
                    i == 7 ? 2024 : Enterprise.ALWAYS_OPEN,
                    i == 3 ? 2025 : Enterprise.NEVER_CLOSES,
                    i == 7 ? List.of() : history));
        }
        Economy economy = new Economy(sectors, firms);
        AllocationPlan plan = new AllocationPlan(
                new CapSchedule.Declining(2024, 150_000 + random.nextInt(200_000), 0.02),
                0.08,
                0.02,
                0.02,
                0.5,
                OptionalDouble.empty(),
                Map.of(
                        "cement",
                        List.of(new MethodPeriod(
                                2014, new AllocationMethod.Benchmark(new BenchmarkSource.Percentile(50, 2023), 1))),
                        "chemicals",
                        List.of(new MethodPeriod(
                                2014, new AllocationMethod.HistoricalEmissions(List.of(2021, 2022, 2023), 0.97)))));
        CoverageDecider coverage =
                new CoverageDecider(new CoverageRules(List.of(new Threshold(2014, 13_000, 5_000)), 4, 2), sectors);
        Allocator allocator = new Allocator(plan, sectors, firms);
        BankingRule banking = seed % 3 == 0
                ? new BankingRule.Forbidden()
                : seed % 3 == 1 ? new BankingRule.Allowed() : new BankingRule.Capped(1_000, 1.5);
        ComplianceDesk desk = new ComplianceDesk(ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(new OffsetProgram("ccer", OffsetKind.CCER, 5_000, 3_000, 100, 2013, 0.10, CapBase.ALLOCATION)),
                1,
                banking,
                seed % 2 == 0 ? 0.1 : 0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                ComplianceRules.DEFAULT_VERIFICATION_LEAD_DAYS));
        Registry registry = new Registry(2020, seed % 5 == 0 ? 1_000_000 : 0);
        Map<String, Integer> accounts = new HashMap<>();
        for (Enterprise firm : economy.enterprises()) {
            int account = registry.openAccount(AccountKind.ENTERPRISE, firm.id());
            accounts.put(firm.id(), account);
            registry.receive(account, 100_000_000, CashReason.DEPOSIT);
        }
        int trader = registry.openAccount(AccountKind.TRADER, "fund");
        registry.receive(trader, 1_000_000_000, CashReason.DEPOSIT);

        for (int year = 2024; year <= 2027; year++) {
            List<CoverageRecord> records = coverage.decide(year, economy.enterprises(), economy);
            AllocationTable expected = allocator.allocate(year, records, economy, economy::expectedYear);
            Map<String, Long> preAllocated = new HashMap<>();
            for (AllocationLine line : expected.lines()) {
                preAllocated.put(line.enterpriseId(), line.preAllocationTonnes());
                registry.issue(
                        accounts.get(line.enterpriseId()),
                        line.preAllocationTonnes(),
                        year,
                        true,
                        TransferReason.ISSUANCE);
            }
            economy.simulateYear(year, Map.of(), random);
            List<Integer> traders = new ArrayList<>(accounts.values());
            traders.add(trader);
            for (int t = 0; t < 200; t++) {
                int buyer = traders.get(random.nextInt(traders.size()));
                int seller = traders.get(random.nextInt(traders.size()));
                if (buyer != seller) {
                    registry.settleTrade(buyer, seller, random.nextInt(2_000), 3_000 + random.nextInt(2_000), 10, 10);
                }
            }
            AllocationTable actual = allocator.allocate(year, records, economy, economy);
            assertEquals(
                    expected.preAllocationTonnes(),
                    actual.preAllocationTonnes(),
                    "seed=" + seed + ": pre-allocation is fixed by last year");
            for (TrueUp trueUp : actual.trueUps(preAllocated)) {
                int account = accounts.get(trueUp.enterpriseId());
                if (trueUp.issueTonnes() > 0) {
                    registry.issue(account, trueUp.issueTonnes(), year, true, TransferReason.TRUE_UP);
                } else if (trueUp.withdrawTonnes() > 0) {
                    registry.withdraw(account, trueUp.withdrawTonnes());
                }
            }
            List<ComplianceDue> dues = new ArrayList<>();
            for (CoverageRecord record : records) {
                if (record.covered()) {
                    int account = accounts.get(record.enterpriseId());
                    dues.add(new ComplianceDue(
                            record.enterpriseId(),
                            account,
                            economy.yearOf(record.enterpriseId(), year).emissionsTonnes(),
                            actual.line(record.enterpriseId()).allocationTonnes(),
                            0));
                }
            }
            ComplianceYear compliance = desk.settle(year, dues, registry, 4_000);
            registry.cancelNonBankable(year);
            for (ComplianceOutcome outcome : compliance.outcomes()) {
                assertEquals(
                        outcome.obligationTonnes(),
                        outcome.surrenderedTonnes()
                                + outcome.offsetTonnes()
                                + outcome.borrowedTonnes()
                                + outcome.shortfallTonnes(),
                        "seed=" + seed + " " + year + " " + outcome.enterpriseId());
                if (banking instanceof BankingRule.Forbidden) {
                    assertEquals(
                            0,
                            registry.holdingTonnes(accounts.get(outcome.enterpriseId()), year),
                            "seed=" + seed + ": nothing banked");
                }
            }
            assertTrue(compliance.complianceRate() >= 0 && compliance.complianceRate() <= 1, "seed=" + seed);
            List<String> problems = registry.checkConservation();
            assertTrue(problems.isEmpty(), "seed=" + seed + " year=" + year + ": " + problems);
            assertTrue(
                    actual.freeAllocationTonnes()
                            <= actual.freePoolTonnes() + actual.lines().size(),
                    "seed=" + seed + ": free allocation fits the pool up to rounding");
        }
    }
}
