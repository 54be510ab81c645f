package org.carbonsim.core.coverage;

/**
 * The inclusion threshold in force from {@code fromYear} until the next threshold starts. An
 * enterprise meets it when its emissions reach {@code emissionsTonnes} or its energy use reaches
 * {@code energyTce}; a zero disables that test. Immutable.
 *
 * @param fromYear first year the threshold applies
 * @param emissionsTonnes emissions threshold, t CO2e a year (0 = not used)
 * @param energyTce energy-use threshold, t of coal equivalent a year (0 = not used)
 */
public record Threshold(int fromYear, long emissionsTonnes, long energyTce) {
    public Threshold {
        if (emissionsTonnes < 0 || energyTce < 0) {
            throw new IllegalArgumentException("thresholds must be >= 0");
        }
        if (emissionsTonnes == 0 && energyTce == 0) {
            throw new IllegalArgumentException("a threshold needs emissionsTonnes or energyTce > 0");
        }
    }

    /** Whether a year with these emissions and energy use meets the threshold. */
    public boolean isMetBy(long yearEmissionsTonnes, long yearEnergyTce) {
        return (emissionsTonnes > 0 && yearEmissionsTonnes >= emissionsTonnes)
                || (energyTce > 0 && yearEnergyTce >= energyTce);
    }
}
