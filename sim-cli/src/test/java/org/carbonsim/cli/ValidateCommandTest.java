package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.core.scenario.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void bundledScenarioNamesAreValid() {
        assertEquals(0, run("validate", "classroom-two-firms", "classroom-ten-firms.json", "hubei-pilot"));
        assertEquals("ok classroom-two-firms\nok classroom-ten-firms.json\nok hubei-pilot\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void schemaFilesAreSkippedSoAGlobOverTheScenarioFolderPasses() throws IOException {
        Path schema = dir.resolve("scenario.schema.json");
        Files.writeString(schema, "{\"$id\": \"scenario.schema.json\", \"type\": \"object\"}");
        assertEquals(0, run("validate", schema.toString(), "classroom-two-firms"));
        assertEquals(
                "skipped " + schema + " (the JSON Schema of the scenario format, not a scenario)\n"
                        + "ok classroom-two-firms\n",
                out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void everyProblemIsPrintedWithTheFileAndExitIsTwo() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 2, \"name\": \"x\", \"colour\": 1}");
        Path missing = dir.resolve("missing.json");
        assertEquals(2, run("validate", bad.toString(), missing.toString(), "classroom-two-firms"));
        String errors = err.toString();
        assertTrue(
                errors.contains(
                        bad + ":1:2: $.schemaVersion: expected 1 (the scenario format this build reads), got 2\n"),
                errors);
        assertTrue(errors.contains(bad + ":1:35: $.colour: unknown key"), errors);
        assertTrue(errors.contains(bad + ":1:1: $: missing required key \"calendar\""), errors);
        assertTrue(errors.contains(missing + ": file not found\n"), errors);
        assertEquals("ok classroom-two-firms\n", out.toString());
    }

    @Test
    void aFileLargerThanTheInputCapIsRefusedInOneLineNamingItAndTheCap() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(InputFiles.MAX_BYTES + 1);
        }
        assertEquals(2, run("validate", huge.toString(), "classroom-two-firms"));
        assertEquals(huge + ": is larger than 64 MiB, the most carbonsim reads from an input file\n", err.toString());
        assertEquals("ok classroom-two-firms\n", out.toString());
    }

    @Test
    void devZeroIsCutOffAtTheCapRatherThanRunningOutOfMemory() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        assertEquals(2, run("validate", "/dev/zero"));
        assertEquals("/dev/zero: is larger than 64 MiB, the most carbonsim reads from an input file\n", err.toString());
    }

    /**
     * A scenario name ending in a carriage return, as a script saved with Windows line ends passes it,
     * is named on one line with the character shown: echoed as it was, it sent the cursor back over the
     * message.
     */
    @Test
    void aScenarioNameWithAControlCharacterIsNamedOnOneLine() {
        assertEquals(2, run("validate", "classroom-two-firms\r", "a\nb.json"));
        assertEquals(
                "classroom-two-firms\\r: has a carriage return at character 20 (is the script saved with Windows"
                        + " line ends?); give the name without it\n"
                        + "a\\nb.json: has a line break at character 2; give the name without it\n",
                err.toString());
    }

    @Test
    void anEmptyScenarioArgumentIsNamedAsOneNotReadAsTheWorkingFolder() {
        assertEquals(2, run("validate", ""));
        assertEquals("\"\": expected a scenario file or a bundled scenario's name, got an empty one\n", err.toString());
    }

    @Test
    void anUncertainInputWhoseDrawsTheScenarioRejectsIsReportedAtItsPath() throws IOException {
        String json = new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8);
        Path bad = dir.resolve("uncertain.json");
        Files.writeString(
                bad,
                json.substring(0, json.lastIndexOf('}'))
                        + ", \"uncertainty\": {\"parameters\": [{\"path\": \"$.market.limitPct\", \"distribution\":"
                        + " {\"type\": \"uniform\", \"low\": -5, \"high\": 10}}]}}\n");
        assertEquals(2, run("validate", bad.toString(), "hubei-pilot-uncertain"));
        assertTrue(
                err.toString()
                        .startsWith(bad + ": $.uncertainty.parameters[0].distribution: its draws reach values this"
                                + " scenario does not accept"),
                err.toString());
        assertTrue(err.toString().contains("$.market.limitPct = -5: $.market.limitPct: expected"), err.toString());
        assertEquals("ok hubei-pilot-uncertain\n", out.toString());
    }

    @Test
    void aBadMrvBlockIsReportedAtItsPathsAndExitIsTwo() throws IOException {
        String json = new String(ScenarioFiles.resolve("national-data-quality").bytes(), StandardCharsets.UTF_8);
        Path bad = dir.resolve("mrv.json");
        Files.writeString(
                bad,
                json.replace("\"auditRate\": 0.1", "\"auditRate\": 1.5")
                        .replace("\"coal-small\": \"CALCULATION_DEFAULT\"", "\"coal-smal\": \"DEFAULT\""));
        assertEquals(2, run("validate", bad.toString(), "national-data-quality"));
        String errors = err.toString();
        String text = Files.readString(bad);
        assertTrue(
                errors.contains(bad + ":" + at(text, "\"auditRate\"")
                        + ": $.mrv.auditRate: expected a number in 0..1 (share of reports audited a year),"
                        + " got 1.5\n"),
                errors);
        assertTrue(
                errors.contains(bad + ":" + at(text, "\"coal-smal\"")
                        + ": $.mrv.sectorMethods[\"coal-smal\"]: expected one of CALCULATION_DEFAULT,"
                        + " CALCULATION_MEASURED, CONTINUOUS, got \"DEFAULT\"\n"),
                errors);
        assertTrue(
                errors.contains(bad + ":" + at(text, "\"coal-smal\"")
                        + ": $.mrv.sectorMethods[\"coal-smal\"]: unknown sector \"coal-smal\""
                        + " (did you mean \"coal-small\"?)\n"),
                errors);
        assertEquals("ok national-data-quality\n", out.toString());
    }

    @Test
    void badFinanceInputIsLocatedAndExitIsTwo() throws IOException {
        String json = new String(ScenarioFiles.resolve("hubei-carbon-finance").bytes(), StandardCharsets.UTF_8);
        String[][] cases = {
            {"\"month\": 12", "\"month\": 7", "$.finance.forwards.hedging.month: unknown contract month 7"},
            {"\"haircutPct\": 30", "\"haircutPct\": -30", "$.finance.pledges.haircutPct: expected a number in [0, 100)"
            },
            {"\"initialMarginPct\": 20", "\"initialMarginPct\": 120", "$.finance.forwards.initialMarginPct: expected"}
        };
        for (String[] c : cases) {
            assertTrue(json.contains(c[0]), c[0]);
            Path bad = dir.resolve("finance.json");
            Files.writeString(bad, json.replace(c[0], c[1]));
            err.getBuffer().setLength(0);
            assertEquals(2, run("validate", bad.toString()), c[1]);
            String key = c[1].substring(0, c[1].indexOf(':'));
            assertTrue(
                    err.toString().startsWith(bad + ":" + at(json.replace(c[0], c[1]), key) + ": " + c[2]),
                    err.toString());
        }
        assertEquals(0, run("validate", "hubei-carbon-finance"), err.toString());
    }

    @Test
    void anUnknownNameIsReportedWithTheBundledNamesAndExitIsTwo() {
        assertEquals(2, run("validate", "clasroom-two-firms", "hubei-pilot"));
        assertTrue(
                err.toString()
                        .startsWith("clasroom-two-firms: no such file, and no bundled scenario of that name;"
                                + " bundled scenarios: classroom-two-firms, "),
                err.toString());
        assertEquals("ok hubei-pilot\n", out.toString());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"a\": 1\n  \"b\": 2\n}");
        assertEquals(2, run("validate", bad.toString()));
        assertEquals(bad + ":3:3: malformed JSON: expected ',' or '}'\n", err.toString());
    }

    @Test
    void aNegativeIssuanceLagInTheCcerPipelineIsLocatedAndExitsTwo() throws IOException {
        Path scenario = dir.resolve("ccer.json");
        Files.writeString(
                scenario,
                new String(ScenarioFiles.resolve("ccer-relaunch-2024").bytes(), StandardCharsets.UTF_8)
                        .replaceFirst("\"issuanceLagYears\": 2", "\"issuanceLagYears\": -1"));
        assertEquals(2, run("validate", scenario.toString()));
        assertTrue(
                err.toString()
                        .contains("$.compliance.offsets[0].pipeline.types[3].issuanceLagYears: expected an integer in"
                                + " 0..50 (years from vintage to issuance), got -1"),
                err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void scenarioFilesLoadsByNameAndReportsProblemsAsUserInput() {
        assertEquals(
                "classroom-two-firms", ScenarioFiles.load("classroom-two-firms").name());
        UserInputException e = assertThrows(UserInputException.class, () -> ScenarioFiles.load("no-such-scenario"));
        assertTrue(
                e.getMessage()
                        .startsWith("no-such-scenario: no such file, and no bundled scenario of that name;"
                                + " bundled scenarios: "),
                e.getMessage());
    }

    @Test
    void aGbkRegisterValidatesWithEncodingAndIsLocatedWithout() throws IOException {
        Files.write(
                dir.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity\r\nC9,\"湖北水泥, 一厂\",cement,1000,0.9\r\n"
                        .getBytes(java.nio.charset.Charset.forName("GBK")));
        Path scenario = dir.resolve("s.json");
        Files.writeString(
                scenario,
                new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8)
                        .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"firms.csv\", \"enterprises\""));
        assertEquals(0, run("validate", scenario.toString(), "--encoding", "GBK"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(2, run("validate", scenario.toString()));
        assertEquals(
                dir.resolve("firms.csv")
                        + ":2:5: bytes not valid in UTF-8 (0xBA at byte offset 49): save the file as UTF-8"
                        + " or declare its encoding, e.g. --encoding GBK\n",
                err.toString());
    }

    /**
     * A register that is a folder or a device is one line at the register's JSON path naming the file,
     * exit 2 and no stack trace: a device was read as 64 MiB of zeros (or an empty register) before.
     */
    @Test
    void aRegisterThatIsNoRegularFileIsOneLineAtItsJsonPath() throws IOException {
        Files.createDirectory(dir.resolve("firms"));
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        String base = new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8);
        for (String register : new String[] {"firms", "/dev/zero"}) {
            Path scenario = dir.resolve("s.json");
            String text = base.replaceFirst(
                    "\"enterprises\"", "\"enterpriseRegister\": \"" + register + "\", \"enterprises\"");
            Files.writeString(scenario, text);
            err.getBuffer().setLength(0);
            assertEquals(2, run("validate", scenario.toString()), register);
            Path shown = register.startsWith("/") ? Path.of(register) : dir.resolve(register);
            assertEquals(
                    scenario + ":" + at(text, "\"enterpriseRegister\"") + ": $.enterpriseRegister: enterprise register "
                            + shown + (register.startsWith("/") ? " is a pipe or a device" : " is a folder")
                            + ", not a CSV file\n",
                    err.toString());
        }
    }

    /** The line and column of the first {@code needle} in {@code text}, as the loader reports a key's place. */
    private static String at(String text, String needle) {
        int offset = text.indexOf(needle);
        assertTrue(offset >= 0, needle);
        int line = 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return line + ":" + (offset - text.lastIndexOf('\n', offset));
    }
}
