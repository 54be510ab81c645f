package org.carbonsim.core.compliance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How a year's offset credits are shared among the enterprises due together, the one rule that the
 * compliance desk sells by, the traders plan by ({@code engine.OffsetPlan}) and the reference
 * equilibrium counts by ({@code equilibrium.CreditRationing}). At an allowance price p a programme
 * offers the credits the desk sells when an allowance is worth p ({@link #creditsOnOffer}). The
 * programmes are taken cheapest first credit first (by id among equal prices); of each, an
 * enterprise's room is its cap on the programme, within what its cap on all programmes leaves after
 * the cheaper ones, and when the rooms add up to more than the programme offers each enterprise gets
 * the same share of its room, in whole tonnes ({@link #proportional}: the tonnes the rounding leaves
 * go one each to the largest remainders, ties to the enterprise listed first). An enterprise cannot
 * claim credits it could not surrender beside its cheaper ones, so a scarce programme goes to those
 * who can use it. Stateless.
 */
public final class OffsetRationing {
    private OffsetRationing() {}

    /**
     * The credits of a year's curve whose marginal price is below {@code priceLimitFen}: the first
     * credit costs {@code firstPriceFen} and each one sold raises the next one's price by {@code
     * slopeFenPerMt} ÷ 10⁶; a flat curve's every credit ({@link Long#MAX_VALUE}) when its price is below
     * the limit. The desk buys a credit only while it costs less than the limit, so this is the most it
     * buys under that limit from the year's first credit, supply aside.
     */
    public static long creditsBelow(long firstPriceFen, long slopeFenPerMt, double priceLimitFen) {
        if (!(firstPriceFen < priceLimitFen)) {
            return 0;
        }
        if (slopeFenPerMt == 0) {
            return Long.MAX_VALUE;
        }
        double atLimit = (priceLimitFen - firstPriceFen) * 1e6 / slopeFenPerMt;
        return (long) Math.ceil(atLimit);
    }

    /**
     * The credits a programme offers when an allowance costs {@code allowancePriceFen}, t: a sloped
     * programme's credits whose marginal price is below it ({@link #creditsBelow}), as the desk sells
     * them when a banked allowance is worth that price; a flat programme's whole supply from its own
     * price up (at that price the enterprises are indifferent, and the foreseen path says how much they
     * use); at most {@code supplyTonnes}.
     */
    public static long creditsOnOffer(
            long firstPriceFen, long slopeFenPerMt, long supplyTonnes, double allowancePriceFen) {
        if (slopeFenPerMt == 0) {
            return allowancePriceFen >= firstPriceFen ? supplyTonnes : 0;
        }
        return Math.min(supplyTonnes, creditsBelow(firstPriceFen, slopeFenPerMt, allowancePriceFen));
    }

    /** The programmes' indices, cheapest first credit first ({@code pricesFen}), by id among equal prices. */
    public static int[] cheapestFirst(long[] pricesFen, List<String> ids) {
        Integer[] order = new Integer[pricesFen.length];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer p) -> pricesFen[p]).thenComparing(ids::get));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Each enterprise's credits of each of {@code programs} when an allowance costs {@code
     * allowancePriceFen} and {@code soldTonnes[p]} of programme p were already sold this year: of each,
     * the credits still on offer at that price ({@link #creditsOnOffer} less those sold), taken
     * cheapest marginal price first and shared by room ({@link #byRoom}). Returns {@code [p][i]}, t.
     */
    public static long[][] atPrice(
            List<OffsetProgram> programs,
            long[] soldTonnes,
            long[][] capsTonnes,
            long[] totalCapsTonnes,
            double allowancePriceFen) {
        long[] offered = new long[programs.size()];
        long[] pricesFen = new long[programs.size()];
        List<String> ids = new ArrayList<>(programs.size());
        for (int p = 0; p < offered.length; p++) {
            OffsetProgram program = programs.get(p);
            long onOffer = creditsOnOffer(
                    program.priceFenPerTonne(),
                    program.priceSlopeFenPerMt(),
                    program.supplyTonnesPerYear(),
                    allowancePriceFen);
            offered[p] = Math.max(0, onOffer - soldTonnes[p]);
            pricesFen[p] = marginalPriceFen(program, soldTonnes[p]);
            ids.add(program.id());
        }
        return byRoom(offered, capsTonnes, totalCapsTonnes, cheapestFirst(pricesFen, ids));
    }

    /** The marginal price of {@code program}'s next credit when {@code soldTonnes} were sold this year, fen (rounded down). */
    public static long marginalPriceFen(OffsetProgram program, long soldTonnes) {
        return program.priceFenPerTonne() + (long) Math.floor(program.priceSlopeFenPerMt() * (double) soldTonnes / 1e6);
    }

    /**
     * Shares {@code offeredTonnes[p]} credits of each programme p, taken in {@code order}, among the
     * enterprises: enterprise i's room on p is {@code capsTonnes[p][i]} within what {@code
     * totalCapsTonnes[i]} leaves after the programmes before it, and each gets the same share of its
     * room ({@link #proportional}), all of it where the rooms hold no more than is offered. Returns
     * {@code [p][i]}: enterprise i's credits of programme p, t; a programme not in {@code order} gets
     * none.
     */
    public static long[][] byRoom(long[] offeredTonnes, long[][] capsTonnes, long[] totalCapsTonnes, int[] order) {
        int firms = totalCapsTonnes.length;
        long[] left = totalCapsTonnes.clone();
        long[][] shares = new long[offeredTonnes.length][];
        for (int p : order) {
            shares[p] = shareOne(offeredTonnes[p], capsTonnes[p], left);
        }
        for (int p = 0; p < shares.length; p++) {
            if (shares[p] == null) {
                shares[p] = new long[firms];
            }
        }
        return shares;
    }

    /**
     * One programme's {@code offeredTonnes} shared among the enterprises by their rooms, each {@code
     * capsTonnes[i]} within {@code totalLeftTonnes[i]}, which is lowered by what each gets.
     */
    public static long[] shareOne(long offeredTonnes, long[] capsTonnes, long[] totalLeftTonnes) {
        long[] room = new long[totalLeftTonnes.length];
        long rooms = 0;
        for (int i = 0; i < room.length; i++) {
            room[i] = room(capsTonnes[i], totalLeftTonnes[i]);
            rooms = Math.addExact(rooms, room[i]);
        }
        long shared = Math.max(0, Math.min(offeredTonnes, rooms));
        long[] share = shared == rooms ? room : proportional(shared, room);
        for (int i = 0; i < room.length; i++) {
            totalLeftTonnes[i] -= share[i];
        }
        return share;
    }

    private static long room(long capTonnes, long totalLeftTonnes) {
        return Math.max(0, Math.min(capTonnes, totalLeftTonnes));
    }

    /**
     * {@code total × weight / whole} rounded down, worked out exactly; its remainder is written to
     * {@code remainders[at]}.
     */
    private static long floorShare(long total, long weight, long whole, long[] remainders, int at) {
        if (weight == 0) {
            remainders[at] = 0;
            return 0;
        }
        if (total <= Long.MAX_VALUE / weight) {
            long product = total * weight;
            remainders[at] = product % whole;
            return product / whole;
        }
        BigInteger[] division = BigInteger.valueOf(total)
                .multiply(BigInteger.valueOf(weight))
                .divideAndRemainder(BigInteger.valueOf(whole));
        remainders[at] = division[1].longValueExact();
        return division[0].longValueExact();
    }

    /**
     * {@code total} shared in proportion to {@code weights} (whole, >= 0) in whole units that sum to it
     * exactly: each share is {@code total × weight / Σ weights} rounded down, worked out exactly, and the
     * units the rounding leaves (fewer than there are weights) go one each to the largest remainders,
     * ties to the lower index. No share exceeds its exact value rounded up, so where {@code total} is at
     * most {@code Σ weights} none exceeds its weight.
     *
     * @throws IllegalArgumentException if a weight or the total is negative, or the weights are all 0
     *     and the total is not
     */
    public static long[] proportional(long total, long[] weights) {
        long whole = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must be >= 0, got " + Arrays.toString(weights));
            }
            whole = Math.addExact(whole, weight);
        }
        if (total < 0 || whole == 0 && total != 0) {
            throw new IllegalArgumentException("cannot share " + total + " by " + Arrays.toString(weights));
        }
        long[] shares = new long[weights.length];
        if (total == 0) {
            return shares;
        }
        long[] remainders = new long[weights.length];
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = floorShare(total, weights[i], whole, remainders, i);
            left -= shares[i];
        }
        int[] order = largestRemaindersFirst(remainders, whole);
        for (int k = 0; left > 0; k++) {
            shares[order[k]]++;
            left--;
        }
        return shares;
    }

    /** Bits of an index in {@link #largestRemaindersFirst}'s packed keys. */
    private static final int INDEX_BITS = 20;

    /**
     * The indices of {@code remainders} (each below {@code whole}), the largest remainder first, the
     * lower index first among equal ones. Where a remainder and an index fit in one {@code long} they
     * are sorted packed together (no boxing: the traders' plans share credits at many prices).
     */
    private static int[] largestRemaindersFirst(long[] remainders, long whole) {
        int n = remainders.length;
        int[] order = new int[n];
        if (n < 1 << INDEX_BITS && whole <= Long.MAX_VALUE >> INDEX_BITS) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                // ascending keys: the largest remainder last, and among equal ones the lower index last
                keys[i] = remainders[i] << INDEX_BITS | ((1 << INDEX_BITS) - 1 - i);
            }
            Arrays.sort(keys);
            for (int k = 0; k < n; k++) {
                order[k] = (1 << INDEX_BITS) - 1 - (int) (keys[n - 1 - k] & ((1 << INDEX_BITS) - 1));
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(
                boxed,
                Comparator.comparingLong((Integer i) -> remainders[i])
                        .reversed()
                        .thenComparingInt(i -> i));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
    }
}
