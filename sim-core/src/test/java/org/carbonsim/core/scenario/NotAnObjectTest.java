package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An array item that should be an object and is not (a number, a string) is one problem at its
 * path: the fields the loader then cannot read are not reported again as missing or out of order.
 * What refers to the item elsewhere (an enterprise in a sector that is not there) is still reported,
 * at its own path.
 */
class NotAnObjectTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sectors.0|1|$.sectors[0]|a sector",
                "sectors.1.allocationChanges|[1]|$.sectors[1].allocationChanges[0]|a method period",
                "enterprises.0|1|$.enterprises[0]|an enterprise",
                "enterprises.1.history.1|1|$.enterprises[1].history[1]|a history year",
                "enterprises.1.abatement.steps.0|1|$.enterprises[1].abatement.steps[0]|a technology step",
                "coverage.thresholds.0|1|$.coverage.thresholds[0]|a threshold",
                "agents.traders.0|1|$.agents.traders[0]|a trader group",
                "compliance.offsets.0|1|$.compliance.offsets[0]|an offset program",
                "uncertainty.parameters.0|1|$.uncertainty.parameters[0]|an uncertain input",
                "allocation.shareChanges|[1]|$.allocation.shareChanges[0]|allocation shares",
                "market.changes|[1]|$.market.changes[0]|exchange rules",
                "expectedDepartures|[1]|$.expectedDepartures[0]|an expected departure",
            })
    void anItemThatIsNotAnObjectIsOneProblem(String path, String json, String where, String what) {
        String text = TestScenarios.edit(path, json);
        ScenarioException e =
                assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "base.json", Path.of(".")));
        assertEquals(
                List.of(where + ": expected an object (" + what + "), got 1"),
                e.problems().stream()
                        .map(Problem::toString)
                        .filter(p -> p.startsWith(where + ":") || p.startsWith(where + "."))
                        .toList());
    }
}
