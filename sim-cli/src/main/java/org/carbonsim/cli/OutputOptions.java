package org.carbonsim.cli;

import picocli.CommandLine.Option;

/** The options of every command that writes an output folder: {@code --quiet} and {@code --force}. */
final class OutputOptions {
    @Option(names = "--quiet", description = "Print nothing on success but warnings, on stderr.")
    boolean quiet;

    @Option(
            names = "--force",
            description = "Replace an output folder that holds a carbonsim run of another scenario, seed or"
                    + " length, and files in it that carbonsim cannot prove it wrote (edited since, or in a folder"
                    + " of an older carbonsim) where the new results write the same names; other files of yours"
                    + " there are kept. A folder that is not a carbonsim output is never replaced, nor the working"
                    + " or home folder, a folder above them or one holding the command's input files.")
    boolean force;
}
