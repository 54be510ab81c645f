package org.carbonsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's glossary: complete in both languages, found by CSV column names, and saying what README says. */
class GlossaryTest {
    @Test
    void everyEntryHasATermAndADefinitionInBothLanguages() {
        for (Glossary.Entry e : Glossary.all()) {
            assertFalse(e.term().en().isBlank(), e.key());
            assertFalse(e.term().zh().isBlank(), e.key());
            assertTrue(
                    e.definition().en().endsWith("."),
                    e.key() + ": " + e.definition().en());
            assertTrue(
                    e.definition().zh().endsWith("。"),
                    e.key() + ": " + e.definition().zh());
        }
    }

    @Test
    void everyHeadlineFigureIsDefined() {
        for (String field : RunReport.HEADLINE) {
            assertTrue(Glossary.find(field).isPresent(), field);
        }
        for (String field : RunReport.TOTALS) {
            assertTrue(Glossary.find(field).isPresent(), field);
        }
    }

    /**
     * The run report shows sectors.csv, cbam.csv, mrv.csv and events.csv as tables whose headings take
     * their names and tooltips from the glossary, so each of their columns (as the data dictionary lists
     * them) has an entry; without one the heading is the raw column id with an empty tooltip.
     */
    @Test
    void everyColumnOfTheRunReportsTablesIsDefined() throws IOException {
        String dictionary = Files.readString(Path.of("../docs/data-dictionary.md"), StandardCharsets.UTF_8);
        for (String file : List.of("sectors.csv", "cbam.csv", "mrv.csv", "events.csv")) {
            String heading = "### run: `" + file + "`";
            int start = dictionary.indexOf(heading);
            assertTrue(start >= 0, "the data dictionary has " + heading);
            int end = dictionary.indexOf("\n#", start + heading.length());
            Matcher column = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|")
                    .matcher(dictionary.substring(start, end < 0 ? dictionary.length() : end));
            int columns = 0;
            while (column.find()) {
                columns++;
                assertTrue(
                        Glossary.find(column.group(1)).isPresent(),
                        file + "'s column " + column.group(1) + " has no glossary entry");
            }
            assertTrue(columns > 3, file + ": columns read from the data dictionary: " + columns);
        }
    }

    @Test
    void csvColumnsAreFoundWithOrWithoutTheirUnitSuffix() {
        assertEquals(
                "coveredEnterprises",
                Glossary.find("covered_enterprises").orElseThrow().key());
        assertEquals("allocation", Glossary.find("allocation_t").orElseThrow().key());
        assertEquals("vwap", Glossary.find("vwap_cny_per_t").orElseThrow().key());
        assertEquals("penalty", Glossary.find("penalty_cny").orElseThrow().key());
        assertEquals("sector", Glossary.find("sector_name").orElseThrow().key());
        assertEquals("sectorId", Glossary.find("sector_id").orElseThrow().key(), "the whole name before a suffix");
        assertEquals(
                "enterpriseId", Glossary.find("enterprise_id").orElseThrow().key());
        assertEquals(
                "enterprise", Glossary.find("enterprise_name").orElseThrow().key());
        assertEquals(
                Glossary.find("allocated").orElseThrow().definition(),
                Glossary.find("allocation").orElseThrow().definition(),
                "sectors.csv's allocation is defined as annual.csv's allocated");
        assertFalse(Glossary.find("no_such_column").isPresent());
    }

    /**
     * README's "What the headline figures mean" and the report's glossary say the same: each README
     * bullet's first sentence opens the glossary's English definition of that term.
     */
    @Test
    void headlineDefinitionsAgreeWithTheReadme() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("### What the headline figures mean");
        assertTrue(start >= 0, "README has the section");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher bullet = Pattern.compile("(?ms)^- \\*\\*([^*]+)\\*\\*(?: \\([^)]*\\))?: (.+?)\\.(?:\\s|$)")
                .matcher(section);
        List<String> checked = new ArrayList<>();
        while (bullet.find()) {
            String term = bullet.group(1);
            String first = bullet.group(2)
                    .replaceAll("\\s+", " ")
                    .replaceAll(" \\(`[^)]*`\\)", "")
                    .strip();
            Glossary.Entry entry = Glossary.all().stream()
                    .filter(e -> e.term().en().equals(term))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the glossary defines README's " + term));
            String definition = entry.definition().en().toLowerCase(Locale.ROOT);
            assertTrue(
                    definition.startsWith(first.toLowerCase(Locale.ROOT)),
                    term + ": README says \"" + first + "\", the glossary \""
                            + entry.definition().en() + "\"");
            checked.add(term);
        }
        assertEquals(
                List.of(
                        "Close",
                        "VWAP",
                        "Compliance rate",
                        "Equilibrium price",
                        "One-year equilibrium price",
                        "Least-cost abatement cost",
                        "Efficiency",
                        "Cost-effectiveness"),
                checked);
    }
}
