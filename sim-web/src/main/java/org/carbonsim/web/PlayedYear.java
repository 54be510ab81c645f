package org.carbonsim.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.FirmAbatement;
import org.carbonsim.core.equilibrium.IntertemporalResult;

/**
 * A played enterprise's settled year: what it cost the player and what a least-cost reference's cost
 * for the firm rests on. Immutable.
 *
 * @param yearOfRun the year's place in the run, from 0 for the first year
 * @param enterpriseId the enterprise played
 * @param realisedFen abatement cost + net purchases on the exchange and in primary auctions + offset
 *     credits surrendered at the deadline + fines, fen
 * @param allocationTonnes the firm's allocation, t
 */
record PlayedYear(int yearOfRun, String enterpriseId, long realisedFen, long allocationTonnes) {
    PlayedYear {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        if (yearOfRun < 0) {
            throw new IllegalArgumentException("yearOfRun must be >= 0, got " + yearOfRun);
        }
    }

    /**
     * What {@code reference} gives the firm this year, all of it the solver's for the firm ({@link
     * FirmAbatement}): its abatement and its offset credits there, t, and that abatement's cost plus the
     * credits' cost plus the reference price × (the business-as-usual emissions the reference expects of
     * the firm − that abatement − those credits − the allocation), fen (negative for a firm that sells
     * on the reference). The credits' caps on emissions and the position rest on the same expected
     * emissions.
     *
     * @throws IllegalStateException if the reference does not list the firm (it lists every covered firm)
     */
    FirmReference against(EquilibriumResult reference) {
        FirmAbatement firm = reference.firms().stream()
                .filter(f -> f.id().equals(enterpriseId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the reference does not list " + enterpriseId));
        long trade = Math.multiplyExact(
                reference.priceFen(),
                firm.bauTonnes() - firm.abatementTonnes() - firm.creditTonnes() - allocationTonnes);
        return new FirmReference(
                firm.abatementTonnes(),
                firm.creditTonnes(),
                Math.addExact(Math.addExact(firm.costFen(), firm.creditCostFen()), trade));
    }

    /**
     * The realised cost above {@code path}'s reference summed over {@code years} (one firm's) in present
     * value, fen of the run's first year rounded half up: Σ (realised − path reference) / (1 + r)^t, t
     * the year of the run.
     */
    static long presentValueAboveFen(List<PlayedYear> years, IntertemporalResult path, double discountRate) {
        BigDecimal growth = BigDecimal.ONE.add(BigDecimal.valueOf(discountRate));
        BigDecimal total = BigDecimal.ZERO;
        for (PlayedYear year : years) {
            long aboveFen = year.realisedFen()
                    - year.against(path.years().get(year.yearOfRun())).costFen();
            total = total.add(
                    BigDecimal.valueOf(aboveFen).divide(growth.pow(year.yearOfRun()), MathContext.DECIMAL128));
        }
        return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * A firm's abatement and offset credits on a reference, t, and its cost there, fen.
     *
     * @param abatementTonnes the reference's abatement for the firm, t
     * @param offsetTonnes the reference's offset credits for the firm, t
     * @param costFen the reference's abatement cost for the firm plus its credits' cost plus its net
     *     purchases at the reference price, fen
     */
    record FirmReference(long abatementTonnes, long offsetTonnes, long costFen) {}
}
