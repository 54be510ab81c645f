package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/**
 * The book's tonnes bought and sold in a year, read from the registry's trades plus the sales it is
 * told of, equal a plain count of every trade and sale of the year, over random years of trades,
 * sales the registry does not count as trades, and accounts opened in the middle of a year.
 */
class AccountBookTest {
    @Test
    void theYearsPurchasesAndSalesAreEveryTradeAndSaleOfTheYear() {
        for (long seed = 1; seed <= 40; seed++) {
            checkYears(seed);
        }
    }

    private static void checkYears(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Registry registry = new Registry(2020, 0);
        AccountBook book = new AccountBook(registry);
        long[] bought = new long[64];
        long[] sold = new long[64];
        int accounts = 0;
        for (int year = 0; year < 4; year++) {
            book.newYear();
            Arrays.fill(bought, 0);
            Arrays.fill(sold, 0);
            for (int step = 0; step < 300; step++) {
                if (accounts < 2 || (accounts < bought.length && random.nextInt(20) == 0)) {
                    int account = registry.openAccount(AccountKind.ENTERPRISE, "a" + accounts);
                    book.opened(account, "a" + accounts);
                    registry.issue(account, 1_000_000, 2020, true, TransferReason.ISSUANCE);
                    registry.receive(account, 1_000_000_000, CashReason.DEPOSIT);
                    accounts++;
                    continue;
                }
                int a = random.nextInt(accounts);
                int b = random.nextInt(accounts);
                long tonnes = 1 + random.nextInt(100);
                if (random.nextInt(4) == 0) {
                    // a sale the registry does not count as a trade: an auction's or the government's
                    book.boughtOutsideTrades(a, tonnes);
                    book.soldOutsideTrades(b, tonnes);
                    bought[a] += tonnes;
                    sold[b] += tonnes;
                } else if (a != b && registry.settleTrade(a, b, tonnes, 1 + random.nextInt(100), 0, 0)) {
                    bought[a] += tonnes;
                    sold[b] += tonnes;
                }
            }
            for (int account = 0; account < accounts; account++) {
                assertEquals(bought[account], book.boughtTonnes(account), "seed=" + seed + " year " + year);
                assertEquals(sold[account], book.soldTonnes(account), "seed=" + seed + " year " + year);
            }
        }
    }
}
