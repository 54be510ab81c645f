package org.carbonsim.core.equilibrium;

import java.util.List;

/**
 * What a year's covered firms supply at an allowance price: each abates wherever its marginal cost
 * is at or below the price ({@link CoveredFirm#tonnesAtPrice}), and they use every credit no dearer
 * than the price that the compliance desk's caps let them, firm by firm ({@link CreditRationing}): a
 * cap on emissions is a share of the emissions the price leaves the firm, in whole tonnes (its
 * abatement there rounded up), rounded down. Set up once for a year's firms and offsets and read at
 * every price the solvers try. Not thread-safe (it reuses its arrays); one per solve.
 */
final class YearSupply {
    private final List<CoveredFirm> firms;
    /** The firms' abatement at a price, read from arrays ({@link FirmCurves}). */
    private final FirmCurves curves;

    private final CreditRationing rationing;
    private final long[] emissions;
    private final long[] offered;
    private final double[] abated;

    private YearSupply(List<CoveredFirm> firms, OffsetSupply offsets) {
        this.firms = firms;
        this.curves = new FirmCurves(firms);
        this.rationing = CreditRationing.of(offsets, firms);
        this.emissions = new long[firms.size()];
        this.offered = new long[offsets.tranches().size()];
        this.abated = new double[firms.size()];
    }

    /** The supply of {@code input}'s firms and offsets (its allowances play no part). */
    static YearSupply of(EquilibriumInput input) {
        return new YearSupply(input.firms(), input.offsets());
    }

    CreditRationing rationing() {
        return rationing;
    }

    /**
     * Whether {@link #at} never falls as the price rises, bit for bit, so that {@link
     * PriceBracket#narrowedNonDecreasing} may find the price: with at most one programme and no cap on
     * emissions. Each firm's abatement never falls (a share that never falls, each step of it rounded
     * to the nearest double or whole tonne, which never reverses an order; its potential from its
     * largest share on), nor does their sum, rounded at each addition. The credits on offer never fall
     * either (a flat programme's all from its price, a sloped one's up to the rounded-up tonnes below
     * the price, its slope never negative). With no cap on emissions the caps do not move with the
     * abatement, and one programme's credits held are those on offer up to caps that stay put. With two
     * programmes the caps the cheaper one uses are not left to the dearer one, and with a cap on
     * emissions a tonne more abated can hold a credit less: neither is shown never to fall.
     */
    boolean neverFalls() {
        return offered.length <= 1 && !rationing.onEmissions();
    }

    /** Abatement plus the credits the firms' caps hold at {@code priceFen}, t. */
    double at(double priceFen) {
        double total = 0;
        for (int i = 0; i < abated.length; i++) {
            abated[i] = curves.tonnesAtPrice(i, priceFen);
            total += abated[i];
        }
        return total + creditsAt(priceFen, abated);
    }

    /** What firm {@code i} abates at {@code priceFen}: its {@link CoveredFirm#tonnesAtPrice}, t. */
    double tonnesAtPrice(int i, double priceFen) {
        return curves.tonnesAtPrice(i, priceFen);
    }

    /**
     * The credits no dearer than {@code priceFen} that the firms' caps hold when firm i abates {@code
     * abatedTonnes[i]} (rounded up to whole tonnes; later entries are ignored), t.
     */
    long creditsAt(double priceFen, double[] abatedTonnes) {
        if (offered.length == 0) {
            return 0;
        }
        for (int i = 0; i < emissions.length && rationing.onEmissions(); i++) {
            emissions[i] = Math.max(0, firms.get(i).bauTonnes() - (long) Math.ceil(abatedTonnes[i] - 1e-9));
        }
        long total = 0;
        for (long tonnes : rationing.share(offeredAt(priceFen), emissions, null)) {
            total += tonnes;
        }
        return total;
    }

    /**
     * The credits to share out when the firms abate {@code abatedTonnes} and use {@code creditsTonnes}
     * credits no dearer than {@code priceFen}: of each tranche, what the firms' caps hold of those on
     * offer, cut to {@code creditsTonnes} in all the dearest first credit's tranche first ({@link
     * CreditRationing#cutTo}), t.
     */
    long[] askedOf(double priceFen, long[] abatedTonnes, long creditsTonnes) {
        if (offered.length == 0) {
            return new long[0];
        }
        for (int i = 0; i < emissions.length; i++) {
            emissions[i] = Math.max(0, firms.get(i).bauTonnes() - abatedTonnes[i]);
        }
        long[] held = rationing.share(offeredAt(priceFen), emissions, null);
        return rationing.cutTo(held, creditsTonnes);
    }

    private long[] offeredAt(double priceFen) {
        List<OffsetTranche> tranches = rationing.supply().tranches();
        for (int p = 0; p < offered.length; p++) {
            offered[p] = tranches.get(p).wholeOfferedAt(priceFen);
        }
        return offered;
    }
}
