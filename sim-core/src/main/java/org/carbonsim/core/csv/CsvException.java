package org.carbonsim.core.csv;

/**
 * A CSV input that cannot be read: a missing file, bytes that are not valid in the declared
 * encoding, or a broken quoted field. The message starts with the location ({@code file:line:column}
 * or the file name when the file cannot be opened).
 */
public final class CsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String problem;

    CsvException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    /** Where the problem is: {@code file:line:column}, or the file name. */
    public String location() {
        return location;
    }

    /** What the problem is, without its location. */
    public String problem() {
        return problem;
    }
}
