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
 * <p>{@link org.carbonsim.core.engine.Simulation} orchestrates the yearly cycle in order through
 * classes for its phases, one of each for the run, opened again every year: {@code YearAllocation} (the year's coverage,
 * allocation table, issuance by {@code YearIssuance} with its auction plan, and the compliance rules
 * of its credit supply; the true-up at verification), {@code MarketStabilityReserve} (last year's
 * operation settled against the year's auctions, the operation at its end), {@code YearOutlook} (the
 * penalty-equivalent price, the bank value, the year's reference problem by {@code OneYearReference},
 * the path the foreseeing firms foresee, and the covered enterprises' plans by {@code YearPlans}),
 * {@code TradingDays} (each day's auction, government orders and exchange rounds, and the run's day
 * list), {@code YearVerification} (the estimates before verification; at verification the revised
 * abatement, the simulated year, the reports under MRV rules by {@code ReportingYear} and the
 * true-up), {@code VerifiedNeeds} (what each firm trades toward from verification to the deadline),
 * {@code ComplianceSettlement} (the deadline: the cycle's obligations settled by the desk) and {@code
 * YearSummary} (the year's rows by {@code EnterpriseRows}, with {@code SectorResult.sum}). Beside
 * them, {@code SessionPositions} (the covered enterprises entering the year's trading, the finance
 * block's days, and every position kept to its registry account) and {@code GovernmentOperations}
 * (auctions, interventions, the corridor and the reserve's sales). What the phases share travels as
 * records: {@code CoveredYear} (the year's allocation table, reporting and offset rule), {@code
 * PlanningPrices}, {@code YearEntry} and {@code GovernmentAccounts}. {@code SessionOwners}, {@code
 * AccountBook} and {@code OpenCycle} keep who is who in the session, what each account traded in
 * the year and what the current compliance cycle still owes; {@code SessionFloor} is what external
 * traders see before each round. Exchange trades are settled into the registry by {@code Simulation}
 * itself, the only per-trade code outside {@link org.carbonsim.core.engine.MarketSession}.
 */
package org.carbonsim.core.engine;
