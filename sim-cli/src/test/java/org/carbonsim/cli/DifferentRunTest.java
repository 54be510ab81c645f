package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.carbonsim.cli.files.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command refuses to replace a folder holding a run of another scenario, seed, length or study
 * design (exit 2, naming what differs) unless {@code --force}, and replaces the same run silently; for
 * {@code run}, {@code montecarlo}, {@code sweep}, {@code compare} and {@code sensitivity}.
 */
class DifferentRunTest extends CommandLineTest {
    @TempDir
    Path dir;

    private int folders;

    private static String[] with(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * Runs {@code base + before}, then {@code base + after}: refused naming {@code differs}, the folder
     * untouched; then the same with {@code --force}, accepted; then the forced command again, replaced
     * silently.
     */
    private void refusedUnlessForced(List<String> base, List<String> before, List<String> after, String differs)
            throws IOException {
        Path o = dir.resolve(base.get(0) + "-" + folders++);
        List<String> common = new ArrayList<>(base);
        common.addAll(List.of("--quiet", "--no-charts", "--out", o.toString()));
        List<String> first = new ArrayList<>(common);
        first.addAll(before);
        assertEquals(0, run(first.toArray(String[]::new)), err.toString());
        byte[] record = Files.readAllBytes(o.resolve(Provenance.FILE));
        // the first run's warnings (a two-sample Sobol study's rough indices) are not the refusal's;
        // below, the same run again may warn of them too, but says nothing else
        err.getBuffer().setLength(0);

        List<String> second = new ArrayList<>(common);
        second.addAll(after);
        assertEquals(2, run(second.toArray(String[]::new)), base + " " + after + ": " + err);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("holds a different run"), message);
        assertTrue(message.contains(differs), base + " " + after + ": expected '" + differs + "' in " + message);
        assertTrue(message.contains("--force"), message);
        assertArrayEquals(record, Files.readAllBytes(o.resolve(Provenance.FILE)), "the old folder is untouched");

        assertEquals(0, run(with(second, "--force")), err.toString());
        assertFalse(Arrays.equals(record, Files.readAllBytes(o.resolve(Provenance.FILE))));
        err.getBuffer().setLength(0);
        assertEquals(0, run(second.toArray(String[]::new)), "the same run again is replaced silently: " + err);
        assertTrue(
                err.toString().lines().allMatch(line -> line.startsWith("carbonsim: warning: ")),
                "nothing but the study's own warnings: " + err);
    }

    /**
     * A scenario that reads an enterprise register is the same run only with the same register: editing
     * the register alone once replaced the folder silently, and {@code run.json} did not say which
     * register was read. It now records the register's path and SHA-256 beside the scenario's.
     */
    @Test
    void runRefusesTheSameScenarioWithAnEditedRegister() throws IOException {
        Path register = dir.resolve("firms.csv");
        Files.writeString(
                register,
                "id,name,sector,baseOutput,emissionIntensity,output2023,emissions2023\n"
                        + "C9,C9,industry,1000,0.9,1000,900\n");
        Path scenario = Files.writeString(
                dir.resolve("with-register.json"),
                new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8)
                        .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"firms.csv\", \"enterprises\""));
        Path out = dir.resolve("register-run");
        String[] command = {"run", "" + scenario, "--quiet", "--no-charts", "--out", "" + out};
        assertEquals(0, run(command), err.toString());
        String record = Files.readString(out.resolve(Provenance.FILE));
        assertTrue(record.contains("\"path\": \"" + register.toString().replace("\\", "\\\\") + "\""), record);
        assertTrue(record.contains("\"sha256\": \"" + sha256(Files.readAllBytes(register)) + "\""), record);

        Files.writeString(register, Files.readString(register).replace("1000,900", "1000,950"));
        assertEquals(2, run(command), err.toString());
        assertTrue(err.toString().contains("holds a different run (enterprise register SHA-256 "), err.toString());
        assertEquals(record, Files.readString(out.resolve(Provenance.FILE)), "the old folder is untouched");
        err.getBuffer().setLength(0);
        assertEquals(0, run(with(List.of(command), "--force")), err.toString());
    }

    private static String sha256(byte[] bytes) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    @Test
    void runRefusesAnotherSeedYearsOrScenario() throws IOException {
        List<String> base = List.of("run", "classroom-ten-firms");
        refusedUnlessForced(base, List.of("--seed", "1"), List.of("--seed", "1", "--years", "1"), "years 2, now 1");
        refusedUnlessForced(base, List.of("--seed", "1"), List.of("--seed", "2"), "seed 1, now 2");
    }

    @Test
    void runRefusesAnotherScenarioFile() throws IOException {
        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, Files.readString(Path.of("..", "scenarios", "classroom-two-firms.json")) + "\n");
        Path o = dir.resolve("o");
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(2, run("run", changed.toString(), "--quiet", "--no-charts", "--out", o.toString()));
        assertTrue(err.toString().contains("scenario SHA-256"), err.toString());
    }

    @Test
    void montecarloRefusesAnotherRunCountOrSeed() throws IOException {
        List<String> base = List.of("montecarlo", "classroom-two-firms");
        List<String> before = List.of("--runs", "2", "--seed", "3");
        refusedUnlessForced(base, before, List.of("--runs", "3", "--seed", "3"), "runs 2, now 3");
        refusedUnlessForced(base, before, List.of("--runs", "2", "--seed", "4"), "seed 3, now 4");
    }

    @Test
    void sweepRefusesAnotherLength() throws IOException {
        List<String> base =
                List.of("sweep", "classroom-ten-firms", "--runs", "2", "--set", "market.limitPct=5,10", "--seed", "3");
        refusedUnlessForced(base, List.of(), List.of("--years", "1"), "years 2, now 1");
    }

    @Test
    void sweepRefusesAnotherGridInEitherOptionForm() throws IOException {
        List<String> base = List.of("sweep", "classroom-ten-firms", "--runs", "2", "--seed", "3");
        refusedUnlessForced(
                base,
                List.of("--set", "market.limitPct=5,10"),
                List.of("--set=market.limitPct=5,15"),
                "design --set market.limitPct=5,10, now --set market.limitPct=5,15");
    }

    @Test
    void sensitivityRefusesOtherParametersOrSamples() throws IOException {
        List<String> base =
                List.of("sensitivity", "classroom-two-firms", "--runs", "1", "--seed", "3", "--samples", "2");
        refusedUnlessForced(
                base,
                List.of("--param", "market.limitPct=5:15"),
                List.of("--param", "market.limitPct=5:20"),
                "design --samples 2 --param market.limitPct=5:15, now --samples 2 --param market.limitPct=5:20");
    }

    @Test
    void compareRefusesOtherScenariosOrSeed() throws IOException {
        List<String> base = List.of("compare", "classroom-two-firms", "classroom-gode-sunder", "--runs", "2");
        refusedUnlessForced(base, List.of(), List.of("--seed", "9"), "now 9");
    }

    @Test
    void sensitivityRefusesAnotherSeed() throws IOException {
        List<String> base = List.of(
                "sensitivity",
                "classroom-two-firms",
                "--samples",
                "2",
                "--runs",
                "1",
                "--param",
                "market.limitPct=5:15");
        refusedUnlessForced(base, List.of("--seed", "3"), List.of("--seed", "4"), "seed 3, now 4");
    }

    @Test
    void aRunReplacesAStudyOnlyWhenForced() throws IOException {
        Path o = dir.resolve("o");
        assertEquals(
                0, run("montecarlo", "classroom-two-firms", "--runs", "2", "--quiet", "--no-charts", "--out", "" + o));
        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", "" + o));
        assertTrue(err.toString().contains("command montecarlo, now run"), err.toString());
    }

    /**
     * A {@code run.json} damaged by hand or by another program (a field missing, another type) is no
     * record: the folder, a carbonsim output, is replaced as one without a record is, never a crash.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"command\": \"run\", \"scenarios\": [{}], \"seeds\": {\"seed\": \"1\"}}",
                "{\"command\": \"run\", \"scenarios\": [], \"seeds\": [1]}",
                "{\"command\": \"run\", \"scenarios\": [], \"seeds\": {}}",
                "{\"command\": \"run\", \"scenarios\": [{\"sha256\": \"ab\", \"years\": \"x\"}],"
                        + " \"seeds\": {\"seed\": \"1\"}}",
                "[1, 2]"
            })
    void aDamagedRecordIsReplacedLikeAFolderWithoutOne(String record) throws IOException {
        Path o = dir.resolve("o");
        List<String> args = List.of("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString());
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        Files.writeString(o.resolve(Provenance.FILE), record);

        assertEquals(0, run(args.toArray(String[]::new)), record + ": " + err);
        assertEquals("", err.toString());
        assertTrue(Files.readString(o.resolve(Provenance.FILE)).contains("\"sha256\""));
    }
}
