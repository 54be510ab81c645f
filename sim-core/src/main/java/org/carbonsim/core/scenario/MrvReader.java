package org.carbonsim.core.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.mrv.AuditSelection;
import org.carbonsim.core.mrv.MeasurementError;
import org.carbonsim.core.mrv.MisreportingFine;
import org.carbonsim.core.mrv.MonitoringMethod;
import org.carbonsim.core.mrv.MrvRules;

/**
 * Reads the optional {@code mrv} block into {@link MrvRules}, every problem at its JSON path: unknown
 * keys, sectors and enterprises by name, shares outside [0, 1], negative amounts. Stateless.
 */
final class MrvReader {
    private static final Values.Range MULTIPLE = new Values.Range(0, false, 1000, false);
    private static final Values.Range BELOW_ONE = new Values.Range(0, false, 1, true);
    private static final Values.Range BIAS = new Values.Range(-1, true, 1, true);

    private MrvReader() {}

    /** The rules of {@code o}, the {@code mrv} object; empty after reporting a problem. */
    static Optional<MrvRules> read(ScenarioLoader loader, Obj o) {
        Problems problems = loader.problems();
        int before = problems.count();
        double auditRate = o.number(
                "auditRate", MrvRules.DEFAULT_AUDIT_RATE, Values.Range.SHARE, "share of reports audited a year");
        AuditSelection selection = o.enumeration("auditSelection", AuditSelection.class, AuditSelection.RANDOM);
        double detection = o.number(
                "detectionProbability",
                MrvRules.DEFAULT_DETECTION_PROBABILITY,
                Values.Range.SHARE,
                "chance an audit finds a misreport");
        double maxShare = o.number(
                "maxUnderReportShare",
                MrvRules.DEFAULT_MAX_UNDER_REPORT_SHARE,
                BELOW_ONE,
                "largest share of measured emissions an enterprise hides");
        MisreportingFine fine = readFine(o.object("fine", "what a detected misreport costs"), problems);
        MonitoringMethod defaultMethod =
                o.enumeration("defaultMethod", MonitoringMethod.class, MonitoringMethod.CALCULATION_MEASURED);
        Map<MonitoringMethod, MeasurementError> errors =
                readErrors(o.object("measurementErrors", "error by monitoring method"), problems);
        Map<String, MonitoringMethod> bySector = loader.sectors()
                .bySector(o.object("sectorMethods", "monitoring method by sector id"), MonitoringMethod.class);
        Map<String, MonitoringMethod> byEnterprise = loader.enterprises()
                .byEnterprise(
                        o.object("enterpriseMethods", "monitoring method by enterprise id"), MonitoringMethod.class);
        o.finish();
        MrvRules rules = problems.build(
                o.path(),
                before,
                () -> new MrvRules(
                        auditRate,
                        selection,
                        detection,
                        fine,
                        maxShare,
                        defaultMethod,
                        errors,
                        bySector,
                        byEnterprise));
        return Optional.ofNullable(rules);
    }

    private static MisreportingFine readFine(Obj o, Problems problems) {
        int before = problems.count();
        long fixed = o.money("fixed", MrvRules.DEFAULT_FIXED_FINE_FEN, "CNY per detected misreport");
        double priceMultiple = o.number("priceMultiple", 0, MULTIPLE, "multiple of the average price per hidden tonne");
        double deduction =
                o.number("deductionMultiple", 1, MULTIPLE, "t deducted from next year's allocation per hidden t");
        o.finish();
        return problems.count() > before ? null : new MisreportingFine(fixed, priceMultiple, deduction);
    }

    private static Map<MonitoringMethod, MeasurementError> readErrors(Obj o, Problems problems) {
        Map<MonitoringMethod, MeasurementError> errors = new EnumMap<>(MonitoringMethod.class);
        for (MonitoringMethod method : MonitoringMethod.values()) {
            if (!o.has(method.name())) {
                continue;
            }
            Obj e = o.object(method.name(), "measurement error of " + method.name());
            int before = problems.count();
            double bias =
                    e.number("bias", method.defaultError().bias(), BIAS, "systematic error, share of true emissions");
            double sd = e.number(
                    "sd", method.defaultError().sd(), BELOW_ONE, "standard deviation, share of true emissions");
            e.finish();
            if (problems.count() == before) {
                errors.put(method, new MeasurementError(bias, sd));
            }
        }
        o.finish();
        return errors;
    }
}
