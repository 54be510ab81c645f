package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.carbonsim.core.allocation.AllocationPlan;
import org.carbonsim.core.allocation.AllocationShares;
import org.carbonsim.core.allocation.CapSchedule;
import org.carbonsim.core.allocation.ShareChange;

/**
 * Reads a scenario's {@code allocation}: the {@code cap} schedule ({@code given} by year, {@code
 * declining}, {@code linearReduction} or {@code fromAllocation}), the government, new-entrant and
 * auction shares of the cap, the pre-allocation share, the {@code shareChanges} that set some of them
 * anew from a later year on ({@code [{"fromYear": 2015, "auctionShare": 0}]}; what a change leaves out
 * carries over), and an optional market adjustment factor, and builds the allocation plan with the
 * sectors' methods read before it. The shares of every year must leave part of the cap free, and a
 * {@code given} cap must cover the start year. Problems are reported at their JSON paths. Stateless.
 */
final class AllocationPlanReader {
    /** Default share of the expected allocation issued at the start of the year (Hubei 2017). */
    static final double DEFAULT_PRE_ALLOCATION_SHARE = 0.5;

    private static final List<String> SHARE_KEYS =
            List.of("governmentReserveShare", "newEntrantReserveShare", "auctionShare", "preAllocationShare");

    private static final List<String> CAP_TYPES = List.of("given", "declining", "linearReduction", "fromAllocation");

    private AllocationPlanReader() {}

    /**
     * The allocation plan of {@code o} with the methods of {@code loader}'s sectors; {@code null} after
     * a problem, or when a sector or one of its methods had one.
     */
    static AllocationPlan read(Obj o, ScenarioLoader loader) {
        Problems problems = loader.problems();
        int before = problems.count();
        CapSchedule cap = readCap(o.requiredObject("cap", "cap schedule"), problems, loader);
        AllocationShares shares = readShares(o, null, cap, problems);
        OptionalDouble maf = o.has("marketAdjustmentFactor")
                ? OptionalDouble.of(
                        o.number("marketAdjustmentFactor", 1, new Values.Range(0, true, 10, false), "factor"))
                : OptionalDouble.empty();
        List<ShareChange> changes = new ArrayList<>();
        List<JsonElement> entries = o.array("shareChanges", "later allocation shares by fromYear");
        int previous = loader.calendar().startYear();
        AllocationShares current = shares;
        for (int i = 0; i < entries.size(); i++) {
            int changeBefore = problems.count();
            Obj change = Obj.of(entries.get(i), Obj.index(o.path("shareChanges"), i), "allocation shares", problems);
            int fromYear = change.requiredYear("fromYear");
            if (problems.count() == changeBefore && fromYear <= previous) {
                problems.add(
                        change.path("fromYear"),
                        "expected a year after " + previous + " (share changes in ascending fromYear, after the"
                                + " start year), got " + fromYear);
            }
            previous = Math.max(previous, fromYear);
            if (problems.count() == changeBefore && SHARE_KEYS.stream().noneMatch(change::has)) {
                problems.add(change.path(), "expected at least one of " + String.join(", ", SHARE_KEYS) + ", got none");
            }
            AllocationShares changed = readShares(change, current, cap, problems);
            change.finish();
            if (changed != null && problems.count() == changeBefore) {
                changes.add(new ShareChange(fromYear, changed));
                current = changed;
            }
        }
        o.finish();
        SectorsReader sectors = loader.sectors();
        if (sectors.methods().size() != sectors.ids().size()) {
            return null;
        }
        return problems.build(o.path(), before, () -> new AllocationPlan(cap, shares, changes, maf, sectors.methods()));
    }

    /**
     * The shares {@code o} gives, each one it leaves out being {@code previous}'s (the defaults when
     * {@code previous} is {@code null}); {@code null} after a problem. They must leave part of the cap
     * free, and above 0 when the cap is derived from the allocation.
     */
    private static AllocationShares readShares(Obj o, AllocationShares previous, CapSchedule cap, Problems problems) {
        int before = problems.count();
        double government = o.number(
                "governmentReserveShare",
                previous == null ? 0 : previous.governmentReserveShare(),
                Values.Range.SHARE,
                "share of the cap");
        double newEntrant = o.number(
                "newEntrantReserveShare",
                previous == null ? 0 : previous.newEntrantReserveShare(),
                Values.Range.SHARE,
                "share of the cap");
        double auction = o.number(
                "auctionShare", previous == null ? 0 : previous.auctionShare(), Values.Range.SHARE, "share of the cap");
        double pre = o.number(
                "preAllocationShare",
                previous == null ? DEFAULT_PRE_ALLOCATION_SHARE : previous.preAllocationShare(),
                Values.Range.SHARE,
                "share of the expected allocation");
        if (problems.count() == before && government + newEntrant + auction > 1 + 1e-12) {
            problems.add(
                    o.path(),
                    "governmentReserveShare " + Values.Range.fmt(government) + " + newEntrantReserveShare "
                            + Values.Range.fmt(newEntrant) + " + auctionShare " + Values.Range.fmt(auction)
                            + " add up to more than the whole cap (1)");
        } else if (problems.count() == before
                && cap instanceof CapSchedule.FromAllocation
                && !(1 - government - newEntrant - auction > 1e-12)) {
            // the allocator divides the allocation by this free share (#20: validated, then failed)
            problems.add(
                    o.path(),
                    "a cap of type fromAllocation needs a free share above 0, but governmentReserveShare "
                            + Values.Range.fmt(government) + " + newEntrantReserveShare " + Values.Range.fmt(newEntrant)
                            + " + auctionShare " + Values.Range.fmt(auction) + " take the whole cap");
        }
        return problems.count() > before ? null : new AllocationShares(government, newEntrant, auction, pre);
    }

    private static CapSchedule readCap(Obj o, Problems problems, ScenarioLoader loader) {
        int before = problems.count();
        String type = o.type("cap schedule", CAP_TYPES);
        CapSchedule cap = null;
        if (type != null) {
            switch (type) {
                case "given": {
                    Map<Integer, Long> byYear = readYearMap(o, "byYear", "t a year", problems);
                    if (problems.count() == before && !byYear.isEmpty()) {
                        int first =
                                byYear.keySet().stream().min(Integer::compare).orElseThrow();
                        if (first > loader.calendar().startYear()
                                && loader.calendar().yearsKnown()) {
                            problems.add(
                                    o.path("byYear"),
                                    "no cap for the start year "
                                            + loader.calendar().startYear() + ": the first listed year is " + first);
                        }
                    }
                    cap = problems.build(o.path(), before, () -> new CapSchedule.Given(byYear));
                    break;
                }
                case "declining": {
                    int baseYear = o.requiredYear("baseYear");
                    long baseCap = o.requiredInteger("baseCap", 1, Values.MAX_TONNES, "t");
                    double rate = o.number(
                            "annualDeclineRate", 0, new Values.Range(-1, true, 1, true), "decline per year, 0.02 = 2%");
                    cap = problems.build(o.path(), before, () -> new CapSchedule.Declining(baseYear, baseCap, rate));
                    break;
                }
                case "linearReduction": {
                    int baseYear = o.requiredYear("baseYear");
                    long baseCap = o.requiredInteger("baseCap", 1, Values.MAX_TONNES, "t");
                    double lrf = o.requiredNumber(
                            "linearReductionFactor",
                            new Values.Range(0, false, 1, true),
                            "share of referenceCap a year",
                            0);
                    long reference = o.integer("referenceCap", baseCap, 1, Values.MAX_TONNES, "t");
                    cap = problems.build(
                            o.path(), before, () -> new CapSchedule.LinearReduction(baseYear, baseCap, lrf, reference));
                    break;
                }
                default:
                    cap = new CapSchedule.FromAllocation();
                    break;
            }
        }
        o.finish();
        return problems.count() > before ? null : cap;
    }

    /** An object with year keys ("2014") and whole-tonne values {@code > 0}. */
    private static Map<Integer, Long> readYearMap(Obj o, String key, String unit, Problems problems) {
        Map<Integer, Long> map = new TreeMap<>();
        JsonElement e = o.required(key, "values by year, {\"2024\": ...}");
        if (e == null) {
            return map;
        }
        Obj years = Obj.of(e, o.path(key), "values by year, {\"2024\": ...}", problems);
        for (String yearKey : years.keys()) {
            JsonElement value = years.get(yearKey);
            String path = years.path(yearKey);
            int year;
            if (yearKey.matches("\\d{4}")
                    && Integer.parseInt(yearKey) >= Calendar.FIRST_YEAR
                    && Integer.parseInt(yearKey) <= Calendar.LAST_YEAR) {
                year = Integer.parseInt(yearKey);
            } else {
                problems.add(
                        path,
                        "expected a year in " + Calendar.FIRST_YEAR + ".." + Calendar.LAST_YEAR + " as the key, got "
                                + Values.describe(new JsonPrimitive(yearKey)));
                continue;
            }
            long tonnes = Values.integer(value, path, 1, Values.MAX_TONNES, unit, problems, 1);
            map.put(year, tonnes);
        }
        if (map.isEmpty() && years.keys().isEmpty() && !years.broken()) {
            problems.add(o.path(key), "expected at least one year, got an empty object");
        }
        years.finish();
        return map;
    }
}
