package org.carbonsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.text.Lang;
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
