package org.carbonsim.core.allocation;

import java.util.List;
import java.util.Objects;

/**
 * How a sector's covered enterprises receive free allowances in a year. Formulas (MAF = market
 * adjustment factor):
 *
 * <ul>
 *   <li>{@link HistoricalEmissions} (历史法): mean verified emissions over the base years × control
 *       factor × MAF × operating days / 365;
 *   <li>{@link HistoricalIntensity} (历史强度法): actual output × base-years intensity × control
 *       factor × MAF;
 *   <li>{@link Benchmark} (标杆法): actual output × benchmark × control factor × MAF;
 *   <li>{@link TwoProductBenchmark}: the national power formula, (product benchmark × output ×
 *       correction factor + heat benchmark × heat) × MAF;
 *   <li>{@link VerifiedEmissions}: allocation equal to verified emissions (national ETS industry,
 *       first year);
 *   <li>{@link Auctioned}: no free allocation; the enterprise buys at auction or on the market.
 * </ul>
 */
public sealed interface AllocationMethod
        permits AllocationMethod.HistoricalEmissions,
                AllocationMethod.HistoricalIntensity,
                AllocationMethod.Benchmark,
                AllocationMethod.TwoProductBenchmark,
                AllocationMethod.VerifiedEmissions,
                AllocationMethod.Auctioned {

    /** Whether the final allocation depends on the year's actual output, so a true-up follows verification. */
    boolean outputBased();

    /**
     * Grandfathering on mean emissions of the base years. Immutable.
     *
     * @param baseYears years averaged (verified history or earlier simulated years)
     * @param controlFactor industry control factor (0.97 = 3% below the base)
     */
    record HistoricalEmissions(List<Integer> baseYears, double controlFactor) implements AllocationMethod {
        public HistoricalEmissions {
            baseYears = checkBaseYears(baseYears);
            checkFactor(controlFactor, "controlFactor");
        }

        @Override
        public boolean outputBased() {
            return false;
        }
    }

    /**
     * Intensity of the base years applied to actual output. Immutable.
     *
     * @param baseYears years whose total emissions ÷ total output give the intensity
     * @param controlFactor industry control factor
     */
    record HistoricalIntensity(List<Integer> baseYears, double controlFactor) implements AllocationMethod {
        public HistoricalIntensity {
            baseYears = checkBaseYears(baseYears);
            checkFactor(controlFactor, "controlFactor");
        }

        @Override
        public boolean outputBased() {
            return true;
        }
    }

    /**
     * A product benchmark applied to actual output. Immutable.
     *
     * @param source the benchmark, given or derived as a percentile
     * @param controlFactor adjustment factor applied on top (1 = none)
     */
    record Benchmark(BenchmarkSource source, double controlFactor) implements AllocationMethod {
        public Benchmark {
            Objects.requireNonNull(source, "source");
            checkFactor(controlFactor, "controlFactor");
        }

        @Override
        public boolean outputBased() {
            return true;
        }
    }

    /**
     * The national power formula: product benchmark × output × correction factor + heat benchmark ×
     * heat supplied (output × the enterprise's heat ratio). Immutable.
     *
     * @param productBenchmark t CO2 per product unit (per MWh)
     * @param correctionFactor product of the correction factors (cooling, load, fuel)
     * @param heatBenchmark t CO2 per GJ of heat
     */
    record TwoProductBenchmark(double productBenchmark, double correctionFactor, double heatBenchmark)
            implements AllocationMethod {
        public TwoProductBenchmark {
            checkFactor(productBenchmark, "productBenchmark");
            checkFactor(correctionFactor, "correctionFactor");
            if (!(heatBenchmark >= 0) || Double.isInfinite(heatBenchmark)) {
                throw new IllegalArgumentException("heatBenchmark must be finite and >= 0, got " + heatBenchmark);
            }
        }

        @Override
        public boolean outputBased() {
            return true;
        }
    }

    /** Free allocation equal to the year's verified emissions. Immutable. */
    record VerifiedEmissions() implements AllocationMethod {
        @Override
        public boolean outputBased() {
            return true;
        }
    }

    /** No free allocation. Immutable. */
    record Auctioned() implements AllocationMethod {
        @Override
        public boolean outputBased() {
            return false;
        }
    }

    private static List<Integer> checkBaseYears(List<Integer> baseYears) {
        List<Integer> copy = List.copyOf(baseYears);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one base year is needed");
        }
        return copy;
    }

    private static void checkFactor(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}
