package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked order logs of {@code scenarios/replay/} print, with {@code replay --book}, exactly the
 * ladders kept beside them as {@code NAME.book.LANG.txt}, the texts their README and
 * docs/order-log.md work through by hand. When a change to the output is intended, regenerate with
 * {@code -Dgolden.update=true} and review the diff like code.
 */
class ReplayBookGoldenTest extends CommandLineTest {
    // the module's folder is the working directory of its tests
    private static final Path REPLAY = Path.of("..", "scenarios", "replay");
    private static final List<String> BAND = List.of("--reference-price", "30.00", "--limit-pct", "10");

    static Stream<Arguments> logs() {
        return Stream.of(
                Arguments.of("classroom-orders", "en", List.of()),
                Arguments.of("book-continuous", "en", List.of()),
                Arguments.of("book-continuous", "zh", List.of()),
                Arguments.of("book-call-auction", "en", BAND),
                Arguments.of("book-call-auction", "zh", BAND));
    }

    @ParameterizedTest
    @MethodSource("logs")
    void bookOutputMatchesTheGoldenText(String name, String lang, List<String> options) throws IOException {
        List<String> args =
                new ArrayList<>(List.of("replay", REPLAY.resolve(name + ".csv").toString(), "--book"));
        args.addAll(List.of("--lang", lang));
        args.addAll(options);
        int exit = run(args.toArray(new String[0]));
        assertEquals(0, exit, name + ": " + err);
        Path golden = REPLAY.resolve(name + ".book." + lang + ".txt");
        String actual = out.toString();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing; run with -Dgolden.update=true to create it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name + " --lang " + lang);
    }
}
