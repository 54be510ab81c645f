package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.model.ProductionModel;

/**
 * The later years of the open compliance cycle as the covered enterprises expect them when a year
 * before the cycle's deadline opens: each one's expected business-as-usual emissions and the
 * allowances the rules would issue to it in each of those years. Enterprises that do not foresee the
 * least-cost path still know the rules (who is covered, what is allocated, what is auctioned) and
 * their own expected emissions, and where the cycle's allowances are one pool they plan its
 * obligation as a whole on them ({@link OneYearReference#cycleOutlook}). Immutable.
 */
final class CycleOutlook {
    /** No later year to plan for: the year is its cycle's deadline, or the firms foresee the path. */
    static final CycleOutlook NONE = new CycleOutlook(null, Map.of());

    /**
     * One later year of the cycle for one enterprise.
     *
     * @param sectorId its sector then, for the cycle's burden cap
     * @param bauTonnes its expected business-as-usual emissions, t
     * @param allocationTonnes its expected free allocation, t
     * @param auctionShareTonnes its share of the year's auctions, t: what it expects to buy there
     */
    record LaterYear(String sectorId, long bauTonnes, long allocationTonnes, long auctionShareTonnes) {}

    private final ComplianceCycle cycle;
    private final Map<String, List<LaterYear>> years;

    private CycleOutlook(ComplianceCycle cycle, Map<String, List<LaterYear>> years) {
        this.cycle = cycle;
        this.years = years;
    }

    /** An outlook over {@code years} of {@code cycle}, by enterprise id. */
    static CycleOutlook of(ComplianceCycle cycle, Map<String, List<LaterYear>> years) {
        Map<String, List<LaterYear>> copy = new TreeMap<>();
        years.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return new CycleOutlook(cycle, copy);
    }

    /** Whether enterprise {@code id} has a later year of the cycle to plan for. */
    boolean plansFor(String id) {
        return years.containsKey(id);
    }

    /** What enterprise {@code id} expects to emit in the cycle's later years before any abatement, t. */
    long laterBauTonnes(String id) {
        long total = 0;
        for (LaterYear later : years.getOrDefault(id, List.of())) {
            total = Math.addExact(total, later.bauTonnes());
        }
        return total;
    }

    /**
     * What enterprise {@code id} expects the cycle's later years to add to its obligation beyond the
     * allowances they bring it, t, abating {@code share} of its emissions in each as it plans to this
     * year (its marginal cost, and so its share, the same in every year of the pool): each year's
     * obligation on those emissions, by the cycle's burden cap, less its expected allocation and its
     * share of the year's auctions. Negative where the later years bring it more than they add.
     */
    long laterNeedTonnes(String id, double share) {
        long total = 0;
        for (LaterYear later : years.getOrDefault(id, List.of())) {
            long owed =
                    cycle.obligationTonnes(later.sectorId(), emissionsTonnes(later, share), later.allocationTonnes());
            total = Math.addExact(total, owed - Math.addExact(later.allocationTonnes(), later.auctionShareTonnes()));
        }
        return total;
    }

    /**
     * {@code allocationTonnes} per enterprise with the free allocation it expects in the cycle's later
     * years added: with {@link #withLaterEmissions}, the cycle's totals an offset cap rests on at the
     * deadline, as the enterprises expect them. Read-only, in id order; with no later years, {@code
     * allocationTonnes} itself where it is sorted by id ({@link ByIdTotals}).
     */
    Map<String, Long> withLaterAllocation(Map<String, Long> allocationTonnes) {
        if (years.isEmpty()) {
            // no later years to add: no look-up per enterprise
            return ByIdTotals.sorted(allocationTonnes);
        }
        Map<String, Long> totals = new TreeMap<>(allocationTonnes);
        for (Map.Entry<String, Long> entry : totals.entrySet()) {
            long total = entry.getValue();
            for (LaterYear later : years.getOrDefault(entry.getKey(), List.of())) {
                total = Math.addExact(total, later.allocationTonnes());
            }
            entry.setValue(total);
        }
        return totals;
    }

    /**
     * {@code emissionsTonnes} per enterprise with what it expects to emit in the cycle's later years
     * added, abating there the share {@code shares} gives it. Read-only, in id order; with no later
     * years, {@code emissionsTonnes} itself where it is sorted by id ({@link ByIdTotals}).
     */
    Map<String, Long> withLaterEmissions(Map<String, Long> emissionsTonnes, Map<String, Double> shares) {
        if (years.isEmpty()) {
            return ByIdTotals.sorted(emissionsTonnes);
        }
        Map<String, Long> totals = new TreeMap<>(emissionsTonnes);
        for (Map.Entry<String, Long> entry : totals.entrySet()) {
            long total = entry.getValue();
            for (LaterYear later : years.getOrDefault(entry.getKey(), List.of())) {
                total = Math.addExact(total, emissionsTonnes(later, shares.getOrDefault(entry.getKey(), 0.0)));
            }
            entry.setValue(total);
        }
        return totals;
    }

    /**
     * What each enterprise leaves of its later years' need to buy when those years' allowances are
     * issued, t, given each one's whole need now ({@code needTonnes}: what it would hold at the end of
     * the year, its later years' need included, less the credits it plans, since each credit it
     * surrenders frees an allowance it would sell) and that later need ({@code laterNeedTonnes}): an
     * enterprise cannot sell allowances the cycle has not yet issued, so where the later years would
     * leave some with a need below nothing, the holdings they cannot go below are the allowances the
     * others must wait for. Those tonnes, at most what the later years add to the needs, are shared
     * among the enterprises whose later years add to theirs, in proportion to what they add.
     */
    static Map<String, Long> deferredTonnes(Map<String, Long> needTonnes, Map<String, Long> laterNeedTonnes) {
        long unsellable = 0;
        for (long need : needTonnes.values()) {
            unsellable = Math.addExact(unsellable, Math.max(0, -need));
        }
        long adding = 0;
        for (long later : laterNeedTonnes.values()) {
            adding = Math.addExact(adding, Math.max(0, later));
        }
        Map<String, Long> deferred = new TreeMap<>();
        if (unsellable == 0 || adding == 0) {
            return deferred;
        }
        double share = Math.min(1.0, (double) unsellable / adding);
        laterNeedTonnes.forEach((id, later) -> {
            if (later > 0) {
                deferred.put(id, (long) Math.floor(later * share));
            }
        });
        return deferred;
    }

    /** What a unit of {@code sectorId} owes on {@code emissionsTonnes} under the cycle's burden cap. */
    long obligationTonnes(String sectorId, long emissionsTonnes, long allocationTonnes) {
        return cycle.obligationTonnes(sectorId, emissionsTonnes, allocationTonnes);
    }

    private static long emissionsTonnes(LaterYear later, double share) {
        return later.bauTonnes() - ProductionModel.abatedTonnes(later.bauTonnes(), share);
    }

    /** A builder that collects the later years in order. */
    static final class Builder {
        private final ComplianceCycle cycle;
        private final Map<String, List<LaterYear>> years = new TreeMap<>();

        Builder(ComplianceCycle cycle) {
            this.cycle = cycle;
        }

        void add(String id, LaterYear later) {
            years.computeIfAbsent(id, k -> new ArrayList<>()).add(later);
        }

        CycleOutlook build() {
            return CycleOutlook.of(cycle, years);
        }
    }
}
