package org.carbonsim.core.engine;

import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;

/**
 * The registry's totals at the end of one year of a run, after the conservation check passed:
 * allowances created, surrendered and cancelled since the run began and held now (held = issued −
 * surrendered − cancelled), and cash that entered from outside net of payments out against the cash
 * held in all accounts (equal). Tonnes and fen. Immutable.
 *
 * @param year the compliance year
 * @param issuedTonnes allowances created so far (issuance, true-up, borrowing), t
 * @param surrenderedTonnes allowances surrendered so far, t
 * @param cancelledTonnes allowances cancelled or withdrawn so far, t
 * @param heldTonnes allowances held in all accounts, t
 * @param netExternalCashFen cash brought in from outside minus cash paid out, fen
 * @param heldCashFen cash held in all accounts, fen
 */
public record LedgerYear(
        int year,
        long issuedTonnes,
        long surrenderedTonnes,
        long cancelledTonnes,
        long heldTonnes,
        long netExternalCashFen,
        long heldCashFen) {

    /** The totals of {@code registry} at the end of {@code year}. */
    static LedgerYear of(int year, Registry registry) {
        long externalFen = 0;
        for (CashReason reason : CashReason.values()) {
            externalFen = Math.addExact(externalFen, registry.externalFen(reason));
        }
        return new LedgerYear(
                year,
                registry.issuedTonnes(),
                registry.surrenderedTonnes(),
                registry.cancelledTonnes(),
                registry.totalHoldingTonnes(),
                externalFen,
                registry.totalCashFen());
    }
}
