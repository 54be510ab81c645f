package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to every bundled scenario: whatever the damage, loading either succeeds or
 * throws a {@link ScenarioException} whose problems all have a location, and never hangs.
 */
class CorruptionTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final int ROUNDS = 300;

    static Stream<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("scenario.schema.json"))
                    .sorted()
                    .toList();
            assertFalse(list.isEmpty(), "no bundled scenarios in " + SCENARIOS.toAbsolutePath());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void damageGivesOnlyScenarioExceptions(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        ScenarioLoader.load(file);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                long seed = 1000L * file.getFileName().toString().hashCode() + round;
                byte[] damaged = damage(original, new SplittableRandom(seed));
                try {
                    ScenarioLoader.parse(damaged, file.getFileName().toString(), SCENARIOS);
                } catch (ScenarioException e) {
                    assertFalse(e.problems().isEmpty(), "seed=" + seed + " no problems");
                    for (Problem p : e.problems()) {
                        assertFalse(p.location().isEmpty(), "seed=" + seed + " empty location: " + p);
                        assertFalse(p.message().isEmpty(), "seed=" + seed + " empty message: " + p);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    fail("seed=" + seed + " " + file + ": " + e, e);
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void damageIsNoticed(Path file) throws IOException {
        String text = Files.readString(file);
        String broken = text.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"");
        assertTrue(!broken.equals(text));
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioException.class, () -> ScenarioLoader.parse(broken, "x.json", SCENARIOS));
        assertTrue(e.problems().get(0).location().equals("$.schemaVersion"), e.getMessage());
    }

    static byte[] damage(byte[] original, SplittableRandom random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            switch (random.nextInt(9)) {
                case 0 -> text = text.substring(0, at);
                case 1 -> {
                    int key = text.indexOf("\":", at);
                    int start = key < 0 ? -1 : text.lastIndexOf('"', key - 1);
                    int end = key < 0 ? -1 : text.indexOf(',', key);
                    if (start >= 0 && end > key) {
                        text = text.substring(0, start) + text.substring(end + 1);
                    }
                }
                case 2 -> text = replaceValue(text, at, random.nextBoolean() ? "\"text\"" : "[1, {}]");
                case 3 -> text = replaceValue(text, at, random.nextBoolean() ? "1e308" : "-99999999999999999999");
                case 4 -> text = replaceValue(text, at, random.nextBoolean() ? "NaN" : "null");
                case 5 -> text = replaceValue(text, at, "[".repeat(1 + random.nextInt(5000)));
                case 6 -> text = text.substring(0, at) + "{\"x\":" + text.substring(at);
                case 7 -> text = replaceValue(text, at, "0.000001");
                default -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    bytes[Math.min(bytes.length - 1, Math.max(0, at))] = (byte) (0x80 + random.nextInt(0x80));
                    return bytes;
                }
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces the value after the next ':' from {@code at} with {@code value}. */
    private static String replaceValue(String text, int at, String value) {
        int colon = text.indexOf(':', at);
        if (colon < 0) {
            return text;
        }
        int end = colon + 1;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(0, colon + 1) + " " + value + text.substring(end);
    }
}
