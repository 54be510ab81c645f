package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The position's remembered marginal cost against asking the cost directly. */
class PositionTest {
    @Test
    void costFollowsTheShortfallAndTheCost() {
        Position position = new Position(0, 100, 0, 130, MarginalCost.linear(2.0, 50), 0);
        assertEquals(60, position.marginalCostFen(), "30 t short at 2 fen/t per t");
        position.settleBuy(10, 0, 0);
        assertEquals(40, position.marginalCostFen(), "20 t short after buying 10 t");
        position.updateMarginalCost(MarginalCost.linear(3.0, 50));
        assertEquals(60, position.marginalCostFen(), "20 t short at the new slope of 3");
        position.updateExpectedNeed(90);
        assertEquals(0, position.marginalCostFen(), "long 20 t: no cost");
    }

    @Test
    void everyChangeOfThePositionIsCounted() {
        Position position = new Position(0, 100, 1_000, 130, MarginalCost.linear(2.0, 50), 0);
        List<Runnable> changes = List.of(
                () -> position.settleBuy(10, 200, 1),
                () -> position.settleSell(5, 100, 1),
                () -> position.transferAllowances(-3),
                () -> position.transferCash(50),
                () -> position.updateExpectedNeed(120),
                () -> position.updateNeedUncertainty(4),
                () -> position.updateMarginalCost(MarginalCost.constant(10)),
                () -> position.updateReservationValue(900),
                () -> position.updateEncumbered(7),
                position::limitToCash);
        assertEquals(0, position.changeCount(), "a new position");
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).run();
            assertEquals(i + 1, position.changeCount(), "after change " + i);
        }
        position.marginalCostFen();
        position.sellableTonnes();
        assertEquals(changes.size(), position.changeCount(), "reading changes nothing");
    }

    @Test
    void aSessionsPositionsCountTheirChangesSideBySideToo() {
        PositionChanges shared = new PositionChanges();
        Position first = Position.of(0, 100, 1_000, shared);
        // an owner id past the array's first size: the array grows
        Position later = Position.of(40, 50, 500, shared);
        List<Runnable> changes = List.of(
                () -> later.settleBuy(10, 200, 1),
                () -> later.settleSell(5, 100, 1),
                () -> later.transferAllowances(-3),
                () -> later.transferCash(50),
                () -> later.updateExpectedNeed(120),
                () -> later.updateNeedUncertainty(4),
                () -> later.updateMarginalCost(MarginalCost.constant(10)),
                () -> later.updateReservationValue(900),
                () -> later.updateEncumbered(7),
                later::limitToCash);
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).run();
            assertEquals(later.changeCount(), shared.of(40), "owner 40's count after change " + i);
            assertEquals(i + 1, shared.of(40), "owner 40 after change " + i);
        }
        first.transferCash(1);
        assertEquals(1, shared.of(0), "owner 0 counts only its own change");
        assertEquals(0, shared.of(7), "an owner with no position");
        assertEquals(changes.size(), shared.of(40), "owner 40 does not count owner 0's change");
        assertThrows(IllegalArgumentException.class, () -> Position.of(0, 0, 0, shared), "owner 0 again");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void rememberedCostEqualsTheDirectOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MarginalCost> costs = List.of(
                MarginalCost.linear(1.5, 1_000),
                MarginalCost.linear(0.25, 10),
                MarginalCost.constant(700),
                MarginalCost.constant(700),
                MarginalCost.abated(5_000, 300));
        Position position = new Position(7, 1_000, 1_000_000, 1_000, costs.get(0), 0);
        for (int step = 0; step < 20_000; step++) {
            switch (random.nextInt(6)) {
                case 0 -> position.settleBuy(random.nextInt(1, 50), random.nextInt(1_000), 0);
                case 1 -> position.settleSell(random.nextInt(1, 50), random.nextInt(1_000), 0);
                case 2 -> position.transferAllowances(random.nextInt(-30, 31));
                case 3 -> position.updateExpectedNeed(random.nextInt(800, 1_200));
                case 4 -> position.updateMarginalCost(costs.get(random.nextInt(costs.size())));
                default -> {
                    // ask again with nothing changed
                }
            }
            long direct = position.marginalCost().costFenPerTonne(position.shortfallTonnes());
            assertEquals(
                    direct,
                    position.marginalCostFen(),
                    "seed=" + seed + " step=" + step + " shortfall=" + position.shortfallTonnes());
        }
    }
}
