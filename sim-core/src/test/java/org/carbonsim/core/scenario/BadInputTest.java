package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each small edit of a valid scenario gives exactly one problem with the expected location and message. */
class BadInputTest {
    static Stream<Arguments> cases() {
        return BadInputs.CASES.stream().map(c -> Arguments.of(c.path(), c.json(), c.expected()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void editReportsOneProblem(String path, String json, String expected) {
        String text = TestScenarios.edit(path, json);
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "base.json", Path.of(".")));
        assertEquals(
                List.of(expected), e.problems().stream().map(Problem::toString).toList());
    }

    /**
     * A stability reserve acts only through the primary auctions: without an auction share in any year
     * it took nothing in and released nothing, and the file loaded without a word. With the base's
     * auction share the same reserve loads.
     */
    @Test
    void aStabilityReserveWithoutAuctionsIsRefused() {
        String reserve = "{\"upperThresholdTonnes\": 833, \"lowerThresholdTonnes\": 400, \"releaseTonnes\": 100}";
        String withAuctions = TestScenarios.edit("policy.stabilityReserve", reserve);
        String without = TestScenarios.edit(withAuctions, "allocation.auctionShare", "0");

        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(without, "base.json", Path.of(".")));

        assertEquals(
                List.of("$.policy.stabilityReserve: the stability reserve takes in and releases through the primary"
                        + " auctions, but allocation.auctionShare is 0 in every year: it would do nothing"),
                e.problems().stream().map(Problem::toString).toList());
        assertTrue(ScenarioLoader.parse(withAuctions, "base.json", Path.of("."))
                .policy()
                .stabilityReserve()
                .isPresent());
    }
}
