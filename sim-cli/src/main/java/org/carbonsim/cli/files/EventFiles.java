package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.engine.AuctionRecord;
import org.carbonsim.core.engine.InterventionRecord;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.policy.Intervention;

/**
 * Writes a run's {@code events.csv}: the government interventions and the primary auctions, by year
 * and 0-based trading day, so that the charts can mark them. Columns: {@code
 * year,day,kind,direction,quantity_t,requested_t,price_cny_per_t}; an intervention has kind {@code
 * intervention}, direction {@code sell} or {@code buy}, the tonnes ordered and requested; an auction
 * has kind {@code auction}, the tonnes sold and offered and the clearing price in CNY/t. Interventions first, then
 * auctions, each in the run's order.
 */
public final class EventFiles {
    static final String EVENTS = "events.csv";

    private EventFiles() {}

    public static void write(RunResult result, Path dir) throws IOException {
        Files.write(dir.resolve(EVENTS), events(result).getBytes(StandardCharsets.UTF_8));
    }

    static String events(RunResult result) {
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, "year", "day", "kind", "direction", "quantity_t", "requested_t", "price_cny_per_t");
        for (InterventionRecord i : result.interventions()) {
            Csv.row(
                    csv,
                    Integer.toString(i.year()),
                    Integer.toString(i.day()),
                    "intervention",
                    i.direction() == Intervention.Direction.SELL ? "sell" : "buy",
                    Long.toString(i.orderTonnes()),
                    Long.toString(i.requestedTonnes()),
                    "");
        }
        for (AuctionRecord a : result.auctions()) {
            Csv.row(
                    csv,
                    Integer.toString(a.year()),
                    Integer.toString(a.day()),
                    "auction",
                    "",
                    Long.toString(a.soldTonnes()),
                    Long.toString(a.offeredTonnes()),
                    RunFiles.yuan(a.clearingPriceFen()));
        }
        return csv.toString();
    }
}
