package org.carbonsim.core.allocation;

/**
 * Where a product benchmark comes from: a given value, or a percentile of the covered enterprises'
 * intensities in a reference year (Hubei's cement clinker benchmark is the provincial P50).
 */
public sealed interface BenchmarkSource permits BenchmarkSource.Fixed, BenchmarkSource.Percentile {

    /**
     * A benchmark given as a number. Immutable.
     *
     * @param tonnesPerUnit t CO2 per product unit (0.8534 t CO2 per t clinker)
     */
    record Fixed(double tonnesPerUnit) implements BenchmarkSource {
        public Fixed {
            if (!(tonnesPerUnit > 0) || Double.isInfinite(tonnesPerUnit)) {
                throw new IllegalArgumentException("benchmark must be a finite number > 0, got " + tonnesPerUnit);
            }
        }
    }

    /**
     * A benchmark derived from the sector's covered enterprises: the {@code percentile} of their
     * emission intensities in {@code referenceYear} (P50 = the median firm; a lower percentile is
     * stricter). Immutable.
     *
     * @param percentile 0 < p <= 100
     * @param referenceYear year whose intensities are ranked
     */
    record Percentile(double percentile, int referenceYear) implements BenchmarkSource {
        public Percentile {
            if (!(percentile > 0 && percentile <= 100)) {
                throw new IllegalArgumentException("percentile must be in (0, 100], got " + percentile);
            }
        }
    }
}
