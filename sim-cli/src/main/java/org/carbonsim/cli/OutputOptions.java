package org.carbonsim.cli;

import picocli.CommandLine.Option;

/** The options of every command that writes an output folder: {@code --quiet} and {@code --force}. */
final class OutputOptions {
    @Option(names = "--quiet", description = "Print nothing on success but warnings, on stderr.")
    boolean quiet;

    @Option(
            names = "--force",
            description = "Replace the output folder even if it is not a carbonsim output or holds a run of"
                    + " another scenario, seed or length; never the working folder, a folder above it or a"
                    + " folder holding the command's input files.")
    boolean force;
}
