package org.carbonsim.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Years of one enterprise, by year: those recorded of it (its verified history and the years
 * simulated of it), or in {@link Economy} its years on trend as they are first read. The
 * yearly loops read a year of every enterprise several times a year, so the years are kept in an
 * array indexed by year rather than a map of boxed years: a read is one subtraction and one load.
 * The array spans at most {@link #MOST_YEARS_SPANNED} years; once a year falls outside what it can
 * span, the array stops growing and such years are kept in a sorted map beside it. A year is only
 * ever in one of the two: the array's span never changes after the first year kept beside it. Not
 * thread-safe.
 */
final class RecordedYears {
    /** The most years the array spans; years beyond are kept in {@link #beyond}. */
    static final int MOST_YEARS_SPANNED = 256;

    /** The year {@code years[0]} holds; meaningless while {@link #years} is empty. */
    private int firstYear;
    /** The recorded years from {@link #firstYear} on, null where none is recorded. */
    private EnterpriseYear[] years = new EnterpriseYear[0];
    /** The years outside the array's span, once one was recorded; null before. */
    private Map<Integer, EnterpriseYear> beyond;

    /** The year recorded for {@code year}, or null if none was. */
    EnterpriseYear get(int year) {
        long index = (long) year - firstYear;
        if (index >= 0 && index < years.length) {
            return years[(int) index];
        }
        return beyond == null ? null : beyond.get(year);
    }

    /** Records {@code record} for {@code year}, replacing what was recorded for it. */
    void put(int year, EnterpriseYear record) {
        if (years.length == 0 && beyond == null) {
            firstYear = year;
            years = new EnterpriseYear[8];
        }
        long index = (long) year - firstYear;
        if (index < 0 || index >= years.length) {
            if (beyond != null || !spanTo(year)) {
                if (beyond == null) {
                    beyond = new TreeMap<>();
                }
                beyond.put(year, record);
                return;
            }
            index = (long) year - firstYear;
        }
        years[(int) index] = record;
    }

    /** Grows the array to span {@code year} too; false, leaving it as it is, where it cannot. */
    private boolean spanTo(int year) {
        long low = Math.min(firstYear, year);
        long high = Math.max((long) firstYear + years.length - 1, year);
        long needed = high - low + 1;
        if (needed > MOST_YEARS_SPANNED) {
            return false;
        }
        long length = Math.max(needed, Math.min(MOST_YEARS_SPANNED, 2L * years.length));
        long first = year < firstYear ? high - length + 1 : firstYear;
        if (first < Integer.MIN_VALUE) {
            // no slack below the least year there is
            first = low;
            length = needed;
        }
        int newFirst = (int) first;
        EnterpriseYear[] grown = new EnterpriseYear[(int) length];
        System.arraycopy(years, 0, grown, firstYear - newFirst, years.length);
        years = grown;
        firstYear = newFirst;
        return true;
    }
}
