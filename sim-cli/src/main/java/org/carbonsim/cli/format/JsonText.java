package org.carbonsim.cli.format;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JSON output files ({@code summary.json}, {@code montecarlo.json}, {@code sweep.json}, {@code
 * compare.json}, {@code sensitivity.json}) written through gson's {@link JsonWriter}, so that strings are escaped by gson, in the
 * layout people read: two-space indentation, with chosen objects and arrays (a year, a statistic, a
 * list of seeds) on one line. Numbers are given as the decimal text the files have always held ({@link
 * #number}). Not thread-safe.
 */
public final class JsonText {
    /** Members on lines of their own, indented by two spaces per level. */
    private static final FormattingStyle INDENTED =
            FormattingStyle.PRETTY.withIndent("  ").withNewline("\n");

    /** Members on one line, separated by a comma and a space. */
    private static final FormattingStyle ONE_LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    /** Writes the document's values. */
    @FunctionalInterface
    public interface Body {
        void write(JsonText json) throws IOException;
    }

    private final JsonWriter writer;

    /** The style of each open object or array, innermost first, so that closing one restores its parent's. */
    private final Deque<FormattingStyle> styles = new ArrayDeque<>();

    private JsonText(JsonWriter writer) {
        this.writer = writer;
    }

    /** The document {@code body} writes, indented, with a final newline. */
    public static String of(Body body) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setFormattingStyle(INDENTED);
            writer.setSerializeNulls(true);
            JsonText json = new JsonText(writer);
            json.styles.push(INDENTED);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return text + "\n";
    }

    /** Opens an object whose members are on lines of their own. */
    public JsonText beginObject() throws IOException {
        return open(true, INDENTED);
    }

    /** Opens an object whose members are on the same line. */
    public JsonText beginLineObject() throws IOException {
        return open(true, ONE_LINE);
    }

    /** Opens an array whose elements are on lines of their own. */
    public JsonText beginArray() throws IOException {
        return open(false, INDENTED);
    }

    /** Opens an array whose elements are on the same line. */
    public JsonText beginLineArray() throws IOException {
        return open(false, ONE_LINE);
    }

    public JsonText endObject() throws IOException {
        writer.endObject();
        return close();
    }

    public JsonText endArray() throws IOException {
        writer.endArray();
        return close();
    }

    public JsonText name(String name) throws IOException {
        writer.name(name);
        return this;
    }

    public JsonText string(String value) throws IOException {
        writer.value(value);
        return this;
    }

    public JsonText number(long value) throws IOException {
        writer.value(value);
        return this;
    }

    /**
     * A number given as its JSON text (such as {@code 12.50}, formatted by the caller to a fixed number of
     * decimals), or {@code null} for the text {@code "null"}.
     */
    public JsonText number(String text) throws IOException {
        if (text.equals("null")) {
            writer.nullValue();
        } else {
            writer.jsonValue(text);
        }
        return this;
    }

    public JsonText bool(boolean value) throws IOException {
        writer.value(value);
        return this;
    }

    public JsonText nullValue() throws IOException {
        writer.nullValue();
        return this;
    }

    private JsonText open(boolean object, FormattingStyle style) throws IOException {
        if (object) {
            writer.beginObject();
        } else {
            writer.beginArray();
        }
        // the opening bracket was written in the parent's style; what is inside takes this one
        styles.push(style);
        writer.setFormattingStyle(style);
        return this;
    }

    private JsonText close() {
        // the closing bracket was written in this style; what follows takes the parent's again
        styles.pop();
        writer.setFormattingStyle(styles.peek());
        return this;
    }
}
