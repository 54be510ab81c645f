package org.carbonsim.cli.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * The font family of the charts: the first installed of a few fonts that have Chinese glyphs, so that
 * Chinese sector and scenario names render, or the logical {@code SansSerif} when none is installed.
 */
public final class ChartFonts {
    /** The families tried, in order. */
    public static final List<String> CANDIDATES = List.of(
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
            "PingFang SC",
            "SimHei",
            "Droid Sans Fallback");

    private static volatile String family;

    private ChartFonts() {}

    /** The chosen family. */
    public static String family() {
        String f = family;
        if (f == null) {
            f = choose(Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            family = f;
        }
        return f;
    }

    /** The first of {@link #CANDIDATES} in {@code installed}, or {@code SansSerif}. */
    static String choose(Set<String> installed) {
        for (String candidate : CANDIDATES) {
            if (installed.contains(candidate)) {
                return candidate;
            }
        }
        return Font.SANS_SERIF;
    }

    /**
     * The CSS font-family list for an SVG text in {@code family}: that family, then the CJK-capable
     * candidates and {@code sans-serif}, so that a browser without the family still finds Chinese glyphs.
     * Double quotes only, since the SVG puts the list in a single-quoted attribute.
     */
    public static String cssFamilies(String family) {
        StringBuilder css = new StringBuilder();
        if (!family.equals(Font.SANS_SERIF) && !family.equals(Font.DIALOG)) {
            css.append('"').append(family.replace("\"", "")).append("\", ");
        }
        for (String candidate : List.of("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei")) {
            if (!candidate.equals(family)) {
                css.append('"').append(candidate).append("\", ");
            }
        }
        return css.append("sans-serif").toString();
    }

    /** A plain font of the chosen family. */
    public static Font plain(float size) {
        return new Font(family(), Font.PLAIN, 1).deriveFont(size);
    }

    /** A bold font of the chosen family. */
    public static Font bold(float size) {
        return new Font(family(), Font.BOLD, 1).deriveFont(size);
    }
}
