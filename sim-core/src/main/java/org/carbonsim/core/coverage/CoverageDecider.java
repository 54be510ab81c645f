package org.carbonsim.core.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.EnterpriseHistory;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.model.Sector;

/**
 * Decides, year after year, which enterprises a scheme covers and why.
 *
 * <ul>
 *   <li>The sector must be covered in the year ({@link Sector#coveredIn}), the enterprise must operate
 *       in it; otherwise it is out (and any coverage history is forgotten).
 *   <li>Entry: an enterprise not covered last year enters when any of the {@code lookbackYears}
 *       years before the compliance year meets the threshold in force in the compliance year. The
 *       compliance year's threshold is used so that a lowered threshold takes effect in the year it is
 *       announced for, judged on the data the office already has. After an exit only years from the
 *       exit year on count, so a four-year lookback cannot pull an enterprise straight back in.
 *   <li>Exit: a covered enterprise counts consecutive covered years below the threshold; when the
 *       count reaches {@code exitYearsBelow} it leaves (Hubei: two). A year at or above resets the
 *       count.
 *   <li>New entrants: enterprises that enter in a year after the first decided year, in a sector that
 *       was already covered the year before. A whole sector joining the scheme is planned into the
 *       cap, so its enterprises are not squeezed into the new-entrant reserve.
 * </ul>
 *
 * <p>Years must be decided in sequence, one call per year. Not thread-safe.
 */
public final class CoverageDecider {
    private final CoverageRules rules;
    /** The sectors by id: set when the decider is made and only read after, so its copies share them. */
    private final Map<String, Sector> sectors;

    private final Map<String, State> states;
    private int firstYear = Integer.MIN_VALUE;
    private int lastYear = Integer.MIN_VALUE;

    private static final class State {
        boolean covered;
        int yearsBelow;
        int exitYear = Integer.MIN_VALUE;
    }

    /** A decider for {@code rules} over {@code sectors}. */
    public CoverageDecider(CoverageRules rules, List<Sector> sectors) {
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        this.sectors = new HashMap<>();
        this.states = new HashMap<>();
        for (Sector sector : sectors) {
            this.sectors.put(sector.id(), sector);
        }
    }

    /**
     * A decider that goes on from the years this one has decided, on its own: what it decides next
     * does not touch this one. For looking ahead at the years to come on expected data, at every
     * verification: the copy shares the sectors (read only, once set) and copies each enterprise's
     * state into a map sized for them all.
     */
    public CoverageDecider copy() {
        return new CoverageDecider(this);
    }

    private CoverageDecider(CoverageDecider from) {
        this.rules = from.rules;
        this.sectors = from.sectors;
        this.states = new HashMap<>((int) (from.states.size() / 0.75f) + 1);
        this.firstYear = from.firstYear;
        this.lastYear = from.lastYear;
        from.states.forEach((id, state) -> {
            State copied = new State();
            copied.covered = state.covered;
            copied.yearsBelow = state.yearsBelow;
            copied.exitYear = state.exitYear;
            states.put(id, copied);
        });
    }

    /**
     * Decides {@code year} for every enterprise, in the order given, reading past years from
     * {@code history}. The first call fixes the first year; later calls must be for the next year.
     */
    public List<CoverageRecord> decide(int year, List<Enterprise> enterprises, EnterpriseHistory history) {
        if (lastYear != Integer.MIN_VALUE && year != lastYear + 1) {
            throw new IllegalStateException(
                    "coverage must be decided year by year: last decided " + lastYear + ", asked for " + year);
        }
        if (firstYear == Integer.MIN_VALUE) {
            firstYear = year;
        }
        lastYear = year;
        List<CoverageRecord> records = new ArrayList<>(enterprises.size());
        for (Enterprise enterprise : enterprises) {
            records.add(decideOne(year, enterprise, history, rules.thresholdIn(year, enterprise.sectorId())));
        }
        return records;
    }

    private CoverageRecord decideOne(int year, Enterprise enterprise, EnterpriseHistory history, Threshold threshold) {
        Sector sector = sectors.get(enterprise.sectorId());
        if (sector == null) {
            throw new IllegalArgumentException(
                    "enterprise " + enterprise.id() + " is in unknown sector " + enterprise.sectorId());
        }
        State state = states.computeIfAbsent(enterprise.id(), id -> new State());
        CoverageReason outside = null;
        if (!sector.coveredIn(year)) {
            outside = year > sector.coveredUntilYear()
                    ? CoverageReason.SECTOR_LEFT_SCHEME
                    : CoverageReason.SECTOR_NOT_COVERED;
        } else if (year < enterprise.openingYear()) {
            outside = CoverageReason.NOT_OPERATING;
        } else if (year > enterprise.closureYear()) {
            outside = CoverageReason.CLOSED;
        }
        if (outside != null) {
            state.covered = false;
            state.yearsBelow = 0;
            return record(enterprise, year, outside, CoverageRecord.NONE, 0, false);
        }
        if (state.covered) {
            EnterpriseYear previous = history.yearOf(enterprise.id(), year - 1);
            if (meets(threshold, previous)) {
                state.yearsBelow = 0;
                return record(enterprise, year, CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK, year - 1, 0, false);
            }
            state.yearsBelow++;
            if (state.yearsBelow >= rules.exitYearsBelow()) {
                int below = state.yearsBelow;
                state.covered = false;
                state.yearsBelow = 0;
                state.exitYear = year;
                return record(
                        enterprise, year, CoverageReason.EXITED_BELOW_THRESHOLD, CoverageRecord.NONE, below, false);
            }
            return record(
                    enterprise, year, CoverageReason.STAYS_COVERED_BELOW, CoverageRecord.NONE, state.yearsBelow, false);
        }
        int earliest = Math.max(year - rules.lookbackYears(), state.exitYear);
        for (int lookback = year - 1; lookback >= earliest; lookback--) {
            if (meets(threshold, history.yearOf(enterprise.id(), lookback))) {
                state.covered = true;
                state.yearsBelow = 0;
                boolean entrant = year > firstYear && sector.coveredIn(year - 1);
                return record(enterprise, year, CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK, lookback, 0, entrant);
            }
        }
        return record(enterprise, year, CoverageReason.BELOW_THRESHOLD, CoverageRecord.NONE, 0, false);
    }

    private static boolean meets(Threshold threshold, EnterpriseYear enterpriseYear) {
        return enterpriseYear.operating()
                && threshold.isMetBy(enterpriseYear.emissionsTonnes(), enterpriseYear.energyTce());
    }

    private static CoverageRecord record(
            Enterprise enterprise,
            int year,
            CoverageReason reason,
            int qualifyingYear,
            int yearsBelow,
            boolean entrant) {
        return new CoverageRecord(
                enterprise.id(), enterprise.sectorId(), year, reason, qualifyingYear, yearsBelow, entrant);
    }
}
