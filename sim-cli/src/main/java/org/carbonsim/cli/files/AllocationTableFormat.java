package org.carbonsim.cli.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.SectorTotal;

/**
 * Writes an {@link AllocationTable} as CSV or as a readable text table. CSV: the columns of
 * docs/data-dictionary.md, LF line ends, at most six decimals (a whole number as one, tonnes whole),
 * the sector's name beside its id, rows in a stable order:
 * enterprises by id, then sectors by id, then the scheme rows (cap, reserves, auction, free pool,
 * factors). Immutable (no state).
 */
public final class AllocationTableFormat {
    public static final List<String> CSV_HEADER = List.of(
            "kind",
            "id",
            "sector_id",
            "sector_name",
            "method",
            "new_entrant",
            "base_quantity",
            "intensity_t_per_unit",
            "control_factor",
            "adjustment_factor",
            "operating_days_factor",
            "pre_allocation_t",
            "allocation_t",
            "bau_emissions_t",
            "expected_balance_t");

    private AllocationTableFormat() {}

    /** Writes {@code table} as CSV; {@code sectorNames} gives the {@code sector_name} column by sector id. */
    public static void writeCsv(AllocationTable table, Map<String, String> sectorNames, Appendable out)
            throws IOException {
        Csv.row(out, CSV_HEADER);
        for (AllocationLine line : table.lines()) {
            Csv.row(
                    out,
                    "enterprise",
                    line.enterpriseId(),
                    line.sectorId(),
                    sectorNames.getOrDefault(line.sectorId(), line.sectorId()),
                    line.method(),
                    Boolean.toString(line.newEntrant()),
                    Csv.number(line.baseQuantity()),
                    Csv.number(line.intensity()),
                    Csv.number(line.controlFactor()),
                    Csv.number(line.marketAdjustmentFactor()),
                    Csv.number(line.operatingDaysFactor()),
                    Long.toString(line.preAllocationTonnes()),
                    Long.toString(line.allocationTonnes()),
                    Long.toString(line.bauEmissionsTonnes()),
                    Long.toString(line.expectedBalanceTonnes()));
        }
        for (SectorTotal sector : table.sectors()) {
            Csv.row(
                    out,
                    "sector",
                    sector.sectorId(),
                    sector.sectorId(),
                    sectorNames.getOrDefault(sector.sectorId(), sector.sectorId()),
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
                    Long.toString(sector.expectedBalanceTonnes()));
        }
        scheme(out, "cap", "allocation_t", Long.toString(table.capTonnes()));
        scheme(out, "government_reserve", "allocation_t", Long.toString(table.governmentReserveTonnes()));
        scheme(out, "new_entrant_reserve", "allocation_t", Long.toString(table.newEntrantReserveTonnes()));
        scheme(out, "auction", "allocation_t", Long.toString(table.auctionTonnes()));
        scheme(out, "free_pool", "allocation_t", Long.toString(table.freePoolTonnes()));
        scheme(out, "market_adjustment_factor", "adjustment_factor", Csv.number(table.marketAdjustmentFactor()));
        scheme(out, "new_entrant_factor", "adjustment_factor", Csv.number(table.newEntrantFactor()));
    }

    /** A scheme row: kind {@code scheme}, {@code id}, and {@code value} in {@code column}, the rest empty. */
    private static void scheme(Appendable out, String id, String column, String value) throws IOException {
        List<String> cells = new ArrayList<>(Collections.nCopies(CSV_HEADER.size(), ""));
        cells.set(0, "scheme");
        cells.set(1, id);
        cells.set(CSV_HEADER.indexOf(column), value);
        Csv.row(out, cells);
    }

    public static void writeText(AllocationTable table, Appendable out) throws IOException {
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

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
