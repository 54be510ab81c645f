package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example in the help of a study command runs, on the bundled scenarios and files it names,
 * with fewer replications, samples and evaluations (an example naming a file of the user's, such as
 * compare's {@code drafts/lower-threshold.json}, is left out; {@code targets.csv} is given one). calibrate's
 * example for hubei-pilot fitted {@code agents.traders[2].count}, and hubei-pilot has one group of
 * traders: the example stopped at its --param.
 */
class StudyHelpExamplesTest extends CommandLineTest {
    /** A word of an example: text in single quotes, as the shell reads it, or text up to a space. */
    private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"montecarlo", "sweep", "sensitivity", "calibrate"})
    void everyExampleOnBundledFilesRuns(String command) throws IOException {
        String[] footer = CarbonsimCommand.newCommandLine(Lang.EN, List.of(command))
                .getSubcommands()
                .get(command)
                .getCommandSpec()
                .usageMessage()
                .footer();
        int ran = 0;
        for (String example : footer) {
            if (!example.startsWith("  carbonsim ")) {
                continue;
            }
            List<String> args = arguments(example.strip().replace("%%", "%"));
            if (args != null) {
                err.getBuffer().setLength(0);
                assertEquals(0, run(args.toArray(String[]::new)), example + "\n" + args + "\n" + err);
                ran++;
            }
        }
        assertTrue(ran > 0, command + ": no example ran");
    }

    /**
     * The example's arguments after {@code carbonsim}, made small and written into a temporary folder,
     * or null when it names a file that is not among the project's.
     */
    private List<String> arguments(String example) throws IOException {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(example);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        int parameters = (int) words.stream().filter(w -> w.equals("--param")).count();
        List<String> args = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            String previous = words.get(i - 1);
            if (previous.equals("--runs") || previous.equals("--samples")) {
                word = "2";
            } else if (previous.equals("--budget")) {
                word = "" + (4 * parameters + 10);
            } else if (word.equals("targets.csv")) {
                word = StudyInputs.targets(dir).toString();
            } else if (word.startsWith("scenarios/")) {
                word = Path.of("..").resolve(word).toString();
            } else if ((word.endsWith(".json") || word.endsWith(".csv")) && !Files.exists(Path.of(word))) {
                return null;
            }
            args.add(word);
        }
        // the defaults of calibrate (10 runs, 200 evaluations) made small too
        if (!words.contains("--runs")) {
            args.addAll(List.of("--runs", "2"));
        }
        if (words.get(1).equals("calibrate") && !words.contains("--budget")) {
            args.addAll(List.of("--budget", "" + (4 * parameters + 10)));
        }
        args.addAll(
                List.of("--quiet", "--no-charts", "--out", dir.resolve("out").toString(), "--force"));
        return args;
    }
}
