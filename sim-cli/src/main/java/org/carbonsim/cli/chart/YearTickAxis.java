package org.carbonsim.cli.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The x axis of a chart over trading days: a tick at the first day of each year, labelled with the
 * year, and for a run of three years or fewer also ticks at the quarters (Q2, Q3, Q4), instead of
 * the bare day counts a number axis would show.
 */
final class YearTickAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    private final double[] starts;
    private final String[] labels;
    private final double end;

    /**
     * @param starts the x of each year's first day, ascending
     * @param labels the years
     * @param end one past the x of the last day
     */
    YearTickAxis(String label, List<Double> starts, List<String> labels, double end) {
        super(label);
        this.starts = starts.stream().mapToDouble(Double::doubleValue).toArray();
        this.labels = labels.toArray(String[]::new);
        this.end = end;
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        boolean quarters = starts.length <= 3;
        for (int i = 0; i < starts.length; i++) {
            ticks.add(tick(starts[i], labels[i], TickType.MAJOR));
            if (quarters) {
                double next = i + 1 < starts.length ? starts[i + 1] : end;
                for (int q = 1; q < 4; q++) {
                    ticks.add(tick(starts[i] + (next - starts[i]) * q / 4.0, "Q" + (q + 1), TickType.MINOR));
                }
            }
        }
        return ticks;
    }

    private static NumberTick tick(double x, String label, TickType type) {
        return new NumberTick(type, x, label, TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0);
    }
}
