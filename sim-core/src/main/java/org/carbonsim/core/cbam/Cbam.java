package org.carbonsim.core.cbam;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The CBAM liability of a year, per exporting enterprise and summed per sector. For an enterprise
 * with output {@code Q}, EU export share {@code s}, embedded intensity {@code i}, CBAM factor {@code
 * f}, EU price {@code P_EU} and effective domestic price {@code e} ({@link
 * ExportingFirm#effectivePriceFen}, from the year's allowance price {@code P}):
 *
 * <ul>
 *   <li>embedded emissions {@code M = round(s × Q × i)} t (half up);
 *   <li>gross bill {@code G = ⌊M × f × P_EU⌋}, what the EU would charge with no price paid in China;
 *   <li>liability {@code L = ⌊M × f × max(0, P_EU − e)⌋};
 *   <li>shifted home {@code H = G − L}, the part of the bill the domestic price keeps in China;
 *   <li>allocation forgone {@code F = max(0, ⌊M × f × min(P_EU, P)⌋ − H)} for a covered enterprise,
 *       what free allocation leaves to the EU: the part a fully paid domestic price would also bring
 *       home.
 * </ul>
 *
 * Money in fen, rounded down. Immutable (stateless).
 */
public final class Cbam {
    private static final BigInteger BASIS = BigInteger.valueOf(PhaseIn.FULL);

    private Cbam() {}

    /** The liability of {@code firm} under {@code exporter}'s entry. */
    public static CbamFirmYear firm(
            CbamExporter exporter, ExportingFirm firm, int factorBasisPoints, long euPriceFen, long allowancePriceFen) {
        double exports = exporter.euExportShare() * firm.outputUnits();
        long embedded = BigDecimal.valueOf(exports)
                .multiply(BigDecimal.valueOf(exporter.embeddedIntensity()))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        long effective = firm.effectivePriceFen(allowancePriceFen);
        long gross = charge(embedded, factorBasisPoints, euPriceFen);
        long liability = charge(embedded, factorBasisPoints, Math.max(0, euPriceFen - effective));
        long home = gross - liability;
        long forgone = firm.covered()
                ? Math.max(0, charge(embedded, factorBasisPoints, Math.min(euPriceFen, allowancePriceFen)) - home)
                : 0;
        return new CbamFirmYear(firm.enterpriseId(), exports, embedded, effective, gross, liability, home, forgone);
    }

    /**
     * The year's rows, one per sector with an entry in {@code rules} (in the order first listed),
     * summing its enterprises in {@code firms}; {@code allowancePriceFen} is the year's domestic
     * allowance price. The EU price is absent from a row (and the money 0) when the year has none,
     * which validation allows only where the factor is 0.
     */
    public static List<CbamSectorYear> year(
            int year, CbamRules rules, List<ExportingFirm> firms, long allowancePriceFen) {
        int factor = rules.phaseIn().basisPoints(year);
        OptionalLong euPrice = rules.euPriceFen(year);
        Map<String, List<CbamFirmYear>> bySector = new LinkedHashMap<>();
        Map<String, CbamGoods> goods = new LinkedHashMap<>();
        for (String sectorId : rules.sectorIds()) {
            bySector.put(sectorId, new ArrayList<>());
        }
        for (ExportingFirm firm : firms) {
            Optional<CbamExporter> exporter = rules.exporterOf(firm.sectorId(), firm.enterpriseId());
            if (exporter.isEmpty() || exporter.get().euExportShare() == 0) {
                continue;
            }
            goods.putIfAbsent(firm.sectorId(), exporter.get().goods());
            bySector.get(firm.sectorId()).add(firm(exporter.get(), firm, factor, euPrice.orElse(0), allowancePriceFen));
        }
        List<CbamSectorYear> rows = new ArrayList<>();
        for (Map.Entry<String, List<CbamFirmYear>> entry : bySector.entrySet()) {
            String sectorId = entry.getKey();
            CbamGoods category = goods.getOrDefault(sectorId, goodsOf(rules, sectorId));
            rows.add(CbamSectorYear.of(year, sectorId, category, entry.getValue(), factor, euPrice, allowancePriceFen));
        }
        return rows;
    }

    private static CbamGoods goodsOf(CbamRules rules, String sectorId) {
        for (CbamExporter exporter : rules.exporters()) {
            if (exporter.sectorId().equals(sectorId)) {
                return exporter.goods();
            }
        }
        throw new IllegalArgumentException("no CBAM entry for sector " + sectorId);
    }

    /** {@code ⌊tonnes × factor ÷ 10,000 × priceFen⌋}, fen. */
    static long charge(long tonnes, int factorBasisPoints, long priceFen) {
        return BigInteger.valueOf(tonnes)
                .multiply(BigInteger.valueOf(factorBasisPoints))
                .multiply(BigInteger.valueOf(priceFen))
                .divide(BASIS)
                .longValueExact();
    }

    /** {@code ⌊a × b ÷ c⌋} for non-negative {@code a}, {@code b} and positive {@code c}, without overflow. */
    static long floorMulDiv(long a, long b, long c) {
        return BigInteger.valueOf(a)
                .multiply(BigInteger.valueOf(b))
                .divide(BigInteger.valueOf(c))
                .longValueExact();
    }
}
