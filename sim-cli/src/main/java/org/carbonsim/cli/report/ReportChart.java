package org.carbonsim.cli.report;

/**
 * A chart ready for the report.
 *
 * @param name the chart's file name without extension
 * @param title the chart's title
 * @param svg the chart's {@code <svg>} element
 */
public record ReportChart(String name, String title, String svg) {}
