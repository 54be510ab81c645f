package org.carbonsim.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes bytes strictly in one charset and tracks lines, so that a bad byte is reported as {@code
 * file:line:column} with its byte offset, and keeps the text of the record being parsed so that a
 * parse error can be located in it. A byte-order mark is dropped and decides the charset (UTF-8, UTF-16BE or UTF-16LE),
 * whatever was declared: it is the file's own statement of its encoding. Line ends are CR, LF or
 * CRLF, counted as Commons CSV counts them. Not thread-safe.
 */
final class DecodingReader extends Reader {
    /** Line starts remembered, a power of two larger than the parser's read-ahead buffer. */
    private static final int RING = 1 << 14;

    private static final int BUFFER = 8192;

    private static final int TRIM_AT = 1 << 16;

    /**
     * The most characters a record may have, so that a file without line ends (a binary file, {@code
     * /dev/zero}) is refused with its location instead of filling the memory.
     */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final InputStream in;
    private final String source;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final long[] lineStarts = new long[RING];
    private CharsetDecoder decoder;
    private Charset charset;
    private boolean started;
    private boolean inputEnded;
    private boolean finished;
    private long bytesDiscarded;
    private long delivered;
    private long line = 1;
    private long column = 1;
    private boolean lastCr;
    /** Characters delivered since {@link #recentStart}, to locate a parse error inside the current record. */
    private final StringBuilder recent = new StringBuilder();

    private long recentStart;
    private long recordStart;
    private long recordLine = 1;

    DecodingReader(InputStream in, Charset charset, String source) {
        this.in = in;
        this.source = source;
        this.charset = charset;
        bytes.flip();
        chars.flip();
    }

    /** The charset in use: the declared one, or the one a byte-order mark named. */
    Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        recent.append(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            track(buffer[i]);
        }
        if (delivered - recordStart > MAX_RECORD_CHARS) {
            throw new LocatedIOException(
                    source + ":" + recordLine + ":1",
                    "a record longer than " + String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS)
                            + " characters: is it a CSV file with line ends?");
        }
        return n;
    }

    /**
     * Marks the start of {@code lineNumber} as the start of the record the parser reads next, and
     * forgets the text before it. Called when the parser is near that line, so its start is still
     * remembered even if the record then spans more lines than are remembered.
     */
    void recordStartsAt(long lineNumber) {
        recordLine = lineNumber;
        recordStart = lineNumber == 1 ? 0 : lineStarts[(int) (lineNumber & (RING - 1))];
        // trimmed only once the dead prefix is long, so that a record costs O(1) however far the
        // parser reads ahead
        if (recordStart - recentStart > TRIM_AT && recordStart - recentStart <= recent.length()) {
            recent.delete(0, (int) (recordStart - recentStart));
            recentStart = recordStart;
        }
    }

    /** The text delivered from the start of the current record on. */
    String recordText() {
        long from = recordStart - recentStart;
        return from >= 0 && from <= recent.length() ? recent.substring((int) from) : "";
    }

    private void track(char c) {
        delivered++;
        if (c == '\n' && lastCr) {
            lastCr = false;
            lineStarts[(int) (line & (RING - 1))] = delivered;
            return;
        }
        lastCr = c == '\r';
        if (c == '\r' || c == '\n') {
            line++;
            column = 1;
            lineStarts[(int) (line & (RING - 1))] = delivered;
        } else {
            column++;
        }
    }

    private void fill() throws IOException {
        if (!started) {
            start();
        }
        chars.clear();
        boolean needInput = !bytes.hasRemaining();
        while (chars.position() == 0 && !finished) {
            if (needInput && !inputEnded) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, inputEnded);
            if (result.isError()) {
                throw malformed(result);
            }
            if (result.isUnderflow()) {
                if (inputEnded) {
                    result = decoder.flush(chars);
                    if (result.isError()) {
                        throw malformed(result);
                    }
                    finished = true;
                }
                needInput = true;
            } else {
                needInput = false;
            }
        }
        chars.flip();
    }

    /** Reads the first bytes to look for a byte-order mark. */
    private void start() throws IOException {
        started = true;
        while (bytes.remaining() < 3 && !inputEnded) {
            readBytes();
        }
        Charset marked = null;
        int markLength = 0;
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            marked = StandardCharsets.UTF_8;
            markLength = 3;
        } else if (startsWith(0xFE, 0xFF)) {
            marked = StandardCharsets.UTF_16BE;
            markLength = 2;
        } else if (startsWith(0xFF, 0xFE)) {
            marked = StandardCharsets.UTF_16LE;
            markLength = 2;
        }
        if (marked != null) {
            charset = marked;
            bytes.position(bytes.position() + markLength);
        }
        decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private boolean startsWith(int... mark) {
        if (bytes.remaining() < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private void readBytes() throws IOException {
        bytesDiscarded += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputEnded = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** The located problem for bytes the decoder refused, counting the characters decoded before them. */
    private LocatedIOException malformed(CoderResult result) {
        chars.flip();
        while (chars.hasRemaining()) {
            track(chars.get());
        }
        long offset = bytesDiscarded + bytes.position();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        String what = result.isUnmappable() ? "a character" : "bytes";
        return new LocatedIOException(
                source + ":" + line + ":" + column,
                what + " not valid in " + charset.name() + " (" + hex + " at byte offset " + offset
                        + "): save the file as " + charset.name() + CsvException.ENCODING_HINT);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** An input problem that already knows its location, passed through the CSV parser as an IOException. */
    static final class LocatedIOException extends IOException {
        private static final long serialVersionUID = 1L;

        final String location;
        final String problem;

        LocatedIOException(String location, String problem) {
            super(location + ": " + problem);
            this.location = location;
            this.problem = problem;
        }
    }
}
