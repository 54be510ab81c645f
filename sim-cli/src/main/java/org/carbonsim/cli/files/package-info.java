/**
 * What goes into a command's output: {@link RunFiles} writes a run's folder (with {@link MrvFiles},
 * {@link CbamFiles}, {@link FinanceFiles}, {@link ReserveFiles}, {@link OffsetFiles} and {@link EventFiles} for the scenarios
 * that have them); {@link MonteCarloFiles}, {@link SweepFiles}, {@link CompareFiles} with {@link
 * ComparePairedFiles}, {@link SensitivityFiles} and {@link CalibrationFiles} write the studies', their
 * tables laid out by {@link StudyTables}, {@link MetricColumns} and {@link InputColumns};
 * {@link AllocationTableFormat} lays out {@code allocate}'s table; {@link ChartFiles} adds the charts
 * and {@code report.html}; and {@link Provenance} writes {@code run.json}, whose {@link RunIdentity}
 * keeps a command from replacing another run's folder. Columns are those of docs/data-dictionary.md,
 * and the same result gives the same bytes. The commands decide what to write and where; the files go
 * out through {@code org.carbonsim.cli.format}.
 */
package org.carbonsim.cli.files;
