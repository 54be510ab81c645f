package org.carbonsim.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.EnterpriseHistory;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.model.ShockModel;
import org.junit.jupiter.api.Test;

class CoverageDeciderTest {
    private static final Sector CEMENT = new Sector("cement", "水泥", "t clinker", 2014, Sector.NEVER_LEAVES);
    /** Hubei: 13,000 tCO2e, four-year lookback, two years below to exit. */
    private static final CoverageRules HUBEI = new CoverageRules(List.of(new Threshold(2014, 13_000, 0)), 4, 2);

    private final Map<String, Map<Integer, Long>> emissions = new HashMap<>();

    private final EnterpriseHistory history = (id, year) -> {
        long tonnes = emissions.getOrDefault(id, Map.of()).getOrDefault(year, 0L);
        return new EnterpriseYear(id, year, true, tonnes, tonnes, tonnes, tonnes / 3, 0);
    };

    private static Enterprise firm(String id, String sector, int opening, int closure) {
        return new Enterprise(
                id,
                id,
                sector,
                new OutputProcess(2020, 1, 0, ShockModel.NONE, 0),
                1,
                0.3,
                0,
                365,
                AbatementCurve.none(),
                opening,
                closure,
                List.of());
    }

    private static Enterprise firm(String id) {
        return firm(id, "cement", Enterprise.ALWAYS_OPEN, Enterprise.NEVER_CLOSES);
    }

    private void emits(String id, int fromYear, long... tonnes) {
        Map<Integer, Long> years = emissions.computeIfAbsent(id, k -> new HashMap<>());
        for (int i = 0; i < tonnes.length; i++) {
            years.put(fromYear + i, tonnes[i]);
        }
    }

    @Test
    void entersWhenAnyOfTheLastFourYearsMeetsTheThreshold() {
        emits("A", 2020, 14_000, 10_000, 10_000, 10_000);
        CoverageRecord record = new CoverageDecider(HUBEI, List.of(CEMENT))
                .decide(2024, List.of(firm("A")), history)
                .get(0);
        assertEquals(
                new CoverageRecord("A", "cement", 2024, CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK, 2020, 0, false),
                record);

        CoverageRules threeYears = new CoverageRules(HUBEI.thresholds(), 3, 2);
        CoverageRecord shortLookback = new CoverageDecider(threeYears, List.of(CEMENT))
                .decide(2024, List.of(firm("A")), history)
                .get(0);
        assertEquals(CoverageReason.BELOW_THRESHOLD, shortLookback.reason());
        assertEquals(CoverageRecord.NONE, shortLookback.qualifyingYear());
    }

    @Test
    void aCopyGoesOnFromWhereTheDeciderIsWithoutTouchingIt() {
        // A is covered in 2024 and falls below the threshold from 2024 on: a year below in 2025 keeps
        // it covered, the second in 2026 takes it out
        emits("A", 2020, 14_000, 14_000, 14_000, 14_000, 9_000, 9_000, 9_000);
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of(CEMENT));
        decider.decide(2024, List.of(firm("A")), history);
        CoverageDecider ahead = decider.copy();
        assertEquals(
                CoverageReason.STAYS_COVERED_BELOW,
                ahead.decide(2025, List.of(firm("A")), history).get(0).reason());
        assertEquals(
                CoverageReason.EXITED_BELOW_THRESHOLD,
                ahead.decide(2026, List.of(firm("A")), history).get(0).reason());
        // the decider itself still counts from 2024: its 2025 is the copy's 2025, not a third year
        assertEquals(
                CoverageReason.STAYS_COVERED_BELOW,
                decider.decide(2025, List.of(firm("A")), history).get(0).reason());
    }

    @Test
    void exitsAfterTwoConsecutiveCoveredYearsBelowAndTheOldLookbackCannotPullItBack() {
        emits("A", 2020, 14_000, 14_000, 14_000, 14_000, 9_000, 9_000, 9_000, 20_000);
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of(CEMENT));
        List<Enterprise> firms = List.of(firm("A"));
        assertEquals(
                CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK,
                decider.decide(2024, firms, history).get(0).reason());
        CoverageRecord first = decider.decide(2025, firms, history).get(0); // 2024 below
        assertEquals(CoverageReason.STAYS_COVERED_BELOW, first.reason());
        assertEquals(1, first.yearsBelow());
        CoverageRecord exit = decider.decide(2026, firms, history).get(0); // 2024, 2025 below
        assertEquals(CoverageReason.EXITED_BELOW_THRESHOLD, exit.reason());
        assertEquals(2, exit.yearsBelow());
        // 2027 looks back to 2023 (above) but only years from the exit (2026) on count
        assertEquals(
                CoverageReason.BELOW_THRESHOLD,
                decider.decide(2027, firms, history).get(0).reason());
        // 2027 is above: back in for 2028, from the new-entrant reserve
        CoverageRecord back = decider.decide(2028, firms, history).get(0);
        assertEquals(
                new CoverageRecord("A", "cement", 2028, CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK, 2027, 0, true),
                back);
    }

    @Test
    void aYearAboveResetsTheCountOfYearsBelow() {
        emits("A", 2023, 14_000, 9_000, 14_000, 9_000, 9_000);
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of(CEMENT));
        List<Enterprise> firms = List.of(firm("A"));
        List<CoverageReason> reasons = new java.util.ArrayList<>();
        for (int year = 2024; year <= 2029; year++) {
            reasons.add(decider.decide(year, firms, history).get(0).reason());
        }
        assertEquals(
                List.of(
                        CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK,
                        CoverageReason.STAYS_COVERED_BELOW,
                        CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK,
                        CoverageReason.STAYS_COVERED_BELOW,
                        CoverageReason.EXITED_BELOW_THRESHOLD,
                        CoverageReason.BELOW_THRESHOLD),
                reasons);
    }

    @Test
    void energyUseAloneCanMeetTheThreshold() {
        CoverageRules energy = new CoverageRules(List.of(new Threshold(2014, 0, 5_000)), 1, 2);
        emits("A", 2023, 15_000); // energy = 15,000 / 3 = 5,000 tce
        emits("B", 2023, 14_997); // 4,999 tce
        List<CoverageRecord> records =
                new CoverageDecider(energy, List.of(CEMENT)).decide(2024, List.of(firm("A"), firm("B")), history);
        assertTrue(records.get(0).covered());
        assertFalse(records.get(1).covered());
    }

    @Test
    void aLoweredThresholdAppliesFromItsYearToPastData() {
        CoverageRules lowered =
                new CoverageRules(List.of(new Threshold(2014, 13_000, 0), new Threshold(2027, 8_000, 0)), 4, 2);
        emits("A", 2023, 9_000, 9_000, 9_000, 9_000);
        CoverageDecider decider = new CoverageDecider(lowered, List.of(CEMENT));
        assertFalse(decider.decide(2026, List.of(firm("A")), history).get(0).covered());
        CoverageRecord entry = decider.decide(2027, List.of(firm("A")), history).get(0);
        assertTrue(entry.covered());
        assertEquals(2026, entry.qualifyingYear());
        assertTrue(entry.newEntrant());
    }

    @Test
    void aThresholdLoweredForSomeSectorsFirstCoversTheirFirmsAYearEarlier() {
        // Hubei's phasing: 60,000 tce from 2014, 10,000 tce for some sectors (cement here) from 2016, for
        // every sector from 2017. Both firms emit 30,000 t a year and use 30,000 / 3 = 10,000 tce.
        Sector chemicals = new Sector("chemicals", "化工", "t product", 2014, Sector.NEVER_LEAVES);
        CoverageRules phased = new CoverageRules(
                List.of(
                        new Threshold(2014, 0, 60_000),
                        new Threshold(2016, 0, 10_000, Set.of("cement")),
                        new Threshold(2017, 0, 10_000)),
                1,
                2);
        assertEquals(new Threshold(2014, 0, 60_000), phased.thresholdIn(2016, "chemicals"));
        assertEquals(10_000, phased.thresholdIn(2016, "cement").energyTce());
        emits("C", 2014, 30_000, 30_000, 30_000, 30_000);
        emits("K", 2014, 30_000, 30_000, 30_000, 30_000);
        Enterprise cementFirm = firm("C");
        Enterprise chemicalsFirm = firm("K", "chemicals", Enterprise.ALWAYS_OPEN, Enterprise.NEVER_CLOSES);
        CoverageDecider decider = new CoverageDecider(phased, List.of(CEMENT, chemicals));
        assertFalse(decider.decide(2015, List.of(cementFirm, chemicalsFirm), history)
                .get(0)
                .covered());
        List<CoverageRecord> y2016 = decider.decide(2016, List.of(cementFirm, chemicalsFirm), history);
        assertTrue(y2016.get(0).covered(), "cement's threshold is 10,000 tce from 2016");
        assertFalse(y2016.get(1).covered(), "chemicals' is still 60,000 tce");
        List<CoverageRecord> y2017 = decider.decide(2017, List.of(cementFirm, chemicalsFirm), history);
        assertTrue(y2017.get(1).covered(), "every sector's is 10,000 tce from 2017");
    }

    @Test
    void thresholdsOfOneYearMustNameDifferentSectors() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CoverageRules(
                        List.of(
                                new Threshold(2014, 13_000, 0),
                                new Threshold(2016, 8_000, 0, Set.of("cement")),
                                new Threshold(2016, 9_000, 0, Set.of("cement", "glass"))),
                        1,
                        2));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CoverageRules(List.of(new Threshold(2014, 13_000, 0, Set.of("cement"))), 1, 2),
                "the first threshold is every sector's");
    }

    @Test
    void sectorsJoinAndLeaveByTheirCoverageYears() {
        Sector ceramics = new Sector("ceramics", "陶瓷", "t product", 2025, Sector.NEVER_LEAVES);
        Sector power = new Sector("power", "电力", "MWh", 2014, 2024);
        Enterprise tiles = firm("T", "ceramics", Enterprise.ALWAYS_OPEN, Enterprise.NEVER_CLOSES);
        Enterprise plant = firm("P", "power", Enterprise.ALWAYS_OPEN, Enterprise.NEVER_CLOSES);
        emits("T", 2020, 20_000, 20_000, 20_000, 20_000, 20_000, 20_000);
        emits("P", 2020, 20_000, 20_000, 20_000, 20_000, 20_000, 20_000);
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of(ceramics, power));
        List<CoverageRecord> y2024 = decider.decide(2024, List.of(tiles, plant), history);
        assertEquals(CoverageReason.SECTOR_NOT_COVERED, y2024.get(0).reason());
        assertTrue(y2024.get(1).covered());
        List<CoverageRecord> y2025 = decider.decide(2025, List.of(tiles, plant), history);
        assertTrue(y2025.get(0).covered());
        assertFalse(y2025.get(0).newEntrant(), "a whole sector joining is planned into the cap");
        assertEquals(CoverageReason.SECTOR_LEFT_SCHEME, y2025.get(1).reason());
    }

    @Test
    void closedAndNotYetOpenEnterprisesAreOutAndNewPlantsEnterAfterAYearOfData() {
        Enterprise closing = firm("C", "cement", Enterprise.ALWAYS_OPEN, 2024);
        Enterprise opening = firm("O", "cement", 2025, Enterprise.NEVER_CLOSES);
        emits("C", 2020, 20_000, 20_000, 20_000, 20_000, 20_000);
        emits("O", 2025, 20_000);
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of(CEMENT));
        List<Enterprise> firms = List.of(closing, opening);
        List<CoverageRecord> y2024 = decider.decide(2024, firms, history);
        assertTrue(y2024.get(0).covered());
        assertEquals(CoverageReason.NOT_OPERATING, y2024.get(1).reason());
        List<CoverageRecord> y2025 = decider.decide(2025, firms, history);
        assertEquals(CoverageReason.CLOSED, y2025.get(0).reason());
        assertEquals(CoverageReason.BELOW_THRESHOLD, y2025.get(1).reason());
        CoverageRecord entrant = decider.decide(2026, firms, history).get(1);
        assertTrue(entrant.covered());
        assertTrue(entrant.newEntrant());
    }

    @Test
    void yearsMustBeDecidedInSequence() {
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of(CEMENT));
        decider.decide(2024, List.of(firm("A")), history);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> decider.decide(2026, List.of(firm("A")), history));
        assertEquals("coverage must be decided year by year: last decided 2024, asked for 2026", e.getMessage());
    }

    @Test
    void anEnterpriseInAnUnknownSectorIsRejected() {
        CoverageDecider decider = new CoverageDecider(HUBEI, List.of());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> decider.decide(2024, List.of(firm("A")), history));
        assertEquals("enterprise A is in unknown sector cement", e.getMessage());
    }
}
