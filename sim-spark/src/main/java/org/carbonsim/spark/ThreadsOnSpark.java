package org.carbonsim.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * carbonsim's {@code --threads}, which does not apply on Spark: the master decides how many tasks run at
 * once ({@code local[N]}, or a cluster's executors). The studies' help leaves it out, and a command line
 * that gives it is refused with {@link #REFUSED} before anything is read or written, instead of running on
 * another number of tasks than the user asked for.
 */
final class ThreadsOnSpark {
    /** The option. */
    static final String OPTION = "--threads";

    /** What {@code carbonsim-spark} says when a study is given {@code --threads}. */
    static final String REFUSED = "carbonsim-spark: --threads does not apply on Spark, whose master decides how"
            + " many tasks run at once: give the launcher --master 'local[N]' before the command (carbonsim-spark"
            + " --master 'local[4]' %s ...), or with spark-submit its --master";

    /** The indent of an example's explanation under its command line in a command's help. */
    private static final String EXPLANATION_INDENT = "      ";

    private ThreadsOnSpark() {}

    /** Whether {@code args} give {@code --threads}, as {@code --threads T} or {@code --threads=T}. */
    static boolean given(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(OPTION) || a.startsWith(OPTION + "="));
    }

    /**
     * Leaves {@code --threads} out of the help of the studies in {@code commandLine}: its option, the
     * examples that give it, and its name in the description, where "the files are the same whatever
     * --threads is" becomes "whatever --master is", which holds on Spark.
     */
    static void hide(CommandLine commandLine) {
        for (String study : SparkMain.STUDIES) {
            CommandLine sub = commandLine.getSubcommands().get(study);
            if (sub == null) {
                continue;
            }
            CommandSpec spec = sub.getCommandSpec();
            OptionSpec threads = spec.findOption(OPTION);
            if (threads != null) {
                spec.remove(threads);
            }
            spec.usageMessage()
                    .description(Arrays.stream(spec.usageMessage().description())
                            .map(ThreadsOnSpark::masterForThreads)
                            .toArray(String[]::new));
            if (spec.resourceBundle() != null) {
                // a translation's description takes the place of the annotation's
                spec.resourceBundle(withMasterForThreads(spec.resourceBundle()));
            }
            spec.usageMessage()
                    .footer(examplesWithout(OPTION, spec.usageMessage().footer()));
        }
    }

    private static String masterForThreads(String text) {
        return text.replace(OPTION, "--master");
    }

    /** {@code bundle} with {@code --master} for {@code --threads} in the commands' descriptions. */
    private static ResourceBundle withMasterForThreads(ResourceBundle bundle) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                if (!bundle.containsKey(key)) {
                    return null;
                }
                Object value = bundle.getObject(key);
                return key.contains("usage.description") && value instanceof String text
                        ? masterForThreads(text)
                        : value;
            }

            @Override
            public Enumeration<String> getKeys() {
                return bundle.getKeys();
            }
        };
    }

    /** The {@code footer}'s examples without those whose command line contains {@code option}. */
    private static String[] examplesWithout(String option, String[] footer) {
        List<String> kept = new ArrayList<>();
        boolean dropping = false;
        for (String line : footer) {
            if (!line.startsWith(EXPLANATION_INDENT)) {
                dropping = line.contains(option);
            }
            if (!dropping) {
                kept.add(line);
            }
        }
        return kept.toArray(String[]::new);
    }
}
