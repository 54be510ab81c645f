package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each {@code --param} range of sensitivity and calibrate is checked alone, at its ends and a point
 * between, before the study runs; values the loader refuses only together (two reserve shares adding
 * past the whole cap) are found when the study reaches them. The study then stops with one line that
 * blames the {@code --param} ranges, not the scenario file: it said {@code /abs/path/s.json:252:3:
 * $.allocation: ...}, as if the file, which loads, were wrong.
 */
class ParamCombinationsTest extends CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sensitivity SCENARIO --samples 8 --runs 1",
                "calibrate SCENARIO --targets TARGETS --runs 2 --budget 30"
            })
    void valuesThatLoadOnlyAloneAreBlamedOnTheParams(String command) throws IOException {
        Path scenario = StudyInputs.tenFirmsWithReserveShares(dir.resolve("shares.json"), "");
        Path targets = StudyInputs.targets(dir);
        Path target = dir.resolve("out");
        String line = command.replace("SCENARIO", scenario.toString()).replace("TARGETS", targets.toString())
                + " --param allocation.governmentReserveShare=0:0.9 --param allocation.newEntrantReserveShare=0:0.9"
                + " --threads 2 --quiet --out " + target;
        assertEquals(2, run(line.split(" ")), line + "\n" + err);
        String message = err.toString();
        String expected = "carbonsim: --param allocation.governmentReserveShare=0:0.9 --param"
                + " allocation.newEntrantReserveShare=0:0.9: together, at values the study reached, the scenario"
                + " does not load: $.allocation: governmentReserveShare (0\\.\\d+) \\+ newEntrantReserveShare"
                + " (0\\.\\d+) \\+ auctionShare 0 add up to more than the whole cap \\(1\\); each range loads"
                + " alone \\(at its ends and a point between\\): narrow the ranges so that every combination loads";
        assertTrue(
                message.strip().matches(expected.replace("$", "\\$")),
                "one line naming the --param options: " + message);
        assertFalse(message.contains(scenario.toString()), "the file loads; it is not to blame: " + message);
        assertFalse(Files.exists(target), line);
    }
}
