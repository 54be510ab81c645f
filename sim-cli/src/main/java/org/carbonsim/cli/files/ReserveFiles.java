package org.carbonsim.cli.files;

import java.util.List;
import java.util.Locale;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.engine.ReserveYear;

/**
 * {@code reserve.csv}: each year of a market stability reserve, as the run's reserve computed it (the
 * circulation it read, its thresholds' decision, intake, release and holdings, and how the year before's
 * operation settled against the year's auctions). Written only for a scenario with a {@code
 * policy.stabilityReserve}, so other runs' files stay as they were.
 */
final class ReserveFiles {
    static final String RESERVE = "reserve.csv";

    private ReserveFiles() {}

    static String csv(List<ReserveYear> years) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "year",
                "opening_holdings_t",
                "auction_withheld_t",
                "auction_released_t",
                "circulation_t",
                "decision",
                "intake_t",
                "release_t",
                "holdings_t");
        for (ReserveYear y : years) {
            Csv.row(
                    csv,
                    Integer.toString(y.year()),
                    Long.toString(y.openingHoldingsTonnes()),
                    Long.toString(y.auctionWithheldTonnes()),
                    Long.toString(y.auctionReleasedTonnes()),
                    Long.toString(y.circulationTonnes()),
                    y.decision().name().toLowerCase(Locale.ROOT),
                    Long.toString(y.intakeTonnes()),
                    Long.toString(y.releaseTonnes()),
                    Long.toString(y.holdingsTonnes()));
        }
        return csv.toString();
    }
}
