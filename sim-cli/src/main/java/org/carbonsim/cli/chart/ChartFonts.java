package org.carbonsim.cli.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The Debian package whose fonts draw Chinese, named in the warning. */
    public static final String CJK_PACKAGE = "fonts-noto-cjk";

    /**
     * Whether a font can draw a text, as {@link Font#canDisplayUpTo(String)}: the index of the first
     * character it cannot draw, or -1. A seam, so that tests can stand in for the installed fonts.
     */
    @FunctionalInterface
    public interface Glyphs {
        int canDisplayUpTo(String text);
    }

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

    /**
     * The warning to print before drawing {@code text} when it holds Chinese, Japanese or Korean
     * characters that {@code glyphs} cannot draw (they would come out as boxes), or empty. Other
     * missing glyphs are left alone: the charts' own text is Latin or Chinese.
     */
    public static Optional<String> missingCjkWarning(String text, Glyphs glyphs) {
        StringBuilder cjk = new StringBuilder();
        text.codePoints().filter(ChartFonts::isCjk).distinct().forEach(cjk::appendCodePoint);
        if (cjk.length() == 0) {
            return Optional.empty();
        }
        int missing = glyphs.canDisplayUpTo(cjk.toString());
        if (missing < 0) {
            return Optional.empty();
        }
        String example = new String(Character.toChars(cjk.codePointAt(missing)));
        return Optional.of(
                "carbonsim: warning: no installed font can display the Chinese text in the charts (such as \""
                        + example
                        + "\"), which will show as boxes; install a CJK font (Debian and Ubuntu: apt-get install "
                        + CJK_PACKAGE + ")");
    }

    /**
     * Characters of the charts' own text with a plain stand-in: the minus sign of "policy − baseline",
     * the multiplication sign, dashes and comparison signs.
     */
    private static final Map<Integer, String> STAND_INS =
            Map.of(0x2212, "-", 0x00D7, "x", 0x2013, "-", 0x2014, "-", 0x2264, "<=", 0x2265, ">=", 0x00B1, "+/-");

    /**
     * {@code text} with each character {@code glyphs} cannot draw replaced by its plain stand-in where
     * it has one, so that a machine whose font lacks the minus sign shows "-" and not a box; {@code
     * text} itself when every character can be drawn.
     */
    static String drawable(String text, Glyphs glyphs) {
        if (glyphs.canDisplayUpTo(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            String standIn = STAND_INS.get(c);
            out.append(standIn != null && glyphs.canDisplayUpTo(character) >= 0 ? standIn : character);
        });
        return out.toString();
    }

    /** As {@link #missingCjkWarning(String, Glyphs)} with the charts' own font. */
    public static Optional<String> missingCjkWarning(String text) {
        return missingCjkWarning(text, plain(12f)::canDisplayUpTo);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        // full-width punctuation such as （）：，, which Latin fonts lack too
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
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
