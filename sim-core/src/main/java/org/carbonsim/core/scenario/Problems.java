package org.carbonsim.core.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects problems up to {@link #LIMIT}, counting the rest. Not thread-safe. */
final class Problems {
    /** Problems kept; the rest are only counted. */
    static final int LIMIT = 100;

    private final List<Problem> kept = new ArrayList<>();
    private int total;

    void add(String location, String message) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(new Problem(location, message));
        }
    }

    /** All problems reported so far, including those not kept. */
    int count() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The kept problems, and a last line counting the others if any were dropped. */
    List<Problem> toList(String source) {
        List<Problem> list = new ArrayList<>(kept);
        if (total > kept.size()) {
            list.add(new Problem(source, "... and " + (total - kept.size()) + " more problems"));
        }
        return list;
    }
}
