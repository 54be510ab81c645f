package org.carbonsim.cli.text;

import java.util.Locale;

/**
 * A language of the output: English or Simplified Chinese. The default follows the JVM's locale
 * (Chinese for any {@code zh} locale, English otherwise), so a user on a Chinese desktop gets Chinese
 * without an option. Immutable.
 */
public enum Lang {
    /** English. */
    EN(Locale.ENGLISH),
    /** Simplified Chinese. */
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale of this language, for resource bundles. */
    public Locale locale() {
        return locale;
    }

    /** The code used on the command line and in the page: {@code en} or {@code zh}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Chinese for a locale whose language is {@code zh}, English for every other. */
    public static Lang of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /** The language of the JVM's default locale. */
    public static Lang fromDefaultLocale() {
        return of(Locale.getDefault());
    }

    /**
     * {@code en} or {@code zh}, in any case, or empty for an unknown code.
     *
     * @param code the text given to {@code --lang}
     * @return the language, or {@code null} when {@code code} names none
     */
    public static Lang parseOrNull(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "en", "english" -> EN;
            case "zh", "cn", "chinese", "中文" -> ZH;
            default -> null;
        };
    }

    /** {@code en} if this language is English, {@code zh} otherwise. */
    public String pick(String en, String zh) {
        return this == EN ? en : zh;
    }

    /** The other language. */
    public Lang other() {
        return this == EN ? ZH : EN;
    }
}
