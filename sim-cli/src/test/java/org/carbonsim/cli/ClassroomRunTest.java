package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom runs the engine of {@code run}: a session on classroom-ten-firms (two years, several
 * strategies) with no student seated, driven through the classroom's pauses, saves a folder
 * whose every file but run.json and the output marker (which name the command) equals {@code run
 * --trades} with the same seed, byte for byte.
 */
class ClassroomRunTest extends CommandLineTest {
    @TempDir
    Path dir;

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .filter(p -> !p.toString().equals(Provenance.FILE)
                            && !p.toString().equals(OutputFolder.MARKER))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aSessionWithoutHumanOrdersSavesTheFolderOfRun() throws IOException {
        Path runFolder = dir.resolve("run");
        assertEquals(
                0,
                run("run", "classroom-ten-firms", "--trades", "--lang", "en", "--quiet", "--out", "" + runFolder),
                err.toString());
        Path classFolder = dir.resolve("classroom");
        Room room = ClassroomFixture.room("classroom-ten-firms", 3, 1, classFolder, true, new PrintWriter(err));
        room.runWithoutPausing();
        assertEquals(Room.Status.FINISHED, room.status(), room.failure());

        List<Path> expected = files(runFolder);
        assertEquals(expected, files(classFolder), "the same files");
        for (Path file : expected) {
            assertArrayEquals(
                    Files.readAllBytes(runFolder.resolve(file)),
                    Files.readAllBytes(classFolder.resolve(file)),
                    file + " differs between run and the classroom");
        }
        String enterprises = Files.readString(classFolder.resolve("enterprises.csv"));
        assertTrue(
                enterprises.contains("\n2024,CEM-1,Cement plant 1,cement,"),
                "the saved session names each enterprise beside its id: " + enterprises);
    }
}
