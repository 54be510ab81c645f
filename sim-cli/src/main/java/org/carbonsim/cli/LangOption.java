package org.carbonsim.cli;

import org.carbonsim.cli.text.Lang;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en} of the commands that print tables, draw charts or write a report. Without it the
 * language follows the JVM's locale (Chinese for any Chinese locale), so a Chinese desktop gets Chinese
 * and CI, whose locale is usually {@code C} or {@code en}, gets English.
 */
final class LangOption {
    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "Language of what the command prints and, where it writes them, of its chart titles and"
                    + " axes and report.html: zh or en (default: from the locale, zh for any Chinese locale). Data"
                    + " files are not translated.")
    String lang;

    /** The language asked for, or the locale's. */
    Lang get() {
        if (lang == null) {
            return Lang.fromDefaultLocale();
        }
        Lang parsed = Lang.parseOrNull(lang);
        if (parsed == null) {
            throw new UserInputException("--lang: expected zh or en, got \"" + lang + "\"");
        }
        return parsed;
    }

    /**
     * The language of the help text for {@code args}: the value of a {@code --lang} among them when it
     * names one, else the locale's. Help is printed before any command runs, so it cannot wait for the
     * parsed option.
     */
    static Lang forHelp(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            Lang parsed = value == null ? null : Lang.parseOrNull(value);
            if (parsed != null) {
                return parsed;
            }
        }
        return Lang.fromDefaultLocale();
    }
}
