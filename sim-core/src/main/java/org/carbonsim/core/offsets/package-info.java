/**
 * Where offset credits come from and what they trade at: the CCER project pipeline (projects by
 * methodology type, registration and issuance lags, vintages, eligibility by type and vintage,
 * starts given or responding to the expected price), its own order book, and carbon-inclusion (碳普惠)
 * credits issued to households, transport users and small firms from drawn participation and
 * per-capita reductions, sold at a platform price. Each year it sets the supply of the compliance
 * programmes it feeds, so that the compliance desk, the traders and the reference equilibrium keep
 * reading the one {@link org.carbonsim.core.compliance.OffsetRule}. Imports {@code market}, {@code
 * registry} and {@code compliance}.
 */
package org.carbonsim.core.offsets;
