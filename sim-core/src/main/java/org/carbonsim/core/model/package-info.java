/**
 * Enterprises and sectors: output with trend and shocks, emission and energy intensity, operating
 * days, opening and closure, and marginal abatement cost curves. Emissions are {@code long} tonnes
 * CO2e; output is {@code double} product units of the sector's unit. Imports java.base only.
 */
package org.carbonsim.core.model;
