package org.carbonsim.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A year's liquidity scorecard: how much of the cap changed hands, on how many days nothing did, how
 * much of the year's volume fell in the weeks before the deadline, and what crossing the book cost.
 * A figure without a meaning in the year is empty, never 0: the turnover ratio with a cap of 0, the
 * deadline share with no volume, the spread when the book was never quoted on both sides. Immutable.
 *
 * <p>The volumes are all the exchange's, on the book and in block agreements, as the year's volume is.
 *
 * @param turnoverRatio tonnes traded on the exchange ÷ the cap; empty when the cap is 0
 * @param noTradeDays trading days of the year on which nothing traded
 * @param lastDaysVolumeShare share of the year's volume traded in its last {@value #LAST_DAYS} trading
 *     days (all of them when the year is shorter); empty when nothing traded
 * @param spreadFen time-weighted mean of best ask minus best bid, sampled after every round of
 *     continuous trading in which both sides were quoted, fen per tonne (rounded half up); empty when
 *     no round ended two-sided
 */
public record Liquidity(
        OptionalDouble turnoverRatio, int noTradeDays, OptionalDouble lastDaysVolumeShare, OptionalLong spreadFen) {
    /** Trading days before the year's end counted as its deadline window, as the issue defines the share. */
    public static final int LAST_DAYS = 20;

    public Liquidity {
        Objects.requireNonNull(turnoverRatio, "turnoverRatio");
        Objects.requireNonNull(lastDaysVolumeShare, "lastDaysVolumeShare");
        Objects.requireNonNull(spreadFen, "spreadFen");
        if (noTradeDays < 0) {
            throw new IllegalArgumentException("noTradeDays must be >= 0, got " + noTradeDays);
        }
    }

    /**
     * The scorecard of a year whose trading days are {@code days} (in order), whose cap is {@code
     * capTonnes}, and whose book was quoted on both sides at the end of {@code quotedRounds} rounds with
     * spreads adding up to {@code spreadSumFen}.
     */
    public static Liquidity of(List<DayResult> days, long capTonnes, long quotedRounds, long spreadSumFen) {
        if (capTonnes < 0 || quotedRounds < 0 || spreadSumFen < 0) {
            throw new IllegalArgumentException("cap, rounds and spreads must be >= 0");
        }
        long volume = 0;
        long lastDays = 0;
        int idle = 0;
        for (int i = 0; i < days.size(); i++) {
            long tonnes = days.get(i).allVolumeTonnes();
            volume = Math.addExact(volume, tonnes);
            if (i >= days.size() - LAST_DAYS) {
                lastDays += tonnes;
            }
            if (tonnes == 0) {
                idle++;
            }
        }
        return new Liquidity(
                capTonnes == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) volume / capTonnes),
                idle,
                volume == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) lastDays / volume),
                quotedRounds == 0
                        ? OptionalLong.empty()
                        : OptionalLong.of((2 * spreadSumFen + quotedRounds) / (2 * quotedRounds)));
    }
}
