package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario's optional {@code uncertainty}: the uncertain {@code parameters}, each a JSON path
 * that must name a number in the file and its {@code distribution} ({@code normal}, {@code
 * logNormal}, {@code uniform}, {@code triangular}, {@code beta}, {@code empirical}), and their {@code
 * correlation} matrix, which must be square, unit-diagonal and symmetric. Problems are reported at
 * their JSON paths. Stateless.
 */
final class UncertaintyReader {
    /**
     * The range of a beta distribution's shapes: above a million the quantile function's continued
     * fraction diverges or takes minutes (alpha 1e308 gave no number at all), and a shape that large
     * is a point mass anyway.
     */
    private static final Values.Range BETA_SHAPE = new Values.Range(0, true, 1_000_000, false);

    private static final List<String> DISTRIBUTION_TYPES =
            List.of("normal", "logNormal", "uniform", "triangular", "beta", "empirical");

    private UncertaintyReader() {}

    /**
     * The uncertain inputs of {@code o}, their paths checked against {@code tree}, the whole scenario
     * as read, and the scenario's {@code origin} kept so that a study can load it again with draws
     * written in; {@code null} after a problem.
     */
    static Uncertainty read(Obj o, Problems problems, JsonElement tree, ScenarioSource origin) {
        int before = problems.count();
        List<UncertainParameter> parameters = new ArrayList<>();
        List<JsonElement> list = o.array("parameters", "uncertain inputs");
        for (int i = 0; i < list.size(); i++) {
            int pBefore = problems.count();
            Obj p = Obj.of(list.get(i), Obj.index(o.path("parameters"), i), "an uncertain input", problems);
            String path = p.requiredId("path", "JSON path of a number in this file, \"$.market.initialPrice\"");
            if (problems.count() == pBefore && !JsonPaths.namesNumber(tree, path)) {
                problems.add(
                        p.path("path"),
                        "\"" + path + "\" does not name a number in this file" + JsonPaths.quotedKeyHint(path));
            }
            Distribution distribution =
                    readDistribution(p.requiredObject("distribution", "its distribution"), problems);
            p.finish();
            parameters.add(problems.build(p.path(), pBefore, () -> new UncertainParameter(path, distribution)));
        }
        List<List<Double>> correlation = new ArrayList<>();
        List<JsonElement> rows = o.array("correlation", "correlation matrix");
        int n = parameters.size();
        if (!rows.isEmpty() && rows.size() != n) {
            problems.add(o.path("correlation"), "expected " + n + " rows (one per parameter), got " + rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            String rowPath = Obj.index(o.path("correlation"), r);
            List<JsonElement> cells = Obj.array(rows.get(r), rowPath, "a row", problems);
            if (cells.size() != n && rows.get(r).isJsonArray()) {
                problems.add(rowPath, "expected " + n + " values (one per parameter), got " + cells.size());
            }
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                String cellPath = Obj.index(rowPath, c);
                int cBefore = problems.count();
                double v = Values.number(
                        cells.get(c), cellPath, new Values.Range(-1, false, 1, false), "correlation", problems, 0);
                if (problems.count() == cBefore && r == c && v != 1) {
                    problems.add(cellPath, "expected 1 on the diagonal, got " + Values.describe(cells.get(c)));
                }
                row.add(v);
            }
            correlation.add(row);
        }
        for (int r = 0; r < correlation.size(); r++) {
            for (int c = 0; c < r && c < correlation.get(r).size(); c++) {
                if (c < correlation.size()
                        && r < correlation.get(c).size()
                        && !correlation.get(r).get(c).equals(correlation.get(c).get(r))) {
                    problems.add(
                            Obj.index(Obj.index(o.path("correlation"), r), c),
                            "the matrix must be symmetric: differs from [" + c + "][" + r + "]");
                }
            }
        }
        o.finish();
        return problems.build(
                o.path(),
                before,
                () -> parameters.isEmpty() && correlation.isEmpty()
                        ? Uncertainty.NONE
                        : new Uncertainty(parameters, correlation, Optional.of(origin)));
    }

    private static Distribution readDistribution(Obj o, Problems problems) {
        int before = problems.count();
        String type = o.type("distribution", DISTRIBUTION_TYPES);
        Distribution d = null;
        Values.Range any = Values.Range.ANY;
        if (type != null) {
            switch (type) {
                case "normal": {
                    double mean = o.requiredNumber("mean", any, "", 0);
                    double sd = o.requiredNumber("sd", Values.Range.POSITIVE, "", 1);
                    d = problems.build(o.path(), before, () -> new Distribution.Normal(mean, sd));
                    break;
                }
                case "logNormal": {
                    double mu = o.requiredNumber("mu", any, "mean of the log", 0);
                    double sigma = o.requiredNumber("sigma", Values.Range.POSITIVE, "sd of the log", 1);
                    d = problems.build(o.path(), before, () -> new Distribution.LogNormal(mu, sigma));
                    break;
                }
                case "uniform": {
                    double low = o.requiredNumber("low", any, "", 0);
                    double high = o.requiredNumber("high", any, "", 1);
                    checkHighAboveLow(o, problems, before, low, high);
                    d = problems.build(o.path(), before, () -> new Distribution.Uniform(low, high));
                    break;
                }
                case "triangular": {
                    double low = o.requiredNumber("low", any, "", 0);
                    double mode = o.requiredNumber("mode", any, "", 0.5);
                    double high = o.requiredNumber("high", any, "", 1);
                    if (problems.count() == before && !(low <= mode && mode <= high && low < high)) {
                        problems.add(o.path(), "expected low <= mode <= high and low < high");
                    }
                    d = problems.build(o.path(), before, () -> new Distribution.Triangular(low, mode, high));
                    break;
                }
                case "beta": {
                    double alpha = o.requiredNumber("alpha", BETA_SHAPE, "", 1);
                    double beta = o.requiredNumber("beta", BETA_SHAPE, "", 1);
                    double low = o.number("low", 0, any, "");
                    double high = o.number("high", 1, any, "");
                    checkHighAboveLow(o, problems, before, low, high);
                    d = problems.build(o.path(), before, () -> new Distribution.Beta(alpha, beta, low, high));
                    break;
                }
                default: {
                    JsonElement e = o.required("values", "equally likely values");
                    List<JsonElement> values =
                            e == null ? List.of() : Obj.array(e, o.path("values"), "numbers", problems);
                    if (e != null && e.isJsonArray() && values.isEmpty()) {
                        problems.add(o.path("values"), "expected at least one value, got an empty array");
                    }
                    List<Double> numbers = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        numbers.add(Values.number(values.get(i), Obj.index(o.path("values"), i), any, "", problems, 0));
                    }
                    d = problems.build(o.path(), before, () -> new Distribution.Empirical(numbers));
                    break;
                }
            }
        }
        o.finish();
        return problems.count() > before ? null : d;
    }

    /**
     * Reports {@code high} unless it lies above {@code low}, when the distribution's other numbers
     * (read since {@code before}) have no problem: a uniform or beta distribution needs a support
     * wider than a point, and a problem already reported would make the comparison meaningless.
     */
    private static void checkHighAboveLow(Obj o, Problems problems, int before, double low, double high) {
        if (problems.count() == before && !(high > low)) {
            problems.add(
                    o.path("high"),
                    "expected a number > low " + Values.Range.fmt(low) + ", got " + Values.Range.fmt(high));
        }
    }
}
