package org.carbonsim.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProductionModelTest {
    static Enterprise firm(
            String id, ShockModel shock, double sd, int opening, int closure, List<HistoryYear> history) {
        return new Enterprise(
                id,
                id,
                "cement",
                new OutputProcess(2020, 1000, 0.10, shock, sd),
                0.8,
                0.3,
                0,
                330,
                AbatementCurve.none(),
                opening,
                closure,
                history);
    }

    static Enterprise firm(String id) {
        return firm(id, ShockModel.NONE, 0, Enterprise.ALWAYS_OPEN, Enterprise.NEVER_CLOSES, List.of());
    }

    @Test
    void emissionsAreOutputTimesIntensityLessAbatementRoundedHalfUp() {
        // 1000 × 0.8 = 800 t BAU; × (1 − 0.1) = 720 t; energy 1000 × 0.3 = 300 tce
        EnterpriseYear year = ProductionModel.produce(firm("A"), 2024, 1000, 0.1);
        assertEquals(new EnterpriseYear("A", 2024, true, 1000, 800, 720, 300, 0.1), year);
        // 1000.625 × 0.8 = 800.5 → 801 (half-up); 801 × 0.9 = 720.9 → 721, so 80 t are abated (not
        // 800.5 × 0.9 = 720.45 → 720, which with the 80 t would leave a tonne of business as usual
        // neither emitted nor abated); energy 300.1875 → 300
        EnterpriseYear rounded = ProductionModel.produce(firm("A"), 2024, 1000.625, 0.1);
        assertEquals(801, rounded.bauEmissionsTonnes());
        assertEquals(721, rounded.emissionsTonnes());
        assertEquals(80, ProductionModel.abatedTonnes(801, 0.1));
        assertEquals(300, rounded.energyTce());
    }

    @Test
    void abatedTonnesAndEmissionsAddUpToBusinessAsUsual() {
        // 1,000 units × 0.8 = 800 t; half abated: 400 t emitted, 400 abated. 800.5 would not be whole;
        // 801 t at a share of 0.5: 400.5 emitted rounds up to 401, so 400 are abated, not 401.
        assertEquals(400, ProductionModel.abatedTonnes(800, 0.5));
        assertEquals(400, ProductionModel.abatedTonnes(801, 0.5));
        EnterpriseYear half = ProductionModel.produce(firm("A"), 2024, 1001.25, 0.5);
        assertEquals(801, half.bauEmissionsTonnes());
        assertEquals(401, half.emissionsTonnes());
        assertEquals(
                half.bauEmissionsTonnes(),
                half.emissionsTonnes() + ProductionModel.abatedTonnes(half.bauEmissionsTonnes(), 0.5),
                "emissions and abatement add up to business as usual");
        assertEquals(0, ProductionModel.abatedTonnes(801, 0));
        assertEquals(801, ProductionModel.abatedTonnes(801, 1));
        assertEquals(801, ProductionModel.abatedTonnes(801, 1 + 1e-15), "a share a rounding error above 1");
    }

    @Test
    void trendCompoundsGrowthFromTheBaseYear() {
        // 1000 × 1.1² = 1210 units; × 0.8 = 968 t
        EnterpriseYear year = ProductionModel.trend(firm("A"), 2022);
        assertEquals(1210, year.outputUnits(), 1e-9);
        assertEquals(968, year.emissionsTonnes());
    }

    @Test
    void anEnterpriseProducesNothingOutsideItsOpeningAndClosureYears() {
        Enterprise late = firm("L", ShockModel.NONE, 0, 2023, 2025, List.of());
        assertFalse(ProductionModel.trend(late, 2022).operating());
        assertTrue(ProductionModel.trend(late, 2023).operating());
        assertTrue(ProductionModel.trend(late, 2025).operating());
        assertEquals(EnterpriseYear.idle("L", 2026), ProductionModel.trend(late, 2026));
    }

    @Test
    void shocksComeOnlyFromTheGeneratorPassedIn() {
        Enterprise shocked =
                firm("S", ShockModel.LOGNORMAL, 0.1, Enterprise.ALWAYS_OPEN, Enterprise.NEVER_CLOSES, List.of());
        EnterpriseYear first = ProductionModel.simulate(shocked, 2024, 0, new SplittableRandom(42));
        EnterpriseYear again = ProductionModel.simulate(shocked, 2024, 0, new SplittableRandom(42));
        assertEquals(first, again);
        double trend = shocked.output().trendOutputUnits(2024);
        double z = new SplittableRandom(42).nextGaussian();
        assertEquals(trend * Math.exp(0.1 * z - 0.005), first.outputUnits(), 1e-9);
    }

    @Test
    void noShockDrawsNothingFromTheGenerator() {
        SplittableRandom random = new SplittableRandom(7);
        ProductionModel.simulate(firm("A"), 2024, 0, random);
        assertEquals(new SplittableRandom(7).nextLong(), random.nextLong());
    }

    @Test
    void normalShockNeverMakesOutputNegative() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            assertTrue(ProductionModel.shock(ShockModel.NORMAL, 2.0, random) >= 0);
        }
    }

    @Test
    void economyPrefersRecordedThenHistoryThenTrend() {
        Enterprise withHistory = firm(
                "H",
                ShockModel.NONE,
                0,
                Enterprise.ALWAYS_OPEN,
                Enterprise.NEVER_CLOSES,
                List.of(new HistoryYear(2021, 900, 700, 250)));
        Economy economy =
                new Economy(List.of(new Sector("cement", "水泥", "t clinker", 2014, 9999)), List.of(withHistory));
        assertEquals(700, economy.yearOf("H", 2021).emissionsTonnes());
        assertEquals(250, economy.yearOf("H", 2021).energyTce());
        // no history for 2022: the trend, 1000 × 1.1² × 0.8 = 968 t
        assertEquals(968, economy.yearOf("H", 2022).emissionsTonnes());
        economy.simulateYear(2022, Map.of("H", 0.5), new SplittableRandom(1));
        assertEquals(484, economy.yearOf("H", 2022).emissionsTonnes());
        assertEquals(968, economy.expectedYear("H", 2022).emissionsTonnes());
    }

    @Test
    void economyExpectsEachYearOnTrendWhereverAndInWhateverOrderItIsRead() {
        Sector cement = new Sector("cement", "水泥", "t clinker", 2014, 9999);
        Enterprise opensLater = firm("L", ShockModel.LOGNORMAL, 0.2, 2030, 2040, List.of());
        Economy economy = new Economy(List.of(cement), List.of(firm("A"), opensLater));
        // the years kept start from the first read (2024); years far either side are made anew
        int[] years = {2024, 2025, 2023, 1990, 1900, 2200, 2087, 2024, 2031, 2041, 2030, 1, 2300, 2025};
        for (int year : years) {
            for (Enterprise enterprise : List.of(firm("A"), opensLater)) {
                assertEquals(
                        ProductionModel.trend(enterprise, year),
                        economy.expectedYear(enterprise.id(), year),
                        enterprise.id() + " in " + year);
                assertEquals(
                        ProductionModel.trend(enterprise, year),
                        economy.yearOf(enterprise.id(), year),
                        enterprise.id() + " in " + year + ", nothing recorded");
            }
        }
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> economy.expectedYear("X", 2024));
        assertEquals("no enterprise X", unknown.getMessage());
    }

    @Test
    void economyRejectsUnknownSectorsAndDuplicateIds() {
        Sector cement = new Sector("cement", "水泥", "t clinker", 2014, 9999);
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> new Economy(List.of(), List.of(firm("A"))));
        assertEquals("enterprise A is in unknown sector cement", unknown.getMessage());
        IllegalArgumentException duplicate = assertThrows(
                IllegalArgumentException.class, () -> new Economy(List.of(cement), List.of(firm("A"), firm("A"))));
        assertEquals("duplicate enterprise id A", duplicate.getMessage());
    }

    @Test
    void everyProducedYearsEmissionsAndAbatementAddUpToBusinessAsUsual() {
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double output = random.nextDouble(0, 2_000_000);
            double share = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
            EnterpriseYear year = ProductionModel.produce(firm("A"), 2024, output, share);
            assertEquals(
                    year.bauEmissionsTonnes(),
                    year.emissionsTonnes() + ProductionModel.abatedTonnes(year.bauEmissionsTonnes(), share),
                    "seed=" + seed + " output=" + output + " share=" + share);
        }
    }

    @Test
    void roundingIsHalfUp() {
        assertEquals(3, ProductionModel.roundHalfUp(2.5));
        assertEquals(2, ProductionModel.roundHalfUp(2.4999));
        assertThrows(IllegalArgumentException.class, () -> ProductionModel.roundHalfUp(-1));
        assertThrows(IllegalArgumentException.class, () -> ProductionModel.roundHalfUp(Double.NaN));
    }
}
