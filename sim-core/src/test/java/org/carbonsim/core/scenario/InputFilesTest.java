package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileUpToTheCapIsReadWholeAndOneByteMoreIsRefusedNamingTheFileAndTheCap() throws IOException {
        Path file = dir.resolve("s.json");
        byte[] ten = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(file, ten);
        assertArrayEquals(ten, InputFiles.readAll(file, 10, "10 bytes"));
        InputFiles.TooLarge e = assertThrows(InputFiles.TooLarge.class, () -> InputFiles.readAll(file, 9, "9 bytes"));
        assertEquals(file + ": is larger than 9 bytes, the most carbonsim reads from an input file", e.getMessage());
    }

    @Test
    void aSparseFileLargerThanTheCapIsRefusedByItsSizeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(InputFiles.MAX_BYTES + 1);
        }
        InputFiles.TooLarge e = assertThrows(InputFiles.TooLarge.class, () -> InputFiles.readAll(file));
        assertEquals(
                file + ": is larger than " + InputFiles.MAX_SHOWN + ", the most carbonsim reads from an input file",
                e.getMessage());
        assertEquals(64L * 1024 * 1024, InputFiles.MAX_BYTES, "the documented cap");
    }

    @Test
    void aDeviceWithoutASizeIsCutOffAtTheCapWhileReading() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        assertThrows(InputFiles.TooLarge.class, () -> InputFiles.readAll(zero, 3 << 20, "3 MiB"));
    }

    @Test
    void aScenarioLargerThanTheCapIsOneProblemNamingTheFileAndTheCap() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(InputFiles.MAX_BYTES + 1);
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioSource.read(file));
        assertEquals(
                file + ": is larger than 64 MiB, the most carbonsim reads from an input file",
                e.problems().get(0).toString());
        assertEquals(1, e.problems().size());
    }
}
