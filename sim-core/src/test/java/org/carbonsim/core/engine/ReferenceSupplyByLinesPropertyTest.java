package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.junit.jupiter.api.Test;

/**
 * The reference offset supply and the cycle's totals are read without building a sorted map where
 * the data already come in id order, only to save work: for seeded random firms (ids in random
 * order, some sharing prefixes) and programmes, the supply read from a table's lines in id order
 * equals the supply read from the allocations in a sorted map, and {@link ByIdTotals#sorted} gives,
 * whether handed a hash map, a sorted one, or a linked hash map filled in id order or in a random
 * order (which it may read as it is only where that order is the ids'), the entries a sorted copy
 * gives, in the same order, and cannot be written to.
 */
class ReferenceSupplyByLinesPropertyTest {
    private static final int YEAR = 2024;

    @Test
    void linesInIdOrderGiveWhatTheSortedMapGives() {
        PropertySeeds.upTo(300).forEach(ReferenceSupplyByLinesPropertyTest::checkOne);
    }

    private static void checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int firmCount = random.nextInt(12);
        Map<String, Long> allocation = new HashMap<>();
        Map<String, String> sectors = new HashMap<>();
        while (allocation.size() < firmCount) {
            String id = (random.nextBoolean() ? "E" : "E0") + random.nextInt(1_000);
            allocation.put(id, random.nextLong(0, 50_000));
            sectors.put(id, "s" + random.nextInt(3));
        }
        List<OffsetProgram> programs = new ArrayList<>();
        int programCount = random.nextInt(3);
        for (int p = 0; p < programCount; p++) {
            programs.add(new OffsetProgram(
                    "p" + p,
                    OffsetKind.CCER,
                    random.nextLong(0, 100_000),
                    random.nextLong(100, 5_000),
                    random.nextBoolean() ? random.nextLong(10_000, 3_000_000) : 0,
                    2013,
                    0.05 + 0.45 * random.nextDouble(),
                    random.nextBoolean() ? CapBase.EMISSIONS : CapBase.ALLOCATION));
        }
        OffsetRule rule = OffsetCostTest.rule(programs, 0.05 + 0.55 * random.nextDouble());
        TreeMap<String, Long> sorted = new TreeMap<>(allocation);
        List<AllocationLine> lines = new ArrayList<>();
        sorted.forEach((id, tonnes) -> lines.add(
                new AllocationLine(id, sectors.get(id), "historical", false, 1, 1, 1, 1, 1, 0, tonnes, tonnes + 1)));
        assertEquals(
                OffsetPlan.referenceSupply(rule, YEAR, sorted),
                OffsetPlan.referenceSupply(rule, YEAR, lines),
                "seed=" + seed + " programmes " + programs + " allocations " + sorted);
        List<Map.Entry<String, Long>> expected = List.copyOf(new TreeMap<>(allocation).entrySet());
        List<String> shuffled = new ArrayList<>(sorted.keySet());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        Map<String, Long> inRandomOrder = new LinkedHashMap<>();
        shuffled.forEach(id -> inRandomOrder.put(id, allocation.get(id)));
        for (Map<String, Long> given : List.of(allocation, sorted, new LinkedHashMap<>(sorted), inRandomOrder)) {
            Map<String, Long> totals = ByIdTotals.sorted(given);
            assertEquals(
                    expected,
                    List.copyOf(totals.entrySet()),
                    "seed=" + seed + " from " + given.getClass() + " " + given.keySet());
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> totals.put("E", 1L),
                    "seed=" + seed + " from " + given.getClass());
        }
    }
}
