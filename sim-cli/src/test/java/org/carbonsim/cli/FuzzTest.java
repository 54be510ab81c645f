package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.carbonsim.core.csv.CsvReader;
import org.carbonsim.core.csv.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Damages every bundled scenario, an enterprise register and the bundled order log in the ways
 * issue #20 lists (wrong types, extreme numbers, truncation, other encodings, deep nesting, long
 * strings, duplicates, broken quotes) and runs the CLI on each in-process: every command must exit 0
 * or 2, print no stack trace, and on exit 2 say where the problem is. A damaged scenario that
 * validates is also allocated, and some are run, because what validates must run.
 *
 * <p>The study commands ({@code montecarlo}, {@code sweep}, {@code compare}, {@code sensitivity},
 * {@code calibrate}) get their own cases: a small valid study of a one-year classroom scenario with
 * one thing damaged, a {@code --param}, {@code --set} or range, a targets file, an option's value, an
 * uncertainty block or the second policy of a comparison; they too must exit 0 or 2 with a located
 * message.
 *
 * <p>{@code -Dfuzz.cases=50000} runs more cases (default 2,000), {@code -Dfuzz.studies=N} more study
 * cases (default 100), {@code -Dfuzz.seed=N} another series, {@code -Dfuzz.case=SEED} only the case a
 * failure names, {@code -Dfuzz.runs=N} caps the damaged scenarios that are also run (default 12).
 */
class FuzzTest {
    private static final long SERIES = Long.getLong("fuzz.seed", 20_260_020L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 2_000);
    private static final int STUDIES = Integer.getInteger("fuzz.studies", 100);
    private static final int RUNS = Integer.getInteger("fuzz.runs", 12);
    private static final String ONLY_CASE = System.getProperty("fuzz.case");
    private static final Charset GBK = Charset.forName("GBK");

    /** What a first line of errors must contain on exit 2: a JSON path, file:line:column, a file or an option. */
    private static final Pattern LOCATED = Pattern.compile(
            "\\.(json|csv):\\d+(:\\d+)?: |\\.json: \\$|\\.(json|csv): "
                    + "|option '--|^carbonsim: --|^carbonsim: Unknown options?: '--|is too large for this Java's memory|^carbonsim: out of memory");

    private static final List<String> EXTREMES = List.of(
            "0",
            "-1",
            "-0.0",
            "0.5",
            "1e308",
            "-1e308",
            "1e400",
            "5e-324",
            "1e-400",
            "2147483648",
            "4611686018427387904",
            "9223372036854775807",
            "-9223372036854775808",
            "99999999999999999999999999999",
            "1.000000000000000000001");

    private static final List<String> ODD_TEXT = List.of(
            "",
            " ",
            "x",
            "=1+2",
            "@SUM(A1)",
            "\"quoted\"",
            "a,b",
            "line\nbreak",
            "湖北",
            "\u0000",
            "\uFEFF",
            "NaN",
            "Infinity",
            "true",
            "null");

    @TempDir
    Path dir;

    /** How often each command exited with each code, to check that the damage reaches both outcomes. */
    private final Map<String, Integer> exits = new java.util.TreeMap<>();

    private final List<String> failures = new ArrayList<>();
    private int runsLeft = RUNS;

    /** One input to damage: its files and the command to run on them. */
    private enum Target {
        SCENARIO,
        REGISTER,
        ORDERS
    }

    @Test
    void damagedInputsExitZeroOrTwoWithALocatedMessageAndNoStackTrace() throws IOException {
        List<String> scenarios = BundledScenarios.names();
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String name : scenarios) {
            texts.put(name, new String(ScenarioFiles.bundled(name + ".json"), StandardCharsets.UTF_8));
        }
        // the module's folder is the working directory of its tests
        String orders = Files.readString(Path.of("..", "scenarios", "replay", "classroom-orders.csv"));
        runCases(CASES, SERIES, "c", (seed, random, caseDir) -> {
            Target target = Target.values()[random.nextInt(Target.values().length)];
            switch (target) {
                case SCENARIO -> {
                    String name = scenarios.get(random.nextInt(scenarios.size()));
                    scenarioCase(seed, random, caseDir, name, texts.get(name));
                }
                case REGISTER -> registerCase(seed, random, caseDir, texts.get("classroom-ten-firms"));
                default -> ordersCase(seed, random, caseDir, orders);
            }
        });
        if (ONLY_CASE == null && CASES >= 1000) {
            for (String outcome : List.of("validate 0", "validate 2", "replay 0", "replay 2", "allocate 0", "run 0")) {
                assertTrue(exits.getOrDefault(outcome, 0) > 0, "no case gave " + outcome + ": " + exits);
            }
        }
    }

    /** The study commands the second test damages. */
    private static final List<String> STUDY_COMMANDS =
            List.of("montecarlo", "sweep", "compare", "sensitivity", "calibrate");

    /** Paths for --param, --set and uncertainty blocks: numbers, non-numbers, nothing, malformed. */
    private static final List<String> PATHS = List.of(
            "market.limitPct",
            "$.market.initialPrice",
            "allocation.cap.byYear[\"2024\"]",
            "agents.traders[0].count",
            "market.closingRule",
            "market.nope",
            "populations[9].count",
            "enterprises[99].growthRate",
            "",
            "$",
            "$.",
            "market..limitPct",
            "market.limitPct[0]",
            "market[\"limitPct",
            "湖北");

    /** Ranges for --param: good, empty, reversed, not numbers, extremes. */
    private static final List<String> RANGES = List.of(
            "5:15",
            "15:5",
            "5:5",
            "x:1",
            "1e400:1e401",
            "-5:10",
            "0:1e308",
            "5e-324:1",
            "NaN:1",
            "1:Infinity",
            "",
            ":",
            "5:",
            "1:2:3",
            "-9223372036854775808:9223372036854775807");

    /** Value lists for sweep --set. */
    private static final List<String> VALUES =
            List.of("5,10", "5", "", "x", "5,,10", "1e400", "-1", "5e-324", "NaN", "5,5", ",", "0.000001");

    /** Distributions for an uncertainty block, good and bad. */
    private static final List<String> DISTRIBUTIONS = List.of(
            "{\"type\": \"uniform\", \"low\": 5, \"high\": 15}",
            "{\"type\": \"uniform\", \"low\": 15, \"high\": 5}",
            "{\"type\": \"normal\", \"mean\": 10, \"sd\": 1e308}",
            "{\"type\": \"triangular\", \"low\": 1, \"mode\": 0, \"high\": 2}",
            "{\"type\": \"beta\", \"alpha\": 5e-324, \"beta\": 2, \"low\": 0, \"high\": 1}",
            "{\"type\": \"empirical\", \"values\": []}",
            "{\"type\": \"logNormal\", \"mu\": 1e400, \"sigma\": 1}",
            "{\"type\": \"nope\"}",
            "{}",
            "5");

    /** Bad values for the options most study commands share. */
    private static final String[][] STUDY_OPTIONS = {
        {"--runs", "0", "1", "-1", "x", "1e9", "2147483648", "99999999"},
        {"--seed", "x", "1e400", "-1", "9223372036854775808", "0"},
        {"--years", "0", "99", "x", "-1", "2147483648"},
        {"--threads", "0", "-1", "x", "100000", "1"},
        {"--lang", "fr", "", "zh"},
        {"--encoding", "KLINGON", "UTF-16", "GBK", ""},
        {"--out", ".", "/dev/null/x", ""}
    };

    @Test
    void damagedStudiesExitZeroOrTwoWithALocatedMessageAndNoStackTrace() throws IOException {
        String tenFirms = new String(ScenarioFiles.bundled("classroom-ten-firms.json"), StandardCharsets.UTF_8);
        runCases(
                STUDIES,
                SERIES ^ 0x5717D1E5L,
                "s",
                (seed, random, caseDir) -> studyCase(seed, random, caseDir, tenFirms));
        if (ONLY_CASE == null && STUDIES >= 100) {
            for (String command : STUDY_COMMANDS) {
                for (int code : new int[] {0, 2}) {
                    assertTrue(
                            exits.getOrDefault(command + " " + code, 0) > 0,
                            "no case gave " + command + " " + code + ": " + exits);
                }
            }
        }
    }

    /**
     * A small valid study of classroom-ten-firms (one year, two runs) with one thing damaged, one case
     * in six with nothing damaged.
     */
    private void studyCase(long seed, SplittableRandom random, Path caseDir, String tenFirms) throws IOException {
        String command = STUDY_COMMANDS.get(random.nextInt(STUDY_COMMANDS.size()));
        StringBuilder how = new StringBuilder(command + ": ");
        Path scenario = Files.writeString(caseDir.resolve("classroom-ten-firms.json"), tenFirms);
        Path targets = Files.writeString(
                caseDir.resolve("targets.csv"),
                "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\nvolume_t,2024,140000,1\n");
        String param = "market.limitPct=5:15";
        String set = "market.limitPct=5,10";
        String second = scenario.toString();
        List<String> extra = new ArrayList<>();
        switch (random.nextInt(6)) {
            case 0 -> how.append("nothing damaged");
            case 1 -> {
                param = PATHS.get(random.nextInt(PATHS.size())) + "=" + RANGES.get(random.nextInt(RANGES.size()));
                set = PATHS.get(random.nextInt(PATHS.size())) + "=" + VALUES.get(random.nextInt(VALUES.size()));
                how.append("--param ").append(param).append(", --set ").append(set);
            }
            case 2 -> {
                String[] option = STUDY_OPTIONS[random.nextInt(STUDY_OPTIONS.length)];
                extra.add(option[0]);
                extra.add(option[1 + random.nextInt(option.length - 1)]);
                how.append("option ").append(String.join(" ", extra));
            }
            case 3 -> {
                String block = ", \"uncertainty\": {\"parameters\": [{\"path\": \""
                        + PATHS.get(random.nextInt(PATHS.size())).replace("\"", "\\\"") + "\", \"distribution\": "
                        + DISTRIBUTIONS.get(random.nextInt(DISTRIBUTIONS.size())) + "}]}";
                int end = tenFirms.lastIndexOf('}');
                Files.writeString(scenario, tenFirms.substring(0, end) + block + "\n}\n");
                how.append("uncertainty block").append(block);
            }
            case 4 -> {
                List<String> ignored = new ArrayList<>();
                Files.write(
                        targets,
                        damageCsv(
                                random,
                                "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\nvolume_t,2024,140000,1\n",
                                how.append("targets "),
                                ignored));
                extra.addAll(ignored);
            }
            default -> {
                Path damaged = caseDir.resolve("policy.json");
                Files.write(damaged, damageJson(random, tenFirms, how.append("second policy ")));
                second = damaged.toString();
            }
        }
        List<String> args = new ArrayList<>(List.of(command, scenario.toString()));
        switch (command) {
            case "montecarlo" -> args.addAll(List.of("--years", "1", "--runs", "2"));
            case "sweep" -> args.addAll(List.of("--years", "1", "--runs", "2", "--set", set));
            case "compare" -> args.addAll(List.of(second, "--years", "1", "--runs", "2"));
            case "sensitivity" -> args.addAll(
                    List.of("--years", "1", "--runs", "1", "--samples", "2", "--param", param));
            default -> args.addAll(List.of(
                    "--targets",
                    targets.toString(),
                    "--runs",
                    "2",
                    "--budget",
                    "14",
                    "--param",
                    param.replace("limitPct=5:15", "initialPrice=30:70")));
        }
        args.addAll(List.of(
                "--threads",
                "1",
                "--no-charts",
                "--quiet",
                "--out",
                caseDir.resolve("out").toString()));
        args.addAll(extra);
        check(seed, how, args.toArray(new String[0]));
    }

    /** One fuzz case: its seed, the random numbers drawn from it, and a folder of its own. */
    private interface Case {
        void run(long seed, SplittableRandom random, Path caseDir) throws IOException;
    }

    /**
     * Runs {@code count} cases of the series {@code series} (only {@code -Dfuzz.case} if given), in
     * folders named {@code prefix} and the index, until 20 have failed; then fails with every failure.
     */
    private void runCases(int count, long series, String prefix, Case body) throws IOException {
        int cases = 0;
        for (int i = 0; i < count && failures.size() < 20; i++) {
            long seed = ONLY_CASE != null ? Long.parseLong(ONLY_CASE) : caseSeed(series, i);
            body.run(seed, new SplittableRandom(seed), Files.createDirectories(dir.resolve(prefix + i)));
            cases++;
            if (ONLY_CASE != null) {
                break;
            }
        }
        int ran = cases;
        assertTrue(
                failures.isEmpty(),
                () -> String.join("\n", failures) + "\n(" + failures.size() + " of " + ran + " cases failed)");
    }

    /** A SplitMix64 step, so that each case has its own seed that reproduces it alone. */
    private static long caseSeed(long series, int index) {
        long z = series + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------- the three targets

    private void scenarioCase(long seed, SplittableRandom random, Path caseDir, String name, String json)
            throws IOException {
        StringBuilder how = new StringBuilder(name + ": ");
        byte[] bytes = damageJson(random, json, how);
        Path file = caseDir.resolve(name + ".json");
        Files.write(file, bytes);
        if (check(seed, how, "validate", file.toString()) == 0) {
            whatValidatesMustRun(seed, how, file, caseDir, random, List.of());
        }
    }

    private void registerCase(long seed, SplittableRandom random, Path caseDir, String tenFirms) throws IOException {
        JsonObject scenario = JsonParser.parseString(tenFirms).getAsJsonObject();
        scenario.addProperty("enterpriseRegister", "firms.csv");
        scenario.add("enterprises", new JsonArray());
        Path file = caseDir.resolve("registered.json");
        Files.writeString(file, scenario.toString());
        String register = "id,name,sector,baseOutput,emissionIntensity,growthRate,operatingDays,macType,macMaxCost,"
                + "macMaxShare,emissions2023,output2023\n"
                + "C1,\"Wuhan Cement, Ltd.\",cement,1000000,0.9,0.02,330,linear,80,0.2,900000,1000000\n"
                + "C2,湖北水泥,cement,500000,1.1,0,365,quadratic,120,0.3,560000,510000\n"
                + "K1,\"Plant \"\"Two\"\"\",chemicals,200000,1.5,0.01,300,none,,,300000,200000\n";
        StringBuilder how = new StringBuilder("register: ");
        List<String> args = new ArrayList<>(List.of("validate", file.toString()));
        Files.write(caseDir.resolve("firms.csv"), damageCsv(random, register, how, args));
        if (check(seed, how, args.toArray(new String[0])) == 0) {
            whatValidatesMustRun(seed, how, file, caseDir, random, args.subList(2, args.size()));
        }
    }

    private void ordersCase(long seed, SplittableRandom random, Path caseDir, String orders) throws IOException {
        StringBuilder how = new StringBuilder("orders: ");
        Path file = caseDir.resolve("orders.csv");
        List<String> args = new ArrayList<>(List.of("replay", file.toString()));
        Files.write(file, damageCsv(random, orders, how, args));
        if (random.nextInt(4) == 0) {
            String[][] options = {
                {"--tick", "0.01", "0.1", "0", "-1", "abc", "1e9", "0.001"},
                {"--reference-price", "25.00", "0", "1e400", "x", "99999999999999"},
                {"--limit-pct", "10", "0", "100", "10.001", "-5", "ten"},
                {"--lang", "en", "zh", "fr"},
                {
                    "--out",
                    caseDir.resolve("trades.csv").toString(),
                    caseDir.resolve("none/t.csv").toString(),
                    "."
                }
            };
            String[] option = options[random.nextInt(options.length)];
            args.add(option[0]);
            args.add(option[1 + random.nextInt(option.length - 1)]);
            how.append(", option ")
                    .append(args.get(args.size() - 2))
                    .append(' ')
                    .append(args.get(args.size() - 1));
        }
        if (random.nextInt(3) == 0) {
            args.add("--book");
            how.append(", --book");
        }
        check(seed, how, args.toArray(new String[0]));
    }

    /**
     * Allocates a damaged scenario that validated, and runs a few: validation promises a run, so
     * these must exit 0.
     */
    private void whatValidatesMustRun(
            long seed, StringBuilder how, Path file, Path caseDir, SplittableRandom random, List<String> options) {
        List<String> allocate = new ArrayList<>(List.of(
                "allocate",
                file.toString(),
                "--out",
                caseDir.resolve("allocation.csv").toString()));
        allocate.addAll(options);
        mustRun(seed, how, allocate);
        if (runsLeft > 0 && how.indexOf("extreme") >= 0 && random.nextInt(3) == 0) {
            runsLeft--;
            List<String> run = new ArrayList<>(List.of(
                    "run",
                    file.toString(),
                    "--years",
                    "1",
                    "--no-charts",
                    "--quiet",
                    "--out",
                    caseDir.resolve("run").toString()));
            run.addAll(options);
            mustRun(seed, how, run);
        }
    }

    private void mustRun(long seed, StringBuilder how, List<String> args) {
        int exit = check(seed, how, args.toArray(new String[0]));
        if (exit != 0 && failures.stream().noneMatch(f -> f.startsWith("seed=" + seed + " "))) {
            failures.add("seed=" + seed + " validated, but carbonsim "
                    + String.join(" ", shorten(args.toArray(new String[0]))) + " exited " + exit + " (" + how + ")");
        }
    }

    /** Runs {@code carbonsim args} in-process; records a failure unless it exits 0, or 2 with a located message. */
    private int check(long seed, CharSequence how, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CarbonsimCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        exits.merge(args[0] + " " + exit, 1, Integer::sum);
        String errors = err.toString();
        String first = errors.lines().findFirst().orElse("");
        String problem = null;
        if (exit != 0 && exit != 2) {
            problem = "exit " + exit;
        } else if (errors.contains("\tat ") || errors.contains("Exception")) {
            problem = "a stack trace or a Java exception";
        } else if (exit == 2 && !LOCATED.matcher(first).find()) {
            problem = "exit 2 without a location";
        }
        if (problem != null) {
            failures.add("seed=" + seed + " " + problem + " for carbonsim " + String.join(" ", shorten(args)) + " ("
                    + how + "): " + shorten(errors));
        }
        return exit;
    }

    private static List<String> shorten(String... args) {
        return java.util.Arrays.stream(args).map(FuzzTest::shorten).toList();
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    // ---------------------------------------------------------------- damaging JSON

    private byte[] damageJson(SplittableRandom random, String json, StringBuilder how) {
        JsonElement root = JsonParser.parseString(json);
        List<Node> nodes = new ArrayList<>();
        collect(root, null, null, -1, "$", nodes);
        Node node = nodes.get(1 + random.nextInt(nodes.size() - 1));
        String text;
        switch (random.nextInt(10)) {
            case 0 -> {
                how.append("type at ").append(node.path());
                node.replace(List.of(
                                new JsonPrimitive("x"),
                                new JsonPrimitive(1),
                                new JsonPrimitive(true),
                                JsonNull.INSTANCE,
                                new JsonObject(),
                                new JsonArray())
                        .get(random.nextInt(6)));
                text = root.toString();
            }
            case 1, 2, 3 -> {
                Node number = numberNode(random, nodes, node);
                String value = EXTREMES.get(random.nextInt(EXTREMES.size()));
                how.append("extreme ").append(value).append(" at ").append(number.path());
                number.replace(new JsonPrimitive(new BigDecimal(value)));
                text = root.toString();
            }
            case 4 -> {
                String value =
                        random.nextBoolean() ? "x".repeat(100_000) : ODD_TEXT.get(random.nextInt(ODD_TEXT.size()));
                how.append("string of ").append(value.length()).append(" at ").append(node.path());
                node.replace(new JsonPrimitive(value));
                text = root.toString();
            }
            case 5 -> {
                how.append("removed ").append(node.path());
                node.remove();
                text = root.toString();
            }
            case 6 -> {
                int depth = random.nextBoolean() ? 70 : 20_000;
                how.append("nesting ").append(depth).append(" deep at ").append(node.path());
                String marker = "\"__deep__\"";
                node.replace(new JsonPrimitive("__deep__"));
                text = root.toString().replace(marker, "[".repeat(depth) + "1" + "]".repeat(depth));
            }
            case 7 -> {
                how.append("duplicate key");
                text = duplicateKey(random, root.toString());
            }
            case 8 -> {
                text = root.toString();
                int cut = random.nextInt(text.length());
                how.append("truncated at ").append(cut);
                return text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                return damageBytes(random, json.getBytes(StandardCharsets.UTF_8), how);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A number node, {@code fallback} if the file has none. */
    private static Node numberNode(SplittableRandom random, List<Node> nodes, Node fallback) {
        List<Node> numbers = nodes.stream()
                .filter(n -> n.value().isJsonPrimitive()
                        && n.value().getAsJsonPrimitive().isNumber())
                .toList();
        return numbers.isEmpty() ? fallback : numbers.get(random.nextInt(numbers.size()));
    }

    /** Repeats one {@code "key": } of the text with another value in front of it. */
    private static String duplicateKey(SplittableRandom random, String text) {
        List<Integer> keys = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("[{,](\"[A-Za-z$]+\":)").matcher(text);
        while (m.find()) {
            keys.add(m.start(1));
        }
        if (keys.isEmpty()) {
            return text;
        }
        int at = keys.get(random.nextInt(keys.size()));
        int colon = text.indexOf(':', at);
        return text.substring(0, at) + text.substring(at, colon + 1) + "1," + text.substring(at);
    }

    /** Damage at the byte level: another encoding, a byte-order mark, an invalid or flipped byte. */
    private static byte[] damageBytes(SplittableRandom random, byte[] utf8, StringBuilder how) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
            case 0 -> {
                how.append("GBK");
                return ("\u6e56\u5317" + text).getBytes(GBK);
            }
            case 1 -> {
                how.append("UTF-16LE with a byte-order mark");
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            }
            case 2 -> {
                how.append("UTF-16BE without a byte-order mark");
                return text.getBytes(StandardCharsets.UTF_16BE);
            }
            case 3 -> {
                how.append("UTF-8 byte-order mark");
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                byte[] copy = utf8.clone();
                int at = random.nextInt(copy.length);
                copy[at] = (byte) random.nextInt(256);
                how.append("byte ").append(at).append(" set to ").append(copy[at] & 0xFF);
                return copy;
            }
        }
    }

    // ---------------------------------------------------------------- damaging CSV

    private byte[] damageCsv(SplittableRandom random, String csv, StringBuilder how, List<String> args) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader =
                CsvReader.of(csv.getBytes(StandardCharsets.UTF_8), "base.csv", StandardCharsets.UTF_8)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(new ArrayList<>(r.fields()));
            }
        }
        int row = random.nextInt(rows.size());
        List<String> cells = rows.get(row);
        int column = random.nextInt(cells.size());
        String eol = "\n";
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> {
                String value = EXTREMES.get(random.nextInt(EXTREMES.size()));
                how.append("extreme ")
                        .append(value)
                        .append(" at ")
                        .append(row + 1)
                        .append(':')
                        .append(column + 1);
                cells.set(column, value);
            }
            case 3, 4 -> {
                String value =
                        random.nextBoolean() ? "x".repeat(100_000) : ODD_TEXT.get(random.nextInt(ODD_TEXT.size()));
                how.append("text of ")
                        .append(value.length())
                        .append(" at ")
                        .append(row + 1)
                        .append(':')
                        .append(column + 1);
                cells.set(column, value);
            }
            case 5 -> {
                how.append("duplicate row ").append(row + 1);
                rows.add(row, new ArrayList<>(cells));
            }
            case 6 -> {
                if (random.nextBoolean() && cells.size() > 1) {
                    how.append("field removed from row ").append(row + 1);
                    cells.remove(column);
                } else {
                    how.append("field added to row ").append(row + 1);
                    cells.add(column, "extra");
                }
            }
            case 7 -> {
                how.append("row ").append(row + 1).append(" removed");
                rows.remove(row);
            }
            case 8 -> {
                eol = List.of("\r\n", "\r", "\n\n").get(random.nextInt(3));
                how.append("line ends ").append(eol.replace("\r", "CR").replace("\n", "LF"));
            }
            default -> {
                String text = write(rows, eol);
                if (random.nextInt(4) == 0) {
                    args.add("--encoding");
                    args.add(List.of("GBK", "UTF-16", "GB18030", "KLINGON", "UTF-8")
                            .get(random.nextInt(5)));
                    how.append("--encoding ").append(args.get(args.size() - 1)).append(", ");
                }
                if (random.nextInt(3) == 0) {
                    int cut = random.nextInt(text.length());
                    how.append("truncated at ").append(cut);
                    return text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
                }
                if (random.nextInt(3) == 0) {
                    int at = random.nextInt(text.length());
                    how.append("quote inserted at ").append(at);
                    return (text.substring(0, at) + "\"" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
                return damageBytes(random, text.getBytes(StandardCharsets.UTF_8), how);
            }
        }
        return write(rows, eol).getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 text of {@code rows}, quoting where needed. */
    private static String write(List<List<String>> rows, String eol) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                text.append(c == 0 ? "" : ",");
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                    text.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(cell);
                }
            }
            text.append(eol);
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- a JSON tree with parents

    /** A node of the tree and where it hangs: a member of an object or an element of an array. */
    private record Node(JsonElement value, JsonElement parent, String key, int index, String path) {
        void replace(JsonElement replacement) {
            if (parent instanceof JsonObject o) {
                o.add(key, replacement);
            } else if (parent instanceof JsonArray a) {
                a.set(index, replacement);
            }
        }

        void remove() {
            if (parent instanceof JsonObject o) {
                o.remove(key);
            } else if (parent instanceof JsonArray a) {
                a.remove(index);
            }
        }
    }

    private static void collect(
            JsonElement e, JsonElement parent, String key, int index, String path, List<Node> nodes) {
        nodes.add(new Node(e, parent, key, index, path));
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : e.getAsJsonObject().entrySet()) {
                collect(member.getValue(), e, member.getKey(), -1, path + "." + member.getKey(), nodes);
            }
        } else if (e.isJsonArray()) {
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), e, null, i, path + "[" + i + "]", nodes);
            }
        }
    }
}
