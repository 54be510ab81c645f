package org.carbonsim.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects problems up to {@link #LIMIT}, counting the rest, and builds records only from subtrees
 * read without problems ({@link #build}). Not thread-safe.
 */
final class Problems {
    /** Problems kept; the rest are only counted. */
    static final int LIMIT = 100;

    private final List<Problem> kept = new ArrayList<>();
    private int total;

    void add(String location, String message) {
        add(new Problem(location, message));
    }

    /** Adds {@code problem}, which may carry the line and column of its JSON path. */
    void add(Problem problem) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(problem);
        }
    }

    /** All problems reported so far, including those not kept. */
    int count() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /**
     * Constructs a record unless the subtree read since {@code before} had problems; an
     * {@link IllegalArgumentException} from the record's own checks becomes a problem at {@code path}.
     */
    <T> T build(String path, int before, Supplier<T> constructor) {
        if (total > before) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            add(path, String.valueOf(e.getMessage()));
            return null;
        } catch (NullPointerException e) {
            // a part that was missing or wrong was reported where it was read (an object given
            // where it belongs, not in this subtree); with no problem reported, this is a defect
            if (isEmpty()) {
                throw e;
            }
            return null;
        }
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
