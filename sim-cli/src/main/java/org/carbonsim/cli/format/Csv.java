package org.carbonsim.cli.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way carbonsim writes a CSV cell and row (RFC 4180, LF line ends). A cell holding a comma,
 * quote or line break is quoted with inner quotes doubled. A text cell starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote, as OWASP
 * recommends against CSV formula injection, so that a spreadsheet shows an enterprise id such as
 * {@code =1+2} as text instead of running it; a cell that is a plain decimal number (such as {@code
 * -12} or {@code -0.25}) is left alone, so negative numbers stay numbers. Stateless.
 */
public final class Csv {
    /** A plain decimal number as the writers format one: optional minus, digits, optional fraction. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Csv() {}

    /** {@code text} as one CSV cell: neutralised when it could start a formula, quoted when needed. */
    static String cell(String text) {
        String safe = text;
        if (!text.isEmpty()
                && startsFormula(text.charAt(0))
                && !NUMBER.matcher(text).matches()) {
            safe = "'" + text;
        }
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Appends {@code cells}, each through {@link #cell}, as one line. */
    public static void row(Appendable out, String... cells) throws IOException {
        row(out, List.of(cells));
    }

    /** Appends {@code cells}, each through {@link #cell}, as one line. */
    public static void row(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
    }

    /** Appends {@code cells} to {@code csv} as one line (a StringBuilder cannot fail to append). */
    public static void row(StringBuilder csv, String... cells) {
        row(csv, List.of(cells));
    }

    /** Appends {@code cells} to {@code csv} as one line (a StringBuilder cannot fail to append). */
    public static void row(StringBuilder csv, List<String> cells) {
        try {
            row((Appendable) csv, cells);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not throw", e);
        }
    }

    /**
     * {@code value} rounded half-up to six decimals with trailing zeros dropped, so that a whole number
     * is written as one ({@code 1200}, not {@code 1200.000000}); empty when not finite.
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
