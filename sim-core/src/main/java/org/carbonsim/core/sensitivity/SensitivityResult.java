package org.carbonsim.core.sensitivity;

import java.util.List;
import java.util.Objects;
import org.carbonsim.core.montecarlo.FigureStatistic;

/**
 * What a sensitivity study found: per output metric and input, Sobol indices (for {@link
 * Method#SOBOL}) or Morris effects (for {@link Method#MORRIS}), the other list empty; and the plan's
 * points with the metrics' means over the replications at each. Immutable.
 *
 * @param scenario scenario name
 * @param method the method
 * @param samples base samples (Sobol) or trajectories (Morris)
 * @param baseSeed the study's base seed
 * @param seeds the replication seeds, the same at every point
 * @param factors the inputs, in the order given
 * @param metrics the output metrics' names, in file order
 * @param sobol Sobol indices by metric, then by input; empty for Morris
 * @param morris Morris effects by metric, then by input; empty for Sobol
 * @param points the plan's points: the inputs' values (as written into the scenario) by point
 * @param outputs each metric's mean over the replications, by point, then by metric; NaN where undefined
 * @param years the statistics of the figures per year over the replications, by point, then by year and
 *     figure (the same years and figures, in the same order, at every point)
 * @param sectors the statistics of the figures per sector and year over the replications, by point
 * @param yearSobol Sobol indices of each per-year figure's mean (in the order of a point's {@code
 *     years}), then by input; empty for Morris
 * @param yearMorris Morris effects of each per-year figure's mean, then by input; empty for Sobol
 */
public record SensitivityResult(
        String scenario,
        Method method,
        int samples,
        long baseSeed,
        List<Long> seeds,
        List<Factor> factors,
        List<String> metrics,
        List<List<SobolIndex>> sobol,
        List<List<MorrisEffect>> morris,
        List<List<Double>> points,
        List<List<Double>> outputs,
        List<List<FigureStatistic>> years,
        List<List<FigureStatistic>> sectors,
        List<List<SobolIndex>> yearSobol,
        List<List<MorrisEffect>> yearMorris) {
    public SensitivityResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(method, "method");
        seeds = List.copyOf(seeds);
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
        sobol = sobol.stream().map(List::copyOf).toList();
        morris = morris.stream().map(List::copyOf).toList();
        points = points.stream().map(List::copyOf).toList();
        outputs = outputs.stream().map(List::copyOf).toList();
        years = years.stream().map(List::copyOf).toList();
        sectors = sectors.stream().map(List::copyOf).toList();
        yearSobol = yearSobol.stream().map(List::copyOf).toList();
        yearMorris = yearMorris.stream().map(List::copyOf).toList();
    }
}
