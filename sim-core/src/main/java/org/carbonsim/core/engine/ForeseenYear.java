package org.carbonsim.core.engine;

import java.util.List;
import java.util.Objects;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.OffsetSupply;

/**
 * A later year as enterprises foreseeing the least-cost path see it when a year opens: the
 * enterprises the coverage rules would cover then and the allowances the allocation rules would
 * issue, both worked out on expected business-as-usual data ({@link OneYearReference#foreseenYears}),
 * and the offset credits they could surrender then: this year's programmes, eligible as in that year,
 * their caps on that year's allocation. Immutable.
 *
 * @param year the year foreseen
 * @param firms the enterprises foreseen covered, with their expected business-as-usual emissions, t
 * @param issuedTonnes the free allocation and the auctions the rules would issue, t, before any
 *     stability reserve acts
 * @param auctionTonnes the auctions among them, t: what a stability reserve can take in
 * @param offsets the credits the year's reference counts ({@link OffsetPlan#referenceSupply})
 */
record ForeseenYear(int year, List<CoveredFirm> firms, long issuedTonnes, long auctionTonnes, OffsetSupply offsets) {
    ForeseenYear {
        firms = List.copyOf(firms);
        Objects.requireNonNull(offsets, "offsets");
        if (issuedTonnes < 0 || auctionTonnes < 0 || auctionTonnes > issuedTonnes) {
            throw new IllegalArgumentException(
                    "need 0 <= auctionTonnes <= issuedTonnes (t), got " + auctionTonnes + " and " + issuedTonnes);
        }
    }
}
