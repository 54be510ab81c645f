package org.carbonsim.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language a locale or a {@code --lang} value chooses, and how a phrase is formatted in each. */
class LangTest {
    @Test
    void everyChineseLocaleIsChineseAndEveryOtherEnglish() {
        assertEquals(Lang.ZH, Lang.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Lang.ZH, Lang.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Lang.ZH, Lang.of(Locale.forLanguageTag("zh-HK")));
        assertEquals(Lang.ZH, Lang.of(Locale.forLanguageTag("zh")));
        assertEquals(Lang.EN, Lang.of(Locale.ENGLISH));
        assertEquals(Lang.EN, Lang.of(Locale.GERMANY));
        assertEquals(Lang.EN, Lang.of(Locale.ROOT));
    }

    @Test
    void langValuesParseInAnyCase() {
        assertEquals(Lang.ZH, Lang.parseOrNull("ZH"));
        assertEquals(Lang.EN, Lang.parseOrNull(" en "));
        assertNull(Lang.parseOrNull("fr"));
    }

    @Test
    void aTextFormatsEachLanguageWithItsOwnArguments() {
        Text cap = Text.of("Cap", "配额总量");
        Text line = Text.of("%s over the run: %d", "全期%s：%d").format(cap, 3);
        assertEquals("Cap over the run: 3", line.en());
        assertEquals("全期配额总量：3", line.zh());
        assertEquals("配额总量", cap.in(Lang.ZH));
    }
}
