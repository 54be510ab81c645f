package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link ScenarioFiles#resolve} finds the scenario a user names: a bundled scenario is the
 * resource's bytes, read through the class loader and never through a file system opened over the
 * jar; a file on disk comes before a bundled name, and a name with a folder separator is a path.
 */
class ScenarioFilesTest extends CommandLineTest {
    @TempDir
    Path dir;

    private static byte[] resource(String fileName) throws IOException {
        try (InputStream in =
                ScenarioFiles.class.getClassLoader().getResourceAsStream(ScenarioFiles.RESOURCE_FOLDER + fileName)) {
            assertTrue(in != null, fileName + " is bundled");
            return in.readAllBytes();
        }
    }

    @Test
    void aBundledScenarioIsItsResourceBytesWithOrWithoutJson() throws IOException {
        for (String name : BundledScenarios.names()) {
            byte[] expected = resource(name + ".json");
            for (String argument : List.of(name, name + ".json")) {
                NamedScenario scenario = ScenarioFiles.resolve(argument);
                assertTrue(scenario.isBundled(), argument);
                assertTrue(scenario.file().isEmpty(), argument);
                assertEquals(argument, scenario.argument());
                assertEquals(name, scenario.location(), argument + ": run.json's \"bundled\"");
                assertArrayEquals(expected, scenario.bytes(), argument);
                assertEquals(
                        name,
                        scenario.source(StandardCharsets.UTF_8).load(List.of()).name(),
                        argument + " loads");
            }
        }
    }

    @Test
    void aFileOnDiskComesBeforeABundledName() throws IOException {
        Path file = Path.of("classroom-two-firms");
        Assumptions.assumeFalse(Files.exists(file), "a file named classroom-two-firms in the working folder");
        byte[] tenFirms = ScenarioFiles.resolve("classroom-ten-firms").bytes();
        Files.write(file, tenFirms);
        try {
            NamedScenario scenario = ScenarioFiles.resolve("classroom-two-firms");
            assertFalse(scenario.isBundled());
            assertEquals(file, scenario.file().orElseThrow());
            assertEquals(file.toAbsolutePath().normalize().toString(), scenario.location());
            assertArrayEquals(tenFirms, scenario.bytes());
            assertEquals(
                    "classroom-ten-firms",
                    ScenarioFiles.load("classroom-two-firms").name());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aNameWithAFolderSeparatorIsAPath() {
        for (String argument : List.of("./classroom-two-firms", "nowhere/classroom-two-firms.json", "x\\hubei-pilot")) {
            NamedScenario scenario = ScenarioFiles.resolve(argument);
            assertFalse(scenario.isBundled(), argument);
            assertEquals(Path.of(argument), scenario.file().orElseThrow(), argument);
            UserInputException e = assertThrows(UserInputException.class, () -> ScenarioFiles.load(argument));
            assertEquals(argument + ": file not found", e.getMessage());
        }
    }

    @Test
    void anUnknownNameListsTheBundledOnesClosestFirst() {
        UserInputException e =
                assertThrows(UserInputException.class, () -> ScenarioFiles.resolve("classrom-two-firms"));
        assertTrue(
                e.getMessage()
                        .startsWith("classrom-two-firms: no such file, and no bundled scenario of that name;"
                                + " bundled scenarios: classroom-two-firms, "),
                e.getMessage());
    }

    @Test
    void onlyTheScenariosTheIndexListsAreBundledNames() {
        // the resource folder also holds the schema and a targets table, which are not scenarios
        for (String name : List.of("scenario.schema", "scenario.schema.json", "hubei-pilot-targets.csv", "index.txt")) {
            UserInputException e = assertThrows(UserInputException.class, () -> ScenarioFiles.resolve(name), name);
            assertTrue(
                    e.getMessage().startsWith(name + ": no such file, and no bundled scenario of that name;"),
                    e.getMessage());
        }
        assertEquals(ExitCodes.BAD_INPUT, run("validate", "scenario.schema"));
        assertTrue(
                err.toString().startsWith("scenario.schema: no such file, and no bundled scenario of that name;"),
                err.toString());
    }

    @Test
    void aBundledScenariosProblemsAreNamedAsTheUserNamedIt() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioFiles.load(
                        "classroom-two-firms", List.of(new ScenarioEdit("market.tick", "-1")), StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("classroom-two-firms"), e.getMessage());
        assertFalse(e.getMessage().contains(ScenarioFiles.RESOURCE_FOLDER), e.getMessage());
    }

    @Test
    void aRegisterSetOnABundledScenarioIsLookedForInTheWorkingFolder() throws IOException {
        Path missing = Path.of("").toAbsolutePath().resolve("no-such-register.csv");
        Assumptions.assumeFalse(Files.exists(missing));
        assertEquals(
                ExitCodes.BAD_INPUT,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "enterpriseRegister=no-such-register.csv",
                        "--quiet",
                        "--out",
                        dir.resolve("out").toString()));
        assertEquals(
                "carbonsim: --set enterpriseRegister=no-such-register.csv: $.enterpriseRegister: enterprise register "
                        + missing + " not found\n",
                err.toString().replace(System.lineSeparator(), "\n"));

        // a register that exists is read, wherever it is, and an output folder may not replace it
        Path register = dir.resolve("firms.csv");
        Files.writeString(register, "id,sector\nA,steel\n");
        List<ScenarioEdit> edit = List.of(new ScenarioEdit("enterpriseRegister", register.toString()));
        assertEquals(
                List.of("classroom-two-firms", register.toString()),
                ScenarioFiles.inputs("classroom-two-firms", List.of(edit)));
        assertEquals(List.of("classroom-two-firms"), ScenarioFiles.inputs("classroom-two-firms"));
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> ScenarioFiles.load("classroom-two-firms", edit, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains(register + ":1:1: missing required column"), e.getMessage());
    }

    /**
     * Loads {@link ScenarioFiles} from a jar of this module's classes, as {@code carbonsim.jar} runs,
     * and checks that finding a bundled scenario there opens no file system over the jar (a zip file
     * system costs a short run tens of milliseconds).
     */
    @Test
    void aBundledScenarioInAJarIsReadWithoutAFileSystemOverTheJar() throws Exception {
        Path classes = Path.of(ScenarioFiles.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Assumptions.assumeTrue(Files.isDirectory(classes), "the tests run from a folder of classes");
        Path jar = dir.resolve("carbonsim-classes.jar");
        jarOf(classes, jar);
        URI jarUri = URI.create("jar:" + jar.toUri());
        try (JarFirstLoader loader = new JarFirstLoader(jar.toUri().toURL(), ScenarioFiles.class.getClassLoader())) {
            Class<?> files = Class.forName(ScenarioFiles.class.getName(), true, loader);
            assertEquals(loader, files.getClassLoader(), "ScenarioFiles comes from the jar");
            Object scenario = files.getMethod("resolve", String.class).invoke(null, "classroom-two-firms");
            Method bytes = scenario.getClass().getMethod("bytes");
            assertArrayEquals(resource("classroom-two-firms.json"), (byte[]) bytes.invoke(scenario));
            assertTrue(loader.getResource(ScenarioFiles.RESOURCE_FOLDER + "classroom-two-firms.json")
                    .toString()
                    .startsWith("jar:"));
        }
        assertThrows(
                FileSystemNotFoundException.class,
                () -> FileSystems.getFileSystem(jarUri),
                "a zip file system was opened over " + jar);
    }

    private static void jarOf(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    /** Loads carbonsim's command-line classes and resources from one jar, everything else as usual. */
    private static final class JarFirstLoader extends URLClassLoader {
        private static final String PACKAGE = "org.carbonsim.cli.";

        JarFirstLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
