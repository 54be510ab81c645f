package org.carbonsim.core.offsets;

import java.util.Objects;

/**
 * Credits issued to one CCER methodology type in a year, of one vintage. Immutable.
 *
 * @param year the year of issuance
 * @param programId the programme the pipeline supplies
 * @param typeId the methodology type
 * @param vintage the year the reductions were made
 * @param eligible whether they may be surrendered for compliance
 * @param tonnes credits issued, t
 */
public record Issuance(int year, String programId, String typeId, int vintage, boolean eligible, long tonnes) {
    public Issuance {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(typeId, "typeId");
        if (tonnes < 0) {
            throw new IllegalArgumentException("tonnes must be >= 0");
        }
    }
}
