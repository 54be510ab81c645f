package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.carbonsim.cli.format.JsonText;
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
 * in and out of sample, through {@link JsonText} like the other JSON outputs. Undefined numbers are
 * {@code null}, never 0.
 */
public final class CalibrationFiles {
    static final String FILE = "calibration.json";
    public static final String CALIBRATED_SCENARIO = "calibrated-scenario.json";

    static final String METHOD = "method of simulated moments; CMA-ES (commons-math3) on the parameter box scaled"
            + " to [0, 1], initial step 0.3, default population; the same seeds at every evaluation";
    static final String OBJECTIVE = "sum over the in-sample targets of weight * ((simulated - observed) / scale)^2,"
            + " simulated = the mean over the replications where the moment is defined, scale = max((|simulated| +"
            + " |observed|) / 2, the moment's floor), so each term is at most 4 * weight; a moment undefined in"
            + " every replication adds 4 * weight";

    private CalibrationFiles() {}

    public static void write(CalibrationResult result, String scenario, Calibrator.Settings settings, Path dir)
            throws IOException {
        Files.writeString(dir.resolve(FILE), json(result, scenario, settings), StandardCharsets.UTF_8);
    }

    static String json(CalibrationResult result, String scenario, Calibrator.Settings settings) {
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(scenario);
            json.name("method").string(METHOD);
            json.name("objectiveDefinition").string(OBJECTIVE);
            json.name("runs").number(result.seeds().size());
            json.name("baseSeed").string(Long.toString(result.baseSeed()));
            SweepFiles.seeds(json.name("seeds"), result.seeds());
            json.name("budget").number(settings.budget());
            json.name("evaluations").number(result.evaluations().size());
            json.name("stop").string(result.stop().name().toLowerCase(Locale.ROOT));
            json.name("fitYears").beginLineObject().name("from").number(settings.fitFrom());
            json.name("to").number(settings.fitTo()).endObject();
            json.name("objective").number(number(result.objective()));
            json.name("objectiveOutOfSample").number(number(result.objectiveOutOfSample()));
            json.name("standardErrorMethod").string(result.standardErrorNote());
            json.name("parameters").beginArray();
            for (int j = 0; j < result.parameters().size(); j++) {
                Parameter p = result.parameters().get(j);
                json.beginObject().name("path").string(p.path());
                json.name("low").number(number(p.low()));
                json.name("high").number(number(p.high()));
                json.name("decimals").number(p.decimals());
                json.name("start").number(number(result.start().get(j)));
                json.name("fitted").number(number(result.fitted().get(j)));
                int index = j;
                json.name("standardError")
                        .number(result.standardErrors()
                                .map(e -> number(e.get(index)))
                                .orElse("null"));
                json.name("profile").beginArray();
                for (ProfilePoint point : result.profiles().get(j)) {
                    json.beginLineObject().name("value").number(number(point.value()));
                    json.name("objective").number(number(point.objective())).endObject();
                }
                json.endArray().endObject();
            }
            json.endArray();
            json.name("moments").beginArray();
            for (MomentFit fit : result.moments()) {
                json.beginLineObject()
                        .name("moment")
                        .string(fit.target().moment().label());
                json.name("year").number(fit.target().year());
                json.name("inSample").bool(fit.inSample());
                json.name("observed").number(number(fit.target().value()));
                json.name("weight").number(number(fit.target().weight()));
                json.name("scale").number(number(Objective.scale(fit.target(), fit.simulated())));
                json.name("simulated").number(number(fit.simulated()));
                json.name("simulatedSd").number(number(fit.simulatedSd()));
                json.name("definedRuns").number(fit.definedRuns());
                json.name("deviation").number(number(fit.deviation()));
                json.name("contribution").number(number(fit.contribution())).endObject();
            }
            json.endArray();
            json.name("trajectory").beginArray();
            for (Evaluation e : result.evaluations()) {
                json.beginLineObject().name("evaluation").number(e.index());
                json.name("phase").string(e.phase().name().toLowerCase(Locale.ROOT));
                json.name("values").beginLineArray();
                for (double v : e.values()) {
                    json.number(number(v));
                }
                json.endArray();
                json.name("objective").number(number(e.objective()));
                json.name("best").number(number(e.best())).endObject();
            }
            json.endArray().endObject();
        });
    }

    /** {@code v} as JSON number text (the shortest that reads back as {@code v}), or {@code null} if not finite. */
    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }
}
