package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
}
