package org.carbonsim.core.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports the line and column of the first invalid byte. */
final class Text {
    private Text() {}

    /** The decoded text without a leading byte-order mark, or {@code null} after reporting the bad byte. */
    static String decode(byte[] bytes, String source, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String utf16 = utf16Mark(bytes);
            if (utf16 != null) {
                problems.add(
                        source + ":1:1",
                        "the file is in " + utf16 + " (its byte-order mark says so), not UTF-8; save it as UTF-8");
                return null;
            }
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = 1;
            // a byte-order mark is no character an editor shows (and is no part of the text read)
            boolean mark =
                    bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
            for (int i = lineStart == 0 && mark && offset >= 3 ? 3 : lineStart; i < offset; i++) {
                if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            problems.add(
                    source + ":" + line + ":" + column,
                    "invalid UTF-8 byte sequence (byte offset " + offset + "); save the file as UTF-8");
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** {@code "UTF-16LE"} or {@code "UTF-16BE"} where the bytes open with that byte-order mark, else {@code null}. */
    private static String utf16Mark(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        if (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return "UTF-16LE";
        }
        if (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return "UTF-16BE";
        }
        return null;
    }
}
