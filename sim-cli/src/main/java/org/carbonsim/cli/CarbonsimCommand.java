package org.carbonsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.carbonsim.cli.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command {@code carbonsim}: global options and the list of subcommands. */
@Command(
        name = "carbonsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Simulate carbon markets and emissions-allowance systems.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim scenarios",
            "      list the bundled scenarios, which every command accepts by name",
            "  carbonsim run scenarios/hubei-pilot.json",
            "      simulate the Hubei pilot day by day; files go to out/hubei-pilot/",
            "  carbonsim run classroom-two-firms --seed 7 --out runs/two-firms",
            "      run a bundled scenario by name with another seed",
            "  carbonsim allocate hubei-pilot --year 2017 --out allocation-2017.csv",
            "      the trial allocation table a climate office drafts, without trading",
            "  carbonsim validate scenarios/*.json",
            "      check scenario files and report every problem with its JSON path",
            "  carbonsim sweep classroom-ten-firms --set market.limitPct=5,10 --runs 100",
            "      the same 100 seeded replications with a 5%% and a 10%% price band",
            "  carbonsim compare hubei-pilot drafts/lower-threshold.json --years 1 --runs 200",
            "      a draft rule against the pilot, with paired differences and 95%% CIs",
            "  carbonsim calibrate hubei-pilot --targets scenarios/hubei-pilot-targets.csv --param market.initialPrice=15:40",
            "      fit a parameter to observed moments (method of simulated moments)",
            "  carbonsim replay scenarios/replay/classroom-orders.csv",
            "      replay an order log through the order book and list the trades",
            "  carbonsim montecarlo classroom-ten-firms --runs 200",
            "      200 seeded replications with 95%% confidence intervals",
            "  carbonsim chart out/hubei-pilot --format png",
            "      redraw the charts and report.html of an output folder from its files",
            "  carbonsim help run",
            "      the options and examples of one command",
            "  carbonsim completion bash",
            "      a completion script; 'source <(carbonsim completion bash)' loads it (zsh too)",
        })
public final class CarbonsimCommand implements Runnable {
    @Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The resource bundle of the help text: English in the annotations, the translations in properties. */
    static final String HELP_BUNDLE = "org.carbonsim.cli.HelpMessages";

    /** Builds the command line with the exit-code and error-reporting conventions of carbonsim. */
    public static CommandLine newCommandLine() {
        return newCommandLine(Lang.fromDefaultLocale());
    }

    /**
     * The subcommands, in the order of the help's command list. They are not in the annotation: a
     * command run by name needs only its own model, and picocli building the models of all of them by
     * reflection took about 40% of a short run's start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand.class);
        commands.put("run", RunCommand.class);
        commands.put("replay", ReplayCommand.class);
        commands.put("allocate", AllocateCommand.class);
        commands.put("montecarlo", MonteCarloCommand.class);
        commands.put("sweep", SweepCommand.class);
        commands.put("compare", CompareCommand.class);
        commands.put("calibrate", CalibrateCommand.class);
        commands.put("sensitivity", SensitivityCommand.class);
        commands.put("scenarios", ScenariosCommand.class);
        commands.put("chart", ChartCommand.class);
        commands.put("classroom", ClassroomCommand.class);
        commands.put("play", PlayCommand.class);
        commands.put("completion", CompletionCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** Builds the command line with its help text in {@code lang}, with every subcommand. */
    static CommandLine newCommandLine(Lang lang) {
        return newCommandLine(lang, SUBCOMMANDS.keySet());
    }

    /**
     * Builds the command line with its help text in {@code lang} and only the subcommands {@code names}:
     * what a command line that starts with a command's name parses and prints depends on that command
     * alone, whereas help, completion and an unknown command need them all.
     */
    static CommandLine newCommandLine(Lang lang, Collection<String> names) {
        CommandLine commandLine = new CommandLine(new CarbonsimCommand());
        for (String name : names) {
            commandLine.addSubcommand(name, SUBCOMMANDS.get(name));
        }
        // no fallback to the default locale's bundle: English must stay English on a Chinese desktop
        commandLine.setResourceBundle(ResourceBundle.getBundle(
                HELP_BUNDLE,
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        CommandLine help = commandLine.getSubcommands().get("help");
        if (help != null) {
            help.getCommandSpec()
                    .usageMessage()
                    .footerHeading("%nExamples:%n")
                    .footer(
                            "  carbonsim help run",
                            "      the options and examples of carbonsim run",
                            "  carbonsim help",
                            "      every command");
        }
        commandLine.setHelpFactory(SpaceWrappedHelp::new);
        ExamplesSection.install(commandLine);
        commandLine.registerConverter(Path.class, new PathOption());
        commandLine.setExecutionStrategy(CarbonsimCommand::refuseUnmatchedThenRun);
        commandLine.setExecutionExceptionHandler(CarbonsimCommand::handleException);
        commandLine.setParameterExceptionHandler(CarbonsimCommand::handleParameterException);
        return commandLine;
    }

    /** Runs the command line with {@code args} and returns the exit code. */
    public static int execute(String... args) {
        return execute(commandLine -> {}, args);
    }

    /**
     * Runs the command line with {@code args}, once {@code host} has adapted it (a launcher such as
     * carbonsim's Spark launcher leaves out of its commands' help an option it does not take), and
     * returns the exit code.
     */
    public static int execute(Consumer<CommandLine> host, String... args) {
        Lang lang = LangOption.forHelp(args);
        CommandLine commandLine = newCommandLine(lang, commandsFor(args));
        host.accept(commandLine);
        return commandLine.execute(args);
    }

    /**
     * The subcommands a parse of {@code args} can reach: none for the root's version alone, which
     * prints the build and the Java without looking at any command; only the one named first, when it
     * is one that has no subcommands of its own to list (help and completion list them all); else all
     * of them.
     */
    static Collection<String> commandsFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0
                && SUBCOMMANDS.containsKey(args[0])
                && !args[0].equals("help")
                && !args[0].equals("completion")) {
            return List.of(args[0]);
        }
        return SUBCOMMANDS.keySet();
    }

    /**
     * Picocli ignores unmatched arguments when help is asked for, so {@code carbonsim calbrate --help}
     * printed the root help and exited 0; an unknown command is an error whatever follows it.
     */
    private static int refuseUnmatchedThenRun(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        if (unknownCommand(last.unmatched())) {
            throw new CommandLine.UnmatchedArgumentException(last.commandSpec().commandLine(), last.unmatched());
        }
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            refuseOtherDigits(r);
        }
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            PrintWriter err = parseResult.commandSpec().commandLine().getErr();
            int code = reportOutOfMemory(err);
            if (debugAsked(parseResult)) {
                e.printStackTrace(err);
                err.flush();
            }
            return code;
        }
    }

    /**
     * Refuses a number given to a numeric option or parameter with digits other than ASCII 0-9: Java
     * reads full-width and other Unicode digits as 0-9, so {@code --seed １２} ran with seed 12 while the
     * command line recorded in run.json says otherwise to anything that reads only ASCII digits.
     */
    private static void refuseOtherDigits(CommandLine.ParseResult parseResult) {
        List<CommandLine.Model.ArgSpec> matched = new ArrayList<>(parseResult.matchedOptions());
        matched.addAll(parseResult.matchedPositionals());
        for (CommandLine.Model.ArgSpec arg : matched) {
            Class<?> type = arg.typeInfo().isMultiValue() ? arg.auxiliaryTypes()[0] : arg.type();
            if (!isNumber(type)) {
                continue;
            }
            for (String value : arg.originalStringValues()) {
                if (AsciiDigits.hasOtherDigits(value)) {
                    String name = arg.isOption()
                            ? "option '" + ((CommandLine.Model.OptionSpec) arg).longestName() + "'"
                            : "positional parameter " + arg.paramLabel();
                    throw new CommandLine.ParameterException(
                            parseResult.commandSpec().commandLine(),
                            "Invalid value for " + name + ": " + AsciiDigits.refusal("'" + value + "'"));
                }
            }
        }
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type)
                || type == int.class
                || type == long.class
                || type == double.class
                || type == float.class
                || type == short.class
                || type == byte.class;
    }

    /**
     * Whether the first word left over names a command: a word that is not an option, and not the
     * value of {@code --lang}, which help accepts anywhere (see {@link LangOption#forHelp}).
     */
    private static boolean unknownCommand(List<String> unmatched) {
        for (int i = 0; i < unmatched.size(); i++) {
            String arg = unmatched.get(i);
            if (arg.equals("--lang")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line for a run that filled the heap, exit 2: what fixes it is in the user's hands (a larger
     * -Xmx, a smaller scenario, fewer threads), as for a scenario the memory estimate refuses; the
     * stack trace would only show where the last allocation happened to fail, so it follows only with
     * {@code --debug}.
     */
    private static int reportOutOfMemory(PrintWriter err) {
        err.println("carbonsim: out of memory: the Java heap (at most "
                + MemoryBudget.size(Runtime.getRuntime().maxMemory()) + ") is full. Give Java more with -Xmx"
                + " (for the launcher, which needs its -Xss4m kept: CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx8g\"), or simulate fewer enterprises, years,"
                + " traders or threads");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** Whether {@code --debug} was given to the command or to one of its subcommands. */
    private static boolean debugAsked(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("carbonsim: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handleException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parseResult.hasMatchedOption("--debug")
                || (parseResult.commandSpec().root().userObject() instanceof CarbonsimCommand root && root.debug);
        if (e instanceof UserInputException) {
            err.println("carbonsim: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (causedByOutOfMemory(e) && !debug) {
            return reportOutOfMemory(err);
        }
        err.println("carbonsim: unexpected failure: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --debug for the stack trace.");
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}
