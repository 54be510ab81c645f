package org.carbonsim.cli.files;

import java.io.IOException;
import java.util.List;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.mrv.MrvYear;

/**
 * The MRV outputs of a run whose scenario has an {@code mrv} block: {@code mrv.csv}, a row per year
 * with true, reported and compliance emissions, the undetected gap, audits, detections, fines and the
 * year's prices beside them, and the {@code mrv} array of {@code summary.json}. A run without the block
 * writes neither, so its files stay as they were. Columns in docs/data-dictionary.md.
 */
final class MrvFiles {
    static final String MRV = "mrv.csv";

    private MrvFiles() {}

    static String csv(RunResult result) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "year",
                "true_emissions_t",
                "measured_emissions_t",
                "reported_emissions_t",
                "compliance_emissions_t",
                "hidden_t",
                "undetected_gap_t",
                "under_reporting_enterprises",
                "audits",
                "detections",
                "corrected_t",
                "data_quality_fines_cny",
                "allocation_deduction_t",
                "vwap_cny_per_t",
                "equilibrium_price_one_year_cny_per_t");
        for (MrvYear m : result.mrv()) {
            YearResult y = yearOf(result, m.year());
            Csv.row(
                    csv,
                    Integer.toString(m.year()),
                    Long.toString(m.trueTonnes()),
                    Long.toString(m.measuredTonnes()),
                    Long.toString(m.reportedTonnes()),
                    Long.toString(m.complianceTonnes()),
                    Long.toString(m.hiddenTonnes()),
                    Long.toString(m.undetectedGapTonnes()),
                    Integer.toString(m.underReporters()),
                    Integer.toString(m.audits()),
                    Integer.toString(m.detections()),
                    Long.toString(m.correctedTonnes()),
                    RunFiles.yuan(m.finesFen()),
                    Long.toString(m.deductionTonnes()),
                    RunFiles.yuan(y.vwapFen()),
                    RunFiles.yuan(y.equilibriumPriceOneYear()));
        }
        return csv.toString();
    }

    /** The {@code mrv} array of summary.json: one line object per year. */
    static void summary(JsonText json, List<MrvYear> years) throws IOException {
        json.name("mrv").beginArray();
        for (MrvYear m : years) {
            json.beginLineObject();
            json.name("year").number(m.year());
            json.name("trueEmissions").number(m.trueTonnes());
            json.name("reportedEmissions").number(m.reportedTonnes());
            json.name("complianceEmissions").number(m.complianceTonnes());
            json.name("undetectedGap").number(m.undetectedGapTonnes());
            json.name("audits").number(m.audits());
            json.name("detections").number(m.detections());
            json.name("dataQualityFines").number(RunFiles.yuan(m.finesFen()));
            json.name("allocationDeduction").number(m.deductionTonnes());
            json.endObject();
        }
        json.endArray();
    }

    private static YearResult yearOf(RunResult result, int year) {
        for (YearResult y : result.years()) {
            if (y.year() == year) {
                return y;
            }
        }
        throw new IllegalArgumentException("no year " + year + " in the run");
    }
}
