/**
 * Scenario records and their strict loading from JSON (and enterprise registers from CSV): every
 * problem is reported with its JSON path, or file, line and column, and its unit. Imports every
 * domain package and gson.
 */
package org.carbonsim.core.scenario;
