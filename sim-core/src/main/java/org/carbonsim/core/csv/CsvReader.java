package org.carbonsim.core.csv;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a CSV input file: RFC 4180 (comma-separated, fields with commas, quotes or
 * line breaks in double quotes, a quote doubled inside them), CRLF, CR or LF line ends, a
 * byte-order mark, and a declared encoding decoded strictly. Lines that are empty or blank are
 * skipped. Every problem is a {@link CsvException} whose message starts with {@code file:line:column}.
 * Memory is bounded by the longest record, not the file, and a record longer than 1,048,576
 * characters is refused at its line, so that a file without line ends cannot fill the memory. Not
 * thread-safe.
 */
public final class CsvReader implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    private final String source;
    private final DecodingReader decoder;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvReader(InputStream in, String source, Charset charset) {
        this.source = source;
        this.decoder = new DecodingReader(in, charset, source);
        try {
            this.parser =
                    CSVParser.builder().setReader(decoder).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw located(e, 1);
        }
        this.records = parser.iterator();
    }

    /**
     * Opens {@code file}, naming it {@code source} in messages.
     *
     * @throws CsvException if it is missing, a folder or unreadable
     */
    public static CsvReader open(Path file, String source, Charset charset) {
        if (Files.isDirectory(file)) {
            throw new CsvException(source, "is a folder, not a CSV file");
        }
        try {
            return new CsvReader(Files.newInputStream(file), source, charset);
        } catch (NoSuchFileException e) {
            throw new CsvException(source, "file not found");
        } catch (AccessDeniedException e) {
            throw new CsvException(source, "permission denied");
        } catch (IOException | SecurityException e) {
            throw new CsvException(source, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads CSV from {@code bytes}, naming them {@code source} in messages. */
    public static CsvReader of(byte[] bytes, String source, Charset charset) {
        return new CsvReader(new ByteArrayInputStream(bytes), source, charset);
    }

    /** Every record of {@code bytes}, for small files read whole. */
    public static List<CsvRecord> readAll(byte[] bytes, String source, Charset charset, int maxRecords) {
        List<CsvRecord> all = new ArrayList<>();
        try (CsvReader reader = of(bytes, source, charset)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                if (all.size() == maxRecords) {
                    throw new CsvException(source + ":" + r.line() + ":1", "more than " + maxRecords + " records");
                }
                all.add(r);
            }
        }
        return all;
    }

    /**
     * The charset named {@code name} (as in {@code --encoding GBK}).
     *
     * @throws IllegalArgumentException naming the option's expected form if there is no such charset
     */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("expected the name of a character encoding such as UTF-8, GBK, GB18030"
                    + " or windows-1252, got '" + name + "'");
        }
    }

    /** The name used in messages. */
    public String source() {
        return source;
    }

    /**
     * The next non-blank record, or {@code null} at the end of the file.
     *
     * @throws CsvException for bytes not valid in the encoding or a broken quoted field
     */
    public CsvRecord next() {
        while (true) {
            long start = parser.getCurrentLineNumber() + 1;
            decoder.recordStartsAt(start);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw located(e.getCause(), start);
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            return new CsvRecord(source, start, record.toList());
        }
    }

    private CsvException located(IOException e, long recordLine) {
        if (e instanceof DecodingReader.LocatedIOException located) {
            return new CsvException(located.location, located.problem);
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof CSVException) {
            String located = QuoteProblem.locate(decoder.recordText(), source, recordLine);
            if (located != null) {
                int colon = located.indexOf(": ");
                return new CsvException(located.substring(0, colon), located.substring(colon + 2));
            }
        }
        return new CsvException(source + ":" + recordLine + ":1", "cannot read the record: " + message);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new CsvException(source, "cannot close the file: " + e.getMessage());
        }
    }
}
