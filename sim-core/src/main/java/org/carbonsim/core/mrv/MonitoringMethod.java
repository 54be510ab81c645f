package org.carbonsim.core.mrv;

/**
 * How an enterprise's emissions are measured, which sets the size of its measurement error. Defaults
 * and their sources: docs/facts.md (data quality) and docs/model.md (MRV).
 */
public enum MonitoringMethod {
    /**
     * Calculation (activity data × emission factor) with the rules' default carbon content where the
     * fuel's was not measured: the default is set high on purpose, so reports run above true emissions.
     */
    CALCULATION_DEFAULT(new MeasurementError(0.10, 0.03)),
    /** Calculation with the fuel's carbon content measured by sampling and laboratory analysis. */
    CALCULATION_MEASURED(new MeasurementError(0.0, 0.02)),
    /** Continuous emissions monitoring (CEMS) of concentration and flow at the stack. */
    CONTINUOUS(new MeasurementError(0.0, 0.04));

    private final MeasurementError defaultError;

    MonitoringMethod(MeasurementError defaultError) {
        this.defaultError = defaultError;
    }

    /** The error this method has unless a scenario says otherwise. */
    public MeasurementError defaultError() {
        return defaultError;
    }
}
