package org.carbonsim.cli;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carbonsim.core.calibration.Moment;
import org.carbonsim.core.calibration.Target;
import org.carbonsim.core.csv.CsvException;
import org.carbonsim.core.csv.CsvReader;
import org.carbonsim.core.csv.CsvRecord;

/**
 * Reads a calibration targets file: CSV with the header {@code moment,year,value,weight} and one
 * observed moment per line; blank lines and lines starting with {@code #} (notes on sources) are
 * skipped. A moment is one of {@link Moment#labels()}, a year must lie in the scenario's calendar,
 * a value must be a finite number (a share or rate in [0, 1], a price, volume or turnover {@code >=
 * 0}) and a weight a number in [0, {@value #MAX_WEIGHT}] (a larger one would let the objective, a
 * sum of up to 4 * weight per target, overflow to infinity and the search fit nothing); a (moment,
 * year) may appear once. Every problem is
 * reported as {@code file:line: what}, all at once. Read by {@link CsvReader} like every CSV input
 * (RFC 4180 quoting, a byte-order mark, the declared encoding).
 */
final class TargetsFile {
    static final String HEADER = "moment,year,value,weight";

    /** The largest weight a target may have; weights are relative, so this bounds nothing useful. */
    static final long MAX_WEIGHT = 1_000_000;

    private TargetsFile() {}

    /**
     * The targets in {@code file}, in file order.
     *
     * @throws UserInputException listing every problem with its line
     */
    static List<Target> read(Path file, int firstYear, int lastYear, Charset encoding) {
        String name = file.toString();
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file, name, encoding)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        } catch (CsvException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<long[]> outside = new ArrayList<>();
        boolean header = false;
        long lastLine = 1;
        for (CsvRecord record : records) {
            String at = name + ":" + record.line() + ": ";
            lastLine = record.line();
            if (record.get(0).strip().startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                String line = String.join(",", record.fields()).strip();
                if (!line.replace(" ", "").equals(HEADER)) {
                    problems.add(at + "expected the header " + HEADER + ", got \"" + line + "\"");
                    break;
                }
                continue;
            }
            String[] cells = record.fields().toArray(new String[0]);
            if (cells.length != 4) {
                problems.add(at + "expected 4 cells (" + HEADER + "), got " + cells.length);
                continue;
            }
            int before = problems.size();
            String label = cells[0].strip();
            Moment moment = Moment.byLabel(label).orElse(null);
            if (moment == null) {
                problems.add(
                        at + "moment: unknown moment \"" + label + "\"; one of " + String.join(", ", Moment.labels()));
            }
            Integer year = year(cells[1].strip(), firstYear, at, problems);
            if (year != null && (year < firstYear || year > lastYear)) {
                outside.add(new long[] {record.line(), year});
                year = null;
            }
            double value = number(cells[2].strip(), "value", at, problems);
            double weight = number(cells[3].strip(), "weight", at, problems);
            if (!Double.isNaN(weight) && (weight < 0 || weight > MAX_WEIGHT)) {
                problems.add(at + "weight: expected a number in [0, " + MAX_WEIGHT + "], got " + cells[3].strip());
            }
            if (moment != null && !Double.isNaN(value)) {
                boolean share = moment == Moment.LAST20_VOLUME_SHARE
                        || moment == Moment.LIMIT_HIT_SHARE
                        || moment == Moment.COMPLIANCE_RATE;
                if (share && (value < 0 || value > 1)) {
                    problems.add(at + "value: " + label + " is a share, expected a number in [0, 1], got "
                            + cells[2].strip());
                } else if (value < 0) {
                    problems.add(at + "value: expected a number >= 0 for " + label + ", got " + cells[2].strip());
                }
            }
            if (problems.size() > before || year == null) {
                continue;
            }
            if (!seen.add(label + "@" + year)) {
                problems.add(at + label + " " + year + " is given twice");
                continue;
            }
            targets.add(new Target(moment, year, value, weight));
        }
        if (!outside.isEmpty()) {
            problems.add(outsideYears(name, outside, firstYear, lastYear));
        }
        if (!header && problems.isEmpty()) {
            problems.add(name + ":1: expected the header " + HEADER + ", got an empty file");
        } else if (targets.isEmpty() && problems.isEmpty()) {
            problems.add(name + ":" + lastLine + ": no targets after the header");
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(String.join("\n", problems));
        }
        return List.copyOf(targets);
    }

    private static Integer year(String text, int firstYear, String at, List<String> problems) {
        if (!AsciiDigits.hasOtherDigits(text)) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                // not a year: reported below
            }
        }
        problems.add(
                at + "year: expected a year such as " + firstYear + ", got \"" + text + "\"" + AsciiDigits.hint(text));
        return null;
    }

    /**
     * The targets in years not simulated, {@code {line, year}} each, as one problem: at the first one's
     * line alone, or with how many there are, on which lines and in which years, so that a short
     * {@code --years} against a long targets file is one line, not one a target.
     */
    private static String outsideYears(String name, List<long[]> outside, int firstYear, int lastYear) {
        String simulated = " the years simulated, " + firstYear + "-" + lastYear + " (the scenario's, or --years)";
        long[] first = outside.get(0);
        if (outside.size() == 1) {
            return name + ":" + first[0] + ": year: " + first[1] + " is outside" + simulated;
        }
        long lowYear = outside.stream().mapToLong(o -> o[1]).min().orElseThrow();
        long highYear = outside.stream().mapToLong(o -> o[1]).max().orElseThrow();
        long lastLine = outside.get(outside.size() - 1)[0];
        return name + ":" + first[0] + ": year: " + outside.size() + " targets (lines " + first[0] + "-" + lastLine
                + ", years " + (lowYear == highYear ? "" + lowYear : lowYear + "-" + highYear) + ") are outside"
                + simulated + ": run more years, or leave those targets out";
    }

    private static double number(String text, String what, String at, List<String> problems) {
        try {
            BigDecimal exact = AsciiDigits.hasOtherDigits(text) ? null : new BigDecimal(text);
            double v = exact == null ? Double.NaN : exact.doubleValue();
            if (exact != null && exact.signum() != 0 && Math.abs(v) < Double.MIN_NORMAL) {
                // as in a scenario file: 1e-400 would be read as 0, a weight of it would drop the target
                problems.add(at + what + ": \"" + text
                        + "\" is too close to 0 to compute with (a nonzero number must be at least " + Double.MIN_NORMAL
                        + " in size); use 0 or a larger number");
                return Double.NaN;
            }
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // not a number: reported below, like one too large for a double
        }
        problems.add(at + what + ": expected a finite number, got \"" + text + "\"" + AsciiDigits.hint(text));
        return Double.NaN;
    }
}
