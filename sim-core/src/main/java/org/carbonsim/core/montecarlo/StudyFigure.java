package org.carbonsim.core.montecarlo;

/**
 * A figure a study keeps per year or per sector ({@link SectorMetric}, {@link YearMetric}), as its files
 * name it: a snake_case id in the long tables' {@code metric} column and a unit suffix in their {@code
 * unit} column.
 */
public interface StudyFigure {
    /** The snake_case id used in files' {@code metric} column, without a unit. */
    String id();

    /** The unit suffix ({@code t}, {@code cny}, {@code cny_per_t}), empty for a count or a share. */
    String unit();
}
