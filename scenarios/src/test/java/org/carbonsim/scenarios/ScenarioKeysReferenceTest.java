package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/scenario-keys.md} is the page {@link ScenarioKeysReference} writes from the schema, so
 * the reference of every key cannot fall behind the format; every key the schema names is described;
 * and the page lists every key the bundled scenarios use. With {@code -Dscenario.keys.update=true} the
 * test writes the page instead of comparing it.
 */
class ScenarioKeysReferenceTest {
    private static final Path REPO =
            BundledScenariosTest.DIR.toAbsolutePath().normalize().getParent();
    private static final Path PAGE = REPO.resolve("docs/scenario-keys.md");

    private static ScenarioKeysReference reference() throws IOException {
        return ScenarioKeysReference.of(BundledScenariosTest.schemaJson());
    }

    @Test
    void thePageIsWhatTheSchemaGives() throws IOException {
        String expected = reference().markdown();
        if (Boolean.getBoolean("scenario.keys.update")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PAGE), PAGE + " is missing: write it with -Dscenario.keys.update=true");
        assertEquals(
                expected,
                Files.readString(PAGE),
                "docs/scenario-keys.md is not what scenario.schema.json gives: edit the schema, not the page, and"
                        + " write it again with -Dscenario.keys.update=true");
    }

    @Test
    void everyKeyTheSchemaNamesIsDescribed() throws IOException {
        assertEquals(List.of(), reference().undescribed(), "keys without a description in scenario.schema.json");
    }

    @Test
    void everyKeyOfTheBundledScenariosIsOnThePage() throws IOException {
        Set<String> listed = reference().keyNames();
        Set<String> unlisted = new TreeSet<>();
        Pattern key = Pattern.compile("\"([A-Za-z$][A-Za-z0-9]*)\"\\s*:");
        try (var files = Files.list(BundledScenariosTest.DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")
                            && !f.getFileName().toString().equals("scenario.schema.json"))
                    .toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    String name = matcher.group(1);
                    if (!name.equals("$schema") && !name.matches("[0-9]{4}") && !listed.contains(name)) {
                        unlisted.add(file.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertEquals(Set.of(), unlisted, "keys of bundled scenarios the page does not list");
    }

    @Test
    void aVariantKeyIsListedUnderItsTypeAndAnEnumWithItsValues() throws IOException {
        String page = reference().markdown();
        assertTrue(
                page.contains("\n## `sectors[].allocation`, `\"type\": \"benchmark\"`\n"), "benchmark variant heading");
        String closingRule = page.lines()
                .filter(line -> line.startsWith("| `market.closingRule` |"))
                .findFirst()
                .orElse("");
        assertTrue(
                closingRule.contains("| `\"LAST_TRADE\"` \\| `\"VWAP_LAST_TRADES\"` \\| `\"VWAP_DAY\"` |"),
                "closingRule's values: " + closingRule);
        assertTrue(page.contains("| `calendar.startYear` | integer, 1900 ≤ x ≤ 2200 | yes |"), "startYear's range");
    }
}
