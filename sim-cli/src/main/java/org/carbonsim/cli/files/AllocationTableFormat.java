package org.carbonsim.cli.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.SectorTotal;

/**
 * Writes an {@link AllocationTable} as CSV or as a readable text table. CSV: the columns of
 * docs/data-dictionary.md, LF line ends, at most six decimals (a whole number as one, tonnes whole),
 * the enterprise's and the sector's names beside their ids, rows in a stable order:
 * enterprises by id, then sectors by id, then the scheme rows (cap, reserves, auction, free pool,
 * factors). The text table names each enterprise in its last column. Immutable (no state).
 */
public final class AllocationTableFormat {
    public static final List<String> CSV_HEADER = List.of(
            "kind",
            "id",
            "enterprise_name",
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

    /**
     * The first line of a table this command writes, or wrote before the tables named enterprises (without
     * {@code enterprise_name}): a file that starts with either may be replaced.
     */
    public static final Pattern CSV_FIRST_LINE = Pattern.compile(Pattern.quote(String.join(",", CSV_HEADER)) + "|"
            + Pattern.quote(String.join(",", CSV_HEADER).replace(",enterprise_name,", ",")));

    private AllocationTableFormat() {}

    /**
     * Writes {@code table} as CSV; {@code sectorNames} gives the {@code sector_name} column by sector id,
     * {@code enterpriseNames} the {@code enterprise_name} column by enterprise id (the id for one it
     * lacks; blank on sector and scheme rows).
     */
    public static void writeCsv(
            AllocationTable table, Map<String, String> sectorNames, Map<String, String> enterpriseNames, Appendable out)
            throws IOException {
        Csv.row(out, CSV_HEADER);
        for (AllocationLine line : table.lines()) {
            Csv.row(
                    out,
                    "enterprise",
                    line.enterpriseId(),
                    enterpriseNames.getOrDefault(line.enterpriseId(), line.enterpriseId()),
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
                    "",
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

    /**
     * Writes {@code table} as a text table; {@code enterpriseNames} gives each enterprise's name by id
     * (the id for one it lacks), in the last column so that a long name leaves the others aligned.
     */
    public static void writeText(AllocationTable table, Map<String, String> enterpriseNames, Appendable out)
            throws IOException {
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
        String row = "%-14s %-12s %-20s %3s %14s %10s %8s %8s %8s %12s %12s %12s %12s %s%n";
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
                "balance t",
                "name"));
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
                    String.format(Locale.ROOT, "%,d", line.expectedBalanceTonnes()),
                    oneLine(enterpriseNames.getOrDefault(line.enterpriseId(), line.enterpriseId()))));
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

    /** {@code name} on one line of the text table: each control character (a line break, a tab) a space. */
    private static String oneLine(String name) {
        StringBuilder text = new StringBuilder(name.length());
        name.codePoints().forEach(c -> text.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return text.toString();
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
