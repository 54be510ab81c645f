package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.CarbonsimCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario, run for its first year with its own seed through {@code carbonsim run},
 * writes exactly the files kept under {@code src/test/golden/NAME/}; run for all its years, it writes
 * exactly the yearly figures and the summary kept under {@code src/test/golden/NAME/whole-run/}, so
 * that a change which moves only a later year (a foreseen path, a reserve, a later rule) shows too.
 * A change to the engine, the rules or a scenario that moves any number shows up here as the first
 * differing line; when the change is intended, regenerate with {@code mvn -B verify -pl scenarios -am
 * -Dgolden.update=true} and review the diff like code.
 */
class GoldenRunsTest {
    private static final Path GOLDEN = BundledScenariosTest.DIR.resolve("src/test/golden");
    private static final List<String> FILES =
            List.of("summary.json", "annual.csv", "sectors.csv", "enterprises.csv", "daily.csv");
    /** Files only some scenarios write: kept and compared where the run writes them, absent elsewhere. */
    private static final List<String> OPTIONAL_FILES = List.of(
            "mrv.csv", "cbam.csv", "offsets.csv", "offset-issuance.csv", "forwards.csv", "finance.csv", "reserve.csv");

    @TempDir
    Path out;

    @ParameterizedTest
    @MethodSource("org.carbonsim.scenarios.BundledScenariosTest#scenarios")
    void firstYearMatchesTheGoldenFiles(Path scenario) throws IOException {
        String name = name(scenario);
        Path dir = run(scenario, out.resolve(name), "--years", "1");
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden);
            for (String file : FILES) {
                Files.copy(dir.resolve(file), golden.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            for (String file : OPTIONAL_FILES) {
                if (Files.exists(dir.resolve(file))) {
                    Files.copy(dir.resolve(file), golden.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(golden.resolve(file));
                }
            }
            return;
        }
        assertTrue(Files.isDirectory(golden), "no golden files at " + golden + "; run with -Dgolden.update=true");
        for (String file : FILES) {
            compare(golden.resolve(file), dir.resolve(file));
        }
        for (String file : OPTIONAL_FILES) {
            assertEquals(
                    Files.exists(golden.resolve(file)),
                    Files.exists(dir.resolve(file)),
                    name + ": " + file + " written by the run but not kept, or kept but not written");
            if (Files.exists(golden.resolve(file))) {
                compare(golden.resolve(file), dir.resolve(file));
            }
        }
    }

    /** The files of a whole run kept: the yearly figures and the summary, small at any length of run. */
    private static final List<String> WHOLE_RUN_FILES = List.of("annual.csv", "summary.json");

    @ParameterizedTest
    @MethodSource("org.carbonsim.scenarios.BundledScenariosTest#scenarios")
    void wholeRunMatchesTheGoldenYears(Path scenario) throws IOException {
        String name = name(scenario);
        Path dir = run(scenario, out.resolve(name + "-whole-run"));
        Path golden = GOLDEN.resolve(name).resolve("whole-run");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden);
            for (String file : WHOLE_RUN_FILES) {
                Files.copy(dir.resolve(file), golden.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        assertTrue(Files.isDirectory(golden), "no golden files at " + golden + "; run with -Dgolden.update=true");
        for (String file : WHOLE_RUN_FILES) {
            compare(golden.resolve(file), dir.resolve(file));
        }
    }

    private static String name(Path scenario) {
        return scenario.getFileName().toString().replace(".json", "");
    }

    /** {@code carbonsim run} of {@code scenario} into {@code dir}, quiet and without charts, with {@code options}. */
    private static Path run(Path scenario, Path dir, String... options) {
        List<String> args =
                new ArrayList<>(List.of("run", scenario.toString(), "--out", dir.toString(), "--quiet", "--no-charts"));
        args.addAll(List.of(options));
        int code = CarbonsimCommand.newCommandLine().execute(args.toArray(String[]::new));
        assertEquals(0, code, name(scenario) + ": carbonsim run failed");
        return dir;
    }

    private static void compare(Path expected, Path actual) throws IOException {
        List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
        List<String> got = Files.readAllLines(actual, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<end of file>";
            String g = i < got.size() ? got.get(i) : "<end of file>";
            if (!w.equals(g)) {
                fail(expected + ":" + (i + 1) + ": expected\n  " + w + "\nbut the run wrote\n  " + g
                        + "\n(if the change is intended, regenerate with -Dgolden.update=true and review the diff)");
            }
        }
    }
}
