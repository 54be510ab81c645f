package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: help, examples, version, and the exit codes and messages every command shares. */
class CarbonsimCommandTest extends CommandLineTest {
    private static final String EXAMPLE_PREFIX = "  carbonsim ";

    @TempDir
    Path dir;

    /** Every command, the root first, by qualified name. */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>(List.of("carbonsim"));
        CarbonsimCommand.newCommandLine().getSubcommands().keySet().stream()
                .map(name -> "carbonsim " + name)
                .forEach(names::add);
        return names.stream();
    }

    private static CommandLine command(String qualifiedName) {
        CommandLine root = CarbonsimCommand.newCommandLine();
        return qualifiedName.equals("carbonsim")
                ? root
                : root.getSubcommands().get(qualifiedName.substring("carbonsim ".length()));
    }

    /** The example command lines in a command's footer, as the user would type them. */
    private static List<String> examples(CommandLine command) {
        List<String> examples = new ArrayList<>();
        for (String line : command.getCommandSpec().usageMessage().footer()) {
            if (line.startsWith(EXAMPLE_PREFIX)) {
                examples.add(line.substring(EXAMPLE_PREFIX.length()).replace("%%", "%"));
            }
        }
        return examples;
    }

    /**
     * A number typed with full-width or other non-ASCII digits is refused at its option before anything
     * runs, as Java would read {@code １２} as 12: the command line recorded with the output would not
     * say what ran to anything that reads only ASCII digits.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "run classroom-two-firms --seed １２ | --seed | １２",
                "montecarlo classroom-two-firms --runs ２ | --runs | ２",
                "montecarlo classroom-two-firms --runs 2 --threads \u0661 | --threads | \u0661",
                "run classroom-two-firms --years ١ | --years | ١"
            })
    void aNumberWithOtherThanAsciiDigitsIsRefusedAtItsOption(String spec) {
        String[] parts = spec.split(" \\| ");
        Path target = dir.resolve("other-digits");
        List<String> args = new ArrayList<>(List.of(parts[0].split(" ")));
        args.addAll(List.of("--quiet", "--out", target.toString()));
        assertEquals(2, run(args.toArray(new String[0])));
        assertEquals(
                "carbonsim: Invalid value for option '" + parts[1] + "': '" + parts[2] + "' has digits other than ASCII"
                        + " 0-9 (such as full-width ones); only ASCII digits are read as a number",
                err.toString().lines().findFirst().orElse(""));
        assertFalse(Files.exists(target));
    }

    @Test
    void everyCommandIsWalked() {
        assertEquals(
                List.of(
                        "carbonsim",
                        "carbonsim validate",
                        "carbonsim run",
                        "carbonsim replay",
                        "carbonsim allocate",
                        "carbonsim montecarlo",
                        "carbonsim sweep",
                        "carbonsim compare",
                        "carbonsim calibrate",
                        "carbonsim sensitivity",
                        "carbonsim scenarios",
                        "carbonsim chart",
                        "carbonsim classroom",
                        "carbonsim play",
                        "carbonsim completion",
                        "carbonsim help"),
                commands().toList());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void usageHasAnExamplesSectionWhoseCommandLinesParse(String name) {
        CommandLine command = command(name);
        String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(usage.contains("\nExamples:\n" + EXAMPLE_PREFIX), name + " usage:\n" + usage);
        List<String> formatted =
                new ArrayList<>(List.of(command.getCommandSpec().usageMessage().footer()));
        formatted.addAll(List.of(command.getCommandSpec().usageMessage().description()));
        for (String line : formatted) {
            assertDoesNotThrow(
                    () -> String.format(Locale.ROOT, line),
                    "footer and description lines are format strings; write % as %%: " + line);
        }
        List<String> examples = examples(command);
        assertFalse(examples.isEmpty(), name);
        for (String example : examples) {
            String[] args = example.trim().split(" +");
            if (!name.equals("carbonsim")) {
                assertEquals(name.substring("carbonsim ".length()), args[0], "an example of " + name + ": " + example);
            }
            assertDoesNotThrow(() -> CarbonsimCommand.newCommandLine().parseArgs(args), example);
        }
    }

    /**
     * Picocli wrapped the examples like prose, after a dot and on at column 0 ({@code --param market.}
     * above {@code initialPrice=15:35}): each example must be one line a student can copy, and the
     * explanations under them stay within 80 columns at their indent.
     */
    @ParameterizedTest
    @MethodSource("commands")
    void usagePrintsEachExampleOnOneLineAndWrapsItsExplanationAtItsIndent(String name) {
        String usage = command(name).getUsageMessage(CommandLine.Help.Ansi.OFF);
        List<String> lines = List.of(usage.split("\\R"));
        for (String example : examples(command(name))) {
            assertTrue(lines.contains(EXAMPLE_PREFIX + example), name + " prints the example whole: " + example);
        }
        int examplesAt = lines.indexOf("Examples:");
        assertTrue(examplesAt >= 0, name + " usage:\n" + usage);
        for (String line : lines.subList(examplesAt + 1, lines.size())) {
            if (line.startsWith(EXAMPLE_PREFIX)) {
                continue;
            }
            assertTrue(line.isEmpty() || line.startsWith("      "), name + ": an explanation at its indent: " + line);
            assertTrue(line.length() <= 80 || !line.trim().contains(" "), name + ": within 80 columns: " + line);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpCommandAndHelpOptionShowTheSameUsage(String name) {
        String[] words = name.split(" ");
        String[] viaHelp = words.length == 1 ? new String[] {"help"} : new String[] {"help", words[1]};
        assertEquals(0, run(viaHelp), err.toString());
        String help = out.toString();
        out.getBuffer().setLength(0);
        String[] viaOption = words.length == 1 ? new String[] {"--help"} : new String[] {words[1], "--help"};
        assertEquals(0, run(viaOption), err.toString());
        assertEquals(help, out.toString());
        assertTrue(help.startsWith("Usage: " + name) || help.contains("\nUsage: " + name), help);
        assertFalse(help.contains("\u001B["), "plain text when stdout is not a terminal");
        assertEquals("", err.toString());
    }

    @Test
    void noArgumentsPrintsTheUsageOfTheRoot() {
        assertEquals(0, run());
        assertTrue(out.toString().startsWith("Usage: carbonsim "), out.toString());
        assertTrue(out.toString().contains("  scenarios "), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionNamesTheBuildAndTheJava(String option) {
        assertEquals(0, run(option));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.get(0).matches("carbonsim [0-9][^ ]*"), lines.get(0));
        assertEquals(
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                lines.get(1));
        assertEquals("", err.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nope",
                "help nope",
                "--nope",
                "run",
                "run classroom-two-firms --bogus",
                "run classroom-two-firms --seed abc",
                "run classroom-two-firms --years many",
                "montecarlo classroom-two-firms",
                "allocate classroom-two-firms --year last",
                "replay",
                "replay orders.csv --tick cheap",
                "validate",
                "scenarios extra"
            })
    void usageErrorsExitTwoWithAHintAndNoStackTrace(String args) {
        assertEquals(2, run(args.split(" ")), args);
        String errors = err.toString();
        assertTrue(errors.startsWith("carbonsim: "), errors);
        assertTrue(errors.contains("--help") || errors.contains("Did you mean"), errors);
        assertFalse(errors.contains("\tat "), errors);
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"valdate --help", "valdate -h", "valdate --version", "--debug valdate --help"})
    void anUnknownCommandFollowedByHelpExitsTwoWithItsSuggestion(String args) {
        assertEquals(2, run(args.split(" ")), args);
        assertTrue(err.toString().startsWith("carbonsim: Unmatched argument"), err.toString());
        assertTrue(err.toString().contains("Did you mean: carbonsim validate"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void theIssuesCalbrateHelpExitsTwo() {
        assertEquals(2, run("calbrate", "--help"));
        assertTrue(err.toString().startsWith("carbonsim: Unmatched argument at index 0: 'calbrate'"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertEquals(2, run("scenario"));
        assertTrue(err.toString().contains("scenarios"), err.toString());
    }

    @Test
    void badInputIsOneLineWithoutAStackTraceUnlessDebug() {
        String missing = dir.resolve("missing.json").toString();
        assertEquals(2, run("run", missing, "--out", dir.resolve("o").toString()));
        assertEquals("carbonsim: " + missing + ": file not found\n", err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("run", missing, "--out", dir.resolve("o").toString(), "--debug"));
        assertTrue(err.toString().startsWith("carbonsim: " + missing + ": file not found\n"), err.toString());
        assertTrue(err.toString().contains("\tat "), "--debug shows the stack trace: " + err);

        err.getBuffer().setLength(0);
        assertEquals(2, run("--debug", "run", missing, "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("\tat "), "--debug before the command works too: " + err);
    }

    /** A command that fails the way a defect would. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the ledger does not balance");
        }
    }

    @Test
    void anUnexpectedFailureExitsOneAndOffersDebug() {
        CommandLine cli = CarbonsimCommand.newCommandLine().addSubcommand(new Boom());
        assertEquals(1, run(cli, "boom"));
        assertEquals(
                "carbonsim: unexpected failure: java.lang.IllegalStateException: the ledger does not balance\n"
                        + "Run again with --debug for the stack trace.\n",
                err.toString());

        err.getBuffer().setLength(0);
        CommandLine debugging = CarbonsimCommand.newCommandLine().addSubcommand(new Boom());
        assertEquals(1, run(debugging, "--debug", "boom"));
        assertTrue(err.toString().contains("\tat "), err.toString());
        assertFalse(err.toString().contains("Run again with --debug"), err.toString());
    }

    @Test
    void anOutputFolderBelowAFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        Path below = file.resolve("run");
        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--out", below.toString()));
        assertEquals("carbonsim: " + below + ": cannot be created because " + file + " is a file\n", err.toString());
        assertEquals(2, run("montecarlo", "classroom-two-firms", "--runs", "2", "--out", below.toString()));
    }

    @Test
    void anOutputFileThatIsAFolderIsBadInput() {
        assertEquals(2, run("allocate", "classroom-two-firms", "--out", dir.toString()));
        assertEquals("carbonsim: --out " + dir + ": is a folder; give a file name\n", err.toString());
    }

    @Test
    void everyCommandSpecIsValidAndEveryOptionHasADescription() {
        for (String name : commands().toList()) {
            for (CommandLine.Model.OptionSpec option :
                    command(name).getCommandSpec().options()) {
                assertTrue(
                        option.description().length > 0 && !option.description()[0].isBlank(),
                        name + " " + Arrays.toString(option.names()));
            }
        }
    }

    /**
     * The help text comes from picocli's resource bundle in Chinese: every command's description, and
     * every option's and parameter's, holds Chinese under {@code --lang zh}, so no English is left
     * behind when a command or option is added without its translation.
     */
    @Test
    void everyHelpTextHasItsChineseInTheResourceBundle() {
        CommandLine root = CarbonsimCommand.newCommandLine(org.carbonsim.cli.text.Lang.ZH);
        List<String> untranslated = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        for (CommandLine command : all) {
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            if (!chinese(spec.usageMessage().description())) {
                untranslated.add(spec.qualifiedName() + " (description)");
            }
            for (CommandLine.Model.OptionSpec option : spec.options()) {
                if (!chinese(option.description())) {
                    untranslated.add(spec.qualifiedName() + " " + option.longestName());
                }
            }
            for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
                if (!chinese(parameter.description())) {
                    untranslated.add(spec.qualifiedName() + " " + parameter.paramLabel());
                }
            }
        }
        assertEquals(List.of(), untranslated, "help text without its Chinese in HelpMessages_zh.properties");
    }

    /**
     * The Chinese help says what the English says: every description, of a command, option or
     * parameter, names in Chinese the same files and options as in English ({@code events.csv},
     * {@code --out}), so a translation left behind when the English changed is found, and an option
     * that shares its name with other commands' (allocate's {@code --force}) does not take their text.
     */
    @Test
    void theChineseHelpNamesTheFilesOptionsAndKeywordsOfTheEnglish() {
        CommandLine en = CarbonsimCommand.newCommandLine(Lang.EN);
        CommandLine zh = CarbonsimCommand.newCommandLine(Lang.ZH);
        List<String> differing = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(""));
        names.addAll(en.getSubcommands().keySet());
        for (String name : names) {
            CommandLine.Model.CommandSpec e = name.isEmpty()
                    ? en.getCommandSpec()
                    : en.getSubcommands().get(name).getCommandSpec();
            CommandLine.Model.CommandSpec z = name.isEmpty()
                    ? zh.getCommandSpec()
                    : zh.getSubcommands().get(name).getCommandSpec();
            compareHelp(
                    e.qualifiedName() + " (description)",
                    e.usageMessage().description(),
                    z.usageMessage().description(),
                    differing);
            for (CommandLine.Model.OptionSpec option : e.options()) {
                compareHelp(
                        e.qualifiedName() + " " + option.longestName(),
                        option.description(),
                        z.findOption(option.longestName()).description(),
                        differing);
            }
            for (int i = 0; i < e.positionalParameters().size(); i++) {
                compareHelp(
                        e.qualifiedName() + " "
                                + e.positionalParameters().get(i).paramLabel(),
                        e.positionalParameters().get(i).description(),
                        z.positionalParameters().get(i).description(),
                        differing);
            }
        }
        assertEquals(List.of(), differing, "Chinese help that names other files or options than the English");
    }

    /** A file name or an option in a help text. */
    private static final Pattern HELP_TERM =
            Pattern.compile("[A-Za-z0-9_.-]+\\.(?:csv|json|html|png|svg)|--[a-z][a-z-]*");

    private static void compareHelp(String where, String[] english, String[] chinese, List<String> differing) {
        Map<String, Integer> e = helpTerms(english);
        Map<String, Integer> z = helpTerms(chinese);
        if (!e.equals(z)) {
            differing.add(where + ": English " + e + ", Chinese " + z);
        }
    }

    /** How often each file name and option occurs in {@code lines}. */
    private static Map<String, Integer> helpTerms(String[] lines) {
        Map<String, Integer> terms = new TreeMap<>();
        Matcher m = HELP_TERM.matcher(String.join(" ", lines));
        while (m.find()) {
            terms.merge(m.group(), 1, Integer::sum);
        }
        return terms;
    }

    /**
     * A command line that starts with a command's name builds that command alone, and must print and
     * exit exactly as with every command built: its help in both languages, its errors with their
     * suggestions, the root's version, which builds none of them, and the root's help and
     * unknown-command errors, which build them all.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "run --help",
                "run --help --lang zh",
                "help run",
                "run",
                "run --sed 3 classroom-two-firms",
                "run nosuch-scenario",
                "run classroom-two-firms extra",
                "run classroom-two-firms --years x",
                "run --version",
                "run help",
                "validate",
                "montecarlo --help",
                "sweep --help --lang zh",
                "chart",
                "classroom --port x",
                "--help",
                "--version",
                "-V",
                "--version --lang zh",
                "--debug --version",
                "--version run",
                "rn",
                "calbrate --help",
                "--debug run --sed 1",
                "RUN"
            })
    void aCommandBuiltAlonePrintsAndExitsAsAmongAllCommands(String line) {
        String[] args = line.split(" ");
        int alone = run(args);
        String aloneOut = out.toString();
        String aloneErr = err.toString();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int among = run(CarbonsimCommand.newCommandLine(LangOption.forHelp(args)), args);
        assertEquals(among, alone, line);
        assertEquals(out.toString(), aloneOut, line);
        assertEquals(err.toString(), aloneErr, line);
    }

    /** Every command named in the help's list can be built alone, and only a command's name does so. */
    @Test
    void onlyACommandsNameBuildsItAlone() {
        for (String name : CarbonsimCommand.SUBCOMMANDS.keySet()) {
            List<String> expected = name.equals("help") || name.equals("completion")
                    ? List.copyOf(CarbonsimCommand.SUBCOMMANDS.keySet())
                    : List.of(name);
            assertEquals(expected, List.copyOf(CarbonsimCommand.commandsFor(name, "--help")), name);
        }
        for (String first : new String[] {"--debug", "--help", "rn", "RUN", "-h"}) {
            assertEquals(
                    List.copyOf(CarbonsimCommand.SUBCOMMANDS.keySet()),
                    List.copyOf(CarbonsimCommand.commandsFor(first, "run")),
                    first);
        }
        assertEquals(List.copyOf(CarbonsimCommand.SUBCOMMANDS.keySet()), List.copyOf(CarbonsimCommand.commandsFor()));
    }

    /** The root's version alone builds no command's model; with anything beside it, all of them. */
    @Test
    void theVersionAloneBuildsNoCommand() {
        assertEquals(List.of(), List.copyOf(CarbonsimCommand.commandsFor("--version")));
        assertEquals(List.of(), List.copyOf(CarbonsimCommand.commandsFor("-V")));
        for (String[] args : new String[][] {{"--version", "--lang", "zh"}, {"--debug", "--version"}, {"-V", "run"}}) {
            assertEquals(
                    List.copyOf(CarbonsimCommand.SUBCOMMANDS.keySet()),
                    List.copyOf(CarbonsimCommand.commandsFor(args)),
                    String.join(" ", args));
        }
    }

    private static boolean chinese(String[] lines) {
        return String.join("", lines).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
    }
}
