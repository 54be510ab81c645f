package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.core.scenario.EditDistance;
import org.junit.jupiter.api.Test;

class ScenariosCommandTest extends CommandLineTest {
    @Test
    void theIndexListsExactlyTheScenarioFilesOfTheScenariosFolder() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("..", "scenarios"))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(ValidateCommand.SCHEMA_SUFFIX))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        }
        assertEquals(
                files,
                BundledScenarios.names().stream().sorted().toList(),
                "scenarios/index.txt must name every bundled scenario once");
    }

    @Test
    void listsEveryBundledScenarioWithItsYearsAndOneLineAboutIt() {
        assertEquals(0, run("scenarios"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).matches("name +years +about"), lines.get(0));
        assertEquals(BundledScenarios.names().size() + 1, lines.size(), out.toString());
        assertTrue(
                lines.contains("classroom-two-firms            2024       Two firms with linear marginal abatement"
                        + " costs and a cap below business as..."),
                out.toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("hubei-pilot ") && l.contains(" 2014-2024  Hubei pilot")),
                out.toString());
        for (String line : lines) {
            assertTrue(line.length() <= 30 + 2 + 9 + 2 + ScenariosCommand.SUMMARY_CHARS, line);
        }
        assertFalse(out.toString().contains("\u001B"), "plain text when stdout is not a terminal");
        assertEquals("", err.toString());
    }

    @Test
    void jsonGivesNamesYearsAndWholeDescriptions() {
        assertEquals(0, run("scenarios", "--json"), err.toString());
        JsonArray array =
                JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("scenarios");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            names.add(array.get(i).getAsJsonObject().get("name").getAsString());
        }
        assertEquals(BundledScenarios.names(), names);
        JsonObject hubei = array.get(names.indexOf("hubei-pilot")).getAsJsonObject();
        assertEquals(2014, hubei.get("startYear").getAsInt());
        assertEquals(2024, hubei.get("endYear").getAsInt());
        assertTrue(hubei.get("description").getAsString().length()
                > hubei.get("summary").getAsString().length());
        assertTrue(hubei.get("description")
                .getAsString()
                .startsWith(hubei.get("summary").getAsString()));
    }

    @Test
    void anUnknownNameListsTheBundledNamesClosestFirst() {
        assertEquals(2, run("run", "hubei", "--quiet"));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: hubei: no such file, and no bundled scenario of that name;"
                                + " bundled scenarios: hubei-pilot, hubei-carbon-finance, hubei-pilot-uncertain,"
                                + " hubei-expansion-2025-2027, "),
                err.toString());
        assertEquals(1, err.toString().lines().count(), "one line, no stack trace: " + err);
    }

    @Test
    void closestFirstPrefersContainingNamesThenFewestEdits() {
        assertEquals(
                "classroom-two-firms",
                BundledScenarios.closestFirst("clasroom-two-firms").get(0));
        assertEquals(
                "classroom-ten-firms",
                BundledScenarios.closestFirst("classroom-ten-firm.json").get(0));
        assertEquals("eu-msr", BundledScenarios.closestFirst("EU-MSR").get(0));
        assertEquals(
                BundledScenarios.names().size(),
                BundledScenarios.closestFirst("x").size());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("abc", "abc"));
        assertEquals(3, EditDistance.between("", "abc"));
        assertEquals(1, EditDistance.between("abc", "abd"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(0, EditDistance.between("Hubei-Pilot", "hubei-pilot"), "case is ignored");
    }

    @Test
    void firstSentenceEndsAtAFullStopBeforeACapitalAndJoinsLines() {
        assertEquals(
                "Two firms, 2024: a test.", BundledScenarios.firstSentence("Two firms,\n  2024: a test. Then more."));
        assertEquals("No stop at 0.8534 t", BundledScenarios.firstSentence("No stop at 0.8534 t"));
    }

    @Test
    void shortenCutsAtAWordAndEndsInDots() {
        assertEquals("short", ScenariosCommand.shorten("short"));
        String cut = ScenariosCommand.shorten("word ".repeat(40));
        assertTrue(cut.endsWith("word..."), cut);
        assertTrue(cut.length() <= ScenariosCommand.SUMMARY_CHARS, cut);
    }
}
