package org.carbonsim.core.offsets;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A CCER methodology type (forestry, renewables, methane, mangroves…) and its projects. A project that
 * starts in year s is registered in s + {@code registrationLagYears}; it earns credits of each vintage
 * from its registration year for {@code creditingYears} years, {@code reductionTonnesPerYear} a
 * vintage; the credits of vintage v are issued in v + {@code issuanceLagYears}. Starts are given per
 * year ({@code startsByYear}, also before the run, for projects already in the pipeline), and, when
 * {@code responsiveStartsPerYear} is above 0, that many more start in each simulated year whose
 * expected CCER price covers {@code costFenPerTonne}. Immutable.
 *
 * @param id identifier ("forestry")
 * @param eligible whether its credits may be surrendered for compliance
 * @param costFenPerTonne levelised cost of a credit, fen per tonne: the price a project needs to start
 * @param reductionTonnesPerYear verified reductions of one project in one vintage year, t
 * @param registrationLagYears years from a project's start to its registration
 * @param issuanceLagYears years from a vintage to the issuance of its credits
 * @param creditingYears vintages a project earns credits for
 * @param startsByYear projects starting in a year, by year
 * @param responsiveStartsPerYear projects starting in each simulated year whose expected price covers
 *     the cost (0: starts are only those given)
 */
public record ProjectType(
        String id,
        boolean eligible,
        long costFenPerTonne,
        long reductionTonnesPerYear,
        int registrationLagYears,
        int issuanceLagYears,
        int creditingYears,
        Map<Integer, Integer> startsByYear,
        int responsiveStartsPerYear) {
    public ProjectType {
        Objects.requireNonNull(id, "id");
        startsByYear = Map.copyOf(new TreeMap<>(startsByYear));
        if (costFenPerTonne < 0 || reductionTonnesPerYear < 0) {
            throw new IllegalArgumentException(id + ": cost (fen per t) and reductions (t a year) must be >= 0");
        }
        if (registrationLagYears < 0 || issuanceLagYears < 0) {
            throw new IllegalArgumentException(id + ": registration and issuance lags must be >= 0 years");
        }
        if (creditingYears < 1) {
            throw new IllegalArgumentException(id + ": creditingYears must be >= 1, got " + creditingYears);
        }
        if (responsiveStartsPerYear < 0) {
            throw new IllegalArgumentException(id + ": responsiveStartsPerYear must be >= 0");
        }
        for (int starts : startsByYear.values()) {
            if (starts < 0) {
                throw new IllegalArgumentException(id + ": starts must be >= 0 projects");
            }
        }
    }

    /** The given starts in {@code year}, projects. */
    public int givenStarts(int year) {
        return startsByYear.getOrDefault(year, 0);
    }

    /**
     * The credits issued in {@code year} to projects that started as {@code starts} says (projects by
     * start year), t: for vintage v = year − issuance lag, every project registered in or before v
     * whose crediting period still covers v.
     */
    public long issuedTonnes(int year, Map<Integer, Integer> starts) {
        int vintage = year - issuanceLagYears;
        long projects = 0;
        for (Map.Entry<Integer, Integer> entry : starts.entrySet()) {
            int registered = entry.getKey() + registrationLagYears;
            if (vintage >= registered && vintage < registered + creditingYears) {
                projects += entry.getValue();
            }
        }
        return Math.multiplyExact(projects, reductionTonnesPerYear);
    }
}
