package org.carbonsim.core.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.EquilibriumSolver;
import org.carbonsim.core.equilibrium.OffsetSupply;

/**
 * What a programme's credits do to the allowance price on the one-year reference: the reference price
 * with every eligible programme minus the price with the same problem but that programme's credits
 * left out. Stateless.
 */
final class OffsetPriceEffect {
    private OffsetPriceEffect() {}

    /**
     * By programme id of {@code programIds}: {@code solved}'s price minus the price of {@code input}
     * without that programme, fen per tonne (0 for a programme not eligible in the year).
     */
    static Map<String, Long> of(EquilibriumInput input, EquilibriumResult solved, List<String> programIds) {
        Map<String, Long> effects = new TreeMap<>();
        for (String id : programIds) {
            boolean eligible = input.offsets().tranches().stream().anyMatch(t -> t.id().equals(id));
            if (!eligible) {
                effects.put(id, 0L);
                continue;
            }
            OffsetSupply without = input.offsets().without(id);
            EquilibriumResult withoutResult = EquilibriumSolver.solve(new EquilibriumInput(
                    input.firms(),
                    input.capTonnes(),
                    input.bankedTonnes(),
                    without,
                    input.floorFen(),
                    input.ceilingFen()));
            effects.put(id, solved.priceFen() - withoutResult.priceFen());
        }
        return effects;
    }
}
