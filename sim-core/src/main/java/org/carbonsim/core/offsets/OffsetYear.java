package org.carbonsim.core.offsets;

import java.util.Objects;
import java.util.OptionalLong;
import org.carbonsim.core.compliance.OffsetKind;

/**
 * A year of a modelled offset programme. Immutable.
 *
 * @param year the compliance year
 * @param programId the programme
 * @param kind CCER or carbon inclusion
 * @param issuedTonnes credits issued in the year, eligible or not, t
 * @param offeredTonnes eligible credits on offer for the year's compliance (issued this year or
 *     earlier and not yet used), t
 * @param usedTonnes credits surrendered at the year's deadline, t
 * @param carriedTonnes eligible credits left on offer for the next year, t
 * @param priceFen volume-weighted average price of the credits sold in the year, fen per tonne; empty
 *     when none was sold
 * @param allowancePriceEffectFen the one-year reference allowance price with the programme's credits
 *     minus that price without them, fen per tonne (0 or below: credits lower the price)
 */
public record OffsetYear(
        int year,
        String programId,
        OffsetKind kind,
        long issuedTonnes,
        long offeredTonnes,
        long usedTonnes,
        long carriedTonnes,
        OptionalLong priceFen,
        long allowancePriceEffectFen) {
    public OffsetYear {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priceFen, "priceFen");
        if (issuedTonnes < 0 || offeredTonnes < 0 || usedTonnes < 0 || carriedTonnes < 0) {
            throw new IllegalArgumentException("tonnes must be >= 0");
        }
        if (usedTonnes > offeredTonnes) {
            throw new IllegalArgumentException(
                    programId + " " + year + ": used " + usedTonnes + " t of " + offeredTonnes + " t offered");
        }
    }
}
