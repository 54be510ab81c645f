package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.offsets.Issuance;
import org.carbonsim.core.offsets.OffsetYear;

/**
 * Writes a run's modelled offset supply, only when the scenario models one (a CCER {@code pipeline}
 * or a carbon-inclusion {@code inclusion} scheme), so that other runs write the files they always did:
 * {@code offsets.csv}, one row per year and fed programme (issued, offered, used, carried, price and
 * the programme's effect on the reference allowance price), and, with a pipeline, {@code
 * offset-issuance.csv}, one row per year, methodology type and vintage issued. Columns as in
 * docs/data-dictionary.md; a price with nothing sold is blank.
 */
public final class OffsetFiles {
    static final String OFFSETS = "offsets.csv";
    static final String ISSUANCE = "offset-issuance.csv";

    private OffsetFiles() {}

    public static void write(RunResult result, Path dir) throws IOException {
        if (result.offsets().years().isEmpty()) {
            return;
        }
        Files.write(dir.resolve(OFFSETS), offsets(result).getBytes(StandardCharsets.UTF_8));
        boolean pipeline = result.offsets().years().stream().anyMatch(y -> y.kind() == OffsetKind.CCER);
        if (pipeline) {
            Files.write(dir.resolve(ISSUANCE), issuance(result).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String offsets(RunResult result) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "year",
                "program",
                "kind",
                "issued_t",
                "offered_t",
                "used_t",
                "carried_t",
                "price_cny_per_t",
                "allowance_price_effect_cny_per_t");
        for (OffsetYear y : result.offsets().years()) {
            Csv.row(
                    csv,
                    Integer.toString(y.year()),
                    y.programId(),
                    y.kind().name(),
                    Long.toString(y.issuedTonnes()),
                    Long.toString(y.offeredTonnes()),
                    Long.toString(y.usedTonnes()),
                    Long.toString(y.carriedTonnes()),
                    y.priceFen().isPresent() ? RunFiles.yuan(y.priceFen().getAsLong()) : "",
                    RunFiles.yuan(y.allowancePriceEffectFen()));
        }
        return csv.toString();
    }

    static String issuance(RunResult result) {
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, "year", "program", "type", "vintage", "eligible", "issued_t");
        for (Issuance i : result.offsets().issuance()) {
            Csv.row(
                    csv,
                    Integer.toString(i.year()),
                    i.programId(),
                    i.typeId(),
                    Integer.toString(i.vintage()),
                    Boolean.toString(i.eligible()),
                    Long.toString(i.tonnes()));
        }
        return csv.toString();
    }
}
