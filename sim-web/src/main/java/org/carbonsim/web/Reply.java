package org.carbonsim.web;

/**
 * The answer to one command from a page: done, or refused with a message the page shows. A refused
 * command changed nothing. Immutable.
 *
 * @param ok whether the command was carried out
 * @param message what the page shows
 */
public record Reply(boolean ok, String message) {
    static Reply done(String message) {
        return new Reply(true, message);
    }

    static Reply refused(String message) {
        return new Reply(false, message);
    }
}
