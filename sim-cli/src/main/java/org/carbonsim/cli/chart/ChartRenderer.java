package org.carbonsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Marker;
import org.carbonsim.cli.chart.ChartData.MarkerKind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ChartData} with JFreeChart: as a PNG at twice the nominal size (so 1600x900 pixels
 * for the 800x450 charts) or as SVG. Fonts from {@link ChartFonts}, colours from {@link Palette}.
 */
public final class ChartRenderer {
    /** The nominal width of a chart. */
    public static final int WIDTH = 800;
    /** The nominal height of a chart. */
    public static final int HEIGHT = 450;
    /** The PNG's pixels per nominal unit. */
    public static final int PNG_SCALE = 2;

    private static final Stroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED =
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
    private static final Stroke THIN = new BasicStroke(0.8f);
    private static final Stroke THIN_DASHED =
            new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 3f}, 0f);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // rotated labels (the y axes) as text rather than glyph outlines, so that the SVG holds them as
        // text a browser can select, a screen reader can read and the report's test can find; the
        // workaround was for rotated-text bugs of JDKs long gone
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartRenderer() {}

    /** The chart of {@code data} as a JFreeChart, its marker legend in English. */
    public static JFreeChart chart(ChartData data) {
        return chart(data, Lang.EN);
    }

    /**
     * The chart of {@code data} as a JFreeChart, its marker legend in {@code lang}; a character of its
     * text the font cannot draw is drawn as its plain stand-in ({@link ChartFonts#drawable}).
     */
    public static JFreeChart chart(ChartData chartData, Lang lang) {
        ChartFonts.Glyphs glyphs = ChartFonts.plain(12f)::canDisplayUpTo;
        ChartData data = chartData.withText(text -> ChartFonts.drawable(text, glyphs));
        Plot plot = data.kind() == Kind.DAYS ? xyPlot(data, lang) : categoryPlot(data);
        openFlatAxes(plot);
        JFreeChart chart = new JFreeChart(data.title(), ChartFonts.bold(16f), plot, true);
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setPaint(Palette.TEXT);
        title.setPadding(new RectangleInsets(8, 8, 4, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartFonts.plain(11f));
        legend.setItemPaint(Palette.TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(data.series().size() > 6 ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        return chart;
    }

    /**
     * Gives an axis whose data are one value a range of its own. JFreeChart widens such an axis only to
     * its minimum size of 1e-8, so a year without penalties or shortfalls (every classroom run) drew its
     * compliance chart on axes from -5E-9 to 5E-9, the zero line floating in the middle: an axis holding
     * only zeros runs from 0 to 1 (from -1 to 1 where it need not include 0), and one holding a single
     * other value spans 10% of it on either side where JFreeChart would not already take it to 0.
     */
    static void openFlatAxes(Plot plot) {
        if (plot instanceof ValueAxisPlot values) {
            int count = plot instanceof XYPlot xy ? xy.getRangeAxisCount() : ((CategoryPlot) plot).getRangeAxisCount();
            for (int a = 0; a < count; a++) {
                ValueAxis axis = plot instanceof XYPlot xy ? xy.getRangeAxis(a) : ((CategoryPlot) plot).getRangeAxis(a);
                if (axis instanceof NumberAxis number) {
                    openFlatAxis(number, values.getDataRange(number));
                }
            }
        }
    }

    private static void openFlatAxis(NumberAxis axis, Range data) {
        if (data == null || data.getLength() >= axis.getAutoRangeMinimumSize()) {
            return;
        }
        double value = data.getCentralValue();
        if (value == 0) {
            axis.setRange(axis.getAutoRangeIncludesZero() ? 0 : -1, 1);
        } else if (!axis.getAutoRangeIncludesZero()) {
            double half = Math.abs(value) / 10;
            axis.setRange(value - half, value + half);
        }
    }

    /** A PNG of {@code chart} at {@link #PNG_SCALE} times the nominal size. */
    public static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(PNG_SCALE, PNG_SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * The {@code <svg>} element of {@code chart}, with a view box so that it scales, and ids prefixed
     * with {@code id} so that several can share one HTML page.
     */
    public static String svgElement(JFreeChart chart, String id) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(ChartFonts::cssFamilies);
        g.setGeomDoubleConverter(ChartRenderer::shortNumber);
        g.setTransformDoubleConverter(ChartRenderer::shortNumber);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** {@code v} with at most two decimals, so that SVG paths stay small. */
    static String shortNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A standalone SVG document of {@code chart}. */
    public static String svgDocument(JFreeChart chart, String id) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(chart, id) + "\n";
    }

    private static void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(ChartFonts.plain(12f));
        axis.setTickLabelFont(ChartFonts.plain(11f));
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelPaint(Palette.TEXT);
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(new RootTickUnits(false));
        axis.setAutoRangeIncludesZero(false);
        styleAxis(axis);
        return axis;
    }

    private static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static XYPlot xyPlot(ChartData data, Lang lang) {
        List<Double> starts = new ArrayList<>();
        List<String> years = new ArrayList<>();
        double end = 0;
        for (Marker m : data.markers()) {
            if (m.kind() == MarkerKind.YEAR) {
                starts.add(m.x());
                years.add(m.label());
            } else if (m.kind() == MarkerKind.DEADLINE) {
                end = Math.max(end, m.x() + 1);
            }
        }
        NumberAxis x =
                starts.isEmpty() ? new NumberAxis(data.xLabel()) : new YearTickAxis(data.xLabel(), starts, years, end);
        styleAxis(x);
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(new RootTickUnits(true));
        x.setMinorTickMarksVisible(true);
        NumberAxis y = numberAxis(data.yLabel());
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(0, y);
        boolean right = data.series().stream().anyMatch(Series::rightAxis);
        if (right) {
            NumberAxis y2 = numberAxis(data.y2Label());
            plot.setRangeAxis(1, y2);
        }
        basePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        boolean barsAtZero = false;
        Map<Double, Double> stackTops = new HashMap<>();
        int i = 0;
        for (Series s : data.series()) {
            Color colour = Palette.colour(s.colour());
            switch (s.style()) {
                case RANGE -> {
                    YIntervalSeries series = new YIntervalSeries(s.name(), false, true);
                    for (Point p : s.points()) {
                        series.add(p.x(), (p.y() + p.y2()) / 2, p.y(), p.y2());
                    }
                    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
                    dataset.addSeries(series);
                    DeviationRenderer renderer = new DeviationRenderer(false, false);
                    renderer.setSeriesFillPaint(0, colour);
                    renderer.setSeriesPaint(0, colour);
                    renderer.setAlpha(0.28f);
                    plot.setDataset(i, dataset);
                    plot.setRenderer(i, renderer);
                }
                case BAR, STACKED -> {
                    IntervalXYDataset dataset =
                            s.style() == Style.STACKED ? stacked(s, stackTops) : new XYSeriesCollection(xySeries(s));
                    XYBarRenderer renderer = new XYBarRenderer(0.15);
                    renderer.setUseYInterval(s.style() == Style.STACKED);
                    renderer.setBarPainter(new StandardXYBarPainter());
                    renderer.setShadowVisible(false);
                    renderer.setDrawBarOutline(false);
                    renderer.setSeriesPaint(0, colour);
                    plot.setDataset(i, dataset);
                    plot.setRenderer(i, renderer);
                    barsAtZero |= !s.rightAxis();
                }
                default -> {
                    XYSeriesCollection dataset = new XYSeriesCollection(xySeries(s));
                    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
                    renderer.setSeriesPaint(0, colour);
                    renderer.setSeriesStroke(0, s.style() == Style.DASHED ? DASHED : LINE);
                    renderer.setDrawSeriesLineAsPath(true);
                    plot.setDataset(i, dataset);
                    plot.setRenderer(i, renderer);
                }
            }
            plot.mapDatasetToRangeAxis(i, s.rightAxis() ? 1 : 0);
            i++;
        }
        if (barsAtZero) {
            y.setAutoRangeIncludesZero(true);
        }
        if (right) {
            ((NumberAxis) plot.getRangeAxis(1)).setAutoRangeIncludesZero(true);
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int d = 0; d < data.series().size(); d++) {
            Series s = data.series().get(d);
            if (s.style() == Style.RANGE) {
                legend.add(new LegendItem(s.name(), alpha(Palette.colour(s.colour()), 90)));
            } else {
                legend.addAll(plot.getRenderer(d).getLegendItems());
            }
        }
        boolean deadlines = false;
        boolean interventions = false;
        boolean spans = false;
        for (Marker m : data.markers()) {
            switch (m.kind()) {
                case YEAR -> plot.addDomainMarker(
                        new ValueMarker(m.x(), Palette.GRID.darker(), THIN), Layer.BACKGROUND);
                case DEADLINE -> {
                    plot.addDomainMarker(
                            new ValueMarker(m.x(), Palette.colour(Palette.ALERT), THIN_DASHED), Layer.FOREGROUND);
                    deadlines = true;
                }
                case INTERVENTION -> {
                    ValueMarker marker = new ValueMarker(m.x(), Palette.colour(Palette.POLICY), THIN);
                    plot.addDomainMarker(marker, Layer.FOREGROUND);
                    interventions = true;
                }
                case SPAN -> {
                    IntervalMarker marker = new IntervalMarker(m.x(), m.x2());
                    marker.setPaint(alpha(Palette.colour(Palette.ALERT), 30));
                    marker.setOutlinePaint(null);
                    plot.addDomainMarker(marker, Layer.BACKGROUND);
                    spans = true;
                }
                default -> throw new IllegalStateException();
            }
        }
        if (deadlines) {
            legend.add(
                    lineLegend(lang.pick("Compliance deadline", "履约截止日"), Palette.colour(Palette.ALERT), THIN_DASHED));
        }
        if (interventions) {
            legend.add(lineLegend(lang.pick("Intervention", "政府干预"), Palette.colour(Palette.POLICY), THIN));
        }
        if (spans) {
            LegendItem item =
                    new LegendItem(lang.pick("Deadline month", "履约前一个月"), alpha(Palette.colour(Palette.ALERT), 60));
            legend.add(item);
        }
        for (int k = 0; k < legend.getItemCount(); k++) {
            legend.get(k).setLabelFont(ChartFonts.plain(11f));
        }
        plot.setFixedLegendItems(legend);
        return plot;
    }

    private static LegendItem lineLegend(String label, Color colour, Stroke stroke) {
        LegendItem item = new LegendItem(
                label,
                null,
                null,
                null,
                false,
                new Rectangle2D.Double(-4, -4, 8, 8),
                false,
                colour,
                false,
                colour,
                stroke,
                true,
                new java.awt.geom.Line2D.Double(-8, 0, 8, 0),
                stroke,
                colour);
        return item;
    }

    /**
     * A {@link Style#STACKED} series over days as bars from the tops of the stacked series before it
     * ({@code tops}, by x, which it raises), each a day wide as the plain bars are.
     */
    private static IntervalXYDataset stacked(Series s, Map<Double, Double> tops) {
        YIntervalSeries series = new YIntervalSeries(s.name(), false, true);
        for (Point p : s.points()) {
            if (!Double.isNaN(p.y())) {
                double base = tops.getOrDefault(p.x(), 0.0);
                series.add(p.x(), base + p.y(), base, base + p.y());
                tops.put(p.x(), base + p.y());
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection() {
            private static final long serialVersionUID = 1L;

            @Override
            public Number getStartX(int seriesIndex, int item) {
                return getXValue(seriesIndex, item) - 0.5;
            }

            @Override
            public Number getEndX(int seriesIndex, int item) {
                return getXValue(seriesIndex, item) + 0.5;
            }
        };
        dataset.addSeries(series);
        return dataset;
    }

    private static XYSeries xySeries(Series s) {
        XYSeries series = new XYSeries(s.name(), false, true);
        for (Point p : s.points()) {
            series.add(p.x(), Double.isNaN(p.y()) ? null : p.y());
        }
        return series;
    }

    private static void basePlot(Plot plot) {
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    }

    private static CategoryPlot categoryPlot(ChartData data) {
        CategoryAxis x = new CategoryAxis(data.xLabel());
        styleAxis(x);
        x.setCategoryMargin(0.25);
        if (data.kind() == Kind.POINTS) {
            x.setMaximumCategoryLabelLines(4);
            if (data.pointLabels().size() > 8) {
                x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
            }
        }
        NumberAxis y = numberAxis(data.yLabel());
        y.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(0, y);
        if (data.series().stream().anyMatch(Series::rightAxis)) {
            NumberAxis y2 = numberAxis(data.y2Label());
            y2.setAutoRangeIncludesZero(true);
            plot.setRangeAxis(1, y2);
        }
        basePlot(plot);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // one dataset per (style group, axis): bars side by side, stacks stacked, lines on top
        Map<String, List<Series>> groups = new LinkedHashMap<>();
        for (Series s : data.series()) {
            String group =
                    switch (s.style()) {
                        case STACKED -> "stacked";
                        case BAR -> "bar";
                        case WHISKER, WHISKER_LINE -> "whisker";
                        default -> "line";
                    };
            groups.computeIfAbsent(group + (s.rightAxis() ? "-right" : "-left"), k -> new ArrayList<>())
                    .add(s);
        }
        int d = 0;
        for (Map.Entry<String, List<Series>> e : groups.entrySet()) {
            if (e.getKey().startsWith("whisker")) {
                whiskers(data, plot, d++, e.getValue(), e.getKey().endsWith("-right") ? 1 : 0);
                continue;
            }
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            for (Series s : e.getValue()) {
                for (Point p : s.points()) {
                    int index = (int) Math.round(p.x());
                    String category =
                            data.kind() == Kind.POINTS ? data.pointLabels().get(index) : Integer.toString(index);
                    dataset.addValue(Double.isNaN(p.y()) ? null : p.y(), s.name(), category);
                }
            }
            org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer;
            if (e.getKey().startsWith("stacked") || e.getKey().startsWith("bar")) {
                BarRenderer bars = e.getKey().startsWith("stacked") ? new StackedBarRenderer() : new BarRenderer();
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.05);
                bars.setMaximumBarWidth(0.12);
                renderer = bars;
            } else {
                LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
                renderer = lines;
            }
            for (int k = 0; k < e.getValue().size(); k++) {
                Series s = e.getValue().get(k);
                renderer.setSeriesPaint(k, Palette.colour(s.colour()));
                renderer.setSeriesStroke(k, s.style() == Style.DASHED ? DASHED : LINE);
            }
            renderer.setDefaultLegendTextFont(ChartFonts.plain(11f));
            plot.setDataset(d, dataset);
            plot.setRenderer(d, renderer);
            plot.mapDatasetToRangeAxis(d, e.getKey().endsWith("-right") ? 1 : 0);
            d++;
        }
        return plot;
    }

    /**
     * Dot-and-whisker series as dataset {@code d}: each point's mean (the middle of its interval) as a
     * dot and the interval as a whisker, series side by side within a category, and a line at 0 so
     * that a difference whose interval excludes 0 shows at a glance (the axis includes 0 anyway).
     */
    private static void whiskers(ChartData data, CategoryPlot plot, int d, List<Series> series, int axis) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        for (Series s : series) {
            for (Point p : s.points()) {
                int index = (int) Math.round(p.x());
                String category =
                        data.kind() == Kind.POINTS ? data.pointLabels().get(index) : Integer.toString(index);
                boolean defined = !Double.isNaN(p.y()) && !Double.isNaN(p.y2());
                dataset.add(
                        defined ? (p.y() + p.y2()) / 2 : null,
                        defined ? (p.y2() - p.y()) / 2 : null,
                        s.name(),
                        category);
            }
        }
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true);
        renderer.setUseSeriesOffset(true);
        renderer.setItemMargin(0.3);
        renderer.setErrorIndicatorStroke(LINE);
        for (int k = 0; k < series.size(); k++) {
            renderer.setSeriesPaint(k, Palette.colour(series.get(k).colour()));
            renderer.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesLinesVisible(k, series.get(k).style() == Style.WHISKER_LINE);
            renderer.setSeriesStroke(k, LINE);
        }
        renderer.setDefaultLegendTextFont(ChartFonts.plain(11f));
        plot.setDataset(d, dataset);
        plot.setRenderer(d, renderer);
        plot.mapDatasetToRangeAxis(d, axis);
        plot.addRangeMarker(new ValueMarker(0, Palette.TEXT, THIN), Layer.BACKGROUND);
    }
}
