package org.carbonsim.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against a reference: over random issuance (older vintages arriving late among them), trades and
 * surrender, every lot of every account is what a plain table of lots gives when each delivery walks
 * the vintages from the first, the non-bankable lot before the bankable one in each.
 */
class DeliveryOrderTest {
    private static final int FIRST_VINTAGE = 2020;
    private static final int VINTAGES = 8;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** The reference: lots[account][2 × vintage index + (bankable ? 0 : 1)], tonnes. */
    private static long deliver(long[][] lots, int from, int to, long tonnes, int lastVintageIndex) {
        long remaining = tonnes;
        for (int v = 0; v <= lastVintageIndex && remaining > 0; v++) {
            for (int flag = 1; flag >= 0 && remaining > 0; flag--) {
                long taken = Math.min(remaining, lots[from][2 * v + flag]);
                lots[from][2 * v + flag] -= taken;
                if (to >= 0) {
                    lots[to][2 * v + flag] += taken;
                }
                remaining -= taken;
            }
        }
        return tonnes - remaining;
    }

    private static long held(long[] lots) {
        return LongStream.of(lots).sum();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyDeliveryTakesTheOldestLotsFirst(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Registry registry = new Registry(FIRST_VINTAGE, 0);
        int accounts = 2 + random.nextInt(4);
        long[][] lots = new long[accounts][2 * VINTAGES];
        for (int i = 0; i < accounts; i++) {
            registry.openAccount(AccountKind.ENTERPRISE, "a" + i);
            registry.receive(i, Long.MAX_VALUE / 4, CashReason.DEPOSIT);
        }
        for (int step = 0; step < 3_000; step++) {
            int a = random.nextInt(accounts);
            int b = random.nextInt(accounts);
            int v = random.nextInt(VINTAGES);
            long tonnes = random.nextInt(400);
            int op = random.nextInt(4);
            if (op == 0) {
                boolean bankable = random.nextBoolean();
                registry.issue(a, tonnes, FIRST_VINTAGE + v, bankable, TransferReason.ISSUANCE);
                lots[a][2 * v + (bankable ? 0 : 1)] += tonnes;
            } else if (op == 3) {
                long surrendered = registry.surrender(a, tonnes, FIRST_VINTAGE + v);
                assertEquals(
                        deliver(lots, a, -1, tonnes, v),
                        surrendered,
                        "seed=" + seed + " step " + step + ": surrendered by account " + a);
            } else if (a != b && tonnes <= held(lots[b])) {
                registry.settleTrade(a, b, tonnes, 1, 0, 0);
                deliver(lots, b, a, tonnes, VINTAGES - 1);
            }
            for (int i = 0; i < accounts; i++) {
                for (int w = 0; w < VINTAGES; w++) {
                    for (int flag = 0; flag < 2; flag++) {
                        assertEquals(
                                lots[i][2 * w + flag],
                                registry.lotTonnes(i, FIRST_VINTAGE + w, flag == 0),
                                "seed=" + seed + " step " + step + ": account " + i + ", vintage " + (FIRST_VINTAGE + w)
                                        + (flag == 0 ? " bankable" : " non-bankable"));
                    }
                }
            }
        }
    }
}
