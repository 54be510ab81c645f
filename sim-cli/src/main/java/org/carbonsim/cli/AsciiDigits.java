package org.carbonsim.cli;

/**
 * Numbers on the command line and in the files carbonsim reads are written in ASCII digits 0-9.
 * Java's parsers ({@link Integer#parseInt}, {@link Long#parseLong}, {@link java.math.BigDecimal})
 * also read full-width and other Unicode digits ({@code １２}, {@code ١٢}) as 0-9, so a value that
 * other tools read as text would be run as a number; these are refused instead, saying why.
 * Stateless.
 */
final class AsciiDigits {
    /** What follows "has digits other than ASCII 0-9" in a refusal of such a value. */
    static final String ONLY_ASCII = "only ASCII digits are read as a number";

    private AsciiDigits() {}

    /** Whether {@code text} holds a digit other than ASCII 0-9, such as a full-width one. */
    static boolean hasOtherDigits(String text) {
        return text.chars().anyMatch(c -> c > 127 && Character.isDigit(c));
    }

    /** The refusal of {@code what} (a quoted value) for holding digits other than ASCII 0-9. */
    static String refusal(String what) {
        return what + " has digits other than ASCII 0-9 (such as full-width ones); " + ONLY_ASCII;
    }

    /** Why a value holding other digits is refused, to follow what was expected; else nothing. */
    static String hint(String text) {
        return hasOtherDigits(text) ? " (only ASCII digits 0-9 are read as a number)" : "";
    }
}
