/**
 * The discrete-time loop that runs a scenario year by year and day by day: coverage, cap and
 * allocation, abatement, trading days on the exchange ({@link org.carbonsim.core.engine.MarketSession})
 * with auctions and government interventions, verification and true-up, compliance, banking; and the
 * results of a run ({@link org.carbonsim.core.engine.Simulation} → {@link
 * org.carbonsim.core.engine.RunResult}). It also joins the domain packages where the market and the
 * reference must obey one rule: a firm's marginal cost of covering its position with abatement or
 * offset credits ({@link org.carbonsim.core.engine.OffsetCost}), the credits each firm plans under the
 * compliance desk's caps ({@link org.carbonsim.core.engine.OffsetPlan}), and the banking-aware
 * reference of a run. Imports every domain package.
 *
 * <p>{@link org.carbonsim.core.engine.Simulation} runs each year through classes for its phases:
 * {@code YearIssuance} (the allowances issued as the year opens, trued up at verification and
 * cancelled at its end), {@code OneYearReference} (the year's reference problem), {@code YearPlans}
 * (the covered enterprises' plans as the year opens), {@code SessionPositions} (the covered
 * enterprises entering the year's trading, the finance block's days, and every position kept to its
 * registry account), {@code ReportingYear} (reporting and verification under MRV rules), {@code
 * GovernmentOperations} (auctions, interventions, the corridor and the reserve's sales) and {@code
 * EnterpriseRows} with {@code SectorResult.sum} (the year's rows). What the phases share travels as
 * records: {@code CoveredYear} (the year's allocation table, reporting and offset rule), {@code
 * PlanningPrices}, {@code YearEntry} and {@code GovernmentAccounts}. {@code SessionOwners}, {@code
 * AccountBook} and {@code OpenCycle} keep who is who in the session, what each account traded in
 * the year and what the current compliance cycle still owes; {@code SessionFloor} is what external
 * traders see before each round.
 */
package org.carbonsim.core.engine;
