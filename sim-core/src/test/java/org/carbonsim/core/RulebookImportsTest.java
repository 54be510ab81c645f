package org.carbonsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rulebook packages import only what their package-info allows. */
class RulebookImportsTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "coverage", Set.of("model"),
            "allocation", Set.of("model", "coverage"),
            "registry", Set.of("model"),
            "compliance", Set.of("model", "registry"),
            "mrv", Set.of("model", "compliance"),
            "cbam", Set.of("model"),
            "offsets", Set.of("market", "registry", "compliance"),
            "finance", Set.of("market", "registry"));
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?org\\.carbonsim\\.core\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void rulebookPackagesImportOnlyWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/org/carbonsim/core");
        for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
            try (Stream<Path> files = Files.list(root.resolve(entry.getKey()))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = IMPORT.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String imported = matcher.group(1);
                        if (!imported.equals(entry.getKey())
                                && !entry.getValue().contains(imported)) {
                            violations.add(file.getFileName() + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
