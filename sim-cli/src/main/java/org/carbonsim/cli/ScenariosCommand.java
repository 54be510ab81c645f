package org.carbonsim.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.carbonsim.cli.format.TerminalStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonsim scenarios}: lists the bundled scenarios, whose names every command that takes a
 * scenario accepts, with the years each covers and the first sentence of its description; {@code
 * --json} gives the same list, with whole descriptions, for programs.
 */
@Command(
        name = "scenarios",
        mixinStandardHelpOptions = true,
        description = {
            "List the bundled scenarios: name, years covered and what each is about.",
            "Any command that takes a SCENARIO accepts these names as well as files."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim scenarios",
            "      one line per bundled scenario",
            "  carbonsim scenarios --json",
            "      the same as JSON, with each whole description, for scripts",
        })
final class ScenariosCommand implements Callable<Integer> {
    /** The longest summary printed in the table; longer ones are cut at a word and end in "...". */
    static final int SUMMARY_CHARS = 80;

    @Option(
            names = "--json",
            description = "Print JSON: {\"scenarios\": [{name, startYear, endYear, summary," + " description}, ...]}.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<BundledScenario> scenarios = BundledScenarios.list();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(json(scenarios));
        } else {
            printTable(scenarios, out, TerminalStyle.forStdout());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String json(List<BundledScenario> scenarios) {
        JsonArray array = new JsonArray();
        for (BundledScenario s : scenarios) {
            JsonObject o = new JsonObject();
            o.addProperty("name", s.name());
            o.addProperty("startYear", s.startYear());
            o.addProperty("endYear", s.endYear());
            o.addProperty("summary", s.summary());
            o.addProperty("description", s.description());
            array.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("scenarios", array);
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root) + "\n";
    }

    static void printTable(List<BundledScenario> scenarios, PrintWriter out, TerminalStyle style) {
        int nameWidth = "name".length();
        for (BundledScenario s : scenarios) {
            nameWidth = Math.max(nameWidth, s.name().length());
        }
        String format = "%-" + nameWidth + "s  %-9s  %s";
        out.println(style.header(String.format(Locale.ROOT, format, "name", "years", "about")));
        for (BundledScenario s : scenarios) {
            out.println(String.format(Locale.ROOT, format, s.name(), s.years(), shorten(s.summary())));
        }
    }

    /** {@code text} if it fits {@link #SUMMARY_CHARS}, else cut at a word boundary with "...". */
    static String shorten(String text) {
        if (text.length() <= SUMMARY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_CHARS - 3);
        return text.substring(0, cut > 0 ? cut : SUMMARY_CHARS - 3).replaceAll("[\\s,;:]+$", "") + "...";
    }
}
