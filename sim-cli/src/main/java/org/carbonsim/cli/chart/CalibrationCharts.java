package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;
import org.carbonsim.core.calibration.Moment;

/**
 * The charts of a calibration folder ({@code calibration.json}) as data: per moment, the observed
 * value and the simulated mean (with ± 1 s.d. across the replications) per year, so that a reader sees
 * where the fit holds and how it does out of sample; and the objective over the evaluations with the
 * best so far.
 */
public final class CalibrationCharts {
    static final String FILE = "calibration.json";

    private CalibrationCharts() {}

    /** Whether {@code dir} holds a calibration's files. */
    public static boolean isCalibrationFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /** One fit chart per moment in the targets, in the moments' order, then the objective's trajectory. */
    public static List<ChartData> all(Path dir) throws IOException {
        return all(dir, Lang.EN);
    }

    /** As {@link #all(Path)}, titles, axes and legends in {@code lang}. */
    public static List<ChartData> all(Path dir, Lang lang) throws IOException {
        Path json = dir.resolve(FILE);
        // named by its path as the command was given it, as every command names the files it reads
        String file = json.toString();
        JsonObject root = JsonFiles.readObject(json);
        String scenario = JsonFiles.string(root, file, "scenario");
        JsonObject window = object(root, file, "fitYears");
        String fitted = (int) JsonFiles.number(window, file, "from", false) + "-"
                + (int) JsonFiles.number(window, file, "to", false);
        Map<String, List<JsonObject>> byMoment = new LinkedHashMap<>();
        for (JsonObject o : objects(root, file, "moments")) {
            byMoment.computeIfAbsent(JsonFiles.string(o, file, "moment"), k -> new ArrayList<>())
                    .add(o);
        }
        List<ChartData> charts = new ArrayList<>();
        for (Moment moment : Moment.values()) {
            List<JsonObject> rows = byMoment.get(moment.label());
            if (rows != null) {
                charts.add(fit(moment, rows, file, scenario, fitted, lang));
            }
        }
        charts.add(trajectory(objects(root, file, "trajectory"), file, scenario, lang));
        return charts;
    }

    /** A moment's axis label, with its unit, in {@code lang}. */
    static String axisLabel(Moment moment, Lang lang) {
        Text label =
                switch (moment) {
                    case VWAP -> Text.of(moment.axisLabel(), "成交量加权均价（元/吨）");
                    case VOLUME -> Text.of(moment.axisLabel(), "成交量（吨）");
                    case TURNOVER -> Text.of(moment.axisLabel(), "成交额（元）");
                    case LAST20_VOLUME_SHARE -> Text.of(moment.axisLabel(), "最后 20 个交易日的成交量占比");
                    case LOG_RETURN_SD -> Text.of(moment.axisLabel(), "日对数收益率标准差");
                    case LIMIT_HIT_SHARE -> Text.of(moment.axisLabel(), "触及涨跌停的交易日占比");
                    case COMPLIANCE_RATE -> Text.of(moment.axisLabel(), "履约率");
                };
        return label.in(lang);
    }

    private static ChartData fit(
            Moment moment, List<JsonObject> rows, String file, String scenario, String fitted, Lang lang) {
        Map<Integer, JsonObject> byYear = new TreeMap<>();
        for (JsonObject o : rows) {
            byYear.put((int) JsonFiles.number(o, file, "year", false), o);
        }
        List<Point> observed = new ArrayList<>();
        List<Point> simulated = new ArrayList<>();
        List<Point> low = new ArrayList<>();
        List<Point> high = new ArrayList<>();
        for (Map.Entry<Integer, JsonObject> e : byYear.entrySet()) {
            JsonObject o = e.getValue();
            double mean = JsonFiles.number(o, file, "simulated", true);
            double sd = JsonFiles.number(o, file, "simulatedSd", true);
            observed.add(Point.of(e.getKey(), JsonFiles.number(o, file, "observed", false)));
            simulated.add(Point.of(e.getKey(), mean));
            low.add(Point.of(e.getKey(), mean - sd));
            high.add(Point.of(e.getKey(), mean + sd));
        }
        String label = axisLabel(moment, lang);
        return new ChartData(
                "fit-" + moment.label(),
                label
                        + lang.pick(": observed and simulated, fitted on ", "：观测值与模拟值，拟合年份 ")
                        + fitted
                        + lang.pick(": ", "：")
                        + scenario,
                Kind.YEARS,
                lang.pick("Year", "年份"),
                label,
                "",
                List.of(
                        new Series(lang.pick("Observed", "观测值"), Style.BAR, false, Palette.VOLUME, observed),
                        new Series(lang.pick("Simulated mean", "模拟均值"), Style.LINE, false, Palette.PRICE, simulated),
                        new Series(
                                lang.pick("Simulated - 1 s.d.", "模拟值 - 1 个标准差"),
                                Style.DASHED,
                                false,
                                Palette.RANGE,
                                low),
                        new Series(
                                lang.pick("Simulated + 1 s.d.", "模拟值 + 1 个标准差"),
                                Style.DASHED,
                                false,
                                Palette.RANGE,
                                high)),
                List.of());
    }

    private static ChartData trajectory(List<JsonObject> evaluations, String file, String scenario, Lang lang) {
        List<Point> objective = new ArrayList<>();
        List<Point> best = new ArrayList<>();
        for (JsonObject o : evaluations) {
            double x = JsonFiles.number(o, file, "evaluation", false);
            objective.add(Point.of(x, JsonFiles.number(o, file, "objective", true)));
            best.add(Point.of(x, JsonFiles.number(o, file, "best", true)));
        }
        return new ChartData(
                "objective",
                lang.pick("Calibration objective by evaluation: ", "校准目标函数（按评估次序）：") + scenario,
                Kind.DAYS,
                lang.pick("Evaluation", "评估次序"),
                lang.pick("Objective (weighted squared relative deviations)", "目标函数（加权相对偏差平方和）"),
                "",
                List.of(
                        new Series(lang.pick("Objective", "目标函数"), Style.DASHED, false, Palette.RANGE, objective),
                        new Series(lang.pick("Best so far", "迄今最优"), Style.LINE, false, Palette.PRICE, best)),
                List.of());
    }

    private static JsonObject object(JsonObject o, String file, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonObject()) {
            throw new UserInputException(file + ":1: missing object \"" + field + "\"");
        }
        return e.getAsJsonObject();
    }

    /** The objects of the array {@code field}: a hand-edited file may hold anything there. */
    private static List<JsonObject> objects(JsonObject o, String file, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonArray()) {
            throw new UserInputException(file + ":1: missing array \"" + field + "\"");
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonElement element : e.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                throw new UserInputException(
                        file + ":1: \"" + field + "\"[" + objects.size() + "]: expected an object, got " + element);
            }
            objects.add(element.getAsJsonObject());
        }
        return objects;
    }
}
