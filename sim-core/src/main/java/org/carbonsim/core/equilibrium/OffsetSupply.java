package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offset credits for the reference equilibrium: one {@link OffsetTranche} per programme eligible in
 * the year, and a cap on all credits together of {@code totalCapTonnes} plus {@code
 * totalCapEmissionsShare} of the covered firms' emissions. At an allowance price p the firms use the
 * credits on offer at p ({@link OffsetTranche#wholeOfferedAt}) that their caps hold, firm by firm as
 * the compliance desk applies them: the reference equilibrium counts them with {@link
 * CreditRationing}, the desk's own rule. Immutable.
 *
 * <p>Each firm's own caps ({@code firmCaps}) are what the solver shares the credits out by ({@link
 * FirmCredits}): the caps on allocation that the tranches and the total sum, firm by firm. A firm
 * not listed has no cap on allocation of its own; where no firm is listed at all (a problem posed
 * without the firms' caps), every firm may use the tranches' and the total's whole caps on
 * allocation. Caps on emissions are the shares of each firm's own emissions, rounded down.
 *
 * @param tranches the eligible programmes
 * @param totalCapTonnes the cap on all credits that does not depend on emissions, t
 * @param totalCapEmissionsShare the share of emissions all credits together may also cover
 * @param firmCaps the firms' own caps on allocation, summing to the tranches' and the total's (or none)
 */
public record OffsetSupply(
        List<OffsetTranche> tranches,
        long totalCapTonnes,
        double totalCapEmissionsShare,
        List<FirmOffsetCaps> firmCaps) {
    /** No offsets. */
    public static final OffsetSupply NONE = new OffsetSupply(List.of(), 0, 0);

    public OffsetSupply {
        tranches = List.copyOf(tranches);
        firmCaps = List.copyOf(firmCaps);
        if (totalCapTonnes < 0 || !(totalCapEmissionsShare >= 0 && totalCapEmissionsShare <= 1)) {
            throw new IllegalArgumentException("need totalCapTonnes >= 0 (t) and totalCapEmissionsShare in [0, 1], got "
                    + totalCapTonnes + " and " + totalCapEmissionsShare);
        }
        if (!firmCaps.isEmpty()) {
            checkFirmCaps(tranches, totalCapTonnes, firmCaps);
        }
    }

    /** Offsets whose caps are not given firm by firm. */
    public OffsetSupply(List<OffsetTranche> tranches, long totalCapTonnes, double totalCapEmissionsShare) {
        this(tranches, totalCapTonnes, totalCapEmissionsShare, List.of());
    }

    private static void checkFirmCaps(
            List<OffsetTranche> tranches, long totalCapTonnes, List<FirmOffsetCaps> firmCaps) {
        long[] sums = new long[tranches.size()];
        long total = 0;
        // the engine lists the firms by id, where no two ids can be the same
        Set<String> ids = ascendingIds(firmCaps) ? null : new HashSet<>();
        for (FirmOffsetCaps firm : firmCaps) {
            if (ids != null && !ids.add(firm.id())) {
                throw new IllegalArgumentException("firm " + firm.id() + " has two sets of offset caps");
            }
            if (firm.programCapTonnes().size() != tranches.size()) {
                throw new IllegalArgumentException(firm.id() + ": need one cap per tranche, " + tranches.size()
                        + ", got " + firm.programCapTonnes().size());
            }
            for (int p = 0; p < sums.length; p++) {
                sums[p] = Math.addExact(sums[p], firm.programCapTonnes().get(p));
            }
            total = Math.addExact(total, firm.totalCapTonnes());
        }
        for (int p = 0; p < sums.length; p++) {
            if (sums[p] != tranches.get(p).capTonnes()) {
                throw new IllegalArgumentException(tranches.get(p).id() + ": the firms' caps add up to " + sums[p]
                        + " t, the tranche's cap is " + tranches.get(p).capTonnes() + " t");
            }
        }
        if (total != totalCapTonnes) {
            throw new IllegalArgumentException(
                    "the firms' total caps add up to " + total + " t, the supply's is " + totalCapTonnes + " t");
        }
    }

    /** Whether every firm's id comes after the one before it. */
    private static boolean ascendingIds(List<FirmOffsetCaps> firmCaps) {
        for (int i = 1; i < firmCaps.size(); i++) {
            if (firmCaps.get(i - 1).id().compareTo(firmCaps.get(i).id()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The same supply without the tranche {@code trancheId} (each firm's caps on it dropped too). */
    public OffsetSupply without(String trancheId) {
        List<OffsetTranche> kept = new ArrayList<>();
        List<Integer> keptIndices = new ArrayList<>();
        for (int p = 0; p < tranches.size(); p++) {
            if (!tranches.get(p).id().equals(trancheId)) {
                kept.add(tranches.get(p));
                keptIndices.add(p);
            }
        }
        if (kept.isEmpty()) {
            return NONE;
        }
        List<FirmOffsetCaps> firms = new ArrayList<>(firmCaps.size());
        for (FirmOffsetCaps firm : firmCaps) {
            List<Long> caps = new ArrayList<>(keptIndices.size());
            for (int p : keptIndices) {
                caps.add(firm.programCapTonnes().get(p));
            }
            firms.add(new FirmOffsetCaps(firm.id(), caps, firm.totalCapTonnes()));
        }
        return new OffsetSupply(kept, totalCapTonnes, totalCapEmissionsShare, firms);
    }

    /**
     * The most credits of tranche {@code tranche} the firm whose own caps are {@code own} ({@code null}:
     * not listed) may use when it emits {@code emissionsTonnes}, t: its cap on allocation, or the
     * tranche's share of its emissions rounded down (as the compliance desk rounds a firm's cap).
     */
    long programCapTonnes(FirmOffsetCaps own, int tranche, long emissionsTonnes) {
        OffsetTranche on = tranches.get(tranche);
        long onAllocation = own != null ? own.programCapTonnes().get(tranche) : firmCaps.isEmpty() ? on.capTonnes() : 0;
        return Math.addExact(onAllocation, wholeShare(on.capEmissionsShare(), emissionsTonnes));
    }

    /**
     * The most credits of all tranches together the firm whose own caps are {@code own} ({@code null}:
     * not listed) may use when it emits {@code emissionsTonnes}, t.
     */
    long totalCapTonnes(FirmOffsetCaps own, long emissionsTonnes) {
        long onAllocation = own != null ? own.totalCapTonnes() : firmCaps.isEmpty() ? totalCapTonnes : 0;
        return Math.addExact(onAllocation, wholeShare(totalCapEmissionsShare, emissionsTonnes));
    }

    /**
     * The own caps of each of {@code firms} in turn ({@code null} for a firm not listed): read in step
     * where the caps are listed in the firms' order, as the engine lists both, else by id.
     */
    FirmOffsetCaps[] capsOf(List<CoveredFirm> firms) {
        FirmOffsetCaps[] caps = new FirmOffsetCaps[firms.size()];
        if (firmCaps.isEmpty()) {
            return caps;
        }
        boolean inStep = firmCaps.size() == firms.size();
        for (int i = 0; inStep && i < caps.length; i++) {
            caps[i] = firmCaps.get(i);
            inStep = caps[i].id().equals(firms.get(i).id());
        }
        if (!inStep) {
            Map<String, FirmOffsetCaps> byId = capsByFirm();
            for (int i = 0; i < caps.length; i++) {
                caps[i] = byId.get(firms.get(i).id());
            }
        }
        return caps;
    }

    /** The firms' own caps by firm id. */
    Map<String, FirmOffsetCaps> capsByFirm() {
        Map<String, FirmOffsetCaps> byId = new HashMap<>();
        for (FirmOffsetCaps firm : firmCaps) {
            byId.put(firm.id(), firm);
        }
        return byId;
    }

    /** {@code share} of {@code emissionsTonnes} in whole tonnes, rounded down as the desk rounds a cap, t. */
    static long wholeShare(double share, long emissionsTonnes) {
        return share == 0 ? 0 : (long) Math.floor(share * Math.max(0, emissionsTonnes));
    }

    /** The marginal price above which no more credits are offered, fen per tonne (0 with none). */
    public double highestPriceFen() {
        double highest = 0;
        for (OffsetTranche tranche : tranches) {
            highest = Math.max(highest, tranche.highestPriceFen());
        }
        return highest;
    }
}
