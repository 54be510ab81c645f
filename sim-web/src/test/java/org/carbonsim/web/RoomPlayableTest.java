package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.coverage.CoverageOnTrend;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A student is offered only an enterprise the scheme covers in some year of the scenario, those covered
 * from its first year first: hubei-pilot's join list once offered all 827 of its enterprises, 368 of
 * them never covered, and four of the first five on the list were of those, a firm with nothing to trade.
 */
class RoomPlayableTest {
    private final Room room = TestRooms.room("hubei-pilot", 2014, 5);
    private final Scenario scenario = room.scenario();
    private final Map<String, Integer> firstYear = CoverageOnTrend.firstYearCovered(
            scenario.coverage(),
            scenario.sectors(),
            scenario.enterprises(),
            scenario.calendar().startYear(),
            scenario.calendar().years());

    @Test
    void theJoinListHoldsTheCoveredFirmsTheFirstYearsFirst() {
        Map<String, String> free = room.freeEnterprises();

        assertEquals(List.copyOf(firstYear.keySet()), List.copyOf(free.keySet()), "the covered firms, in order");
        assertTrue(free.size() < scenario.enterprises().size(), "some of hubei-pilot's firms are never covered");
        int start = scenario.calendar().startYear();
        List<String> firstFive = new ArrayList<>(free.keySet()).subList(0, 5);
        for (String id : firstFive) {
            assertEquals(start, firstYear.get(id), id + " heads the list, so it is covered from " + start);
        }
        for (Enterprise e : scenario.enterprises()) {
            if (free.containsKey(e.id())) {
                assertEquals(e.name(), free.get(e.id()), "the name of " + e.id());
            }
        }
    }

    @Test
    void aBlankChoiceSeatsAFirmOfTheFirstYearAndANeverCoveredOneIsRefusedWithItsReason() {
        String never = scenario.enterprises().stream()
                .map(Enterprise::id)
                .filter(id -> !firstYear.containsKey(id))
                .findFirst()
                .orElseThrow();

        Object refused = room.join(room.roomCode(), "Ann", never);
        Player seated = (Player) room.join(room.roomCode(), "Ben", "");

        assertEquals(
                "enterprise: '" + never + "' is never covered by the scheme in this scenario, so it has nothing"
                        + " to trade",
                ((Reply) refused).message());
        assertEquals(scenario.calendar().startYear(), firstYear.get(seated.enterpriseId()), "Ben's firm");
        assertFalse(room.freeEnterprises().containsKey(seated.enterpriseId()), "Ben's firm is taken");
    }
}
