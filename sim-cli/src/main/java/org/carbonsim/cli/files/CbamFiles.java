package org.carbonsim.cli.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.engine.RunResult;

/**
 * Writes a run's CBAM exposure, for scenarios with a {@code cbam} block: {@code cbam.csv}, one row
 * per year and exporting sector with the columns of docs/data-dictionary.md, and the {@code cbam}
 * list of {@code summary.json}. Money in yuan with two decimals from fen, the CBAM factor as a share
 * with four decimals, exports in product units with two decimals; an EU price the scenario does not
 * give and an effective price without embedded emissions are undefined: empty in CSV, {@code null}
 * in JSON. Stateless.
 */
final class CbamFiles {
    static final String CBAM = "cbam.csv";

    private CbamFiles() {}

    static String csv(RunResult result, Map<String, String> sectorNames) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                List.of(
                        "year",
                        "sector_id",
                        "sector_name",
                        "cbam_goods",
                        "exporting_enterprises",
                        "eu_exports_units",
                        "embedded_emissions_t",
                        "cbam_factor",
                        "eu_price_cny_per_t",
                        "allowance_price_cny_per_t",
                        "effective_price_cny_per_t",
                        "gross_cbam_cny",
                        "cbam_liability_cny",
                        "shifted_home_cny",
                        "allocation_forgone_cny"));
        for (CbamSectorYear row : result.cbam()) {
            Csv.row(
                    csv,
                    List.of(
                            Integer.toString(row.year()),
                            row.sectorId(),
                            sectorNames.getOrDefault(row.sectorId(), row.sectorId()),
                            row.goods().name(),
                            Integer.toString(row.exportingEnterprises()),
                            units(row.exportsUnits()),
                            Long.toString(row.embeddedTonnes()),
                            factor(row.factorBasisPoints()),
                            yuanOr(row.euPriceFen(), ""),
                            RunFiles.yuan(row.allowancePriceFen()),
                            yuanOr(row.effectivePriceFen(), ""),
                            RunFiles.yuan(row.grossFen()),
                            RunFiles.yuan(row.liabilityFen()),
                            RunFiles.yuan(row.shiftedHomeFen()),
                            RunFiles.yuan(row.allocationForgoneFen())));
        }
        return csv.toString();
    }

    /** Adds the {@code cbam} list to a summary being written. */
    static void summary(JsonText json, RunResult result) throws IOException {
        json.name("cbam").beginArray();
        for (CbamSectorYear row : result.cbam()) {
            json.beginLineObject();
            json.name("year").number(row.year());
            json.name("sector").string(row.sectorId());
            json.name("embeddedEmissions").number(row.embeddedTonnes());
            json.name("cbamFactor").number(factor(row.factorBasisPoints()));
            json.name("euPrice").number(yuanOr(row.euPriceFen(), "null"));
            json.name("effectivePrice").number(yuanOr(row.effectivePriceFen(), "null"));
            json.name("grossCbam").number(RunFiles.yuan(row.grossFen()));
            json.name("cbamLiability").number(RunFiles.yuan(row.liabilityFen()));
            json.name("shiftedHome").number(RunFiles.yuan(row.shiftedHomeFen()));
            json.name("allocationForgone").number(RunFiles.yuan(row.allocationForgoneFen()));
            json.endObject();
        }
        json.endArray();
    }

    static String factor(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 4)
                .setScale(4, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    static String units(double units) {
        return BigDecimal.valueOf(units).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String yuanOr(OptionalLong fen, String missing) {
        return fen.isPresent() ? RunFiles.yuan(fen.getAsLong()) : missing;
    }
}
