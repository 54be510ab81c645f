package org.carbonsim.cli.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carbonsim.cli.format.JsonText;

/**
 * Short snake_case column names for a study's sampled inputs and sweep axes: {@code
 * $.market.initialPrice} becomes {@code initial_price}. A name is the path's last segment; where two
 * paths (or a path and one of the table's own columns) would share a name, the earlier segments are
 * added until they differ ({@code $.sectors[0].growth} and {@code $.sectors[1].growth} become {@code
 * sectors_0_growth} and {@code sectors_1_growth}). The full paths stay in the study's JSON file, keyed
 * by these names. Stateless.
 */
final class InputColumns {
    private InputColumns() {}

    /** One column name per path, in order, none equal to another or to any of {@code reserved}. */
    static List<String> of(List<String> paths, Set<String> reserved) {
        List<List<String>> segments = new ArrayList<>();
        int[] used = new int[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            List<String> s = segments(paths.get(i));
            segments.add(s);
            used[i] = longer(s, 0);
        }
        List<String> names = new ArrayList<>();
        while (true) {
            names.clear();
            for (int i = 0; i < paths.size(); i++) {
                names.add(name(segments.get(i), used[i]));
            }
            Map<String, Integer> counts = new HashMap<>();
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
            boolean clash = false;
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if ((counts.get(n) > 1 || reserved.contains(n))
                        && used[i] < segments.get(i).size()) {
                    used[i] = longer(segments.get(i), used[i]);
                    clash = true;
                }
            }
            if (!clash) {
                break;
            }
        }
        // paths equal but for their punctuation, or a whole path that is a reserved name: number them
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (reserved.contains(n) || seen.containsKey(n)) {
                String numbered = n + "_" + (i + 1);
                names.set(i, numbered);
                n = numbered;
            }
            seen.put(n, i);
        }
        return List.copyOf(names);
    }

    /**
     * How many trailing segments to use after {@code used}: one more, and more while the first of
     * them is an index, which alone says nothing and would start a column name with a digit.
     */
    private static int longer(List<String> segments, int used) {
        int n = used + 1;
        while (n < segments.size() && segments.get(segments.size() - n).chars().allMatch(Character::isDigit)) {
            n++;
        }
        return n;
    }

    private static String name(List<String> segments, int used) {
        return String.join("_", segments.subList(segments.size() - used, segments.size()));
    }

    /** The path's names and indices in snake_case: {@code $.sectors[0].allocationFactor} gives sectors, 0, allocation_factor. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : path.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                segments.add(part.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
            }
        }
        if (segments.isEmpty()) {
            segments.add("input");
        }
        return segments;
    }

    /** The names of {@link #of} as a JSON object from column name to path, in order. */
    static void json(JsonText json, List<String> columns, List<String> paths) throws IOException {
        json.beginLineObject();
        for (int i = 0; i < columns.size(); i++) {
            json.name(columns.get(i)).string(paths.get(i));
        }
        json.endObject();
    }
}
