package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.core.scenario.InputFiles;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.StrictJson;

/**
 * Reads the JSON files of an output folder, reporting problems as {@code file:line: what}, the file named
 * by its path as the command was given it ({@code out/r6/summary.json}), as every command names the
 * files it reads; the accessors take that name from their callers. The text is
 * read by {@link StrictJson} as strictly as a scenario (carbonsim writes only strict JSON), so a hand edit
 * that breaks it is refused at {@code file:line:column} in the same words as in a scenario.
 */
final class JsonFiles {
    /**
     * The most characters of a text field (a scenario's name, a swept column, a moment) that a chart
     * shows; carbonsim writes far fewer (a scenario's name is at most 100).
     */
    static final int MAX_TEXT_CHARS = 1_000;

    private JsonFiles() {}

    static JsonObject readObject(Path path) throws IOException {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.readRegularFile(path);
        } catch (NoSuchFileException e) {
            throw new UserInputException(path + ": missing file");
        } catch (InputFiles.TooLarge | InputFiles.NotAFile e) {
            throw new UserInputException(path + ": " + e.getReason(), e);
        }
        String text = utf8(bytes, name);
        JsonElement root;
        try {
            root = StrictJson.read(text, name);
        } catch (ScenarioException e) {
            throw new UserInputException(String.join("\n", e.lines()), e);
        }
        if (!root.isJsonObject()) {
            throw new UserInputException(name + ":1: expected a JSON object");
        }
        return root.getAsJsonObject();
    }

    /**
     * {@code bytes} decoded as UTF-8, as carbonsim writes its files; a file edited and saved in another
     * encoding is reported at the line of its first bad byte, not as a failure to write the charts.
     */
    private static String utf8(byte[] bytes, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            int offset = in.position();
            long line =
                    1 + IntStream.range(0, offset).filter(i -> bytes[i] == '\n').count();
            throw new UserInputException(name + ":" + line + ": bytes not valid in UTF-8 (byte offset " + offset
                    + "): save the file as UTF-8");
        }
    }

    /** {@code e} as JSON for a message, cut after 40 characters with its length then given. */
    private static String shown(JsonElement e) {
        String json = e.toString();
        return json.length() <= 40 ? json : json.substring(0, 40) + "... (" + json.length() + " characters)";
    }

    static String string(JsonObject o, String file, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive()) {
            throw new UserInputException(file + ":1: missing field \"" + field + "\"");
        }
        String text = e.getAsString();
        if (text.length() > MAX_TEXT_CHARS) {
            // a chart title this long took the line breaker minutes: no carbonsim command writes one
            throw new UserInputException(file + ":1: field \"" + field + "\": expected at most " + MAX_TEXT_CHARS
                    + " characters, found " + text.length());
        }
        return text;
    }

    /** The number in {@code field}; NaN when it is null or absent and {@code optional}. */
    static double number(JsonObject o, String file, String field, boolean optional) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            if (optional) {
                return Double.NaN;
            }
            throw new UserInputException(file + ":1: missing field \"" + field + "\"");
        }
        double value;
        try {
            value = e.getAsDouble();
        } catch (RuntimeException ex) {
            throw new UserInputException(file + ":1: field \"" + field + "\": expected a number, found " + shown(e));
        }
        if (!(Math.abs(value) <= CsvTable.MAX_MAGNITUDE)) {
            throw new UserInputException(
                    file + ":1: field \"" + field + "\": expected a number of at most 1e20 in size, found " + shown(e));
        }
        return value;
    }

    /**
     * The seed in {@code field}: a JSON string of a whole number, as carbonsim writes seeds so that
     * R and JavaScript keep every digit, or a JSON number as older folders have it.
     */
    static long seed(JsonObject o, String file, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive()) {
            throw new UserInputException(file + ":1: missing field \"" + field + "\"");
        }
        try {
            return Long.parseLong(e.getAsString());
        } catch (NumberFormatException ex) {
            throw new UserInputException(
                    file + ":1: field \"" + field + "\": expected a whole number, found " + shown(e));
        }
    }
}
