package org.carbonsim.core.offsets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.compliance.CreditMarket;
import org.carbonsim.core.compliance.OffsetProgram;

/**
 * The modelled offset supply through a run, year by year. {@link #open} issues the year's credits and
 * returns the compliance rules with the fed programmes' supply set to the eligible credits on offer;
 * the desk buys CCER credits on the year's {@link CcerBook} ({@link #market}); {@link #close} takes
 * what was surrendered off the stock (oldest vintage first) and records the year.
 *
 * <p>CCER: at the start of each year, every price-responsive type starts its projects when the
 * expected CCER price (the last year's average on the book; the programme's {@code price} before any
 * sale) is at least its cost; then each type's credits of vintage year − issuance lag are issued, and
 * the eligible ones join the stock. Carbon inclusion: each group's participation share and reduction
 * per participant are drawn, and the credits join the platform's stock. Unused credits stay on offer.
 * The draws come from a generator of the offsets' own, seeded from the run's seed, so that a scenario
 * without a scheme draws exactly what it drew before. Not thread-safe.
 */
public final class CreditSupply {
    /** Mixed into the run's seed for the offsets' generator. */
    private static final long STREAM = 0x0FF5E7C4ED175L;

    private final OffsetMarkets markets;
    private final SplittableRandom random;
    /** Per CCER type: projects started by year. */
    private final Map<String, Map<Integer, Integer>> starts = new HashMap<>();
    /** Eligible CCER credits on offer, by vintage, t. */
    private final TreeMap<Integer, Long> ccerStock = new TreeMap<>();

    private long inclusionStockTonnes;
    private long expectedCcerPriceFen = -1;
    private final List<OffsetYear> years = new ArrayList<>();
    private final List<Issuance> issuance = new ArrayList<>();

    private int year = Integer.MIN_VALUE;
    private ComplianceRules yearRules;
    private CcerBook book;
    private long ccerIssued;
    private long ccerOffered;
    private long inclusionIssued;
    private long inclusionOffered;

    /** The supply of {@code markets} in a run with {@code seed}. */
    public CreditSupply(OffsetMarkets markets, long seed) {
        this.markets = Objects.requireNonNull(markets, "markets");
        this.random = new SplittableRandom(seed ^ STREAM);
        markets.ccer().ifPresent(pipeline -> {
            for (ProjectType type : pipeline.types()) {
                starts.put(type.id(), new TreeMap<>(type.startsByYear()));
            }
        });
    }

    /** The rules of {@code year}: {@code rules} with each fed programme offering its eligible credits. */
    public ComplianceRules open(int year, ComplianceRules rules) {
        if (year <= this.year) {
            throw new IllegalStateException("year " + year + " opened after " + this.year);
        }
        this.year = year;
        yearRules = rules;
        if (!markets.any()) {
            return rules;
        }
        ccerIssued = 0;
        inclusionIssued = 0;
        markets.ccer().ifPresent(this::issueCcer);
        markets.inclusion().ifPresent(this::issueInclusion);
        ccerOffered = total(ccerStock);
        inclusionOffered = inclusionStockTonnes;
        List<OffsetProgram> programs = new ArrayList<>();
        book = null;
        for (OffsetProgram program : rules.offsets()) {
            if (isCcer(program.id())) {
                program = program.withSupplyTonnes(ccerOffered);
                book = new CcerBook(program, ccerOffered);
            } else if (isInclusion(program.id())) {
                program = program.withSupplyTonnes(inclusionOffered);
            }
            programs.add(program);
        }
        yearRules = rules.withOffsets(programs);
        return yearRules;
    }

    private void issueCcer(CcerPipeline pipeline) {
        OffsetProgram program = program(pipeline.programId());
        long expected = expectedCcerPriceFen >= 0 ? expectedCcerPriceFen : program.priceFenPerTonne();
        for (ProjectType type : pipeline.types()) {
            Map<Integer, Integer> byYear = starts.get(type.id());
            if (type.responsiveStartsPerYear() > 0 && expected >= type.costFenPerTonne()) {
                byYear.merge(year, type.responsiveStartsPerYear(), Integer::sum);
            }
            long tonnes = type.issuedTonnes(year, byYear);
            if (tonnes == 0) {
                continue;
            }
            int vintage = year - type.issuanceLagYears();
            boolean eligible = pipeline.eligible(type, vintage);
            issuance.add(new Issuance(year, pipeline.programId(), type.id(), vintage, eligible, tonnes));
            ccerIssued = Math.addExact(ccerIssued, tonnes);
            if (eligible) {
                ccerStock.merge(vintage, tonnes, Math::addExact);
            }
        }
    }

    private void issueInclusion(InclusionScheme scheme) {
        for (InclusionGroup group : scheme.groups()) {
            double share = group.participationMean();
            if (group.participationSd() > 0) {
                share = Math.min(1, Math.max(0, share + group.participationSd() * random.nextGaussian()));
            }
            double reduction = group.reductionKgMean();
            if (group.reductionKgSd() > 0) {
                reduction = Math.max(0, reduction + group.reductionKgSd() * random.nextGaussian());
            }
            inclusionIssued = Math.addExact(inclusionIssued, group.creditsTonnes(share, reduction));
        }
        inclusionStockTonnes = Math.addExact(inclusionStockTonnes, inclusionIssued);
    }

    /** Where the desk buys the credits of programme {@code programId} this year. */
    public CreditMarket market(String programId) {
        return isCcer(programId) && book != null ? book : CreditMarket.CURVE;
    }

    /**
     * Records the year that {@code compliance} settled; {@code priceEffectFen} gives, by fed programme
     * id, the one-year reference allowance price with its credits minus the price without them.
     */
    public void close(ComplianceYear compliance, Map<String, Long> priceEffectFen) {
        if (!markets.any()) {
            return;
        }
        Map<String, Long> used = new HashMap<>();
        for (ComplianceOutcome outcome : compliance.outcomes()) {
            outcome.offsetsByProgram().forEach((id, tonnes) -> used.merge(id, tonnes, Math::addExact));
        }
        markets.ccer().ifPresent(pipeline -> {
            String id = pipeline.programId();
            long usedTonnes = used.getOrDefault(id, 0L);
            takeOldestFirst(usedTonnes);
            OptionalLong price = OptionalLong.empty();
            if (book != null && book.tradedTonnes() > 0) {
                price = OptionalLong.of(book.tradedFen() / book.tradedTonnes());
                expectedCcerPriceFen = price.getAsLong();
            }
            years.add(new OffsetYear(
                    year,
                    id,
                    program(id).kind(),
                    ccerIssued,
                    ccerOffered,
                    usedTonnes,
                    total(ccerStock),
                    price,
                    priceEffectFen.getOrDefault(id, 0L)));
        });
        markets.inclusion().ifPresent(scheme -> {
            String id = scheme.programId();
            long usedTonnes = used.getOrDefault(id, 0L);
            inclusionStockTonnes -= usedTonnes;
            OffsetProgram program = program(id);
            years.add(new OffsetYear(
                    year,
                    id,
                    program.kind(),
                    inclusionIssued,
                    inclusionOffered,
                    usedTonnes,
                    inclusionStockTonnes,
                    usedTonnes > 0 ? OptionalLong.of(program.priceFenPerTonne()) : OptionalLong.empty(),
                    priceEffectFen.getOrDefault(id, 0L)));
        });
    }

    private void takeOldestFirst(long tonnes) {
        long left = tonnes;
        while (left > 0) {
            Map.Entry<Integer, Long> oldest = ccerStock.firstEntry();
            if (oldest == null) {
                throw new IllegalStateException("CCER credits used beyond the stock: " + tonnes + " t");
            }
            long take = Math.min(left, oldest.getValue());
            left -= take;
            if (take == oldest.getValue()) {
                ccerStock.remove(oldest.getKey());
            } else {
                ccerStock.put(oldest.getKey(), oldest.getValue() - take);
            }
        }
    }

    /** The ids of the programmes whose supply is modelled, CCER first. */
    public List<String> fedProgramIds() {
        List<String> ids = new ArrayList<>();
        markets.ccer().ifPresent(p -> ids.add(p.programId()));
        markets.inclusion().ifPresent(s -> ids.add(s.programId()));
        return ids;
    }

    /** Each closed year of each fed programme, by year then CCER first. */
    public List<OffsetYear> years() {
        return List.copyOf(years);
    }

    /** Every CCER issuance, by year, then type in the scenario's order. */
    public List<Issuance> issuance() {
        return List.copyOf(issuance);
    }

    private boolean isCcer(String programId) {
        return markets.ccer().isPresent() && markets.ccer().get().programId().equals(programId);
    }

    private boolean isInclusion(String programId) {
        return markets.inclusion().isPresent()
                && markets.inclusion().get().programId().equals(programId);
    }

    private OffsetProgram program(String id) {
        for (OffsetProgram program : yearRules.offsets()) {
            if (program.id().equals(id)) {
                return program;
            }
        }
        throw new IllegalStateException("no offset programme " + id + " in the compliance rules");
    }

    private static long total(Map<Integer, Long> stock) {
        long sum = 0;
        for (long tonnes : stock.values()) {
            sum = Math.addExact(sum, tonnes);
        }
        return sum;
    }
}
