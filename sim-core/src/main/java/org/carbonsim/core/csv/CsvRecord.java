package org.carbonsim.core.csv;

import java.util.List;

/**
 * One record of a CSV file: the file's name, the 1-based line the record starts on (a quoted field
 * may span lines) and its fields, unquoted. Immutable.
 */
public record CsvRecord(String source, long line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /** The field at 0-based {@code index}. */
    public String get(int index) {
        return fields.get(index);
    }

    /** {@code file:line:column} of the field at 0-based {@code index}; the column is the field's 1-based number. */
    public String location(int index) {
        return source + ":" + line + ":" + (index + 1);
    }
}
