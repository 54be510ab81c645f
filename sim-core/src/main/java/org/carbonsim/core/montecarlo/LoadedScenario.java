package org.carbonsim.core.montecarlo;

import java.io.Serializable;
import java.util.Objects;
import org.carbonsim.core.scenario.Scenario;

/**
 * A {@link ScenarioRecipe} with its scenario and uncertainty sampler, loaded once in each process that
 * runs replications of it and kept for the next ones. What is shipped is only the recipe.
 */
final class LoadedScenario implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ScenarioRecipe recipe;
    private transient volatile Loaded loaded;

    private record Loaded(Scenario scenario, UncertaintySampler sampler) {}

    LoadedScenario(ScenarioRecipe recipe) {
        this.recipe = Objects.requireNonNull(recipe, "recipe");
    }

    Scenario scenario() {
        return loaded().scenario();
    }

    UncertaintySampler sampler() {
        return loaded().sampler();
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    Scenario scenario = recipe.scenario();
                    l = new Loaded(scenario, new UncertaintySampler(scenario));
                    loaded = l;
                }
            }
        }
        return l;
    }
}
