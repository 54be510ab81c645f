package org.carbonsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled scenario files of the checkout a benchmark runs in: its {@code scenarios} folder, found
 * from the working folder or one of its parents, so the benchmarks measure the files users run.
 * Stateless.
 */
final class CheckoutScenarios {
    private CheckoutScenarios() {}

    /** {@code scenarios/<name>.json} of the checkout. */
    static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("scenarios").resolve(name + ".json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("scenarios/" + name + ".json not found from "
                + Path.of("").toAbsolutePath() + "; run the benchmark from the carbonsim checkout");
    }
}
