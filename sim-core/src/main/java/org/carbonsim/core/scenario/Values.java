package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Converts JSON values to Java values with range checks, reporting each problem at its path with the
 * expected value and unit. On a problem a converter returns a harmless fallback so that loading can
 * go on and report the other problems in the file; the caller never constructs records from a
 * subtree that had problems.
 */
final class Values {
    /** Largest price or amount of money accepted, yuan: keeps fen sums far from overflow. */
    static final BigDecimal MAX_YUAN = new BigDecimal("1000000000000");

    /** Largest quantity of tonnes accepted (10^15 t): keeps sums of tonnes far from overflow. */
    static final long MAX_TONNES = 1_000_000_000_000_000L;

    /**
     * Largest yearly output of one enterprise accepted, in its sector's product units (10^15): with
     * intensities of at most 10^6 t per unit it keeps derived tonnes finite, and the trend check in
     * {@link Magnitudes} keeps them under {@link #MAX_TONNES}.
     */
    static final double MAX_OUTPUT = 1e15;

    /** Largest intensity or benchmark accepted, per product unit (10^6 t CO2e, tce or GJ). */
    static final double MAX_INTENSITY = 1e6;

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private Values() {}

    /** An interval of acceptable numbers, with each end open or closed. */
    record Range(double low, boolean lowOpen, double high, boolean highOpen) {
        static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
        static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
        static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, true);
        static final Range SHARE = new Range(0, false, 1, false);
        /** A benchmark in t CO2 per product unit: above 0, at most an intensity's maximum. */
        static final Range BENCHMARK = new Range(0, true, MAX_INTENSITY, false);

        boolean contains(double x) {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return false;
            }
            boolean aboveLow = lowOpen ? x > low : x >= low;
            boolean belowHigh = highOpen ? x < high : x <= high;
            return aboveLow && belowHigh;
        }

        String describe() {
            boolean noLow = low == Double.NEGATIVE_INFINITY;
            boolean noHigh = high == Double.POSITIVE_INFINITY;
            if (noLow && noHigh) {
                return "a finite number";
            }
            if (noHigh) {
                return "a number " + (lowOpen ? "> " : ">= ") + fmt(low);
            }
            if (noLow) {
                return "a number " + (highOpen ? "< " : "<= ") + fmt(high);
            }
            if (!lowOpen && !highOpen) {
                return "a number in " + fmt(low) + ".." + fmt(high);
            }
            return "a number in " + (lowOpen ? "(" : "[") + fmt(low) + ", " + fmt(high) + (highOpen ? ")" : "]");
        }

        static String fmt(double x) {
            return x == Math.rint(x) && Math.abs(x) <= 1e15 ? Long.toString((long) x) : Double.toString(x);
        }
    }

    /**
     * Whether {@code c} shows as a plain space or not at all: a space other than ASCII's (the no-break
     * space a spreadsheet writes, the ideographic space of Chinese input), a line or paragraph
     * separator, or a format character (a zero-width space, a byte-order mark). A value quoted in a
     * problem shows it escaped, as a control character is, so that a no-break space after a number is
     * not read as a space, which would have been trimmed.
     */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return (type == Character.SPACE_SEPARATOR && c != ' ')
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }

    /** How a value appears in a message: its JSON text, shortened. */
    static String describe(JsonElement e) {
        if (e == null) {
            return "nothing";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isString()) {
            String s = p.getAsString();
            if (s.length() > 40) {
                s = s.substring(0, 40) + "...";
            }
            StringBuilder out = new StringBuilder("\"");
            s.codePoints().forEach(c -> {
                if (c == '"' || c == '\\') {
                    out.append('\\').appendCodePoint(c);
                } else if (Character.isISOControl(c) || invisible(c)) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.append('"').toString();
        }
        if (p.isNumber()) {
            String s = p.getAsBigDecimal().toString();
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }
        return p.toString();
    }

    static String unit(String unit) {
        return unit == null || unit.isEmpty() ? "" : " (" + unit + ")";
    }

    static BigDecimal decimal(JsonElement e) {
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            return e.getAsJsonPrimitive().getAsBigDecimal();
        }
        return null;
    }

    /**
     * What to add when {@code e} is a text with digits other than ASCII 0-9 (full-width {@code １２},
     * say, as a Chinese input method types them in a register): that only ASCII digits make a number.
     */
    private static String otherDigits(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            return "";
        }
        return e.getAsString().chars().anyMatch(c -> c > 127 && Character.isDigit(c))
                ? ", whose digits are not ASCII 0-9 (full-width ones, say): only ASCII digits are read as a number"
                : "";
    }

    static long integer(JsonElement e, String path, long min, long max, String unit, Problems problems, long fallback) {
        BigDecimal d = decimal(e);
        String range = describeIntRange(min, max);
        String expected = "expected an integer" + (range.isEmpty() ? "" : " " + range) + unit(unit);
        if (d == null) {
            problems.add(path, expected + ", got " + describe(e) + otherDigits(e));
            return fallback;
        }
        if (d.compareTo(LONG_MAX) > 0
                || d.compareTo(LONG_MIN) < 0
                || d.stripTrailingZeros().scale() > 0) {
            problems.add(path, expected + ", got " + describe(e));
            return fallback;
        }
        long value = d.longValue();
        if (value < min || value > max) {
            problems.add(path, expected + ", got " + describe(e));
            return fallback;
        }
        return value;
    }

    static String describeIntRange(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return min == Long.MIN_VALUE ? "" : ">= " + min;
        }
        if (min == Long.MIN_VALUE) {
            return "<= " + max;
        }
        return "in " + min + ".." + max;
    }

    static double number(JsonElement e, String path, Range range, String unit, Problems problems, double fallback) {
        BigDecimal d = decimal(e);
        String expected = "expected " + range.describe() + unit(unit);
        if (d == null) {
            problems.add(path, expected + ", got " + describe(e) + otherDigits(e));
            return fallback;
        }
        double value = d.doubleValue();
        if (d.signum() != 0 && Math.abs(value) < Double.MIN_NORMAL) {
            // a subnormal (or underflowed) double has no precision left and its reciprocal overflows
            problems.add(
                    path,
                    expected + ", got " + describe(e) + ", which is too close to 0 to compute with (a nonzero"
                            + " number must be at least " + Double.MIN_NORMAL + " in size); use 0 or a larger number");
            return fallback;
        }
        if (!range.contains(value)) {
            problems.add(path, expected + ", got " + describe(e));
            return fallback;
        }
        return value;
    }

    /**
     * A price in yuan converted to fen; it must be a whole number of ticks and {@code > 0} (or
     * {@code >= 0} when {@code zeroAllowed}).
     */
    static long price(
            JsonElement e,
            String path,
            long tickFen,
            boolean zeroAllowed,
            String unit,
            Problems problems,
            long fallback) {
        BigDecimal d = decimal(e);
        String sign = zeroAllowed ? ">= 0" : "> 0";
        if (d == null || d.compareTo(MAX_YUAN) > 0 || d.signum() < 0 || (!zeroAllowed && d.signum() == 0)) {
            problems.add(
                    path,
                    "expected a price " + sign + " in yuan, at most " + MAX_YUAN.toPlainString() + unit(unit) + ", got "
                            + describe(e));
            return fallback;
        }
        BigDecimal fen = d.movePointRight(2);
        if (fen.stripTrailingZeros().scale() > 0 || fen.longValue() % tickFen != 0) {
            problems.add(
                    path,
                    "expected a price on the " + BigDecimal.valueOf(tickFen, 2).toPlainString() + " yuan tick grid"
                            + unit(unit) + ", got " + describe(e));
            return fallback;
        }
        return fen.longValue();
    }

    /** An amount of money in yuan converted to fen: {@code >= 0}, at most two decimals. */
    static long money(JsonElement e, String path, String unit, Problems problems, long fallback) {
        return money(e, path, true, unit, problems, fallback);
    }

    /**
     * An amount of money in yuan converted to fen: {@code >= 0} (or {@code > 0} unless {@code
     * zeroAllowed}), at most {@link #MAX_YUAN} and two decimals; the message names every bound, so that
     * an amount refused for its size is not reported as if its sign or decimals were wrong.
     */
    static long money(JsonElement e, String path, boolean zeroAllowed, String unit, Problems problems, long fallback) {
        return money(e, path, zeroAllowed, "yuan", unit, problems, fallback);
    }

    /**
     * An amount of money in {@code currency} (such as {@code "euros"}) converted to its hundredths, with
     * the bounds of {@link #money(JsonElement, String, boolean, String, Problems, long)}.
     */
    static long money(
            JsonElement e,
            String path,
            boolean zeroAllowed,
            String currency,
            String unit,
            Problems problems,
            long fallback) {
        BigDecimal d = decimal(e);
        if (d == null
                || d.compareTo(MAX_YUAN) > 0
                || d.signum() < 0
                || (!zeroAllowed && d.signum() == 0)
                || d.movePointRight(2).stripTrailingZeros().scale() > 0) {
            problems.add(
                    path,
                    "expected an amount " + (zeroAllowed ? ">= 0" : "> 0") + " in " + currency + ", at most "
                            + MAX_YUAN.toPlainString() + ", with at most 2 decimals" + unit(unit) + ", got "
                            + describe(e));
            return fallback;
        }
        return d.movePointRight(2).longValue();
    }

    static String string(JsonElement e, String path, String what, Problems problems, String fallback) {
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return e.getAsString();
        }
        problems.add(path, "expected a string" + unit(what) + ", got " + describe(e));
        return fallback;
    }

    /** The most characters a display name (a sector's or enterprise's name, a unit) may have. */
    static final int MAX_DISPLAY_NAME_CHARS = 200;

    /**
     * A display name shown in tables, charts and the report: a string of at most {@value
     * #MAX_DISPLAY_NAME_CHARS} characters (a longer one makes a chart's legend impossible to lay out).
     */
    static String displayName(JsonElement e, String path, String what, Problems problems, String fallback) {
        String s = string(e, path, what, problems, null);
        if (s == null) {
            return fallback;
        }
        if (!isDisplayName(s)) {
            problems.add(
                    path,
                    "expected a name of at most " + MAX_DISPLAY_NAME_CHARS + " characters" + unit(what) + ", got "
                            + describe(e));
            return fallback;
        }
        return s;
    }

    /** Whether {@code s} may be a display name ({@link #displayName}). */
    static boolean isDisplayName(String s) {
        return s.length() <= MAX_DISPLAY_NAME_CHARS;
    }

    /** A non-blank identifier without control characters. */
    static String id(JsonElement e, String path, String what, Problems problems, String fallback) {
        String s = string(e, path, what, problems, null);
        if (s == null) {
            return fallback;
        }
        if (s.isBlank() || s.length() > 100 || s.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(
                    path,
                    "expected a non-blank identifier of at most 100 characters" + unit(what) + ", got " + describe(e));
            return fallback;
        }
        if (!s.equals(s.strip())) {
            // " A" and "A" would be two enterprises that look alike in every table
            problems.add(
                    path, "expected an identifier without spaces at its ends" + unit(what) + ", got " + describe(e));
            return fallback;
        }
        return s;
    }

    /**
     * An identifier that is also one folder's name on every system, as the scenario's name is (the
     * default output folder is {@code out/NAME}): a name with a separator or {@code ..} would put the
     * output elsewhere, and {@code .} would make {@code out} itself the folder a run replaces; a
     * device name such as {@code CON} ({@link WindowsNames}) would make a folder Windows cannot open.
     */
    static String folderName(JsonElement e, String path, String what, Problems problems, String fallback) {
        int before = problems.count();
        String s = id(e, path, what, problems, fallback);
        if (problems.count() > before) {
            return s;
        }
        if (s.equals(".") || s.equals("..") || s.chars().anyMatch(c -> "/\\:*?\"<>|".indexOf(c) >= 0)) {
            problems.add(
                    path,
                    "expected a name that can be a folder's (the default output folder is out/NAME): none of"
                            + " / \\ : * ? \" < > | and not . or .." + unit(what) + ", got " + describe(e));
            return fallback;
        }
        String windows = WindowsNames.problem(s);
        if (windows != null) {
            problems.add(
                    path,
                    describe(e) + " cannot be a folder's name on Windows (the default output folder is out/NAME): it "
                            + windows + "; choose another name");
            return fallback;
        }
        return s;
    }

    static boolean bool(JsonElement e, String path, Problems problems, boolean fallback) {
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean();
        }
        problems.add(path, "expected true or false, got " + describe(e));
        return fallback;
    }

    static <E extends Enum<E>> E enumeration(JsonElement e, String path, Class<E> type, Problems problems, E fallback) {
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(s)) {
                    return constant;
                }
            }
        }
        problems.add(path, "expected one of " + String.join(", ", names) + ", got " + describe(e));
        return fallback;
    }

    /** The closest of {@code candidates} to {@code name}, if close enough to be a likely typo. */
    static String suggestion(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        if (name.length() > 60 || name.isBlank()) {
            // a blank name is like every short candidate: a guess would be no suggestion, only noise
            return null;
        }
        for (String candidate : candidates) {
            int d = EditDistance.between(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 4) ? best : null;
    }
}
