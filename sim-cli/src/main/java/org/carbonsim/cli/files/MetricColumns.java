package org.carbonsim.cli.files;

import java.util.Arrays;
import java.util.List;
import org.carbonsim.core.montecarlo.Metric;

/**
 * The names a study's CSV files give each {@link Metric}: a snake_case id ({@code compliance_rate}),
 * its unit suffix ({@code cny_per_t}, {@code t}, {@code cny}, or none for a dimensionless share), and
 * the column that joins them ({@code vwap_cny_per_t}). Long tables carry the id and the unit in {@code
 * metric} and {@code unit} columns; wide tables use the column name. JSON files and the command line
 * keep {@link Metric#label()}. Stateless.
 */
public final class MetricColumns {
    private MetricColumns() {}

    /** The metric's snake_case id, without a unit. */
    public static String id(Metric metric) {
        return switch (metric) {
            case VWAP -> "vwap";
            case CLOSE -> "close";
            case VOLUME -> "volume";
            case COMPLIANCE_RATE -> "compliance_rate";
            case PENALTIES -> "penalties";
            case ABATEMENT_COST -> "abatement_cost";
            case EQUILIBRIUM_PRICE -> "equilibrium_price";
            case EFFICIENCY -> "efficiency";
            case TURNOVER_RATIO -> "turnover_ratio";
            case NO_TRADE_DAYS -> "no_trade_days";
            case LAST_DAYS_VOLUME_SHARE -> "last_20_days_volume_share";
            case SPREAD -> "spread";
            case OFFSETS -> "offsets";
            case UNDETECTED_GAP -> "undetected_gap";
            case CBAM_LIABILITY -> "cbam_liability";
            case COST_EFFECTIVENESS -> "cost_effectiveness";
        };
    }

    /** The metric's unit suffix, empty for a dimensionless share. */
    public static String unit(Metric metric) {
        return switch (metric) {
            case VWAP, CLOSE, EQUILIBRIUM_PRICE, SPREAD -> "cny_per_t";
            case VOLUME, OFFSETS, UNDETECTED_GAP -> "t";
            case PENALTIES, ABATEMENT_COST, CBAM_LIABILITY -> "cny";
            case COMPLIANCE_RATE,
                    EFFICIENCY,
                    TURNOVER_RATIO,
                    NO_TRADE_DAYS,
                    LAST_DAYS_VOLUME_SHARE,
                    COST_EFFECTIVENESS -> "";
        };
    }

    /** The metric's column in a wide table: its id and unit joined by an underscore. */
    static String column(Metric metric) {
        String unit = unit(metric);
        return unit.isEmpty() ? id(metric) : id(metric) + "_" + unit;
    }

    /** Every metric's column, in the order of {@link Metric#values()}. */
    static List<String> columns() {
        return Arrays.stream(Metric.values()).map(MetricColumns::column).toList();
    }
}
