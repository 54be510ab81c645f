package org.carbonsim.core.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three of {@link TextbookMarketsPropertyTest}'s random markets settled as one three-year cycle, with
 * an offset programme well below the allowance price and firms long enough over the cycle to sell
 * every allowance they hold in its first year: they run the check of {@link
 * TextbookMarketsPropertyTest#aMultiYearCycleLandsOnTheAnnualAnswer} (the last year within 2% of the
 * least-cost price from where the market stands, the cost within 2% of the least, every firm
 * compliant). When the tonnes such firms cannot sell until their later years' allowances are issued
 * left out their credits, the others bought in the first year what could only be sold later, the
 * marginal step firm sold its later years' step tonnes into that demand, took up more of its step at
 * the first verification, adopted for the whole cycle, and the later years closed 2–8% below the
 * least-cost price (seed 295: 9,588 fen against 9,800; 351: 6,960 against 7,200; 637: 7,141 against
 * 7,800). Counting the credits they pass (docs/model.md, "Firms without foresight" under the
 * multi-year cycles).
 */
class CycleCreditsMarketsTest {
    @ParameterizedTest
    @ValueSource(longs = {295, 351, 637})
    void aLongFirmsCreditsAreAsUnsellableAsItsLaterSurplus(long seed) {
        new TextbookMarketsPropertyTest().aMultiYearCycleLandsOnTheAnnualAnswer(seed);
    }
}
