package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.montecarlo.ScenarioRecipe;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recipe loads its scenario again in another process, such as a Spark executor, whose working folder
 * is one of its own: a register set on a bundled scenario by a relative path ({@code --set
 * enterpriseRegister=firms.csv}) is read from the folder of the command that named it, not from the
 * executor's (where it was not found, and every task failed).
 */
class ScenarioFileRecipeTest {
    @TempDir
    Path dir;

    @Test
    void aBundledScenariosRegisterIsReadFromTheFolderTheRecipeWasMadeIn() throws Exception {
        Assumptions.assumeFalse(Files.exists(Path.of("firms.csv")), "no firms.csv in this process's folder");
        Files.writeString(
                dir.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity,output2023,emissions2023\n"
                        + "C9,C9,industry,1000,0.9,1000,900\n");
        List<ScenarioEdit> edits = List.of(new ScenarioEdit("enterpriseRegister", "firms.csv"));
        Scenario here = ScenarioFiles.load("classroom-two-firms", edits, StandardCharsets.UTF_8, dir);
        ScenarioRecipe recipe =
                ScenarioFileRecipe.of("classroom-two-firms", StandardCharsets.UTF_8, edits, null, dir, here);

        Scenario there = shipped(recipe).scenario();

        assertEquals(ids(here), ids(there), "the register's enterprises beside the scenario's own");
        assertEquals(List.of("A", "B", "C9"), ids(there));
    }

    private static List<String> ids(Scenario scenario) {
        return scenario.enterprises().stream().map(Enterprise::id).sorted().toList();
    }

    /** {@code recipe} as another process receives it: serialized, without the scenario it holds. */
    private static ScenarioRecipe shipped(ScenarioRecipe recipe) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(recipe);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ScenarioRecipe) in.readObject();
        }
    }
}
