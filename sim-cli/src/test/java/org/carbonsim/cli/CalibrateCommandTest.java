package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carbonsim.core.calibration.Moment;
import org.carbonsim.core.calibration.Moments;
import org.carbonsim.core.calibration.Target;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest extends CommandLineTest {
    private static final String SCENARIO = "classroom-ten-firms";
    /** The caps of the two years, t, which set each year's scarcity and so its price and volume. */
    private static final String CAP_2024 = "allocation.cap.byYear[\"2024\"]";

    private static final String CAP_2025 = "allocation.cap.byYear[\"2025\"]";
    /** The scenario's own caps: the known answer θ₀. */
    private static final double[] THETA_0 = {4_735_000, 4_582_000};
    /** The start: 30.3% below θ₀ for the 2024 cap and 30.1% above it for the 2025 cap. */
    private static final String[] START = {"3300000", "5960000"};

    private static final long SEED = 11;
    private static final int RUNS = 4;

    @TempDir
    Path dir;

    /** The moments of the bundled scenario (θ₀) over the calibration's own seeds, written as targets. */
    private Path targetsAtTheta0() throws IOException {
        Scenario scenario = ScenarioFiles.load(SCENARIO);
        List<Target> targets = new ArrayList<>();
        for (int year = 2024; year <= 2025; year++) {
            for (Moment m : Moment.values()) {
                targets.add(new Target(m, year, 0, 1));
            }
        }
        double[] sum = new double[targets.size()];
        int[] defined = new int[targets.size()];
        for (int i = 0; i < RUNS; i++) {
            double[] m = Moments.of(Simulation.run(scenario, Seeds.forReplication(SEED, i)), targets);
            for (int k = 0; k < m.length; k++) {
                if (!Double.isNaN(m[k])) {
                    sum[k] += m[k];
                    defined[k]++;
                }
            }
        }
        StringBuilder csv =
                new StringBuilder("# moments of classroom-ten-firms at its own caps\nmoment,year,value,weight\n");
        for (int k = 0; k < targets.size(); k++) {
            if (defined[k] > 0) {
                csv.append(String.format(
                        Locale.ROOT,
                        "%s,%d,%.10g,1%n",
                        targets.get(k).moment().label(),
                        targets.get(k).year(),
                        sum[k] / defined[k]));
            }
        }
        return Files.writeString(dir.resolve("targets.csv"), csv.toString());
    }

    /** The bundled scenario with the caps moved to the start, as a file. */
    private Path startScenario() throws IOException {
        byte[] bytes = Files.readAllBytes(ScenarioFiles.resolve(SCENARIO));
        String text = ScenarioJson.edited(
                bytes, SCENARIO, List.of(new ScenarioEdit(CAP_2024, START[0]), new ScenarioEdit(CAP_2025, START[1])));
        return Files.writeString(dir.resolve("start.json"), text);
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    @Test
    void recoversKnownCapsFromAStartThirtyPercentAway() throws IOException {
        Path targets = targetsAtTheta0();
        Path start = startScenario();
        Path out = dir.resolve("out");
        int code = run(
                "calibrate",
                start.toString(),
                "--targets",
                targets.toString(),
                "--param",
                CAP_2024 + "=3000000:6500000",
                "--param",
                CAP_2025 + "=3000000:6500000",
                "--runs",
                "" + RUNS,
                "--seed",
                "" + SEED,
                "--budget",
                "80",
                "--threads",
                "2",
                "--out",
                out.toString());
        assertEquals(0, code, err.toString());
        JsonObject calibration = json(out.resolve("calibration.json"));
        JsonArray parameters = calibration.getAsJsonArray("parameters");
        for (int j = 0; j < 2; j++) {
            JsonObject p = parameters.get(j).getAsJsonObject();
            double start0 = p.get("start").getAsDouble();
            assertTrue(Math.abs(start0 - THETA_0[j]) >= 0.30 * THETA_0[j], "the start is 30% away: " + p);
            double fitted = p.get("fitted").getAsDouble();
            JsonElement se = p.get("standard_error");
            double tolerance = Math.max(0.05 * THETA_0[j], se.isJsonNull() ? 0 : se.getAsDouble());
            assertTrue(
                    Math.abs(fitted - THETA_0[j]) <= tolerance,
                    "fitted " + fitted + " vs theta0 " + THETA_0[j] + " (tolerance " + tolerance + "): " + p);
        }
        assertTrue(calibration.getAsJsonArray("trajectory").size() <= 80, "--budget bounds the evaluations");
        Scenario calibrated =
                ScenarioFiles.load(out.resolve("calibrated-scenario.json").toString());
        assertEquals("classroom-ten-firms", calibrated.name());
        assertTrue(Files.size(out.resolve("charts/fit-vwap_cny_per_t.png")) > 0);
        assertTrue(Files.size(out.resolve("charts/fit-vwap_cny_per_t.svg")) > 0);
        assertTrue(Files.size(out.resolve("charts/objective.svg")) > 0);
    }
}
