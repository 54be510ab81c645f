package org.carbonsim.core.csv;

/**
 * Finds where a record's quoting breaks, for the message: Commons CSV names the line of a broken
 * quote but not a usable column, so the record's text is scanned again with the RFC 4180 rules.
 */
final class QuoteProblem {
    private QuoteProblem() {}

    /**
     * {@code file:line:column: problem} for the first quoting error in {@code text}, the text from
     * the start of a record on {@code firstLine}; {@code null} if it has none.
     */
    static String locate(String text, String source, long firstLine) {
        String problem = problem(text, source, firstLine);
        return problem == null || !startsWithHash(text) ? problem : problem + NO_COMMENTS;
    }

    /**
     * Said after a quoting error in a record that starts with {@code #}: a note the user meant as a
     * comment, whose quote the rules read as opening a field. Without it the message spoke of quotes only,
     * where a {@code #} line without quotes is told that comments are not allowed (in an order log, an
     * enterprise register).
     */
    static final String NO_COMMENTS =
            "; comments are not allowed (a line starting with # is read as a record, and its quote as opening a"
                    + " quoted field)";

    /** Whether {@code text}'s first field starts with {@code #}, after spaces and tabs, as a comment would. */
    private static boolean startsWithHash(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '#';
    }

    private static String problem(String text, String source, long firstLine) {
        long line = firstLine;
        long column = 1;
        boolean fieldStart = true;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        long quoteLine = 0;
        long quoteColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                        column++;
                    } else {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                }
            } else if (c == ',') {
                fieldStart = true;
                afterClosingQuote = false;
            } else if (c == '\r' || c == '\n') {
                return null;
            } else if (afterClosingQuote && !Character.isWhitespace(c)) {
                return source + ":" + line + ":" + column + ": unexpected character after the closing quote of a"
                        + " quoted field (a quote inside a quoted field must be doubled: \"\")";
            } else if (c == '"' && fieldStart) {
                quoted = true;
                quoteLine = line;
                quoteColumn = column;
            }
            if (c != ',') {
                fieldStart = false;
            }
            if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return quoted
                ? source + ":" + quoteLine + ":" + quoteColumn
                        + ": a quoted field that starts here is never closed (unterminated quote)"
                : null;
    }
}
