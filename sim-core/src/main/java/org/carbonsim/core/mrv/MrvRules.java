package org.carbonsim.core.mrv;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A scenario's MRV rules: how each enterprise is monitored and how large each method's error is,
 * how far an enterprise may go in hiding emissions, and how verifiers audit and what they impose.
 * Immutable.
 *
 * @param auditRate share of reports audited each year
 * @param selection how the audited reports are chosen
 * @param detectionProbability chance that an audit of a misreport finds it
 * @param fine what a detected misreport costs
 * @param maxUnderReportShare the largest share of its measured emissions an enterprise can hide (the
 *     {@link UnderReportingRule} chooses 0 or this)
 * @param defaultMethod monitoring method of enterprises and sectors not listed
 * @param errors measurement error of each method (every method present)
 * @param sectorMethods monitoring method by sector id
 * @param enterpriseMethods monitoring method by enterprise id (before the sector's)
 */
public record MrvRules(
        double auditRate,
        AuditSelection selection,
        double detectionProbability,
        MisreportingFine fine,
        double maxUnderReportShare,
        MonitoringMethod defaultMethod,
        Map<MonitoringMethod, MeasurementError> errors,
        Map<String, MonitoringMethod> sectorMethods,
        Map<String, MonitoringMethod> enterpriseMethods) {
    /** Default audit rate: assumed, see docs/model.md. */
    public static final double DEFAULT_AUDIT_RATE = 0.1;
    /** Default chance that an audit finds a misreport: assumed, see docs/model.md. */
    public static final double DEFAULT_DETECTION_PROBABILITY = 0.8;
    /** Default largest hidden share: assumed, see docs/model.md. */
    public static final double DEFAULT_MAX_UNDER_REPORT_SHARE = 0.05;
    /** Default fixed fine: CNY 500,000, the top of the range reported for the 2024 regulation (unconfirmed). */
    public static final long DEFAULT_FIXED_FINE_FEN = 50_000_000L;

    public MrvRules {
        if (!(auditRate >= 0 && auditRate <= 1)) {
            throw new IllegalArgumentException("auditRate must be in [0, 1] (share of reports), got " + auditRate);
        }
        if (!(detectionProbability >= 0 && detectionProbability <= 1)) {
            throw new IllegalArgumentException(
                    "detectionProbability must be in [0, 1] (chance per audited misreport), got "
                            + detectionProbability);
        }
        if (!(maxUnderReportShare >= 0 && maxUnderReportShare < 1)) {
            throw new IllegalArgumentException(
                    "maxUnderReportShare must be in [0, 1) (share of measured emissions), got " + maxUnderReportShare);
        }
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(defaultMethod, "defaultMethod");
        EnumMap<MonitoringMethod, MeasurementError> all = new EnumMap<>(MonitoringMethod.class);
        for (MonitoringMethod method : MonitoringMethod.values()) {
            all.put(method, errors.getOrDefault(method, method.defaultError()));
        }
        errors = Map.copyOf(all);
        sectorMethods = Map.copyOf(new TreeMap<>(sectorMethods));
        enterpriseMethods = Map.copyOf(new TreeMap<>(enterpriseMethods));
    }

    /** Rules with every default and {@code auditRate}, for tests and examples. */
    public static MrvRules withAuditRate(double auditRate, AuditSelection selection) {
        return new MrvRules(
                auditRate,
                selection,
                DEFAULT_DETECTION_PROBABILITY,
                new MisreportingFine(DEFAULT_FIXED_FINE_FEN, 0, 1),
                DEFAULT_MAX_UNDER_REPORT_SHARE,
                MonitoringMethod.CALCULATION_MEASURED,
                Map.of(),
                Map.of(),
                Map.of());
    }

    /** The monitoring method of {@code enterpriseId} in {@code sectorId}. */
    public MonitoringMethod methodOf(String enterpriseId, String sectorId) {
        MonitoringMethod own = enterpriseMethods.get(enterpriseId);
        return own != null ? own : sectorMethods.getOrDefault(sectorId, defaultMethod);
    }

    /** The measurement error of {@code method}. */
    public MeasurementError errorOf(MonitoringMethod method) {
        return errors.get(method);
    }

    /**
     * The chance an enterprise takes a misreport to be caught: audit rate × detection probability,
     * whatever the selection (an enterprise does not know where it ranks among the reports).
     */
    public double perceivedDetection() {
        return auditRate * detectionProbability;
    }

    /**
     * What an enterprise monitored by {@code method} that hides {@code hiddenShare} expects to owe per
     * tonne it emits: (1 + bias) × (1 − hidden share × (1 − perceived detection)). The engine plans
     * with it and the reference equilibrium counts demand with it, so both see the same rule.
     */
    public double expectedObligationFactor(MonitoringMethod method, double hiddenShare) {
        return (1 + errorOf(method).bias()) * (1 - hiddenShare * (1 - perceivedDetection()));
    }
}
