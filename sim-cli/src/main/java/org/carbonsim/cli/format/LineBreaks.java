package org.carbonsim.cli.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of terminal prose breaks: at a space, or between two characters of which one is East
 * Asian wide (Chinese has no spaces), but never inside a run of other characters, so that a file name
 * ({@code report.html}), a JSON path ({@code market.initialPrice}) or a folder ({@code out/runs/})
 * stays whole. Java's line breaker, which picocli uses, breaks after a dot or a slash. Widths count
 * terminal columns, two for a wide character; a run wider than a whole line stays whole on its own.
 */
public final class LineBreaks {
    /** Characters no line starts with: closing punctuation, Chinese and ASCII. */
    private static final String CLOSING = "，。、；：！？）」』】〉》”’,.;:!?)]}>%";

    /** Characters no line ends with: opening punctuation, Chinese and ASCII. */
    private static final String OPENING = "（「『【〈《“‘([{<";

    private LineBreaks() {}

    /** One line of a text: the characters from {@code start} to {@code end}, spaces at the break left out. */
    public record Line(int start, int end) {}

    /**
     * The lines of {@code text}, the first at most {@code firstColumns} wide and the others at most
     * {@code columns}; spaces the text starts with stay on its first line, one line for empty text.
     */
    public static List<Line> lines(String text, int firstColumns, int columns) {
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        int lineEnd = 0;
        int lineWidth = 0;
        boolean empty = true;
        boolean spaceBefore = false;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                spaceBefore = true;
                i++;
                continue;
            }
            int unitEnd = endOfUnit(text, i);
            int width = TerminalTable.width(text.substring(i, unitEnd));
            int room = lines.isEmpty() ? firstColumns : columns;
            if (empty) {
                lineWidth = (lines.isEmpty() ? i : 0) + width;
                lineStart = lines.isEmpty() ? 0 : i;
                empty = false;
            } else if (lineWidth + (spaceBefore ? 1 : 0) + width > room) {
                lines.add(new Line(lineStart, lineEnd));
                lineStart = i;
                lineWidth = width;
            } else {
                lineWidth += (spaceBefore ? 1 : 0) + width;
            }
            lineEnd = unitEnd;
            spaceBefore = false;
            i = unitEnd;
        }
        lines.add(empty ? new Line(0, 0) : new Line(lineStart, lineEnd));
        return lines;
    }

    /** The lines of {@code text} at most {@code columns} wide, as strings. */
    public static List<String> wrap(String text, int columns) {
        return lines(text, columns, columns).stream()
                .map(line -> text.substring(line.start(), line.end()))
                .toList();
    }

    /** The terminal columns {@code text} takes: two for an East Asian wide character. */
    public static int columns(String text) {
        return TerminalTable.width(text);
    }

    /** The end of the unbreakable run of characters that starts at {@code start}. */
    private static int endOfUnit(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && text.charAt(end) != ' ') {
            int next = text.codePointAt(end);
            if (breaksBetween(text.codePointBefore(end), next)) {
                break;
            }
            end += Character.charCount(next);
        }
        return end;
    }

    private static boolean breaksBetween(int before, int after) {
        return (TerminalTable.isWide(before) || TerminalTable.isWide(after))
                && CLOSING.indexOf(after) < 0
                && OPENING.indexOf(before) < 0;
    }
}
