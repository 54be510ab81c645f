package org.carbonsim.core.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key and array element of a JSON text starts, by the JSON path the loader reports
 * problems at ({@code $.sectors[2].allocation}, {@code $.cap.byYear["2024"]}), so that a problem can
 * name the line and column an editor jumps to. A member is found at its key, an array element at
 * its value, the document at its first value. Built only for a text {@link StrictJson} has read
 * without problems, and only when the loader has something to report.
 */
final class JsonPositions {
    private final String text;
    private final Map<String, Position> byPath = new HashMap<>();
    private int at;
    private int line = 1;
    private int lineStart;
    /** The offset up to which {@link #column} has counted the characters of the current line. */
    private int countedTo;
    /** The column of {@link #countedTo}. */
    private int column = 1;

    /** A 1-based line and column (in characters, as editors and {@link StrictJson} count them). */
    record Position(int line, int column) {}

    private JsonPositions(String text) {
        this.text = text;
    }

    /** The positions of every key and element of {@code text}, which must be well-formed JSON. */
    static JsonPositions of(String text) {
        JsonPositions positions = new JsonPositions(text);
        positions.skipSpace();
        if (positions.at < text.length()) {
            positions.byPath.put("$", positions.here());
            positions.value("$");
        }
        return positions;
    }

    /**
     * The position of {@code path}, or of the nearest enclosing key or element the text has when the
     * path names something absent (a missing key is reported where its object is); null when the
     * path is not one of this text's.
     */
    Position find(String path) {
        Position exact = byPath.get(path);
        if (exact != null) {
            return exact;
        }
        for (int end = path.length() - 1; end > 0; end--) {
            char c = path.charAt(end);
            if (c == '.' || c == '[') {
                Position enclosing = byPath.get(path.substring(0, end));
                if (enclosing != null) {
                    return enclosing;
                }
            }
        }
        return null;
    }

    /**
     * {@code problem} with the position of its JSON path, unless it has none in this text or its
     * path lies in a value an edit put there ({@code --set}): that value is not in the file.
     */
    Problem locate(Problem problem, List<ScenarioEdit> edits) {
        String path = problem.location();
        if (!path.startsWith("$") || problem.line() > 0) {
            return problem;
        }
        for (ScenarioEdit edit : edits) {
            if (within(path, edit.path())) {
                return problem;
            }
        }
        Position p = find(path);
        return p == null ? problem : problem.at(p.line(), p.column());
    }

    private static boolean within(String path, String outer) {
        return path.startsWith(outer)
                && (path.length() == outer.length()
                        || path.charAt(outer.length()) == '.'
                        || path.charAt(outer.length()) == '['
                        || path.charAt(outer.length()) == ' ');
    }

    private void value(String path) {
        char c = text.charAt(at);
        if (c == '{') {
            object(path);
        } else if (c == '[') {
            array(path);
        } else if (c == '"') {
            string();
        } else {
            while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
        }
    }

    private void object(String path) {
        at++;
        skipSpace();
        while (at < text.length() && text.charAt(at) != '}') {
            Position key = here();
            String child = Obj.child(path, string());
            byPath.putIfAbsent(child, key);
            skipSpace();
            at++; // the colon
            skipSpace();
            value(child);
            skipSeparator();
        }
        at++;
    }

    private void array(String path) {
        at++;
        skipSpace();
        int index = 0;
        while (at < text.length() && text.charAt(at) != ']') {
            String child = Obj.index(path, index++);
            byPath.put(child, here());
            value(child);
            skipSeparator();
        }
        at++;
    }

    /** Reads the string at {@link #at} (its opening quote) and returns it unescaped. */
    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** Skips the space and the comma, if any, after a member or element. */
    private void skipSeparator() {
        skipSpace();
        if (at < text.length() && text.charAt(at) == ',') {
            at++;
            skipSpace();
        }
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            // a carriage return alone ends a line too (an old Mac file), as in StrictJson and in editors
            if (c == '\n' || (c == '\r' && (at + 1 == text.length() || text.charAt(at + 1) != '\n'))) {
                line++;
                lineStart = at + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            at++;
        }
    }

    /**
     * The position of {@link #at}, its column counted in characters (code points) as editors count it:
     * an emoji before it on the line takes two UTF-16 units but one column. Counted on from the last
     * position asked for on the same line, since {@link #at} only moves forward, so that a long line of
     * many keys is not counted over again for each.
     */
    private Position here() {
        if (countedTo < lineStart) {
            countedTo = lineStart;
            column = 1;
        }
        column += Character.codePointCount(text, countedTo, at);
        countedTo = at;
        return new Position(line, column);
    }
}
