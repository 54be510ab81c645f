package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is who in the session: owners of enterprises and trader groups, their accounts, the map's order. */
class SessionOwnersTest {
    @Test
    void looksUpOwnersAndAccountsOfEnterprisesAndTraders() {
        SessionOwners owners = new SessionOwners();
        owners.addTrader(0, 7);
        owners.addTrader(1, 8);
        owners.addEnterprise("cement-1", 2, 3);
        owners.addEnterprise("steel-1", 3, 4);
        assertEquals(4, owners.count());
        assertEquals(
                List.of(7, 8, 3, 4),
                List.of(owners.accountOf(0), owners.accountOf(1), owners.accountOf(2), owners.accountOf(3)));
        assertEquals(List.of(0, 1), owners.traderOwners());
        assertEquals(3, owners.ownerOf("steel-1"));
        assertEquals(-1, owners.ownerOf("power-1", -1));
        assertTrue(owners.inSession("cement-1"));
        assertFalse(owners.inSession("power-1"));
        assertThrows(IllegalArgumentException.class, () -> owners.ownerOf("power-1"));
        assertThrows(
                UnsupportedOperationException.class, () -> owners.traderOwners().add(9));
    }

    @Test
    void anOwnerOutOfTheSessionsOrderIsAnError() {
        SessionOwners owners = new SessionOwners();
        owners.addTrader(0, 5);
        assertThrows(IllegalStateException.class, () -> owners.addEnterprise("cement-1", 2, 6));
        assertThrows(IllegalStateException.class, () -> owners.addTrader(0, 6));
    }

    @Test
    void visitsEnterprisesInTheOrderOfAHashMap() {
        SessionOwners owners = new SessionOwners();
        Map<String, Integer> expected = new HashMap<>();
        for (int owner = 0; owner < 200; owner++) {
            String id = "firm-" + (owner * 37 % 200);
            owners.addEnterprise(id, owner, 1_000 + owner);
            expected.put(id, owner);
        }
        List<String> visited = new ArrayList<>();
        owners.forEachEnterprise((id, owner) -> {
            assertEquals((int) expected.get(id), owner, id);
            visited.add(id);
        });
        assertEquals(new ArrayList<>(expected.keySet()), visited);
    }
}
