package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario's {@code expectedDepartures}: a list of {@code {"check": "COMPLIANCE" | "VWAP" |
 * "AUCTION", "years": [2022, 2023], "why": "..."}}, {@code years} optional (every year), {@code why}
 * required. Problems are reported at their JSON paths.
 */
final class ExpectedDepartures {
    private ExpectedDepartures() {}

    static List<ExpectedDeparture> read(List<JsonElement> list, String path, Problems problems) {
        List<ExpectedDeparture> departures = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = Obj.index(path, i);
            Obj o = Obj.of(list.get(i), at, "an expected departure", problems);
            if (o.broken()) {
                continue;
            }
            int before = problems.count();
            ExpectedDeparture.Check check = o.enumeration("check", ExpectedDeparture.Check.class, null);
            if (check == null && !o.has("check")) {
                problems.add(o.path("check"), "expected one of COMPLIANCE, VWAP, AUCTION (the check departed from)");
            }
            List<Integer> years = new ArrayList<>();
            List<JsonElement> yearList = o.array("years", "years of the departure");
            for (int y = 0; y < yearList.size(); y++) {
                years.add((int) Values.integer(
                        yearList.get(y),
                        Obj.index(o.path("years"), y),
                        Calendar.FIRST_YEAR,
                        Calendar.LAST_YEAR,
                        "year",
                        problems,
                        0));
            }
            String why = o.string("why", "why the scenario departs", "");
            if (why.isBlank()) {
                problems.add(o.path("why"), "expected a reason (the scenario's note explains it), got none");
            }
            o.finish();
            if (problems.count() == before) {
                departures.add(new ExpectedDeparture(check, years, why));
            }
        }
        return departures;
    }
}
