package org.carbonsim.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.ShockModel;
import org.carbonsim.core.model.TechnologyStep;

/**
 * Generates the enterprises of a sector for studies without a register. Each population draws, from
 * a {@link SplittableRandom} seeded by the scenario's seed and the population's index, for each of
 * its {@code count} enterprises: yearly emissions from a log-normal distribution with the given
 * median and sigma (of the log), an emission intensity as the given intensity times a log-normal
 * factor with the given spread, and optionally a spread of abatement costs. Output is emissions ÷
 * intensity; energy use is emissions × {@code energyPerTonne}. Verified history for the
 * {@code historyYears} years before the start follows the trend growth backwards. The same file
 * always gives the same enterprises.
 */
final class Populations {
    /** t of coal equivalent per t CO2e: the inverse of about 2.66 t CO2 per tce of coal. */
    static final double DEFAULT_TCE_PER_TONNE = 0.376;

    private Populations() {}

    static void read(ScenarioLoader loader, Obj o, int index) {
        Problems problems = loader.problems();
        int before = problems.count();
        String sectorId = o.requiredId("sector", "sector id");
        String unit = sectorId.isEmpty() ? null : loader.sectorUnit(sectorId, o.path("sector"));
        unit = unit == null ? "product units" : unit;
        int count = (int) o.requiredInteger("count", 1, 100_000, "enterprises");
        String prefix = o.string("idPrefix", "prefix of generated ids", sectorId.toUpperCase(Locale.ROOT));
        String namePrefix = o.string("namePrefix", "prefix of generated names", prefix);
        double median = o.requiredNumber("medianEmissions", new Values.Range(0, true, 1e12, false), "t CO2e a year", 1);
        double sigma = o.number("emissionsSigma", 1, new Values.Range(0, false, 5, false), "sd of log emissions");
        double intensity =
                o.requiredNumber("emissionIntensity", new Values.Range(0, true, 1e6, false), "tCO2e per " + unit, 1);
        double spread = o.number("intensitySpread", 0.1, new Values.Range(0, false, 2, false), "sd of log intensity");
        double tcePerTonne = o.number(
                "energyPerTonne", DEFAULT_TCE_PER_TONNE, new Values.Range(0, false, 100, false), "tce per t CO2e");
        double growth = o.number("growthRate", 0, new Values.Range(-1, true, 10, false), "growth per year, 0.02 = 2%");
        ShockModel shock = o.enumeration("shockModel", ShockModel.class, ShockModel.NONE);
        double shockSd = o.number("shockSd", 0, new Values.Range(0, false, 10, false), "standard deviation, 0.05 = 5%");
        double heat = o.number("heatRatio", 0, new Values.Range(0, false, 1e6, false), "GJ per " + unit);
        int days = (int) o.integer("operatingDays", 365, 1, 366, "days a year");
        AbatementCurve curve = o.has("abatement")
                ? loader.readCurve(o.object("abatement", "abatement cost curve"))
                : AbatementCurve.none();
        double costSpread = o.number(
                "abatementCostSpread", 0, new Values.Range(0, false, 2, false), "sd of log of the cost multiplier");
        int historyYears = (int) o.integer("historyYears", 3, 0, 50, "years of generated history");
        int opening = o.has("openingYear") ? o.year("openingYear", Enterprise.ALWAYS_OPEN) : Enterprise.ALWAYS_OPEN;
        int closure = o.has("closureYear") ? o.year("closureYear", Enterprise.NEVER_CLOSES) : Enterprise.NEVER_CLOSES;
        if (problems.count() == before && closure < opening) {
            problems.add(o.path("closureYear"), "closure year " + closure + " is before opening year " + opening);
        }
        o.finish();
        if (problems.count() > before) {
            return;
        }
        SplittableRandom random = new SplittableRandom(mix(loader.seed(), index));
        int startYear = loader.startYear();
        int width = Math.max(3, Integer.toString(count).length());
        for (int i = 0; i < count; i++) {
            double emissions = median * Math.exp(sigma * gaussian(random));
            double firmIntensity = intensity * Math.exp(spread * gaussian(random));
            double costFactor = costSpread == 0 ? 1 : Math.exp(costSpread * gaussian(random));
            double output = emissions / firmIntensity;
            double energyIntensity = firmIntensity * tcePerTonne;
            List<HistoryYear> history = new ArrayList<>();
            for (int y = startYear - historyYears; y < startYear; y++) {
                double historicOutput = output / Math.pow(1 + growth, (startYear - 1) - y);
                history.add(new HistoryYear(
                        y,
                        historicOutput,
                        Math.round(historicOutput * firmIntensity),
                        Math.round(historicOutput * energyIntensity)));
            }
            String number = String.format(Locale.ROOT, "%0" + width + "d", i + 1);
            String id = prefix + "-" + number;
            loader.noteEnterpriseId(id);
            try {
                Enterprise e = new Enterprise(
                        id,
                        namePrefix + " " + number,
                        sectorId,
                        new OutputProcess(startYear - 1, output, growth, shock, shockSd),
                        firmIntensity,
                        energyIntensity,
                        heat,
                        days,
                        scaled(curve, costFactor),
                        opening,
                        closure,
                        history);
                int problemsBefore = problems.count();
                loader.addEnterprise(e, o.path() + " (" + id + ")", o.path("idPrefix"));
                if (problems.count() > problemsBefore) {
                    return; // the population's other firms would repeat the same problem
                }
            } catch (IllegalArgumentException e) {
                problems.add(o.path(), String.valueOf(e.getMessage()));
                return;
            }
        }
    }

    /** A seed for population {@code index} of a scenario with base seed {@code seed} (SplitMix64 finaliser). */
    static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A standard normal draw by Box–Muller, so the stream is fixed by this code, not by the JDK. */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static AbatementCurve scaled(AbatementCurve curve, double factor) {
        if (factor == 1) {
            return curve;
        }
        if (curve instanceof AbatementCurve.Linear linear) {
            return new AbatementCurve.Linear(Math.round(linear.maxCostFen() * factor), linear.maxShare());
        }
        if (curve instanceof AbatementCurve.Quadratic quadratic) {
            return new AbatementCurve.Quadratic(Math.round(quadratic.maxCostFen() * factor), quadratic.maxShare());
        }
        AbatementCurve.Steps steps = (AbatementCurve.Steps) curve;
        List<TechnologyStep> scaled = new ArrayList<>();
        for (TechnologyStep step : steps.steps()) {
            scaled.add(new TechnologyStep(
                    step.name(),
                    Math.round(step.costFenPerTonne() * factor),
                    step.abatementShare(),
                    step.leadTimeYears()));
        }
        return new AbatementCurve.Steps(scaled);
    }
}
