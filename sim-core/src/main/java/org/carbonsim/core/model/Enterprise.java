package org.carbonsim.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An emitting enterprise: its sector, output process, emission and energy intensities, operating
 * days, abatement options, opening and closure, and its verified history before the simulation.
 * Emissions in a year = output × intensity × (1 − abatement share). Immutable.
 *
 * @param id unique identifier ("HB-CEM-001")
 * @param name display name
 * @param sectorId id of its {@link Sector}
 * @param output yearly output process
 * @param emissionIntensity t CO2e per product unit, before abatement
 * @param energyIntensity t of coal equivalent per product unit (for energy-use thresholds)
 * @param heatRatio heat supplied per product unit (GJ per unit), for two-product benchmarks; 0 if none
 * @param operatingDays days a year the enterprise operates (1..366)
 * @param abatement its marginal abatement cost curve
 * @param openingYear first year it operates
 * @param closureYear last year it operates ({@link #NEVER_CLOSES} if it keeps operating)
 * @param history verified records for years before the simulation, by ascending year
 */
public record Enterprise(
        String id,
        String name,
        String sectorId,
        OutputProcess output,
        double emissionIntensity,
        double energyIntensity,
        double heatRatio,
        int operatingDays,
        AbatementCurve abatement,
        int openingYear,
        int closureYear,
        List<HistoryYear> history) {
    /** {@code closureYear} of an enterprise that keeps operating. */
    public static final int NEVER_CLOSES = 9999;

    /** {@code openingYear} of an enterprise that existed before any year the scenario looks at. */
    public static final int ALWAYS_OPEN = 0;

    public Enterprise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(abatement, "abatement");
        history = List.copyOf(history);
        if (!(emissionIntensity >= 0) || Double.isInfinite(emissionIntensity)) {
            throw new IllegalArgumentException(id + ": emissionIntensity must be finite and >= 0 (tCO2e per unit)");
        }
        if (!(energyIntensity >= 0) || Double.isInfinite(energyIntensity)) {
            throw new IllegalArgumentException(id + ": energyIntensity must be finite and >= 0 (tce per unit)");
        }
        if (!(heatRatio >= 0) || Double.isInfinite(heatRatio)) {
            throw new IllegalArgumentException(id + ": heatRatio must be finite and >= 0 (GJ per unit)");
        }
        if (operatingDays < 1 || operatingDays > 366) {
            throw new IllegalArgumentException(id + ": operatingDays must be in 1..366, got " + operatingDays);
        }
        if (closureYear < openingYear) {
            throw new IllegalArgumentException(id + ": closureYear is before openingYear");
        }
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).year() <= history.get(i - 1).year()) {
                throw new IllegalArgumentException(id + ": history years must be strictly ascending");
            }
        }
    }

    /** Whether the enterprise operates in {@code year}. */
    public boolean operatesIn(int year) {
        return year >= openingYear && year <= closureYear;
    }
}
