package org.carbonsim.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.EnterpriseHistory;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.model.ProductionModel;
import org.carbonsim.core.model.Sector;

/**
 * Computes a year's allocation table from an {@link AllocationPlan}.
 *
 * <p>Per covered enterprise, a raw allocation before adjustment (see {@link AllocationMethod}): base
 * × intensity × control factor × operating-days factor. Base years of historical methods are the
 * listed years in which the enterprise operated; if it operated in none of them (an enterprise that
 * opened later), its most recent operating years before the allocation year, as many as there are
 * base years, looking back at most ten years; with no such year, historical emissions give 0 and
 * historical intensity falls back to the enterprise's design intensity. A percentile benchmark is
 * the nearest-rank percentile ({@link NearestRank}) of the reference-year intensities (emissions ÷
 * output) of the sector's enterprises covered in the allocation year that had output then.
 *
 * <p>The cap comes from the schedule; {@link CapSchedule.FromAllocation} makes it the incumbents' raw
 * allocation ÷ the free share. Government reserve, new-entrant reserve and auction volume are each
 * the cap × share rounded half-up; the rest is the free pool. The market adjustment factor is the
 * plan's fixed factor, or free pool ÷ incumbents' raw total when that total exceeds the pool, else
 * 1 (always 1 for {@code FromAllocation}). New entrants are allocated from the new-entrant reserve,
 * scaled down pro rata when their raw total exceeds it. Every allocation is rounded half-up to whole
 * tonnes once, so rounded lines may exceed the pool by at most half a tonne each.
 *
 * <p>Pre-allocation = pre-allocation share × the raw allocation from last year's record (output for
 * output-based methods, emissions for verified emissions) × the factor computed the same way from
 * last year's raw totals, rounded half-up; for methods that do not depend on output the raw
 * allocation is the same. Pre-allocation depends only on past years, so both calls below agree on it.
 *
 * <p>The engine calls {@link #allocate} twice a year: at the start with expected output (issue the
 * pre-allocations) and after verification with actual output (settle with {@link
 * AllocationTable#trueUps}). The allocation's factor is computed from that call's basis, so the
 * final table fits the cap with actual output. Immutable.
 */
public final class Allocator {
    private static final int FALLBACK_LOOKBACK_YEARS = 10;

    private final AllocationPlan plan;
    private final Map<String, Enterprise> enterprises = new HashMap<>();

    /**
     * An allocator for {@code plan}; every sector that has enterprises must have a method, and a cap
     * derived from allocation needs a free share above 0.
     */
    public Allocator(AllocationPlan plan, List<Sector> sectors, List<Enterprise> enterprises) {
        this.plan = Objects.requireNonNull(plan, "plan");
        Map<String, Sector> sectorsById = new HashMap<>();
        for (Sector sector : sectors) {
            sectorsById.put(sector.id(), sector);
        }
        for (Enterprise enterprise : enterprises) {
            if (!sectorsById.containsKey(enterprise.sectorId())) {
                throw new IllegalArgumentException(
                        "enterprise " + enterprise.id() + " is in unknown sector " + enterprise.sectorId());
            }
            if (!plan.sectorMethods().containsKey(enterprise.sectorId())) {
                throw new IllegalArgumentException("sector " + enterprise.sectorId() + " (enterprise " + enterprise.id()
                        + ") has no allocation method in the plan");
            }
            this.enterprises.put(enterprise.id(), enterprise);
        }
        if (plan.cap() instanceof CapSchedule.FromAllocation
                && plan.everyShares().stream().anyMatch(shares -> !(shares.freeShare() > 1e-12))) {
            throw new IllegalArgumentException("a cap derived from allocation needs a free share > 0, but reserve"
                    + " and auction shares take the whole cap");
        }
    }

    /**
     * The table for {@code year}: lines for the covered enterprises among {@code coverage}; past years
     * from {@code history}; the year's output and emissions from {@code basis} (expected or actual).
     */
    public AllocationTable allocate(
            int year, List<CoverageRecord> coverage, EnterpriseHistory history, EnterpriseHistory basis) {
        return allocate(year, coverage, history, basis, true);
    }

    /**
     * The table {@link #allocate} gives, without its pre-allocation (every line's and sector's 0): for
     * the years looked ahead at on expected data, whose readers read each line's allocation and the
     * auction volume, never what the year would issue as it starts. An output-based method's
     * pre-allocation works out the year before's raw allocation again, for each of its enterprises.
     */
    public AllocationTable allocateWithoutPreAllocation(
            int year, List<CoverageRecord> coverage, EnterpriseHistory history, EnterpriseHistory basis) {
        return allocate(year, coverage, history, basis, false);
    }

    private AllocationTable allocate(
            int year,
            List<CoverageRecord> coverage,
            EnterpriseHistory history,
            EnterpriseHistory basis,
            boolean preAllocated) {
        List<CoverageRecord> covered = new ArrayList<>();
        for (CoverageRecord record : coverage) {
            if (record.year() != year) {
                throw new IllegalArgumentException(
                        "coverage record of " + record.enterpriseId() + " is for " + record.year() + ", not " + year);
            }
            if (record.covered()) {
                covered.add(record);
            }
        }
        covered.sort(Comparator.comparing(CoverageRecord::enterpriseId));
        SectorBenchmarks benchmarks = new SectorBenchmarks(covered);
        List<Raw> raws = new ArrayList<>(covered.size());
        double incumbentRaw = 0;
        double entrantRaw = 0;
        double incumbentPreRaw = 0;
        double entrantPreRaw = 0;
        // last year's raw allocation of an output-based method, read for its tonnes only
        Raw last = new Raw();
        for (CoverageRecord record : covered) {
            Enterprise enterprise = enterprises.get(record.enterpriseId());
            if (enterprise == null) {
                throw new IllegalArgumentException("unknown enterprise " + record.enterpriseId());
            }
            AllocationMethod method = plan.methodFor(enterprise.sectorId(), year);
            EnterpriseYear current = basis.yearOf(enterprise.id(), year);
            Raw raw = raw(new Raw(), year, enterprise, method, current, history, benchmarks, record.newEntrant());
            if (preAllocated) {
                raw.preTonnes = method.outputBased()
                        ? raw(
                                        last,
                                        year,
                                        enterprise,
                                        method,
                                        history.yearOf(enterprise.id(), year - 1),
                                        history,
                                        benchmarks,
                                        record.newEntrant())
                                .tonnes
                        : raw.tonnes;
            }
            raw.bauTonnes = current.bauEmissionsTonnes();
            raws.add(raw);
            if (record.newEntrant()) {
                entrantRaw += raw.tonnes;
                entrantPreRaw += raw.preTonnes;
            } else {
                incumbentRaw += raw.tonnes;
                incumbentPreRaw += raw.preTonnes;
            }
        }
        Split split = split(year, incumbentRaw, entrantRaw);
        Split preSplit = split(year, incumbentPreRaw, entrantPreRaw);

        List<AllocationLine> lines = new ArrayList<>(raws.size());
        Map<String, long[]> sectorSums = new TreeMap<>();
        double preShare = plan.sharesIn(year).preAllocationShare();
        for (Raw raw : raws) {
            double factor = raw.newEntrant ? split.entrantFactor : split.maf;
            double preFactor = raw.newEntrant ? preSplit.entrantFactor : preSplit.maf;
            long allocation = ProductionModel.roundHalfUp(raw.tonnes * factor);
            long pre = ProductionModel.roundHalfUp(preShare * raw.preTonnes * preFactor);
            lines.add(new AllocationLine(
                    raw.enterprise.id(),
                    raw.enterprise.sectorId(),
                    raw.method,
                    raw.newEntrant,
                    raw.base,
                    raw.intensity,
                    raw.controlFactor,
                    factor,
                    raw.operatingDaysFactor,
                    pre,
                    allocation,
                    raw.bauTonnes));
            long[] sums = sectorSums.computeIfAbsent(raw.enterprise.sectorId(), id -> new long[4]);
            sums[0]++;
            sums[1] += pre;
            sums[2] += allocation;
            sums[3] += raw.bauTonnes;
        }
        List<SectorTotal> sectors = new ArrayList<>(sectorSums.size());
        sectorSums.forEach((id, s) -> sectors.add(new SectorTotal(id, (int) s[0], s[1], s[2], s[3])));
        return new AllocationTable(
                year,
                split.cap,
                split.government,
                split.newEntrantReserve,
                split.auction,
                split.freePool,
                split.maf,
                split.entrantFactor,
                lines,
                sectors);
    }

    /** The cap, its split and the factors, for raw totals of incumbents and new entrants. */
    private static final class Split {
        long cap;
        long government;
        long newEntrantReserve;
        long auction;
        long freePool;
        double maf;
        double entrantFactor;
    }

    private Split split(int year, double incumbentRaw, double entrantRaw) {
        Split split = new Split();
        boolean derived = plan.cap() instanceof CapSchedule.FromAllocation;
        AllocationShares shares = plan.sharesIn(year);
        split.cap =
                derived ? ProductionModel.roundHalfUp(incumbentRaw / shares.freeShare()) : capTonnes(plan.cap(), year);
        split.government = ProductionModel.roundHalfUp(split.cap * shares.governmentReserveShare());
        split.newEntrantReserve = ProductionModel.roundHalfUp(split.cap * shares.newEntrantReserveShare());
        split.auction = ProductionModel.roundHalfUp(split.cap * shares.auctionShare());
        split.freePool = Math.max(0, split.cap - split.government - split.newEntrantReserve - split.auction);
        if (plan.marketAdjustmentFactor().isPresent()) {
            split.maf = plan.marketAdjustmentFactor().getAsDouble();
        } else if (derived || incumbentRaw <= split.freePool) {
            split.maf = 1;
        } else {
            split.maf = split.freePool / incumbentRaw;
        }
        split.entrantFactor = entrantRaw > split.newEntrantReserve ? split.newEntrantReserve / entrantRaw : 1;
        return split;
    }

    /** The cap in {@code year} of a schedule that does not depend on allocation. */
    public static long capTonnes(CapSchedule schedule, int year) {
        if (schedule instanceof CapSchedule.Given given) {
            return given.capTonnes(year);
        } else if (schedule instanceof CapSchedule.Declining declining) {
            return declining.capTonnes(year);
        } else if (schedule instanceof CapSchedule.LinearReduction linear) {
            return linear.capTonnes(year);
        }
        throw new IllegalArgumentException("a cap derived from allocation has no value before allocation");
    }

    /** The display name of {@code method}: its record name ("Benchmark"). */
    public static String methodName(AllocationMethod method) {
        return method.getClass().getSimpleName();
    }

    private static final class Raw {
        Enterprise enterprise;
        String method;
        boolean newEntrant;
        double base;
        double intensity;
        double controlFactor;
        double operatingDaysFactor;
        double tonnes;
        double preTonnes;
        long bauTonnes;
    }

    /** Writes the raw allocation into {@code raw} (every field but the pre-allocation's and bau) and returns it. */
    private Raw raw(
            Raw raw,
            int year,
            Enterprise enterprise,
            AllocationMethod method,
            EnterpriseYear basis,
            EnterpriseHistory history,
            SectorBenchmarks benchmarks,
            boolean newEntrant) {
        raw.enterprise = enterprise;
        raw.method = methodName(method);
        raw.newEntrant = newEntrant;
        raw.intensity = 1;
        raw.controlFactor = 1;
        raw.operatingDaysFactor = 1;
        if (method instanceof AllocationMethod.HistoricalEmissions historical) {
            List<EnterpriseYear> years = baseYears(enterprise, historical.baseYears(), year, history);
            double sum = 0;
            for (EnterpriseYear y : years) {
                sum += y.emissionsTonnes();
            }
            raw.base = years.isEmpty() ? 0 : sum / years.size();
            raw.controlFactor = historical.controlFactor();
            raw.operatingDaysFactor = enterprise.operatingDays() / 365.0;
        } else if (method instanceof AllocationMethod.HistoricalIntensity intensity) {
            List<EnterpriseYear> years = baseYears(enterprise, intensity.baseYears(), year, history);
            double emissions = 0;
            double output = 0;
            for (EnterpriseYear y : years) {
                emissions += y.emissionsTonnes();
                output += y.outputUnits();
            }
            raw.base = basis.outputUnits();
            raw.intensity = output > 0 ? emissions / output : enterprise.emissionIntensity();
            raw.controlFactor = intensity.controlFactor();
        } else if (method instanceof AllocationMethod.Benchmark benchmark) {
            raw.base = basis.outputUnits();
            Double sectorBenchmark = benchmarks.values.get(enterprise.sectorId());
            if (sectorBenchmark == null) {
                sectorBenchmark = benchmark(
                        enterprise.sectorId(), benchmark.source(), benchmarks.inSector(enterprise.sectorId()), history);
                benchmarks.values.put(enterprise.sectorId(), sectorBenchmark);
            }
            raw.intensity = sectorBenchmark;
            raw.controlFactor = benchmark.controlFactor();
        } else if (method instanceof AllocationMethod.TwoProductBenchmark twoProduct) {
            raw.base = basis.outputUnits();
            raw.intensity = twoProduct.productBenchmark() * twoProduct.correctionFactor()
                    + twoProduct.heatBenchmark() * enterprise.heatRatio();
        } else if (method instanceof AllocationMethod.VerifiedEmissions) {
            raw.base = basis.emissionsTonnes();
        } else if (method instanceof AllocationMethod.Auctioned) {
            raw.base = 0;
            raw.intensity = 0;
        } else {
            throw new IllegalArgumentException("unknown allocation method " + method);
        }
        raw.tonnes = raw.base * raw.intensity * raw.controlFactor * raw.operatingDaysFactor;
        return raw;
    }

    /**
     * The covered enterprises of one {@link #allocate} call and each sector's benchmark once worked
     * out; the records of each sector, in the covered order, are grouped at the first percentile
     * benchmark asked for rather than every covered record read again for each sector.
     */
    private static final class SectorBenchmarks {
        private final List<CoverageRecord> covered;
        /** Each sector's benchmark, once worked out. */
        final Map<String, Double> values = new HashMap<>();
        /** The covered records by sector id, each sector's in the covered order; grouped at first use. */
        private Map<String, List<CoverageRecord>> bySector;

        SectorBenchmarks(List<CoverageRecord> covered) {
            this.covered = covered;
        }

        /** The covered records of sector {@code sectorId}, in the covered order. */
        List<CoverageRecord> inSector(String sectorId) {
            if (bySector == null) {
                bySector = new HashMap<>();
                for (CoverageRecord record : covered) {
                    bySector.computeIfAbsent(record.sectorId(), id -> new ArrayList<>())
                            .add(record);
                }
            }
            return bySector.getOrDefault(sectorId, List.of());
        }
    }

    /** The benchmark of sector {@code sectorId} by {@code source}, over {@code covered}: its covered records. */
    private double benchmark(
            String sectorId, BenchmarkSource source, List<CoverageRecord> covered, EnterpriseHistory history) {
        if (source instanceof BenchmarkSource.Fixed fixed) {
            return fixed.tonnesPerUnit();
        }
        BenchmarkSource.Percentile percentile = (BenchmarkSource.Percentile) source;
        List<Double> intensities = new ArrayList<>();
        for (CoverageRecord record : covered) {
            EnterpriseYear reference = history.yearOf(record.enterpriseId(), percentile.referenceYear());
            if (reference.operating() && reference.outputUnits() > 0) {
                intensities.add(reference.intensity());
            }
        }
        if (intensities.isEmpty()) {
            throw new IllegalArgumentException("sector " + sectorId + ": no covered enterprise had output in "
                    + percentile.referenceYear() + ", the reference year of its P" + percentile.percentile()
                    + " benchmark");
        }
        double[] values = new double[intensities.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = intensities.get(i);
        }
        return NearestRank.percentile(values, percentile.percentile());
    }

    private static List<EnterpriseYear> baseYears(
            Enterprise enterprise, List<Integer> baseYears, int year, EnterpriseHistory history) {
        List<EnterpriseYear> years = new ArrayList<>(Math.max(1, baseYears.size()));
        for (int baseYear : baseYears) {
            EnterpriseYear y = history.yearOf(enterprise.id(), baseYear);
            if (y.operating()) {
                years.add(y);
            }
        }
        for (int back = year - 1; years.isEmpty() && back >= year - FALLBACK_LOOKBACK_YEARS; back--) {
            EnterpriseYear y = history.yearOf(enterprise.id(), back);
            if (y.operating()) {
                years.add(y);
            }
        }
        if (years.size() == 1 && !listed(baseYears, years.get(0).year())) {
            for (int back = years.get(0).year() - 1;
                    years.size() < baseYears.size() && back >= year - FALLBACK_LOOKBACK_YEARS;
                    back--) {
                EnterpriseYear y = history.yearOf(enterprise.id(), back);
                if (y.operating()) {
                    years.add(y);
                }
            }
        }
        return years;
    }

    /** Whether {@code year} is among {@code years}, read without boxing it. */
    private static boolean listed(List<Integer> years, int year) {
        for (int listed : years) {
            if (listed == year) {
                return true;
            }
        }
        return false;
    }
}
