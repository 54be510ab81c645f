package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The build rewrites picocli's classes from class-file version 49, which Java 17's class-data sharing
 * does not archive, to 52 (src/build/java/org/carbonsim/build/PicocliClassFiles.java), so that the
 * launcher's archive maps them at start-up. The classes the tests and the jar load are those.
 */
class PicocliClassFilesTest {
    @Test
    void picocliClassesHaveAVersionClassDataSharingArchives() throws IOException {
        assumeTrue(
                Object.class.getModule().getPackages().contains("jdk.internal.org.objectweb.asm"),
                "this JDK has no ASM copy to rewrite them with; the build copies them unchanged");
        for (Class<?> type : List.of(
                CommandLine.class,
                CommandLine.Model.CommandSpec.class,
                CommandLine.Help.class,
                CommandLine.RunLast.class)) {
            assertEquals(52, majorVersion(type), type.getName());
        }
    }

    private static int majorVersion(Class<?> type) throws IOException {
        String file = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            byte[] header = in.readNBytes(8);
            return ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        }
    }
}
