package org.carbonsim.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The enterprises of a scenario and what they did each year. A year is looked up as: the simulated
 * record if one was recorded, else the verified {@link HistoryYear}, else the trend without shocks
 * (an idle year outside opening..closure). Not thread-safe.
 */
public final class Economy implements EnterpriseHistory {
    private final List<Sector> sectors;
    private final List<Enterprise> enterprises;
    private final Map<String, Sector> sectorsById = new HashMap<>();
    /**
     * Each enterprise with its recorded years and its years on trend, found by one look-up: the yearly
     * loops read a year of every enterprise several times a year.
     */
    private final Map<String, Ledger> ledgers = new HashMap<>();

    /** An economy of {@code enterprises}, each in one of {@code sectors}; ids must be unique. */
    public Economy(List<Sector> sectors, List<Enterprise> enterprises) {
        this.sectors = List.copyOf(sectors);
        List<Enterprise> sorted = new ArrayList<>(enterprises);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        this.enterprises = Collections.unmodifiableList(sorted);
        for (Sector sector : this.sectors) {
            if (sectorsById.put(sector.id(), sector) != null) {
                throw new IllegalArgumentException("duplicate sector id " + sector.id());
            }
        }
        for (Enterprise enterprise : this.enterprises) {
            if (ledgers.containsKey(enterprise.id())) {
                throw new IllegalArgumentException("duplicate enterprise id " + enterprise.id());
            }
            if (!sectorsById.containsKey(enterprise.sectorId())) {
                throw new IllegalArgumentException(
                        "enterprise " + enterprise.id() + " is in unknown sector " + enterprise.sectorId());
            }
            RecordedYears years = new RecordedYears();
            for (HistoryYear history : enterprise.history()) {
                years.put(history.year(), ProductionModel.fromHistory(enterprise.id(), history));
            }
            ledgers.put(enterprise.id(), new Ledger(enterprise, years));
        }
    }

    /** The sectors, in the order given. */
    public List<Sector> sectors() {
        return sectors;
    }

    /** The enterprises, ordered by id (the order every yearly loop uses, so results are stable). */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /** The enterprise with {@code id}. */
    public Enterprise enterprise(String id) {
        return ledger(id).enterprise();
    }

    private Ledger ledger(String id) {
        Ledger ledger = ledgers.get(id);
        if (ledger == null) {
            throw new IllegalArgumentException("no enterprise " + id);
        }
        return ledger;
    }

    /** The sector with {@code id}. */
    public Sector sector(String id) {
        Sector sector = sectorsById.get(id);
        if (sector == null) {
            throw new IllegalArgumentException("no sector " + id);
        }
        return sector;
    }

    @Override
    public EnterpriseYear yearOf(String enterpriseId, int year) {
        Ledger ledger = ledger(enterpriseId);
        if (!ledger.enterprise().operatesIn(year)) {
            return EnterpriseYear.idle(enterpriseId, year);
        }
        EnterpriseYear known = ledger.recorded().get(year);
        return known != null ? known : ledger.trendOf(year);
    }

    /** The year as a climate office expects it when drafting: on trend, no shock, no abatement. */
    public EnterpriseYear expectedYear(String enterpriseId, int year) {
        return ledger(enterpriseId).trendOf(year);
    }

    /**
     * An enterprise, the years recorded of it (simulated or verified history) by year, and its years on
     * trend ({@link ProductionModel#trend}), each made at its first reading and kept: a year on trend
     * depends on the enterprise and the year only, and its record is immutable.
     */
    private record Ledger(Enterprise enterprise, RecordedYears recorded, RecordedYears trend) {
        Ledger(Enterprise enterprise, RecordedYears recorded) {
            this(enterprise, recorded, new RecordedYears());
        }

        EnterpriseYear trendOf(int year) {
            EnterpriseYear known = trend.get(year);
            if (known == null) {
                known = ProductionModel.trend(enterprise, year);
                trend.put(year, known);
            }
            return known;
        }
    }

    /**
     * Simulates every enterprise's {@code year} (ordered by id, one shock draw each for shocked
     * enterprises), with the abatement shares given by id (missing = 0), and records the results.
     */
    public List<EnterpriseYear> simulateYear(int year, Map<String, Double> abatementShares, RandomGenerator random) {
        List<EnterpriseYear> result = new ArrayList<>(enterprises.size());
        for (Enterprise enterprise : enterprises) {
            double share = abatementShares.getOrDefault(enterprise.id(), 0.0);
            EnterpriseYear simulated = ProductionModel.simulate(enterprise, year, share, random);
            record(simulated);
            result.add(simulated);
        }
        return result;
    }

    /** Records (or replaces) a year, for example after the engine has applied mid-year abatement. */
    public void record(EnterpriseYear enterpriseYear) {
        ledger(enterpriseYear.enterpriseId()).recorded().put(enterpriseYear.year(), enterpriseYear);
    }
}
