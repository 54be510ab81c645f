/**
 * What happens at the compliance deadline: verified emissions, surrender of allowances and eligible
 * offsets (CCER, carbon-inclusion credits) up to their cap, banking and borrowing rules, penalty
 * models and the compliance rate. Imports {@code model} and {@code registry}.
 */
package org.carbonsim.core.compliance;
