package org.carbonsim.cli.report;

/**
 * A chart ready for the report.
 *
 * @param name the chart's file name without extension
 * @param title the chart's title
 * @param xLabel the x axis label
 * @param yLabel the left y axis label
 * @param y2Label the right y axis label, or empty
 * @param svg the chart's {@code <svg>} element
 */
public record ReportChart(String name, String title, String xLabel, String yLabel, String y2Label, String svg) {
    /** A chart whose axis labels are not known apart from its SVG. */
    public ReportChart(String name, String title, String svg) {
        this(name, title, "", "", "", svg);
    }
}
