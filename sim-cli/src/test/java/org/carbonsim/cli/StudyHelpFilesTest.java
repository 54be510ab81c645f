package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The description {@code carbonsim help COMMAND} gives of a study command names every file and folder
 * the command writes into its output folder, in English and in Chinese: the montecarlo, sweep, compare
 * and sensitivity help named only their first three or four files, and not the figures per year and
 * sector, the charts, the report or run.json beside them.
 */
class StudyHelpFilesTest extends CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "montecarlo, classroom-two-firms --runs 2",
        "sweep, classroom-two-firms --runs 2 --set market.limitPct=5",
        "compare, classroom-two-firms classroom-ten-firms --years 1 --runs 2",
        "sensitivity, classroom-two-firms --param market.limitPct=5:15 --samples 2 --runs 1",
        "calibrate, classroom-ten-firms --targets TARGETS --param market.initialPrice=30:60 --runs 2 --budget 14",
    })
    void theHelpNamesEveryFileTheCommandWrites(String command, String arguments) throws IOException {
        Path targets =
                Files.writeString(dir.resolve("targets.csv"), "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\n");
        Path target = dir.resolve("out");
        String line = command + " " + arguments.replace("TARGETS", targets.toString()) + " --quiet --out " + target;
        assertEquals(0, run(line.split(" ")), line + "\n" + err);
        List<String> written;
        try (Stream<Path> entries = Files.list(target)) {
            written = entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        }
        assertTrue(written.contains("run.json"), written.toString());
        for (Lang lang : Lang.values()) {
            String description = String.join(
                    " ",
                    CarbonsimCommand.newCommandLine(lang, List.of(command))
                            .getSubcommands()
                            .get(command)
                            .getCommandSpec()
                            .usageMessage()
                            .description());
            List<String> unnamed =
                    written.stream().filter(name -> !description.contains(name)).toList();
            assertEquals(
                    List.of(),
                    unnamed,
                    command + " --lang " + lang + ": files it writes that its help does not name: " + description);
        }
    }
}
