/**
 * Who a scheme covers each year: emission and energy-use thresholds that change over time, lookback
 * for entry, consecutive years below for exit, sector expansion, opening and closure of enterprises;
 * with a record of why each enterprise is or is not covered. Imports {@code model}.
 */
package org.carbonsim.core.coverage;
