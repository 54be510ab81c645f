package org.carbonsim.core.sensitivity;

import java.util.Locale;

/** How a sensitivity study samples its inputs and what it estimates. */
public enum Method {
    /** Saltelli's plan and Sobol first- and total-order indices ({@link Sobol}). */
    SOBOL,
    /** Morris trajectories and elementary effects ({@link Morris}). */
    MORRIS;

    /** The name used on the command line and in files ("sobol"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
