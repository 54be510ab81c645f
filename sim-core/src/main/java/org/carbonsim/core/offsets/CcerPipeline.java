package org.carbonsim.core.offsets;

import java.util.List;
import java.util.Objects;

/**
 * The CCER project pipeline that supplies the compliance programme {@code programId}: its methodology
 * types, and the earliest vintage a compliance surrender accepts. Credits of an ineligible type, or
 * of a vintage before {@code minVintageYear}, are issued but never offered for compliance. Immutable.
 *
 * @param programId the id of the programme in {@code compliance.offsets} whose supply this sets
 * @param minVintageYear the earliest vintage accepted for compliance
 * @param types the methodology types, in the scenario's order
 */
public record CcerPipeline(String programId, int minVintageYear, List<ProjectType> types) {
    public CcerPipeline {
        Objects.requireNonNull(programId, "programId");
        types = List.copyOf(types);
    }

    /** Whether credits of {@code type} and {@code vintage} may be surrendered. */
    public boolean eligible(ProjectType type, int vintage) {
        return type.eligible() && vintage >= minVintageYear;
    }
}
