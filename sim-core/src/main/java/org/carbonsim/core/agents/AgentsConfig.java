package org.carbonsim.core.agents;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who trades and how: the strategy of covered enterprises (by default, per sector, per enterprise),
 * compliance-trader behaviour, and the other trader groups. Immutable.
 *
 * @param defaultStrategy strategy of an enterprise not listed below
 * @param sectorStrategies strategy by sector id
 * @param enterpriseStrategies strategy by enterprise id (wins over the sector's)
 * @param compliance behaviour of compliance traders
 * @param traders other participants
 */
public record AgentsConfig(
        StrategyKind defaultStrategy,
        Map<String, StrategyKind> sectorStrategies,
        Map<String, StrategyKind> enterpriseStrategies,
        ComplianceTraderParams compliance,
        List<TraderGroup> traders) {
    public AgentsConfig {
        Objects.requireNonNull(defaultStrategy, "defaultStrategy");
        Objects.requireNonNull(compliance, "compliance");
        sectorStrategies = java.util.Collections.unmodifiableMap(new TreeMap<>(sectorStrategies));
        enterpriseStrategies = java.util.Collections.unmodifiableMap(new TreeMap<>(enterpriseStrategies));
        traders = List.copyOf(traders);
    }

    /** The strategy of an enterprise in a sector. */
    public StrategyKind strategyOf(String enterpriseId, String sectorId) {
        StrategyKind kind = enterpriseStrategies.get(enterpriseId);
        if (kind != null) {
            return kind;
        }
        return sectorStrategies.getOrDefault(sectorId, defaultStrategy);
    }
}
