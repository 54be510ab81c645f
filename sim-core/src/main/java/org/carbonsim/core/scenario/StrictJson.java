package org.carbonsim.core.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text into a gson tree with gson's strict {@link JsonReader}: no comments, single quotes,
 * unquoted names, NaN or Infinity, or content after the top-level value. Numbers are kept exactly as
 * {@link BigDecimal}. Duplicate keys are reported (the first value is kept) and nesting deeper than
 * {@link #MAX_DEPTH} is refused, so that no input can exhaust the stack. Not thread-safe.
 */
final class StrictJson {
    /** Deepest nesting of objects and arrays accepted. */
    static final int MAX_DEPTH = 64;

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    private final String text;
    private final String source;
    private final Problems problems;
    private final JsonReader reader;
    private boolean rootDone;

    private StrictJson(String text, String source, Problems problems) {
        this.text = text;
        this.source = source;
        this.problems = problems;
        this.reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
    }

    /** The tree, or {@code null} after reporting why the text is not acceptable JSON. */
    static JsonElement parse(String text, String source, Problems problems) {
        return new StrictJson(text, source, problems).parseDocument();
    }

    private JsonElement parseDocument() {
        try {
            JsonElement root = value(0);
            if (root == null) {
                return null;
            }
            rootDone = true;
            // the strict reader throws here unless the document ends after one value
            reader.peek();
            return root;
        } catch (TooDeep e) {
            problems.add(e.path, "nesting deeper than " + MAX_DEPTH + " levels of objects and arrays");
            return null;
        } catch (MalformedJsonException | EOFException e) {
            malformed(e);
            return null;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            malformed(e);
            return null;
        }
    }

    private JsonElement value(int depth) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT: {
                checkDepth(depth);
                reader.beginObject();
                JsonObject object = new JsonObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (object.has(name)) {
                        String location = reader.getPath();
                        reader.skipValue();
                        problems.add(location, "duplicate key \"" + name + "\"");
                    } else {
                        object.add(name, value(depth + 1));
                    }
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY: {
                checkDepth(depth);
                reader.beginArray();
                JsonArray array = new JsonArray();
                while (reader.hasNext()) {
                    array.add(value(depth + 1));
                }
                reader.endArray();
                return array;
            }
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IllegalStateException("unexpected " + reader.peek());
        }
    }

    private void checkDepth(int depth) {
        if (depth >= MAX_DEPTH) {
            throw new TooDeep(reader.getPath());
        }
    }

    private void malformed(Exception e) {
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = LOCATION.matcher(raw);
        String location;
        String what;
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2));
            String head = raw.substring(0, m.start());
            if (head.startsWith("Unterminated object")
                    || head.startsWith("Unterminated array")
                    || head.startsWith("Expected name")
                    || head.startsWith("Expected ':'")) {
                // gson reports the column after the character it could not accept
                column = Math.max(1, column - 1);
            }
            location = source + ":" + line + ":" + column;
            what = describe(raw.substring(0, m.start()), m.group(3), line, column);
        } else {
            location = source;
            what = raw.lines().findFirst().orElse(raw);
        }
        problems.add(location, "malformed JSON: " + what);
    }

    private String describe(String gsonMessage, String path, int line, int column) {
        if (gsonMessage.startsWith("Unterminated object")) {
            return "expected ',' or '}'";
        }
        if (gsonMessage.startsWith("Unterminated array")) {
            return "expected ',' or ']'";
        }
        if (gsonMessage.startsWith("Expected name")) {
            return "expected a double-quoted key";
        }
        if (gsonMessage.startsWith("Expected ':'")) {
            return "expected ':'";
        }
        if (gsonMessage.startsWith("End of input")) {
            return "unexpected end of input";
        }
        if (gsonMessage.startsWith("Unterminated string")) {
            return "unterminated string";
        }
        if (gsonMessage.startsWith("Use JsonReader.setStrictness")) {
            String near = near(line, column);
            if (rootDone) {
                return "unexpected content after the top-level value near '" + near + "'";
            }
            return "expected a JSON value (a double-quoted string, a number, true, false, null, an object or an"
                    + " array; no comments, NaN or Infinity)"
                    + (near.isEmpty() ? "" : " near '" + near + "'");
        }
        return gsonMessage.strip();
    }

    /** Up to 12 printable characters of the text around (line, column), for the message. */
    private String near(int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return "";
            }
            offset = next + 1;
        }
        int start = Math.max(offset, Math.min(text.length(), offset + column - 2));
        while (start > offset && !isDelimiter(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + 12);
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString().strip();
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == ':' || c == '[' || c == '{' || Character.isWhitespace(c);
    }

    /** Thrown to unwind out of too-deep nesting. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        TooDeep(String path) {
            super(null, null, false, false);
            this.path = path;
        }
    }
}
