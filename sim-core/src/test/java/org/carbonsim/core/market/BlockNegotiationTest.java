package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Block agreement trades negotiated pair by pair: hand-worked cases and seeded invariants. */
class BlockNegotiationTest {
    private static final long MIN = 100_000;

    /**
     * A party that wants {@code tonnes} (positive to buy, negative to sell) at prices on its side of
     * {@code limitTicks} (at most it for a buyer, at least it for a seller), less what it has traded.
     */
    private static final class Party implements BlockParty {
        final long tonnes;
        final long limitTicks;
        long traded;

        Party(long tonnes, long limitTicks) {
            this.tonnes = tonnes;
            this.limitTicks = limitTicks;
        }

        @Override
        public long tonnesAt(long priceTicks) {
            if (tonnes > 0) {
                return priceTicks <= limitTicks ? tonnes - traded : 0;
            }
            return priceTicks >= limitTicks ? tonnes + traded : 0;
        }
    }

    private record Deal(int buyer, int seller, long priceTicks, long tonnes) {}

    private static List<Deal> negotiate(List<Party> parties, long low, long high, long reference) {
        List<Deal> deals = new ArrayList<>();
        BlockNegotiation.negotiate(parties, low, high, reference, MIN, (buyer, seller, price, tonnes) -> {
            deals.add(new Deal(buyer, seller, price, tonnes));
            parties.get(buyer).traded += tonnes;
            parties.get(seller).traded += tonnes;
        });
        return deals;
    }

    @Test
    void aBuyerAndASellerAgreeOnTheSellersLimitWhenTheCloseIsBelowIt() {
        // Band 7,000-13,000 around a close of 10,000; the buyer pays up to 15,000 (cut to the band's
        // 13,000), the seller takes no less than 12,000: the close is below what the seller accepts, so
        // they meet at 12,000, for the 150,000 t the buyer wants of the seller's 200,000.
        List<Party> parties = List.of(new Party(150_000, 15_000), new Party(-200_000, 12_000));
        assertEquals(List.of(new Deal(0, 1, 12_000, 150_000)), negotiate(parties, 7_000, 13_000, 10_000));
    }

    @Test
    void theyAgreeOnTheCloseWhereBothAcceptIt() {
        List<Party> parties = List.of(new Party(-120_000, 9_000), new Party(300_000, 11_000));
        assertEquals(List.of(new Deal(1, 0, 10_000, 120_000)), negotiate(parties, 7_000, 13_000, 10_000));
    }

    @Test
    void aCloseOutsideTheBandIsMovedIntoIt() {
        // a buyer up to 13,000 and a seller from 6,000 (cut to the band's 7,000) agree on the band's top
        // when the reference lies above it
        List<Party> parties = List.of(new Party(100_000, 20_000), new Party(-100_000, 6_000));
        assertEquals(List.of(new Deal(0, 1, 13_000, 100_000)), negotiate(parties, 7_000, 13_000, 14_000));
    }

    @Test
    void lessThanTheMinimumOrLimitsThatDoNotMeetTradeNothing() {
        assertEquals(
                List.of(),
                negotiate(List.of(new Party(99_999, 15_000), new Party(-200_000, 8_000)), 7_000, 13_000, 10_000));
        assertEquals(
                List.of(),
                negotiate(List.of(new Party(200_000, 11_000), new Party(-200_000, 11_001)), 7_000, 13_000, 10_000));
    }

    @Test
    void theKeenestMeetFirstTiesToThePartyListedFirst() {
        // two buyers at 12,500 (listed second and third) and one at 12,000; sellers of 250,000 from
        // 9,000 and of 120,000 from 9,500: the first-listed of the two buyers at 12,500 buys its
        // 150,000 at the close from the seller at 9,000, then the other its 100,000 from the seller at
        // 9,500; the buyer at 12,000 gets nothing, each seller having made its agreement
        List<Party> parties = List.of(
                new Party(150_000, 12_000),
                new Party(150_000, 12_500),
                new Party(100_000, 12_500),
                new Party(-250_000, 9_000),
                new Party(-120_000, 9_500));
        assertEquals(
                List.of(new Deal(1, 3, 10_000, 150_000), new Deal(2, 4, 10_000, 100_000)),
                negotiate(parties, 7_000, 13_000, 10_000));
    }

    @Test
    void eachPartyMakesOneAgreementASession() {
        // the seller's 400,000 t meet the keenest buyer's 180,000 at the close; the seller then leaves
        // the session with the 220,000 t left, so the buyer of 150,000 at 11,000 gets nothing that day
        List<Party> parties =
                List.of(new Party(180_000, 12_000), new Party(150_000, 11_000), new Party(-400_000, 9_000));
        assertEquals(List.of(new Deal(0, 2, 10_000, 180_000)), negotiate(parties, 7_000, 13_000, 10_000));
    }

    @Test
    void aBadBandOrMinimumIsRefused() {
        List<Party> none = List.of();
        assertThrows(
                IllegalArgumentException.class,
                () -> BlockNegotiation.negotiate(none, 0, 10, 5, MIN, (b, s, p, q) -> {}));
        assertThrows(
                IllegalArgumentException.class,
                () -> BlockNegotiation.negotiate(none, 11, 10, 5, MIN, (b, s, p, q) -> {}));
        assertThrows(
                IllegalArgumentException.class,
                () -> BlockNegotiation.negotiate(none, 1, 10, 5, 0, (b, s, p, q) -> {}));
    }

    @Test
    void seededMarketsTradeOnlyWhatBothSidesWantOnceEachAndLeaveNoPairThatWouldStillDeal() {
        for (long seed = 1; seed <= 500; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2 + random.nextInt(9);
            List<Party> parties = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long tonnes = (random.nextBoolean() ? 1 : -1) * (50_000 + random.nextLong(400_000));
                parties.add(new Party(tonnes, 6_000 + random.nextLong(8_000)));
            }
            long low = 7_000;
            long high = 13_000;
            long reference = 9_000 + random.nextLong(2_001);
            String context = "seed=" + seed + " parties " + describe(parties);
            List<Party> live = parties;
            int[] trades = {0};
            boolean[] dealt = new boolean[n];
            BlockNegotiation.negotiate(live, low, high, reference, MIN, (buyer, seller, price, tonnes) -> {
                Party b = live.get(buyer);
                Party s = live.get(seller);
                assertTrue(tonnes >= MIN, context + ": a trade of " + tonnes + " t, below the minimum");
                assertTrue(price >= low && price <= high, context + ": price " + price + " outside the band");
                assertTrue(b.tonnesAt(price) >= tonnes, context + ": buyer " + buyer + " did not want " + tonnes);
                assertTrue(-s.tonnesAt(price) >= tonnes, context + ": seller " + seller + " did not offer " + tonnes);
                assertTrue(
                        !dealt[buyer] && !dealt[seller],
                        context + ": a second agreement of " + buyer + " or " + seller);
                dealt[buyer] = true;
                dealt[seller] = true;
                b.traded += tonnes;
                s.traded += tonnes;
                trades[0]++;
            });
            for (int b = 0; b < n; b++) {
                for (int s = 0; s < n; s++) {
                    Party buyer = parties.get(b);
                    Party seller = parties.get(s);
                    if (buyer.tonnes <= 0 || seller.tonnes >= 0 || dealt[b] || dealt[s]) {
                        continue;
                    }
                    long price = Math.max(Math.max(low, seller.limitTicks), Math.min(reference, high));
                    price = Math.min(price, Math.min(high, buyer.limitTicks));
                    boolean wouldDeal = price >= Math.max(low, seller.limitTicks)
                            && Math.min(buyer.tonnesAt(price), -seller.tonnesAt(price)) >= MIN;
                    assertTrue(
                            !wouldDeal,
                            context + ": buyer " + b + " and seller " + s + " could still deal at " + price + " after "
                                    + trades[0] + " trades");
                }
            }
        }
    }

    private static String describe(List<Party> parties) {
        StringBuilder text = new StringBuilder();
        for (Party party : parties) {
            text.append(party.tonnes).append('@').append(party.limitTicks).append(' ');
        }
        return text.toString().trim();
    }
}
