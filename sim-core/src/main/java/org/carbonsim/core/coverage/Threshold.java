package org.carbonsim.core.coverage;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inclusion threshold in force from {@code fromYear} until the next threshold for the same
 * sectors starts. An enterprise meets it when its emissions reach {@code emissionsTonnes} or its
 * energy use reaches {@code energyTce}; a zero disables that test. It applies to the enterprises of
 * {@code sectors}, or of every sector when that is empty: a pilot lowering its threshold for some
 * sectors a year before the rest (Hubei: seven sectors to 10,000 tce in 2016, every industrial sector
 * in 2017). Immutable.
 *
 * @param fromYear first year the threshold applies
 * @param emissionsTonnes emissions threshold, t CO2e a year (0 = not used)
 * @param energyTce energy-use threshold, t of coal equivalent a year (0 = not used)
 * @param sectors the sector ids it applies to; empty for every sector
 */
public record Threshold(int fromYear, long emissionsTonnes, long energyTce, Set<String> sectors) {
    public Threshold {
        if (emissionsTonnes < 0 || energyTce < 0) {
            throw new IllegalArgumentException("thresholds must be >= 0");
        }
        if (emissionsTonnes == 0 && energyTce == 0) {
            throw new IllegalArgumentException("a threshold needs emissionsTonnes or energyTce > 0");
        }
        sectors = Collections.unmodifiableSet(new TreeSet<>(sectors));
    }

    /** A threshold for every sector. */
    public Threshold(int fromYear, long emissionsTonnes, long energyTce) {
        this(fromYear, emissionsTonnes, energyTce, Set.of());
    }

    /** Whether it applies to the enterprises of {@code sectorId}. */
    public boolean appliesTo(String sectorId) {
        return sectors.isEmpty() || sectors.contains(sectorId);
    }

    /** Whether some sector is under both this threshold and {@code other}. */
    public boolean overlaps(Threshold other) {
        return sectors.isEmpty() || other.sectors.isEmpty() || sectors.stream().anyMatch(other.sectors::contains);
    }

    /** Whether a year with these emissions and energy use meets the threshold. */
    public boolean isMetBy(long yearEmissionsTonnes, long yearEnergyTce) {
        return (emissionsTonnes > 0 && yearEmissionsTonnes >= emissionsTonnes)
                || (energyTce > 0 && yearEnergyTce >= energyTce);
    }
}
