package org.carbonsim.cli.files;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.carbonsim.cli.NamedScenario;
import org.carbonsim.cli.ScenarioFiles;
import org.carbonsim.core.scenario.InputFiles;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * How an output folder was made, written as {@value #FILE}: the carbonsim version and git commit, the
 * command line, every scenario read (its path or bundled name, SHA-256 and a copy in the folder), the
 * seeds as strings (so that seeds above 2^53 survive in R and JavaScript), the JVM, and the start and
 * end times. It is the one file of a folder that differs between two runs with the same scenario and
 * seed; the commands keep everything time-dependent out of their other files.
 */
public final class Provenance {
    /** The file name of the record in an output folder. */
    public static final String FILE = "run.json";

    /** System property holding the git commit of the checkout, set by the {@code carbonsim} launcher. */
    static final String COMMIT_PROPERTY = "carbonsim.commit";

    /** System property saying whether that checkout had uncommitted changes ({@code true}/{@code false}). */
    static final String DIRTY_PROPERTY = "carbonsim.dirty";

    /**
     * One scenario as read: what the user named, where it was found, its bytes at that moment, and the
     * enterprise register it names, as read at the same moment.
     */
    private record Input(
            String argument,
            boolean bundled,
            String location,
            byte[] bytes,
            int years,
            List<ScenarioEdit> edits,
            List<Register> registers) {}

    /** A file a scenario reads (its enterprise register): the path as the scenario resolves it, its hash. */
    private record Register(String path, String sha256) {}

    private final String command;
    private final List<String> arguments;
    private final Instant started;
    private final List<Input> inputs = new ArrayList<>();
    private Integer requestedRuns;

    private Provenance(String command, List<String> arguments, Instant started) {
        this.command = command;
        this.arguments = List.copyOf(arguments);
        this.started = started;
    }

    /** Starts the record of the command {@code spec} is running, now. */
    public static Provenance start(CommandLine.Model.CommandSpec spec) {
        CommandLine.ParseResult parsed = spec.root().commandLine().getParseResult();
        List<String> args = parsed != null ? parsed.originalArgs() : List.of();
        return new Provenance(spec.name(), args, Instant.now());
    }

    /**
     * Records the scenario {@code fileOrName} (as {@link ScenarioFiles#resolve} finds it), reading its
     * bytes now so that the hash and the copy are of what the command loaded; {@code years} is how many
     * of its years the command simulates.
     */
    public void scenario(String fileOrName, int years) throws IOException {
        scenario(fileOrName, years, List.of());
    }

    /**
     * Records the scenario {@code fileOrName} as {@link #scenario(String, int)} does, run with {@code
     * edits} ({@code run} and {@code montecarlo --set}) applied to its JSON: the copy and the hash are of
     * the file as read, and {@value #FILE} lists the edits beside them (when there are any), so that the
     * copy with the same {@code --set} reproduces the run.
     */
    public void scenario(String fileOrName, int years, List<ScenarioEdit> edits) throws IOException {
        NamedScenario scenario = ScenarioFiles.resolve(fileOrName);
        inputs.add(new Input(
                fileOrName,
                scenario.isBundled(),
                scenario.location(),
                scenario.bytes(),
                years,
                List.copyOf(edits),
                registers(scenario, edits)));
    }

    /**
     * The registers {@code scenario} reads with {@code edits} applied, each hashed now; one that cannot
     * be read is left out, since loading the scenario says why.
     */
    private static List<Register> registers(NamedScenario scenario, List<ScenarioEdit> edits) throws IOException {
        List<Register> registers = new ArrayList<>();
        try {
            for (Path file : scenario.source(StandardCharsets.UTF_8).referencedFiles(edits)) {
                if (Files.isRegularFile(file)) {
                    registers.add(new Register(file.toString(), sha256(InputFiles.readAll(file))));
                }
            }
        } catch (ScenarioException e) {
            // unreadable: loading the scenario says why
        }
        return List.copyOf(registers);
    }

    /**
     * What makes this command's output comparable with an earlier one in the same folder, once every
     * scenario is recorded; {@code runs} (the replications asked for, {@code null} for a single run) is
     * also written to {@value #FILE} as {@code seeds.requestedRuns}.
     */
    public RunIdentity plan(long seed, Integer runs) {
        requestedRuns = runs;
        return new RunIdentity(
                command,
                inputs.stream()
                        .map(i -> new RunIdentity.ScenarioRun(
                                sha256(i.bytes()),
                                i.years(),
                                i.registers().stream().map(Register::sha256).toList()))
                        .toList(),
                Long.toString(seed),
                runs == null ? null : runs.toString(),
                RunIdentity.design(command, arguments));
    }

    /**
     * Writes {@value #FILE} and the scenario copies into {@code dir}: one scenario as {@code
     * scenario.json}, several as {@code scenarios/K-NAME.json} with K their position on the command line.
     *
     * @param seed the seed of a run, or the base seed of a study
     * @param replications the replications a study ran, or {@code null} for a single run
     */
    public void write(Path dir, long seed, Integer replications) throws IOException {
        JsonObject root = new JsonObject();
        JsonObject carbonsim = new JsonObject();
        carbonsim.addProperty("version", version());
        String commit = System.getProperty(COMMIT_PROPERTY, "").strip();
        carbonsim.addProperty("commit", commit.matches("[0-9a-f]{7,64}") ? commit : null);
        String dirty = System.getProperty(DIRTY_PROPERTY, "").strip();
        carbonsim.add(
                "dirty",
                commit.isEmpty() || !(dirty.equals("true") || dirty.equals("false"))
                        ? JsonNull.INSTANCE
                        : new JsonPrimitive(Boolean.parseBoolean(dirty)));
        root.add("carbonsim", carbonsim);
        root.addProperty("command", command);
        JsonArray commandLine = new JsonArray();
        arguments.forEach(commandLine::add);
        root.add("commandLine", commandLine);
        JsonArray scenarios = new JsonArray();
        for (int k = 0; k < inputs.size(); k++) {
            Input input = inputs.get(k);
            String copy = inputs.size() == 1
                    ? "scenario.json"
                    : "scenarios/" + k + "-" + fileName(input.location()) + ".json";
            Path target = dir.resolve(copy);
            Files.createDirectories(target.getParent());
            Files.write(target, input.bytes());
            JsonObject s = new JsonObject();
            s.addProperty("argument", input.argument());
            s.addProperty(input.bundled() ? "bundled" : "path", input.location());
            s.addProperty("sha256", sha256(input.bytes()));
            s.addProperty("copy", copy);
            s.addProperty("years", input.years());
            if (!input.registers().isEmpty()) {
                s.add("registers", pairs(input.registers(), "path", Register::path, "sha256", Register::sha256));
            }
            if (!input.edits().isEmpty()) {
                s.add("edits", pairs(input.edits(), "path", ScenarioEdit::path, "value", ScenarioEdit::value));
            }
            scenarios.add(s);
        }
        root.add("scenarios", scenarios);
        JsonObject seeds = new JsonObject();
        if (replications == null) {
            seeds.addProperty("seed", Long.toString(seed));
        } else {
            seeds.addProperty("baseSeed", Long.toString(seed));
            seeds.addProperty("replications", Integer.toString(replications));
            if (requestedRuns != null) {
                seeds.addProperty("requestedRuns", requestedRuns.toString());
            }
        }
        root.add("seeds", seeds);
        JsonObject jvm = new JsonObject();
        for (String key : List.of("java.version", "java.vendor", "os.name", "os.arch")) {
            jvm.addProperty(key, System.getProperty(key));
        }
        jvm.addProperty("availableProcessors", Runtime.getRuntime().availableProcessors());
        root.add("jvm", jvm);
        root.addProperty("started", started.toString());
        root.addProperty("finished", Instant.now().toString());
        String json = new GsonBuilder()
                        .setPrettyPrinting()
                        .serializeNulls()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root)
                + "\n";
        Files.writeString(dir.resolve(FILE), json, StandardCharsets.UTF_8);
    }

    /** {@code items} as an array of objects of two text properties, {@code first} and {@code second}. */
    private static <T> JsonArray pairs(
            List<T> items, String first, Function<T, String> firstOf, String second, Function<T, String> secondOf) {
        JsonArray array = new JsonArray();
        for (T item : items) {
            JsonObject o = new JsonObject();
            o.addProperty(first, firstOf.apply(item));
            o.addProperty(second, secondOf.apply(item));
            array.add(o);
        }
        return array;
    }

    /** The version {@code carbonsim --version} prints, from {@code version.properties}; null if unknown. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The last path element of {@code location} without {@code .json}, safe as a file name. */
    private static String fileName(String location) {
        String name = Path.of(location).getFileName().toString().replaceFirst("\\.json$", "");
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
