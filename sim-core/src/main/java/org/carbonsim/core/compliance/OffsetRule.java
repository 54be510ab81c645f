package org.carbonsim.core.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one definition of what offset credits an enterprise may surrender, shared by the compliance
 * desk, the traders' plans and the reference equilibrium, so that the market and the reference obey
 * the same rule. For a year, the eligible programmes are those whose {@code minVintageYear} is not
 * after it. An enterprise may cover with a programme at most {@code capShare} of that programme's cap
 * base (its free allocation or its verified emissions), and with all programmes together at most
 * {@code totalOffsetCapShare} of the first programme's cap base; each cap is rounded down to whole
 * tonnes. When the enterprises' rooms on a programme (their caps on it, within what their caps on all
 * programmes leave after the cheaper ones) add up to more than its supply, each gets the same share of
 * its room ({@link OffsetRationing}): credits are scarce for everyone alike, not first come, first
 * served. At the deadline what an enterprise leaves of its share goes to those still short ({@link
 * ComplianceDesk}). Immutable.
 */
public final class OffsetRule {
    private final ComplianceRules rules;

    /** The offset rule of {@code rules}. */
    public OffsetRule(ComplianceRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Programmes whose credits count in {@code year}, in the scenario's order. */
    public List<OffsetProgram> eligible(int year) {
        List<OffsetProgram> programs = new ArrayList<>();
        for (OffsetProgram program : rules.offsets()) {
            if (year >= program.minVintageYear()) {
                programs.add(program);
            }
        }
        return programs;
    }

    /** The most credits of {@code program} an enterprise may surrender, t. */
    public long programCapTonnes(OffsetProgram program, long allocationTonnes, long emissionsTonnes) {
        return (long) Math.floor(program.capShare() * base(program.capBase(), allocationTonnes, emissionsTonnes));
    }

    /** The most credits of all programmes together an enterprise may surrender, t (0 with no programme). */
    public long totalCapTonnes(long allocationTonnes, long emissionsTonnes) {
        if (rules.offsets().isEmpty()) {
            return 0;
        }
        return (long) Math.floor(rules.totalOffsetCapShare()
                * base(rules.offsets().get(0).capBase(), allocationTonnes, emissionsTonnes));
    }

    /** The most credits an enterprise may surrender in {@code year}: its programme caps, within the total cap, t. */
    public long capTonnes(int year, long allocationTonnes, long emissionsTonnes) {
        long sum = 0;
        for (OffsetProgram program : eligible(year)) {
            sum = Math.addExact(sum, programCapTonnes(program, allocationTonnes, emissionsTonnes));
        }
        return Math.min(sum, totalCapTonnes(allocationTonnes, emissionsTonnes));
    }

    /**
     * The share of its verified emissions an enterprise may cover with all programmes together: {@code
     * totalOffsetCapShare} when the total cap is on emissions, else 0 (the cap is then in tonnes of
     * allocation, {@link #totalCapTonnes}{@code (allocation, 0)}).
     */
    public double totalCapEmissionsShare() {
        return !rules.offsets().isEmpty() && rules.offsets().get(0).capBase() == CapBase.EMISSIONS
                ? rules.totalOffsetCapShare()
                : 0;
    }

    private static long base(CapBase capBase, long allocationTonnes, long emissionsTonnes) {
        return capBase == CapBase.ALLOCATION ? allocationTonnes : emissionsTonnes;
    }
}
