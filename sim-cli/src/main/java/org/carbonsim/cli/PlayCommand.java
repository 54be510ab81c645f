package org.carbonsim.cli;

import java.util.concurrent.Callable;
import org.carbonsim.web.Room;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim play SCENARIO}: one student plays one enterprise against the agents at their own
 * pace, in the browser on this machine: each trading day ends when they press "next day".
 */
@Command(
        name = "play",
        mixinStandardHelpOptions = true,
        description = {
            "Play one enterprise of SCENARIO against the agents in your browser, at your own pace: each trading"
                    + " day ends when you press \"next day\".",
            "The session is saved like a run (summary.json, trades.csv with your player id, charts, report.html);"
                    + " stopped before its last day (Ctrl-C) or by an error, the days so far are saved, marked in"
                    + " stopped.json; they are saved so after each day's close too, against kill -9 or a power cut."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim play classroom-two-firms",
            "      play firm A or B of the two-firm textbook case; open the printed join address",
            "  carbonsim play classroom-ten-firms --port 0 --out out/my-session",
            "      any free port, saved into out/my-session/"
        })
final class PlayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @CommandLine.Mixin
    SessionOptions session = new SessionOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioFiles.requireRereadable(scenarioFile);
        return ClassroomCommand.open(
                spec,
                scenarioFile,
                ScenarioFiles.load(scenarioFile),
                Room.Mode.PLAY,
                1,
                ClassroomCommand.DEFAULT_DAY_SECONDS,
                session,
                "127.0.0.1");
    }
}
