package org.carbonsim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.carbonsim.core.calibration.CalibrationResult;
import org.carbonsim.core.calibration.CalibrationResult.Evaluation;
import org.carbonsim.core.calibration.CalibrationResult.MomentFit;
import org.carbonsim.core.calibration.CalibrationResult.ProfilePoint;
import org.carbonsim.core.calibration.Calibrator;
import org.carbonsim.core.calibration.Objective;
import org.carbonsim.core.calibration.Parameter;

/**
 * Writes {@value #FILE}, the record of a calibration: the method and the objective's definition, the
 * seeds, per parameter its box, start, fitted value, standard error and profile, the objective and
 * its trajectory over every evaluation, and every target's simulated moment against the observed one,
 * in and out of sample. Keys are snake_case; undefined numbers are {@code null}, never 0.
 */
final class CalibrationFiles {
    static final String FILE = "calibration.json";
    static final String CALIBRATED_SCENARIO = "calibrated-scenario.json";

    static final String METHOD = "method of simulated moments; CMA-ES (commons-math3) on the parameter box scaled"
            + " to [0, 1], initial step 0.3, default population; the same seeds at every evaluation";
    static final String OBJECTIVE = "sum over the in-sample targets of weight * ((simulated - observed) / scale)^2,"
            + " simulated = the mean over the replications where the moment is defined, scale = max((|simulated| +"
            + " |observed|) / 2, the moment's floor), so each term is at most 4 * weight; a moment undefined in"
            + " every replication adds 4 * weight";

    private CalibrationFiles() {}

    static void write(CalibrationResult result, String scenario, Calibrator.Settings settings, Path dir)
            throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("scenario", scenario);
        root.addProperty("method", METHOD);
        root.addProperty("objective_definition", OBJECTIVE);
        root.addProperty("runs", result.seeds().size());
        root.addProperty("base_seed", Long.toString(result.baseSeed()));
        JsonArray seeds = new JsonArray();
        result.seeds().forEach(s -> seeds.add(Long.toString(s)));
        root.add("seeds", seeds);
        root.addProperty("budget", settings.budget());
        root.addProperty("evaluations", result.evaluations().size());
        root.addProperty("stop", result.stop().name().toLowerCase(Locale.ROOT));
        JsonObject window = new JsonObject();
        window.addProperty("from", settings.fitFrom());
        window.addProperty("to", settings.fitTo());
        root.add("fit_years", window);
        root.add("objective", number(result.objective()));
        root.add("objective_out_of_sample", number(result.objectiveOutOfSample()));
        root.addProperty("standard_error_method", result.standardErrorNote());
        JsonArray parameters = new JsonArray();
        for (int j = 0; j < result.parameters().size(); j++) {
            Parameter p = result.parameters().get(j);
            JsonObject o = new JsonObject();
            o.addProperty("path", p.path());
            o.add("low", number(p.low()));
            o.add("high", number(p.high()));
            o.addProperty("decimals", p.decimals());
            o.add("start", number(result.start().get(j)));
            o.add("fitted", number(result.fitted().get(j)));
            int index = j;
            o.add(
                    "standard_error",
                    result.standardErrors()
                            .<JsonElement>map(e -> number(e.get(index)))
                            .orElse(JsonNull.INSTANCE));
            JsonArray profile = new JsonArray();
            for (ProfilePoint point : result.profiles().get(j)) {
                JsonObject po = new JsonObject();
                po.add("value", number(point.value()));
                po.add("objective", number(point.objective()));
                profile.add(po);
            }
            o.add("profile", profile);
            parameters.add(o);
        }
        root.add("parameters", parameters);
        JsonArray moments = new JsonArray();
        for (MomentFit fit : result.moments()) {
            JsonObject o = new JsonObject();
            o.addProperty("moment", fit.target().moment().label());
            o.addProperty("year", fit.target().year());
            o.addProperty("in_sample", fit.inSample());
            o.add("observed", number(fit.target().value()));
            o.add("weight", number(fit.target().weight()));
            o.add("scale", number(Objective.scale(fit.target(), fit.simulated())));
            o.add("simulated", number(fit.simulated()));
            o.add("simulated_sd", number(fit.simulatedSd()));
            o.addProperty("defined_runs", fit.definedRuns());
            o.add("deviation", number(fit.deviation()));
            o.add("contribution", number(fit.contribution()));
            moments.add(o);
        }
        root.add("moments", moments);
        JsonArray trajectory = new JsonArray();
        for (Evaluation e : result.evaluations()) {
            JsonObject o = new JsonObject();
            o.addProperty("evaluation", e.index());
            o.addProperty("phase", e.phase().name().toLowerCase(Locale.ROOT));
            JsonArray values = new JsonArray();
            e.values().forEach(v -> values.add(number(v)));
            o.add("values", values);
            o.add("objective", number(e.objective()));
            o.add("best", number(e.best()));
            trajectory.add(o);
        }
        root.add("trajectory", trajectory);
        Provenance.writeJson(dir.resolve(FILE), root);
    }

    private static JsonElement number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }
}
