/**
 * Exposure to the EU's Carbon Border Adjustment Mechanism (CBAM): the embedded emissions of the
 * goods covered enterprises export to the EU, the CBAM factor by which the EU phases the mechanism
 * in as it phases free allocation out, the EU allowance price in yuan, the carbon price effectively
 * paid in China (the allowance price net of free allocation), and the liability that results, with
 * how much of the bill the domestic price keeps at home and how much free allocation leaves to the
 * EU. Imports {@code model}.
 */
package org.carbonsim.core.cbam;
