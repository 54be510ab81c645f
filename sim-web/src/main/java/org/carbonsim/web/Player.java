package org.carbonsim.web;

import java.util.Objects;

/**
 * A student in the room: the enterprise they play and the secret token their page sends with every
 * command (the player id alone is public: every page sees it in the trades). Immutable.
 *
 * @param id the player id shown in trades.csv and on the pages, {@code p1}, {@code p2}, ...
 * @param name the name the student gave
 * @param enterpriseId the enterprise they play
 * @param token the secret their page holds
 */
public record Player(String id, String name, String enterpriseId, String token) {
    public Player {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(token, "token");
    }
}
