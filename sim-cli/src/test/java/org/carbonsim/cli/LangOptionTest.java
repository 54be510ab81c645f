package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang}: the terminal tables, the report and the help in Chinese or English, with the sectors
 * named as the scenario names them in both.
 */
class LangOptionTest extends CommandLineTest {
    /** carbon-inclusion's sectors, as its scenario file names them. */
    private static final List<String> SECTORS = List.of("水泥 Cement", "化工 Chemicals", "造纸 Paper", "其他 Other industry");

    @TempDir
    Path dir;

    @Test
    void langZhPrintsChineseHeadingsAndTheScenariosChineseSectorNamesInTheTerminalAndTheReport() throws IOException {
        Path folder = dir.resolve("zh");
        assertEquals(
                0,
                run("run", "carbon-inclusion", "--years", "1", "--lang", "zh", "--out", "" + folder),
                err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("年份"), printed);
        assertTrue(printed.contains("2025 年各行业"), printed);
        assertTrue(printed.contains("全期：效率"), printed);
        for (String sector : SECTORS) {
            assertTrue(printed.contains(sector), "terminal names " + sector + ":\n" + printed);
        }
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("data-lang=\"zh\""), "the report opens in Chinese");
        assertTrue(html.contains("逐年结果"), "Chinese headings");
        for (String sector : SECTORS) {
            assertTrue(html.contains(">" + sector + "<"), "report names " + sector);
        }
        String description = JsonParser.parseString(
                        Files.readString(folder.resolve("scenario.json"), StandardCharsets.UTF_8))
                .getAsJsonObject()
                .get("description")
                .getAsString();
        int at = html.indexOf("<p class=\"description\">");
        assertTrue(at > 0 && at < html.indexOf("<h2>"), "the scenario's description before the first section");
        assertTrue(html.startsWith(escaped(description), at + "<p class=\"description\">".length()), "its text");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void langEnKeepsEnglishHeadingsAndStillNamesSectorsAsTheScenarioDoes() throws IOException {
        Path folder = dir.resolve("en");
        assertEquals(
                0,
                run("run", "carbon-inclusion", "--years", "1", "--lang", "en", "--no-charts", "--out", "" + folder),
                err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("whole run: efficiency"), printed);
        assertTrue(printed.contains("sectors in 2025:"), printed);
        assertFalse(printed.contains("年份"), printed);
        assertTrue(printed.contains("化工 Chemicals"), printed);
    }

    @Test
    void anUnknownLanguageIsBadInputBeforeAnythingRuns() {
        assertEquals(2, run("run", "classroom-two-firms", "--lang", "fr", "--out", "" + dir.resolve("x")));
        assertTrue(err.toString().contains("--lang: expected zh or en, got \"fr\""), err.toString());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void helpComesFromTheChineseResourceBundleWithLangZh() {
        assertEquals(0, run("run", "--help", "--lang", "zh"));
        String zh = out.toString();
        assertTrue(zh.contains("运行一个情景"), zh);
        assertTrue(zh.contains("运行的随机种子"), "option descriptions translated:\n" + zh);
        assertTrue(zh.contains("用法："), zh);
        out.getBuffer().setLength(0);
        assertEquals(0, run("montecarlo", "--help", "--lang=en"));
        String en = out.toString();
        assertTrue(en.contains("Run seeded replications of a scenario"), en);
        assertFalse(en.contains("运行"), en);
    }

    @Test
    void theRootHelpIsChineseWhenAskedFor() {
        assertEquals(0, run("--help", "--lang", "zh"));
        assertTrue(out.toString().contains("模拟碳市场与排放配额制度"), out.toString());
    }

    @Test
    void theDefaultLanguageFollowsTheLocaleAndTheHelpScanFindsLang() {
        assertEquals(Lang.ZH, LangOption.forHelp("run", "x", "--lang", "zh"));
        assertEquals(Lang.EN, LangOption.forHelp("run", "x", "--lang=EN"));
        assertEquals(Lang.fromDefaultLocale(), LangOption.forHelp("run", "x"));
        assertEquals(Lang.fromDefaultLocale(), LangOption.forHelp("run", "--lang"));
    }
}
