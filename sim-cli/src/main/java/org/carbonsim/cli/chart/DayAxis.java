package org.carbonsim.cli.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.UserInputException;

/**
 * The trading days of a daily file laid end to end: day {@code d} of year {@code y} is at x = the
 * number of days before it in the file. Knows where each year starts and ends (its last day is the
 * compliance deadline) and splits a year into twelve months of equal trading days.
 */
final class DayAxis {
    private final Map<Integer, int[]> years = new LinkedHashMap<>();
    private final Map<Long, Integer> index = new LinkedHashMap<>();
    private final int size;

    DayAxis(CsvTable table) {
        int x = 0;
        int lastYear = Integer.MIN_VALUE;
        int lastDay = -1;
        for (CsvTable.Row row : table.rows()) {
            int year = row.integer("year");
            int day = row.integer("day");
            if (year < lastYear || (year == lastYear && day <= lastDay)) {
                throw new UserInputException(table.location() + ":" + row.line() + ": days out of order (" + year
                        + " day " + day + " after " + lastYear + " day " + lastDay + ")");
            }
            lastYear = year;
            lastDay = day;
            int[] span = years.computeIfAbsent(year, y -> new int[] {Integer.MAX_VALUE, -1});
            int here = x;
            span[0] = Math.min(span[0], here);
            span[1] = Math.max(span[1], here);
            index.put(key(year, day), x);
            x++;
        }
        size = x;
    }

    private static long key(int year, int day) {
        return ((long) year << 32) | (day & 0xffffffffL);
    }

    int size() {
        return size;
    }

    List<Integer> years() {
        return new ArrayList<>(years.keySet());
    }

    int first(int year) {
        return years.get(year)[0];
    }

    int last(int year) {
        return years.get(year)[1];
    }

    boolean has(int year) {
        return years.containsKey(year);
    }

    /** The x of day {@code day} of {@code year}, or -1. */
    int x(int year, int day) {
        Integer x = index.get(key(year, day));
        return x == null ? -1 : x;
    }

    /** The month (0 to 11) of the year holding {@code x}, by equal shares of the year's trading days. */
    int month(int year, int x) {
        int days = last(year) - first(year) + 1;
        return (int) ((long) (x - first(year)) * 12 / days);
    }

    /** The first x of {@code month} of {@code year}. */
    int monthStart(int year, int month) {
        int days = last(year) - first(year) + 1;
        return first(year) + (int) Math.ceil(month * days / 12.0);
    }
}
