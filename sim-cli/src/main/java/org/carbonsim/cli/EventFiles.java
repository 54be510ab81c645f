package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.core.engine.AuctionRecord;
import org.carbonsim.core.engine.InterventionRecord;
import org.carbonsim.core.engine.RunResult;

/**
 * Writes a run's {@code events.csv}: the government interventions and the primary auctions, by year
 * and 0-based trading day, so that the charts can mark them. Columns: {@code
 * year,day,kind,direction,tonnes,requested,price}; an intervention has kind {@code intervention},
 * direction {@code sell} or {@code buy}, the tonnes ordered and requested; an auction has kind {@code
 * auction}, the tonnes sold and offered and the clearing price in CNY/t. Interventions first, then
 * auctions, each in the run's order.
 */
final class EventFiles {
    static final String EVENTS = "events.csv";

    private EventFiles() {}

    static void write(RunResult result, Path dir) throws IOException {
        Files.write(dir.resolve(EVENTS), events(result).getBytes(StandardCharsets.UTF_8));
    }

    static String events(RunResult result) {
        StringBuilder csv = new StringBuilder("year,day,kind,direction,tonnes,requested,price\n");
        for (InterventionRecord i : result.interventions()) {
            csv.append(i.year())
                    .append(',')
                    .append(i.day())
                    .append(",intervention,")
                    .append(i.direction() == org.carbonsim.core.policy.Intervention.Direction.SELL ? "sell" : "buy")
                    .append(',')
                    .append(i.orderTonnes())
                    .append(',')
                    .append(i.requestedTonnes())
                    .append(",\n");
        }
        for (AuctionRecord a : result.auctions()) {
            csv.append(a.year())
                    .append(',')
                    .append(a.day())
                    .append(",auction,,")
                    .append(a.soldTonnes())
                    .append(',')
                    .append(a.offeredTonnes())
                    .append(',')
                    .append(RunFiles.yuan(a.clearingPriceFen()))
                    .append('\n');
        }
        return csv.toString();
    }
}
