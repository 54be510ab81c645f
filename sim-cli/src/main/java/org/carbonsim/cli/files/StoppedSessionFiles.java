package org.carbonsim.cli.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Player;
import org.carbonsim.web.PlayerPosition;
import org.carbonsim.web.StoppedSession;

/**
 * Writes what a classroom session stopped before its last day had (stopped by the process's stop, by
 * an error in the engine, or saved at a day's close while the class went on: {@link
 * StoppedSession.Cause}): {@code stopped.json} (why and where it stopped: day N of M), {@code trades.csv} with the players' ids (every trade until the stop, the day
 * in progress too), {@code daily.csv} (the days closed), {@code enterprises.csv} (the years settled;
 * the header alone when none was) in the columns of a run's, and {@code players.csv}, each player's
 * position at the stop. A stopped session has no {@code summary.json}, {@code annual.csv}, charts or
 * report: its years are not over. UTF-8, LF line ends.
 */
public final class StoppedSessionFiles {
    public static final String STOPPED = "stopped.json";
    static final String PLAYERS = "players.csv";

    private StoppedSessionFiles() {}

    /**
     * Writes the files of {@code stopped}, a session of {@code scenario}, into {@code dir}, which must
     * exist; {@code stopped.json} holds the error's stack trace too when {@code stackTrace} ({@code --debug}).
     */
    public static void write(StoppedSession stopped, Scenario scenario, Path dir, boolean stackTrace)
            throws IOException {
        Map<String, String> playerOf = new LinkedHashMap<>();
        for (Player p : stopped.players()) {
            playerOf.put(p.enterpriseId(), p.id());
        }
        Map<String, String> enterpriseNames = RunFiles.enterpriseNames(scenario);
        write(dir.resolve(STOPPED), stoppedJson(stopped, stackTrace));
        boolean blockTrades = scenario.market().blockTrades().enabled();
        write(dir.resolve(RunFiles.TRADES), RunFiles.trades(stopped.trades(), playerOf, blockTrades));
        write(dir.resolve(RunFiles.DAILY), RunFiles.daily(stopped.days(), null, blockTrades));
        write(
                dir.resolve(RunFiles.ENTERPRISES),
                RunFiles.enterprises(stopped.settled(), RunFiles.sectorNames(scenario), enterpriseNames));
        write(dir.resolve(PLAYERS), players(stopped, enterpriseNames));
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static String stoppedJson(StoppedSession stopped, boolean stackTrace) {
        long yearsSettled = stopped.settled().stream()
                .mapToInt(EnterpriseResult::year)
                .distinct()
                .count();
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(stopped.scenario());
            json.name("seed").string(Long.toString(stopped.seed()));
            json.name("reason").string(stopped.cause().word());
            json.name("stopped").string(stopped.where());
            json.name("stoppedOnDay").number(stopped.dayOfRun());
            json.name("daysInRun").number(stopped.daysInRun());
            json.name("year").number(stopped.year());
            json.name("dayOfYear").number(stopped.dayOfYear());
            json.name("round").number(stopped.round());
            json.name("roundsPerDay").number(stopped.roundsPerDay());
            json.name("daysClosed").number(stopped.days().size());
            json.name("yearsSettled").number(yearsSettled);
            json.name("trades").number(stopped.trades().size());
            if (stopped.error() != null) {
                json.name("error").string(stopped.error());
            }
            if (stackTrace && stopped.errorTrace() != null) {
                json.name("stackTrace").string(stopped.errorTrace());
            }
            json.endObject();
        });
    }

    static String players(StoppedSession stopped, Map<String, String> enterpriseNames) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "player",
                "name",
                "enterprise_id",
                "enterprise_name",
                "covered",
                "allowances_t",
                "expected_need_t",
                "shortfall_t",
                "cash_cny",
                "net_purchases_cny",
                "abatement_share");
        for (PlayerPosition p : stopped.positions()) {
            String id = p.player().enterpriseId();
            List<String> row = new ArrayList<>(List.of(
                    p.player().id(),
                    p.player().name(),
                    id,
                    enterpriseNames.getOrDefault(id, id),
                    Boolean.toString(p.covered())));
            row.addAll(
                    p.covered()
                            ? List.of(
                                    Long.toString(p.allowancesTonnes()),
                                    Long.toString(p.expectedNeedTonnes()),
                                    Long.toString(p.shortfallTonnes()),
                                    RunFiles.yuan(p.cashFen()),
                                    RunFiles.yuan(p.netPurchasesFen()),
                                    BigDecimal.valueOf(p.abatementShare())
                                            .setScale(6, RoundingMode.HALF_UP)
                                            .toPlainString())
                            : Collections.nCopies(6, ""));
            Csv.row(csv, row);
        }
        return csv.toString();
    }
}
