package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The release archive's scenario folder ({@code src/assembly/dist.xml}) holds every file of the
 * repository's {@code scenarios/} that a user reads or names on the command line: the scenarios, their
 * notes, the index, the replay examples and the calibration targets the notes' commands use.
 */
class ReleaseArchiveTest {
    /** The scenarios module's own build files, which are not for users. */
    private static final Set<String> BUILD_FILES = Set.of("pom.xml", "src", "target");

    @Test
    void everyFileOfTheScenariosFolderIsInTheArchive() throws IOException {
        String assembly = Files.readString(Path.of("src", "assembly", "dist.xml"), StandardCharsets.UTF_8);
        int at = assembly.indexOf("<directory>${project.basedir}/../scenarios</directory>");
        String fileSet = assembly.substring(at, assembly.indexOf("</fileSet>", at));
        List<PathMatcher> includes = new ArrayList<>();
        Matcher include = Pattern.compile("<include>([^<]+)</include>").matcher(fileSet);
        while (include.find()) {
            includes.add(FileSystems.getDefault().getPathMatcher("glob:" + include.group(1)));
        }
        Path scenarios = Path.of("..", "scenarios");
        List<String> left = new ArrayList<>();
        try (Stream<Path> files = Files.walk(scenarios)) {
            files.filter(Files::isRegularFile)
                    .map(scenarios::relativize)
                    .filter(file -> !BUILD_FILES.contains(file.getName(0).toString()))
                    .filter(file -> includes.stream().noneMatch(m -> m.matches(file)))
                    .forEach(file -> left.add(file.toString()));
        }
        assertEquals(List.of(), left, "files of scenarios/ the release archive leaves out");
    }
}
