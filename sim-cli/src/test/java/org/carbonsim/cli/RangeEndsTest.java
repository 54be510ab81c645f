package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range a study varies (a sensitivity or calibrate --param, a distribution of the uncertainty
 * block) whose end the scenario does not accept is refused before anything runs. The loader is asked
 * at the value as given, then rounded to whole fen, then to a whole number, for paths that take only
 * those; an end it refused could pass once rounded back into range: {@code --param
 * allocation.governmentReserveShare=0:1.2} ran a study of the shares 0 and 1 alone, every value
 * between rounded to one of them, and a draw of up to 0.5 beside a new-entrant share of 0.6 was
 * drawn as 0 in every replication. A sweep names the file given, as montecarlo does, not the
 * scenario's name.
 */
class RangeEndsTest extends CommandLineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sensitivity classroom-ten-firms --samples 4 --runs 1 --param allocation.governmentReserveShare=0:1.2"
                        + " | carbonsim: --param allocation.governmentReserveShare=0:1.2:"
                        + " $.allocation.governmentReserveShare = 1.2: $.allocation.governmentReserveShare: expected a"
                        + " number in 0..1 (share of the cap), got 1.2",
                "calibrate classroom-ten-firms --targets TARGETS --runs 2 --param"
                        + " allocation.governmentReserveShare=0:1.2 | carbonsim: --param"
                        + " allocation.governmentReserveShare=0:1.2: $.allocation.governmentReserveShare = 1.2:",
                "montecarlo UNCERTAIN --runs 2 --set allocation.newEntrantReserveShare=0.6 | carbonsim: UNCERTAIN:"
                        + " $.uncertainty.parameters[0].distribution: its draws reach values this scenario does not"
                        + " accept (use a bounded distribution such as uniform, triangular or beta, or a narrower one):"
                        + " $.allocation.governmentReserveShare = 0.5: $.allocation:",
                "sweep UNCERTAIN --runs 2 --set allocation.newEntrantReserveShare=0,0.6 | carbonsim: UNCERTAIN:"
                        + " $.uncertainty.parameters[0].distribution: its draws reach values this scenario does not"
                        + " accept",
            })
    void anEndTheScenarioRefusesIsRefusedAtEveryPrecision(String command, String message, @TempDir Path dir)
            throws IOException {
        Path uncertain = StudyInputs.tenFirmsWithReserveShares(
                dir.resolve("uncertain.json"),
                "\"uncertainty\": {\"parameters\": [{\"path\": \"$.allocation.governmentReserveShare\","
                        + " \"distribution\": {\"type\": \"uniform\", \"low\": 0, \"high\": 0.5}}]},");
        String line = command.replace("TARGETS", StudyInputs.targets(dir).toString())
                .replace("UNCERTAIN", uncertain.toString());
        assertRefusedInOneLine(line, message.replace("UNCERTAIN", uncertain.toString()), dir.resolve("out"));
    }

    /**
     * A path that takes whole numbers only (a cap, in tonnes) is still varied over whole numbers, with
     * ends that are not whole rounded outward: 4000000.5 to 4999999.5 gives whole tonnes from 4000000
     * to 5000000.
     */
    @Test
    void aWholeNumberPathIsStillVariedOverWholeNumbers(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("whole");
        String line = "sensitivity classroom-ten-firms --years 1 --samples 4 --runs 1 --param"
                + " allocation.cap.byYear[\"2024\"]=4000000.5:4999999.5 --quiet --no-charts --out " + target;
        assertEquals(0, run(line.split(" ")), line + "\n" + err);
        List<String> caps = Files.readAllLines(target.resolve("points.csv"), StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(row -> row.split(",")[1])
                .toList();
        assertEquals(4 * 3, caps.size(), caps.toString());
        for (String cap : caps) {
            long tonnes = Long.parseLong(cap);
            assertTrue(tonnes >= 4_000_000 && tonnes <= 5_000_000, cap);
        }
    }
}
