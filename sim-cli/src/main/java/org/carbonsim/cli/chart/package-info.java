/**
 * Charts of a carbonsim output folder, read back from its CSV and JSON files (never from the engine's
 * objects, so that {@code carbonsim chart DIR} re-renders them): {@link RunOutput} and {@link
 * MonteCarloOutput} read a folder, {@link RunCharts} and {@link MonteCarloCharts} turn it into plain
 * {@link ChartData} records (the series as lists of points, golden-tested without pixels), and {@link
 * ChartRenderer} draws a record with JFreeChart as a PNG at twice the nominal size or as SVG. The
 * commands tie it together with the report in {@code org.carbonsim.cli.files.ChartFiles}. Headless:
 * nothing here opens a window.
 */
package org.carbonsim.cli.chart;
