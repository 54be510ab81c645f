package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.cli.files.AllocationTableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void printsTheTrialTableOfTheStartYear() {
        assertEquals(0, run("allocate", "classroom-two-firms"), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("Trial allocation "), text);
        assertTrue(text.contains("market adjustment factor"), text);
        assertEquals("", err.toString());
    }

    /**
     * A file at the --out path that is not an allocation table (a plan the user edited by hand, say) is
     * kept, with a message saying how to go on; --force replaces it, and so may an empty file or a
     * table allocate wrote, with or without a byte-order mark.
     */
    @Test
    void aFileThatIsNotAnAllocationTableIsKeptUnlessForced() throws IOException {
        Path csv = dir.resolve("plan-2016.csv");
        String edited = "enterprise,allocation_t\nHB-001,1200\n";
        Files.writeString(csv, edited);

        assertEquals(2, run("allocate", "classroom-two-firms", "--out", csv.toString()));
        assertEquals(
                "carbonsim: --out " + csv + ": the file exists and is not a table this command writes (its first"
                        + " line is not '" + String.join(",", AllocationTableFormat.CSV_HEADER) + "'); give another"
                        + " file name, or add --force to replace it\n",
                err.toString());
        assertEquals(edited, Files.readString(csv));

        assertEquals(0, run("allocate", "classroom-two-firms", "--out", csv.toString(), "--force"));
        String table = Files.readString(csv);
        Files.writeString(csv, "\uFEFF" + table);
        assertEquals(0, run("allocate", "classroom-two-firms", "--out", csv.toString()));
        assertEquals(table, Files.readString(csv));
        Files.writeString(csv, "");
        assertEquals(0, run("allocate", "classroom-two-firms", "--out", csv.toString()));
        assertEquals(table, Files.readString(csv));
    }

    @Test
    void writesCsvWithEnterprisesSectorsAndSchemeRowsAndTheSameBytesTwice() throws IOException {
        Path csv = dir.resolve("allocation.csv");
        assertEquals(0, run("allocate", "hubei-pilot", "--year", "2016", "--out", csv.toString()), err.toString());
        byte[] first = Files.readAllBytes(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", AllocationTableFormat.CSV_HEADER), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("enterprise,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sector,")), lines.toString());
        assertTrue(lines.contains(lines.stream()
                .filter(l -> l.startsWith("scheme,cap,"))
                .findFirst()
                .orElseThrow()));
        assertFalse(new String(first, java.nio.charset.StandardCharsets.UTF_8).contains("\r"));
        assertEquals(0, run("allocate", "hubei-pilot", "--year", "2016", "--out", csv.toString()));
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8), Files.readString(csv));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aYearOutsideTheScenarioIsBadInput() {
        assertEquals(2, run("allocate", "classroom-two-firms", "--year", "1990"));
        assertTrue(
                err.toString().startsWith("carbonsim: --year 1990 is outside the years of classroom-two-firms, "),
                err.toString());
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        assertEquals(2, run("allocate", dir.resolve("nope.json").toString()));
        assertTrue(err.toString().contains("nope.json"), err.toString());
    }

    @Test
    void anOutputFolderThatDoesNotExistIsBadInput() {
        Path csv = dir.resolve("missing").resolve("allocation.csv");
        assertEquals(2, run("allocate", "classroom-two-firms", "--out", csv.toString()));
        assertEquals("carbonsim: --out " + csv + ": folder " + csv.getParent() + " does not exist\n", err.toString());
    }

    @Test
    void anOutFileUnderAFileSaysThatIsAFileNotThatItDoesNotExist() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path csv = file.resolve("allocation.csv");
        assertEquals(2, run("allocate", "classroom-two-firms", "--out", csv.toString()));
        assertEquals("carbonsim: --out " + csv + ": " + file + " is a file, not a folder\n", err.toString());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anOutFileThatIsTheScenarioIsRefusedAndTheScenarioKept() throws IOException {
        Path scenario = Files.write(dir.resolve("s.json"), ScenarioFiles.bundled("classroom-two-firms.json"));
        byte[] before = Files.readAllBytes(scenario);

        assertEquals(2, run("allocate", scenario.toString(), "--out", scenario.toString()));
        assertEquals(
                "carbonsim: --out " + scenario + ": is the input " + scenario
                        + ", which writing it would replace; give another file name\n",
                err.toString());
        assertArrayEquals(before, Files.readAllBytes(scenario));
    }

    @Test
    void anEmptyOutIsBadUsageNotTheWorkingFolder() {
        assertEquals(2, run("allocate", "classroom-two-firms", "--out", ""));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: Invalid value for option '--out': expected a file or folder name,"
                                + " got an empty one"),
                err.toString());
    }

    @Test
    void helpShowsTheExamples() {
        assertEquals(0, run("allocate", "--help"));
        assertTrue(
                out.toString().contains("carbonsim allocate hubei-pilot --year 2026 --out allocation-2026.csv"),
                out.toString());
    }
}
