package org.carbonsim.core.montecarlo;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures a study keeps per year, in natural units: the market's (VWAP, close, volume, turnover,
 * compliance rate), then every {@link SectorMetric} over all sectors together, with that metric's id
 * and unit, then the block volume. Files name each by a snake_case id and a unit suffix, as {@link
 * SectorMetric} does. The VWAP is the engine's: the last close in a year with no exchange trade, as in
 * {@code annual.csv}. A study lists the block volume only where its runs have block agreement trades
 * ({@link #listed}), so a study of a market without them writes the figures it always wrote.
 */
public enum YearMetric implements StudyFigure {
    /** Volume-weighted average price, yuan per tonne (the last close without trades). */
    VWAP("vwap", "cny_per_t", y -> y.vwapFen() / 100.0),
    /** Close of the year's last trading day, yuan per tonne. */
    CLOSE("close", "cny_per_t", y -> y.closeFen() / 100.0),
    /** Tonnes traded on the exchange. */
    VOLUME("volume", "t", y -> y.volumeTonnes()),
    /** Value traded on the exchange, yuan. */
    TURNOVER("turnover", "cny", y -> y.turnoverFen() / 100.0),
    /** Share of covered enterprises that complied in full. */
    COMPLIANCE_RATE("compliance_rate", "", YearFigures::complianceRate),
    /** {@link SectorMetric#COVERED_FIRMS} over all sectors. */
    COVERED_FIRMS(SectorMetric.COVERED_FIRMS),
    /** {@link SectorMetric#ALLOCATION} over all sectors. */
    ALLOCATION(SectorMetric.ALLOCATION),
    /** {@link SectorMetric#SHORTFALL} over all sectors. */
    SHORTFALL(SectorMetric.SHORTFALL),
    /** {@link SectorMetric#ABATEMENT} over all sectors. */
    ABATEMENT(SectorMetric.ABATEMENT),
    /** {@link SectorMetric#ABATEMENT_COST} over all sectors. */
    ABATEMENT_COST(SectorMetric.ABATEMENT_COST),
    /** {@link SectorMetric#PENALTIES} over all sectors. */
    PENALTIES(SectorMetric.PENALTIES),
    /** {@link SectorMetric#COMPLIANCE_COST} over all sectors. */
    COMPLIANCE_COST(SectorMetric.COMPLIANCE_COST),
    /** {@link SectorMetric#COMPLIANCE_COST_PER_TONNE} over all sectors. */
    COMPLIANCE_COST_PER_TONNE(SectorMetric.COMPLIANCE_COST_PER_TONNE),
    /** {@link SectorMetric#COVERED_EMISSIONS} over all sectors. */
    COVERED_EMISSIONS(SectorMetric.COVERED_EMISSIONS),
    /** {@link SectorMetric#OFFSETS} over all sectors. */
    OFFSETS(SectorMetric.OFFSETS),
    /** {@link SectorMetric#BANKED} over all sectors. */
    BANKED(SectorMetric.BANKED),
    /** {@link SectorMetric#UNDETECTED_GAP} over all sectors. */
    UNDETECTED_GAP(SectorMetric.UNDETECTED_GAP),
    /** {@link SectorMetric#CBAM_LIABILITY} over all sectors. */
    CBAM_LIABILITY(SectorMetric.CBAM_LIABILITY),
    /**
     * Tonnes of the volume traded in block agreements (the year's {@code block_volume_t} in {@code
     * annual.csv}); listed only where the market has them.
     */
    BLOCK_VOLUME("block_volume", "t", y -> y.blockVolumeTonnes());

    private final String id;
    private final String unit;
    private final ToDoubleFunction<YearFigures> extractor;

    YearMetric(String id, String unit, ToDoubleFunction<YearFigures> extractor) {
        this.id = id;
        this.unit = unit;
        this.extractor = extractor;
    }

    YearMetric(SectorMetric total) {
        this(total.id(), total.unit(), y -> total.of(y.total()));
    }

    /** The snake_case id used in files' {@code metric} column, without a unit. */
    @Override
    public String id() {
        return id;
    }

    /** The unit suffix ({@code t}, {@code cny}, {@code cny_per_t}), empty for a count or a share. */
    @Override
    public String unit() {
        return unit;
    }

    /** This figure of {@code figures}. */
    public double of(YearFigures figures) {
        return extractor.applyAsDouble(figures);
    }

    /**
     * The figures a study of {@code runs} lists, in declaration order: every one, the block volume
     * only when a year of one of the runs has block agreement trades.
     */
    public static List<YearMetric> listed(Collection<RunMetrics> runs) {
        boolean blocks = runs.stream().flatMap(r -> r.years().stream()).anyMatch(YearFigures::blockTrades);
        return Arrays.stream(values()).filter(m -> blocks || m != BLOCK_VOLUME).toList();
    }
}
