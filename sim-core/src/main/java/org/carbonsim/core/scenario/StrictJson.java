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
 * unquoted names, NaN or Infinity, unpaired UTF-16 surrogates, or content after the top-level value.
 * Numbers are kept exactly as {@link BigDecimal}, up to {@link #MAX_NUMBER_CHARS} characters and an
 * exponent of {@link #MAX_EXPONENT_DIGITS} digits. Duplicate keys are reported (the first value is kept)
 * and nesting deeper than {@link #MAX_DEPTH} is refused, so that no input can exhaust the stack. Every
 * problem of the text itself is reported at {@code file:line:column} in carbonsim's words, not gson's.
 * Not thread-safe.
 */
public final class StrictJson {
    /** Deepest nesting of objects and arrays accepted. */
    static final int MAX_DEPTH = 64;

    /**
     * Longest number accepted, in characters. gson's reader gives up on a number of 1,024 characters or
     * more (its buffer); a limit of its own below that keeps one message for every number too long.
     */
    static final int MAX_NUMBER_CHARS = 1000;

    /** Most significant digits of an exponent accepted: {@link BigDecimal} reads any of up to nine. */
    static final int MAX_EXPONENT_DIGITS = 9;

    /** The most characters of the text a message quotes ("near '...'"). */
    private static final int NEAR_CHARS = 12;

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");
    private static final Pattern NUMBER =
            Pattern.compile("-?+(?:0|[1-9][0-9]*+)(?:\\.[0-9]++)?+(?:[eE][+-]?+[0-9]++)?+");

    private final String text;
    private final String source;
    private final Problems problems;
    private final JsonReader reader;
    private boolean rootDone;

    private StrictJson(String text, String source, Problems problems) {
        this.text = withLineFeeds(text);
        this.source = source;
        this.problems = problems;
        this.reader = new JsonReader(new StringReader(this.text));
        reader.setStrictness(Strictness.STRICT);
    }

    /**
     * {@code text} with each carriage return that ends a line by itself (an old Mac file's line ends) read
     * as a line feed, so that gson, which counts lines by line feeds only, and the offsets here name the line
     * an editor shows, not line 1 at a column in the thousands. The tree is the same: a carriage return
     * outside a string is white space either way, and one inside a string is refused either way as a
     * control character, at the same offset.
     */
    static String withLineFeeds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    /** The tree, or {@code null} after reporting why the text is not acceptable JSON. */
    static JsonElement parse(String text, String source, Problems problems) {
        return new StrictJson(text, source, problems).parseDocument();
    }

    /**
     * The tree of {@code text}, read as strictly as a scenario, for the other JSON files carbonsim reads
     * back (an output folder's, for {@code chart}), so that they are refused in the same words.
     *
     * @param source the file's name, which starts every location
     * @throws ScenarioException naming each problem at {@code source:line:column}, or at the JSON path
     *     of a duplicate key
     */
    public static JsonElement read(String text, String source) {
        Problems problems = new Problems();
        JsonElement tree = parse(text, source, problems);
        if (!problems.isEmpty() || tree == null) {
            if (problems.isEmpty()) {
                problems.add(source, "malformed JSON");
            }
            throw new ScenarioException(source, problems.toList(source));
        }
        return tree;
    }

    private JsonElement parseDocument() {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // no JSON text holds one, even in a string; the tokenizer would name the character after it
            int lineStart = text.lastIndexOf('\n', nul) + 1;
            int line = 1
                    + (int) text.substring(0, lineStart)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            problems.add(
                    at(line, nul - lineStart + 1),
                    "malformed JSON: a NUL character (U+0000), which no JSON text holds: is this a binary"
                            + " file, or text in UTF-16 without its byte-order mark?");
            return null;
        }
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
            problems.add(new Problem(
                    e.path, "nesting deeper than " + MAX_DEPTH + " levels of objects and arrays", e.line, e.column));
            return null;
        } catch (BadNumber e) {
            problems.add(e.location, "malformed JSON: " + e.getMessage());
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
                return new JsonPrimitive(number(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IllegalStateException("unexpected " + reader.peek());
        }
    }

    /**
     * {@code literal}, just read, as a {@link BigDecimal}; a number too long or with too large an exponent
     * is refused at the column where it starts (numbers hold no line break).
     */
    private BigDecimal number(String literal) {
        String problem = numberProblem(literal, reader.getPreviousPath());
        if (problem == null) {
            try {
                return new BigDecimal(literal);
            } catch (NumberFormatException e) {
                problem = exponentTooLarge(literal, reader.getPreviousPath());
            }
        }
        Matcher m = LOCATION.matcher(reader.toString());
        String location = source;
        if (m.find()) {
            int column = Math.max(1, Integer.parseInt(m.group(2)) - literal.length());
            location = at(Integer.parseInt(m.group(1)), column);
        }
        throw new BadNumber(location, problem);
    }

    /** Why the JSON number {@code literal} at {@code path} is not accepted, or {@code null}. */
    private static String numberProblem(String literal, String path) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            return "number too long: " + literal.length() + " characters (" + abbreviate(literal) + ") at " + path
                    + "; numbers are accepted up to " + MAX_NUMBER_CHARS
                    + " characters, a large or small one with an exponent (1.5e9, 2e-7)";
        }
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e >= 0) {
            int digits = e + 1;
            while (digits < literal.length() && !Character.isDigit(literal.charAt(digits))) {
                digits++;
            }
            while (digits < literal.length() - 1 && literal.charAt(digits) == '0') {
                digits++;
            }
            if (literal.length() - digits > MAX_EXPONENT_DIGITS) {
                return exponentTooLarge(literal, path);
            }
        }
        return null;
    }

    private static String exponentTooLarge(String literal, String path) {
        return "number " + abbreviate(literal) + " at " + path + " has an exponent too large to read; exponents of up"
                + " to " + MAX_EXPONENT_DIGITS + " digits are accepted (-999999999 to 999999999)";
    }

    /** {@code text} cut to its first 20 characters and "..." when longer. */
    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }

    /**
     * Refuses the object or array just peeked at if it opens level {@code depth + 1} beyond {@link
     * #MAX_DEPTH}, at the line and column of its '[' or '{' (gson has read it and reports the column
     * after it), so that an editor can jump to where the nesting goes too deep.
     */
    private void checkDepth(int depth) {
        if (depth >= MAX_DEPTH) {
            Matcher m = LOCATION.matcher(reader.toString());
            int line = 0;
            int column = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = characterColumn(line, Math.max(1, Integer.parseInt(m.group(2)) - 1));
            }
            throw new TooDeep(reader.getPath(), line, column);
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
                    || head.startsWith("Expected ':'")
                    || head.startsWith("Unexpected value")) {
                // gson reports the column after the character it could not accept
                column = Math.max(1, column - 1);
            } else if (head.startsWith("Invalid escape")
                    || head.startsWith("Cannot escape a newline")
                    || head.startsWith("Malformed Unicode escape")) {
                // and the column after the first two characters of an escape: point at its backslash
                column = Math.max(1, column - 2);
            }
            if (head.startsWith("Use JsonReader.setStrictness") || head.startsWith("Expected value")) {
                int start = lineStart(line);
                String number = start < 0 ? null : longNumber(line, column);
                if (start >= 0 && number == null) {
                    int at = lenientSpot(start + column - 1);
                    problems.add(at(line, at - start + 1), "malformed JSON: " + lenientProblem(at, m.group(3)));
                    return;
                }
            }
            if (head.startsWith("Unpaired surrogate")) {
                Surrogate lone = unpairedSurrogate(line, column);
                if (lone != null) {
                    column = lone.column;
                }
                what = unpairedSurrogateMessage(lone, m.group(3));
            } else {
                what = describe(head, m.group(3), line, column);
            }
            location = at(line, column);
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
        if (gsonMessage.startsWith("Unterminated escape sequence")) {
            return "unexpected end of input in an escape sequence";
        }
        if (gsonMessage.startsWith("Invalid escape") || gsonMessage.startsWith("Cannot escape a newline")) {
            return "invalid escape in a string at " + path + "; accepted are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and"
                    + " \\u with four hexadecimal digits";
        }
        if (gsonMessage.startsWith("Malformed Unicode escape")) {
            return "malformed escape "
                    + gsonMessage.substring("Malformed Unicode escape".length()).strip() + " in a string at " + path
                    + "; \\u takes four hexadecimal digits (\\u00e9)";
        }
        if (gsonMessage.startsWith("Unescaped control characters")) {
            return "a control character (U+0000 to U+001F, such as a tab) in a string at " + path
                    + "; write it as an escape (\\t, \\n, \\u0001)";
        }
        if (gsonMessage.startsWith("Use JsonReader.setStrictness") || gsonMessage.startsWith("Unexpected value")) {
            String number = longNumber(line, column);
            if (number != null) {
                return numberProblem(number, path);
            }
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

    /**
     * The offset of the character gson's strict reader stopped at, given the offset {@code position} it
     * reports. gson reads some characters before it finds them lenient (a quote, a comment's start, a
     * separator ';' or '=', an extra ',', the first character of an unquoted key, anything after the
     * top-level value) and reports the position after them; a value it does not read (NaN, an unquoted
     * word) at the position where it starts, also when only a character after a number or keyword makes
     * it lenient ({@code 1;}), which is then the character meant.
     */
    private int lenientSpot(int position) {
        int before = position - 1;
        if (before >= 0 && before < text.length()) {
            char c = text.charAt(before);
            boolean consumed = rootDone
                    || !(Character.isWhitespace(c) || c == '[' || c == '{' || c == ',' || c == ':')
                    || (c == ',' && "[{,".indexOf(previousNonBlank(before)) >= 0);
            if (consumed) {
                return before;
            }
        }
        int end = position;
        while (end < text.length() && isLiteralChar(text.charAt(end))) {
            end++;
        }
        String token = text.substring(Math.min(position, end), end);
        boolean valid = NUMBER.matcher(token).matches()
                || token.equals("true")
                || token.equals("false")
                || token.equals("null");
        return valid && end < text.length() && end > position ? end : position;
    }

    /**
     * What was expected at offset {@code at}, where gson's strict reader stopped, judged by the character
     * there and the one before it; {@code path} is gson's path there.
     */
    private String lenientProblem(int at, String path) {
        String near = nearFrom(at);
        char c = at < text.length() ? text.charAt(at) : ' ';
        char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        if (c == '#' || (c == '/' && (next == '/' || next == '*'))) {
            // also after the top-level value: a note at the end of the file is a comment all the same
            return "a comment, which JSON does not allow, near '" + near + "'";
        }
        if (rootDone) {
            return "unexpected content after the top-level value near '" + near + "'";
        }
        char previous = previousNonBlank(at);
        boolean inArray = path.endsWith("]");
        if (previous == '{' || (previous == ',' && !inArray)) {
            return "expected a double-quoted key near '" + near + "'";
        }
        if (previous != ':' && previous != '[' && previous != ',') {
            if (c == '=') {
                return "expected ':' near '" + near + "'";
            }
            return "expected ',' or '" + (inArray ? ']' : '}') + "' near '" + near + "'";
        }
        return "expected a JSON value (a double-quoted string, a number, true, false, null, an object or an array;"
                + " no comments, NaN or Infinity) near '" + near + "'";
    }

    /** The last character before offset {@code at} that is not white space, or a space if there is none. */
    private char previousNonBlank(int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /** Whether gson reads {@code c} as part of an unquoted word or number (its own isLiteral). */
    private static boolean isLiteralChar(char c) {
        return "/\\;#={}[]:,".indexOf(c) < 0 && !Character.isWhitespace(c);
    }

    /** Up to 12 printable characters of the text from offset {@code at} to the end of its line. */
    private String nearFrom(int at) {
        return fragment(Math.max(0, at));
    }

    /**
     * Up to {@link #NEAR_CHARS} characters (code points) of the text from offset {@code start} to the end of
     * its line, a control character shown as '?', for a message's quoted fragment. Counted in code points so
     * that an emoji at the cut is shown whole or not at all, never as half a surrogate pair (which prints as
     * '?' or breaks the terminal's line).
     */
    private String fragment(int start) {
        StringBuilder out = new StringBuilder();
        int i = start;
        for (int n = 0; n < NEAR_CHARS && i < text.length(); n++) {
            int c = text.codePointAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (Character.isISOControl(c) || Character.isSurrogate((char) c)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString().strip();
    }

    /**
     * The JSON number starting at (line, column) when it is one too long for gson's reader, which gives
     * up on it as if it were not a number; otherwise {@code null}.
     */
    private String longNumber(int line, int column) {
        int start = lineStart(line);
        if (start < 0) {
            return null;
        }
        start += column - 1;
        int end = start;
        while (end < text.length() && "0123456789+-.eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end - start <= MAX_NUMBER_CHARS || start >= text.length()) {
            return null;
        }
        String token = text.substring(start, end);
        return NUMBER.matcher(token).matches() ? token : null;
    }

    /** A {@code \\uXXXX} escape (or a raw character) of an unpaired surrogate, and its column. */
    private record Surrogate(String written, int column) {}

    /**
     * The first unpaired surrogate of the string that ends just before (line, column), where gson reports
     * it, or {@code null} if the string cannot be found there.
     */
    private Surrogate unpairedSurrogate(int line, int column) {
        int start = lineStart(line);
        int close = start < 0 ? -1 : start + column - 2;
        if (close <= start || close >= text.length() || text.charAt(close) != '"') {
            return null;
        }
        int open = close - 1;
        while (open >= start && !(text.charAt(open) == '"' && !escaped(open))) {
            open--;
        }
        if (open < start) {
            return null;
        }
        Surrogate high = null;
        for (int i = open + 1; i < close; ) {
            int width = text.charAt(i) == '\\' ? (text.charAt(i + 1) == 'u' ? 6 : 2) : 1;
            if (i + width > close) {
                // gson has read the string whole, so this is not reached; a message without the escape then
                return null;
            }
            char c = width == 6 ? hex(text.substring(i + 2, i + 6)) : text.charAt(i);
            Surrogate here = new Surrogate(
                    width == 1 ? String.format("U+%04X", (int) c) : text.substring(i, i + 6), i - start + 1);
            if (high != null && !Character.isLowSurrogate(c)) {
                return high;
            }
            if (high == null && Character.isLowSurrogate(c)) {
                return here;
            }
            high = high == null && Character.isHighSurrogate(c) ? here : null;
            i += width;
        }
        return high;
    }

    /** The character of four hexadecimal digits, or U+FFFF (no surrogate) for anything else. */
    private static char hex(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), 16);
            if (digit < 0) {
                return (char) 0xFFFF;
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    /** Whether the character at {@code index} follows an odd number of backslashes. */
    private boolean escaped(int index) {
        int slashes = 0;
        while (index - slashes - 1 >= 0 && text.charAt(index - slashes - 1) == '\\') {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static String unpairedSurrogateMessage(Surrogate lone, String path) {
        return "unpaired UTF-16 surrogate" + (lone == null ? "" : " " + lone.written) + " in a string at "
                + path + "; a \\uD800-\\uDBFF escape is accepted only directly followed by a \\uDC00-\\uDFFF escape,"
                + " the pair writing one character (\\uD83D\\uDE00 for U+1F600); write any other character as itself"
                + " or as \\uXXXX outside D800-DFFF";
    }

    /** {@code source:line:column} of column {@code column} (in UTF-16 units) of {@code line}, in characters. */
    private String at(int line, int column) {
        return source + ":" + line + ":" + characterColumn(line, column);
    }

    /**
     * Column {@code column} of line {@code line}, as gson and the offsets here count it (in UTF-16 units),
     * counted in characters (Unicode code points) as editors count it: a character outside the Basic
     * Multilingual Plane (an emoji, a rare CJK ideograph) takes two UTF-16 units but one column. A column
     * beyond the end of the text (the end of input) keeps its distance from the last character.
     */
    private int characterColumn(int line, int column) {
        int start = lineStart(line);
        if (start < 0) {
            return column;
        }
        int end = Math.min(text.length(), start + column - 1);
        return Character.codePointCount(text, start, end) + 1 + (start + column - 1 - end);
    }

    /** The offset in the text where line {@code line} (1-based) starts, or -1 if the text is shorter. */
    private int lineStart(int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return -1;
            }
            offset = next + 1;
        }
        return offset;
    }

    /** Up to 12 printable characters of the text around (line, column), for the message. */
    private String near(int line, int column) {
        int offset = lineStart(line);
        if (offset < 0) {
            return "";
        }
        int start = Math.max(offset, Math.min(text.length(), offset + column - 2));
        while (start > offset && !isDelimiter(text.charAt(start - 1))) {
            start--;
        }
        return fragment(start);
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == ':' || c == '[' || c == '{' || Character.isWhitespace(c);
    }

    /** Thrown to unwind out of a number refused, with its location. */
    private static final class BadNumber extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String location;

        BadNumber(String location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    /** Thrown to unwind out of too-deep nesting, with the path, line and column of the level too deep. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final int line;
        private final int column;

        TooDeep(String path, int line, int column) {
            super(null, null, false, false);
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }
}
