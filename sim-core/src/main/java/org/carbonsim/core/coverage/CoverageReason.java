package org.carbonsim.core.coverage;

/** Why an enterprise is or is not covered in a year. */
public enum CoverageReason {
    /** Covered: a lookback year met the threshold (for a covered enterprise, the previous year did). */
    ABOVE_THRESHOLD_IN_LOOKBACK(true),
    /** Covered although below the threshold, for fewer consecutive years than the exit rule needs. */
    STAYS_COVERED_BELOW(true),
    /** Not covered: its sector is not yet in the scheme. */
    SECTOR_NOT_COVERED(false),
    /** Not covered: its sector has left the scheme (for example moved to the national ETS). */
    SECTOR_LEFT_SCHEME(false),
    /** Not covered: the enterprise has not opened yet. */
    NOT_OPERATING(false),
    /** Not covered: the enterprise has closed. */
    CLOSED(false),
    /** Not covered: left this year after {@code exitYearsBelow} consecutive covered years below. */
    EXITED_BELOW_THRESHOLD(false),
    /** Not covered: no lookback year (since any earlier exit) met the threshold. */
    BELOW_THRESHOLD(false);

    private final boolean covered;

    CoverageReason(boolean covered) {
        this.covered = covered;
    }

    /** Whether an enterprise with this reason is covered. */
    public boolean covered() {
        return covered;
    }
}
