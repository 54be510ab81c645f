package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.compliance.OffsetRule;

/**
 * The terms a year opens with for its covered enterprises, which the year's reference problem, their
 * plans and their positions all read: the allocation table that lists them with their expected
 * allocation, their reporting under the MRV rules and the offset rule of the year's credit supply.
 * Immutable as a record; the reporting year it names changes at verification.
 *
 * @param table the year's allocation table from expected output
 * @param reporting the covered enterprises' reporting in the year
 * @param offsetRule the year's offset rule
 */
record CoveredYear(AllocationTable table, ReportingYear reporting, OffsetRule offsetRule) {
    CoveredYear {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(offsetRule, "offsetRule");
    }

    /** The calendar year. */
    int year() {
        return table.year();
    }
}
