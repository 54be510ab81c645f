package org.carbonsim.cli.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A phrase in English and Chinese. Names that the scenario gives (a sector's {@code 化工 Chemicals}, a
 * scenario's name) are the same in both ({@link #same}). Immutable.
 *
 * @param en the English
 * @param zh the Simplified Chinese
 */
public record Text(String en, String zh) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** A phrase in both languages. */
    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    /** Text that reads the same in both languages, such as a name or a number. */
    public static Text same(String text) {
        return new Text(text, text);
    }

    /** The phrase in {@code lang}. */
    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    /** Whether both languages read the same. */
    public boolean isSame() {
        return en.equals(zh);
    }

    /** Both phrases formatted with {@code args} (each {@link Text} argument in its own language). */
    public Text format(Object... args) {
        return new Text(formatIn(Lang.EN, args), formatIn(Lang.ZH, args));
    }

    private String formatIn(Lang lang, Object... args) {
        Object[] local = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            local[i] = args[i] instanceof Text t ? t.in(lang) : args[i];
        }
        return String.format(Locale.ROOT, in(lang), local);
    }

    /** This phrase followed by {@code other}. */
    public Text append(Text other) {
        return new Text(en + other.en, zh + other.zh);
    }
}
