package org.carbonsim.core.agents;

import java.util.Objects;
import org.carbonsim.core.model.TechnologyStep;

/**
 * A technology step an enterprise has decided on that is not yet in effect. Immutable.
 *
 * @param step the technology
 * @param decidedYear year of the decision
 * @param effectiveYear first year it abates: decidedYear + the step's lead time
 */
public record PendingStep(TechnologyStep step, int decidedYear, int effectiveYear) {
    public PendingStep {
        Objects.requireNonNull(step, "step");
        if (effectiveYear < decidedYear) {
            throw new IllegalArgumentException("effectiveYear must be >= decidedYear");
        }
    }
}
