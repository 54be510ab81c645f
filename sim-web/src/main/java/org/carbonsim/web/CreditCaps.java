package org.carbonsim.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.FirmAbatement;

/**
 * How the covered enterprises of a settled year share a reference's offset credits. The reference
 * counts its credits for all firms together ({@link EquilibriumResult#offsetsUsedTonnes}, {@link
 * EquilibriumResult#offsetCostFen}); as the offset rule rations a programme, each firm gets the same
 * share of its cap ({@link OffsetRule#capTonnes}): its cap on its allocation and on its emissions at
 * the reference (business-as-usual emissions, verified emissions + abatement, less the reference's
 * abatement for it) over the sum of all covered firms' caps, the same share of the credits' cost,
 * each rounded half up. Immutable.
 *
 * @param year the compliance year
 * @param rule the scenario's offset rule
 * @param allocationTonnes each covered enterprise's allocation, t
 * @param bauTonnes each covered enterprise's business-as-usual emissions, t
 */
record CreditCaps(int year, OffsetRule rule, Map<String, Long> allocationTonnes, Map<String, Long> bauTonnes) {
    CreditCaps {
        Objects.requireNonNull(rule, "rule");
        allocationTonnes = Map.copyOf(allocationTonnes);
        bauTonnes = Map.copyOf(bauTonnes);
        if (!allocationTonnes.keySet().equals(bauTonnes.keySet())) {
            throw new IllegalArgumentException("allocations and business-as-usual emissions name different firms");
        }
    }

    /** {@code enterpriseId}'s share of {@code reference}'s credits, and of their cost. */
    Credits of(String enterpriseId, EquilibriumResult reference) {
        if (reference.offsetsUsedTonnes() == 0 && reference.offsetCostFen() == 0) {
            return Credits.NONE;
        }
        Map<String, Long> abated = new TreeMap<>();
        for (FirmAbatement firm : reference.firms()) {
            abated.put(firm.id(), firm.abatementTonnes());
        }
        long ownCap = 0;
        long allCaps = 0;
        for (Map.Entry<String, Long> firm : allocationTonnes.entrySet()) {
            String id = firm.getKey();
            long emissions = Math.max(0, bauTonnes.get(id) - abated.getOrDefault(id, 0L));
            long cap = rule.capTonnes(year, firm.getValue(), emissions);
            allCaps = Math.addExact(allCaps, cap);
            if (id.equals(enterpriseId)) {
                ownCap = cap;
            }
        }
        if (allCaps == 0) {
            return Credits.NONE;
        }
        return new Credits(
                shareOf(reference.offsetsUsedTonnes(), ownCap, allCaps),
                shareOf(reference.offsetCostFen(), ownCap, allCaps));
    }

    private static long shareOf(long amount, long part, long whole) {
        return BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * A firm's credits on a reference.
     *
     * @param tonnes credits, t
     * @param costFen what they cost, fen
     */
    record Credits(long tonnes, long costFen) {
        /** No credits. */
        static final Credits NONE = new Credits(0, 0);
    }
}
