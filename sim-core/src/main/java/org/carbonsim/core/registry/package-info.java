/**
 * Accounts, holdings by vintage, and transfers with reasons: enterprises, investors, the government
 * reserve, the auction account and cancellation. Conservation is checked: allowances are created
 * only by issuance and destroyed only by surrender or cancellation; cash moves only by trades, fees,
 * auction payments and penalties. Imports {@code model}.
 */
package org.carbonsim.core.registry;
