package org.carbonsim.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunIdentity;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Room;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim classroom SCENARIO}: a local web server on which students play enterprises of the
 * scenario in their browsers while agents play the rest, on the engine of {@code run}. It prints a
 * join address, a room code and the teacher's address; the session is saved as an output folder.
 */
@Command(
        name = "classroom",
        mixinStandardHelpOptions = true,
        description = {
            "Open a classroom: students join from their browsers, each plays one enterprise of SCENARIO, agents"
                    + " play the rest; the teacher starts, pauses and advances the days.",
            "The session is saved like a run (summary.json, trades.csv with the players' ids, charts, report.html);"
                    + " stopped before its last day (Ctrl-C) or by an error, the days so far are saved, marked in"
                    + " stopped.json; they are saved so after each day's close too, against kill -9 or a power cut."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim classroom classroom-two-firms --players 2",
            "      two students play firms A and B; open the printed teacher address to start",
            "  carbonsim classroom classroom-ten-firms --port 8080 --players 10 --day-seconds 30",
            "      ten students, a trading day every 30 seconds at speed 1"
        })
final class ClassroomCommand implements Callable<Integer> {
    /** Seconds a trading day lasts at speed 1 unless {@code --day-seconds} says otherwise; {@code play}'s too. */
    static final BigDecimal DEFAULT_DAY_SECONDS = BigDecimal.valueOf(20);

    /** Longest trading day accepted, an hour: a class's session ends within the lesson. */
    private static final BigDecimal MAX_DAY_SECONDS = BigDecimal.valueOf(3600);

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or bundled scenario name.")
    String scenarioFile;

    @Option(
            names = "--players",
            paramLabel = "K",
            description =
                    "Seats for students, each playing one enterprise (default: one per enterprise the scheme covers);"
                            + " 1 plays alone, a day per \"next day\".")
    Integer players;

    @Option(
            names = "--day-seconds",
            paramLabel = "S",
            converter = DecimalOption.class,
            description = "Seconds a trading day lasts at speed 1 (default 20).")
    BigDecimal daySeconds = DEFAULT_DAY_SECONDS;

    @CommandLine.Mixin
    SessionOptions session = new SessionOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioFiles.requireRereadable(scenarioFile);
        Scenario scenario = ScenarioFiles.load(scenarioFile);
        int seats = players != null ? players : Room.playable(scenario).size();
        Room.Mode mode = seats == 1 ? Room.Mode.PLAY : Room.Mode.CLASS;
        return open(spec, scenarioFile, scenario, mode, seats, daySeconds, session, "0.0.0.0");
    }

    /**
     * Refuses, unless {@code force}, a folder holding an earlier session: its players' orders cannot be
     * run again, so a second class with the same command would replace the first class's results.
     */
    private static void refuseToReplaceSession(Path dir, boolean force) throws IOException {
        String previous = force ? null : RunIdentity.recordedCommand(dir);
        if ("classroom".equals(previous) || "play".equals(previous)) {
            throw new UserInputException(dir + ": holds an earlier " + previous
                    + " session, whose players' orders cannot be run again; use --force to replace it, or choose"
                    + " another --out");
        }
    }

    /** Checks the options, opens the room and serves it (shared with {@code play}). */
    static int open(
            CommandLine.Model.CommandSpec spec,
            String scenarioFile,
            Scenario scenario,
            Room.Mode mode,
            int seats,
            BigDecimal daySeconds,
            SessionOptions options,
            String host)
            throws Exception {
        if (scenario.enterprises().isEmpty()) {
            throw new UserInputException(scenario.name()
                    + " has no enterprises for a student to play (its traders are all agents); run it with"
                    + " carbonsim run");
        }
        int playable = Room.playable(scenario).size();
        if (playable == 0) {
            throw new UserInputException(scenario.name()
                    + " covers none of its enterprises in any year, so a student's firm would have nothing to"
                    + " trade; run it with carbonsim run");
        }
        if (seats < 1 || seats > playable) {
            throw new UserInputException("--players " + seats + ": must be 1 to " + playable + " (one per enterprise "
                    + scenario.name() + " covers)");
        }
        if (daySeconds.signum() <= 0 || daySeconds.compareTo(MAX_DAY_SECONDS) > 0) {
            throw new UserInputException(
                    "--day-seconds " + daySeconds.toPlainString() + ": must be above 0 and at most 3600");
        }
        int port = options.port;
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port " + port + ": must be 0 to 65535");
        }
        Provenance provenance = Provenance.start(spec);
        boolean debug = spec.root().userObject() instanceof CarbonsimCommand root && root.debug;
        Path dir = options.out != null ? options.out : Path.of("out", scenario.name() + "-classroom");
        try (OutputFolder.Checked checked =
                OutputFolder.check(dir, ScenarioFiles.inputs(scenarioFile), options.output.force)) {
            provenance.scenario(scenarioFile, scenario.calendar().years());
            long sessionSeed = options.seed != null ? options.seed : scenario.seed();
            refuseToReplaceSession(dir, options.output.force);
            RunIdentity.refuseIfDifferent(dir, provenance.plan(sessionSeed, null), options.output.force);
            Room room = new Room(
                    scenario,
                    sessionSeed,
                    mode,
                    seats,
                    daySeconds.doubleValue(),
                    new ClassroomArchive(
                            scenario,
                            checked,
                            provenance,
                            sessionSeed,
                            options.lang.get(),
                            spec.commandLine().getErr(),
                            options.output.quiet,
                            debug));
            return ClassroomSession.serve(
                    room,
                    checked,
                    host,
                    port,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    options.output.quiet,
                    debug);
        }
    }
}
