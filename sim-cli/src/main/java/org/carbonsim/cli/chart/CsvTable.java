package org.carbonsim.cli.chart;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.core.csv.CsvException;
import org.carbonsim.core.csv.CsvReader;
import org.carbonsim.core.csv.CsvRecord;

/**
 * A CSV file of an output folder read back: a header and rows, each row knowing its line number, so
 * that every problem is reported as {@code file:line:column: what}, the file named by its path as the
 * command was given it ({@code out/r6/daily.csv}), as every command names the files it reads. Read by {@link CsvReader}, the
 * reader of every CSV input, so RFC 4180 quoting, CRLF and a byte-order mark are accepted.
 */
public final class CsvTable {
    /**
     * The largest size of a number read back (1e20): carbonsim writes none larger (its money is a long
     * of fen), and a hand-edited 1e300 would overflow the charts' scales to infinity.
     */
    static final double MAX_MAGNITUDE = 1e20;

    private final String file;
    private final String location;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, String location, List<String> header, List<Row> rows) {
        this.file = file;
        this.location = location;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        this.rows = rows;
    }

    /** Reads {@code path}, a regular file, which must hold at least the {@code required} columns. */
    public static CsvTable read(Path path, String... required) throws IOException {
        String name = path.getFileName().toString();
        String location = path.toString();
        if (!Files.exists(path)) {
            throw new UserInputException(path + ": missing file");
        }
        if (!Files.isRegularFile(path)) {
            // carbonsim writes regular files; opening a pipe put in their place would wait for a writer forever
            throw new UserInputException(path + ": is " + (Files.isDirectory(path) ? "a folder" : "a pipe or a device")
                    + ", not a CSV file carbonsim wrote");
        }
        try (CsvReader reader = CsvReader.open(path, location, StandardCharsets.UTF_8)) {
            CsvRecord first = reader.next();
            if (first == null) {
                throw new UserInputException(location + ":1:1: missing header line");
            }
            List<String> header = first.fields();
            for (int i = 0; i < header.size(); i++) {
                int earlier = header.indexOf(header.get(i));
                if (earlier < i) {
                    // carbonsim never writes a name twice; which of the two to read would be a guess
                    throw new UserInputException(first.location(i) + ": column " + header.get(i)
                            + " appears twice, also in column " + (earlier + 1));
                }
            }
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new UserInputException(first.location(0) + ": missing column " + column);
                }
            }
            CsvTable table = new CsvTable(name, location, header, new ArrayList<>());
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                if (r.size() != header.size()) {
                    throw new UserInputException(
                            r.location(0) + ": expected " + header.size() + " fields, found " + r.size());
                }
                table.rows.add(table.new Row(r, r.fields()));
            }
            return table;
        } catch (CsvException e) {
            // the folder's files are carbonsim's own, always UTF-8: chart has no --encoding to declare another
            throw new UserInputException(e.location() + ": " + e.problem().replace(CsvException.ENCODING_HINT, ""), e);
        }
    }

    /**
     * {@code text} as a decimal number, as carbonsim writes them ({@code -12.5}, {@code 3E+2}), or NaN.
     * Stricter than {@link Double#parseDouble}, which also takes {@code 5d}, {@code 0x1p3} and {@code
     * Infinity}: those are text a reader typed, and the report's formatting of a number could not read
     * them.
     */
    public static double decimal(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        try {
            double value = new BigDecimal(text.trim()).doubleValue();
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * {@code text} in double quotes for a message, cut after 40 characters with its length then given,
     * so that a cell or a JSON value of a hundred thousand digits is named in one short line.
     */
    static String shown(String text) {
        return text.length() <= 40
                ? "\"" + text + "\""
                : "\"" + text.substring(0, 40) + "...\" (" + text.length() + " characters)";
    }

    /** Whether {@code text} is a decimal as {@link #decimal} reads them, whatever its size. */
    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The file's name, as the report names it beside a column ({@code daily.csv}). */
    public String file() {
        return file;
    }

    /** The file as messages name it: its path as the command was given it ({@code out/r6/daily.csv}). */
    public String location() {
        return location;
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
        return header;
    }

    /** A row and its line number in the file. */
    public final class Row {
        private final CsvRecord record;
        private final int line;
        private final List<String> fields;

        Row(CsvRecord record, List<String> fields) {
            this.record = record;
            this.line = (int) Math.min(Integer.MAX_VALUE, record.line());
            this.fields = fields;
        }

        /** The 1-based line number the row starts on. */
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
                throw new UserInputException(location + ":1:1: missing column " + column);
            }
            return fields.get(i);
        }

        /** The number in {@code column}; NaN when empty and {@code emptyIsNaN}. */
        public double number(String column, boolean emptyIsNaN) {
            String text = text(column).trim();
            if (text.isEmpty() && emptyIsNaN) {
                return Double.NaN;
            }
            double value = decimal(text);
            if (Math.abs(value) <= MAX_MAGNITUDE) {
                return value;
            }
            // a decimal beyond a double's range is a number too large, not text
            boolean number = !Double.isNaN(value) || isDecimal(text);
            throw new UserInputException(record.location(columns.get(column)) + ": column " + column
                    + (number ? ": expected a number of at most 1e20 in size" : ": expected a number")
                    + ", found " + shown(text));
        }

        /**
         * The point at {@code x} whose whisker runs from {@code low} to {@code high} (a 95% interval), both
         * columns empty meaning none; a low end above the high end is located, since no chart can draw it.
         */
        public ChartData.Point interval(double x, String low, String high) {
            double from = number(low, true);
            double to = number(high, true);
            if (from > to) {
                throw new UserInputException(record.location(columns.get(low)) + ": column " + low + ": "
                        + text(low).trim() + " is above the interval's other end, column " + high + ", "
                        + text(high).trim());
            }
            return new ChartData.Point(x, from, to);
        }

        /** The number in {@code column}, which must be present. */
        public double number(String column) {
            return number(column, false);
        }

        /** The whole number in {@code column}. */
        public int integer(String column) {
            double v = number(column);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new UserInputException(record.location(columns.get(column)) + ": column " + column
                        + ": expected a whole number, found " + shown(text(column)));
            }
            return (int) v;
        }
    }
}
