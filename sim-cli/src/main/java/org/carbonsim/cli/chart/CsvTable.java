package org.carbonsim.cli.chart;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.UserInputException;

/**
 * A CSV file of an output folder read back: a header and rows, each row knowing its line number, so
 * that every problem is reported as {@code file:line: what}. Fields may be quoted as the writers quote
 * them (a quote doubled inside quotes).
 */
public final class CsvTable {
    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        this.rows = rows;
    }

    /** Reads {@code path}, which must hold at least the {@code required} columns. */
    public static CsvTable read(Path path, String... required) throws IOException {
        String name = path.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UserInputException(path + ": missing file");
        } catch (CharacterCodingException e) {
            throw new UserInputException(path + ": not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as spreadsheets write
        }
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new UserInputException(name + ":1: missing header line");
        }
        List<String> header = split(name, 1, lines[0]);
        for (String column : required) {
            if (!header.contains(column)) {
                throw new UserInputException(name + ":1: missing column " + column);
            }
        }
        CsvTable table = new CsvTable(name, header, new ArrayList<>());
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            List<String> fields = split(name, i + 1, lines[i]);
            if (fields.size() != header.size()) {
                throw new UserInputException(
                        name + ":" + (i + 1) + ": expected " + header.size() + " fields, found " + fields.size());
            }
            table.rows.add(table.new Row(i + 1, fields));
        }
        return table;
    }

    private static List<String> split(String file, int line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UserInputException(file + ":" + line + ": unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    /** The rows after the header. */
    public List<Row> rows() {
        return rows;
    }

    /** Whether the header has {@code column}. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The header's column names in order. */
    public List<String> header() {
        String[] names = new String[columns.size()];
        columns.forEach((k, v) -> names[v] = k);
        return List.of(names);
    }

    /** A row and its line number in the file. */
    public final class Row {
        private final int line;
        private final List<String> fields;

        Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        /** The 1-based line number. */
        public int line() {
            return line;
        }

        /** The raw fields. */
        public List<String> fields() {
            return fields;
        }

        /** The text of {@code column}. */
        public String text(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new UserInputException(file + ":1: missing column " + column);
            }
            return fields.get(i);
        }

        /** The number in {@code column}; NaN when empty and {@code emptyIsNaN}. */
        public double number(String column, boolean emptyIsNaN) {
            String text = text(column).trim();
            if (text.isEmpty() && emptyIsNaN) {
                return Double.NaN;
            }
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UserInputException(
                    file + ":" + line + ": column " + column + ": expected a number, found \"" + text + "\"");
        }

        /** The number in {@code column}, which must be present. */
        public double number(String column) {
            return number(column, false);
        }

        /** The whole number in {@code column}. */
        public int integer(String column) {
            double v = number(column);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new UserInputException(file + ":" + line + ": column " + column
                        + ": expected a whole number, found \"" + text(column) + "\"");
            }
            return (int) v;
        }
    }
}
