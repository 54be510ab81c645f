package org.carbonsim.core.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The CBAM liability of hand-worked exporters, exact to the fen. */
class CbamTest {
    private static final CbamExporter CEMENT =
            new CbamExporter("cement", Optional.empty(), CbamGoods.CEMENT, 0.05, 0.85);

    @Test
    void oneCementExportersLiabilityIsExact() {
        // 1,000,000 t clinker, 5% to the EU: 50,000 t × 0.85 = 42,500 t embedded.
        // Emissions 860,000 t, free allocation 774,000 t: 86,000 t (10%) unallocated.
        // Domestic price CNY 90.00: effective price = 9,000 × 86,000 ÷ 860,000 = 900 fen.
        // 2028: CBAM factor 10%; EU price EUR 80 × 7.8 = CNY 624.00 = 62,400 fen.
        ExportingFirm firm = new ExportingFirm("C1", "cement", true, 1_000_000, 860_000, 860_000, 774_000);
        CbamFirmYear year = Cbam.firm(CEMENT, firm, 1_000, 62_400, 9_000);
        assertEquals(42_500, year.embeddedTonnes());
        assertEquals(900, year.effectivePriceFen());
        // gross: 42,500 × 10% × 62,400 = 265,200,000 fen (CNY 2,652,000)
        assertEquals(265_200_000, year.grossFen());
        // liability: 42,500 × 10% × (62,400 − 900) = 4,250 × 61,500 = 261,375,000 fen (CNY 2,613,750)
        assertEquals(261_375_000, year.liabilityFen());
        // shifted home: 4,250 × 900 = 3,825,000 fen
        assertEquals(3_825_000, year.shiftedHomeFen());
        // a fully paid price would bring home 4,250 × 9,000 = 38,250,000 fen: allocation forgoes 34,425,000
        assertEquals(34_425_000, year.allocationForgoneFen());
    }

    /**
     * The price effectively paid is what the firm paid for allowances, on the emissions it
     * surrendered for, spread over the emissions its goods embed (its true ones).
     */
    @Test
    void theEffectivePriceIsWhatTheComplianceEmissionsCostSpreadOverTheTrueOnes() {
        // true 1,000 t, surrendered for 900 t (it under-reported), 600 t free, CNY 80.00:
        // it paid for 300 t, 80 × 300 = CNY 24,000, over 1,000 t embedded: CNY 24.00 per t
        ExportingFirm underReporter = new ExportingFirm("C4", "cement", true, 1_000, 1_000, 900, 600);
        assertEquals(2_400, underReporter.effectivePriceFen(8_000));
        // reporting exactly it would have paid for 400 t: CNY 32.00 per t
        ExportingFirm exact = new ExportingFirm("C4", "cement", true, 1_000, 1_000, 1_000, 600);
        assertEquals(3_200, exact.effectivePriceFen(8_000));
        // a method that over-states (1,100 t surrendered for) pays for 500 t: CNY 40.00 per t
        ExportingFirm overStated = new ExportingFirm("C4", "cement", true, 1_000, 1_000, 1_100, 600);
        assertEquals(4_000, overStated.effectivePriceFen(8_000));
        // the under-reporter's lower price leaves more of the bill to the EU: 1,000 × 5% × 0.85 =
        // 42.5 t, 43 t embedded; factor 10%, EU price CNY 624.00: ⌊4.3 × (62,400 − 2,400)⌋ = 258,000
        // fen, against ⌊4.3 × (62,400 − 3,200)⌋ = 254,560 fen reporting exactly
        assertEquals(
                258_000, Cbam.firm(CEMENT, underReporter, 1_000, 62_400, 8_000).liabilityFen());
        assertEquals(254_560, Cbam.firm(CEMENT, exact, 1_000, 62_400, 8_000).liabilityFen());
    }

    @Test
    void aLongOrUncoveredExporterPaysTheFullBill() {
        ExportingFirm longFirm = new ExportingFirm("C2", "cement", true, 1_000_000, 800_000, 800_000, 820_000);
        ExportingFirm uncovered = new ExportingFirm("C3", "cement", false, 1_000_000, 800_000, 800_000, 0);
        for (ExportingFirm firm : List.of(longFirm, uncovered)) {
            CbamFirmYear year = Cbam.firm(CEMENT, firm, 1_000, 62_400, 9_000);
            assertEquals(0, year.effectivePriceFen(), firm.enterpriseId());
            assertEquals(year.grossFen(), year.liabilityFen(), firm.enterpriseId());
        }
        assertEquals(
                38_250_000, Cbam.firm(CEMENT, longFirm, 1_000, 62_400, 9_000).allocationForgoneFen());
        assertEquals(0, Cbam.firm(CEMENT, uncovered, 1_000, 62_400, 9_000).allocationForgoneFen());
    }

    @Test
    void theEuScheduleRisesFromTwoAndAHalfPercentIn2026ToFullIn2034() {
        assertEquals(0, PhaseIn.EU_SCHEDULE.basisPoints(2025));
        assertEquals(250, PhaseIn.EU_SCHEDULE.basisPoints(2026));
        assertEquals(4_850, PhaseIn.EU_SCHEDULE.basisPoints(2030));
        assertEquals(8_600, PhaseIn.EU_SCHEDULE.basisPoints(2033));
        assertEquals(10_000, PhaseIn.EU_SCHEDULE.basisPoints(2034));
        assertEquals(10_000, PhaseIn.EU_SCHEDULE.basisPoints(2040));
    }

    @Test
    void aSectorRowSumsItsExportersAndAnEnterpriseEntryOverridesTheSectors() {
        CbamExporter own = new CbamExporter("cement", Optional.of("C2"), CbamGoods.CEMENT, 0.10, 0.85);
        CbamRules rules = new CbamRules(List.of(CEMENT, own), PhaseIn.EU_SCHEDULE, Map.of(2028, 62_400L));
        List<CbamSectorYear> rows = Cbam.year(
                2028,
                rules,
                List.of(
                        new ExportingFirm("C1", "cement", true, 1_000_000, 860_000, 860_000, 774_000),
                        new ExportingFirm("C2", "cement", true, 1_000_000, 800_000, 800_000, 820_000),
                        new ExportingFirm("S1", "steel", true, 1_000_000, 2_000_000, 2_000_000, 1_900_000)),
                9_000);
        assertEquals(1, rows.size());
        CbamSectorYear cement = rows.get(0);
        // C1 42,500 t at 900 fen; C2 10% × 1,000,000 × 0.85 = 85,000 t at 0 fen
        assertEquals(127_500, cement.embeddedTonnes());
        assertEquals(OptionalLong.of(300), cement.effectivePriceFen()); // 42,500 × 900 ÷ 127,500
        assertEquals(261_375_000 + 530_400_000, cement.liabilityFen()); // C2: 8,500 × 62,400
        assertEquals(2, cement.exportingEnterprises());
    }
}
