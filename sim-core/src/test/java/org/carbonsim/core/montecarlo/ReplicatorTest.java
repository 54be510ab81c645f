package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A study's result does not depend on what runs its replications: local threads, or an executor that
 * runs them in another order and in another "process" (serialized tasks and results), as Spark does.
 */
class ReplicatorTest {
    private static final String PRICE_UNCERTAINTY = "\"parameters\": [{\"path\": \"$.market.initialPrice\","
            + " \"distribution\": {\"type\": \"uniform\", \"low\": 30, \"high\": 50}}]";

    /** Loads the two-firm scenario from its text: what an executor elsewhere could do. */
    private record TextRecipe(String json) implements ScenarioRecipe {
        @Override
        public Scenario scenario() {
            return ScenarioLoader.parse(json, "two-firms.json", Path.of("."));
        }
    }

    /**
     * Runs each task after a serialization round trip, in a seeded random order, and each result
     * through another round trip, then hands the results over in index order: a stand-in for a
     * cluster.
     */
    private record ShippingReplicator(long seed) implements Replicator {
        @Override
        public <T> void run(ReplicationTask<T> task, int count, Predicate<? super T> sink) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            List<T> results = new ArrayList<>(Collections.nCopies(count, null));
            for (int i : order) {
                @SuppressWarnings("unchecked")
                ReplicationTask<T> shipped = (ReplicationTask<T>) roundTrip(task);
                @SuppressWarnings("unchecked")
                T back = (T) roundTrip(shipped.run(i));
                results.set(i, back);
            }
            for (T r : results) {
                if (!sink.test(r)) {
                    return;
                }
            }
        }
    }

    @Test
    void threadsHandResultsOverInIndexOrderAndStopWhenTheSinkSaysSo() {
        List<Integer> seen = new ArrayList<>();
        Replicator.threads(4).run(i -> i * 10, 100, r -> seen.add(r) && seen.size() < 37);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            expected.add(i * 10);
        }
        assertEquals(expected, seen);
    }

    @Test
    void aMonteCarloStudyIsTheSameOnThreadsAndOnAShippingExecutor() {
        for (long seed : new long[] {1, 2, 3}) {
            String json = McScenarios.twoFirmsJson(PRICE_UNCERTAINTY);
            MonteCarlo.Settings settings = new MonteCarlo.Settings(30, 2, 9, Optional.empty());
            MonteCarloResult local = MonteCarlo.run(McScenarios.twoFirms(PRICE_UNCERTAINTY), settings);
            MonteCarloResult shipped =
                    MonteCarlo.run(new TextRecipe(json), settings, (done, total) -> {}, new ShippingReplicator(seed));
            assertEquals(local, shipped, "shuffle seed " + seed);
        }
    }

    @Test
    void aStoppingRuleStopsAtTheSameReplicationWhateverRunsThem() {
        MonteCarlo.Settings settings = new MonteCarlo.Settings(200, 3, 4, Optional.of(new StopRule(Metric.VWAP, 0.05)));
        MonteCarloResult local = MonteCarlo.run(McScenarios.twoFirms(PRICE_UNCERTAINTY), settings);
        MonteCarloResult shipped = MonteCarlo.run(
                new TextRecipe(McScenarios.twoFirmsJson(PRICE_UNCERTAINTY)),
                settings,
                (done, total) -> {},
                new ShippingReplicator(7));
        assertTrue(local.stoppedEarly(), "the rule should stop the study before 200 runs");
        assertEquals(local, shipped);
    }

    @Test
    void pairedRunsAreTheSameOnThreadsAndOnAShippingExecutor() {
        String json = McScenarios.twoFirmsJson(PRICE_UNCERTAINTY);
        String other = json.replace("\"initialPrice\": 40.00", "\"initialPrice\": 45.00");
        PairedRuns.Settings settings = new PairedRuns.Settings(6, 2, 11);
        List<List<RunMetrics>> local = PairedRuns.run(
                List.of(
                        ScenarioLoader.parse(json, "two-firms.json", Path.of(".")),
                        ScenarioLoader.parse(other, "two-firms.json", Path.of("."))),
                settings,
                (done, total) -> {},
                true);
        List<List<RunMetrics>> shipped = PairedRuns.run(
                List.of(new TextRecipe(json), new TextRecipe(other)),
                settings,
                (done, total) -> {},
                true,
                new ShippingReplicator(5));
        assertEquals(local, shipped);
    }

    @Test
    void aTaskOnAnInMemoryScenarioRefusesToBeShippedAndSaysWhy() {
        ScenarioRecipe inMemory = ScenarioRecipe.of(McScenarios.twoFirms(""));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> roundTrip(inMemory));
        assertTrue(e.getCause() instanceof NotSerializableException, e.toString());
        assertTrue(
                e.getCause().getMessage().contains("describe it by file"),
                e.getCause().getMessage());
    }

    private static Object roundTrip(Object o) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
