package org.carbonsim.cli.report;

/**
 * What kind of number a figure is, which decides how the report writes it: tonnes and yuan with
 * thousands separators, switched to Mt or million CNY when a column's values are large; prices with
 * two decimals; rates as percentages.
 */
public enum Quantity {
    /** A year, written as it is. */
    YEAR,
    /** Tonnes of CO2 or allowances: t, or Mt from a million. */
    TONNES,
    /** Yuan: CNY, or million CNY from ten million. */
    YUAN,
    /** Yuan per tonne, two decimals. */
    PRICE,
    /** A share in [0, 1], written as a percentage. */
    RATE,
    /** A ratio such as an efficiency, written as in the files. */
    RATIO,
    /** A count, with thousands separators. */
    COUNT,
    /** Text, written as it is. */
    TEXT
}
