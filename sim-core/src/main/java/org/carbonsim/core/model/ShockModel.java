package org.carbonsim.core.model;

/** How an enterprise's yearly output deviates from its trend. */
public enum ShockModel {
    /** Output follows the trend exactly. */
    NONE,
    /** Output is multiplied by {@code exp(sd·Z - sd²/2)}: mean-preserving, never negative. */
    LOGNORMAL,
    /** Output is multiplied by {@code max(0, 1 + sd·Z)}. */
    NORMAL
}
