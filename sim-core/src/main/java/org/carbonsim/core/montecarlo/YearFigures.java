package org.carbonsim.core.montecarlo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.YearResult;

/**
 * What a study keeps of one year of a replication: the market's figures (VWAP, last close, volume,
 * turnover, the part of the volume traded in block agreements, compliance rate) and the year's total
 * over every sector, the same {@link SectorFigures} a comparison pairs, summed. {@link YearMetric}
 * reads them. Immutable.
 *
 * @param year the compliance year
 * @param vwapFen the year's volume-weighted average price, fen per tonne (the last close when nothing traded)
 * @param closeFen the close of the year's last trading day, fen per tonne
 * @param volumeTonnes tonnes traded on the exchange
 * @param turnoverFen value traded on the exchange, fen
 * @param blockTrades whether the exchange has block agreement trades ({@code market.blockTrades})
 * @param blockVolumeTonnes tonnes of {@code volumeTonnes} traded in block agreements, the year's days
 *     added up; 0 without block trades
 * @param complianceRate share of covered enterprises that complied in full (NaN when none was covered)
 * @param total the year's figures summed over every sector, under the sector id {@code ""}
 */
public record YearFigures(
        int year,
        long vwapFen,
        long closeFen,
        long volumeTonnes,
        long turnoverFen,
        boolean blockTrades,
        long blockVolumeTonnes,
        double complianceRate,
        SectorFigures total)
        implements Serializable {
    public YearFigures {
        Objects.requireNonNull(total, "total");
        if (blockVolumeTonnes < 0 || (!blockTrades && blockVolumeTonnes != 0)) {
            throw new IllegalArgumentException("block volume must be >= 0, and 0 without block trades, got "
                    + blockVolumeTonnes + " t (block trades " + blockTrades + ")");
        }
    }

    /** Every year of {@code result}, in its order, each with the total of {@code sectors} (as {@link SectorFigures#of(RunResult)}) for that year. */
    public static List<YearFigures> of(RunResult result, List<SectorFigures> sectors) {
        Map<Integer, SectorFigures> totals = new LinkedHashMap<>();
        for (SectorFigures s : sectors) {
            totals.put(
                    s.year(),
                    totals.getOrDefault(s.year(), SectorFigures.none(s.year(), ""))
                            .plus(s, ""));
        }
        Map<Integer, Long> blockTonnes = new HashMap<>();
        for (DayResult day : result.days()) {
            blockTonnes.merge(day.year(), day.blockVolumeTonnes(), Math::addExact);
        }
        List<YearFigures> years = new ArrayList<>(result.years().size());
        for (YearResult y : result.years()) {
            years.add(new YearFigures(
                    y.year(),
                    y.vwapFen(),
                    y.closeFen(),
                    y.volume(),
                    y.turnover(),
                    result.blockTrades(),
                    blockTonnes.getOrDefault(y.year(), 0L),
                    y.complianceRate(),
                    totals.getOrDefault(y.year(), SectorFigures.none(y.year(), ""))));
        }
        return years;
    }
}
