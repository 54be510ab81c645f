package org.carbonsim.core.montecarlo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.SectorResult;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.mrv.MrvOutcome;
import org.carbonsim.core.mrv.MrvYear;

/**
 * What a comparison keeps of one sector in one year of a replication: the figures {@link SectorMetric}
 * reads, in tonnes and fen. The compliance cost is what the sector's covered enterprises paid to
 * comply: abatement, offset credits, fines, and allowances bought net of those sold, valued at the
 * year's volume-weighted average price (auction and reserve purchases too, so a sector's net purchases
 * are priced as the market priced the year). Immutable.
 *
 * @param year the compliance year
 * @param sectorId the sector
 * @param coveredEnterprises enterprises covered
 * @param allocationTonnes final free allocation, t
 * @param shortfallTonnes obligations left unmet, t
 * @param abatementTonnes abatement, t
 * @param abatementCostFen realised abatement cost of the covered enterprises, fen
 * @param penaltyFen fines, fen
 * @param complianceCostFen abatement, offsets, fines and net allowance purchases, fen
 * @param coveredEmissionsTonnes verified emissions of the covered enterprises, t
 * @param offsetsTonnes offset credits surrendered, t
 * @param bankedTonnes allowances banked for later years, t
 * @param undetectedGapTonnes true minus compliance emissions, t ({@link MrvOutcome#undetectedGapTonnes};
 *     0 where emissions are measured perfectly: without the scenario's {@code mrv} block)
 * @param cbamLiabilityFen the EU CBAM liability of the sector's exports, fen (0 without a {@code cbam}
 *     block or outside its scope)
 */
public record SectorFigures(
        int year,
        String sectorId,
        int coveredEnterprises,
        long allocationTonnes,
        long shortfallTonnes,
        long abatementTonnes,
        long abatementCostFen,
        long penaltyFen,
        long complianceCostFen,
        long coveredEmissionsTonnes,
        long offsetsTonnes,
        long bankedTonnes,
        long undetectedGapTonnes,
        long cbamLiabilityFen)
        implements Serializable {
    public SectorFigures {
        Objects.requireNonNull(sectorId, "sectorId");
    }

    /** A sector with nothing in it that year: what a sector absent from a run contributes. */
    public static SectorFigures none(int year, String sectorId) {
        return new SectorFigures(year, sectorId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The figures of every sector row of {@code result}, in its order (year, then sector id). */
    public static List<SectorFigures> of(RunResult result) {
        Map<String, Long> gaps = new HashMap<>();
        for (MrvYear mrv : result.mrv()) {
            for (MrvOutcome outcome : mrv.outcomes()) {
                gaps.merge(key(mrv.year(), outcome.sectorId()), outcome.undetectedGapTonnes(), Math::addExact);
            }
        }
        Map<String, Long> liabilities = new HashMap<>();
        for (CbamSectorYear cbam : result.cbam()) {
            liabilities.merge(key(cbam.year(), cbam.sectorId()), cbam.liabilityFen(), Math::addExact);
        }
        List<SectorFigures> figures = new ArrayList<>(result.sectors().size());
        int y = 0;
        for (SectorResult s : result.sectors()) {
            while (result.years().get(y).year() != s.year()) {
                y++;
            }
            String key = key(s.year(), s.sectorId());
            figures.add(of(s, result.years().get(y), gaps.getOrDefault(key, 0L), liabilities.getOrDefault(key, 0L)));
        }
        return figures;
    }

    private static String key(int year, String sectorId) {
        return year + "/" + sectorId;
    }

    /** The figures of {@code sector}, whose net purchases are valued at {@code year}'s VWAP, without MRV or CBAM. */
    static SectorFigures of(SectorResult sector, YearResult year) {
        return of(sector, year, 0, 0);
    }

    /**
     * The figures of {@code sector}, whose net purchases are valued at {@code year}'s VWAP, with its
     * undetected gap and CBAM liability that year.
     */
    static SectorFigures of(SectorResult sector, YearResult year, long undetectedGapTonnes, long cbamLiabilityFen) {
        long netPurchaseFen = Math.multiplyExact(sector.bought() - sector.sold(), year.vwapFen());
        long cost = Math.addExact(
                Math.addExact(sector.abatementCost(), sector.offsetCost()),
                Math.addExact(sector.penalty(), netPurchaseFen));
        return new SectorFigures(
                sector.year(),
                sector.sectorId(),
                sector.coveredEnterprises(),
                sector.allocation(),
                sector.shortfall(),
                sector.abatement(),
                sector.abatementCost(),
                sector.penalty(),
                cost,
                sector.coveredEmissions(),
                sector.offsets(),
                sector.banked(),
                undetectedGapTonnes,
                cbamLiabilityFen);
    }

    /** These figures plus {@code other}'s, under this year and {@code sectorId}: a year's total. */
    SectorFigures plus(SectorFigures other, String sectorId) {
        return new SectorFigures(
                year,
                sectorId,
                coveredEnterprises + other.coveredEnterprises,
                allocationTonnes + other.allocationTonnes,
                shortfallTonnes + other.shortfallTonnes,
                abatementTonnes + other.abatementTonnes,
                Math.addExact(abatementCostFen, other.abatementCostFen),
                Math.addExact(penaltyFen, other.penaltyFen),
                Math.addExact(complianceCostFen, other.complianceCostFen),
                coveredEmissionsTonnes + other.coveredEmissionsTonnes,
                offsetsTonnes + other.offsetsTonnes,
                bankedTonnes + other.bankedTonnes,
                undetectedGapTonnes + other.undetectedGapTonnes,
                Math.addExact(cbamLiabilityFen, other.cbamLiabilityFen));
    }
}
