package org.carbonsim.core.offsets;

import java.util.List;

/**
 * What a run's modelled offset supply did: each year of each fed programme, and every CCER issuance.
 * Both empty when the scenario models none. Immutable.
 *
 * @param years per year and fed programme
 * @param issuance per year, methodology type and vintage
 */
public record OffsetHistory(List<OffsetYear> years, List<Issuance> issuance) {
    /** Nothing modelled. */
    public static final OffsetHistory NONE = new OffsetHistory(List.of(), List.of());

    public OffsetHistory {
        years = List.copyOf(years);
        issuance = List.copyOf(issuance);
    }
}
