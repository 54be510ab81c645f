package org.carbonsim.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's allocation: the cap and its split, the market adjustment factor used, one line per covered
 * enterprise (ordered by enterprise id) and totals per sector (ordered by sector id). Immutable.
 *
 * @param year the compliance year
 * @param capTonnes the cap, t
 * @param governmentReserveTonnes cap × government reserve share, rounded half-up
 * @param newEntrantReserveTonnes cap × new-entrant reserve share, rounded half-up
 * @param auctionTonnes cap × auction share, rounded half-up
 * @param freePoolTonnes what the cap leaves for free allocation to incumbents, t
 * @param marketAdjustmentFactor the factor applied to incumbents' allocations
 * @param newEntrantFactor the factor applied to new entrants' allocations (below 1 when the reserve is short)
 * @param lines per enterprise, by id
 * @param sectors per sector, by id
 */
public record AllocationTable(
        int year,
        long capTonnes,
        long governmentReserveTonnes,
        long newEntrantReserveTonnes,
        long auctionTonnes,
        long freePoolTonnes,
        double marketAdjustmentFactor,
        double newEntrantFactor,
        List<AllocationLine> lines,
        List<SectorTotal> sectors) {
    public AllocationTable {
        lines = List.copyOf(lines);
        sectors = List.copyOf(sectors);
    }

    /** Total allocation to incumbents (not new entrants), t. */
    public long freeAllocationTonnes() {
        long total = 0;
        for (AllocationLine line : lines) {
            total += line.newEntrant() ? 0 : line.allocationTonnes();
        }
        return total;
    }

    /** Total allocation to new entrants, from the new-entrant reserve, t. */
    public long newEntrantAllocationTonnes() {
        long total = 0;
        for (AllocationLine line : lines) {
            total += line.newEntrant() ? line.allocationTonnes() : 0;
        }
        return total;
    }

    /** Total pre-allocation, t. */
    public long preAllocationTonnes() {
        long total = 0;
        for (AllocationLine line : lines) {
            total += line.preAllocationTonnes();
        }
        return total;
    }

    /** The line of {@code enterpriseId}. */
    public AllocationLine line(String enterpriseId) {
        for (AllocationLine line : lines) {
            if (line.enterpriseId().equals(enterpriseId)) {
                return line;
            }
        }
        throw new IllegalArgumentException("no allocation line for " + enterpriseId + " in " + year);
    }

    /**
     * The true-ups after verification when {@code preAllocated} (by enterprise id) was issued at the
     * start of the year: one per enterprise in this table or in {@code preAllocated}, by id. An
     * enterprise pre-allocated but absent from this table is settled against a final allocation of 0.
     */
    public List<TrueUp> trueUps(Map<String, Long> preAllocated) {
        // the usual year: the lines in id order, and every enterprise pre-allocated has a line
        List<TrueUp> inOrder = new ArrayList<>(lines.size());
        String previous = null;
        int matched = 0;
        for (AllocationLine line : lines) {
            String id = line.enterpriseId();
            if (previous != null && previous.compareTo(id) >= 0) {
                inOrder = null;
                break;
            }
            previous = id;
            Long issued = preAllocated.get(id);
            if (issued != null) {
                matched++;
            }
            inOrder.add(new TrueUp(id, issued == null ? 0L : issued, line.allocationTonnes()));
        }
        if (inOrder != null && matched == preAllocated.size()) {
            return inOrder;
        }
        Map<String, TrueUp> byId = new TreeMap<>();
        for (AllocationLine line : lines) {
            long issued = preAllocated.getOrDefault(line.enterpriseId(), 0L);
            byId.put(line.enterpriseId(), new TrueUp(line.enterpriseId(), issued, line.allocationTonnes()));
        }
        preAllocated.forEach((id, issued) -> byId.putIfAbsent(id, new TrueUp(id, issued, 0)));
        return new ArrayList<>(byId.values());
    }
}
