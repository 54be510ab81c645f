package org.carbonsim.core.montecarlo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.mrv.MrvYear;

/**
 * The key figures kept from each replication, in natural units: prices and money in yuan (from fen),
 * volumes in tonnes, rates in [0, 1]. "Final" figures are those of the run's last year; the others are
 * run totals. Only these numbers survive a replication, so a study's memory does not grow with the size
 * of a run's result. Efficiency is NaN (undefined, never 0) in a run none of whose years has a
 * defined efficiency (nothing to abate on the reference, or nothing spent), and so is a liquidity
 * figure without a meaning in the final year; statistics are taken over the runs where it is defined.
 * Cost-effectiveness is NaN likewise in a run that spent nothing on abatement. The figures added after
 * the spread (offsets, the MRV gap, the CBAM liability and cost-effectiveness) come last, so files
 * written before them keep their columns' order.
 */
public enum Metric {
    /** Volume-weighted average price of the final year, yuan per tonne. */
    VWAP("vwap", r -> last(r).vwapFen() / 100.0),
    /** Close of the final year's last trading day, yuan per tonne. */
    CLOSE("close", r -> last(r).closeFen() / 100.0),
    /** Tonnes traded in the final year. */
    VOLUME("volume", r -> last(r).volume()),
    /** Mean yearly share of covered enterprises that complied in full. */
    COMPLIANCE_RATE("complianceRate", r -> r.totals().complianceRate()),
    /** Fines over the run, yuan. */
    PENALTIES("penalties", r -> r.totals().penalties() / 100.0),
    /** Realised abatement cost over the run, yuan. */
    ABATEMENT_COST("abatementCost", r -> r.totals().abatementCost() / 100.0),
    /**
     * Headline reference price of the final year (intertemporal where banking is allowed), yuan per
     * tonne.
     */
    EQUILIBRIUM_PRICE("equilibriumPrice", r -> last(r).equilibriumPrice() / 100.0),
    /**
     * Headline reference cost ÷ realised cost (abatement, offsets and fines), summed over the years
     * where the year's efficiency is defined; NaN when no year's is.
     */
    EFFICIENCY("efficiency", Metric::efficiency),
    /** Tonnes traded in the final year ÷ its cap; NaN when the cap is 0. */
    TURNOVER_RATIO("turnoverRatio", r -> orNaN(last(r).liquidity().turnoverRatio())),
    /** Trading days of the final year on which nothing traded. */
    NO_TRADE_DAYS("noTradeDays", r -> last(r).liquidity().noTradeDays()),
    /** Share of the final year's volume traded in its last 20 trading days; NaN when nothing traded. */
    LAST_DAYS_VOLUME_SHARE("lastDaysVolumeShare", r -> orNaN(last(r).liquidity().lastDaysVolumeShare())),
    /**
     * Time-weighted mean bid-ask spread of the final year, yuan per tonne; NaN when the book was never
     * quoted on both sides.
     */
    SPREAD("spread", r -> {
        OptionalLong spread = last(r).liquidity().spreadFen();
        return spread.isPresent() ? spread.getAsLong() / 100.0 : Double.NaN;
    }),
    /** Offset credits surrendered over the run, t. */
    OFFSETS("offsets", r -> r.totals().offsetsUsed()),
    /**
     * True minus compliance emissions over the run, t: the environmental-integrity loss of imperfect
     * measurement and verification; 0 without MRV rules, which measure perfectly.
     */
    UNDETECTED_GAP("undetectedGap", Metric::undetectedGapTonnes),
    /** The EU CBAM liability of the covered exports over the run, yuan; 0 without CBAM rules. */
    CBAM_LIABILITY("cbamLiability", r -> cbamLiabilityFen(r) / 100.0),
    /**
     * Least cost of the realised abatement ÷ its realised cost, summed over the years where the year's
     * figure is defined; NaN when no year's is (nothing spent on abatement).
     */
    COST_EFFECTIVENESS("costEffectiveness", r -> orNaN(r.totals().costEffectiveness()));

    private final String label;
    private final ToDoubleFunction<RunResult> extractor;

    Metric(String label, ToDoubleFunction<RunResult> extractor) {
        this.label = label;
        this.extractor = extractor;
    }

    /** The name used in files and on the command line. */
    public String label() {
        return label;
    }

    /** Whether this is a figure of the run's final year; the others are of the whole run. */
    public boolean ofFinalYear() {
        return switch (this) {
            case VWAP,
                    CLOSE,
                    VOLUME,
                    EQUILIBRIUM_PRICE,
                    TURNOVER_RATIO,
                    NO_TRADE_DAYS,
                    LAST_DAYS_VOLUME_SHARE,
                    SPREAD -> true;
            default -> false;
        };
    }

    /** This figure of {@code result}. */
    public double of(RunResult result) {
        return extractor.applyAsDouble(result);
    }

    /** The metric named {@code label} (case-insensitive), if any. */
    public static Optional<Metric> byLabel(String label) {
        for (Metric m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Every label, in declaration order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Metric::label).toList();
    }

    private static double efficiency(RunResult r) {
        return r.totals().efficiency().orElse(Double.NaN);
    }

    private static long undetectedGapTonnes(RunResult r) {
        long gap = 0;
        for (MrvYear year : r.mrv()) {
            gap = Math.addExact(gap, year.undetectedGapTonnes());
        }
        return gap;
    }

    private static long cbamLiabilityFen(RunResult r) {
        long liability = 0;
        for (CbamSectorYear year : r.cbam()) {
            liability = Math.addExact(liability, year.liabilityFen());
        }
        return liability;
    }

    private static double orNaN(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    private static YearResult last(RunResult r) {
        if (r.years().isEmpty()) {
            throw new IllegalArgumentException("a run with no years has no final-year figures");
        }
        return r.years().get(r.years().size() - 1);
    }
}
