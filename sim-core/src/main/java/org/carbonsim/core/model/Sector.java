package org.carbonsim.core.model;

import java.util.Objects;

/**
 * A sector of the economy as a scheme sees it: the unit its product is measured in and the years in
 * which the scheme covers it. A sector that moves to another scheme (a pilot's power plants moving to
 * the national ETS) is covered until {@code coveredUntilYear}. Immutable.
 *
 * @param id short identifier used by references in a scenario ("cement")
 * @param name display name, which may be Chinese ("水泥")
 * @param productUnit the unit output is counted in ("t clinker", "MWh", "t product")
 * @param coveredFromYear first compliance year the sector is covered
 * @param coveredUntilYear last compliance year the sector is covered ({@link #NEVER_LEAVES} if it stays)
 */
public record Sector(String id, String name, String productUnit, int coveredFromYear, int coveredUntilYear) {
    /** {@code coveredUntilYear} of a sector that stays in the scheme. */
    public static final int NEVER_LEAVES = 9999;

    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(productUnit, "productUnit");
        if (id.isBlank()) {
            throw new IllegalArgumentException("sector id must not be blank");
        }
        if (coveredUntilYear < coveredFromYear) {
            throw new IllegalArgumentException("sector " + id + ": coveredUntilYear " + coveredUntilYear
                    + " is before coveredFromYear " + coveredFromYear);
        }
    }

    /** Whether the scheme covers this sector in {@code year}. */
    public boolean coveredIn(int year) {
        return year >= coveredFromYear && year <= coveredUntilYear;
    }
}
