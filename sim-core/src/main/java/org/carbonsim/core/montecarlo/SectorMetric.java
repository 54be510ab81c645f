package org.carbonsim.core.montecarlo;

import java.util.function.ToDoubleFunction;

/**
 * The figures a comparison pairs per sector and per year, in natural units: money in yuan (from fen),
 * tonnes as tonnes. Each label is the metric's name in files, snake_case with its unit suffix. The
 * cost per tonne is NaN (undefined, never 0) where the sector's covered enterprises emitted nothing.
 */
public enum SectorMetric {
    /** Enterprises covered. */
    COVERED_FIRMS("covered_firms", f -> f.coveredEnterprises()),
    /** Final free allocation, t. */
    ALLOCATION("allocation_t", f -> f.allocationTonnes()),
    /** Obligations left unmet, t. */
    SHORTFALL("shortfall_t", f -> f.shortfallTonnes()),
    /** Abatement, t. */
    ABATEMENT("abatement_t", f -> f.abatementTonnes()),
    /** Realised abatement cost, yuan. */
    ABATEMENT_COST("abatement_cost_cny", f -> f.abatementCostFen() / 100.0),
    /** Fines, yuan. */
    PENALTIES("penalties_cny", f -> f.penaltyFen() / 100.0),
    /** Abatement, offsets, fines and net allowance purchases at the year's VWAP, yuan. */
    COMPLIANCE_COST("compliance_cost_cny", f -> f.complianceCostFen() / 100.0),
    /** {@link #COMPLIANCE_COST} per tonne of the covered enterprises' verified emissions, yuan per tonne. */
    COMPLIANCE_COST_PER_TONNE(
            "compliance_cost_cny_per_t",
            f -> f.coveredEmissionsTonnes() == 0
                    ? Double.NaN
                    : f.complianceCostFen() / 100.0 / f.coveredEmissionsTonnes());

    private final String label;
    private final ToDoubleFunction<SectorFigures> extractor;

    SectorMetric(String label, ToDoubleFunction<SectorFigures> extractor) {
        this.label = label;
        this.extractor = extractor;
    }

    /** The name used in files. */
    public String label() {
        return label;
    }

    /** This figure of {@code figures}. */
    public double of(SectorFigures figures) {
        return extractor.applyAsDouble(figures);
    }
}
