package org.carbonsim.core.offsets;

import java.util.Objects;
import java.util.Optional;

/**
 * The offset supply a scenario models beyond a yearly quantity: a CCER pipeline, a carbon-inclusion
 * scheme, either or both. Without them ({@link #NONE}) every programme offers its own {@code
 * supplyTonnesPerYear}. Immutable.
 *
 * @param ccer the CCER pipeline, if any
 * @param inclusion the carbon-inclusion scheme, if any
 */
public record OffsetMarkets(Optional<CcerPipeline> ccer, Optional<InclusionScheme> inclusion) {
    /** No modelled supply. */
    public static final OffsetMarkets NONE = new OffsetMarkets(Optional.empty(), Optional.empty());

    public OffsetMarkets {
        Objects.requireNonNull(ccer, "ccer");
        Objects.requireNonNull(inclusion, "inclusion");
        if (ccer.isPresent()
                && inclusion.isPresent()
                && ccer.get().programId().equals(inclusion.get().programId())) {
            throw new IllegalArgumentException(
                    "the CCER pipeline and the carbon-inclusion scheme supply the same programme "
                            + ccer.get().programId());
        }
    }

    /** Whether the scenario models any supply. */
    public boolean any() {
        return ccer.isPresent() || inclusion.isPresent();
    }
}
