package org.carbonsim.core.csv;

/**
 * A CSV input that cannot be read: a missing file, bytes that are not valid in the declared
 * encoding, or a broken quoted field. The message starts with the location ({@code file:line:column}
 * or the file name when the file cannot be opened).
 */
public final class CsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The end of the message for bytes not valid in the declared encoding, which tells how to declare
     * another; a reader of carbonsim's own files, always UTF-8 and read with no such option, leaves it
     * out.
     */
    public static final String ENCODING_HINT = " or declare its encoding, e.g. --encoding GBK";

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
