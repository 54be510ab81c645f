package org.carbonsim.cli;

/** Entry point of the runnable jar: runs the root command and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // charts are drawn off screen: never look for a display
        System.setProperty("java.awt.headless", "true");
        System.exit(CarbonsimCommand.execute(args));
    }
}
