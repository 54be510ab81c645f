package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A calendar may run to {@link Calendar#LAST_YEAR}, the last year a scenario can name as a year key,
 * and no further: startYear + years − 1 beyond it is one problem at {@code $.calendar} naming the last
 * year and the limit.
 */
class CalendarLimitTest {
    /** The reader of the last {@link #read}. */
    private CalendarReader reader;

    /** The problems of reading {@code calendar} with a new reader. */
    private List<String> read(String calendar) {
        Problems problems = new Problems();
        reader = new CalendarReader(problems);
        Calendar c = reader.read(Obj.of(JsonParser.parseString(calendar), "$.calendar", "years", problems));
        List<String> lines =
                problems.toList("s.json").stream().map(Problem::toString).toList();
        if (lines.isEmpty()) {
            assertNotNull(c, calendar);
        } else {
            assertNull(c, calendar);
        }
        return lines;
    }

    @Test
    void theLimitIsTheLastYearAYearKeyMayName() {
        assertEquals(2200, Calendar.LAST_YEAR);
        assertEquals(1900, Calendar.FIRST_YEAR);
    }

    @Test
    void aCalendarEndingInTheLastYearIsRead() {
        // 2190 + 11 - 1 = 2200
        assertEquals(List.of(), read("{\"startYear\": 2190, \"years\": 11}"));
        assertEquals(2200, reader.endYear());
        assertTrue(reader.endYearKnown());
    }

    @Test
    void aCalendarEndingAfterTheLastYearIsOneProblemAtTheCalendar() {
        // 2200 + 11 - 1 = 2210: ten years with no year key to give them a cap
        assertEquals(
                List.of("$.calendar: the last simulated year, startYear 2200 + years 11 - 1 = 2210, is after 2200,"
                        + " the last year a scenario can name; with startYear 2200, years can be at most 1"),
                read("{\"startYear\": 2200, \"years\": 11}"));
        assertFalse(reader.endYearKnown(), "the years after it are not checked against an end it cannot have");

        // one year past the limit
        assertEquals(
                List.of("$.calendar: the last simulated year, startYear 2191 + years 11 - 1 = 2201, is after 2200,"
                        + " the last year a scenario can name; with startYear 2191, years can be at most 10"),
                read("{\"startYear\": 2191, \"years\": 11}"));
    }
}
