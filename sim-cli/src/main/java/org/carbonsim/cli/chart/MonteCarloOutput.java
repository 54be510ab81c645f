package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.cli.UserInputException;

/**
 * A {@code carbonsim montecarlo} output folder read back: {@code montecarlo.json} and {@code
 * bands.csv}, and for a market with block agreement trades (block volume bands in {@code bands.csv})
 * {@code year-stats.csv}, whose block volume per year the report shows.
 *
 * @param scenario the scenario's name
 * @param baseSeed the study's base seed
 * @param runs the replications run
 * @param bandRuns the replications the bands are taken over
 * @param summary the whole of montecarlo.json
 * @param metrics the statistics of each metric, in file order
 * @param bands bands.csv
 * @param yearStats year-stats.csv, read only for a market with block agreement trades; else empty
 */
public record MonteCarloOutput(
        String scenario,
        long baseSeed,
        int runs,
        int bandRuns,
        JsonObject summary,
        Map<String, JsonObject> metrics,
        CsvTable bands,
        Optional<CsvTable> yearStats) {
    public static final String SUMMARY = "montecarlo.json";

    /** The statistics of each year's figures. */
    public static final String YEAR_STATS = "year-stats.csv";

    /** Whether the study's market has block agreement trades: {@code bands.csv} has their volume. */
    public boolean blockTrades() {
        return bands.has(MonteCarloCharts.BLOCK_VOLUME);
    }

    /** Whether {@code dir} looks like a Monte Carlo folder. */
    public static boolean isMonteCarloFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(SUMMARY));
    }

    /** Reads the folder {@code dir}. */
    public static MonteCarloOutput read(Path dir) throws IOException {
        String file = dir.resolve(SUMMARY).toString();
        JsonObject summary = JsonFiles.readObject(dir.resolve(SUMMARY));
        String scenario = JsonFiles.string(summary, file, "scenario");
        long baseSeed = JsonFiles.seed(summary, file, "baseSeed");
        int runs = (int) JsonFiles.number(summary, file, "runs", false);
        double bandRuns = JsonFiles.number(summary, file, "bandRuns", true);
        JsonElement metricsElement = summary.get("metrics");
        if (metricsElement == null || !metricsElement.isJsonObject()) {
            throw new UserInputException(file + ":1: missing object \"metrics\"");
        }
        Map<String, JsonObject> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : metricsElement.getAsJsonObject().entrySet()) {
            if (!e.getValue().isJsonObject()) {
                throw new UserInputException(file + ":1: metric \"" + e.getKey() + "\" is not an object");
            }
            metrics.put(e.getKey(), e.getValue().getAsJsonObject());
        }
        String[] columns = {"year", "day"};
        CsvTable bands = CsvTable.read(dir.resolve("bands.csv"), columns);
        boolean blocks = bands.has(MonteCarloCharts.BLOCK_VOLUME);
        List<String[]> required =
                new ArrayList<>(List.of(new String[] {"close", "_cny_per_t"}, new String[] {"volume", "_t"}));
        if (blocks) {
            required.add(new String[] {"block_volume", "_t"});
        }
        for (String[] series : required) {
            for (String p : new String[] {"p5", "p25", "p50", "p75", "p95"}) {
                String column = series[0] + "_" + p + series[1];
                if (!bands.has(column)) {
                    throw new UserInputException(bands.location() + ":1: missing column " + column);
                }
            }
        }
        Optional<CsvTable> yearStats = blocks
                ? Optional.of(CsvTable.read(dir.resolve(YEAR_STATS), "year", "metric", "mean", "ci95_low", "ci95_high"))
                : Optional.empty();
        return new MonteCarloOutput(
                scenario,
                baseSeed,
                runs,
                Double.isNaN(bandRuns) ? runs : (int) bandRuns,
                summary,
                metrics,
                bands,
                yearStats);
    }
}
