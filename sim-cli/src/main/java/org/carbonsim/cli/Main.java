package org.carbonsim.cli;

/** Entry point of the runnable jar: runs the root command and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CarbonsimCommand.execute(args));
    }
}
