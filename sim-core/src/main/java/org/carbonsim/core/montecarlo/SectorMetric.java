package org.carbonsim.core.montecarlo;

import java.util.function.ToDoubleFunction;

/**
 * The figures a comparison pairs per sector and per year, in natural units: money in yuan (from fen),
 * tonnes as tonnes. Files name each by a snake_case id and a unit suffix, in the long tables' {@code
 * metric} and {@code unit} columns. The cost per tonne is NaN (undefined, never 0) where the sector's
 * covered enterprises emitted nothing. The figures added after the cost per tonne (emissions,
 * offsets, banking, the MRV gap and the CBAM liability) come last, so files written before them keep
 * their columns' order.
 */
public enum SectorMetric implements StudyFigure {
    /** Enterprises covered. */
    COVERED_FIRMS("covered_firms", "", f -> f.coveredEnterprises()),
    /** Final free allocation, t. */
    ALLOCATION("allocation", "t", f -> f.allocationTonnes()),
    /** Obligations left unmet, t. */
    SHORTFALL("shortfall", "t", f -> f.shortfallTonnes()),
    /** Abatement, t. */
    ABATEMENT("abatement", "t", f -> f.abatementTonnes()),
    /** Realised abatement cost, yuan. */
    ABATEMENT_COST("abatement_cost", "cny", f -> f.abatementCostFen() / 100.0),
    /** Fines, yuan. */
    PENALTIES("penalties", "cny", f -> f.penaltyFen() / 100.0),
    /** Abatement, offsets, fines and net allowance purchases at the year's VWAP, yuan. */
    COMPLIANCE_COST("compliance_cost", "cny", f -> f.complianceCostFen() / 100.0),
    /** {@link #COMPLIANCE_COST} per tonne of the covered enterprises' verified emissions, yuan per tonne. */
    COMPLIANCE_COST_PER_TONNE(
            "compliance_cost_per_tonne",
            "cny_per_t",
            f -> f.coveredEmissionsTonnes() == 0
                    ? Double.NaN
                    : f.complianceCostFen() / 100.0 / f.coveredEmissionsTonnes()),
    /** The covered enterprises' verified emissions, t. */
    COVERED_EMISSIONS("covered_emissions", "t", f -> f.coveredEmissionsTonnes()),
    /** Offset credits surrendered, t. */
    OFFSETS("offsets", "t", f -> f.offsetsTonnes()),
    /** Allowances banked for later years, t. */
    BANKED("banked", "t", f -> f.bankedTonnes()),
    /**
     * True minus compliance emissions, t: the environmental-integrity loss, negative where measurement
     * overstates more than is hidden; 0 without MRV rules, which measure perfectly.
     */
    UNDETECTED_GAP("undetected_gap", "t", f -> f.undetectedGapTonnes()),
    /** The EU CBAM liability of the sector's exports, yuan: 0 without CBAM rules or outside their scope. */
    CBAM_LIABILITY("cbam_liability", "cny", f -> f.cbamLiabilityFen() / 100.0);

    private final String id;
    private final String unit;
    private final ToDoubleFunction<SectorFigures> extractor;

    SectorMetric(String id, String unit, ToDoubleFunction<SectorFigures> extractor) {
        this.id = id;
        this.unit = unit;
        this.extractor = extractor;
    }

    /** The snake_case id used in files' {@code metric} column, without a unit. */
    @Override
    public String id() {
        return id;
    }

    /** The unit suffix used in files' {@code unit} column ({@code t}, {@code cny}, {@code cny_per_t}), empty for a count. */
    @Override
    public String unit() {
        return unit;
    }

    /** This figure of {@code figures}. */
    public double of(SectorFigures figures) {
        return extractor.applyAsDouble(figures);
    }
}
