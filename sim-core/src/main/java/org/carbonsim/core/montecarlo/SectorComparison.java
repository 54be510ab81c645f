package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * The paired differences of a comparison per year and per sector ({@link PairedFigure}), from the
 * per-sector figures its replications kept. A sector missing from a year of one policy's run (a policy
 * that covers fewer sectors) counts as a sector with nothing in it; a year missing from one policy's run
 * (a shorter policy) pairs with nothing and gives no row. A figure defined in both policies in fewer
 * than 2 replications gives no row either. Stateless.
 */
public final class SectorComparison {
    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::sectorId).thenComparingInt(Key::year);

    private SectorComparison() {}

    private record Key(int year, String sectorId) {}

    /**
     * The figures of one replication by (year, sector), the years it ran (those with sector figures) and
     * its market's figures by year.
     */
    private record Table(Map<Key, SectorFigures> figures, Set<Integer> years, Map<Integer, YearFigures> market) {
        double value(Key key, SectorMetric metric) {
            SectorFigures f = figures.get(key);
            if (f != null) {
                return metric.of(f);
            }
            return years.contains(key.year()) ? metric.of(SectorFigures.none(key.year(), key.sectorId())) : Double.NaN;
        }

        /** {@code metric} of the year {@code key} names; NaN for a year the replication did not run. */
        double value(Key key, YearMetric metric) {
            YearFigures y = market.get(key.year());
            return y == null ? Double.NaN : metric.of(y);
        }
    }

    /**
     * Each policy's differences against the first per year, over all sectors: by policy, year, metric;
     * with block agreement trades in any policy's runs, each year's {@link YearMetric#BLOCK_VOLUME} after
     * the {@link SectorMetric}s.
     */
    public static List<PairedFigure> byYear(List<List<RunMetrics>> runs) {
        return differences(runs, false);
    }

    /** Each policy's differences against the first per sector and year: by policy, sector id, year, metric. */
    public static List<PairedFigure> bySector(List<List<RunMetrics>> runs) {
        return differences(runs, true);
    }

    private static List<PairedFigure> differences(List<List<RunMetrics>> runs, boolean bySector) {
        List<PairedFigure> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        boolean blocks = !bySector
                && YearMetric.listed(runs.stream().flatMap(List::stream).toList())
                        .contains(YearMetric.BLOCK_VOLUME);
        List<Table> baseline = tables(runs.get(0), bySector);
        for (int k = 1; k < runs.size(); k++) {
            List<Table> policy = tables(runs.get(k), bySector);
            if (policy.size() != baseline.size()) {
                throw new IllegalArgumentException(
                        "paired runs differ in number: " + baseline.size() + " and " + policy.size());
            }
            Set<Key> keys = new TreeSet<>(ORDER);
            for (List<Table> tables : List.of(baseline, policy)) {
                for (Table t : tables) {
                    keys.addAll(t.figures().keySet());
                }
            }
            for (Key key : keys) {
                for (SectorMetric metric : SectorMetric.values()) {
                    paired(k, key, metric, (t, x) -> t.value(x, metric), baseline, policy, bySector)
                            .ifPresent(out::add);
                }
                if (blocks) {
                    YearMetric metric = YearMetric.BLOCK_VOLUME;
                    paired(k, key, metric, (t, x) -> t.value(x, metric), baseline, policy, false)
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<PairedFigure> paired(
            int k,
            Key key,
            StudyFigure metric,
            ToDoubleBiFunction<Table, Key> value,
            List<Table> baseline,
            List<Table> policy,
            boolean bySector) {
        double[] d = new double[baseline.size()];
        int n = 0;
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < d.length; i++) {
            double a = value.applyAsDouble(baseline.get(i), key);
            double b = value.applyAsDouble(policy.get(i), key);
            if (Double.isFinite(a) && Double.isFinite(b)) {
                d[n++] = b - a;
                sumA += a;
                sumB += b;
            }
        }
        if (n < 2) {
            return Optional.empty();
        }
        double[] defined = Arrays.copyOf(d, n);
        return Optional.of(new PairedFigure(
                k,
                key.year(),
                bySector ? Optional.of(key.sectorId()) : Optional.empty(),
                metric,
                sumA / n,
                sumB / n,
                Summary.of(defined)));
    }

    private static List<Table> tables(List<RunMetrics> runs, boolean bySector) {
        List<Table> tables = new ArrayList<>(runs.size());
        for (RunMetrics run : runs) {
            Map<Key, SectorFigures> figures = new LinkedHashMap<>();
            Set<Integer> years = new HashSet<>();
            Map<Integer, YearFigures> market = new HashMap<>();
            for (YearFigures y : run.years()) {
                market.put(y.year(), y);
            }
            for (SectorFigures f : run.sectors()) {
                years.add(f.year());
                if (bySector) {
                    figures.put(new Key(f.year(), f.sectorId()), f);
                } else {
                    figures.merge(new Key(f.year(), ""), f, (x, y) -> x.plus(y, ""));
                }
            }
            tables.add(new Table(figures, years, market));
        }
        return tables;
    }
}
