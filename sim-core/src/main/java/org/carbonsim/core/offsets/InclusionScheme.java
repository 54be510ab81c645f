package org.carbonsim.core.offsets;

import java.util.List;
import java.util.Objects;

/**
 * A carbon-inclusion (碳普惠) scheme that supplies the compliance programme {@code programId}. Its
 * platform buys back every credit verified in a year and offers it to covered enterprises at the
 * programme's price (a flat platform price); what they do not buy stays with the platform and is
 * offered again the next year. How much may be used for pilot compliance is the programme's cap.
 * Immutable.
 *
 * @param programId the id of the programme in {@code compliance.offsets} whose supply this sets
 * @param groups the actors, in the scenario's order
 */
public record InclusionScheme(String programId, List<InclusionGroup> groups) {
    public InclusionScheme {
        Objects.requireNonNull(programId, "programId");
        groups = List.copyOf(groups);
    }
}
