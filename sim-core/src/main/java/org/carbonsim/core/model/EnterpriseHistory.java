package org.carbonsim.core.model;

/**
 * Where the rulebook looks up an enterprise's past and present years: coverage lookback, base years of
 * historical allocation, reference years of derived benchmarks. {@link Economy} is the usual
 * implementation; tests may use a lambda.
 */
@FunctionalInterface
public interface EnterpriseHistory {
    /** The record of {@code enterpriseId} in {@code year}; an idle year when it did not operate. */
    EnterpriseYear yearOf(String enterpriseId, int year);
}
