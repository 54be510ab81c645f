package org.carbonsim.core.montecarlo;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.carbonsim.core.scenario.Scenario;

/**
 * How a study's scenario is obtained: in this process, the scenario itself ({@link #of}); in another
 * process, a serializable description (such as a file, an encoding and edits) that loads the same
 * scenario there. Loading must be deterministic: every process that loads a recipe gets an equal
 * scenario, which is what keeps a study's outputs independent of where its replications ran.
 */
@FunctionalInterface
public interface ScenarioRecipe extends Serializable {
    /**
     * The scenario.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if it cannot be loaded
     */
    Scenario scenario();

    /** The recipe of a scenario already in memory. It is not meant to be shipped to another process. */
    static ScenarioRecipe of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return new InMemory(scenario);
    }

    /** The recipes of scenarios already in memory, in their order. */
    static List<ScenarioRecipe> allOf(List<Scenario> scenarios) {
        return scenarios.stream().map(ScenarioRecipe::of).toList();
    }

    /** A scenario held in memory; serializing it fails, naming why. */
    final class InMemory implements ScenarioRecipe {
        private static final long serialVersionUID = 1L;
        private final transient Scenario scenario;

        private InMemory(Scenario scenario) {
            this.scenario = scenario;
        }

        @Override
        public Scenario scenario() {
            return scenario;
        }

        private void writeObject(java.io.ObjectOutputStream out) throws java.io.NotSerializableException {
            throw new java.io.NotSerializableException(
                    "an in-memory scenario cannot be shipped to another process; describe it by file instead");
        }
    }
}
