package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.agents.DeadlineQuotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioEditTest {
    private static Scenario edited(ScenarioEdit... edits) {
        return ScenarioLoader.parse(
                TestScenarios.BASE.getBytes(StandardCharsets.UTF_8), "base.json", Path.of("."), List.of(edits));
    }

    private static List<Problem> problems(ScenarioEdit... edits) {
        return assertThrows(ScenarioException.class, () -> edited(edits)).problems();
    }

    @Test
    void editsSetNumbersStringsAndArrayElementsByPath() {
        Scenario s = edited(
                new ScenarioEdit("coverage.thresholds[0].emissionsTonnes", "8000"),
                new ScenarioEdit("$.market.initialPrice", "30.10"),
                new ScenarioEdit("description", "edited"),
                new ScenarioEdit("$.allocation.cap.byYear[\"2025\"]", "900000"));
        assertEquals(8000, s.coverage().thresholds().get(0).emissionsTonnes());
        assertEquals(3010, s.market().initialPriceFen());
        assertEquals("edited", s.description());
    }

    @Test
    void anAbsentKeyOfAnExistingObjectIsAdded() {
        Scenario s = edited(new ScenarioEdit("market.closingTrades", "3"));
        assertEquals(3, s.market().closingTrades());
    }

    @Test
    void pathsAreNormalisedToStartWithTheRoot() {
        assertEquals("$.market.limitPct", new ScenarioEdit("market.limitPct", "5").path());
        assertEquals("$.market.limitPct", new ScenarioEdit("$.market.limitPct", "5").path());
        assertEquals("$[0]", new ScenarioEdit("[0]", "5").path());
    }

    /**
     * Two spellings of one value are one path, so a path given twice is seen as such in either; a text
     * that is not a path is kept for the loader to refuse as typed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "market[\"limitPct\"] | $.market.limitPct",
                "$[\"market\"][\"limitPct\"] | $.market.limitPct",
                "populations[02].growthRate | $.populations[2].growthRate",
                "allocation.cap.byYear[\"2024\"] | $.allocation.cap.byYear[\"2024\"]",
                "market..limitPct | $.market..limitPct"
            })
    void pathsAreNormalisedToOneSpellingOfTheValueTheyName(String typed, String normalised) {
        assertEquals(normalised, ScenarioEdit.normalise(typed), typed);
    }

    @Test
    void anAbsentObjectOnTheWayToAnOptionalSettingIsAdded() {
        // the base scenario's agents block has no "compliance" object
        Scenario s = edited(new ScenarioEdit("agents.compliance.reviewsPerDay", "1"));
        assertEquals(1.0, s.agents().compliance().reviewsPerDay());
    }

    @Test
    void aDesksRepricingToleranceIsReadInBasisPoints() {
        assertEquals(0, edited().agents().compliance().repriceToleranceBasisPoints(), "the default");
        Scenario s = edited(new ScenarioEdit("agents.compliance.repriceToleranceBasisPoints", "50"));
        assertEquals(50, s.agents().compliance().repriceToleranceBasisPoints());
    }

    @Test
    void howADeskQuotesOnTheDeadlineDayIsRead() {
        assertEquals(DeadlineQuotes.TAKE, edited().agents().compliance().deadlineQuotes(), "the default");
        Scenario s = edited(new ScenarioEdit("agents.compliance.deadlineQuotes", "HAGGLE"));
        assertEquals(DeadlineQuotes.HAGGLE, s.agents().compliance().deadlineQuotes());
    }

    @Test
    void aMisspeltKeyIsAddedAndThenReportedByTheLoaderAtItsPath() {
        List<Problem> found = problems(new ScenarioEdit("agnets.compliance.reviewsPerDay", "1"));
        assertEquals(1, found.size(), "" + found);
        assertEquals("$.agnets", found.get(0).location());
        assertTrue(found.get(0).message().contains("did you mean \"agents\"?"), "" + found);
    }

    @Test
    void aPathThatNamesNothingIsAProblemAtThePath() {
        assertEquals(
                List.of(new Problem(
                        "$.sectors[9].id",
                        "names nothing in this file ($.sectors[9] is absent: $.sectors has 2 elements)")),
                problems(new ScenarioEdit("sectors[9].id", "1")));
    }

    /**
     * An object is added on the way to an optional setting, but not on the way to an index: the base
     * scenario has no {@code populations}, which the problem said was "an object, whose keys are
     * written in quotes", having added one itself, sending the user to {@code populations["0"]}.
     */
    @Test
    void anIndexIntoAnAbsentArraySaysTheArrayIsAbsent() {
        assertEquals(
                List.of(new Problem(
                        "$.populations[0].count",
                        "names nothing in this file ($.populations is absent, and arrays are not added: write it"
                                + " into the file)")),
                problems(new ScenarioEdit("populations[0].count", "3")));
        assertEquals(
                List.of(new Problem(
                        "$.agents.compliance[0]",
                        "names nothing in this file ($.agents.compliance is absent, and arrays are not added: write"
                                + " it into the file)")),
                problems(new ScenarioEdit("agents.compliance[0]", "3")));
    }

    /**
     * A shell drops the quotes of {@code --set allocation.cap.byYear["2024"]=...} typed bare: the path
     * that is left indexes an object, and the problem says how its keys are written (it said only
     * "names nothing in this file" of a year the file has).
     */
    @Test
    void aPathThatIndexesAnObjectOrKeysAnArraySaysHowToNameTheValue() {
        assertEquals(
                List.of(new Problem(
                        "$.allocation.cap.byYear[2024]",
                        "names nothing in this file ($.allocation.cap.byYear is an object, whose keys are written in"
                                + " quotes, as $.allocation.cap.byYear[\"2024\"])")),
                problems(new ScenarioEdit("allocation.cap.byYear[2024]", "1")));
        assertEquals(
                List.of(new Problem(
                        "$.sectors.id",
                        "names nothing in this file ($.sectors is an array, whose elements are numbered from 0, as"
                                + " $.sectors[0])")),
                problems(new ScenarioEdit("sectors.id", "x")));
        assertEquals(
                List.of(new Problem(
                        "$.seed[0]", "names nothing in this file ($.seed is a single value, with nothing inside)")),
                problems(new ScenarioEdit("seed[0]", "1")));
    }

    @Test
    void aTextStartingLikeJsonIsTheStringWhereTheFileHasAString() {
        assertEquals(
                "[draft] rule A",
                edited(new ScenarioEdit("description", "[draft] rule A")).description());
        assertEquals("{x}", edited(new ScenarioEdit("description", "{x}")).description());
        assertEquals("[1]", edited(new ScenarioEdit("description", "[1]")).description());
        assertEquals(
                "$.market.initialPrice",
                problems(new ScenarioEdit("market.initialPrice", "[draft]"))
                        .get(0)
                        .location(),
                "a number's place still reads such a text as JSON and reports it");
    }

    @Test
    void aValueOfTheWrongTypeIsAProblemAtThePath() {
        assertEquals(
                List.of(new Problem("$.market.limitPct", "expected a number (the file has 10 here), got \"ten\"")),
                problems(new ScenarioEdit("market.limitPct", "ten")));
        assertEquals(
                List.of(new Problem(
                        "$.market",
                        "names an object; a number, a string or true/false cannot replace it: write an object in"
                                + " JSON, starting with {, to replace it whole")),
                problems(new ScenarioEdit("market", "1")));
    }

    @Test
    void theEditedScenarioIsCheckedByTheLoader() {
        List<Problem> found = problems(new ScenarioEdit("market.limitPct", "-5"));
        assertEquals(1, found.size(), "" + found);
        assertEquals("$.market.limitPct", found.get(0).location());
    }
}
