package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.montecarlo.Replicator;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void estimateGrowsWithEnterprisesYearsDaysAndTraders() {
        Scenario s = ScenarioFiles.load("classroom-ten-firms");
        long firms = s.enterprises().size();
        long years = s.calendar().years();
        long days = s.calendar().tradingDaysPerYear();
        long traders = s.agents().traders().stream()
                .mapToLong(org.carbonsim.core.agents.TraderGroup::count)
                .sum();
        assertEquals(
                MemoryBudget.BASE_BYTES
                        + firms
                                * (MemoryBudget.BYTES_PER_ENTERPRISE
                                        + years
                                                * (MemoryBudget.BYTES_PER_ENTERPRISE_YEAR
                                                        + days * MemoryBudget.BYTES_PER_ENTERPRISE_DAY))
                        + traders * MemoryBudget.BYTES_PER_TRADER,
                MemoryBudget.estimate(s));
    }

    @Test
    void aScenarioThatDoesNotFitTheHeapIsRefusedWithItsEstimateAndTheXmxItNeeds() {
        Scenario s = ScenarioFiles.load("classroom-ten-firms");
        UserInputException e =
                assertThrows(UserInputException.class, () -> MemoryBudget.check(s, "ten.json", 4, 0, 64L << 20));
        assertEquals(
                "ten.json is too large for this Java's memory: 10 enterprises x 2 years x 242 trading days and 0"
                        + " traders on 4 threads need about 97 MB of heap, and at most 64 MB may be used. Give Java"
                        + " more with -Xmx128m (for the launcher, which needs its -Xss4m kept: CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx128m\"), or simulate fewer"
                        + " enterprises, years or traders (or use fewer --threads)",
                e.getMessage());
        MemoryBudget.check(s, "ten.json", 4, 0, 128L << 20);
        assertTrue(assertThrows(UserInputException.class, () -> MemoryBudget.check(s, "ten.json", 40_000, 0, 1L << 30))
                .getMessage()
                .contains("need about 5.7 GB of heap, and at most 1.0 GB may be used. Give Java more with -Xmx6g"));
    }

    @Test
    void aStudyKeepsPerReplicationItsMetricsInputsAndFiguresPerYearAndPerSectorAndYear() {
        Scenario s = ScenarioFiles.load("hubei-pilot-uncertain");
        long inputs = s.uncertainty().parameters().size();
        long years = s.calendar().years();
        long sectors = s.sectors().size();
        long perRun = MemoryBudget.BYTES_PER_KEPT_RUN
                + inputs * MemoryBudget.BYTES_PER_KEPT_RUN_INPUT
                + years * MemoryBudget.BYTES_PER_KEPT_RUN_YEAR
                + years * sectors * MemoryBudget.BYTES_PER_KEPT_RUN_SECTOR_YEAR;
        assertEquals(0, MemoryBudget.keptEstimate(s, 0));
        assertEquals(1000 * perRun, MemoryBudget.keptEstimate(s, 1000));
        assertEquals(8, inputs, "hubei-pilot-uncertain's uncertain inputs");
        Scenario oneYear = s.withYears(1);
        assertEquals(
                MemoryBudget.BYTES_PER_KEPT_RUN
                        + 8 * MemoryBudget.BYTES_PER_KEPT_RUN_INPUT
                        + MemoryBudget.BYTES_PER_KEPT_RUN_YEAR
                        + sectors * MemoryBudget.BYTES_PER_KEPT_RUN_SECTOR_YEAR,
                MemoryBudget.keptEstimate(oneYear, 1));
    }

    @Test
    void aStudyWhoseKeptFiguresDoNotFitIsRefusedAndToldToRunFewerReplications() {
        Scenario s = ScenarioFiles.load("classroom-ten-firms");
        long runAlone = (long) Math.ceil(MemoryBudget.estimate(s) * MemoryBudget.HEADROOM);
        long heap = runAlone + (1L << 20);
        MemoryBudget.check(s, "ten.json", 1, 0, heap);
        MemoryBudget.check(s, "ten.json", 1, 100, heap);
        UserInputException e =
                assertThrows(UserInputException.class, () -> MemoryBudget.check(s, "ten.json", 1, 1_000_000, heap));
        assertTrue(
                e.getMessage()
                        .startsWith("ten.json is too large for this Java's memory: 10 enterprises x 2 years x 242"
                                + " trading days and 0 traders, keeping the figures of 1000000 replications, need"
                                + " about "),
                e.getMessage());
        assertTrue(
                e.getMessage().endsWith("or simulate fewer enterprises, years or traders (or use fewer --runs)"),
                e.getMessage());
        assertTrue(assertThrows(UserInputException.class, () -> MemoryBudget.check(s, "ten.json", 2, 1_000_000, heap))
                .getMessage()
                .endsWith("(or use fewer --runs or --threads)"));
    }

    /** Under Spark on local[8] the tasks at once are counted and made fewer with --master local[N]. */
    @Test
    void sparkTasksAtOnceAreCountedAndMadeFewerWithTheirOwnOption() {
        Scenario s = ScenarioFiles.load("classroom-ten-firms");
        Workers spark = new Workers(8, "Spark tasks at once", "tasks at once with --master local[N]");
        String message = assertThrows(
                        UserInputException.class, () -> MemoryBudget.check(s, "ten.json", spark, 0, 64L << 20))
                .getMessage();
        assertTrue(message.contains(" and 0 traders on 8 Spark tasks at once need about "), message);
        assertTrue(message.endsWith("(or use fewer tasks at once with --master local[N])"), message);
        assertFalse(message.contains("--threads"), message);
        assertTrue(assertThrows(
                        UserInputException.class, () -> MemoryBudget.check(s, "ten.json", spark, 1_000_000, 64L << 20))
                .getMessage()
                .endsWith("(or use fewer --runs or tasks at once with --master local[N])"));
    }

    /** The advice for more heap is the workers' own: the launcher's variable, or spark-submit's option. */
    @Test
    void moreHeapIsAskedForTheWayTheWorkersJvmWasStarted() {
        Scenario s = ScenarioFiles.load("classroom-ten-firms");
        String local = assertThrows(UserInputException.class, () -> MemoryBudget.check(s, "ten.json", 1, 0, 64L << 20))
                .getMessage();
        assertTrue(local.contains("CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx"), local);
        Workers submitted = new Workers(
                2, "Spark tasks at once", "tasks at once with --master local[N]", "spark-submit --driver-memory %1$s");
        String message = assertThrows(
                        UserInputException.class, () -> MemoryBudget.check(s, "ten.json", submitted, 0, 64L << 20))
                .getMessage();
        assertTrue(message.contains("Give Java more with spark-submit --driver-memory "), message);
        assertFalse(message.contains("CARBONSIM_JAVA_OPTS"), message);
        assertFalse(message.contains("-Xmx"), message);
        assertThrows(IllegalArgumentException.class, () -> new Workers(1, "threads", "--threads", "-Xmx"));
    }

    /**
     * On a cluster the driver runs no replication: a heap that one run would not fit is no reason to
     * refuse; the kept figures still are.
     */
    @Test
    void workersThatRunElsewhereNeedNoHeapHereButKeptFiguresDo() {
        Scenario s = ScenarioFiles.load("classroom-ten-firms");
        long heap = (long) Math.ceil(MemoryBudget.BASE_BYTES * MemoryBudget.HEADROOM);
        assertThrows(UserInputException.class, () -> MemoryBudget.check(s, "ten.json", 1, 0, heap));
        Workers cluster = new Workers(0, "Spark tasks at once", "tasks at once with --master local[N]");
        MemoryBudget.check(s, "ten.json", cluster, 0, heap);
        assertTrue(assertThrows(
                        UserInputException.class, () -> MemoryBudget.check(s, "ten.json", cluster, 1_000_000, heap))
                .getMessage()
                .endsWith("(or use fewer --runs)"));
    }

    /** A study asks StudyExecution for its workers: the installed host's, whatever --threads says. */
    @Test
    void anInstalledHostsWorkersReplaceTheThreads() {
        assertEquals(Workers.threads(6), StudyExecution.workers(6));
        Workers spark = new Workers(3, "Spark tasks at once", "tasks at once with --master local[N]");
        StudyExecution.install(Replicator.threads(1), spark);
        try {
            assertEquals(spark, StudyExecution.workers(6));
            assertEquals(2, StudyExecution.workers(6).atMost(2).count());
        } finally {
            StudyExecution.uninstall();
        }
        assertEquals(Workers.threads(6), StudyExecution.workers(6));
    }

    @Test
    void aThousandRunNationalStudyOnTwoThreadsFitsTwoGigabytes() {
        Scenario s = ScenarioFiles.load("national-ets-scale");
        MemoryBudget.check(s, "national-ets-scale", 2, 1000, 2L << 30);
        long kept = MemoryBudget.keptEstimate(s, 1000);
        assertTrue(kept < 4L << 20, "1,000 replications of 2 years and 6 sectors keep about 2.6 MB, got " + kept);
    }

    @Test
    void tenPopulationsOfHundredThousandFirmsAreRefusedBeforeTheyAreGenerated() throws IOException {
        StringBuilder populations = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            populations
                    .append(i == 0 ? "" : ",")
                    .append("{\"sector\": \"cement\", \"idPrefix\": \"P")
                    .append(i)
                    .append("\", \"count\": 100000, \"medianEmissions\": 50000, \"emissionIntensity\": 0.9}");
        }
        String json = new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"enterprises\"", "\"populations\": " + populations + "]," + " \"enterprises\"");
        Path file = dir.resolve("huge.json");
        Files.writeString(file, json);
        assertEquals(2, run("validate", file.toString()));
        assertTrue(
                err.toString()
                        .contains("$.populations[1].count: the populations would generate more than 100000 enterprises"
                                + " in all"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void outOfMemoryIsOneLineWithExitTwo() throws IOException, InterruptedException {
        String stderr = validateWithTooLittleHeap();
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("carbonsim: out of memory: the Java heap (at most "), stderr);
    }

    /** An error on the command's thread (where the replications' workers rethrow theirs): --debug shows where. */
    @Test
    void outOfMemoryWithDebugIsTheLineThenTheStackTrace() throws IOException, InterruptedException {
        String stderr = validateWithTooLittleHeap("--debug");
        assertTrue(stderr.startsWith("carbonsim: out of memory: the Java heap (at most "), stderr);
        // the throwable follows the line; its frames only when the JVM gave it some: an error thrown while
        // the compiler's scalar-replaced objects are reallocated ("failed reallocation of scalar replaced
        // objects") carries none
        assertTrue(stderr.lines().skip(1).anyMatch(l -> l.startsWith("java.lang.OutOfMemoryError")), stderr);
    }

    /** {@code carbonsim validate} of a 400,000-firm register in 40 MB of heap; its stderr, after exit 2. */
    private String validateWithTooLittleHeap(String... options) throws IOException, InterruptedException {
        StringBuilder register = new StringBuilder("id,sector,baseOutput,emissionIntensity\n");
        for (int i = 0; i < 400_000; i++) {
            register.append("R").append(i).append(",cement,1000,0.9\n");
        }
        Files.writeString(dir.resolve("big.csv"), register);
        String json = new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"big.csv\", \"enterprises\"");
        Files.writeString(dir.resolve("big.json"), json);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx40m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "validate",
                dir.resolve("big.json").toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), stderr);
        return stderr;
    }
}
