package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carbonsim.cli.UserInputException;

/**
 * A {@code carbonsim run} output folder read back: {@code summary.json}, {@code daily.csv}, {@code
 * annual.csv}, {@code sectors.csv}, {@code enterprises.csv} and, when present, {@code events.csv}, {@code mrv.csv} and
 * {@code cbam.csv}. Only the columns the charts and the report use must be there and readable; any
 * other column may be missing, renamed or edited. A file the run wrote but the folder lacks (deleted, or
 * a folder older than the file) is not an error, since the charts can be drawn without it, but is
 * named in {@link #missing}.
 *
 * @param scenario the scenario's name
 * @param seed the run's seed
 * @param years the per-year objects of summary.json
 * @param totals the totals object of summary.json
 * @param daily daily.csv
 * @param annual annual.csv
 * @param sectors sectors.csv
 * @param enterprises enterprises.csv
 * @param events events.csv, if the folder has it
 * @param mrv mrv.csv, if the folder has it (a scenario with MRV rules)
 * @param cbam cbam.csv, if the folder has it (a scenario with a {@code cbam} block)
 * @param missing a line per file the run writes that the folder lacks, naming it and what the charts and
 *     the report leave out without it, for a warning
 */
public record RunOutput(
        String scenario,
        long seed,
        List<JsonObject> years,
        JsonObject totals,
        CsvTable daily,
        CsvTable annual,
        CsvTable sectors,
        CsvTable enterprises,
        Optional<CsvTable> events,
        Optional<CsvTable> mrv,
        Optional<CsvTable> cbam,
        List<String> missing) {
    public static final String SUMMARY = "summary.json";
    public static final String EVENTS = "events.csv";
    public static final String MRV = "mrv.csv";
    public static final String CBAM = "cbam.csv";

    public RunOutput {
        missing = List.copyOf(missing);
    }

    /** Whether {@code dir} looks like a run folder. */
    public static boolean isRunFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(SUMMARY));
    }

    /** Reads the folder {@code dir}. */
    public static RunOutput read(Path dir) throws IOException {
        String file = dir.resolve(SUMMARY).toString();
        JsonObject summary = JsonFiles.readObject(dir.resolve(SUMMARY));
        String scenario = JsonFiles.string(summary, file, "scenario");
        long seed = JsonFiles.seed(summary, file, "seed");
        JsonElement yearsElement = summary.get("years");
        if (yearsElement == null || !yearsElement.isJsonArray()) {
            throw new UserInputException(file + ":1: missing array \"years\"");
        }
        List<JsonObject> years = new ArrayList<>();
        for (JsonElement e : yearsElement.getAsJsonArray()) {
            if (!e.isJsonObject()) {
                throw new UserInputException(file + ":1: \"years\" holds a non-object");
            }
            years.add(e.getAsJsonObject());
        }
        JsonElement totals = summary.get("totals");
        CsvTable daily = CsvTable.read(
                dir.resolve("daily.csv"),
                "year",
                "day",
                "high_cny_per_t",
                "low_cny_per_t",
                "close_cny_per_t",
                "volume_t",
                "band_low_cny_per_t",
                "band_high_cny_per_t");
        CsvTable annual = CsvTable.read(
                dir.resolve("annual.csv"),
                "year",
                "covered_enterprises",
                "covered_emissions_t",
                "allocated_t",
                "auctioned_t",
                "emissions_t",
                "offsets_used_t",
                "volume_t",
                "vwap_cny_per_t",
                "close_cny_per_t",
                "interventions",
                "compliance_rate",
                "penalties_cny",
                "equilibrium_price_cny_per_t",
                "efficiency");
        CsvTable sectors = CsvTable.read(
                dir.resolve("sectors.csv"),
                "year",
                "sector_id",
                "sector_name",
                "allocation_t",
                "emissions_t",
                "shortfall_t",
                "penalty_cny");
        CsvTable enterprises = CsvTable.read(
                dir.resolve("enterprises.csv"), "year", "enterprise_id", "sector_id", "covered", "emissions_t");
        Optional<CsvTable> events = Files.isRegularFile(dir.resolve(EVENTS))
                ? Optional.of(CsvTable.read(dir.resolve(EVENTS), "year", "day", "kind", "direction", "quantity_t"))
                : Optional.empty();
        Optional<CsvTable> mrv = Files.isRegularFile(dir.resolve(MRV))
                ? Optional.of(CsvTable.read(
                        dir.resolve(MRV), "year", "true_emissions_t", "compliance_emissions_t", "undetected_gap_t"))
                : Optional.empty();
        Optional<CsvTable> cbam = Files.isRegularFile(dir.resolve(CBAM))
                ? Optional.of(CsvTable.read(dir.resolve(CBAM), "year", "sector_id", "cbam_liability_cny"))
                : Optional.empty();
        List<String> missing = new ArrayList<>();
        if (events.isEmpty()) {
            missing.add(dir.resolve(EVENTS) + ": missing (every run writes it), so the charts mark no interventions"
                    + " or primary auctions and the report lists none");
        }
        // summary.json has these arrays exactly when the run wrote the files
        if (mrv.isEmpty() && summary.has("mrv")) {
            missing.add(dir.resolve(MRV) + ": missing though summary.json has \"mrv\" figures, so the report has no"
                    + " data-quality (MRV) table");
        }
        if (cbam.isEmpty() && summary.has("cbam")) {
            missing.add(dir.resolve(CBAM) + ": missing though summary.json has \"cbam\" figures, so the report has no"
                    + " CBAM table");
        }
        return new RunOutput(
                scenario,
                seed,
                years,
                totals != null && totals.isJsonObject() ? totals.getAsJsonObject() : new JsonObject(),
                daily,
                annual,
                sectors,
                enterprises,
                events,
                mrv,
                cbam,
                missing);
    }
}
