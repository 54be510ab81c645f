package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** The JSON files' writer: gson's escaping, and the indented layout with one-line objects and arrays. */
class JsonTextTest {
    @Test
    void stringsAreEscapedByGson() {
        String text = "a\"b\\c\nd\u0001湖北\u2028";
        String json = JsonText.of(j -> j.beginObject().name("s").string(text).endObject());
        assertEquals("{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001湖北\\u2028\"\n}\n", json);
        assertEquals(
                text, JsonParser.parseString(json).getAsJsonObject().get("s").getAsString());
    }

    @Test
    void oneLineObjectsAndArraysSitInAnIndentedDocument() {
        String json = JsonText.of(j -> {
            j.beginObject().name("seeds").beginLineArray().number(1).number(2).endArray();
            j.name("years").beginArray();
            j.beginLineObject()
                    .name("year")
                    .number(2024)
                    .name("vwap")
                    .number("40.50")
                    .endObject();
            j.beginLineObject()
                    .name("year")
                    .number(2025)
                    .name("efficiency")
                    .number("null")
                    .endObject();
            j.endArray();
            j.name("empty").beginArray().endArray();
            j.name("totals").beginLineObject().name("ok").bool(true).endObject();
            j.endObject();
        });
        assertEquals(
                """
                {
                  "seeds": [1, 2],
                  "years": [
                    {"year": 2024, "vwap": 40.50},
                    {"year": 2025, "efficiency": null}
                  ],
                  "empty": [],
                  "totals": {"ok": true}
                }
                """,
                json);
    }
}
