package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.carbonsim.cli.CommandLineTest;
import org.carbonsim.cli.VersionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output folder records how it was made in run.json, and nothing else in it depends on the time. */
class ProvenanceTest extends CommandLineTest {
    @TempDir
    Path dir;

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonObject runJson(Path folder) throws IOException {
        return JsonParser.parseString(Files.readString(folder.resolve("run.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    private static List<String> strings(JsonArray array) {
        List<String> list = new ArrayList<>();
        for (JsonElement e : array) {
            list.add(e.getAsString());
        }
        return list;
    }

    private static void assertTimes(JsonObject run) {
        Instant started = Instant.parse(run.get("started").getAsString());
        Instant finished = Instant.parse(run.get("finished").getAsString());
        assertTrue(run.get("started").getAsString().endsWith("Z"), "UTC: " + run.get("started"));
        assertFalse(finished.isBefore(started), "finished " + finished + " before started " + started);
    }

    @Test
    void runRecordsTheScenarioHashCopyArgumentsSeedJvmAndTimes() throws Exception {
        Path scenario = dir.resolve("my-scenario.json");
        Files.copy(Path.of("..", "scenarios", "classroom-two-firms.json"), scenario);
        byte[] bytes = Files.readAllBytes(scenario);
        Path out = dir.resolve("out");
        // a seed above 2^53, which a JSON number would lose in R and JavaScript
        String seed = "9007199254740993";
        String[] args = {"run", scenario.toString(), "--seed", seed, "--no-charts", "--quiet", "--out", out.toString()};
        Instant before = Instant.now();
        assertEquals(0, run(args), err.toString());

        JsonObject run = runJson(out);
        assertEquals(List.of(args), strings(run.getAsJsonArray("commandLine")));
        assertEquals("run", run.get("command").getAsString());
        JsonArray scenarios = run.getAsJsonArray("scenarios");
        assertEquals(1, scenarios.size());
        JsonObject s = scenarios.get(0).getAsJsonObject();
        assertEquals(sha256(bytes), s.get("sha256").getAsString());
        assertEquals(
                scenario.toAbsolutePath().normalize().toString(), s.get("path").getAsString());
        assertEquals("scenario.json", s.get("copy").getAsString());
        assertArrayEquals(bytes, Files.readAllBytes(out.resolve("scenario.json")), "the copy is the file's bytes");
        JsonElement seedJson = run.getAsJsonObject("seeds").get("seed");
        assertTrue(seedJson.getAsJsonPrimitive().isString(), "seed is a string: " + seedJson);
        assertEquals(seed, seedJson.getAsString());
        JsonObject jvm = run.getAsJsonObject("jvm");
        assertEquals(System.getProperty("java.version"), jvm.get("java.version").getAsString());
        assertTrue(jvm.get("availableProcessors").getAsInt() >= 1);
        String version = run.getAsJsonObject("carbonsim").get("version").getAsString();
        assertEquals("carbonsim " + version, new VersionProvider().getVersion()[0], "what --version prints");
        assertTrue(run.getAsJsonObject("carbonsim").has("commit"), "commit is present, null when unknown");
        assertTimes(run);
        assertFalse(Instant.parse(run.get("started").getAsString()).isBefore(before.minusSeconds(1)));
    }

    @Test
    void withoutTheLauncherTheCommitIsNullNotInvented() throws IOException {
        Path out = dir.resolve("out");
        String previous = System.getProperty(Provenance.COMMIT_PROPERTY);
        System.clearProperty(Provenance.COMMIT_PROPERTY);
        try {
            assertEquals(
                    0, run("run", "classroom-two-firms", "--years", "1", "--no-charts", "--quiet", "--out", "" + out));
        } finally {
            if (previous != null) {
                System.setProperty(Provenance.COMMIT_PROPERTY, previous);
            }
        }
        JsonObject carbonsim = runJson(out).getAsJsonObject("carbonsim");
        assertTrue(carbonsim.get("commit").isJsonNull(), carbonsim.toString());
        assertTrue(carbonsim.get("dirty").isJsonNull(), carbonsim.toString());
    }

    @Test
    void compareRecordsEveryScenarioWithItsHashAndCopyAndTheBaseSeedAndReplications() throws Exception {
        Path out = dir.resolve("cmp");
        Path second = Path.of("..", "scenarios", "classroom-ten-firms.json");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-two-firms",
                        second.toString(),
                        "--years",
                        "1",
                        "--runs",
                        "2",
                        "--seed",
                        "5",
                        "--no-charts",
                        "--quiet",
                        "--out",
                        out.toString()),
                err.toString());

        JsonObject run = runJson(out);
        assertEquals("compare", run.get("command").getAsString());
        JsonArray scenarios = run.getAsJsonArray("scenarios");
        assertEquals(2, scenarios.size());
        JsonObject bundled = scenarios.get(0).getAsJsonObject();
        assertEquals("classroom-two-firms", bundled.get("bundled").getAsString());
        byte[] bundledBytes = Files.readAllBytes(Path.of("..", "scenarios", "classroom-two-firms.json"));
        assertEquals(sha256(bundledBytes), bundled.get("sha256").getAsString());
        assertArrayEquals(
                bundledBytes, Files.readAllBytes(out.resolve(bundled.get("copy").getAsString())));
        JsonObject file = scenarios.get(1).getAsJsonObject();
        byte[] fileBytes = Files.readAllBytes(second);
        assertEquals(sha256(fileBytes), file.get("sha256").getAsString());
        assertEquals("scenarios/1-classroom-ten-firms.json", file.get("copy").getAsString());
        assertArrayEquals(fileBytes, Files.readAllBytes(out.resolve("scenarios/1-classroom-ten-firms.json")));
        JsonObject seeds = run.getAsJsonObject("seeds");
        assertEquals("5", seeds.get("baseSeed").getAsString());
        assertTrue(seeds.get("baseSeed").getAsJsonPrimitive().isString());
        assertEquals("2", seeds.get("replications").getAsString());
        assertTimes(run);
    }

    @Test
    void montecarloRunJsonDiffersBetweenRunsButNoOtherFileDoes() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path o : List.of(a, b)) {
            assertEquals(
                    0,
                    run(
                            "montecarlo",
                            "classroom-two-firms",
                            "--years",
                            "1",
                            "--runs",
                            "3",
                            "--no-charts",
                            "--quiet",
                            "--out",
                            o.toString()),
                    err.toString());
        }
        List<String> names;
        try (var files = Files.walk(a)) {
            names = files.filter(Files::isRegularFile)
                    .map(p -> a.relativize(p).toString())
                    .sorted()
                    .toList();
        }
        assertTrue(names.contains("run.json") && names.contains("scenario.json"), names.toString());
        for (String name : names) {
            if (!name.equals("run.json")) {
                assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
            }
        }
        assertFalse(
                strings(runJson(a).getAsJsonArray("commandLine"))
                        .equals(strings(runJson(b).getAsJsonArray("commandLine"))),
                "the two command lines name different folders");
        assertEquals(
                "3", runJson(a).getAsJsonObject("seeds").get("replications").getAsString());
    }
}
