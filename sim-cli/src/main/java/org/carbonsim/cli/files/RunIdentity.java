package org.carbonsim.cli.files;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.core.scenario.InputFiles;

/**
 * What a command's output folder is the result of: the command, each scenario's SHA-256 and simulated
 * years, the seed (a run's seed or a study's base seed), the replications asked for and the study's
 * design (the options that say which points it runs: a sweep's grid, a sensitivity study's or a
 * calibration's parameters and method, and the {@code --set} edits of a run or a Monte Carlo study). A command refuses to replace a folder whose {@code run.json}
 * records another identity unless {@code --force}, so a one-year trial cannot silently overwrite an
 * eleven-year run, nor a sweep over one grid a sweep over another. Immutable.
 *
 * @param command the subcommand ({@code run}, {@code montecarlo}, {@code sweep}, {@code compare}, {@code
 *     sensitivity})
 * @param scenarios each scenario in command-line order
 * @param seed the seed as a decimal string
 * @param runs the replications asked for as a decimal string, or {@code null} for a single run
 * @param design the design options as typed, each as "--option value" ({@link #design}); {@code null}
 *     when a record does not say
 */
public record RunIdentity(String command, List<ScenarioRun> scenarios, String seed, String runs, List<String> design) {
    /**
     * The options of each command that say which points it runs, or with what changes to its scenario
     * ({@code run} and {@code montecarlo --set}); a command not listed has none.
     */
    private static final Map<String, List<String>> DESIGN_OPTIONS = Map.of(
            "run", List.of("--set"),
            "montecarlo", List.of("--set"),
            "sweep", List.of("--set"),
            "sensitivity", List.of("--param", "--method", "--samples"),
            "calibrate", List.of("--param", "--targets", "--fit-years", "--budget"));

    /**
     * One scenario of a command: the SHA-256 of its file, how many years were simulated and the SHA-256
     * of each enterprise register it read ({@code null} when a record does not say).
     */
    record ScenarioRun(String sha256, Integer years, List<String> registers) {}

    public RunIdentity {
        Objects.requireNonNull(command, "command");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(seed, "seed");
        design = design == null ? null : List.copyOf(design);
    }

    /**
     * The design options of {@code command} among {@code arguments} (a command line as typed, in
     * either form {@code --set PATH=...} or {@code --set=PATH=...}), each as "--option value", in the
     * order given.
     */
    public static List<String> design(String command, List<String> arguments) {
        List<String> names = DESIGN_OPTIONS.getOrDefault(command, List.of());
        List<String> design = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            for (String name : names) {
                if (argument.equals(name) && i + 1 < arguments.size()) {
                    design.add(name + " " + arguments.get(++i));
                } else if (argument.startsWith(name + "=")) {
                    design.add(name + " " + argument.substring(name.length() + 1));
                }
            }
        }
        return design;
    }

    /**
     * Refuses to write {@code next} into {@code dir} when the folder holds a {@value Provenance#FILE} of
     * a different run, unless {@code force}. A folder without a readable record is left to {@link
     * OutputFolder#check}; a field an older record lacks is not compared.
     *
     * @throws UserInputException naming each difference
     */
    public static void refuseIfDifferent(Path dir, RunIdentity next, boolean force) throws IOException {
        if (force) {
            return;
        }
        RunIdentity previous = recorded(dir);
        if (previous == null) {
            return;
        }
        List<String> differences = previous.differences(next);
        if (!differences.isEmpty()) {
            throw new UserInputException(dir + ": holds a different run (" + String.join("; ", differences)
                    + "); use --force to replace it, or choose another --out");
        }
    }

    /** The command whose output {@code dir} holds, as its {@value Provenance#FILE} records it, or null. */
    public static String recordedCommand(Path dir) throws IOException {
        RunIdentity previous = recorded(dir);
        return previous == null ? null : previous.command();
    }

    /** The identity recorded in {@code dir}'s {@value Provenance#FILE}, or null when it has no readable one. */
    private static RunIdentity recorded(Path dir) throws IOException {
        Path record = OutputFolder.target(dir).resolve(Provenance.FILE);
        if (!Files.isRegularFile(record)) {
            return null;
        }
        try {
            return read(JsonParser.parseString(new String(InputFiles.readAll(record), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // gson's accessors report a record of another shape (a field missing or of another type) with
            // half a dozen unchecked exceptions; whichever it is, the folder has no record to compare
            return null;
        }
    }

    /** The identity recorded in a {@value Provenance#FILE} tree; fields it lacks are {@code null}. */
    static RunIdentity read(JsonElement tree) {
        JsonObject root = tree.getAsJsonObject();
        List<ScenarioRun> scenarios = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("scenarios")) {
            JsonObject s = e.getAsJsonObject();
            List<String> registers = null;
            if (s.has("registers")) {
                registers = new ArrayList<>();
                for (JsonElement r : s.getAsJsonArray("registers")) {
                    registers.add(r.getAsJsonObject().get("sha256").getAsString());
                }
            }
            scenarios.add(new ScenarioRun(
                    s.get("sha256").getAsString(),
                    s.has("years") ? s.get("years").getAsInt() : null,
                    registers));
        }
        JsonObject seeds = root.getAsJsonObject("seeds");
        String seed = seeds.has("seed")
                ? seeds.get("seed").getAsString()
                : seeds.get("baseSeed").getAsString();
        String runs = seeds.has("requestedRuns")
                ? seeds.get("requestedRuns").getAsString()
                : seeds.has("replications") ? seeds.get("replications").getAsString() : null;
        String command = root.get("command").getAsString();
        List<String> design = null;
        if (root.has("commandLine")) {
            List<String> arguments = new ArrayList<>();
            root.getAsJsonArray("commandLine").forEach(a -> arguments.add(a.getAsString()));
            design = design(command, arguments);
        }
        return new RunIdentity(command, scenarios, seed, runs, design);
    }

    /** How {@code next} differs from this earlier run, as "what: before, now after" phrases. */
    List<String> differences(RunIdentity next) {
        List<String> differences = new ArrayList<>();
        if (!command.equals(next.command)) {
            differences.add("command " + command + ", now " + next.command);
        }
        if (!hashes().equals(next.hashes())) {
            differences.add(
                    scenarios.size() == 1 && next.scenarios.size() == 1
                            ? "scenario SHA-256 " + shortHashes() + ", now " + next.shortHashes()
                            : "scenarios' SHA-256 " + shortHashes() + ", now " + next.shortHashes());
        } else if (registersDiffer(next)) {
            differences.add("enterprise register SHA-256 " + shortRegisters() + ", now " + next.shortRegisters());
        } else {
            List<Integer> years = scenarios.stream().map(ScenarioRun::years).toList();
            List<Integer> nextYears =
                    next.scenarios.stream().map(ScenarioRun::years).toList();
            if (!years.contains(null) && !years.equals(nextYears)) {
                differences.add("years " + join(years) + ", now " + join(nextYears));
            }
        }
        if (!seed.equals(next.seed)) {
            differences.add("seed " + seed + ", now " + next.seed);
        }
        if (!Objects.equals(runs, next.runs) && command.equals(next.command)) {
            differences.add("runs " + runs + ", now " + next.runs);
        }
        if (design != null && next.design != null && !design.equals(next.design) && command.equals(next.command)) {
            differences.add("design " + designText(design) + ", now " + designText(next.design));
        }
        return differences;
    }

    /** A design as typed, or "none" for a command run without its design options ({@code run} without --set). */
    private static String designText(List<String> design) {
        return design.isEmpty() ? "none" : String.join(" ", design);
    }

    private boolean registersDiffer(RunIdentity next) {
        List<List<String>> registers =
                scenarios.stream().map(ScenarioRun::registers).toList();
        List<List<String>> nextRegisters =
                next.scenarios.stream().map(ScenarioRun::registers).toList();
        return !registers.contains(null) && !nextRegisters.contains(null) && !registers.equals(nextRegisters);
    }

    private String shortRegisters() {
        return scenarios.stream()
                .flatMap(s -> s.registers().stream())
                .map(h -> h.substring(0, Math.min(12, h.length())))
                .collect(Collectors.joining(" "));
    }

    private List<String> hashes() {
        return scenarios.stream().map(ScenarioRun::sha256).toList();
    }

    /** The first 12 hex digits of each hash: enough to tell them apart in a message. */
    private String shortHashes() {
        return scenarios.stream()
                .map(s -> s.sha256().substring(0, Math.min(12, s.sha256().length())))
                .collect(Collectors.joining(" "));
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
