package org.carbonsim.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carbonsim.core.agents.AgentsConfig;
import org.carbonsim.core.allocation.AllocationPlan;
import org.carbonsim.core.cbam.CbamRules;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.finance.FinanceRules;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.mrv.MrvRules;
import org.carbonsim.core.offsets.OffsetMarkets;
import org.carbonsim.core.policy.PolicyRules;

/**
 * A whole scenario: the scheme, its calendar, sectors and enterprises, and the rules of coverage,
 * allocation, the market, trading behaviour, government policy and compliance. What a replication
 * needs besides a seed. Immutable.
 *
 * @param schemaVersion version of the scenario format
 * @param name short name, used for output folders
 * @param description what the scenario is about
 * @param seed default base seed
 * @param calendar simulated years and trading days
 * @param sectors sectors, unique ids
 * @param enterprises enterprises, unique ids, each in a listed sector
 * @param coverage inclusion rules
 * @param allocation allocation plan
 * @param market exchange rules
 * @param agents trading behaviour
 * @param policy government market operations
 * @param compliance compliance rules
 * @param uncertainty uncertain inputs for Monte Carlo
 * @param expectedDepartures ways the scenario departs on purpose from a credible run, with why
 * @param mrv monitoring, reporting and verification rules; empty: emissions are reported exactly
 * @param cbam exposure to the EU's Carbon Border Adjustment Mechanism, if the scenario asks for it
 * @param offsetMarkets the modelled offset supply (CCER pipeline, carbon inclusion), or {@link
 *     OffsetMarkets#NONE}
 * @param finance forwards, pledges and repos, and cash-constrained firms ({@link FinanceRules#NONE} for none)
 */
public record Scenario(
        int schemaVersion,
        String name,
        String description,
        long seed,
        Calendar calendar,
        List<Sector> sectors,
        List<Enterprise> enterprises,
        CoverageRules coverage,
        AllocationPlan allocation,
        MarketRules market,
        AgentsConfig agents,
        PolicyRules policy,
        ComplianceRules compliance,
        Uncertainty uncertainty,
        List<ExpectedDeparture> expectedDepartures,
        Optional<MrvRules> mrv,
        Optional<CbamRules> cbam,
        OffsetMarkets offsetMarkets,
        FinanceRules finance) {
    /** The scenario format version this build reads. */
    public static final int SCHEMA_VERSION = 1;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(cbam, "cbam");
        Objects.requireNonNull(offsetMarkets, "offsetMarkets");
        Objects.requireNonNull(finance, "finance");
        sectors = List.copyOf(sectors);
        enterprises = List.copyOf(enterprises);
        expectedDepartures = List.copyOf(expectedDepartures);
        Objects.requireNonNull(mrv, "mrv");
    }

    /** The sector with {@code id}. */
    public Sector sector(String id) {
        for (Sector sector : sectors) {
            if (sector.id().equals(id)) {
                return sector;
            }
        }
        throw new IllegalArgumentException("no sector " + id);
    }

    /** A copy with other MRV rules (none: emissions reported exactly). */
    public Scenario withMrv(Optional<MrvRules> rules) {
        return copy(calendar, rules);
    }

    /** A copy with a different calendar length, for short test runs and {@code --years}. */
    public Scenario withYears(int years) {
        return copy(new Calendar(calendar.startYear(), years, calendar.tradingDaysPerYear()), mrv);
    }

    private Scenario copy(Calendar calendar, Optional<MrvRules> mrv) {
        return new Scenario(
                schemaVersion,
                name,
                description,
                seed,
                calendar,
                sectors,
                enterprises,
                coverage,
                allocation,
                market,
                agents,
                policy,
                compliance,
                uncertainty,
                expectedDepartures,
                mrv,
                cbam,
                offsetMarkets,
                finance);
    }
}
