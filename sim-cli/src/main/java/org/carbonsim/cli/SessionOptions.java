package org.carbonsim.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code classroom} and {@code play} share: where to listen, the seed and the output folder. */
final class SessionOptions {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 7070; 0: any free port).")
    int port = 7070;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the session (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder (default: out/<scenario name>-classroom/); one that holds an earlier"
                    + " session is refused unless --force.")
    Path out;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Mixin
    LangOption lang = new LangOption();
}
