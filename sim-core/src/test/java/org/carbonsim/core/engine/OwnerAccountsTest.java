package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each owner's registry account, against a list, past the initial capacity. */
class OwnerAccountsTest {
    @Test
    void givesBackWhatWasAddedInOwnerOrder() {
        long seed = 11;
        SplittableRandom random = new SplittableRandom(seed);
        OwnerAccounts accounts = new OwnerAccounts();
        List<Integer> expected = new ArrayList<>();
        for (int owner = 0; owner < 1_000; owner++) {
            int account = random.nextInt(5_000);
            accounts.add(account);
            expected.add(account);
            assertEquals(expected.size(), accounts.size(), "seed=" + seed + " after owner " + owner);
        }
        for (int owner = 0; owner < expected.size(); owner++) {
            assertEquals((int) expected.get(owner), accounts.get(owner), "seed=" + seed + " owner " + owner);
        }
    }

    @Test
    void anOwnerNotAddedIsAnError() {
        OwnerAccounts accounts = new OwnerAccounts();
        accounts.add(3);
        assertEquals(3, accounts.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> accounts.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> accounts.get(-1));
    }
}
