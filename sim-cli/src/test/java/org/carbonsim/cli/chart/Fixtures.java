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

    /**
     * The tiny Monte Carlo folder copied into {@code target} as a study of a market with block agreement
     * trades: day {@code i}'s block volume quantiles are {@code 100 × i} (p5) to {@code 100 × i + 40}
     * (p95), and a {@code year-stats.csv} gives 2030 a mean volume of 10,000 t, 2,500 t of it in blocks
     * (95% CI 2,000 to 3,000 t).
     */
    public static Path monteCarloWithBlocks(Path target) throws IOException {
        withColumns(
                MONTE_CARLO,
                target,
                "bands.csv",
                ",block_volume_p5_t,block_volume_p25_t,block_volume_p50_t,block_volume_p75_t,block_volume_p95_t",
                i -> "," + 100 * i + "," + (100 * i + 10) + "," + (100 * i + 20) + "," + (100 * i + 30) + ","
                        + (100 * i + 40));
        Files.writeString(
                target.resolve("year-stats.csv"),
                "year,metric,unit,n,mean,sd,ci95_low,ci95_high,p50\n"
                        + "2030,vwap,cny_per_t,4,40,1,39,41,40\n"
                        + "2030,volume,t,4,10000,100,9900,10100,10000\n"
                        + "2030,block_volume,t,4,2500,300,2000,3000,2500\n",
                StandardCharsets.UTF_8);
        return target;
    }

    /** The names of the files of a fixture folder. */
    public static List<String> files(String name) throws IOException {
        try (Stream<Path> files = Files.list(folder(name))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
