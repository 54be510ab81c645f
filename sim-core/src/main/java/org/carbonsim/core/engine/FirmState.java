package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.model.AbatementCurve;

/**
 * A covered enterprise's position during a trading day, as a played enterprise's page shows it.
 * Immutable.
 *
 * @param enterpriseId the enterprise
 * @param allowancesTonnes allowances held, t
 * @param cashFen cash held, fen
 * @param cashLimited whether its cash bounds what it can buy (a finance block's cash firm); else the
 *     registry lends it what a trade lacks
 * @param expectedNeedTonnes allowances it expects to surrender at the deadline, t
 * @param bauForecastTonnes business-as-usual emissions expected this year, t
 * @param plannedShare the share of business-as-usual emissions its current plan abates
 * @param committedShare the share earlier investments commit it to abate
 * @param verified whether this year's emissions are verified (abatement is then decided)
 * @param curve what its abatement can still add to {@code committedShare} this year: its continuous
 *     curve, or its technology steps without a lead time not yet in effect (a step with a lead time
 *     abates only from a later year, and the engine would not carry it out this year)
 */
public record FirmState(
        String enterpriseId,
        long allowancesTonnes,
        long cashFen,
        boolean cashLimited,
        long expectedNeedTonnes,
        long bauForecastTonnes,
        double plannedShare,
        double committedShare,
        boolean verified,
        AbatementCurve curve) {
    public FirmState {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(curve, "curve");
    }

    /** Expected need less holdings, t (negative: a surplus). */
    public long shortfallTonnes() {
        return expectedNeedTonnes - allowancesTonnes;
    }
}
