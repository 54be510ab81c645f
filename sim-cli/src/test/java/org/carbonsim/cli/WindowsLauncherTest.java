package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher of the release archive, {@code bin/carbonsim.cmd}, cannot run on the build's
 * Linux machines, so its review is written down here as checks of its text: where it finds Java and
 * the jar, that it passes the arguments and the exit code on, and that the archive writes it with
 * Windows line ends (a batch file with bare LF line ends can miss its labels).
 */
class WindowsLauncherTest {
    /** The module's folder is the working directory of its tests. */
    private static final Path LAUNCHER = Path.of("src", "dist", "bin", "carbonsim.cmd");

    /** The line that runs carbonsim: the quoted java and jar, the options, every argument as given. */
    private static final String JAVA_LINE =
            "\"%JAVA_EXE%\" %CARBONSIM_QUICK% %CARBONSIM_JAVA_OPTS% %CARBONSIM_CDS_OPTS%"
                    + " -jar \"%CARBONSIM_HOME%\\lib\\carbonsim.jar\" %*";

    private static List<String> lines() throws IOException {
        return Files.readAllLines(LAUNCHER, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("rem "))
                .toList();
    }

    @Test
    void javaComesFromJavaHomeWithoutItsQuotesThenFromThePathElseAMessageAndExitOne() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.contains("set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\""), "JAVA_HOME first");
        assertTrue(lines.contains("set \"JAVA_EXE=%JAVA_EXE:\"=%\""), "quotes around JAVA_HOME removed");
        assertTrue(
                lines.contains("if defined JAVA_EXE if not exist \"%JAVA_EXE%\" set \"JAVA_EXE=\""),
                "a JAVA_HOME without java.exe is passed over");
        assertTrue(
                lines.contains("if not defined JAVA_EXE for %%i in (java.exe) do set \"JAVA_EXE=%%~$PATH:i\""),
                "then java.exe on the PATH");
        int noJava = lines.indexOf(":noJava");
        assertTrue(noJava > 0, "a label for the missing Java");
        assertTrue(
                lines.get(noJava + 1).startsWith(">&2 echo carbonsim: Java 17 or newer is needed"), lines.toString());
        assertEquals("exit /b 1", lines.get(lines.size() - 1));
    }

    @Test
    void theJarIsFoundThroughTheLaunchersFolderAndEveryArgumentAndTheExitCodeArePassedOn() throws IOException {
        List<String> lines = lines();
        assertEquals("setlocal", lines.get(1), "variables stay local to the launcher");
        assertTrue(lines.contains("set \"CARBONSIM_HOME=%~dp0..\""), "the archive's folder from the script's own");
        int java = lines.indexOf(JAVA_LINE);
        assertTrue(java > 0, "the quoted java and jar, every argument as given: " + lines);
        assertEquals(
                "exit /b %ERRORLEVEL%", lines.get(java + 1), "carbonsim's exit code (0, 1 or 2) is the launcher's");
    }

    /**
     * As in the Linux and macOS launcher, a single run starts with C1 only and the serial collector, and
     * a study named first keeps the JVM's defaults (benchmarks/README.md, "Start-up").
     */
    @Test
    void aSingleCommandStartsWithC1AndTheSerialCollectorAndAStudyWithTheDefaults() throws IOException {
        List<String> lines = lines();
        int quick = lines.indexOf("set \"CARBONSIM_QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\"");
        assertTrue(quick > 0, lines.toString());
        assertEquals(
                "for %%c in (montecarlo sweep compare sensitivity calibrate) do if \"%~1\"==\"%%c\" set \"CARBONSIM_QUICK=\"",
                lines.get(quick + 1));
        assertTrue(lines.indexOf(JAVA_LINE) > quick + 1, lines.toString());
    }

    /**
     * As bin/carbonsim does, the launcher archives the classes a run loads once per jar and Java
     * (benchmarks/README.md, "Start-up"), but only in lib\: it skips all of it with CARBONSIM_CDS=off,
     * writes the archive and what it was made for under names of its own and moves them into place, is
     * silent about a failed training run or a lib\ it cannot write, and maps the archive only when
     * there is one.
     */
    @Test
    void theClassesAreArchivedInLibOncePerJarAndJavaUnderTemporaryNamesAndSilently() throws IOException {
        List<String> lines = lines();
        int off = lines.indexOf("if /i \"%CARBONSIM_CDS%\"==\"off\" goto cdsDone");
        int done = lines.indexOf(":cdsDone");
        assertTrue(off > 0 && done > off, lines.toString());
        assertEquals("set \"CARBONSIM_CDS_OPTS=\"", lines.get(off - 1), "no archive unless one is made or found");
        assertEquals(JAVA_LINE, lines.get(done + 1));
        List<String> archiving = lines.subList(off, done);
        assertTrue(
                archiving.contains("for %%j in (\"%JAVA_EXE%\") do for %%k in (\"%CARBONSIM_JAR%\") do"
                        + " set \"CARBONSIM_ARCHIVE_FOR=%%~fj %%~zj %%~tj %%~zk %%~tk\""),
                "made for the Java's path, size and time and the jar's size and time: " + archiving);
        assertTrue(
                archiving.contains("if exist \"%CARBONSIM_ARCHIVE%\" if"
                        + " \"%CARBONSIM_MADE_FOR%\"==\"CARBONSIM_ARCHIVE_FOR=%CARBONSIM_ARCHIVE_FOR%\" goto cdsMade"),
                "made once: " + archiving);
        assertTrue(
                archiving.contains("(set CARBONSIM_ARCHIVE_FOR>\"%CARBONSIM_TRAINING%.for\") 2>nul || goto cdsDone"),
                "a lib\\ that cannot be written is passed over in silence: " + archiving);
        for (String line : archiving) {
            if (line.startsWith("\"%JAVA_EXE%\"")
                    || line.contains("move ")
                    || line.contains("del ")
                    || line.contains("rd ")) {
                assertTrue(line.endsWith(">nul 2>&1"), "silent: " + line);
            }
            if (line.contains("move ")) {
                assertTrue(line.contains("move /y \"%CARBONSIM_TRAINING%."), "only a finished file is moved: " + line);
            }
        }
        assertTrue(
                archiving.stream()
                        .anyMatch(l -> l.startsWith("if not errorlevel 1 if exist \"%CARBONSIM_TRAINING%.jsa\" move")),
                "a failed training run's archive is not kept: " + archiving);
        assertTrue(
                archiving.contains("if exist \"%CARBONSIM_ARCHIVE%\" set"
                        + " CARBONSIM_CDS_OPTS=\"-XX:SharedArchiveFile=%CARBONSIM_ARCHIVE%\" -Xshare:auto -Xlog:cds=off"
                        + " -Xlog:cds+dynamic=off"),
                "mapped when there is an archive, silently ignored by the JVM when it does not fit: " + archiving);
    }

    @Test
    void everyGotoHasItsLabelAndTheArchiveWritesWindowsLineEnds() throws IOException {
        String text = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        Matcher gotos = Pattern.compile("goto (\\w+)").matcher(text);
        List<String> missing = new ArrayList<>();
        while (gotos.find()) {
            if (!text.contains("\n:" + gotos.group(1) + "\n") && !text.contains("\n:" + gotos.group(1) + "\r\n")) {
                missing.add(gotos.group(1));
            }
        }
        assertEquals(List.of(), missing, "goto without its label");
        String assembly = Files.readString(Path.of("src", "assembly", "dist.xml"), StandardCharsets.UTF_8);
        int at = assembly.indexOf("<source>src/dist/bin/carbonsim.cmd</source>");
        assertTrue(at > 0, "the archive holds the launcher");
        assertTrue(
                assembly.substring(at, assembly.indexOf("</file>", at)).contains("<lineEnding>dos</lineEnding>"),
                "written with CRLF line ends");
    }
}
