package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.chart.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enterprise's name reaches the user beside its id: {@code enterprise_name} in {@code
 * enterprises.csv} of {@code run} and in the table of {@code allocate}, and the report's enterprise
 * table. A name with a comma, quotes and a line break, a Chinese name and a register's quoted name
 * come back unchanged when the files are read as CSV; an enterprise without a name is named by its id.
 */
class EnterpriseNamesTest extends CommandLineTest {
    /** Firm A's name: a comma, quotes and a line break, which CSV must quote. */
    private static final String NAME_A = "Huaxin Cement, Huangshi \"No. 2\"\nkiln";

    /** Firm B's name: Chinese, which must survive as UTF-8. */
    private static final String NAME_B = "华新水泥 黄石";

    /** The register's enterprise's name, quoted in the register. */
    private static final String NAME_C = "武汉钢铁, \"Wuhan\" Steel";

    @TempDir
    Path dir;

    /**
     * classroom-two-firms with firms A and B named {@link #NAME_A} and {@link #NAME_B}, a register firm
     * C9 named {@link #NAME_C} and a register firm D9 without a name.
     */
    private Path namedScenario() throws IOException {
        Files.writeString(
                dir.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity,output2023,emissions2023\n"
                        + "C9,\"武汉钢铁, \"\"Wuhan\"\" Steel\",industry,100000,0.9,100000,90000\n"
                        + "D9,,industry,100000,0.9,100000,90000\n",
                StandardCharsets.UTF_8);
        String json = new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8);
        String named = json.replace("\"Firm A (cheap abatement)\"", "\"Huaxin Cement, Huangshi \\\"No. 2\\\"\\nkiln\"")
                .replace("\"Firm B (expensive abatement)\"", "\"" + NAME_B + "\"")
                .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"firms.csv\", \"enterprises\"");
        Path file = dir.resolve("named.json");
        Files.writeString(file, named, StandardCharsets.UTF_8);
        return file;
    }

    /** The names a CSV file gives, read back as CSV: {@code nameColumn} by {@code idColumn}, first row each. */
    private static Map<String, String> names(Path csv, String idColumn, String nameColumn) throws IOException {
        CsvTable table = CsvTable.read(csv, idColumn, nameColumn);
        Map<String, String> names = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            names.putIfAbsent(row.text(idColumn), row.text(nameColumn));
        }
        return names;
    }

    @Test
    void enterprisesCsvNamesEachEnterpriseRightAfterItsIdAndTheReportShowsTheNames() throws IOException {
        Path out = dir.resolve("run");
        assertEquals(0, run("run", "" + namedScenario(), "--quiet", "--out", "" + out), err.toString());
        Path csv = out.resolve("enterprises.csv");
        List<String> header = CsvTable.read(csv).header();
        assertEquals(List.of("year", "enterprise_id", "enterprise_name", "sector_id"), header.subList(0, 4), "header");
        assertEquals(
                Map.of("A", NAME_A, "B", NAME_B, "C9", NAME_C, "D9", "D9"),
                names(csv, "enterprise_id", "enterprise_name"),
                "the names read back from " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(
                text.contains("\"Huaxin Cement, Huangshi \"\"No. 2\"\"\nkiln\""), "quoted as RFC 4180 says: " + text);

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(">Huaxin Cement, Huangshi &quot;No. 2&quot;\nkiln<"), "firm A's name, escaped");
        assertTrue(html.contains(">" + NAME_B + "<"), "firm B's name");
        assertTrue(html.contains(">武汉钢铁, &quot;Wuhan&quot; Steel<"), "the register's name");
        assertTrue(html.contains("enterprises.csv: enterprise_name"), "the column's heading names its source");
    }

    @Test
    void theAllocationTableNamesEachEnterpriseInItsCsvAndOnTheTerminal() throws IOException {
        Path scenario = namedScenario();
        Path csv = dir.resolve("allocation.csv");
        assertEquals(0, run("allocate", "" + scenario, "--out", "" + csv), err.toString());
        CsvTable table = CsvTable.read(csv, "kind", "id", "enterprise_name");
        Map<String, String> enterprises = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.text("kind").equals("enterprise")) {
                enterprises.put(row.text("id"), row.text("enterprise_name"));
            } else {
                assertEquals("", row.text("enterprise_name"), "a " + row.text("kind") + " row: " + row.text("id"));
            }
        }
        assertEquals(
                Map.of("A", NAME_A, "B", NAME_B, "C9", NAME_C, "D9", "D9"),
                enterprises,
                "the names read back from " + csv);

        assertEquals(0, run("allocate", "" + scenario), err.toString());
        String text = out.toString();
        assertTrue(text.contains(" Huaxin Cement, Huangshi \"No. 2\" kiln\n"), "firm A's name on one line: " + text);
        assertTrue(text.contains(" " + NAME_B + "\n"), "firm B's name: " + text);
    }

    /**
     * A table written before the tables named enterprises (its header without {@code enterprise_name})
     * is the command's own and is replaced without {@code --force}.
     */
    @Test
    void anAllocationTableOfAnEarlierVersionIsReplaced() throws IOException {
        Path csv = dir.resolve("allocation.csv");
        Files.writeString(
                csv,
                "kind,id,sector_id,sector_name,method,new_entrant,base_quantity,intensity_t_per_unit,control_factor,"
                        + "adjustment_factor,operating_days_factor,pre_allocation_t,allocation_t,bau_emissions_t,"
                        + "expected_balance_t\nscheme,cap,,,,,,,,,,,1,,\n");
        assertEquals(0, run("allocate", "classroom-two-firms", "--out", "" + csv), err.toString());
        assertTrue(
                Files.readString(csv).startsWith("kind,id,enterprise_name,sector_id,"),
                "replaced: " + Files.readString(csv));
    }
}
