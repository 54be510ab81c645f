package org.carbonsim.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.carbonsim.cli.CarbonsimCommand;
import org.carbonsim.cli.StudyExecution;
import picocli.CommandLine;

/**
 * Entry point of {@code carbonsim-spark} and of {@code spark-submit}: the carbonsim command line with
 * the replications of {@code montecarlo}, {@code sweep}, {@code compare} and {@code sensitivity} run as
 * Spark tasks. The options (but {@code --threads}: see {@link ThreadsOnSpark}), messages, exit codes and
 * files are those of {@code carbonsim}. The master
 * is Spark's {@code spark.master} (set by {@code spark-submit --master}, or {@code
 * -Dspark.master=...}), and {@code local[*]} when none is set. Spark starts only when a study runs, so {@code --help} and
 * refused input never wait for it; help says first which commands run on Spark.
 */
public final class SparkMain {
    /**
     * The system property that makes Spark's log print the stack traces of the exceptions it logs (see
     * log4j2.properties): set by {@code --debug}.
     */
    static final String STACK_TRACES_PROPERTY = "carbonsim.spark.stackTraces";

    /**
     * The system property with the part of a message Spark logs that the log leaves out (see
     * log4j2.properties): by default all after its first line, such as the stack trace that a lost task's
     * warning carries in its text; {@code --debug} sets it to {@link #NOTHING}.
     */
    static final String MESSAGE_TAIL_PROPERTY = "carbonsim.spark.messageTail";

    /** A regular expression that matches nothing. */
    static final String NOTHING = "(?!)";

    /** The commands whose replications run on Spark. */
    static final Set<String> STUDIES = Set.of("montecarlo", "sweep", "compare", "sensitivity");

    /** What {@code carbonsim-spark --help} (or {@code help}, or no arguments) says before carbonsim's help. */
    static final String ABOUT = "carbonsim-spark runs montecarlo, sweep, compare and sensitivity with their"
            + " replications as Spark tasks,\non local[*] unless the launcher's first option --master URL or"
            + " spark-submit names another master,\nwhich decides how many tasks run at once in place of carbonsim's thread count."
            + " Options, messages and files are carbonsim's.";

    private SparkMain() {}

    public static void main(String[] args) {
        // charts are drawn off screen: never look for a display
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(System.err, args));
    }

    /** What {@code carbonsim-spark} says when Spark is not on the class path. */
    static final String NO_SPARK = "carbonsim-spark: Spark is not on the class path: run the jar with the"
            + " carbonsim-spark launcher, which supplies Spark for local use, or with spark-submit, which supplies"
            + " the cluster's";

    /** Runs the command line with {@code args} on Spark and returns the exit code. */
    static int execute(PrintStream err, String... args) {
        return execute(err, SparkMain.class.getClassLoader(), args);
    }

    /**
     * Runs the command line with {@code args} on the Spark that {@code loader} finds and returns the
     * exit code; a study when it finds none is refused before anything is read or written.
     */
    static int execute(PrintStream err, ClassLoader loader, String... args) {
        String command = firstCommand(args);
        String master = System.getProperty("spark.master");
        if (master != null && notAUrl(master)) {
            String example = isCommand(master) ? master : command == null ? "montecarlo" : command;
            err.println(String.format(NO_MASTER_URL, example, master));
            return 2;
        }
        if (command == null || command.equals("help")) {
            if (args.length == 0
                    || command != null
                    || List.of(args).contains("-h")
                    || List.of(args).contains("--help")) {
                System.out.println(ABOUT);
            }
            return CarbonsimCommand.execute(SparkMain::adapt, args);
        }
        if (masterAfterTheCommand(args)) {
            err.println("carbonsim-spark: --master goes first, before the command: carbonsim-spark --master URL "
                    + command + " ... (with spark-submit, give --master to spark-submit)");
            return 2;
        }
        if (!STUDIES.contains(command)) {
            err.println("carbonsim-spark: runs montecarlo, sweep, compare and sensitivity on Spark; \"" + command
                    + "\" is not one of them (run it with carbonsim)");
            return 2;
        }
        if (ThreadsOnSpark.given(args)) {
            err.println(String.format(ThreadsOnSpark.REFUSED, command));
            return 2;
        }
        if (!sparkOn(loader)) {
            err.println(NO_SPARK);
            return 2;
        }
        JarLogSettings.applyUnlessConfigured();
        boolean debug = List.of(args).contains("--debug");
        if (debug) {
            System.setProperty(STACK_TRACES_PROPERTY, "true");
            System.setProperty(MESSAGE_TAIL_PROPERTY, NOTHING);
        }
        SparkContextSource context = new SparkContextSource();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        OutOfMemoryWatch watch = new OutOfMemoryWatch(previous, System.err, debug);
        Thread.setDefaultUncaughtExceptionHandler(watch);
        StudyExecution.install(
                new SparkReplicator(context, watch),
                SparkContextSource.workers(
                        SparkContextSource.master(), Runtime.getRuntime().availableProcessors()));
        try {
            return CarbonsimCommand.execute(SparkMain::adapt, args);
        } finally {
            StudyExecution.uninstall();
            context.stop();
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /** The command's name in its help and in the line after a refusal ("Try 'carbonsim-spark montecarlo --help'"). */
    static final String NAME = "carbonsim-spark";

    /**
     * carbonsim's command line as this command takes it: named {@value #NAME}, so that help and the
     * line after a refused option name the command the user ran, and without {@code --threads} ({@link
     * ThreadsOnSpark}).
     */
    private static void adapt(CommandLine commandLine) {
        commandLine.setCommandName(NAME);
        ThreadsOnSpark.hide(commandLine);
    }

    /**
     * Whether {@code --master} is among carbonsim's arguments: the launcher takes it only as its first
     * option, so carbonsim would call it unknown without saying where it goes.
     */
    private static boolean masterAfterTheCommand(String[] args) {
        for (String a : args) {
            if (a.equals("--master") || a.startsWith("--master=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code loader} finds Spark. The shaded jar leaves Spark out ({@code provided}): the
     * launcher or {@code spark-submit} puts it on the class path, {@code java -jar} alone does not.
     */
    static boolean sparkOn(ClassLoader loader) {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The first argument that names one of carbonsim's commands, or null. */
    private static String firstCommand(String[] args) {
        for (String a : args) {
            if (isCommand(a)) {
                return a;
            }
        }
        return null;
    }

    private static boolean isCommand(String word) {
        return CarbonsimCommand.newCommandLine().getSubcommands().containsKey(word);
    }

    /**
     * What {@code carbonsim-spark} says when the launcher's {@code --master} was given no URL and took the
     * command or an option for one: {@code carbonsim-spark --master montecarlo classroom-two-firms ...}
     * would otherwise run carbonsim without its command.
     */
    static final String NO_MASTER_URL = "carbonsim-spark: --master needs a URL before the command, such as"
            + " carbonsim-spark --master 'local[2]' %s ...; \"%s\" is not a master URL";

    /** Whether {@code master} is a command or an option of carbonsim's, which no master URL is. */
    private static boolean notAUrl(String master) {
        return master.startsWith("-") || isCommand(master);
    }
}
