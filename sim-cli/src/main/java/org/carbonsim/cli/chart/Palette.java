package org.carbonsim.cli.chart;

import java.awt.Color;
import java.util.List;

/**
 * The one colour palette of every chart and of the report: a colour-blind-friendly qualitative set
 * (Okabe and Ito) with names for the roles charts give them. A {@link ChartData.Series} holds an
 * index into {@link #COLOURS}.
 */
public final class Palette {
    /** The colours, in order. */
    public static final List<Color> COLOURS = List.of(
            new Color(0x0072B2), // 0 blue
            new Color(0xE69F00), // 1 orange
            new Color(0x009E73), // 2 green
            new Color(0xD55E00), // 3 vermilion
            new Color(0xCC79A7), // 4 purple
            new Color(0x56B4E9), // 5 sky blue
            new Color(0xF0E442), // 6 yellow
            new Color(0x7F7F7F), // 7 grey
            new Color(0x332288), // 8 indigo
            new Color(0x44AA99), // 9 teal
            new Color(0x882255), // 10 wine
            new Color(0x999933), // 11 olive
            new Color(0x117733), // 12 dark green
            new Color(0xAA4499), // 13 magenta
            new Color(0x88CCEE), // 14 pale cyan
            new Color(0xDDCC77), // 15 sand
            new Color(0x661100), // 16 brown
            new Color(0x6699CC)); // 17 steel blue

    /** Prices, the median of a fan, the main series. */
    public static final int PRICE = 0;
    /** Reference values: the equilibrium price, a monthly total. */
    public static final int REFERENCE = 1;
    /** Volumes and quantities traded. */
    public static final int VOLUME = 2;
    /** Deadlines, shortfalls, penalties: what goes wrong. */
    public static final int ALERT = 3;
    /** Government action: interventions, auctions, the reserve. */
    public static final int POLICY = 4;
    /** Ranges around the main series. */
    public static final int RANGE = 5;
    /** Limits and grid lines. */
    public static final int LIMIT = 7;

    /** The page's background, the plots' background and the grid. */
    public static final Color BACKGROUND = Color.WHITE;

    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);

    private Palette() {}

    /** The colour of index {@code i}, cycling. */
    public static Color colour(int i) {
        return COLOURS.get(Math.floorMod(i, COLOURS.size()));
    }

    /**
     * The colour for the {@code i}-th category of a stacked chart (sectors), skipping the colours of
     * alerts and of policy, which such charts use for the auction and the reserve.
     */
    public static int category(int i) {
        int[] order = {0, 1, 2, 5, 9, 8, 11, 10, 6, 12, 13, 14, 15, 16, 17, 7};
        return order[Math.floorMod(i, order.length)];
    }

    /** {@code c} as CSS {@code #rrggbb}. */
    public static String css(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
