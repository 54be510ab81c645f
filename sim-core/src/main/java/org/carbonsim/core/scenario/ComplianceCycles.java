package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.BurdenCap;
import org.carbonsim.core.compliance.ComplianceCycle;

/**
 * Reads {@code compliance.cycles}: a list of {@code {"fromYear": 2019, "toYear": 2020,
 * "borrowingWithinCycle": true, "banking": {...}, "borrowingShare": 0.5, "burdenCap":
 * {"emissionsShare": 0.2, "allocationOnlySectors": ["gas"]}}}. Years must lie in the calendar,
 * cycles must be in year order and not overlap; {@code banking} and {@code borrowingShare} default to
 * the scheme's. Problems are reported at their JSON paths.
 */
final class ComplianceCycles {
    private ComplianceCycles() {}

    static List<ComplianceCycle> read(
            List<JsonElement> list,
            String path,
            ScenarioLoader loader,
            Problems problems,
            int startYear,
            int endYear,
            BankingRule schemeBanking,
            double schemeBorrowing,
            Function<Obj, BankingRule> bankingReader) {
        List<ComplianceCycle> cycles = new ArrayList<>();
        int previousEnd = Integer.MIN_VALUE;
        String previousPath = null;
        for (int i = 0; i < list.size(); i++) {
            String at = Obj.index(path, i);
            Obj o = Obj.of(list.get(i), at, "a compliance cycle", problems);
            int before = problems.count();
            int from = o.requiredYear("fromYear");
            int to = o.requiredYear("toYear");
            if (problems.count() == before) {
                // against a calendar that could not be read, only the cycles' own order is checked
                boolean calendarKnown = loader.calendar().endYearKnown();
                if (calendarKnown && (from < startYear || from > endYear)) {
                    problems.add(
                            o.path("fromYear"),
                            "expected a year of the calendar, " + startYear + " to " + endYear + ", got " + from);
                } else if (to < from || (calendarKnown && to > endYear)) {
                    problems.add(
                            o.path("toYear"),
                            "expected a year from fromYear " + from
                                    + (calendarKnown ? " to the calendar's last, " + endYear : " on") + ", got " + to);
                } else if (from <= previousEnd) {
                    problems.add(
                            o.path("fromYear"),
                            "cycles must be in year order and not overlap: " + from
                                    + " falls in or before the cycle at " + previousPath + " (to " + previousEnd + ")");
                }
            }
            boolean within = o.bool("borrowingWithinCycle", true);
            BankingRule banking =
                    o.has("banking") ? bankingReader.apply(o.object("banking", "banking rule")) : schemeBanking;
            double borrowing =
                    o.number("borrowingShare", schemeBorrowing, Values.Range.SHARE, "share of the cycle's obligation");
            Optional<BurdenCap> cap = o.has("burdenCap")
                    ? readBurdenCap(o.object("burdenCap", "limit on the compliance burden"), loader, problems)
                    : Optional.empty();
            o.finish();
            if (problems.count() == before && banking != null) {
                cycles.add(new ComplianceCycle(from, to, within, banking, borrowing, cap));
                previousEnd = to;
                previousPath = at;
            }
        }
        return cycles;
    }

    private static Optional<BurdenCap> readBurdenCap(Obj o, ScenarioLoader loader, Problems problems) {
        int before = problems.count();
        double share = o.requiredNumber(
                "emissionsShare", Values.Range.SHARE, "share of verified emissions owed beyond the allocation", 0);
        List<String> allocationOnly = new ArrayList<>();
        List<JsonElement> ids = o.array("allocationOnlySectors", "sectors whose units owe at most their allocation");
        for (int i = 0; i < ids.size(); i++) {
            String at = Obj.index(o.path("allocationOnlySectors"), i);
            String id = Values.string(ids.get(i), at, "a sector id", problems, "");
            if (!id.isEmpty() && loader.sectors().unit(id, at) != null) {
                allocationOnly.add(id);
            }
        }
        o.finish();
        return problems.count() > before ? Optional.empty() : Optional.of(new BurdenCap(share, allocationOnly));
    }
}
