package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files the tests of the study commands write into their temporary folder. Stateless. */
final class StudyInputs {
    private StudyInputs() {}

    /** A calibration targets file with one moment, the 2024 VWAP of 45 yuan per tonne. */
    static Path targets(Path dir) throws IOException {
        return Files.writeString(dir.resolve("targets.csv"), "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\n");
    }

    /**
     * classroom-ten-firms as {@code file}, with a new-entrant reserve share of 0 written beside its
     * government reserve share of 0.02 so that a study can vary both, and {@code before} (such as an
     * uncertainty block, ending in a comma) put before its calendar.
     */
    static Path tenFirmsWithReserveShares(Path file, String before) throws IOException {
        return Files.writeString(
                file,
                new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8)
                        .replace(
                                "\"governmentReserveShare\": 0.02,",
                                "\"governmentReserveShare\": 0.02, \"newEntrantReserveShare\": 0,")
                        .replace("\"calendar\"", before + " \"calendar\""));
    }
}
