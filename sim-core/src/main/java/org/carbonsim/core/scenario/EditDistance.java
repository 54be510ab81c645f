package org.carbonsim.core.scenario;

/**
 * The Levenshtein distance between two names, ignoring case: the fewest one-character insertions,
 * deletions or substitutions. Behind every "did you mean" suggestion, in scenario files and on the
 * command line.
 */
public final class EditDistance {
    private EditDistance() {}

    /** The distance between {@code a} and {@code b}, ignoring case. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
