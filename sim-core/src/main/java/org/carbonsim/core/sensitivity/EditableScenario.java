package org.carbonsim.core.sensitivity;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioSource;

/**
 * The scenario of a sensitivity study as something that loads again with numbers in its text changed:
 * each point of the plan is {@link #load}ed with its factors' values written in as {@link
 * ScenarioEdit}s. In this process it may be the scenario's text itself ({@link #of}); for points run in
 * another process (a Spark executor), a serializable description, such as a file, an encoding and the
 * years kept, that loads the same scenario there. Loading must be deterministic: every process that
 * loads a point gets an equal scenario, which keeps the study's outputs independent of where its
 * replications ran.
 */
@FunctionalInterface
public interface EditableScenario extends Serializable {
    /**
     * The scenario with {@code edits} written into its text, loaded and prepared as the study's
     * scenario is (such as cut to fewer years); with no edits, the study's scenario itself.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if it does not load with the edits
     */
    Scenario load(List<ScenarioEdit> edits);

    /**
     * {@code source} loaded with the edits, then changed by {@code adjust} (such as cutting its years).
     * It is not meant to be shipped to another process.
     */
    static EditableScenario of(ScenarioSource source, UnaryOperator<Scenario> adjust) {
        return new InMemory(source, adjust);
    }

    /** A scenario's text held in memory; serializing it fails, naming why. */
    final class InMemory implements EditableScenario {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient ScenarioSource source;
        private final transient UnaryOperator<Scenario> adjust;

        private InMemory(ScenarioSource source, UnaryOperator<Scenario> adjust) {
            this.source = Objects.requireNonNull(source, "source");
            this.adjust = Objects.requireNonNull(adjust, "adjust");
        }

        @Override
        public Scenario load(List<ScenarioEdit> edits) {
            return adjust.apply(source.load(edits));
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws NotSerializableException {
            throw new NotSerializableException(
                    "a scenario's text in memory cannot be shipped to another process; describe it by file instead");
        }
    }
}
