package org.carbonsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.cli.chart.Fixtures;
import org.carbonsim.cli.chart.RunOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report of a market with block agreement trades states each year's block volume and share. */
class RunReportTest {
    private static final String BLOCKS_EN = "Block agreement trades";
    private static final String BLOCKS_ZH = "大宗协议交易";

    @Test
    void aRunWithBlockTradesStatesTheYearsBlockVolumeAndShareInBothLanguages(@TempDir Path dir) throws IOException {
        // 6,000 of 2030's 24,000 t in blocks, none of 2031's
        Path run = Fixtures.withColumns(
                Fixtures.RUN,
                dir.resolve("blocks"),
                "annual.csv",
                ",block_volume_t,block_turnover_cny",
                i -> i == 0 ? ",6000,240000.00" : ",0,0.00");
        RunOutput output = RunOutput.read(run);

        Tables.Built table = RunReport.blocksPerYear(output, new Tables());
        assertEquals(
                List.of("Year", "Volume (t)", "Block volume (t)", "Block share (%)", "Block turnover (CNY)"),
                table.columns().stream().map(c -> c.heading().en()).toList());
        assertEquals(
                List.of("2030", "24,000", "6,000", "25.0", "240,000.00"),
                table.rows().get(0).stream().map(c -> c.text().en()).toList());
        assertEquals("0.0", table.rows().get(1).get(3).text().en(), "2031: nothing in blocks");

        String html = RunReport.html(output, List.of());
        assertTrue(html.contains(BLOCKS_EN) && html.contains(BLOCKS_ZH), "the section in both languages");
        assertTrue(
                html.contains("two covered enterprises negotiate off the order book"),
                "the glossary explains a block agreement trade");
    }

    @Test
    void aRunWithoutBlockTradesHasNoBlockSection() throws IOException {
        String html = RunReport.html(RunOutput.read(Fixtures.folder(Fixtures.RUN)), List.of());
        assertFalse(html.contains(BLOCKS_EN), "no block trades, no block section");
        assertFalse(html.contains("Block volume"), "nor block figures in the glossary");
    }
}
