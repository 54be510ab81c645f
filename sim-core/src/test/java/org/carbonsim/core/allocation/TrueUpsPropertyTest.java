package org.carbonsim.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link AllocationTable#trueUps} reads the lines in their order when they are in id order and every
 * enterprise pre-allocated has one (the usual year), and otherwise builds the true-ups by id. Checked
 * against the plain construction by id, on seeded tables: lines in id order or shuffled, duplicated,
 * with enterprises pre-allocated that have no line and lines with no pre-allocation.
 */
class TrueUpsPropertyTest {
    private static final int TABLES = 2_000;

    @Test
    void trueUpsAreOnePerEnterpriseById() {
        for (long seed = 1; seed <= TABLES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int enterprises = random.nextInt(0, 12);
            List<AllocationLine> lines = new ArrayList<>();
            Map<String, Long> preAllocated = random.nextBoolean() ? new TreeMap<>() : new HashMap<>();
            for (int i = 0; i < enterprises; i++) {
                String id = String.format("E%02d", i);
                int kind = random.nextInt(10);
                if (kind < 8) {
                    lines.add(line(id, random.nextLong(0, 10_000)));
                }
                if (kind == 8 && random.nextBoolean()) {
                    lines.add(line(id, random.nextLong(0, 10_000))); // the same enterprise twice
                    lines.add(line(id, random.nextLong(0, 10_000)));
                }
                if (kind != 9 || random.nextBoolean()) {
                    preAllocated.put(id, random.nextLong(0, 10_000));
                }
            }
            if (random.nextInt(4) == 0) {
                Collections.shuffle(lines, new Random(seed));
            }
            AllocationTable table = new AllocationTable(2024, 0, 0, 0, 0, 0, 1, 1, lines, List.of());
            assertEquals(byId(lines, preAllocated), table.trueUps(preAllocated), "seed " + seed);
        }
    }

    /** The plain construction: one true-up per enterprise of the lines (the last line of an id) or pre-allocated, by id. */
    private static List<TrueUp> byId(List<AllocationLine> lines, Map<String, Long> preAllocated) {
        Map<String, TrueUp> byId = new TreeMap<>();
        for (AllocationLine line : lines) {
            byId.put(
                    line.enterpriseId(),
                    new TrueUp(
                            line.enterpriseId(),
                            preAllocated.getOrDefault(line.enterpriseId(), 0L),
                            line.allocationTonnes()));
        }
        preAllocated.forEach((id, issued) -> byId.putIfAbsent(id, new TrueUp(id, issued, 0)));
        return new ArrayList<>(byId.values());
    }

    private static AllocationLine line(String id, long allocationTonnes) {
        return new AllocationLine(id, "s", "Benchmark", false, 1, 1, 1, 1, 1, 0, allocationTonnes, 0);
    }
}
