package org.carbonsim.cli;

import java.io.IOException;
import java.util.Locale;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.SectorTotal;

/**
 * Writes an {@link AllocationTable} as CSV or as a readable text table. CSV: LF line ends, fixed
 * decimals ({@code base} 3, {@code intensity} and factors 6, tonnes whole), rows in a stable order:
 * enterprises by id, then sectors by id, then the scheme rows (cap, reserves, auction, free pool,
 * factors). Immutable (no state).
 */
final class AllocationTableFormat {
    static final String CSV_HEADER = "kind,id,sector,method,new_entrant,base,intensity,control_factor,"
            + "adjustment_factor,operating_days_factor,pre_allocation_t,allocation_t,bau_emissions_t,"
            + "expected_balance_t";

    private AllocationTableFormat() {}

    static void writeCsv(AllocationTable table, Appendable out) throws IOException {
        out.append(CSV_HEADER).append('\n');
        for (AllocationLine line : table.lines()) {
            out.append(String.join(
                            ",",
                            "enterprise",
                            csv(line.enterpriseId()),
                            csv(line.sectorId()),
                            line.method(),
                            Boolean.toString(line.newEntrant()),
                            fixed(line.baseQuantity(), 3),
                            fixed(line.intensity(), 6),
                            fixed(line.controlFactor(), 6),
                            fixed(line.marketAdjustmentFactor(), 6),
                            fixed(line.operatingDaysFactor(), 6),
                            Long.toString(line.preAllocationTonnes()),
                            Long.toString(line.allocationTonnes()),
                            Long.toString(line.bauEmissionsTonnes()),
                            Long.toString(line.expectedBalanceTonnes())))
                    .append('\n');
        }
        for (SectorTotal sector : table.sectors()) {
            out.append(String.join(
                            ",",
                            "sector",
                            csv(sector.sectorId()),
                            csv(sector.sectorId()),
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            Long.toString(sector.preAllocationTonnes()),
                            Long.toString(sector.allocationTonnes()),
                            Long.toString(sector.bauEmissionsTonnes()),
                            Long.toString(sector.expectedBalanceTonnes())))
                    .append('\n');
        }
        schemeTonnes(out, "cap", table.capTonnes());
        schemeTonnes(out, "government_reserve", table.governmentReserveTonnes());
        schemeTonnes(out, "new_entrant_reserve", table.newEntrantReserveTonnes());
        schemeTonnes(out, "auction", table.auctionTonnes());
        schemeTonnes(out, "free_pool", table.freePoolTonnes());
        schemeFactor(out, "market_adjustment_factor", table.marketAdjustmentFactor());
        schemeFactor(out, "new_entrant_factor", table.newEntrantFactor());
    }

    static void writeText(AllocationTable table, Appendable out) throws IOException {
        out.append(String.format(
                Locale.ROOT,
                "Trial allocation %d%n"
                        + "cap %,d t: government reserve %,d t, new-entrant reserve %,d t, auction %,d t,"
                        + " free pool %,d t%n"
                        + "market adjustment factor %.6f, new-entrant factor %.6f%n%n",
                table.year(),
                table.capTonnes(),
                table.governmentReserveTonnes(),
                table.newEntrantReserveTonnes(),
                table.auctionTonnes(),
                table.freePoolTonnes(),
                table.marketAdjustmentFactor(),
                table.newEntrantFactor()));
        String row = "%-14s %-12s %-20s %3s %14s %10s %8s %8s %8s %12s %12s %12s %12s%n";
        out.append(String.format(
                Locale.ROOT,
                row,
                "enterprise",
                "sector",
                "method",
                "new",
                "base",
                "intensity",
                "control",
                "adjust",
                "days",
                "pre-alloc t",
                "allocation t",
                "BAU t",
                "balance t"));
        for (AllocationLine line : table.lines()) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    line.enterpriseId(),
                    line.sectorId(),
                    line.method(),
                    line.newEntrant() ? "yes" : "",
                    String.format(Locale.ROOT, "%,.1f", line.baseQuantity()),
                    fixed(line.intensity(), 4),
                    fixed(line.controlFactor(), 4),
                    fixed(line.marketAdjustmentFactor(), 4),
                    fixed(line.operatingDaysFactor(), 4),
                    String.format(Locale.ROOT, "%,d", line.preAllocationTonnes()),
                    String.format(Locale.ROOT, "%,d", line.allocationTonnes()),
                    String.format(Locale.ROOT, "%,d", line.bauEmissionsTonnes()),
                    String.format(Locale.ROOT, "%,d", line.expectedBalanceTonnes())));
        }
        out.append(String.format(Locale.ROOT, "%n"));
        String sectorRow = "%-14s %11s %12s %12s %12s %12s%n";
        out.append(String.format(
                Locale.ROOT, sectorRow, "sector", "enterprises", "pre-alloc t", "allocation t", "BAU t", "balance t"));
        for (SectorTotal sector : table.sectors()) {
            out.append(String.format(
                    Locale.ROOT,
                    sectorRow,
                    sector.sectorId(),
                    sector.enterprises(),
                    String.format(Locale.ROOT, "%,d", sector.preAllocationTonnes()),
                    String.format(Locale.ROOT, "%,d", sector.allocationTonnes()),
                    String.format(Locale.ROOT, "%,d", sector.bauEmissionsTonnes()),
                    String.format(Locale.ROOT, "%,d", sector.expectedBalanceTonnes())));
        }
    }

    private static void schemeTonnes(Appendable out, String id, long tonnes) throws IOException {
        out.append("scheme,")
                .append(id)
                .append(",,,,,,,,,,")
                .append(Long.toString(tonnes))
                .append(",,\n");
    }

    private static void schemeFactor(Appendable out, String id, double factor) throws IOException {
        out.append("scheme,")
                .append(id)
                .append(",,,,,,,")
                .append(fixed(factor, 6))
                .append(",,,,,\n");
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Quotes a CSV field when it holds a comma, quote or line break. */
    private static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
