/**
 * Monitoring, reporting and verification (MRV) and data quality: what an enterprise reports against
 * what it emitted. Measurement error whose size follows the monitoring method ({@link
 * MonitoringMethod}), deliberate under-reporting chosen by the {@link UnderReportingRule}, verifiers
 * auditing a share of the reports ({@link Verifier}), and the fines and allocation deductions for what
 * they find ({@link MisreportingFine}). Imports {@code model} and {@code compliance}; draws its random
 * numbers from streams keyed by seed, year and enterprise ({@link Draws}), so a scenario without an
 * MRV block draws nothing and one with it shifts no other random draw.
 */
package org.carbonsim.core.mrv;
