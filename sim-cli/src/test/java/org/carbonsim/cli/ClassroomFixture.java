package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Room;

/** A room on a bundled scenario whose session is saved into a folder as {@code carbonsim classroom} saves it. */
final class ClassroomFixture {
    private ClassroomFixture() {}

    /**
     * A class room on bundled {@code scenarioName} with its seed, {@code seats} seats and days of {@code
     * daySeconds}, saving into {@code folder} (with charts and the report when {@code charts}).
     */
    static Room room(String scenarioName, int seats, double daySeconds, Path folder, boolean charts, PrintWriter err)
            throws java.io.IOException {
        Scenario scenario = ScenarioFiles.load(scenarioName);
        Provenance provenance = provenance(scenarioName, scenario);
        return new Room(scenario, scenario.seed(), Room.Mode.CLASS, seats, daySeconds, (result, players) -> {
            ClassroomSession.write(
                    result,
                    players,
                    scenario,
                    OutputFolder.check(folder),
                    provenance,
                    scenario.seed(),
                    Lang.EN,
                    err,
                    charts);
            return folder;
        });
    }

    /**
     * A class room on bundled {@code scenarioName} with its seed, {@code seats} seats and days of 600
     * seconds, kept in the {@code checked} folder as {@code carbonsim classroom} keeps it ({@link
     * ClassroomArchive}, reporting on {@code err}), its engine telling {@code progress} of each day.
     */
    static Room archivedRoom(
            String scenarioName,
            int seats,
            OutputFolder.Checked checked,
            PrintWriter err,
            boolean debug,
            Progress progress)
            throws java.io.IOException {
        Scenario scenario = ScenarioFiles.load(scenarioName);
        return new Room(
                scenario,
                scenario.seed(),
                Room.Mode.CLASS,
                seats,
                600,
                new ClassroomArchive(
                        scenario,
                        checked,
                        provenance(scenarioName, scenario),
                        scenario.seed(),
                        Lang.EN,
                        err,
                        true,
                        debug),
                progress);
    }

    /**
     * The {@code stopped.json} of {@code folder} once it holds the checkpoint of {@code days} days closed
     * (written on a thread of its own, whole: between the swap's two renames it is missing for a moment),
     * or fails after about a minute.
     */
    static JsonObject awaitCheckpoint(Path folder, int days) throws Exception {
        Path stopped = folder.resolve("stopped.json");
        JsonObject json = null;
        for (int i = 0; i < 600; i++) {
            try {
                json = JsonParser.parseString(Files.readString(stopped)).getAsJsonObject();
                if (json.get("daysClosed").getAsInt() >= days) {
                    break;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // not written yet, or the folder is being swapped for the next checkpoint
            }
            Thread.sleep(100);
        }
        assertNotNull(json, "no checkpoint in " + folder);
        assertEquals(days, json.get("daysClosed").getAsInt(), json.toString());
        return json;
    }

    /** The provenance {@code carbonsim classroom} records for bundled {@code scenarioName}. */
    static Provenance provenance(String scenarioName, Scenario scenario) throws java.io.IOException {
        Provenance provenance = Provenance.start(CarbonsimCommand.newCommandLine()
                .getSubcommands()
                .get("classroom")
                .getCommandSpec());
        provenance.scenario(scenarioName, scenario.calendar().years());
        return provenance;
    }
}
