package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enterprise register must be a regular file: a folder, a pipe or a device named as {@code
 * enterpriseRegister} is one problem at that JSON path naming the file, found before the file is opened
 * (opening a pipe no one writes to would wait forever, and a device reads as an empty register or as
 * 64 MiB of zeros).
 */
class RegisterFileKindTest {
    @TempDir
    Path dir;

    private List<String> problems(String register) {
        String json = TestScenarios.edit("enterpriseRegister", "\"" + register + "\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, "s.json", dir));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aFolderIsRefusedAtItsJsonPath() throws IOException {
        Files.createDirectory(dir.resolve("firms.csv"));
        assertEquals(
                List.of("$.enterpriseRegister: enterprise register " + dir.resolve("firms.csv")
                        + " is a folder, not a CSV file"),
                problems("firms.csv"));
    }

    /**
     * A pipe is refused without being opened. A writer stands ready with a valid register, so that a
     * loader that opened the pipe would read it and succeed, failing this test instead of hanging it.
     */
    @Test
    void aPipeIsRefusedAtItsJsonPathWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("firms.csv");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Thread writer = new Thread(() -> {
            try {
                // WRITE without CREATE: a writer late to start must not leave a regular file in the pipe's place
                Files.writeString(
                        fifo, "id,sector,baseOutput,emissionIntensity\nR1,cement,1000,0.9\n", StandardOpenOption.WRITE);
            } catch (IOException e) {
                // the reader below closed before this wrote: nothing to hand over
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            assertEquals(
                    List.of("$.enterpriseRegister: enterprise register " + fifo
                            + " is a pipe or a device, not a CSV file"),
                    problems("firms.csv"));
        } finally {
            // open for reading and writing at once, which does not wait for a writer, and hold it open until the
            // writer has written and ended: the temporary folder is then deleted with nothing still using it
            try (RandomAccessFile both = new RandomAccessFile(fifo.toFile(), "rw")) {
                both.getFD();
                writer.join(10_000);
            }
        }
    }

    @Test
    void aDeviceIsRefusedAtItsJsonPath() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "no /dev/null on this system");
        assertEquals(
                List.of("$.enterpriseRegister: enterprise register /dev/null is a pipe or a device, not a CSV file"),
                problems("/dev/null"));
    }

    @Test
    void aReaderOfRegularFilesRefusesAPipeOrAFolderNamingIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("d"));
        InputFiles.NotAFile e = assertThrows(InputFiles.NotAFile.class, () -> InputFiles.readRegularFile(folder));
        assertEquals(folder + ": is a folder, not a file", e.getMessage());
        Path fifo = dir.resolve("p");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        e = assertThrows(InputFiles.NotAFile.class, () -> InputFiles.readRegularFile(fifo));
        assertEquals(fifo + ": is a pipe or a device, not a regular file", e.getMessage());
    }

    /** Makes a named pipe at {@code path}; false where the system has no {@code mkfifo}. */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 && !Files.isRegularFile(path) && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
