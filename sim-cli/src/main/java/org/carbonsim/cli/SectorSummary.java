package org.carbonsim.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.format.TerminalStyle;
import org.carbonsim.cli.format.TerminalTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.SectorResult;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.scenario.Scenario;

/**
 * The per-sector table {@code run} prints for the last year, sectors named as the scenario names them
 * ({@code 化工 Chemicals}): who is covered, what each sector was given, what its covered enterprises
 * emitted, and who is short and pays. The emissions are the covered enterprises' so that the row
 * compares like with like: with every operating enterprise's, {@code hubei-pilot}'s power sector,
 * which left for the national ETS, read 0 covered, 0 allocated, 0 short and 73.9 Mt emitted in 2024.
 */
final class SectorSummary {
    private SectorSummary() {}

    /** Prints the last year's sectors of {@code result}; nothing when it has none. */
    static void print(RunResult result, Scenario scenario, Lang lang, PrintWriter out) {
        if (result.years().isEmpty() || result.sectors().isEmpty()) {
            return;
        }
        int last = result.years().get(result.years().size() - 1).year();
        Map<String, String> names = new HashMap<>();
        for (Sector sector : scenario.sectors()) {
            names.put(sector.id(), sector.name());
        }
        List<String> headings = List.of(
                lang.pick("sector", "行业"),
                lang.pick("covered", "纳入企业"),
                lang.pick("allocation (t)", "分配量（吨）"),
                lang.pick("covered emissions (t)", "纳入排放量（吨）"),
                lang.pick("shortfall (t)", "缺口（吨）"),
                lang.pick("penalties (CNY)", "罚款（元）"));
        TerminalTable table = new TerminalTable(headings, 1, 2, 3, 4, 5);
        for (SectorResult s : result.sectors()) {
            if (s.year() == last) {
                table.row(
                        names.getOrDefault(s.sectorId(), s.sectorId()),
                        Integer.toString(s.coveredEnterprises()),
                        Long.toString(s.allocation()),
                        Long.toString(s.coveredEmissions()),
                        Long.toString(s.shortfall()),
                        RunFiles.yuan(s.penalty()));
            }
        }
        out.println(lang.pick("sectors in " + last + ":", last + " 年各行业："));
        out.print(table.render(TerminalStyle.forStdout()));
    }
}
