package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.junit.jupiter.api.Test;

/**
 * An offset plan keeps the shares it read last and others it worked out, only to save work: read at
 * seeded random prices by random firms in a random order, one plan gives every firm exactly the
 * credits a fresh plan of the same firms and programmes, read at that price alone, gives it.
 * Programmes flat or sloped, on allocation or emissions, supplies scarce or plentiful; prices often
 * repeated and often at a flat programme's own price.
 */
class OffsetPlanReadOrderPropertyTest {
    private static final int YEAR = 2024;

    @Test
    void readingInAnyOrderGivesWhatAFreshPlanGives() {
        PropertySeeds.upTo(300).forEach(OffsetPlanReadOrderPropertyTest::checkOne);
    }

    private static void checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int firmCount = 2 + random.nextInt(6);
        List<String> ids = new ArrayList<>();
        Map<String, Long> allocation = new LinkedHashMap<>();
        Map<String, Long> emitted = new LinkedHashMap<>();
        for (int i = 0; i < firmCount; i++) {
            ids.add("F" + i);
            long emissions = random.nextLong(1_000, 10_000);
            emitted.put(ids.get(i), emissions);
            allocation.put(ids.get(i), random.nextLong(0, emissions + 1));
        }
        int programCount = 1 + random.nextInt(3);
        boolean allFlat = random.nextBoolean();
        List<OffsetProgram> programs = new ArrayList<>();
        List<Long> prices = new ArrayList<>();
        for (int p = 0; p < programCount; p++) {
            boolean sloped = !allFlat && random.nextInt(3) == 0;
            long price = random.nextLong(100, 5_000);
            prices.add(price);
            programs.add(new OffsetProgram(
                    "p" + p,
                    OffsetKind.CCER,
                    random.nextBoolean() ? random.nextLong(0, 1_500 * firmCount) : 10_000_000,
                    price,
                    sloped ? random.nextLong(10_000, 3_000_000) : 0,
                    2013,
                    0.05 + 0.45 * random.nextDouble(),
                    random.nextBoolean() ? CapBase.EMISSIONS : CapBase.ALLOCATION));
        }
        OffsetRule rule = OffsetCostTest.rule(programs, 0.05 + 0.55 * random.nextDouble());
        OffsetPlan kept = OffsetPlan.of(rule, YEAR, allocation, emitted);
        long lastPrice = random.nextLong(0, 6_000);
        for (int read = 0; read < 60; read++) {
            long priceFen =
                    switch (random.nextInt(4)) {
                        case 0 -> lastPrice;
                        case 1 -> prices.get(random.nextInt(prices.size())) + random.nextInt(-1, 2);
                        case 2 -> Long.MAX_VALUE / 4;
                        default -> random.nextLong(0, 6_000);
                    };
            lastPrice = priceFen;
            String id = ids.get(random.nextInt(ids.size()));
            long fresh = OffsetPlan.of(rule, YEAR, allocation, emitted).plannedTonnes(id, priceFen);
            assertEquals(
                    fresh,
                    kept.plannedTonnes(id, priceFen),
                    "seed=" + seed + " read " + read + " firm " + id + " at " + priceFen + " fen, programmes "
                            + programs);
        }
    }
}
