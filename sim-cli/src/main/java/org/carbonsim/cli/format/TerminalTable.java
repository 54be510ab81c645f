package org.carbonsim.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text table for the terminal whose columns line up with Chinese text too: a Chinese
 * character takes two columns on a terminal, so widths count display columns, not characters.
 * Not thread-safe.
 */
public final class TerminalTable {
    private static final Pattern FIELD = Pattern.compile("%(-?)(\\d+)s");

    private final List<String> headings;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with {@code headings}; columns named in {@code rightAligned} (by index) are numbers. */
    public TerminalTable(List<String> headings, int... rightAligned) {
        this.headings = List.copyOf(headings);
        this.right = new boolean[headings.size()];
        for (int i : rightAligned) {
            right[i] = true;
        }
    }

    /** Adds a row of as many cells as there are headings. */
    public TerminalTable row(String... cells) {
        if (cells.length != headings.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headings.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The heading line, styled by {@code style}, then one line per row; each line ends with a newline. */
    public String render(TerminalStyle style) {
        int[] widths = new int[headings.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headings.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder(style.header(line(headings, widths))).append('\n');
        for (List<String> row : rows) {
            out.append(line(row, widths)).append('\n');
        }
        return out.toString();
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append("  ");
            }
            s.append(pad(cells.get(i), widths[i], right[i]));
        }
        return s.toString().stripTrailing();
    }

    /**
     * Headings laid out as {@code format} lays out a row ({@code %-6s} left-aligned in 6 columns,
     * {@code %10s} right-aligned in 10; other text as it is), counting display columns, so the
     * Chinese headings line up with the rows {@code String.format} writes under them.
     *
     * @param format the rows' format, of {@code %Ns} and {@code %-Ns} fields only
     * @param headings the headings, separated by {@code |}
     */
    public static String format(String format, String headings) {
        String[] texts = headings.split("\\|");
        Matcher field = FIELD.matcher(format);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (field.find()) {
            String text = i < texts.length ? texts[i++] : "";
            field.appendReplacement(
                    out,
                    Matcher.quoteReplacement(pad(
                            text,
                            Integer.parseInt(field.group(2)),
                            field.group(1).isEmpty())));
        }
        field.appendTail(out);
        return out.toString();
    }

    /** {@code text} padded with spaces to {@code width} display columns, on the left if {@code right}. */
    public static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - width(text)));
        return right ? spaces + text : text + spaces;
    }

    /** The columns {@code text} takes on a terminal: two for each East Asian wide character. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    /** Whether code point {@code c} is East Asian wide: Chinese, Japanese, Korean and full-width forms. */
    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
