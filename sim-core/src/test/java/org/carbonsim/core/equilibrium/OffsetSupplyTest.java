package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetSupplyTest {
    // CCER: 1,000,000 t from CNY 20 rising CNY 10 per Mt, capped at 50,000 t of allocation plus 5% of
    // emissions; inclusion credits: 200,000 t flat at CNY 30, capped at 20,000 t; all credits
    // together at most 60,000 t.
    private final OffsetSupply supply = new OffsetSupply(
            List.of(
                    new OffsetTranche("ccer", 1_000_000, 2_000, 1_000, 50_000, 0.05),
                    new OffsetTranche("inclusion", 200_000, 3_000, 0, 20_000, 0)),
            60_000,
            0);

    @Test
    void creditsOnOfferFollowEachProgrammesPriceWithinTheCaps() {
        // at CNY 20.50: CCER offers (2,050 - 2,000) * 10^6 / 1,000 = 50,000 t; its cap with 400,000 t
        // emitted is 50,000 + 20,000 = 70,000 t; inclusion is dearer: 50,000 t in all
        assertEquals(50_000, supply.tonnesAtPrice(2_050, 400_000), 1e-6);
        // at CNY 30: CCER offers 100,000 t, capped at 70,000; inclusion 200,000 capped at 20,000:
        // 90,000, and the total cap of 60,000 binds
        assertEquals(60_000, supply.tonnesAtPrice(3_000, 400_000), 1e-6);
        // nothing below the cheapest price
        assertEquals(0, supply.tonnesAtPrice(1_999, 400_000), 1e-6);
        // a cap on emissions shrinks with the emissions left: 100,000 t emitted -> CCER cap 55,000;
        // with inclusion's 20,000 that is 75,000, and the total cap keeps 60,000
        assertEquals(55_000, supply.tranches().get(0).usableTonnes(100_000), 1e-6);
        assertEquals(60_000, supply.usableTonnes(100_000), 1e-6);
    }

    @Test
    void theLeastCostOfCreditsFillsTheCheapestMarginalPricesFirst() {
        // 10,000 t: all CCER (its marginal price reaches 2,010 fen, below inclusion's 3,000):
        // 10,000 * 2,000 + floor(1,000 * 10,000 * 9,999 / 2 / 10^6) = 20,000,000 + 49,995
        assertEquals(20_049_995, supply.costFen(10_000, 400_000));
        // 60,000 t: CCER up to where its price meets inclusion's flat 3,000 fen is 1,000,000 t, more
        // than its cap of 70,000 t allows, so all 60,000 from CCER:
        // 60,000 * 2,000 + floor(1,000 * 60,000 * 59,999 / 2 / 10^6) = 120,000,000 + 1,799,970
        assertEquals(121_799_970, supply.costFen(60_000, 400_000));
    }

    @Test
    void aFlatProgrammeIsOneTranche() {
        OffsetSupply flat = OffsetSupply.flat(50_000, 2_000, 8_000);
        assertEquals(8_000, flat.tonnesAtPrice(2_000, 0), 1e-9);
        assertEquals(0, flat.tonnesAtPrice(1_999, 0), 1e-9);
        assertEquals(16_000_000, flat.costFen(8_000, 0));
    }
}
