package org.carbonsim.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.model.ShockModel;
import org.junit.jupiter.api.Test;

/**
 * Worked by hand: a 13,000 t threshold from 2014 read on the year before, a cement sector covered
 * from 2014 and a chemicals sector from 2016, every firm at one tonne a unit of output on trend from
 * 2013. B (20,000 t) is covered from 2014; G (10,000 t in 2013, growing by half a year, 15,000 t in
 * 2014) from 2015; Z (30,000 t, chemicals) from 2016 when its sector joins; S (5,000 t) never.
 */
class CoverageOnTrendTest {
    private static final Sector CEMENT = new Sector("cement", "水泥", "t clinker", 2014, Sector.NEVER_LEAVES);
    private static final Sector CHEMICALS = new Sector("chemicals", "化工", "t", 2016, Sector.NEVER_LEAVES);
    private static final CoverageRules ONE_YEAR_BACK = new CoverageRules(List.of(new Threshold(2014, 13_000, 0)), 1, 2);

    private static Enterprise firm(String id, String sector, double output2013, double growth) {
        return new Enterprise(
                id,
                id,
                sector,
                new OutputProcess(2013, output2013, growth, ShockModel.NONE, 0),
                1,
                0.3,
                0,
                365,
                AbatementCurve.none(),
                Enterprise.ALWAYS_OPEN,
                Enterprise.NEVER_CLOSES,
                List.of());
    }

    @Test
    void eachCoveredFirmFromItsFirstYearOnTrendInThatOrder() {
        List<Enterprise> firms = List.of(
                firm("Z", "chemicals", 30_000, 0),
                firm("B", "cement", 20_000, 0),
                firm("S", "cement", 5_000, 0),
                firm("G", "cement", 10_000, 0.5));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("B", 2014);
        expected.put("G", 2015);
        expected.put("Z", 2016);

        Map<String, Integer> first =
                CoverageOnTrend.firstYearCovered(ONE_YEAR_BACK, List.of(CEMENT, CHEMICALS), firms, 2014, 3);

        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(first.entrySet()), "first years, in order");
    }

    @Test
    void aFirmCoveredOnlyAfterTheLastYearIsLeftOut() {
        List<Enterprise> firms = List.of(firm("Z", "chemicals", 30_000, 0), firm("B", "cement", 20_000, 0));

        Map<String, Integer> first =
                CoverageOnTrend.firstYearCovered(ONE_YEAR_BACK, List.of(CEMENT, CHEMICALS), firms, 2014, 2);

        assertEquals(Map.of("B", 2014), first, "chemicals join in 2016, after 2014-2015");
    }
}
