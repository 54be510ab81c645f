package org.carbonsim.cli.chart;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** The hand-written output folders under src/test/resources/org/carbonsim/cli/chart. */
public final class Fixtures {
    /** The tiny run folder: two years of twelve days, two sectors (one with a Chinese name). */
    public static final String RUN = "tiny-run";
    /** The tiny Monte Carlo folder: ten days of bands. */
    public static final String MONTE_CARLO = "tiny-montecarlo";
    /** The scenario name of both, with characters that need escaping in HTML. */
    public static final String SCENARIO = "tiny <b>\"A&B\"</b> 湖北";

    private Fixtures() {}

    /** The fixture folder {@code name} on the test class path. */
    public static Path folder(String name) {
        try {
            return Path.of(
                            Fixtures.class.getResource(name + "/summary.json") != null
                                    ? Fixtures.class
                                            .getResource(name + "/summary.json")
                                            .toURI()
                                    : Fixtures.class
                                            .getResource(name + "/montecarlo.json")
                                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture folder {@code name} into {@code target}, which must not exist. */
    public static Path copy(String name, Path target) throws IOException {
        Path source = folder(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /**
     * Copies the fixture folder {@code name} into {@code target}, {@code file} of it with {@code
     * columns} (a header's cells, from its comma) appended to its header and {@code row.apply(i)} to
     * its {@code i}-th row (from 0): a variant of a fixture with a scenario's optional columns.
     */
    public static Path withColumns(String name, Path target, String file, String columns, IntFunction<String> row)
            throws IOException {
        copy(name, target);
        Path csv = target.resolve(file);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> longer = new ArrayList<>();
        longer.add(lines.get(0) + columns);
        for (int i = 1; i < lines.size(); i++) {
            longer.add(lines.get(i) + row.apply(i - 1));
        }
        Files.write(csv, longer, StandardCharsets.UTF_8);
        return target;
    }

    /** The names of the files of a fixture folder. */
    public static List<String> files(String name) throws IOException {
        try (Stream<Path> files = Files.list(folder(name))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
