package org.carbonsim.core.cbam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A scenario's CBAM block: who exports what to the EU, the CBAM factor by year, and the EU allowance
 * price by year in fen per tonne (converted at loading from EUR at the year's exchange rate). Every
 * year with a factor above 0 that the scenario runs must have a price. Immutable.
 *
 * @param exporters sector entries (at most one per sector) and enterprise overrides
 * @param phaseIn the CBAM factor by year
 * @param euPriceFenByYear the EU allowance price in fen per tonne, by year
 */
public record CbamRules(List<CbamExporter> exporters, PhaseIn phaseIn, Map<Integer, Long> euPriceFenByYear) {
    public CbamRules {
        exporters = List.copyOf(exporters);
        Objects.requireNonNull(phaseIn, "phaseIn");
        euPriceFenByYear = Map.copyOf(new TreeMap<>(euPriceFenByYear));
        for (Map.Entry<Integer, Long> entry : euPriceFenByYear.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException(
                        "EU price of " + entry.getKey() + " must be >= 0 fen per t, got " + entry.getValue());
            }
        }
    }

    /** The EU allowance price of {@code year}, fen per tonne, if given. */
    public OptionalLong euPriceFen(int year) {
        Long fen = euPriceFenByYear.get(year);
        return fen == null ? OptionalLong.empty() : OptionalLong.of(fen);
    }

    /** The entry that applies to {@code enterpriseId} of {@code sectorId}: its own, else its sector's. */
    public Optional<CbamExporter> exporterOf(String sectorId, String enterpriseId) {
        CbamExporter sectorEntry = null;
        for (CbamExporter exporter : exporters) {
            if (!exporter.sectorId().equals(sectorId)) {
                continue;
            }
            if (exporter.enterpriseId().isEmpty()) {
                sectorEntry = exporter;
            } else if (exporter.enterpriseId().get().equals(enterpriseId)) {
                return Optional.of(exporter);
            }
        }
        return Optional.ofNullable(sectorEntry);
    }

    /** The sectors with an entry, in the order first listed. */
    public List<String> sectorIds() {
        List<String> ids = new ArrayList<>();
        for (CbamExporter exporter : exporters) {
            if (!ids.contains(exporter.sectorId())) {
                ids.add(exporter.sectorId());
            }
        }
        return ids;
    }
}
